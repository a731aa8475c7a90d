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
from .app import DEFAULT_GRAPH, FORMAT_CHOICES, ConsoleHandler, consoles, guard, one_line


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
    out, err = consoles()
    handler = ConsoleHandler(err)
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
    from ..export import check_output, default_output, export_graph, output_paths, parse_formats
    from ..extract.ingest import discover
    from ..extract.spec import ExtractorSpec
    from ..run.corpus import check_outputs_apart, extract_files, make_executor

    started = time.perf_counter()
    chosen = guard(err, lambda: parse_formats(formats))
    target = output if output is not None else default_output(DEFAULT_GRAPH.with_suffix(""), chosen)
    schema = guard(err, lambda: load_schema(opts.schemas))
    files = guard(err, lambda: discover(paths, schema.ingest))
    guard(err, lambda: check_output(target, chosen))
    guard(err, lambda: check_outputs_apart(output_paths(target, chosen).values(), paths, files,
                                           schema.ingest.extensions))
    spec = guard(err, lambda: ExtractorSpec.for_model(opts.model, schema))
    cache = None
    if opts.cache_dir is not None:
        from ..run.cache import ResultCache

        cache = ResultCache(opts.cache_dir, model_id=spec.model_id, schema_digest=schema.digest)


    show_progress = not quiet and err.is_terminal

    def skip(message: str) -> None:
        err.print(f"warning: skipped {one_line(message)}", markup=False, highlight=False)

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
            graph, report = guard(
                err, lambda: run(lambda r: progress.update(task, advance=1, description=r.doc_id))
            )
    else:
        graph, report = guard(err, lambda: run(None))
    written = guard(err, lambda: export_graph(graph, target, chosen, bom=bom))
    if not quiet:
        from . import render

        render.extract_summary(out, graph, report, written, time.perf_counter() - started)
