"""A gazetteer form with the word "and" between two of its words is also named with an
ampersand ("Harbour & Westby" for "Harbour and Westby"), as bodies and places write their own
names; the label stays the entry's name. Entries and sentences are invented."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.tokens import Doc

from caregraph.core.schema import GazetteerEntry
from caregraph.extract.mentions.voters import compile_matchers, gazetteer_candidates

PLACE = GazetteerEntry(name="Harbour and Westby", type="Place", aliases=(), source="invented")
BODY = GazetteerEntry(name="Keel and Anchor Trust", type="Organisation", aliases=("KAT",), source="invented")
PROGRAMME = GazetteerEntry(name="Harbour Steps and Start", type="Initiative", aliases=(), source="invented")
PLAIN = GazetteerEntry(name="Westshire Landing", type="Place", aliases=(), source="invented")
INVENTED = (PLACE, BODY, PROGRAMME, PLAIN)


@pytest.fixture(scope="module")
def matchers(schema, vocab):
    return compile_matchers(vocab, dataclasses.replace(schema, gazetteer=INVENTED))


def found(matchers, vocab, sentence: str) -> list[tuple[str, str]]:
    words = sentence.split()
    doc = Doc(vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    return sorted((doc[c.start:c.end].text, c.name) for c in gazetteer_candidates(doc, matchers))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Councils such as Harbour & Westby took part .", [("Harbour & Westby", "Harbour and Westby")]),
    ("Councils such as Harbour and Westby took part .", [("Harbour and Westby", "Harbour and Westby")]),
    ("The Keel & Anchor Trust said so .", [("Keel & Anchor Trust", "Keel and Anchor Trust")]),
    ("Funding for Harbour Steps & Start grew .", [("Harbour Steps & Start", "Harbour Steps and Start")]),
])
def test_an_ampersand_names_the_entry_whose_form_has_and(matchers, vocab, sentence, expected):
    assert found(matchers, vocab, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Councils such as Harbour & Dover took part .",      # near miss: another second word
    "Funding for harbour steps & start grew .",          # a programme still needs its capitals
    "Westshire & Landing met .",                         # no "and" in the form: no ampersand variant
])
def test_near_misses_of_an_ampersand_form_name_nothing(matchers, vocab, sentence):
    assert found(matchers, vocab, sentence) == []
