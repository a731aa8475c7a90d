"""The pipeline: ingest -> nlp -> entities -> resolve -> relations per document, then the
graph from all per-document results. This is what the CLI and the tests call.

The unit of work is "one SourceDoc in, one DocResult out" (`Extractor.process_batch` over a
few documents at a time). `extract` reads documents as a stream, answers what it can from the
result cache, and maps the rest over an executor (executors.py: in this process, a local
process pool, or a Dask cluster), keeping a bounded number of batches in flight; the graph is
folded together from the per-document results as they arrive, in an order-free way (graph.py),
so how and in what order they were computed never changes the bytes.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from .config import Schema
from .errors import InputError
from .ingest import discover, read_source
from .evidence import evidence_bounds
from .records import DocResult, Mention, SourceDoc

if TYPE_CHECKING:
    import networkx as nx
    from spacy.language import Language
    from spacy.tokens import Doc

    from .cache import ResultCache
    from .entities import EntityMatchers
    from .executors import Executor
    from .graph import AssembledGraph

log = logging.getLogger("caregraph")


@dataclass(slots=True)
class ExtractReport:
    """What an extraction did: the documents in the graph, files skipped and warnings."""

    documents: list[str] = field(default_factory=list)     # ids of the documents in the graph
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    cached: int = 0          # results taken from the cache
    computed: int = 0        # results computed in this run


@dataclass(frozen=True, slots=True)
class DocFailure:
    """A document whose extraction raised: it fails on its own, the run goes on."""

    doc_id: str
    path: str
    message: str


Outcome = Union[DocResult, DocFailure]


@dataclass(frozen=True, slots=True)
class ExtractorSpec:
    """What a worker needs to build an Extractor: picklable and small (no pipeline inside).
    `model_id` is known without loading the model (nlp.model_id_from_meta)."""

    model: str
    model_id: str
    schema: Schema

    @classmethod
    def resolve(cls, model: str | None, schema: Schema) -> ExtractorSpec:
        """The spec for a model name or path; reads the model's meta.json, and only when
        there is none loads the pipeline (in this process's cache) to learn its id."""
        from .nlp import DEFAULT_MODEL, model_id, model_id_from_meta

        from .extract.relations import compile_rules

        compile_rules(schema)  # an unknown rule kind is a SchemaError now, before any work
        name = model or DEFAULT_MODEL
        found = model_id_from_meta(name)
        if found is not None:
            return cls(model=name, model_id=found, schema=schema)
        from .nlp import load_pipeline

        nlp = load_pipeline(name)
        spec = cls(model=name, model_id=model_id(nlp), schema=schema)
        _EXTRACTORS.setdefault(spec.cache_key, Extractor(nlp, schema))
        return spec

    @property
    def cache_key(self) -> tuple[str, str, str]:
        return (self.model, self.model_id, self.schema.digest)


# One Extractor per (model, model id, schema digest) per process: a worker loads the
# pipeline and compiles the schema once, whatever number of batches it runs.
_EXTRACTORS: dict[tuple[str, str, str], Extractor] = {}


def extractor_for(spec: ExtractorSpec) -> Extractor:
    """This process's Extractor for a spec, built on first use."""
    key = spec.cache_key
    extractor = _EXTRACTORS.get(key)
    if extractor is None:
        from .errors import ModelError
        from .nlp import load_pipeline, model_id

        nlp = load_pipeline(spec.model)
        if model_id(nlp) != spec.model_id:
            raise ModelError(f"{spec.model}: this process has pipeline {model_id(nlp)}, "
                             f"the run expects {spec.model_id}")
        extractor = Extractor(nlp, spec.schema)
        _EXTRACTORS[key] = extractor
    return extractor


def run_batch(spec: ExtractorSpec, sources: Sequence[SourceDoc]) -> list[Outcome]:
    """The task a worker runs: extract a batch of documents with this process's Extractor."""
    return extractor_for(spec).process_batch(sources)


class Extractor:
    """The loaded pipeline and the compiled schema: built once per process."""

    def __init__(self, nlp: Language, schema: Schema) -> None:
        from .entities import compile_matchers
        from .extract.relations import compile_rules

        compile_rules(schema)
        self.nlp = nlp
        self.schema = schema
        self.matchers: EntityMatchers = compile_matchers(nlp.vocab, schema)

    def process_parsed(self, source: SourceDoc, doc: Doc) -> DocResult:
        """Entities and relations of one parsed document."""
        from .entities import find_mentions
        from .extract.relations import find_relations
        from .recommend import find_recommendations
        from .resolve import entities_of_document

        def sentence_of(start: int, end: int) -> str:
            # one string object per sentence, however many entities and relations cite it
            return sys.intern(source.to_original(start, end).strip())

        def evidence_of_mention(mention: Mention) -> str:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            sent = span.sent if span is not None else doc[:]
            start, end = evidence_bounds(doc.text, sent.start_char, sent.end_char, mention.start)
            return sentence_of(start, end)

        proposals = find_recommendations(doc, self.schema.entities)
        mentions = find_mentions(doc, self.matchers, doc_id=source.doc_id, proposals=proposals)
        entities, mention_keys = entities_of_document(
            mentions,
            doc_id=source.doc_id,
            rules=self.schema.entities,
            evidence_of=evidence_of_mention,
            text=source.text,
        )
        relations = find_relations(
            doc,
            mentions,
            mention_keys,
            entities,
            self.schema,
            doc_id=source.doc_id,
            evidence_of=sentence_of,
            proposals=proposals,
        )
        return DocResult(
            doc_id=source.doc_id,
            path=source.path,
            sha256=source.sha256,
            length=len(source.original),
            entities=tuple(entities),
            relations=tuple(relations),
            warnings=source.warnings,
        )

    def process_batch(self, sources: Sequence[SourceDoc]) -> list[Outcome]:
        """Extract a few documents, in order; a document whose extraction raises gives a
        DocFailure and the others are still extracted."""
        from .nlp import parse_texts

        outcomes: list[Outcome] = []
        try:
            for source, doc in parse_texts(self.nlp, ((s, s.text) for s in sources)):
                outcomes.append(self._guarded(source, doc))
        except Exception:  # noqa: BLE001 - a parse failed: isolate it, one document at a time
            for source in sources[len(outcomes):]:
                try:
                    _, doc = next(parse_texts(self.nlp, [(source, source.text)]))
                except Exception as exc:  # noqa: BLE001
                    outcomes.append(_failure(source, exc))
                    continue
                outcomes.append(self._guarded(source, doc))
        return outcomes

    def _guarded(self, source: SourceDoc, doc: Doc) -> Outcome:
        try:
            return self.process_parsed(source, doc)
        except Exception as exc:  # noqa: BLE001 - one bad document must not end the run
            return _failure(source, exc)

    def process_sources(self, sources: Iterable[SourceDoc], *, batch_size: int = 8) -> Iterator[DocResult]:
        """Parse and extract a stream of documents, in order."""
        from .nlp import parse_texts

        for source, doc in parse_texts(self.nlp, ((s, s.text) for s in sources), batch_size=batch_size):
            yield self.process_parsed(source, doc)

    def process_text(self, text: str, *, doc_id: str = "text") -> DocResult:
        """Extract from a string (for tests and library users)."""
        from .ingest import parse_source

        source = parse_source(text.encode("utf-8"), path=Path(f"{doc_id}.txt"), rules=self.schema.ingest)
        return next(self.process_sources([source]))


def read_sources(
    files: Sequence[Path],
    schema: Schema,
    *,
    strict: bool,
    report: ExtractReport,
    on_skip: Callable[[str], None] | None = None,
) -> Iterator[SourceDoc]:
    """Read files lazily; a bad file is reported and skipped (fatal with `strict`)."""
    for path in files:
        try:
            source = read_source(path, schema.ingest)
        except InputError as exc:
            if strict:
                raise
            report.skipped.append(str(exc))
            if on_skip:
                on_skip(str(exc))
            continue
        for warning in source.warnings:
            report.warnings.append(warning)
            log.warning(warning)
        yield source


def extract(paths: Sequence[str | Path], **options: Any) -> tuple[nx.MultiDiGraph, ExtractReport]:
    """Extract a NetworkX graph from files and directories (see `extract_assembled`)."""
    assembled, report = extract_assembled(paths, **options)
    return assembled.to_networkx(), report


def extract_assembled(
    paths: Sequence[str | Path],
    *,
    extractor: Extractor | None = None,
    executor: Executor | None = None,
    cache: ResultCache | None = None,
    strict: bool = False,
    on_document: Callable[[DocResult], None] | None = None,
    on_skip: Callable[[str], None] | None = None,
    batch_chars: int = 20_000,
) -> tuple[AssembledGraph, ExtractReport]:
    """Extract a graph from files and directories.

    Documents are read one at a time; a cached result is taken as it is, the others go to
    `executor` in batches of about `batch_chars` characters (an in-process executor over
    `extractor` when no executor is given). Each result is folded into the graph as it
    arrives (graph.GraphAssembler) and let go, so memory holds the graph, not the results."""
    from .graph import GraphAssembler

    if executor is None:
        if extractor is None:
            raise TypeError("extract() needs an extractor or an executor")
        from .executors import InlineExecutor

        executor = InlineExecutor.of(extractor)
    schema = executor.spec.schema
    files = discover(paths, schema.ingest)
    # one file that cannot be read is the error itself, not a warning followed by
    # "no usable documents"
    strict = strict or len(files) == 1
    report = ExtractReport()
    assembler = GraphAssembler(schema)

    def accept(result: DocResult) -> None:
        assembler.add(result)
        report.documents.append(result.doc_id)
        if on_document:
            on_document(result)

    def misses() -> Iterator[list[SourceDoc]]:
        """Batches of the documents the cache cannot answer (cached ones are accepted here)."""
        batch: list[SourceDoc] = []
        size = 0
        for source in read_sources(files, schema, strict=strict, report=report, on_skip=on_skip):
            cached = cache.get(source) if cache is not None else None
            if cached is not None:
                report.cached += 1
                accept(cached)
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
            if strict:
                raise InputError(outcome.message)
            report.skipped.append(outcome.message)
            if on_skip:
                on_skip(outcome.message)
            continue
        report.computed += 1
        if cache is not None:
            cache.put(outcome)
        accept(outcome)
    if not report.documents:
        first = report.skipped[0] if report.skipped else "no documents"
        raise InputError(f"no usable documents ({first})")
    report.documents.sort()
    return assembler.finish(), report


def _failure(source: SourceDoc, exc: BaseException) -> DocFailure:
    detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    what = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    return DocFailure(source.doc_id, source.path, f"{source.path}: extraction failed ({what})")
