"""The pipeline: ingest -> nlp -> entities -> resolve -> relations per document, then the
graph from all per-document results. This is what the CLI and the tests call.

`process_document` is the one unit of work ("one document in, one DocResult out"), so a
cache or an executor can wrap it without knowing what happens inside.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Schema
from .errors import CaregraphError, InputError
from .ingest import discover, read_source
from .evidence import evidence_bounds
from .records import DocResult, Mention, SourceDoc

if TYPE_CHECKING:
    import networkx as nx
    from spacy.language import Language
    from spacy.tokens import Doc

    from .entities import EntityMatchers

log = logging.getLogger("caregraph")


@dataclass(slots=True)
class ExtractReport:
    """What an extraction did: per-document results, files skipped and warnings."""

    results: list[DocResult] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class Extractor:
    """The loaded pipeline and the compiled schema: built once per process."""

    def __init__(self, nlp: Language, schema: Schema) -> None:
        from .entities import compile_matchers

        self.nlp = nlp
        self.schema = schema
        self.matchers: EntityMatchers = compile_matchers(nlp.vocab, schema)

    def process_parsed(self, source: SourceDoc, doc: Doc) -> DocResult:
        """Entities and relations of one parsed document."""
        from .entities import find_mentions
        from .relations import find_relations
        from .resolve import entities_of_document

        def sentence_of(start: int, end: int) -> str:
            return source.to_original(start, end).strip()

        def evidence_of_mention(mention: Mention) -> str:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            sent = span.sent if span is not None else doc[:]
            start, end = evidence_bounds(doc.text, sent.start_char, sent.end_char, mention.start)
            return sentence_of(start, end)

        mentions = find_mentions(doc, self.matchers, doc_id=source.doc_id)
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


def extract(
    paths: Sequence[str | Path],
    *,
    extractor: Extractor,
    strict: bool = False,
    on_document: Callable[[DocResult], None] | None = None,
    on_skip: Callable[[str], None] | None = None,
) -> tuple[nx.MultiDiGraph, ExtractReport]:
    """Extract a graph from files and directories."""
    from .graph import build_graph

    schema = extractor.schema
    files = discover(paths, schema.ingest)
    # one file that cannot be read is the error itself, not a warning followed by
    # "no usable documents"
    strict = strict or len(files) == 1
    report = ExtractReport()
    sources = read_sources(files, schema, strict=strict, report=report, on_skip=on_skip)
    for result in extractor.process_sources(sources):
        report.results.append(result)
        if on_document:
            on_document(result)
    if not report.results:
        first = report.skipped[0] if report.skipped else "no documents"
        raise InputError(f"no usable documents ({first})")
    return build_graph(report.results, schema), report


def count_files(paths: Sequence[str | Path], schema: Schema) -> int:
    """How many files `extract` would read (for a progress bar)."""
    try:
        return len(discover(paths, schema.ingest))
    except CaregraphError:
        return 0
