"""Review fixes of session 17 (second round): a title after an owner's possessive only past the
noun's own modifiers; what recommendations are "for" is a topic only without "a new" or, for an
improvement, an "in" complement; a verb that shares its object with the verb before it is no
measure of its own; the schema's words split or gathered once at load; an ampersand read as "and"
by one helper. Invented names and sentences."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest

from caregraph.core.schema import KNOWN_KIND
from caregraph.core.text import key_words
from caregraph.extract.relations.kinds.council import _gazetteer_places
from helpers import text_recommendations, text_relations


def _authored(extractor, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(s, t) for s, r, t in text_relations(extractor, text) if r == "AUTHORED"}


# -- a title after an owner's possessive: the scan steps over the noun's modifiers only


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Harbour Trust's response to the consultation paper Safe Harbours was published today.\n",
    "The Harbour Trust's reply on the paper Safe Harbours was published today.\n",
])
def test_a_preposition_or_an_article_ends_the_run_before_a_title(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Harbour Trust", "Safe Harbours") not in _authored(extractor, text)


@pytest.mark.model
def test_the_nouns_own_modifiers_still_lead_to_its_title(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The Harbour Trust's 2024 annual policy paper Safe Harbours was published today.\n"
    assert ("Harbour Trust", "Safe Harbours") in _authored(extractor, text)


# -- what recommendations are "for": a topic head names a measure with "a new" or, for an
# improvement, with an "in" complement naming what improves


@pytest.mark.model
@pytest.mark.parametrize(("text", "label"), [
    ("The panel made recommendations for a new harbour licensing system.", "new harbour licensing system"),
    ("The panel made recommendations for improvements in record keeping across ports.",
     "improvements in record keeping across ports"),
])
def test_a_new_system_or_improvements_in_something_are_proposals(extractor, text, label) -> None:  # type: ignore[no-untyped-def]
    recs, _ = text_recommendations(extractor, text)
    assert label in recs


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The panel made recommendations for the new system.",
    "The panel made recommendations for improvement to the council.",
])
def test_a_topic_without_them_is_still_no_proposal(extractor, text) -> None:  # type: ignore[no-untyped-def]
    recs, _ = text_recommendations(extractor, text)
    assert recs == []


# -- two verbs sharing one object: the second is no measure of its own


@pytest.mark.model
def test_the_second_of_two_verbs_sharing_an_object_is_no_stray_measure(extractor) -> None:  # type: ignore[no-untyped-def]
    recs, _ = text_recommendations(extractor, "Jane Doe urged ministers to draft and publish a skills strategy.")
    assert recs == ["draft and publish a skills strategy"]


@pytest.mark.model
def test_after_a_procedural_verb_the_second_verb_is_the_measure(extractor) -> None:  # type: ignore[no-untyped-def]
    recs, _ = text_recommendations(extractor, "The Harbour Trust urged the Office to review and publish the harbour rules.")
    assert "publish the harbour rules" in recs


# -- schema words made once at load


def test_acting_verbs_are_split_once_at_load(schema) -> None:  # type: ignore[no-untyped-def]
    phrases = schema.entities.acting_phrases
    assert ("act",) in phrases
    assert ("go", "further") in phrases
    assert len(phrases) == len(schema.entities.recommendation_words["acting_verbs"])


def test_the_known_pattern_ids_are_gathered_once(schema) -> None:  # type: ignore[no-untyped-def]
    expected = {p.id for p in schema.relations.patterns if p.kind == KNOWN_KIND}
    assert expected
    assert schema.relations.known_pattern_ids == expected


# -- an ampersand read as "and" by one helper; the gazetteer's places made per schema content


@pytest.mark.parametrize(("name", "words"), [
    ("Eastby & Westby Council", ["eastby", "and", "westby", "council"]),
    ("The Eastby and Westby Council", ["eastby", "and", "westby", "council"]),
])
def test_key_words_read_an_ampersand_as_and(name, words) -> None:  # type: ignore[no-untyped-def]
    assert key_words(name) == words


def test_gazetteer_places_follow_the_schemas_content(schema) -> None:  # type: ignore[no-untyped-def]
    assert _gazetteer_places(SimpleNamespace(schema=schema))
    empty = replace(schema, gazetteer=(), digest="another")
    assert _gazetteer_places(SimpleNamespace(schema=empty)) == []
    assert _gazetteer_places(SimpleNamespace(schema=schema))
