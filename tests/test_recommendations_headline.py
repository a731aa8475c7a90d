"""Headline proposals (session 9): a proposal the gazetteer knows by name is one node even where the
phrase the rules cut is only part of its name, and a publication that made a headline proposal
RECOMMENDS it on a page that names both (relations.yaml `known_relations` of RECOMMENDS, each with
its source). Invented entries and sentences, hand-built parses; the last group reads the
repository's own entries and facts with invented sentences."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.tokens import Doc

from caregraph.core.ontology import PUBLICATION, RECOMMENDATION
from caregraph.core.schema import GazetteerEntry
from caregraph.extract.mentions.voters import compile_matchers, named_proposals
from caregraph.extract.proposals import RecommendationItem
from helpers import hand_parse as parse
from helpers import relations_found as found
from helpers import text_recommendations, two_named_sentences, with_known_fact

LISTED = GazetteerEntry(name="harbour work as a listed trade", type="Recommendation",
                        aliases=("harbour work a listed trade",), source="invented")
BOARDS = GazetteerEntry(name="Harbour Boards", type="Recommendation", aliases=("harbour boards",), source="invented")


@pytest.fixture(scope="module")
def matchers(schema, vocab):
    return compile_matchers(vocab, dataclasses.replace(schema, gazetteer=(LISTED, BOARDS)))


def _doc(vocab, sentence: str) -> Doc:
    words = sentence.split()
    return Doc(vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))


def _item(start: int, end: int, recommender: int | None = 1) -> RecommendationItem:
    return RecommendationItem(start=start, end=end, trigger=2, recommender=recommender)


# ------------------------------------------------------------------ a phrase inside a known name

def test_a_phrase_inside_a_known_proposal_is_the_whole_name(matchers, vocab):
    doc = _doc(vocab, "The review suggests the country should recognise harbour work as a listed trade .")
    #                  0   1      2        3   4       5      6         7       8    9  10 11     12
    [item] = named_proposals(doc, matchers, [_item(11, 13)])   # "listed trade"
    assert doc[item.start:item.end].text == "harbour work as a listed trade"
    assert (item.trigger, item.recommender) == (2, 1)


def test_the_known_form_without_as_is_found_too(matchers, vocab):
    doc = _doc(vocab, "The review says ministers should make harbour work a listed trade .")
    [item] = named_proposals(doc, matchers, [_item(9, 11)])
    assert doc[item.start:item.end].text == "harbour work a listed trade"


@pytest.mark.parametrize(("sentence", "span"), [
    # a phrase that is no part of a known name stays as it is
    ("The review suggests the country should recognise shore work as a listed trade .", (11, 13)),
    # the same words outside the known name ("a listed trade" of another work)
    ("The review proposes a listed trade for dock work .", (3, 6)),
])
def test_a_phrase_outside_a_known_name_is_unchanged(matchers, vocab, sentence, span):
    doc = _doc(vocab, sentence)
    item = _item(*span)
    assert named_proposals(doc, matchers, [item]) == [item]


def test_a_phrase_holding_a_known_name_is_still_cut_to_it(matchers, vocab):
    doc = _doc(vocab, "The review recommends creating harbour boards in every port .")
    [item] = named_proposals(doc, matchers, [_item(3, 9)])
    assert doc[item.start:item.end].text == "harbour boards"


# ------------------------------------------------------------------ known RECOMMENDS facts

def _recommends(schema, subject: str = "Harbour Review", obj: str = "Harbour Boards"):  # type: ignore[no-untyped-def]
    return with_known_fact(schema, subject, "RECOMMENDS", obj)


def _two_sentences():  # type: ignore[no-untyped-def]
    """"Harbour Review was published . Harbour Boards were discussed ." """
    return two_named_sentences("Harbour Review", "Harbour Boards", verb="discussed", lemma="discuss", plural=True)


def test_a_known_recommendation_holds_where_both_are_named(vocab, schema):
    doc = parse(vocab, _two_sentences())
    names = [(0, 2, PUBLICATION), (5, 7, RECOMMENDATION)]
    assert ("Harbour Review", "RECOMMENDS", "Harbour Boards") in found(doc, names, _recommends(schema))
    assert ("Harbour Review", "RECOMMENDS", "Harbour Boards") not in found(doc, names, schema)


@pytest.mark.parametrize("names", [
    [(5, 7, RECOMMENDATION)],                           # the publication is not named
    [(0, 2, PUBLICATION)],                              # the proposal is not named
    [(0, 2, PUBLICATION), (5, 7, PUBLICATION)],         # typed otherwise: RECOMMENDS takes a proposal
])
def test_no_known_recommendation_without_both_named_as_such(vocab, schema, names):
    doc = parse(vocab, _two_sentences())
    assert not any(r == "RECOMMENDS" for _, r, _ in found(doc, names, _recommends(schema)))


# ------------------------------------------------------------------ the repository's entries (trained model)

@pytest.mark.model
def test_the_reviews_headline_proposal_is_credited_on_a_page_naming_both(extractor):
    text = ("The Harbour Trust read the Independent Review of Children's Social Care in full.\n\n"
            "Its members then visited one of the Regional Care Cooperatives in Westshire.\n")
    recs, relations = text_recommendations(extractor, text)
    assert "Regional Care Cooperatives" in recs
    assert ("Independent Review of Children's Social Care", "RECOMMENDS", "Regional Care Cooperatives") in relations


@pytest.mark.model
def test_a_headline_proposal_is_not_credited_to_another_publication(extractor):
    # the Bill made no such proposal: no fact, and nothing in the text says so
    text = ("The Harbour Trust read the Children's Wellbeing and Schools Bill in full.\n\n"
            "Its members then visited one of the Regional Care Cooperatives in Westshire.\n")
    _recs, relations = text_recommendations(extractor, text)
    assert not any(r == "RECOMMENDS" and t == "Regional Care Cooperatives" for _s, r, t in relations)


@pytest.mark.model
def test_a_lower_case_headline_proposal_is_one_node(extractor):
    text = ("The Westshire Review was published on Monday.\n\n"
            "The review suggests that the UK should be the first country to recognise care experience "
            "as a protected characteristic.\n")
    recs, relations = text_recommendations(extractor, text)
    assert recs == ["Care Experience as a Protected Characteristic"]
    assert ("Westshire Review", "RECOMMENDS", "Care Experience as a Protected Characteristic") in relations


@pytest.mark.model
def test_the_words_of_a_headline_proposal_in_another_sense_make_no_node(extractor):
    # "protected characteristic" on its own names the legal category, not the proposal
    text = "The Harbour Trust trains its staff on every protected characteristic under the Equality Act.\n"
    recs, _relations = text_recommendations(extractor, text)
    assert "Care Experience as a Protected Characteristic" not in recs


@pytest.mark.model
def test_the_five_year_framework_in_lower_case_is_the_social_workers_one(extractor):
    text = ("The Westshire Review was published on Monday.\n\n"
            "The review recommends a five-year early career framework for new social workers.\n")
    recs, relations = text_recommendations(extractor, text)
    assert recs == ["Early Career Framework"]
    assert ("Westshire Review", "RECOMMENDS", "Early Career Framework") in relations


@pytest.mark.model
def test_an_early_career_framework_without_its_five_years_is_no_headline_proposal(extractor):
    # the teachers' framework has the same words in lower case
    text = "Westshire Academy trains its new teachers under the early career framework.\n"
    recs, _relations = text_recommendations(extractor, text)
    assert "Early Career Framework" not in recs
