"""The command line: options in, one library call, rich output out. No logic here: one module per
command (extract.py, export.py, evaluate.py, diff.py; ask.py for the analyst commands; curate.py
for the curation file) on
the app of app.py.

Heavy imports (spaCy, networkx) happen inside the commands, so `caregraph --help` is instant.
Errors the user can fix are CaregraphError: one line on stderr, the error's exit code.
Exit codes: 0 ok, 1 input, 2 usage, 3 schema, 4 model, 5 output, 6 cluster; `diff` has its own:
0 equal, 1 different, 2 a graph cannot be read.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from . import ask, curate, diff, evaluate, export, extract
from .app import FORMAT_CHOICES, app

__all__ = ["FORMAT_CHOICES", "app", "main"]

# the commands, in the order `caregraph --help` lists them
app.command()(extract.extract)
app.command()(diff.diff)
app.command("export")(export.export_command)
app.command()(evaluate.evaluate)
for command in (ask.show, ask.neighbours, ask.path, ask.top, ask.stats, ask.search, ask.quotes, ask.timeline):
    app.command()(command)
app.add_typer(curate.app, name="curate")


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"caregraph {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Offline text-to-knowledge-graph extraction with the evidence sentence on every edge."""


def main() -> None:
    """Console entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("error: interrupted\n")
        sys.exit(130)
