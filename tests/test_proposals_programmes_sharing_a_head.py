"""Two known programmes sharing a plural programme noun ("the Harbour Steps and Keel Lane
schemes") are two nodes, the gazetteer's, not one proposal of that wording: a call for them is
a call for each. A phrase with more words than the names, the shared noun and "and" is left
as it is. Entries and sentences are invented."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.tokens import Doc

from caregraph.core.schema import GazetteerEntry
from caregraph.extract.mentions.voters import compile_matchers, named_proposals
from caregraph.extract.proposals import RecommendationItem

STEPS = GazetteerEntry(name="Harbour Steps", type="Initiative", aliases=(), source="invented")
KEEL = GazetteerEntry(name="Keel Lane", type="Initiative", aliases=(), source="invented")
CIRCLES = GazetteerEntry(name="Family Circles", type="Initiative", aliases=(), source="invented")


@pytest.fixture(scope="module")
def matchers(schema, vocab):
    return compile_matchers(vocab, dataclasses.replace(schema, gazetteer=(STEPS, KEEL, CIRCLES)))


def _items(matchers, vocab, sentence: str, start: int, end: int) -> list[str]:  # type: ignore[no-untyped-def]
    words = sentence.split()
    doc = Doc(vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    items = named_proposals(doc, matchers, [RecommendationItem(start=start, end=end, trigger=2, recommender=0)])
    return [doc[i.start:i.end].text for i in items]


@pytest.mark.parametrize(("sentence", "end", "names"), [
    ("Westshire campaigns for the Harbour Steps and Keel Lane schemes to be funded .", 10,
     ["Harbour Steps", "Keel Lane"]),
    ("Westshire campaigns for Harbour Steps , Keel Lane and Family Circles programmes .", 12,
     ["Harbour Steps", "Keel Lane", "Family Circles"]),
])
def test_known_programmes_sharing_a_plural_noun_are_each_a_node(matchers, vocab, sentence, end, names):
    assert _items(matchers, vocab, sentence, 3, end) == names


@pytest.mark.parametrize(("sentence", "end"), [
    ("Westshire campaigns for the Harbour Steps and Keel Lane schemes in every region .", 13),
    ("Westshire campaigns for new Harbour Steps and Keel Lane schemes .", 10),
    ("Westshire campaigns for Harbour Steps and carers schemes .", 8),   # one known name only
    ("Westshire campaigns for Harbour Steps and Keel Lane funding .", 9),  # no programme noun
])
def test_any_other_phrase_holding_programmes_is_left_as_it_is(matchers, vocab, sentence, end):
    words = sentence.split()
    assert _items(matchers, vocab, sentence, 3, end) == [" ".join(words[3:end])]
