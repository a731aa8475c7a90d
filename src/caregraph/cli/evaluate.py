"""`caregraph evaluate`: a graph scored against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from .app import consoles, guard


def evaluate(
    graph_file: Annotated[Path, typer.Argument(help="A GraphML graph.", show_default=False)],
    gold_file: Annotated[Path, typer.Argument(help="A gold YAML file.", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    show: Annotated[bool, typer.Option("--show", help="List false positives, misses and duplicates.")] = False,
) -> None:
    """Score a graph against gold annotations (spec/gold-format.md).

    Example: caregraph evaluate data/graph/caregraph.graphml data/gold"""
    out, err = consoles()
    from ..evaluate import evaluate as run_evaluation
    from ..evaluate import load_gold
    from ..export.graphml import read_graphml

    graph = guard(err, lambda: read_graphml(graph_file))
    gold = guard(err, lambda: load_gold(gold_file))
    result = run_evaluation(graph, gold)
    if as_json:
        data = result.to_dict()
        if not show:
            for key in ("false_positives", "misses", "duplicate_nodes", "wrong_types",
                        "relation_false_positives", "relation_misses"):
                data.pop(key)
        out.print_json(json.dumps(data))
        return
    from . import render

    render.evaluation(out, result, show=show)
