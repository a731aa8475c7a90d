"""What every command shares: the Typer app, the consoles, one place that turns a
CaregraphError (and a usage error, an interrupt, a stdout that cannot be written) into one line
on stderr and its exit code, and one helper that makes outside text safe for a terminal."""

from __future__ import annotations

import errno
import logging
import os
import re
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.console import Console
from typer.core import TyperGroup

try:  # Typer 0.22+ carries its own copy of Click, whose exceptions it raises
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover - an older Typer over Click
    from click import exceptions as click_errors  # type: ignore[no-redef]

from ..errors import CaregraphError

# C0 and C1 control characters, DEL, and the bidirectional formatting characters (an
# override such as U+202E reverses what follows it on screen)
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    """Outside text (a file name, a label, evidence, a library's message) made safe for a
    terminal and kept on one line: every control and bidi formatting character is shown as
    an escape (`\\x1b`, `\\n`, `\\u202e`), never obeyed."""
    return _UNSAFE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char)
    if named:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class OneLineGroup(TyperGroup):
    """The app's click group: a usage error (unknown option, bad value, missing argument) is
    one `error:` line with a hint, exit 2; Ctrl-C and SIGTERM are one line, exit 130 / 143;
    a stdout that cannot be written (a full disk) is one line, exit 5."""

    def main(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        kwargs["standalone_mode"] = False
        previous = _on_sigterm()
        try:
            code = super().main(*args, **kwargs)
            _flush_stdout()
            if code == 130:   # Typer turns KeyboardInterrupt into exit 130, silently
                _stderr_line("error: interrupted")
        except click_errors.NoArgsIsHelpError as exc:  # `caregraph extract`: its help, exit 2
            _stderr_line(exc.ctx.get_help())
            sys.exit(2)
        except click_errors.UsageError as exc:
            _usage_line(exc)
            sys.exit(2)
        except click_errors.ClickException as exc:  # a bad file argument of click's own (none today)
            _stderr_line(f"error: {safe(exc.format_message())}")
            sys.exit(exc.exit_code)
        except (typer.Abort, KeyboardInterrupt):
            _stderr_line("error: interrupted")
            sys.exit(130)
        except _Terminated:
            _stderr_line("error: terminated")
            sys.exit(143)
        except OSError as exc:
            # the writers and readers turn their own OSErrors into CaregraphErrors: one that
            # gets here is stdout's (`caregraph stats > /dev/full`)
            if exc.errno not in (errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG):
                raise
            _quiet_stdout()
            _stderr_line(f"error: cannot write the output ({os.strerror(exc.errno)})")
            sys.exit(5)
        finally:
            signal.signal(signal.SIGTERM, previous)
        sys.exit(code if isinstance(code, int) else 0)


class _Terminated(BaseException):
    """SIGTERM (`timeout`, CI cancellation, `docker stop`), raised in the main thread so that
    executors shut their workers down exactly as on Ctrl-C."""


def _on_sigterm() -> Any:
    def handler(signum: int, frame: Any) -> None:
        raise _Terminated()

    try:
        return signal.signal(signal.SIGTERM, handler)
    except ValueError:   # not the main thread (an embedding application): leave it alone
        return signal.getsignal(signal.SIGTERM)


def _usage_line(exc: click_errors.UsageError) -> None:
    command = exc.ctx.command_path if exc.ctx is not None else "caregraph"
    message = " ".join(exc.format_message().split()).rstrip(".")
    hint = f"try '{command} --help'"
    if isinstance(exc, click_errors.NoSuchOption) and exc.option_name and not exc.option_name.startswith("--"):
        hint += f"; a file name starting with '-' goes after '--' ({command} -- -NAME)"
    _stderr_line(f"error: {safe(message)}; {hint}")


def _stderr_line(line: str) -> None:
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except OSError:
        pass


def _flush_stdout() -> None:
    sys.stdout.flush()


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


app = typer.Typer(
    cls=OneLineGroup,
    name="caregraph",
    help="Offline text-to-knowledge-graph extraction with the evidence sentence on every edge.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DEFAULT_GRAPH = Path("data/graph/caregraph.graphml")
GRAPH_ENV = "CAREGRAPH_GRAPH"   # the graph the analyst commands read when --graph is not given
# The names of caregraph.export.FORMATS, spelled out so `--help` needs no import; a test
# checks that the two agree.
FORMAT_CHOICES = "graphml, gexf, json, csv, html, sqlite"
T = TypeVar("T")


def consoles() -> tuple[Console, Console]:
    # soft_wrap: a long path is never wrapped, so an error stays one line; no emoji codes
    # (":x:" in a file name stays as it is)
    return Console(soft_wrap=True, emoji=False), Console(stderr=True, soft_wrap=True, emoji=False)


def one_line(message: str) -> str:
    """A message on one line and safe for a terminal, whatever a file name or a library put
    into it (see `safe`)."""
    return safe(message)


def fail(err: Console, exc: CaregraphError) -> typer.Exit:
    err.print(f"error: {one_line(str(exc))}", markup=False, highlight=False)
    return typer.Exit(code=exc.exit_code)


def guard(err: Console, call: Callable[[], T]) -> T:
    """Run a library call; a CaregraphError becomes one line and its exit code."""
    try:
        return call()
    except CaregraphError as exc:
        raise fail(err, exc) from None


class ConsoleHandler(logging.Handler):
    def __init__(self, console: Console) -> None:
        super().__init__(logging.WARNING)
        self.console = console

    def emit(self, record: logging.LogRecord) -> None:
        self.console.print(f"warning: {one_line(record.getMessage())}", markup=False, highlight=False)
