"""Whether a proposal phrase narrows a description the gazetteer knows: "an allowance for
harbour carers with a court order" holds the known form "allowance for harbour carers" but
proposes more than it; its own wording is the proposal, not the known one."""

from __future__ import annotations

from spacy.tokens import Doc

# the dependencies of a noun's post-modifiers: a prepositional phrase, a clause on the noun
_POST_MODIFIERS = frozenset({"prep", "acl", "relcl"})

__all__ = ["narrowed_description"]


def narrowed_description(doc: Doc, start: int, end: int, limit: int) -> bool:
    """Is the known form at [start, end) a lower-case description ("allowance for harbour
    carers") whose noun phrase the text carries on past it, before `limit`, with a modifier
    of one of its words ("... with a court order")? A capitalised name ("Harbour Boards in
    every region") names its entry whatever follows; so does a description the phrase ends
    with, or one followed by something other than its own modifier ("... to run homes" as
    a clause of the verb)."""
    if end >= limit or any(c.isupper() for t in doc[start:end] for c in t.text):
        return False
    for k in range(start, end):
        for child in doc[k].rights:
            if child.i >= end and child.dep_ in _POST_MODIFIERS and child.right_edge.i < limit:
                return True
    return False
