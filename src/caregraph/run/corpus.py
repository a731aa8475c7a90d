"""The corpus run: files in, one graph out. This is what the CLI and the tests call.

`extract_assembled` reads documents as a stream, answers what it can from the result cache
(cache.py), and maps the rest over an executor (executors.py: in this process, a local process
pool, or a Dask cluster), keeping a bounded number of batches in flight; the graph is folded
together from the per-document results as they arrive, in an order-free way
(graph/assemble.py), so how and in what order they were computed never changes the bytes.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.records import DocMetadata, DocResult, SourceDoc
from ..core.schema import Schema
from ..errors import InputError, OutputError, SchemaError, UsageError
from ..extract.ingest import Inputs, cache_probe, document_id, find_inputs, parse_source, read_bytes, read_source
from ..extract.spec import DocFailure, ExtractorSpec
from ..graph.assemble import AssembledGraph, GraphAssembler
from ..graph.curation import Curation
from .cache import ResultCache
from .dask import DaskExecutor
from .executors import Executor, InlineExecutor, ProcessExecutor

if TYPE_CHECKING:
    import networkx as nx

    from ..extract.worker import Extractor

log = logging.getLogger("caregraph")


@dataclass(slots=True)
class ExtractReport:
    """What an extraction did: the documents in the graph and the files skipped (warnings go
    to the `caregraph` logger)."""

    documents: list[str] = field(default_factory=list)     # ids of the documents in the graph
    skipped: list[str] = field(default_factory=list)
    cached: int = 0          # results taken from the cache
    computed: int = 0        # results computed in this run
    curation: str | None = None     # the curation file applied
    curation_operations: int = 0
    curation_warnings: list[str] = field(default_factory=list)   # operations that matched nothing
    unsupported: dict[str, int] = field(default_factory=dict)   # files left out, by suffix


def read_sources(
    files: Sequence[Path],
    schema: Schema,
    *,
    strict: bool,
    report: ExtractReport,
    on_skip: Callable[[str], None] | None = None,
    names: dict[Path, str] | None = None,
    on_page: Callable[[str, int, int], None] | None = None,
    cache: ResultCache | None = None,
) -> Iterator[SourceDoc | DocResult]:
    """Read files lazily; a bad file is reported and skipped (fatal with `strict`).
    `names` gives the path recorded on each document; `on_page(name, done, total)` reports
    the pages of a paged document (a PDF) as they are read. With a `cache`, a document it
    answers is yielded as its cached result, found from the file's bytes alone (never
    decoded from its format nor cleaned: the key is those bytes' sha256, its id and kind)."""
    for path in files:
        name = names.get(path) if names else None
        progress = None
        if on_page is not None:
            def progress(done: int, total: int, _name: str = name or path.name) -> None:
                on_page(_name, done, total)
        try:
            if cache is None:
                source = read_source(path, schema.ingest, name=name, on_page=progress)
            else:
                data = read_bytes(path)
                hit = _cached(cache, data, path, name)
                if hit is not None:
                    for warning in hit.warnings:
                        log.warning(warning)
                    yield hit
                    continue
                source = parse_source(data, path=path, rules=schema.ingest, name=name, on_page=progress)
        except InputError as exc:
            if strict:
                raise
            report.skipped.append(str(exc))
            if on_skip:
                on_skip(str(exc))
            continue
        for warning in source.warnings:
            log.warning(warning)
        yield source


def _cached(cache: ResultCache, data: bytes, path: Path, name: str | None) -> DocResult | None:
    """The cache's result for a file's bytes, or None (a miss, or bytes parse_source refuses:
    it then says why)."""
    try:
        sha256, warnings = cache_probe(data, path=path)
    except InputError:
        return None
    return cache.find(document_id(path), sha256, name if name is not None else path.as_posix(), warnings)


def extract(paths: Sequence[str | Path], **options: Any) -> tuple[nx.MultiDiGraph, ExtractReport]:
    """Extract a NetworkX graph from files and directories (see `extract_assembled`)."""
    assembled, report = extract_assembled(paths, **options)
    return assembled.to_networkx(), report


def extract_assembled(
    paths: Sequence[str | Path],
    *,
    extractor: Extractor | None = None,
    executor: Executor | None = None,
    **options: Any,
) -> tuple[AssembledGraph, ExtractReport]:
    """Extract a graph from files and directories (see `extract_files`); an in-process
    executor over `extractor` when no executor is given."""
    if executor is None:
        if extractor is None:
            raise TypeError("extract() needs an extractor or an executor")
        executor = InlineExecutor.of(extractor)
    return extract_files(find_inputs(paths, executor.spec.schema.ingest), executor=executor, **options)


def extract_files(
    files: Inputs | Sequence[Path],
    *,
    executor: Executor,
    cache: ResultCache | None = None,
    strict: bool = False,
    curation: Curation | None = None,
    on_document: Callable[[DocResult], None] | None = None,
    on_skip: Callable[[str], None] | None = None,
    on_page: Callable[[str, int, int], None] | None = None,
    batch_chars: int = 20_000,
) -> tuple[AssembledGraph, ExtractReport]:
    """Extract a graph from the files discovery found (ingest.find_inputs; a plain list of
    paths records each document's path as given and has no sidecar metadata).

    Documents are read one at a time; a cached result is taken as it is, the others go to
    `executor` in batches of about `batch_chars` characters. Each result is folded into the
    graph as it arrives (graph.assemble.GraphAssembler) and let go, so memory holds the graph,
    not the results. A sidecar row's metadata is laid over the file's own here, on the
    client, so the cache (keyed by the file's bytes) never holds a stale table's values.

    `curation` (graph/curation.py) is applied when the graph is assembled; an operation that
    matches nothing is a warning in the report (`curation_warnings`), a SchemaError with
    `strict`."""
    inputs = files if isinstance(files, Inputs) else Inputs(files=list(files))
    schema = executor.spec.schema
    strict_curation = strict
    # one file that cannot be read is the error itself, not a warning followed by
    # "no usable documents"
    strict = strict or len(inputs.files) == 1
    report = ExtractReport(unsupported=dict(sorted(inputs.unsupported.items())))
    assembler = GraphAssembler(schema, curation=curation)
    sidecar: dict[str, DocMetadata] = {document_id(p): row for p, row in inputs.sidecar.items()}

    def accept(result: DocResult) -> None:
        row = sidecar.get(result.doc_id)
        if row is not None:
            result = replace(result, metadata=result.metadata.merged(row))
        assembler.add(result)
        report.documents.append(result.doc_id)
        if on_document:
            on_document(result)

    def misses() -> Iterator[list[SourceDoc]]:
        """Batches of the documents the cache cannot answer (cached ones are accepted here)."""
        batch: list[SourceDoc] = []
        size = 0
        for source in read_sources(inputs.files, schema, strict=strict, report=report, on_skip=on_skip,
                                   names=inputs.names, on_page=on_page, cache=cache):
            if isinstance(source, DocResult):
                report.cached += 1
                accept(source)
                continue
            batch.append(source)
            size += len(source.text)
            if size >= batch_chars:
                yield batch
                batch, size = [], 0
        if batch:
            yield batch

    for outcome in executor.map(misses()):
        if isinstance(outcome, DocFailure):
            message = _located(outcome, inputs)
            if strict:
                raise InputError(message)
            report.skipped.append(message)
            if on_skip:
                on_skip(message)
            continue
        report.computed += 1
        if cache is not None:
            cache.put(outcome)
        accept(outcome)
    if not report.documents:
        first = report.skipped[0] if report.skipped else "no documents"
        raise InputError(f"no usable documents ({first})")
    report.documents.sort()
    graph = assembler.finish()
    if curation is not None:
        report.curation, report.curation_operations = curation.source, len(curation.operations)
        report.curation_warnings = list(graph.curation_warnings)
        if strict_curation and report.curation_warnings:
            more = len(report.curation_warnings) - 1
            raise SchemaError(report.curation_warnings[0] + (f" (and {more} more)" if more else ""))
    return graph, report


def _located(failure: DocFailure, inputs: Inputs) -> str:
    """A worker's failure message naming the file as found on disk, not by the path recorded
    on the document (relative to its folder)."""
    where = next((p for p in inputs.files if document_id(p) == failure.doc_id), None)
    prefix = f"{failure.path}: "
    if where is None or not failure.message.startswith(prefix):
        return failure.message
    return f"{where}: {failure.message[len(prefix):]}"


def check_outputs_apart(
    outputs: Iterable[Path], inputs: Sequence[str | Path], files: Sequence[Path], extensions: Sequence[str]
) -> None:
    """OutputError, before anything is written, for an output that is one of the documents
    (`extract a.txt -o a.txt` would overwrite it) or that a named input directory would read
    back as a document on the next run (an HTML export into data/raw/)."""
    documents = {_identity(f): f for f in files}
    folders = [Path(p).resolve() for p in inputs if Path(p).is_dir()]
    for output in outputs:
        same = documents.get(_identity(output))
        if same is not None:
            raise OutputError(f"{output}: is the input document {same}; refusing to overwrite it")
        if output.suffix.lower() not in extensions:
            continue
        where = output.resolve()
        for folder in folders:
            if where.is_relative_to(folder) and not any(
                    part.startswith(".") for part in where.relative_to(folder).parts):
                raise OutputError(f"{output}: inside the input directory {folder}; the next run would "
                                  "read it as a document (write it elsewhere)")


def _identity(path: Path) -> tuple[int, int] | Path:
    """What makes two paths one file: device and inode when it exists (hard and symbolic links
    too), else the resolved path."""
    try:
        info = path.stat()
    except OSError:
        return path.resolve()
    return (info.st_dev, info.st_ino)


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def make_executor(spec: ExtractorSpec, *, jobs: int | None = None, scheduler: str | None = None) -> Executor:
    """The executor for the CLI's options: `--jobs N` (default: the CPUs) or `--scheduler`."""
    if scheduler is not None:
        if jobs is not None:
            raise UsageError("--jobs and --scheduler do not go together (the cluster sets the workers)")
        return DaskExecutor.connect(spec, scheduler)
    n = default_jobs() if jobs is None else jobs
    if n < 1:
        raise UsageError(f"--jobs must be at least 1 (got {n})")
    return InlineExecutor(spec) if n == 1 else ProcessExecutor(spec, n)
