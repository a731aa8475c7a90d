"""A programme's name the page writes with its capitals, then repeats in lower case ("The
Harbour Steps scheme ... will open harbour steps"), is a mention of the programme there too;
never a kind ("a harbour step"), an activity ("supporting ..."), nor on a page that never writes
the capitals. Entries and sentences are invented."""

from __future__ import annotations

import dataclasses

import pytest

from caregraph.core.schema import GazetteerEntry
from caregraph.extract.mentions.voters import compile_matchers, gazetteer_candidates

PROGRAMME = GazetteerEntry(name="Harbour Steps", type="Initiative", aliases=("Harbour Step",), source="invented")
ACTIVITY = GazetteerEntry(name="Mooring Families", type="Initiative", aliases=(), source="invented")


@pytest.fixture(scope="module")
def matchers(schema, nlp):
    return compile_matchers(nlp.vocab, dataclasses.replace(schema, gazetteer=(PROGRAMME, ACTIVITY)))


def found(matchers, nlp, text: str) -> list[str]:
    doc = nlp(text)
    return sorted(doc[c.start:c.end].text for c in gazetteer_candidates(doc, matchers))


@pytest.mark.model
def test_a_lower_case_repeat_of_a_capitalised_programme_names_it(matchers, nlp):
    text = ("The Harbour Steps scheme is funded by Westshire Council. "
            "The council will open harbour steps in Eastborough by March.")
    assert found(matchers, nlp, text) == ["Harbour Steps scheme", "harbour steps"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "repeat"), [
    # a capital only the place gives the first word: opening a sentence, a quotation, a line
    ("The Harbour Steps scheme is funded. Harbour steps will open in Eastborough.", "Harbour steps"),
    ("The Harbour Steps scheme is funded.\n\u2018Harbour steps bring services together,\u2019 she said.", "Harbour steps"),
    ("The Harbour Steps scheme is funded.\nHarbour steps open in March\n", "Harbour steps"),
])
def test_a_repeat_capitalised_only_by_its_place_names_the_programme(matchers, nlp, text, repeat):
    assert repeat in found(matchers, nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the first word's capital inside a sentence is a name's, not the place's
    "The Harbour Steps scheme is funded. Jane Doe visited Westshire Harbour steps in Eastborough.",
])
def test_a_capitalised_first_word_inside_a_sentence_is_no_repeat(matchers, nlp, text):
    assert not any(name.endswith("Harbour steps") for name in found(matchers, nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The council will open harbour steps in Eastborough by March.",  # the page never writes the capitals
    "The Harbour Steps scheme is funded. Each town will have a harbour step by March.",  # a kind
    "The Mooring Families scheme is funded. It is about mooring families in Eastborough.",  # an activity
])
def test_a_lower_case_phrase_without_the_pages_capitals_or_as_a_kind_is_not(matchers, nlp, text):
    assert all(name[:1].isupper() for name in found(matchers, nlp, text))
