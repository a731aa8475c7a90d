"""What every command shares: the Typer app, the consoles, and one place that turns a
CaregraphError into one line on stderr and its exit code."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import typer
from rich.console import Console

from ..errors import CaregraphError

app = typer.Typer(
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
    """A message on one line, whatever a file name or a library put into it."""
    return message.replace("\r", "\\r").replace("\n", "\\n")


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
