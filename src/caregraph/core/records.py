"""Frozen records passed between the stages.

ingest -> SourceDoc; entities -> Mention; resolve -> Entity; relations -> Relation;
a whole document's extraction is a DocResult, which is what the cache stores and what
the graph is assembled from.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from .text import normalise_key


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of the cleaned text that stands verbatim (char for char) in the original."""

    clean_start: int
    orig_start: int
    length: int


@dataclass(frozen=True, slots=True)
class DocMetadata:
    """What is known about a document beyond its text. Every field is optional: most files
    tell little. `date` is the publication date as ISO YYYY-MM-DD."""

    title: str | None = None
    date: str | None = None
    url: str | None = None
    publisher: str | None = None

    def merged(self, override: DocMetadata) -> DocMetadata:
        """This metadata with every field that `override` sets taken from `override`
        (a sidecar table, written by a person, beats what a file's producer left in it)."""
        changes = {f.name: getattr(override, f.name) for f in fields(override)}
        return replace(self, **{k: v for k, v in changes.items() if v})

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))

    def items(self) -> list[tuple[str, str]]:
        """The fields that are set, in declaration order."""
        return [(f.name, getattr(self, f.name)) for f in fields(self) if getattr(self, f.name)]


@dataclass(frozen=True, slots=True)
class SourceDoc:
    """One input file, decoded and cleaned. Offsets of `text` map back to `original`.
    `pages` holds the offset in `original` where each page starts (paged formats: PDF);
    `path` is relative to the folder given on the command line."""

    doc_id: str
    path: str
    sha256: str
    original: str
    text: str
    segments: tuple[Segment, ...]
    warnings: tuple[str, ...] = ()
    pages: tuple[int, ...] = ()
    metadata: DocMetadata = field(default_factory=DocMetadata)

    def page_at(self, start: int) -> int | None:
        """The 1-based page holding offset `start` of the cleaned text, or None for an
        unpaged document."""
        if not self.pages:
            return None
        orig = start
        for seg in self.segments:
            if seg.clean_start + seg.length > start:
                orig = start - seg.clean_start + seg.orig_start if seg.clean_start <= start else seg.orig_start
                break
        else:
            if self.segments:
                last = self.segments[-1]
                orig = last.orig_start + last.length
        return max(1, bisect_right(self.pages, orig))

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
    page: int | None = None          # the page of `evidence` (paged formats)
    # (form, mentions) of the forms the text writes of an entity a gazetteer entry's name labels
    # ("HT" for "the Harbour Trust"): the graph labels it by a written form (graph/labels.py)
    written: tuple[tuple[str, int], ...] = ()

    def relabelled(self, label: str) -> Entity:
        """The entity labelled `label`, its old label an alias: no alias is the label but for
        case, and none is empty once normalised (graph/curation.py, graph/labels.py)."""
        aliases = {*self.aliases, self.label}
        return replace(self, label=label, aliases=tuple(sorted(
            a for a in aliases if normalise_key(a) and a.casefold() != label.casefold())))


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
    page: int | None = None          # the page of `evidence` (paged formats)
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
    metadata: DocMetadata = field(default_factory=DocMetadata)   # what the file says of itself

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
                    "written": tuple((f, int(n)) for f, n in e.get("written", ())),
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
            metadata=DocMetadata(**data.get("metadata") or {}),
        )
