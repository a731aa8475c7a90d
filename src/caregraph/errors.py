"""One exception hierarchy: a problem the user can fix, whose str() is the one-line message.

Exit codes (documented in the README): 0 ok, 1 input, 2 usage, 3 schema, 4 model, 5 output,
6 cluster.
"""

from __future__ import annotations


class CaregraphError(Exception):
    """A problem the user can fix; str() is the one-line message."""

    exit_code = 1


class InputError(CaregraphError):
    """An input file or directory that cannot be used."""

    exit_code = 1


class NotFoundError(CaregraphError):
    """A name that matches nothing in the graph (an entity to show, a path's end)."""

    exit_code = 1


class UsageError(CaregraphError):
    """Options that do not fit together."""

    exit_code = 2


class SchemaError(CaregraphError):
    """A schemas/*.yaml file that is missing, malformed or inconsistent."""

    exit_code = 3


class ModelError(CaregraphError):
    """A spaCy pipeline that cannot be loaded."""

    exit_code = 4


class OutputError(CaregraphError):
    """An output path that cannot be written."""

    exit_code = 5


class ClusterError(CaregraphError):
    """A Dask scheduler that cannot be reached, or a cluster that cannot run the tasks."""

    exit_code = 6


def first_line(exc: BaseException, *, with_type: bool = False, limit: int = 200) -> str:
    """The first line of an exception's message, cut to `limit` characters, for a one-line
    error; the exception's class name when it has no message (or before it, `with_type`)."""
    text = str(exc).strip()
    line = text.splitlines()[0][:limit] if text else ""
    if with_type:
        return f"{type(exc).__name__}: {line}" if line else type(exc).__name__
    return line or type(exc).__name__
