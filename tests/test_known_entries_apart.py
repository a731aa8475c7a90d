"""Two gazetteer entries are never one entity (issue 15, session 10): whatever links their
mentions (an apposition, a name one document gave both, a short form), an entity labelled by
one entry's name never takes in an entity labelled by another's, within a document or across
documents. Two forms of one entry still merge. Entries and sentences are invented."""

from __future__ import annotations

import dataclasses

import pytest

from helpers import document_entity, marked_document, merged_groups

REVIEW = "Westshire Harbour Review"
STRATEGY = "Safe Harbours, Built on Trust"


@pytest.fixture()
def known(schema):
    """The schema with the two invented entries as its gazetteer's names."""
    return dataclasses.replace(schema, entities=dataclasses.replace(
        schema.entities, gazetteer_names=frozenset({REVIEW, STRATEGY})))


_REPLY = ("The council welcomed the response to the [Westshire Harbour Review|Publication], "
          "[Safe Harbours, Built on Trust|Publication].")


def test_an_apposition_does_not_join_two_entries(known):
    assert marked_document(known, _REPLY) == [{STRATEGY}, {REVIEW}]


def test_the_same_apposition_joins_names_no_entry_holds(schema):
    # the near miss: without the entries the apposition makes the two names one
    assert marked_document(schema, _REPLY) == [{REVIEW, STRATEGY}]


def test_one_entry_and_its_short_form_still_merge(known):
    groups = marked_document(known, "The [Westshire Harbour Review|Publication] reported in May. "
                                    "The [Harbour Review|Publication] found gaps.")
    assert groups == [{REVIEW, "Harbour Review"}]


@pytest.mark.parametrize("scope", ["d", ""])
def test_a_name_given_to_one_entry_is_no_bridge_to_another(known, schema, scope):
    # one document's entity of the strategy also carries the review's name (as a wrong link in
    # that document would leave it); another document names the review
    ents = [document_entity("d#0", STRATEGY, "Publication", aliases=(REVIEW,)),
            document_entity("e#1", REVIEW, "Publication")]
    assert merged_groups(known, ents, scope=scope) == [{STRATEGY}, {REVIEW}]
    # the near miss: the same shared name joins them where no entry holds either
    assert merged_groups(schema, ents, scope=scope) == [{STRATEGY, REVIEW}]


@pytest.mark.parametrize("scope", ["d", ""])
def test_an_unknown_name_between_two_entries_joins_only_one(known, scope):
    # "Harbour Paper" is a name of both entities of one document each: it may join one, never both
    ents = [document_entity("d#0", REVIEW, "Publication", aliases=("Harbour Paper",)),
            document_entity("d#1", "Harbour Paper", "Publication"),
            document_entity("e#2", STRATEGY, "Publication", aliases=("Harbour Paper",))]
    groups = merged_groups(known, ents, scope=scope)
    assert not any({REVIEW, STRATEGY} <= g for g in groups)


@pytest.mark.parametrize("scope", ["d", ""])
def test_two_documents_naming_one_entry_are_one_entity(known, scope):
    ents = [document_entity("d#0", REVIEW, "Publication", aliases=("Harbour Review",)),
            document_entity("e#1", REVIEW, "Publication")]
    assert merged_groups(known, ents, scope=scope) == [{REVIEW}]
