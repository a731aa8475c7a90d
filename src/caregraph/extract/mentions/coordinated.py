"""Names typed by the bodies they are listed with: in "work with the Harbour Trust, Kestrelwise
and the Westshire Society", a name nothing else types ("Kestrelwise": no head noun, no
gazetteer entry, at most NER's guess of a body) that stands next to a body the schema knows, in
one list of names joined by commas and "and", is a body too. Coordination joins like with like
(a list keeps one semantic class; Hearst 1992, Roark and Charniak 1998), so the known neighbour
lends its class. Only a brand-like name counts: none of its words is one the page also writes in
lower case ("Prevention" beside "prevention"), so a field or a remit listed with a body ("the
Harbour Trust and Prevention") stays untyped."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ...core.ontology import ORGANISATION
from ...core.schema import EntityRules
from ..syntax import ends_line
from .voters import Candidate

__all__ = ["KnownBodies", "known_bodies", "listed_with_a_body"]

# the words that join two items of a list of names, an article opening the next one
_JOINS = frozenset({",", "and", "&"})
_ARTICLES = frozenset({"the"})


@dataclass(frozen=True)
class KnownBodies:
    """The spans of a page's known bodies, by their start and by their end."""

    spans: frozenset[tuple[int, int]] = frozenset()
    by_start: dict[int, int] = field(default_factory=dict)
    by_end: dict[int, int] = field(default_factory=dict)


def known_bodies(doc: Doc, chosen: Iterable[Candidate], rules: EntityRules) -> KnownBodies:
    """The chosen names that are bodies by more than NER's guess: an organisation vote from the
    gazetteer, a head noun or a cue, and no other type's vote but NER's; not a name of generic
    words only ("Care & Councils" in a headline), which names no one body."""
    ner_weight = rules.weights["ner"]
    plain = rules.generic_words | rules.connectives
    spans = frozenset(
        (c.start, c.end) for c in chosen
        if any(t == ORGANISATION and w != ner_weight for t, w in c.votes)
        and not any(t != ORGANISATION and w != ner_weight for t, w in c.votes)
        and not all(t.lower_ in plain or not t.is_alpha for t in doc[c.start : c.end]))
    return KnownBodies(spans, {s: e for s, e in spans}, {e: s for s, e in spans})


def listed_with_a_body(doc: Doc, cand: Candidate, bodies: KnownBodies,
                       votes: Sequence[tuple[str, float]], ner_weight: float, lower_forms: set[str],
                       surnames: frozenset[str]) -> bool:
    """Is the name at `cand`, with no vote but NER's guess of a body, an item of a list of names
    whose item next to it (before or after, across a comma or "and", an article allowed) is a
    known body, on one line, with no word of it written in lower case on the page, nor a
    surname of a person the page names in full ("Jane Doe ... Doe and the Harbour Trust")?
    The list is a coordination the parse closes with "and" ("A, B and C"), not a heading's
    run of commas ("Harbour Bill, Second Reading, House of Westby, 8 May")."""
    if cand.name is not None or (cand.start, cand.end) in bodies.spans or not bodies.spans:
        return False
    if cand.end - cand.start == 1 and doc[cand.start].text in surnames:
        return False
    if any(t != ORGANISATION or w != ner_weight for t, w in votes):
        return False
    words = [t for t in doc[cand.start : cand.end] if t.is_alpha or any(ch.isalnum() for ch in t.text)]
    if not words or not all(t.text[:1].isupper() for t in words) or any(t.lower_ in lower_forms for t in words):
        return False
    if words[-1].pos_ not in ("PROPN", "NOUN"):
        return False  # "the Harbour Trust, Rural and Civic sectors": an adjective, no name
    if _modifies_a_noun(doc, cand.end):
        return False
    at = _neighbour_before(doc, cand.start, bodies.by_end)
    if at is None:
        at = _neighbour_after(doc, cand.end, bodies.by_start)
    return at is not None and _one_coordination(doc[cand.start : cand.end].root, doc[at[0] : at[1]])


def _one_coordination(a: Token, other: Span) -> bool:
    """Is a word a conjunct, with a word of the other name, of one coordination that "and" (or
    "&") closes? (The other name's conjunct may be its last word: "the Association of Westby
    Heads, Kestrelwise and ..." joins "Heads" and "Kestrelwise".)"""
    first = a
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    chain = [first]
    k = 0
    while k < len(chain):
        chain.extend(c for c in chain[k].children if c.dep_ == "conj")
        k += 1
    return any(t in chain for t in other) and any(c.dep_ == "cc" and c.lower_ in _JOINS for t in chain for c in t.children)


def _modifies_a_noun(doc: Doc, end: int) -> bool:
    """Does the list a name ends at `end` run on into a lower-case noun ("the Harbour Trust, Faith and
    Civic sectors", "Westby and Eastby councils")? Its items are the noun's modifiers, no names."""
    k = end
    while k < len(doc) and not ends_line(doc[k - 1]) and (
            doc[k].lower_ in _JOINS or doc[k].lower_ in _ARTICLES or doc[k].text[:1].isupper()):
        k += 1
    return k < len(doc) and not ends_line(doc[k - 1]) and doc[k].text.islower() and doc[k].pos_ == "NOUN"


def _neighbour_before(doc: Doc, start: int, ends: dict[int, int]) -> tuple[int, int] | None:
    """The known body that ends just before a name, across a join (and an article)."""
    k = start - 1
    if k >= 0 and doc[k].lower_ in _ARTICLES:
        k -= 1
    joined = False
    while k >= 0 and doc[k].lower_ in _JOINS and not ends_line(doc[k]):
        joined = True
        k -= 1
    if joined and k >= 0 and not ends_line(doc[k]) and (k + 1) in ends:
        return ends[k + 1], k + 1
    return None


def _neighbour_after(doc: Doc, end: int, starts: dict[int, int]) -> tuple[int, int] | None:
    """The known body that starts just after a name, across a join (and an article)."""
    k = end
    joined = False
    while k < len(doc) and doc[k].lower_ in _JOINS and not ends_line(doc[k - 1]):
        joined = True
        k += 1
    if k < len(doc) and doc[k].lower_ in _ARTICLES:
        k += 1
    if joined and k < len(doc) and not ends_line(doc[k - 1]) and k in starts:
        return k, starts[k]
    return None
