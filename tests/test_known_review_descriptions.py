"""Publications referred to by description (issue 15): a known review's short form in lower
case after "the" ("the harbour review") is that gazetteer entry, unless a complement or noun
makes it another review or the page names a review of its own; and a review named with a
possessive before its chair ("the Westshire Review's chair, Jane Porter") stays a publication.
Entries, names and sentences are invented."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.tokens import Doc

from caregraph.core.schema import GazetteerEntry
from caregraph.extract.mentions.voters import compile_matchers, gazetteer_candidates
from helpers import text_relations

WEST = GazetteerEntry(name="Westshire Harbour Review", type="Publication", aliases=("Harbour Review",),
                      source="invented", default=True)


@pytest.fixture(scope="module")
def matchers(schema, vocab):
    return compile_matchers(vocab, dataclasses.replace(schema, gazetteer=(WEST,)))


def linked(matchers, vocab, *sentences: str) -> list[str]:
    words: list[str] = []
    starts: list[bool] = []
    for sentence in sentences:
        tokens = sentence.split()
        words += tokens
        starts += [True] + [False] * (len(tokens) - 1)
    doc = Doc(vocab, words=words, sent_starts=starts)
    return [c.name for c in sorted(gazetteer_candidates(doc, matchers), key=lambda c: c.start)]


def test_a_definite_lower_case_description_is_the_known_review(matchers, vocab):
    assert linked(matchers, vocab, "Jane Porter said the harbour review was bold .") == ["Westshire Harbour Review"]


@pytest.mark.parametrize("sentence", [
    "Jane Porter said a harbour review was due .",             # not definite
    "Jane Porter led the harbour review into the closure .",   # a review of something else
    "Jane Porter chaired the harbour review meeting .",        # a noun goes on: another thing
])
def test_other_descriptions_are_not_the_known_review(matchers, vocab, sentence):
    assert linked(matchers, vocab, sentence) == []


def test_a_page_naming_its_own_review_keeps_the_description_for_it(matchers, vocab):
    assert linked(matchers, vocab, "The Eastby Review reported in May .", "Jane Porter said the harbour review was bold .") == []


def test_the_capitalised_short_form_still_links(matchers, vocab):
    assert linked(matchers, vocab, "The Eastby Review reported .", "The Harbour Review was bold .") == ["Westshire Harbour Review"]


@pytest.mark.model
def test_a_reviews_chair_leads_the_review(extractor):
    rels = text_relations(extractor, "The Westshire Review's chair, Jane Porter, said the changes were overdue.")
    assert ("Jane Porter", "LEADS", "Westshire Review") in rels
    assert ("Jane Porter", "ROLE_AT", "Westshire Review") not in rels


@pytest.mark.model
@pytest.mark.parametrize(("turn", "speaker"), [
    # a member's turn with a party tag in brackets
    ("Lord Hale of Eastby (LD)", "Lord Hale of Eastby"),
    # a turn opened by a post: the name in brackets speaks
    ("The Minister for Care (Baroness Kestrel) (Lab)", "Baroness Kestrel"),
])
def test_a_debate_turn_speaks_for_its_member(extractor, turn, speaker):
    text = ("Peers debate plan\n\nJane Smith\nThursday, May 25, 2023\n\n"
            f"{turn}: My Lords, I welcome the Westshire Strategy.\n")
    rels = {(s, r, o) for s, r, o in text_relations(extractor, text) if r == "SUPPORTS"}
    assert rels == {(speaker, "SUPPORTS", "Westshire Strategy")}


@pytest.mark.model
def test_words_after_a_bracket_make_no_turn(extractor):
    text = ("Plan criticised\n\nJane Smith\nThursday, May 25, 2023\n\n"
            "Tom Hale (Con) wrote to Ann Kestrel: I welcome the Westshire Strategy.\n")
    rels = {(s, r, o) for s, r, o in text_relations(extractor, text) if r == "SUPPORTS"}
    assert ("Tom Hale", "SUPPORTS", "Westshire Strategy") not in rels
