"""Whether a proposal phrase narrows a description the gazetteer knows: "an allowance for
harbour carers with a court order" holds the known form "allowance for harbour carers" but
proposes more than it; its own wording is the proposal, not the known one."""

from __future__ import annotations

from spacy.tokens import Doc

from ...core.ontology import INITIATIVE
from ...core.schema import EntityRules

# the dependencies of a noun's post-modifiers: a prepositional phrase, a clause on the noun
_POST_MODIFIERS = frozenset({"prep", "acl", "relcl"})

__all__ = ["narrowed_description", "shared_head_names"]


def narrowed_description(doc: Doc, start: int, end: int, limit: int) -> bool:
    """Is the known form at [start, end) a lower-case description ("allowance for harbour
    carers") whose noun phrase the text carries on past it, before `limit`, with a modifier
    of one of its words ("... with a court order")? A capitalised name ("Harbour Boards in
    every region") names its entry whatever follows; so does a description the phrase ends
    with, or one followed by something other than its own modifier ("... to run homes" as
    a clause of the verb). The description has a modifier of its own already (a preposition
    inside it): a bare compound ("five-year harbour framework") works as a name, and the phrase
    after it ("... for new carers") describes the known thing rather than narrowing it."""
    if end >= limit or any(c.isupper() for t in doc[start:end] for c in t.text):
        return False
    if not any(t.dep_ == "prep" and t.head.i < t.i for t in doc[start:end]):
        return False
    for k in range(start, end):
        for child in doc[k].rights:
            if child.i >= end and child.dep_ in _POST_MODIFIERS and child.right_edge.i < limit:
                return True
    return False


def shared_head_names(doc: Doc, start: int, end: int, known: list[tuple[int, int]], rules: EntityRules
                      ) -> list[tuple[int, int]]:
    """The known names of a phrase that is nothing but two or more of them sharing a plural
    programme noun ("the Harbour Steps and Keel Lane schemes", "Harbour Steps, Keel Lane and
    Family Circles programmes"): each is its own programme, the shared noun no part of either
    (the gazetteer's names). [] for any other phrase."""
    inside = [(s, e) for s, e in known if start <= s and e <= end]
    inside = [(s, e) for s, e in inside if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in inside)]
    if len(inside) < 2 or end - start < 2:
        return []
    last = doc[end - 1].lower_
    if not (last.endswith("s") and INITIATIVE in (rules.heads.get(last), rules.heads.get(last[:-1]))):
        return []
    covered = {k for s, e in inside for k in range(s, e)}
    if end - 1 in covered:
        return []
    for k in range(start, end - 1):
        if k not in covered and doc[k].lower_ not in ("the", "and", "or", ",", "both"):
            return []
    return inside
