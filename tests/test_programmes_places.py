"""Programmes and places (session 9): a gazetteer form with its acronym in brackets inside it
("Harbour Board (HB) Pathfinder") and a place's name going on with "of" and another place's
("the South Harbour of Westland"). Entries, names and sentences are invented."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.tokens import Doc

from caregraph.core.schema import GazetteerEntry
from caregraph.extract.mentions.voters import compile_matchers, gazetteer_candidates

BOARDS = GazetteerEntry(name="Harbour Boards", type="Recommendation",
                        aliases=("Harbour Board", "HBs"), source="invented")
PATHFINDER = GazetteerEntry(name="Harbour Board Pathfinder", type="Initiative",
                            aliases=("Harbour Board Pathfinders", "Harbour Board pathfinder"), source="invented")
STEPS = GazetteerEntry(name="Strengthening Harbours and Keeping Families", type="Initiative", aliases=(), source="invented")
SOUTH = GazetteerEntry(name="South Harbour", type="Place", aliases=(), source="invented")
WESTLAND = GazetteerEntry(name="Westland", type="Place", aliases=(), source="invented")
INVENTED = (BOARDS, PATHFINDER, STEPS, SOUTH, WESTLAND)


@pytest.fixture(scope="module")
def matchers(schema, vocab):
    return compile_matchers(vocab, dataclasses.replace(schema, gazetteer=INVENTED))


def found(matchers, vocab, sentence: str) -> list[tuple[str, str]]:
    """(mention text, gazetteer name) of the outermost gazetteer candidates, in text order."""
    words = sentence.split()
    doc = Doc(vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    cands = list(gazetteer_candidates(doc, matchers))
    outer = [c for c in cands if not any(o.start <= c.start and c.end <= o.end and o is not c for o in cands)]
    return [(doc[c.start:c.end].text, c.name) for c in sorted(outer, key=lambda c: c.start)]


# ------------------------------------------------------------------ a bracketed acronym inside a form

@pytest.mark.parametrize(("sentence", "text"), [
    ("Westby joined the Harbour Board ( HB ) Pathfinder in May .", "Harbour Board ( HB ) Pathfinder"),
    ("Westby joined the Harbour Board ( HB ) pathfinder in May .", "Harbour Board ( HB ) pathfinder"),
    ("Two Harbour Board ( HB ) Pathfinders began .", "Harbour Board ( HB ) Pathfinders"),
])
def test_a_form_with_the_acronym_of_its_first_words_in_brackets_is_the_entry(matchers, vocab, sentence, text):
    assert found(matchers, vocab, sentence) == [(text, "Harbour Board Pathfinder")]


def test_an_acronym_of_the_capitalised_words_before_a_head_noun_is_part_of_the_mention(matchers, vocab):
    # the head noun after the form stays part of the mention
    assert found(matchers, vocab, "Westby runs the Strengthening Harbours and Keeping Families ( SHKF ) programme .") == [
        ("Strengthening Harbours and Keeping Families ( SHKF ) programme", "Strengthening Harbours and Keeping Families")]


@pytest.mark.parametrize("sentence", [
    "Westby joined the Harbour Board ( WB ) Pathfinder in May .",   # not its initials
    "Westby joined the Harbour Board ( hb ) Pathfinder in May .",   # no acronym
    "Westby joined the Harbour Board ( Westby ) Pathfinder in May .",
])
def test_a_bracket_that_spells_no_initials_of_the_form_makes_no_longer_match(matchers, vocab, sentence):
    assert ("Harbour Board Pathfinder" not in [name for _text, name in found(matchers, vocab, sentence)])


def test_an_acronym_after_the_whole_form_is_left_to_its_definition(matchers, vocab):
    # "Harbour Boards (HBs)": the bracket defines the acronym (resolve.py), no part of the mention
    assert found(matchers, vocab, "The review proposed Harbour Boards ( HBs ) .")[0] == ("Harbour Boards", "Harbour Boards")


# ------------------------------------------------------------------ a part of a place

def test_a_place_going_on_with_of_and_another_place_is_both(matchers, vocab):
    assert found(matchers, vocab, "Pathfinders began in the South Harbour of Westland .") == [
        ("South Harbour", "South Harbour"), ("Westland", "Westland")]


@pytest.mark.parametrize("sentence", [
    "The South Harbour of Westby Trust met .",       # a longer name: no place after "of"
    "The South Harbour of Westland Trust met .",     # the run goes on past the place
])
def test_a_place_opening_a_longer_name_is_still_no_mention(matchers, vocab, sentence):
    assert "South Harbour" not in [name for _text, name in found(matchers, vocab, sentence)]
