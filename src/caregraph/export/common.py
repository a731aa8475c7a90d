"""Helpers shared by every exporter: scalar attribute values and atomic writes."""

from __future__ import annotations

import math
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..core.files import remove_quietly, replace_atomically
from ..errors import OutputError

if TYPE_CHECKING:
    import networkx as nx

LIST_SEPARATOR = "|"
# XML 1.0 forbids these; lone surrogates (from undecodable file names) cannot even be encoded.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def scalar(value: Any) -> str | int | float | bool | None:
    """A value as a scalar: lists joined with `|`, None and NaN dropped (None), control
    characters removed from strings."""
    if value is None:
        return None
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        return clean_text(LIST_SEPARATOR.join(str(v) for v in items))
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, int):
        return value
    return clean_text(str(value))


def as_scalars(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph with every attribute as `scalar` makes it (lists joined, None dropped), in
    place: what reading its GraphML back gives."""
    for attrs in [d for _, d in graph.nodes(data=True)] + [d for *_, d in graph.edges(data=True)]:
        for name, value in list(attrs.items()):
            attrs[name] = scalar(value)
            if attrs[name] is None:
                del attrs[name]
    return graph


def clean_text(text: str) -> str:
    """Text without the control characters XML 1.0 forbids (and without lone surrogates)."""
    return _CONTROL.sub("", text)


_XML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_XML_ATTR = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def xml_text(text: str) -> str:
    """Character data for XML: &, < and > escaped, and a carriage return kept as a character
    reference (a parser would read it back as a line feed). xml.sax.saxutils.escape's
    output, without importing it (it imports urllib.request: a tenth of a query's start-up)."""
    return text.translate(_XML_TEXT)


def xml_attr(text: str) -> str:
    """A quoted XML attribute value, as xml.sax.saxutils.quoteattr quotes it (line breaks and
    tabs as character references; single quotes around a value with a double quote only)."""
    text = text.translate(_XML_ATTR)
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"' + text.replace('"', "&quot;") + '"'


def split_list(value: Any) -> list[str]:
    """The inverse of `scalar` for list attributes read back from a file."""
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return str(value).split(LIST_SEPARATOR)


def write_atomic(path: str | Path, write: Callable[[IO[bytes]], None]) -> None:
    """Write a file through a temporary file beside it, renamed into place; on any failure
    the temporary file is removed and an existing file stays as it was."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if directory.exists() and not directory.is_dir():
        raise OutputError(f"{target}: cannot write ({directory} is not a directory)")
    if not directory.is_dir():
        raise OutputError(f"{target}: cannot write (directory {directory} does not exist)")
    try:
        replace_atomically(target, write, durable=True)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from exc


def write_files_atomic(files: Mapping[Path, bytes | Iterable[bytes]]) -> None:
    """Write several files, all or none: each goes to a temporary file beside its target,
    and only when every one is written are they renamed into place. On a failure before the
    renames no target is touched and every temporary file is removed."""
    pending: list[tuple[str, Path]] = []
    try:
        for target, data in files.items():
            pending.append((_temporary(target), target))
            try:
                with open(pending[-1][0], "wb") as handle:
                    if isinstance(data, (bytes, bytearray)):
                        handle.write(data)
                    else:
                        handle.writelines(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.chmod(pending[-1][0], 0o644)
            except OSError as exc:
                raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from exc
        while pending:
            tmp, target = pending[0]
            try:
                os.replace(tmp, target)
            except OSError as exc:
                raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from exc
            pending.pop(0)
    finally:
        for tmp, _ in pending:
            remove_quietly(tmp)


def _temporary(target: Path) -> str:
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"{target}: cannot write (directory {directory} does not exist)")
    if target.is_dir():
        raise OutputError(f"{target}: cannot write (is a directory)")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from exc
    os.close(fd)
    return tmp

