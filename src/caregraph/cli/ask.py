"""The analyst commands: ask a built graph questions (query/ answers, render.py draws):
`show`, `neighbours`, `path`, `top`, `stats`, `search`, `quotes`, `timeline`.

Each answers from the graph's query index (query/index.py: a SQLite database beside the
GraphML, built on first use), so a question costs milliseconds, not a parse of the graph.
Without --graph the graph is $CAREGRAPH_GRAPH, else data/graph/caregraph.graphml; a query that
used such a default says on stderr which file it read."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from ..errors import UsageError
from .app import DEFAULT_GRAPH, GRAPH_ENV, consoles, fail, guard, safe

GraphOption = Annotated[Path | None, typer.Option(
    "--graph", "-g", show_default=False,
    help=f"The GraphML graph to read [default: ${GRAPH_ENV}, else {DEFAULT_GRAPH}].")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")]
NameArgument = Annotated[str, typer.Argument(help="A label, alias or node id.", show_default=False)]


def _emit_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


def graph_path(err: Console, given: Path | None) -> Path:
    """--graph, else $CAREGRAPH_GRAPH, else the default; a defaulted one named on stderr."""
    if given is not None:
        return given
    from_env = os.environ.get(GRAPH_ENV, "").strip()
    chosen, why = (Path(from_env), f"${GRAPH_ENV}") if from_env else (DEFAULT_GRAPH, "the default")
    err.print(f"graph: {chosen} ({why})", markup=False, highlight=False)
    return chosen


def _open(err: Console, graph_file: Path | None) -> Any:
    from ..query.index import open_index

    chosen = graph_path(err, graph_file)
    return guard(err, lambda: open_index(chosen))


def _filters(
    err: Console, index: Any, relations: list[str], types: list[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """--relation / --type values checked against the graph's and the schema's names."""
    if not relations and not types:
        return (), ()
    from ..core.schema import load_schema
    from ..query import resolve_names

    schema = guard(err, load_schema)
    known = index.vocabulary(relations=schema.relations.signatures, types=schema.entities.types)
    return (guard(err, lambda: resolve_names(relations, known.relations, "relation")),
            guard(err, lambda: resolve_names(types, known.types, "type")))


def _write_subgraph(graph: Any, path: Path) -> None:
    """The one place a subgraph is written, in the format its suffix names (.graphml,
    .gexf, .json, .csv, .html, .sqlite; GraphML otherwise)."""
    from ..export import export_graph, format_for_path

    export_graph(graph, path, (format_for_path(path),))


def show(
    name: NameArgument,
    graph_file: GraphOption = None,
    mentions: Annotated[bool, typer.Option("--mentions", help="Include MENTIONS edges.")] = False,
    max_hops: Annotated[int, typer.Option("--max", "-m", help="Show at most this many relations of each kind "
                                          "(0: all; --json lists them all).")] = 50,
    as_json: JsonOption = False,
) -> None:
    """Who or what is NAME: type, aliases, documents and relations with their evidence.

    Example: caregraph show "Department for Education"
    """
    from . import render

    out, err = consoles()
    index = _open(err, graph_file)
    if max_hops < 0:
        raise fail(err, UsageError(f"--max must be 0 or more (got {max_hops})"))
    result = guard(err, lambda: index.profile(name, mentions=mentions))
    if as_json:
        _emit_json(result.to_dict())
    else:
        render.profile(out, result, limit=max_hops or None)


def neighbours(
    name: NameArgument,
    depth: Annotated[int, typer.Option("--depth", "-d", help="How many hops out.")] = 1,
    relation: Annotated[
        list[str], typer.Option("--relation", "-r", help="Follow only this relation (repeatable).")
    ] = [],  # noqa: B006
    type_: Annotated[list[str], typer.Option("--type", "-t", help="Reach only this type (repeatable).")] = [],  # noqa: B006
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write the neighbourhood; the suffix picks the format (.graphml, .gexf, .json, .csv, .html).")] = None,
    table: Annotated[bool, typer.Option("--table", help="A table rather than a tree.")] = False,
    max_nodes: Annotated[int, typer.Option("--max", "-m", help="Show at most this many nodes, the nearest first "
                                           "(0: all; -o writes them all).")] = 100,
    graph_file: GraphOption = None,
    as_json: JsonOption = False,
) -> None:
    """The entities around NAME, as a tree (or table), JSON or a GraphML subgraph.

    Example: caregraph neighbours "Department for Education" -d 2 -o dfe.gexf"""
    from .. import query
    from . import render

    out, err = consoles()
    index = _open(err, graph_file)
    if max_nodes < 0:
        raise fail(err, UsageError(f"--max must be 0 or more (got {max_nodes})"))
    relations, types = _filters(err, index, relation, type_)
    options: dict[str, Any] = {"depth": depth, "relations": relations, "types": types}
    if output is not None:
        local, whole = guard(err, lambda: index.local_neighbourhood(name, **options))
        guard(err, lambda: _write_subgraph(query.subgraph(local, whole), output))
        err.print(f"wrote {safe(str(output))} ({len(whole.nodes)} nodes, {len(whole.edges)} edges)", markup=False, highlight=False)
    hood = guard(err, lambda: index.neighbourhood(name, **options, limit=max_nodes or None))
    if as_json:
        _emit_json(hood.to_dict())
    else:
        (render.neighbourhood_table if table else render.neighbourhood_tree)(out, hood)


def path(
    source: Annotated[str, typer.Argument(help="One end (label, alias or id).", show_default=False)],
    target: Annotated[str, typer.Argument(help="The other end.", show_default=False)],
    max_paths: Annotated[int, typer.Option("--max", "-m", help="Show at most this many paths.")] = 3,
    via_documents: Annotated[bool, typer.Option("--via-documents", help="Also walk MENTIONS edges.")] = False,
    graph_file: GraphOption = None,
    as_json: JsonOption = False,
) -> None:
    """The shortest paths between two entities, each hop with its relation and evidence.

    Example: caregraph path "Local Government Association" "Department for Education"
    """
    from . import render

    out, err = consoles()
    index = _open(err, graph_file)
    result = guard(err, lambda: index.paths(source, target, limit=max_paths, via_documents=via_documents))
    if as_json:
        _emit_json(result.to_dict())
    else:
        render.paths(out, result, via_documents=via_documents)


def top(
    by: Annotated[str, typer.Option("--by", help="degree, mentions, pagerank or betweenness.")] = "degree",
    type_: Annotated[list[str], typer.Option("--type", "-t", help="Only this type (repeatable).")] = [],  # noqa: B006
    limit: Annotated[int, typer.Option("-n", help="How many.")] = 10,
    graph_file: GraphOption = None,
    as_json: JsonOption = False,
) -> None:
    """The most central entities (Document nodes and MENTIONS edges left out).

    Example: caregraph top --by degree -t Person -n 20"""
    from . import render

    out, err = consoles()
    index = _open(err, graph_file)
    _, types = _filters(err, index, [], type_)
    ranked = guard(err, lambda: index.top(by=by, types=types, limit=limit))
    note = index.top_note(by=by)
    if as_json:
        _emit_json([r.to_dict() for r in ranked])
        if note:
            err.print(f"note: {note}", markup=False, highlight=False)
    else:
        render.top(out, ranked, by=by, note=note)


def stats(graph_file: GraphOption = None, as_json: JsonOption = False) -> None:
    """Counts by type and relation, components, density, and the entities with most aliases.

    Example: CAREGRAPH_GRAPH=big.graphml caregraph stats"""
    from . import render

    out, err = consoles()
    index = _open(err, graph_file)
    result = index.stats()
    if as_json:
        _emit_json(result.to_dict())
    else:
        render.stats(out, result)


def search(
    text: Annotated[str, typer.Argument(help="Text to look for (case- and accent-insensitive).", show_default=False)],
    mentions: Annotated[bool, typer.Option("--mentions", help="Include MENTIONS edges.")] = False,
    max_hits: Annotated[int, typer.Option("--max", "-m", help="Show at most this many entities and edges each "
                                          "(0: all).")] = 100,
    graph_file: GraphOption = None,
    as_json: JsonOption = False,
) -> None:
    """Entities whose label, alias or evidence, and edges whose evidence, contain TEXT.

    Example: caregraph search "family help"
    """
    from . import render

    out, err = consoles()
    index = _open(err, graph_file)
    if max_hits < 0:
        raise fail(err, UsageError(f"--max must be 0 or more (got {max_hits})"))
    result = guard(err, lambda: index.search(text, mentions=mentions, limit=max_hits or None))
    if as_json:
        _emit_json(result.to_dict())
    else:
        render.search(out, result)


def quotes(
    name: NameArgument,
    graph_file: GraphOption = None,
    as_json: JsonOption = False,
) -> None:
    """What NAME said: the quotations of its speech relations, with document, date and page
    where known, in date order (undated last).

    Example: caregraph quotes "Local Government Association"
    """
    from . import render

    out, err = consoles()
    index = _open(err, graph_file)
    speaker, found = guard(err, lambda: index.quotes(name))
    if as_json:
        _emit_json({"speaker": speaker.ref(), "quotes": [q.to_dict() for q in found]})
    else:
        render.quotes(out, speaker, found)


def timeline(
    name: Annotated[str | None, typer.Argument(help="Only the documents that mention this entity, and its relations.",
                                               show_default=False)] = None,
    graph_file: GraphOption = None,
    as_json: JsonOption = False,
) -> None:
    """Documents in date order (their `date` attribute; undated ones last, marked), each with
    the relations it states.

    Example: caregraph timeline "Independent Review of Children's Social Care"
    """
    from . import render

    out, err = consoles()
    index = _open(err, graph_file)
    who, entries = guard(err, lambda: index.timeline(name))
    if as_json:
        _emit_json({"entity": who.ref() if who else None, "documents": [e.to_dict() for e in entries]})
    else:
        render.timeline(out, who, entries)
