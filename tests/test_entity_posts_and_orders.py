"""Posts and court orders named without a holder or a title of their own (session 9): a capitalised
name headed by a post's noun ("Virtual School Head", "Project Worker", "Head of Service") or by the
kind of a court's order ("Interim Care Orders") is no entity, whatever NER calls it; a body or a text
with such a word inside, a person, a newspaper and an instrument with its year stay. Names and
sentences invented for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from caregraph.extract.mentions.choose import _a_role_or_order

_VOCAB = spacy.blank("en").vocab


def _span(words: list[str], start: int = 0, end: int | None = None):  # type: ignore[no-untyped-def]
    doc = Doc(_VOCAB, words=words)
    return doc[start : len(words) if end is None else end]


@pytest.mark.parametrize("words", [
    ["Virtual", "School", "Head"],
    ["Project", "Worker"],
    ["Independent", "Chair"],
    ["Head", "of", "Westby", "Services"],
    ["Minister", "for", "Harbour", "Affairs", "(", "2019", "-", "2021", ")"],
    ["Interim", "Care", "Orders"],
    ["Special", "Harbour", "Order"],
    ["Applicant"],
])
def test_a_post_or_an_order_without_a_name_is_a_role(schema, words):
    assert _a_role_or_order(_span(words), schema.entities)


@pytest.mark.parametrize("words", [
    ["Association", "of", "Westby", "Directors"],      # a body's head noun before "of"
    ["Westby", "Managers", "Network"],                   # a body's head noun last
    ["Harbour", "Care", "Order", "2024"],                # an instrument's title with its year
    ["Jane", "Head"],                                    # a given name: a person
    ["Westby", "Guardian"],                              # a newspaper ("Guardian" is a body's head)
    ["Children", "'s", "Commissioner"],                  # an office, not a post noun here
    ["Harbour", "Teaching", "Review"],                   # a text's head noun
    ["Westby", "Chair", "Awards"],                       # an initiative's head noun
    ["HFT", "Officer", "for", "Policy"],                 # a body's acronym opens the post
])
def test_a_name_of_a_body_a_text_or_a_person_is_no_role(schema, words):
    assert not _a_role_or_order(_span(words), schema.entities)


def test_the_head_before_of_counts_only_for_the_first_of(schema):
    # "Director of the Office for Westby": a body's head noun anywhere before the first "of" is
    # what head_type reads; the post noun before the first "of" is the head here
    assert _a_role_or_order(_span(["Director", "of", "Westby", "Care"]), schema.entities)
    assert not _a_role_or_order(_span(["Office", "of", "the", "Westby", "Director"]), schema.entities)


def _entities(extractor, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.label: e.type for e in extractor.process_text(text, doc_id="t").entities}


@pytest.mark.model
def test_posts_and_orders_in_running_text_are_no_nodes(extractor):
    found = _entities(extractor,
                      "The Virtual School Head wrote to the Harbourside Trust in March. The Project Worker "
                      "and the Independent Chair met Jane Porter, who chairs Westshire Council. The court "
                      "made Interim Care Orders for both children.")
    assert "Virtual School Head" not in found
    assert "Project Worker" not in found
    assert "Independent Chair" not in found
    assert "Interim Care Orders" not in found
    assert found.get("Jane Porter") == "Person"
    assert found.get("Westshire Council") == "Organisation"


@pytest.mark.model
def test_a_holder_named_after_the_post_is_still_a_person(extractor):
    found = _entities(extractor, "Virtual School Head Jane Porter said the Harbour Fund helps carers.")
    assert found.get("Jane Porter") == "Person"
