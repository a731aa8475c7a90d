"""`caregraph extract`: documents in, a graph file out (run/corpus.py does the work)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from ..run.cache import DEFAULT_CACHE_DIR
from . import filters
from .app import DEFAULT_GRAPH, FORMAT_CHOICES, ConsoleHandler, consoles, fail, guard, one_line


def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories (.txt, .md, .html, .pdf, .docx).", show_default=False)],
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
    curation: Annotated[
        Path | None,
        typer.Option("--curation", help="A curation file of corrections [default: curation.yaml in the first "
                     "input folder, when present]", show_default=False, metavar="FILE"),
    ] = None,
    changes: Annotated[
        Path | None,
        typer.Option("--changes", help="Write what changed since the graph at the output path, as JSON "
                     "(caregraph diff --json).", show_default=False, metavar="FILE.json"),
    ] = None,
    no_documents: filters.NoDocuments = False,
    type_: filters.Types = [],  # noqa: B006
    relation: filters.Relations = [],  # noqa: B006
    document: filters.Document = None,
    min_degree: filters.MinDegree = 0,
) -> None:
    """Extract entities and relations from documents into a graph (GraphML unless --format says).

    Per-document results are cached by content, model and schema, so a re-run processes
    only the documents that changed. A curation file's corrections are applied when the graph
    is assembled; the summary says what changed since the graph already at the output path.

    Example: caregraph extract data/raw -o data/graph/caregraph.graphml"""
    out, err = consoles()
    handler = ConsoleHandler(err)
    logging.getLogger("caregraph").addHandler(handler)
    try:
        options = _ExtractOptions(model, schemas, strict, jobs, None if no_cache else cache_dir, scheduler)
        options.curation, options.changes = curation, changes
        options.filters = {"no_documents": no_documents, "types": type_, "relations": relation,
                           "document": document, "min_degree": min_degree}
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
        self.curation: Path | None = None
        self.changes: Path | None = None
        self.filters: dict[str, Any] = {}


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
    from ..errors import InputError
    from ..export import check_output, default_output, export_graph, output_paths, parse_formats
    from ..extract.ingest import find_inputs
    from ..extract.spec import ExtractorSpec
    from ..graph.curation import default_curation, load_curation
    from ..run.corpus import check_outputs_apart, extract_files, make_executor

    started = time.perf_counter()
    chosen = guard(err, lambda: parse_formats(formats))
    target = output if output is not None else default_output(DEFAULT_GRAPH.with_suffix(""), chosen)
    schema = guard(err, lambda: load_schema(opts.schemas))
    inputs = guard(err, lambda: find_inputs(paths, schema.ingest))
    unsupported = inputs.unsupported_summary()
    if unsupported and opts.strict:
        raise fail(err, InputError(f"{', '.join(str(p) for p in paths)}: {unsupported} (--strict)"))
    if unsupported:
        err.print(f"warning: skipped {unsupported}", markup=False, highlight=False)
    guard(err, lambda: check_output(target, chosen))
    if opts.changes is not None:
        changes_file = opts.changes
        guard(err, lambda: check_output(changes_file, ("json",)))
    curation_path = opts.curation if opts.curation is not None else default_curation(paths)
    curation = None
    if curation_path is not None:
        curation = guard(err, lambda: load_curation(
            curation_path, types=schema.entities.types, relations=tuple(schema.relations.signatures)))
    if any(opts.filters.values()):   # filter names checked now, not after the extraction
        import networkx as nx

        filters.selection(err, nx.MultiDiGraph(), **{**opts.filters, "document": None})
    guard(err, lambda: check_outputs_apart(output_paths(target, chosen).values(), paths, inputs.files,
                                           schema.ingest.extensions))
    spec = guard(err, lambda: ExtractorSpec.for_model(opts.model, schema))
    cache = None
    if opts.cache_dir is not None:
        from ..run.cache import ResultCache

        cache = ResultCache(opts.cache_dir, model_id=spec.tagged_model_id, schema_digest=schema.digest)


    show_progress = not quiet and err.is_terminal

    def skip(message: str) -> None:
        err.print(f"warning: skipped {one_line(message)}", markup=False, highlight=False)

    def run(on_document: Callable[[Any], None] | None, on_page: Callable[[str, int, int], None] | None = None) -> Any:
        with make_executor(spec, jobs=opts.jobs, scheduler=opts.scheduler) as executor:
            return extract_files(inputs, executor=executor, cache=cache, strict=opts.strict,
                                 curation=curation, on_skip=skip, on_document=on_document, on_page=on_page)

    if show_progress:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(
            TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("{task.description}"), console=err, transient=True,
        ) as progress:
            task = progress.add_task("", total=len(inputs.files))
            pages = progress.add_task("", total=None, visible=False)

            def on_page(name: str, done: int, total: int) -> None:   # a long PDF being read
                progress.update(pages, completed=done, total=total, visible=done < total,
                                description=f"{name} p. {done}")

            graph, report = guard(
                err, lambda: run(lambda r: progress.update(task, advance=1, description=r.doc_id), on_page)
            )
    else:
        graph, report = guard(err, lambda: run(None))
    counts, details, previous_state = None, None, "none"
    if not quiet or opts.changes is not None:   # --quiet prints no summary: no comparison to make
        previous, previous_state = _previous_graph(target, chosen)
        if previous is not None or opts.changes is not None:
            counts, details = _changes(previous, graph)
    part = graph
    if any(opts.filters.values()):
        from ..graph.select import select

        whole = graph.to_networkx()
        part = select(whole, filters.selection(err, whole, **opts.filters))
    written = guard(err, lambda: export_graph(part, target, chosen, bom=bom))
    graphml = output_paths(target, chosen).get("graphml")
    if graphml is not None:
        _prepare_index(graphml, err)
    if opts.changes is not None and details is not None:
        from ..export.common import write_atomic

        changes_path, data = opts.changes, details
        guard(err, lambda: write_atomic(changes_path, lambda handle: handle.write(data)))
    if quiet:
        for warning in report.curation_warnings:
            err.print(f"warning: {one_line(warning)}", markup=False, highlight=False)
    else:
        from . import render

        render.extract_summary(out, graph, report, written, time.perf_counter() - started,
                               changes=counts, previous=previous_state)


def _prepare_index(graphml: Path, err: Console) -> None:
    """The query index beside the GraphML just written, so the analyst's first query answers
    at once; a graph that cannot be indexed is still written (one warning line)."""
    import sqlite3

    from ..errors import CaregraphError
    from ..query.index import index_path, prepare_index

    try:
        prepare_index(graphml)
    except (CaregraphError, OSError, sqlite3.Error) as exc:
        err.print(f"warning: {one_line(str(index_path(graphml)))}: query index not built ({one_line(str(exc))}); "
                  "the first query will build it", markup=False, highlight=False)


def _previous_graph(target: Path, chosen: tuple[str, ...]) -> tuple[Any, str]:
    """The GraphML graph already at the output path, to say what changed, and what it was:
    "read", "none" or "not readable" (then the graph is None)."""
    from ..errors import CaregraphError
    from ..export import output_paths
    from ..export.graphml import read_graphml

    path = output_paths(target, chosen).get("graphml")
    if path is None or not path.is_file():
        return None, "none"
    try:
        return read_graphml(path), "read"
    except CaregraphError:
        return None, "not readable"


def _changes(previous: Any, graph: Any) -> tuple[Any, bytes]:
    """Counts of what changed from `previous` (None: an empty graph), and the details as the
    diff module's JSON (what `caregraph diff --json` prints)."""
    import json

    import networkx as nx

    from ..diff import change_counts, diff_graphs
    from ..export.common import as_scalars

    # compared as the GraphML file will hold it, as the previous graph was read back
    diff = diff_graphs(previous if previous is not None else nx.MultiDiGraph(), as_scalars(graph.to_networkx()))
    data = (json.dumps(diff.to_dict(), indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()
    return change_counts(diff), data
