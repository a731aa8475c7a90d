"""Names typed by the bodies they are listed with (issue 15, session 22): a one-word brand nothing
else types ("Kestrelwise", "Step2Care"), listed next to a body the schema knows by its head
noun or the gazetteer, is a body too; a person, a place or a word the page also writes in lower
case listed so is not. Names and places are invented."""

from __future__ import annotations

import pytest

from helpers import text_entities as entities


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("The charity said it would work with the Westshire Society, Kestrelwise, Eastborough Council and the Harbour "
     "Foundation to deliver the programme.", "Kestrelwise"),
    ("The charity said it would work with the Westshire Society, Step2Care and the Eastborough Foundation "
     "to deliver the programme.", "Step2Care"),
    ("The Harbour Trust has collaborated with the Eastborough Foundation and Brightwater to run the new "
     "scheme.", "Brightwater"),
])
def test_a_brand_listed_next_to_a_known_body_is_a_body(extractor, text, name):
    assert entities(extractor, text).get(name) == "Organisation"


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The charity said it would work with the Westshire Society, Jane Doe and the Eastborough Foundation "
     "to deliver the programme.", "Jane Doe", "Person"),
    ("The charity works with the Westshire Society and Eastborough Council in Westshire and Eastborough.",
     "Eastborough Council", "Organisation"),
])
def test_a_person_or_a_body_listed_with_bodies_keeps_its_own_type(extractor, text, name, kind):
    assert entities(extractor, text).get(name) == kind


@pytest.mark.model
def test_a_word_the_page_writes_in_lower_case_is_no_body_for_its_list(extractor):
    found = entities(extractor, "The plan names the Westshire Society, Outreach and the Eastborough Foundation. "
                                "Their outreach work starts in May.")
    assert "Outreach" not in found


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    # a heading's run of commas is no coordination
    ("Harbour Homes Bill, Second Reading, Westshire County Council, 8 January 2031", "Second Reading"),
    # a surname of a person the page names in full
    ("The Committee will question chief inspector Amanda Kestrelwise on the plan. The Committee will ask "
     "Kestrelwise and the Westshire Society's director, Jane Doe, about it.", "Kestrelwise"),
    # a law report's "and another" after the party it joins
    ("It was held in R (On the Application Of) v Westshire County Council & Anor [2031] EWHC 9999.", "Anor"),
])
def test_no_body_for_a_heading_item_or_a_surname(extractor, text, name):
    assert entities(extractor, text).get(name) != "Organisation"
