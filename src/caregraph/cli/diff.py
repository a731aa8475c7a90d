"""`caregraph diff`: what changed between two graph files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..errors import CaregraphError
from .app import consoles, one_line


def diff(
    old_file: Annotated[Path, typer.Argument(help="The old GraphML graph.", show_default=False)],
    new_file: Annotated[Path, typer.Argument(help="The new GraphML graph.", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the differences as JSON.")] = False,
) -> None:
    """Nodes and edges added, removed and changed between two graphs.

    Exit codes: 0 the graphs are equal, 1 they differ, 2 a file cannot be read.

    Example: caregraph diff old.graphml data/graph/caregraph.graphml"""
    out, err = consoles()
    from ..diff import diff_graphs
    from ..export.graphml import read_graphml

    try:
        old, new = read_graphml(old_file), read_graphml(new_file)
    except CaregraphError as exc:
        err.print(f"error: {one_line(str(exc))}", markup=False, highlight=False, emoji=False)
        raise typer.Exit(code=2) from None
    result = diff_graphs(old, new)
    if as_json:
        typer.echo(json.dumps(result.to_dict(), indent=2, sort_keys=True, ensure_ascii=False))
    else:
        from . import render

        render.diff_table(out, result, old_file, new_file)
    raise typer.Exit(code=0 if result.equal else 1)
