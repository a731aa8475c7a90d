"""Duplicates within one document (issue 15, session 22): a programme's name without its
descriptors that NER typed a body ("Westby Steps" of the page's "Westby Steps Programme"), the
longest of a chain of longer names a short one stands for, and an acronym that spells a name's
words before its complement ("HFG" for the "Harbour Families Group on Kinship Care"); and a wrong
merge: a paper named after a law's colon is no subtitle of the law. With the near misses that must
stay apart. Names are invented."""

from __future__ import annotations

import pytest

from helpers import document_entity, marked_document, merged_groups

_entity = document_entity


def _groups(entities, schema, *, scope: str = "d") -> list[set[str]]:
    return merged_groups(schema, entities, scope=scope)


@pytest.mark.parametrize(("entities", "expected"), [
    # a programme's name without its descriptor, typed a body
    ([("Westby Steps", "Organisation"), ("Westby Steps Programme", "Initiative")],
     [{"Westby Steps", "Westby Steps Programme"}]),
    # ... and a proposal's
    ([("Harbour Voice", "Organisation"), ("Harbour Voice Model", "Recommendation")],
     [{"Harbour Voice", "Harbour Voice Model"}]),
    # the longest of a chain: "Westby Steps Programme" is a short form of the partnership programme
    ([("Westby Steps", "Organisation"), ("Westby Steps Programme", "Initiative"),
      ("Westby Steps Partnership Programme", "Initiative")],
     [{"Westby Steps", "Westby Steps Programme", "Westby Steps Partnership Programme"}]),
])
def test_a_programmes_name_without_its_descriptors_is_the_programme_in_one_document(schema, entities, expected):
    ents = [_entity(f"d#{i}", label, type_) for i, (label, type_) in enumerate(entities)]
    assert _groups(ents, schema) == expected


@pytest.mark.parametrize("entities", [
    # a body with a head noun of its own and a programme named after it
    [("Harbour Trust", "Organisation"), ("Harbour Trust Programme", "Initiative")],
    # a longer name that adds more than descriptors: a body's programme of its own
    [("Harbour Together", "Organisation"), ("Harbour Together Sunday", "Initiative")],
    # an acronym first
    [("WCC Steps", "Organisation"), ("WCC Steps Programme", "Initiative")],
    # a paper is not a programme (a body's response: `_title_opening` has the papers)
    [("Harbour Voice", "Organisation"), ("Harbour Voice Response", "Publication")],
    # two longer names that are no chain: which one?
    [("Westby Steps", "Organisation"), ("Westby Steps Programme", "Initiative"),
     ("Westby Steps Pilot", "Initiative")],
])
def test_a_body_and_a_longer_name_of_another_kind_stay_apart(schema, entities):
    ents = [_entity(f"d#{i}", label, type_) for i, (label, type_) in enumerate(entities)]
    assert _groups(ents, schema) == sorted(({label} for label, _ in entities), key=sorted)


def test_a_programmes_name_without_its_descriptors_across_documents_stays_apart(schema):
    ents = [_entity("a#0", "Westby Steps", "Organisation"), _entity("b#0", "Westby Steps Programme", "Initiative")]
    assert len(_groups(ents, schema, scope="")) == 2


@pytest.mark.parametrize(("entities", "expected"), [
    ([("HFG", "Organisation"), ("Harbour Families Group on Kinship Care", "Organisation")], 1),
    ([("HFG", "Organisation"), ("Harbour-Families Group for Children", "Organisation")], 1),
    # a complement in lower case: a description of the group, no part of a name it shortens
    ([("HFG", "Organisation"), ("Harbour Families Group for local children", "Organisation")], 2),
    # another type: a place's acronym is no body's
    ([("WC", "Place"), ("Westby Council for Harbours", "Organisation")], 2),
    # two names it spells so: which one?
    ([("HFG", "Organisation"), ("Harbour Families Group on Kinship Care", "Organisation"),
      ("Harbour Fostering Group for Children", "Organisation")], 3),
])
def test_an_acronym_for_a_names_words_before_its_complement(schema, entities, expected):
    ents = [_entity(f"d#{i}", label, type_) for i, (label, type_) in enumerate(entities)]
    assert len(_groups(ents, schema)) == expected


def test_an_acronym_for_a_names_words_before_its_complement_only_within_a_document(schema):
    ents = [_entity("a#0", "HFG", "Organisation"), _entity("b#0", "Harbour Families Group on Kinship Care", "Organisation")]
    assert len(_groups(ents, schema, scope="")) == 2


@pytest.mark.parametrize(("marked", "expected"), [
    # a title and its subtitle after a colon: one publication
    ("[Safe at Home|Publication]: [Delivery Plan|Publication] was published in 2025.", 1),
    # a law has no subtitle: what follows its colon is a paper about it
    ("[Westshire Children Bill|Publication]: [Second Reading Briefing|Publication] was published in 2025.", 2),
    ("[Westshire Children Act 2025|Publication]: [Guide for Harbour Councils|Publication] was published.", 2),
])
def test_a_subtitle_after_a_colon_is_its_title_unless_the_title_is_a_law(schema, marked, expected):
    assert len(marked_document(schema, marked)) == expected
