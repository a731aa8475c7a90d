"""The analyst commands: ask a built graph questions (query/ answers, render.py draws):
`show`, `neighbours`, `path`, `top`, `stats`, `search`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from .app import DEFAULT_GRAPH, consoles, guard, safe

GraphOption = Annotated[Path, typer.Option("--graph", "-g", help="The GraphML graph to read.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")]
NameArgument = Annotated[str, typer.Argument(help="A label, alias or node id.", show_default=False)]


def _emit_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


def _load_graph(err: Console, graph_file: Path) -> Any:
    from ..query import load_graph

    return guard(err, lambda: load_graph(graph_file))


def _filters(
    err: Console, graph: Any, relations: list[str], types: list[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """--relation / --type values checked against the graph's and the schema's names."""
    if not relations and not types:
        return (), ()
    from ..core.schema import load_schema
    from ..query import resolve_names, vocabulary

    schema = guard(err, load_schema)
    known = vocabulary(graph, relations=schema.relations.signatures, types=schema.entities.types)
    return (guard(err, lambda: resolve_names(relations, known.relations, "relation")),
            guard(err, lambda: resolve_names(types, known.types, "type")))


def _write_subgraph(graph: Any, path: Path) -> None:
    """The one place a subgraph is written, in the format its suffix names (.graphml,
    .gexf, .json, .csv, .html; GraphML otherwise)."""
    from ..export import export_graph, format_for_path

    export_graph(graph, path, (format_for_path(path),))


def show(
    name: NameArgument,
    graph_file: GraphOption = DEFAULT_GRAPH,
    mentions: Annotated[bool, typer.Option("--mentions", help="Include MENTIONS edges.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Who or what is NAME: type, aliases, documents and relations with their evidence."""
    from .. import query
    from . import render

    out, err = consoles()
    graph = _load_graph(err, graph_file)
    result = guard(err, lambda: query.profile(graph, name, mentions=mentions))
    if as_json:
        _emit_json(result.to_dict())
    else:
        render.profile(out, result)


def neighbours(
    name: NameArgument,
    depth: Annotated[int, typer.Option("--depth", "-d", help="How many hops out.")] = 1,
    relation: Annotated[
        list[str], typer.Option("--relation", "-r", help="Follow only this relation (repeatable).")
    ] = [],  # noqa: B006
    type_: Annotated[list[str], typer.Option("--type", "-t", help="Reach only this type (repeatable).")] = [],  # noqa: B006
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write the neighbourhood; the suffix picks the format (.graphml, .gexf, .json, .csv, .html).")] = None,
    table: Annotated[bool, typer.Option("--table", help="A table rather than a tree.")] = False,
    graph_file: GraphOption = DEFAULT_GRAPH,
    as_json: JsonOption = False,
) -> None:
    """The entities around NAME, as a tree (or table), JSON or a GraphML subgraph."""
    from .. import query
    from . import render

    out, err = consoles()
    graph = _load_graph(err, graph_file)
    relations, types = _filters(err, graph, relation, type_)
    hood = guard(err, lambda: query.neighbourhood(graph, name, depth=depth, relations=relations, types=types))
    if output is not None:
        guard(err, lambda: _write_subgraph(query.subgraph(graph, hood), output))
        err.print(f"wrote {safe(str(output))} ({len(hood.nodes)} nodes, {len(hood.edges)} edges)", markup=False, highlight=False)
    if as_json:
        _emit_json(hood.to_dict())
    else:
        (render.neighbourhood_table if table else render.neighbourhood_tree)(out, hood)


def path(
    source: Annotated[str, typer.Argument(help="One end (label, alias or id).", show_default=False)],
    target: Annotated[str, typer.Argument(help="The other end.", show_default=False)],
    max_paths: Annotated[int, typer.Option("--max", "-m", help="Show at most this many paths.")] = 3,
    via_documents: Annotated[bool, typer.Option("--via-documents", help="Also walk MENTIONS edges.")] = False,
    graph_file: GraphOption = DEFAULT_GRAPH,
    as_json: JsonOption = False,
) -> None:
    """The shortest paths between two entities, each hop with its relation and evidence."""
    from .. import query
    from . import render

    out, err = consoles()
    graph = _load_graph(err, graph_file)
    result = guard(err, lambda: query.paths(graph, source, target, limit=max_paths, via_documents=via_documents))
    if as_json:
        _emit_json(result.to_dict())
    else:
        render.paths(out, result, via_documents=via_documents)


def top(
    by: Annotated[str, typer.Option("--by", help="degree, mentions, pagerank or betweenness.")] = "degree",
    type_: Annotated[list[str], typer.Option("--type", "-t", help="Only this type (repeatable).")] = [],  # noqa: B006
    limit: Annotated[int, typer.Option("-n", help="How many.")] = 10,
    graph_file: GraphOption = DEFAULT_GRAPH,
    as_json: JsonOption = False,
) -> None:
    """The most central entities (Document nodes and MENTIONS edges left out)."""
    from .. import query
    from . import render

    out, err = consoles()
    graph = _load_graph(err, graph_file)
    _, types = _filters(err, graph, [], type_)
    ranked = guard(err, lambda: query.top(graph, by=by, types=types, limit=limit))
    note = query.top_note(graph, by=by)
    if as_json:
        _emit_json([r.to_dict() for r in ranked])
        if note:
            err.print(f"note: {note}", markup=False, highlight=False)
    else:
        render.top(out, ranked, by=by, note=note)


def stats(graph_file: GraphOption = DEFAULT_GRAPH, as_json: JsonOption = False) -> None:
    """Counts by type and relation, components, density, and the entities with most aliases."""
    from .. import query
    from . import render

    out, err = consoles()
    graph = _load_graph(err, graph_file)
    result = query.stats(graph)
    if as_json:
        _emit_json(result.to_dict())
    else:
        render.stats(out, result)


def search(
    text: Annotated[str, typer.Argument(help="Text to look for (case- and accent-insensitive).", show_default=False)],
    mentions: Annotated[bool, typer.Option("--mentions", help="Include MENTIONS edges.")] = False,
    graph_file: GraphOption = DEFAULT_GRAPH,
    as_json: JsonOption = False,
) -> None:
    """Entities whose label, alias or evidence, and edges whose evidence, contain TEXT."""
    from .. import query
    from . import render

    out, err = consoles()
    graph = _load_graph(err, graph_file)
    result = guard(err, lambda: query.search(graph, text, mentions=mentions))
    if as_json:
        _emit_json(result.to_dict())
    else:
        render.search(out, result)
