"""The command line: options in, one library call, rich output out. No logic here.

Heavy imports (spaCy, networkx) happen inside the commands, so `caregraph --help` is instant.
Errors the user can fix are CaregraphError: one line on stderr, the error's exit code.
Exit codes: 0 ok, 1 input, 2 usage, 3 schema, 4 model, 5 output, 6 cluster; `diff` has its own:
0 equal, 1 different, 2 a graph cannot be read.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from ..errors import CaregraphError
from ..run.cache import DEFAULT_CACHE_DIR

app = typer.Typer(
    name="caregraph",
    help="Offline text-to-knowledge-graph extraction with the evidence sentence on every edge.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DEFAULT_GRAPH = Path("data/graph/caregraph.graphml")
# The names of caregraph.export.FORMATS, spelled out so `--help` needs no import; a test
# checks that the two agree.
FORMAT_CHOICES = "graphml, gexf, json, csv, html"
T = TypeVar("T")


def _consoles() -> tuple[Console, Console]:
    # soft_wrap: a long path is never wrapped, so an error stays one line; no emoji codes
    # (":x:" in a file name stays as it is)
    return Console(soft_wrap=True, emoji=False), Console(stderr=True, soft_wrap=True, emoji=False)


def _one_line(message: str) -> str:
    """A message on one line, whatever a file name or a library put into it."""
    return message.replace("\r", "\\r").replace("\n", "\\n")


def _fail(err: Console, exc: CaregraphError) -> typer.Exit:
    err.print(f"error: {_one_line(str(exc))}", markup=False, highlight=False)
    return typer.Exit(code=exc.exit_code)


def _guard(err: Console, call: Callable[[], T]) -> T:
    """Run a library call; a CaregraphError becomes one line and its exit code."""
    try:
        return call()
    except CaregraphError as exc:
        raise _fail(err, exc) from None


class _ConsoleHandler(logging.Handler):
    def __init__(self, console: Console) -> None:
        super().__init__(logging.WARNING)
        self.console = console

    def emit(self, record: logging.LogRecord) -> None:
        self.console.print(f"warning: {_one_line(record.getMessage())}", markup=False, highlight=False)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories (.txt, .md, .html).", show_default=False)],
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="The file to write; with several formats, the base name "
                     f"[default: {DEFAULT_GRAPH.with_suffix('')} plus the format's suffix]", show_default=False),
    ] = None,
    formats: Annotated[
        list[str] | None,
        typer.Option("--format", "-f", help=f"Output formats, comma-separated: {FORMAT_CHOICES} [default: graphml]",
                     show_default=False, metavar="LIST"),
    ] = None,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV files with a UTF-8 byte-order mark (Excel).")] = False,
    model: Annotated[
        str | None, typer.Option("--model", help="An installed spaCy pipeline name or a path.")
    ] = None,
    schemas: Annotated[
        Path | None, typer.Option("--schemas", help="A directory of schema YAML files.")
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="A bad input file is fatal.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", help="Worker processes (default: the number of CPUs).", show_default=False),
    ] = None,
    cache_dir: Annotated[
        Path, typer.Option("--cache-dir", help="Where per-document results are cached.")
    ] = DEFAULT_CACHE_DIR,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the cache.")] = False,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Run on a Dask cluster: tcp://HOST:8786, or local:N worker processes.",
                     show_default=False),
    ] = None,
) -> None:
    """Extract entities and relations from documents into a graph (GraphML unless --format says).

    Per-document results are cached by content, model and schema, so a re-run processes
    only the documents that changed."""
    out, err = _consoles()
    handler = _ConsoleHandler(err)
    logging.getLogger("caregraph").addHandler(handler)
    try:
        options = _ExtractOptions(model, schemas, strict, jobs, None if no_cache else cache_dir, scheduler)
        _extract(paths, output, formats, bom, options, quiet, out, err)
    finally:
        logging.getLogger("caregraph").removeHandler(handler)


class _ExtractOptions:
    def __init__(
        self, model: str | None, schemas: Path | None, strict: bool, jobs: int | None, cache_dir: Path | None,
        scheduler: str | None,
    ) -> None:
        self.model, self.schemas, self.strict = model, schemas, strict
        self.jobs, self.cache_dir, self.scheduler = jobs, cache_dir, scheduler


def _extract(
    paths: list[Path],
    output: Path | None,
    formats: list[str] | None,
    bom: bool,
    opts: _ExtractOptions,
    quiet: bool,
    out: Console,
    err: Console,
) -> None:
    from ..core.schema import load_schema
    from ..export import check_output, default_output, export_graph, parse_formats
    from ..extract.ingest import discover
    from ..extract.spec import ExtractorSpec
    from ..run.corpus import extract_files, make_executor

    started = time.perf_counter()
    chosen = _guard(err, lambda: parse_formats(formats))
    target = output if output is not None else default_output(DEFAULT_GRAPH.with_suffix(""), chosen)
    schema = _guard(err, lambda: load_schema(opts.schemas))
    files = _guard(err, lambda: discover(paths, schema.ingest))
    _guard(err, lambda: check_output(target, chosen))
    spec = _guard(err, lambda: ExtractorSpec.for_model(opts.model, schema))
    cache = None
    if opts.cache_dir is not None:
        from ..run.cache import ResultCache

        cache = ResultCache(opts.cache_dir, model_id=spec.model_id, schema_digest=schema.digest)


    show_progress = not quiet and err.is_terminal

    def skip(message: str) -> None:
        err.print(f"warning: skipped {_one_line(message)}", markup=False, highlight=False)

    def run(on_document: Callable[[Any], None] | None) -> Any:
        with make_executor(spec, jobs=opts.jobs, scheduler=opts.scheduler) as executor:
            return extract_files(files, executor=executor, cache=cache, strict=opts.strict,
                                 on_skip=skip, on_document=on_document)

    if show_progress:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(
            TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("{task.description}"), console=err, transient=True,
        ) as progress:
            task = progress.add_task("", total=len(files))
            graph, report = _guard(
                err, lambda: run(lambda r: progress.update(task, advance=1, description=r.doc_id))
            )
    else:
        graph, report = _guard(err, lambda: run(None))
    written = _guard(err, lambda: export_graph(graph, target, chosen, bom=bom))
    if not quiet:
        from . import render

        render.extract_summary(out, graph, report, written, time.perf_counter() - started)


@app.command()
def diff(
    old_file: Annotated[Path, typer.Argument(help="The old GraphML graph.", show_default=False)],
    new_file: Annotated[Path, typer.Argument(help="The new GraphML graph.", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the differences as JSON.")] = False,
) -> None:
    """Nodes and edges added, removed and changed between two graphs.

    Exit codes: 0 the graphs are equal, 1 they differ, 2 a file cannot be read."""
    out, err = _consoles()
    from ..diff import diff_graphs
    from ..export.graphml import read_graphml

    try:
        old, new = read_graphml(old_file), read_graphml(new_file)
    except CaregraphError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False, emoji=False)
        raise typer.Exit(code=2) from None
    result = diff_graphs(old, new)
    if as_json:
        typer.echo(json.dumps(result.to_dict(), indent=2, sort_keys=True, ensure_ascii=False))
    else:
        from . import render

        render.diff_table(out, result, old_file, new_file)
    raise typer.Exit(code=0 if result.equal else 1)


@app.command("export")
def export_command(
    graph_file: Annotated[Path, typer.Argument(help="A GraphML graph (from extract).", show_default=False)],
    formats: Annotated[
        list[str] | None,
        typer.Option("--format", "-f", help=f"Output formats, comma-separated: {FORMAT_CHOICES} [default: graphml]",
                     show_default=False, metavar="LIST"),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="The file to write; with several formats, the base name "
                     "[default: GRAPH_FILE without its suffix]", show_default=False),
    ] = None,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV files with a UTF-8 byte-order mark (Excel).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not list the files written.")] = False,
) -> None:
    """Convert a GraphML graph to other formats without extracting again."""
    out, err = _consoles()
    from ..export import check_output, default_output, export_graph, parse_formats
    from ..export.graphml import read_graphml

    chosen = _guard(err, lambda: parse_formats(formats))
    target = output if output is not None else default_output(graph_file.with_suffix(""), chosen)
    _guard(err, lambda: check_output(target, chosen))
    graph = _guard(err, lambda: read_graphml(graph_file))
    written = _guard(err, lambda: export_graph(graph, target, chosen, bom=bom))
    if not quiet:
        for path in written:
            out.print(str(path), markup=False, highlight=False)


@app.command()
def evaluate(
    graph_file: Annotated[Path, typer.Argument(help="A GraphML graph.", show_default=False)],
    gold_file: Annotated[Path, typer.Argument(help="A gold YAML file.", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    show: Annotated[bool, typer.Option("--show", help="List false positives, misses and duplicates.")] = False,
) -> None:
    """Score a graph against gold annotations (spec/gold-format.md)."""
    out, err = _consoles()
    from ..evaluate import evaluate as run_evaluation
    from ..evaluate import load_gold
    from ..export.graphml import read_graphml

    graph = _guard(err, lambda: read_graphml(graph_file))
    gold = _guard(err, lambda: load_gold(gold_file))
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


# --- analyst commands: ask a built graph questions (query.py answers, render.py draws) ---

GraphOption = Annotated[Path, typer.Option("--graph", "-g", help="The GraphML graph to read.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")]
NameArgument = Annotated[str, typer.Argument(help="A label, alias or node id.", show_default=False)]


def _emit_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


def _load_graph(err: Console, graph_file: Path) -> Any:
    from ..query import load_graph

    return _guard(err, lambda: load_graph(graph_file))


def _filters(
    err: Console, graph: Any, relations: list[str], types: list[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """--relation / --type values checked against the graph's and the schema's names."""
    if not relations and not types:
        return (), ()
    from ..core.schema import load_schema
    from ..query import resolve_names, vocabulary

    schema = _guard(err, load_schema)
    known = vocabulary(graph, relations=schema.relations.signatures, types=schema.entities.types)
    return (_guard(err, lambda: resolve_names(relations, known.relations, "relation")),
            _guard(err, lambda: resolve_names(types, known.types, "type")))


def _write_subgraph(graph: Any, path: Path) -> None:
    """The one place a subgraph is written, in the format its suffix names (.graphml,
    .gexf, .json, .csv, .html; GraphML otherwise)."""
    from ..export import export_graph, format_for_path

    export_graph(graph, path, (format_for_path(path),))


@app.command()
def show(
    name: NameArgument,
    graph_file: GraphOption = DEFAULT_GRAPH,
    mentions: Annotated[bool, typer.Option("--mentions", help="Include MENTIONS edges.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Who or what is NAME: type, aliases, documents and relations with their evidence."""
    from .. import query
    from . import render

    out, err = _consoles()
    graph = _load_graph(err, graph_file)
    result = _guard(err, lambda: query.profile(graph, name, mentions=mentions))
    if as_json:
        _emit_json(result.to_dict())
    else:
        render.profile(out, result)


@app.command()
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

    out, err = _consoles()
    graph = _load_graph(err, graph_file)
    relations, types = _filters(err, graph, relation, type_)
    hood = _guard(err, lambda: query.neighbourhood(graph, name, depth=depth, relations=relations, types=types))
    if output is not None:
        _guard(err, lambda: _write_subgraph(query.subgraph(graph, hood), output))
        err.print(f"wrote {output} ({len(hood.nodes)} nodes, {len(hood.edges)} edges)", markup=False, highlight=False)
    if as_json:
        _emit_json(hood.to_dict())
    else:
        (render.neighbourhood_table if table else render.neighbourhood_tree)(out, hood)


@app.command()
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

    out, err = _consoles()
    graph = _load_graph(err, graph_file)
    result = _guard(err, lambda: query.paths(graph, source, target, limit=max_paths, via_documents=via_documents))
    if as_json:
        _emit_json(result.to_dict())
    else:
        render.paths(out, result, via_documents=via_documents)


@app.command()
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

    out, err = _consoles()
    graph = _load_graph(err, graph_file)
    _, types = _filters(err, graph, [], type_)
    ranked = _guard(err, lambda: query.top(graph, by=by, types=types, limit=limit))
    if as_json:
        _emit_json([r.to_dict() for r in ranked])
    else:
        render.top(out, ranked, by=by)


@app.command()
def stats(graph_file: GraphOption = DEFAULT_GRAPH, as_json: JsonOption = False) -> None:
    """Counts by type and relation, components, density, and the entities with most aliases."""
    from .. import query
    from . import render

    out, err = _consoles()
    graph = _load_graph(err, graph_file)
    result = query.stats(graph)
    if as_json:
        _emit_json(result.to_dict())
    else:
        render.stats(out, result)


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Text to look for (case- and accent-insensitive).", show_default=False)],
    mentions: Annotated[bool, typer.Option("--mentions", help="Include MENTIONS edges.")] = False,
    graph_file: GraphOption = DEFAULT_GRAPH,
    as_json: JsonOption = False,
) -> None:
    """Entities whose label, alias or evidence, and edges whose evidence, contain TEXT."""
    from .. import query
    from . import render

    out, err = _consoles()
    graph = _load_graph(err, graph_file)
    result = _guard(err, lambda: query.search(graph, text, mentions=mentions))
    if as_json:
        _emit_json(result.to_dict())
    else:
        render.search(out, result)

# --- end of analyst commands ---


def main() -> None:
    """Console entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("error: interrupted\n")
        sys.exit(130)

