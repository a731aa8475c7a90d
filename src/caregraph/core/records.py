"""Frozen records passed between the stages.

ingest -> SourceDoc; entities -> Mention; resolve -> Entity; relations -> Relation;
a whole document's extraction is a DocResult, which is what the cache stores and what
the graph is assembled from.
"""

from __future__ import annotations

import sys
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of the cleaned text that stands verbatim (char for char) in the original."""

    clean_start: int
    orig_start: int
    length: int


@dataclass(frozen=True, slots=True)
class SourceDoc:
    """One input file, decoded and cleaned. Offsets of `text` map back to `original`."""

    doc_id: str
    path: str
    sha256: str
    original: str
    text: str
    segments: tuple[Segment, ...]
    warnings: tuple[str, ...] = ()

    def to_original(self, start: int, end: int) -> str:
        """The original text behind the cleaned range [start, end): the source's own
        characters, without any boilerplate line that cleaning dropped in between."""
        pieces = []
        for seg in self.segments:
            lo = max(start, seg.clean_start)
            hi = min(end, seg.clean_start + seg.length)
            if lo < hi:
                offset = seg.orig_start - seg.clean_start
                pieces.append(self.original[lo + offset : hi + offset])
        return "".join(pieces) if pieces else self.text[start:end]


@dataclass(frozen=True, slots=True)
class Mention:
    """One span of a document that names an entity, with the type votes it carries."""

    doc_id: str
    start: int
    end: int
    text: str
    name: str
    votes: tuple[tuple[str, float], ...]
    rule: str
    sent: int = 0


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world entity: a node of the graph (or, per document, its local cluster)."""

    key: str
    label: str
    type: str
    aliases: tuple[str, ...]
    mentions: int
    documents: tuple[str, ...]
    evidence: str
    votes: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed, directed statement between two entities, with the sentence that says it."""

    source: str
    target: str
    relation: str
    evidence: str
    doc_id: str
    rule: str
    confidence: float = 1.0
    role: str | None = None
    predicate: str | None = None
    quote: str | None = None      # the words said, verbatim, for a speech relation


@dataclass(frozen=True, slots=True)
class DocResult:
    """Everything extracted from one document; the unit of caching and of assembly."""

    doc_id: str
    path: str
    sha256: str
    length: int
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocResult:
        # evidence sentences and keys recur across entities and relations: one object each
        intern = sys.intern
        entities = tuple(
            Entity(
                **{
                    **e,
                    "key": intern(e["key"]),
                    "evidence": intern(e["evidence"]),
                    "aliases": tuple(e["aliases"]),
                    "documents": tuple(e["documents"]),
                    "votes": tuple((t, float(w)) for t, w in e["votes"]),
                }
            )
            for e in data["entities"]
        )
        relations = tuple(
            Relation(**{**r, "source": intern(r["source"]), "target": intern(r["target"]),
                        "evidence": intern(r["evidence"])})
            for r in data["relations"]
        )
        return cls(
            doc_id=data["doc_id"],
            path=data["path"],
            sha256=data["sha256"],
            length=int(data["length"]),
            entities=entities,
            relations=relations,
            warnings=tuple(data.get("warnings", ())),
        )
