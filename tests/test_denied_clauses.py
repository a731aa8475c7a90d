"""quotation.denied: a content clause that denies or undoes what it names (negated, a verb of
undoing, a verb of not doing, "yet to"), read from hand-built parses; a feeling about such a
clause is no welcome of its object (the quote, feeling and reaction kinds)."""

from __future__ import annotations

import pytest

from caregraph.extract.relations.kinds.quotation import denied
from helpers import hand_parse

# "we are pleased that the council <clause> the Harbour Programme": rows from the clause's
# verb on; the clause's verb is token 3 ("that" 0, "the" 1, "council" 2)
_OPEN = [("that", 3, "mark", "SCONJ", "that"), ("the", 2, "det", "DET", "the"), ("council", 3, "nsubj", "NOUN", "council")]


def _clause(vocab, rest):  # type: ignore[no-untyped-def]
    return hand_parse(vocab, [*_OPEN, *rest])[3]


@pytest.mark.parametrize(
    "rest",
    [
        # "... has not committed to Y"
        [("committed", 3, "ROOT", "VERB", "commit"), ("not", 3, "neg", "PART", "not"), ("to", 3, "prep", "ADP", "to"),
         ("Y", 5, "pobj", "PROPN", "Y")],
        # "... scrapped Y"
        [("scrapped", 3, "ROOT", "VERB", "scrap"), ("Y", 3, "dobj", "PROPN", "Y")],
        # "... failed to commit to Y"
        [("failed", 3, "ROOT", "VERB", "fail"), ("to", 5, "aux", "PART", "to"), ("commit", 3, "xcomp", "VERB", "commit"),
         ("to", 5, "prep", "ADP", "to"), ("Y", 6, "pobj", "PROPN", "Y")],
        # "... has yet to commit to Y"
        [("has", 3, "ROOT", "VERB", "have"), ("yet", 3, "advmod", "ADV", "yet"), ("to", 6, "aux", "PART", "to"),
         ("commit", 3, "xcomp", "VERB", "commit"), ("to", 6, "prep", "ADP", "to"), ("Y", 7, "pobj", "PROPN", "Y")],
        # "... decided to scrap Y": undoing along the chain of open complements
        [("decided", 3, "ROOT", "VERB", "decide"), ("to", 5, "aux", "PART", "to"), ("scrap", 3, "xcomp", "VERB", "scrap"),
         ("Y", 5, "dobj", "PROPN", "Y")],
    ],
)
def test_a_clause_that_denies_or_undoes_is_denied(vocab, schema, rest):
    assert denied(schema.relations, _clause(vocab, rest))


@pytest.mark.parametrize(
    "rest",
    [
        # near misses: "... has committed to Y", "... decided to extend Y", "... has already committed to Y"
        [("committed", 3, "ROOT", "VERB", "commit"), ("to", 3, "prep", "ADP", "to"), ("Y", 4, "pobj", "PROPN", "Y")],
        [("decided", 3, "ROOT", "VERB", "decide"), ("to", 5, "aux", "PART", "to"), ("extend", 3, "xcomp", "VERB", "extend"),
         ("Y", 5, "dobj", "PROPN", "Y")],
        [("committed", 3, "ROOT", "VERB", "commit"), ("already", 3, "advmod", "ADV", "already"),
         ("to", 3, "prep", "ADP", "to"), ("Y", 5, "pobj", "PROPN", "Y")],
    ],
)
def test_a_clause_that_carries_its_object_forward_is_not_denied(vocab, schema, rest):
    assert not denied(schema.relations, _clause(vocab, rest))
