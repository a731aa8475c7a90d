"""The worker side of an extraction: ingest -> nlp -> proposals -> mentions -> resolve ->
relations for each document, one SourceDoc in, one DocResult out (`Extractor.process_batch`
over a few documents at a time). A process builds one Extractor per spec (`extractor_for`);
`run_batch` is the task the executors (run/executors.py) send it.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.evidence import evidence_bounds
from ..core.records import DocResult, Mention, SourceDoc
from ..core.schema import Schema
from ..errors import ModelError
from .ingest import parse_source
from .mentions import EntityMatchers, compile_matchers, find_mentions, named_proposals
from .nlp import load_pipeline, model_id, parse_texts
from .proposals import find_recommendations
from .relations import compile_rules, find_relations
from .resolve import entities_of_document
from .spec import ExtractorSpec, Outcome, failure
from .syntax import parsed_text, span_sent

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


# One Extractor per (model, model id, schema digest) per process: a worker loads the
# pipeline and compiles the schema once, whatever number of batches it runs.
_EXTRACTORS: dict[tuple[str, str, str], Extractor] = {}


def extractor_for(spec: ExtractorSpec) -> Extractor:
    """This process's Extractor for a spec, built on first use."""
    key = spec.cache_key
    extractor = _EXTRACTORS.get(key)
    if extractor is None:
        nlp = load_pipeline(spec.model)
        if model_id(nlp) != spec.model_id:
            raise ModelError(f"{spec.model}: this process has pipeline {model_id(nlp)}, "
                             f"the run expects {spec.model_id}")
        extractor = Extractor(nlp, spec.schema)
        _EXTRACTORS[key] = extractor
        _keep_out_of_collections()
    return extractor


def _keep_out_of_collections() -> None:
    """Leave the objects of the loaded pipeline and schema, which live as long as the process,
    out of the cyclic garbage collector's full collections (gc.freeze): each full collection
    during the run would otherwise walk all of them again. Garbage already unreachable is
    collected first, so nothing collectable is kept."""
    gc.collect()
    gc.freeze()


def run_batch(spec: ExtractorSpec, sources: Sequence[SourceDoc]) -> list[Outcome]:
    """The task a worker runs: extract a batch of documents with this process's Extractor."""
    return extractor_for(spec).process_batch(sources)


class Extractor:
    """The loaded pipeline and the compiled schema: built once per process."""

    def __init__(self, nlp: Language, schema: Schema) -> None:
        compile_rules(schema)
        self.nlp = nlp
        self.schema = schema
        self.matchers: EntityMatchers = compile_matchers(nlp.vocab, schema)

    def process_parsed(self, source: SourceDoc, doc: Doc) -> DocResult:
        """Entities and relations of one parsed document."""
        page_of: dict[str, int | None] = {}   # evidence sentence -> its page (paged formats)

        def sentence_of(start: int, end: int) -> str:
            # one string object per sentence, however many entities and relations cite it
            raw = source.to_original(start, end)
            sentence = sys.intern(raw.strip())
            if source.pages and sentence not in page_of:
                page_of[sentence] = source.page_at(start + len(raw) - len(raw.lstrip()))
            return sentence

        text = parsed_text(doc, source.text)   # Doc.text joins every token: not per mention, nor at all

        def evidence_of_mention(mention: Mention) -> str:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            sent = span_sent(span) if span is not None else doc[:]
            start, end = evidence_bounds(text, sent.start_char, sent.end_char, mention.start)
            return sentence_of(start, end)

        proposals = named_proposals(doc, self.matchers, find_recommendations(doc, self.schema.entities))
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
            publisher=source.metadata.publisher,
        )
        if page_of:
            entities = [replace(e, page=page_of.get(e.evidence)) for e in entities]
            relations = [replace(r, page=page_of.get(r.evidence)) for r in relations]
        return DocResult(
            doc_id=source.doc_id,
            path=source.path,
            sha256=source.sha256,
            length=len(source.original),
            entities=tuple(entities),
            relations=tuple(relations),
            warnings=source.warnings,
            metadata=source.metadata,
        )

    def process_batch(self, sources: Sequence[SourceDoc]) -> list[Outcome]:
        """Extract a few documents, in order; a document whose extraction raises gives a
        DocFailure and the others are still extracted."""
        outcomes: list[Outcome] = []
        try:
            for source, doc in parse_texts(self.nlp, ((s, s.text) for s in sources)):
                outcomes.append(self._guarded(source, doc))
        except Exception:  # noqa: BLE001 - a parse failed: isolate it, one document at a time
            for source in sources[len(outcomes):]:
                try:
                    _, doc = next(parse_texts(self.nlp, [(source, source.text)]))
                except Exception as exc:  # noqa: BLE001
                    outcomes.append(failure(source, exc))
                    continue
                outcomes.append(self._guarded(source, doc))
        return outcomes

    def _guarded(self, source: SourceDoc, doc: Doc) -> Outcome:
        try:
            return self.process_parsed(source, doc)
        except Exception as exc:  # noqa: BLE001 - one bad document must not end the run
            return failure(source, exc)

    def process_sources(self, sources: Iterable[SourceDoc], *, batch_size: int = 8) -> Iterator[DocResult]:
        """Parse and extract a stream of documents, in order."""
        for source, doc in parse_texts(self.nlp, ((s, s.text) for s in sources), batch_size=batch_size):
            yield self.process_parsed(source, doc)

    def process_text(self, text: str, *, doc_id: str = "text") -> DocResult:
        """Extract from a string (for tests and library users)."""
        source = parse_source(text.encode("utf-8"), path=Path(f"{doc_id}.txt"), rules=self.schema.ingest)
        return next(self.process_sources([source]))
