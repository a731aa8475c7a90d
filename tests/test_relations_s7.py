"""Relation recall of session 7 (issue 15): shapes that state a relation plainly and that the
rules missed on real pages without gold, each with invented sentences of the same shape and
near misses that must not change (the trained pipeline: the shapes are whole sentences)."""

from __future__ import annotations

import pytest

from helpers import text_relations

pytestmark = pytest.mark.model


relations = text_relations


# --- an honorific between a post and the name ("Harbour Trust's CEO, Dr Jane Porter, said")


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Trust's chief executive, Dr Jane Porter, said the plan came too late.",
        "Responding to the plan, Chief Executive at Harbour Trust, Professor Jane Porter, said it came too late.",
        "The council asked the Director of Harbour Trust, Dame Jane Porter, to lead a study of carers.",
        "Harbour Trust chief executive Cllr Jane Porter said the plan came too late.",
    ],
)
def test_a_post_before_an_honorific_and_a_name(extractor, text):
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") in relations(extractor, text)


def test_a_name_with_an_honorific_alone_on_its_line_above_a_list_of_other_people_holds_no_post(extractor):
    # a list of members, one a line: the next line is another person's, not her post
    text = ("Present:\n\nMrs Jane Porter\n\nNon-Voting Members: Mrs Ann Reed (Westshire Governors Association)\n\n"
            "The minutes were agreed.")
    found = relations(extractor, text)
    assert ("Jane Porter", "ROLE_AT", "Westshire Governors Association") not in found


# --- a spaced dash between a name and its post ("Jane Porter – Chair of Y said:")


@pytest.mark.parametrize(
    "text",
    [
        "Jane Porter \u2013 Chair of the Harbour Trust said the review was thorough.",
        "Jane Porter - Director of Policy at the Harbour Trust. She joined in 2019.",
        "Answered by Jane Porter - Parliamentary Under-Secretary (Harbour Trust)\n\nThe trust will publish a plan.",
    ],
)
def test_a_spaced_dash_parts_a_name_from_its_post(extractor, text):
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a hyphen inside a word is no separator
        "Jane Porter-Smith visited the Harbour Trust and its director on Monday.",
        # the dash opens an aside with a verb: no post
        "The plan was backed by Jane Porter \u2013 who met the Harbour Trust \u2013 on Monday.",
    ],
)
def test_a_dash_that_parts_no_post_from_a_name(extractor, text):
    found = relations(extractor, text)
    assert not any(r == "ROLE_AT" and t == "Harbour Trust" for _, r, t in found)


def test_a_post_with_its_organisation_in_brackets_after_a_comma(extractor):
    text = "Jane Porter, Chief Executive (Harbour Trust), said the plan came too late."
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") in relations(extractor, text)


def test_a_post_that_names_its_body_holds_none_at_the_body_in_the_next_apposition(extractor):
    text = ("Jane Porter, Chair of the Westshire Investment Trust (WIT), the largest shareholder of the "
            "Northgate Fund, explained that the trust had agreed.")
    found = relations(extractor, text)
    assert ("Jane Porter", "ROLE_AT", "Westshire Investment Trust") in found
    assert ("Jane Porter", "ROLE_AT", "Northgate Fund") not in found


# --- a post the mention stage took into an organisation's name


def test_a_role_glued_to_another_organisations_name_is_a_post_at_that_organisation(extractor):
    text = ("The Westshire Carers Network (WCN) welcomed the plan on Monday.\n\n"
            "Jane Porter, Children's Services Spokesperson for the Westshire Carers Network, said: \"It is a start.\"")
    found = relations(extractor, text)
    assert ("Jane Porter", "ROLE_AT", "Westshire Carers Network") in found
    assert not any(r == "ROLE_AT" and "Spokesperson" in t for _, r, t in found)


def test_an_office_named_after_its_holder_stays_the_workplace(extractor):
    text = "Rachel Stone, Children's Commissioner for England, said the figures were alarming."
    assert ("Rachel Stone", "ROLE_AT", "Children's Commissioner for England") in relations(extractor, text)
