"""Words glued to a name's edges (issue 15, session 13): a time or a verb's third person before
"the" ("Today the ...", "and Chairs the ..."), a headline's capitalised "To" and its verb after a
body's name. Names and places are invented."""

from __future__ import annotations

import pytest

from helpers import text_entities as entities


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("Since then he has supported councils, and Chairs the Westby Consortium for Examination Results.",
     "Westby Consortium for Examination Results"),
    ("Today the Final Report of the Westby Review was published.", "Final Report of the Westby Review"),
    ("She also Backs the Harbour Family Trust in Westby.", "Harbour Family Trust"),
])
def test_a_word_before_the_opens_no_name(extractor, text, name):
    found = entities(extractor, text)
    assert name in found
    assert not any(label.split()[0] in ("Chairs", "Today", "Backs") for label in found)


@pytest.mark.model
def test_a_headline_verb_after_a_body_ends_its_name(extractor):
    found = entities(extractor, "Westby City Council To Treat Care Experience as a Protected Characteristic\n"
                                "Councillor Jane Porter introduced the motion.")
    assert found.get("Westby City Council") == "Organisation"
    assert not any("To Treat" in label for label in found)


@pytest.mark.model
def test_a_lower_case_to_inside_a_name_stays(extractor):
    assert "Coalition to End Child Poverty" in entities(extractor, "The Coalition to End Child Poverty welcomed it.")


@pytest.mark.model
def test_a_name_before_a_post_in_lower_case_is_a_person(extractor):
    found = entities(extractor, "Also on the board are:\n\n  • Isolde Brannagh, chief social worker for Westshire\n"
                                "  • Jane Porter, director of the Harbour Trust\n")
    assert found.get("Isolde Brannagh") == "Person"


@pytest.mark.model
def test_a_place_before_a_lower_case_post_is_no_person(extractor):
    found = entities(extractor, "In Manchester, senior leaders said the plan had worked.")
    assert found.get("Manchester") == "Place"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The strategy and its funding cover Phase One of our reforms.",
    "Councils in Wave 2 will start in April.",
])
def test_a_numbered_stage_alone_is_no_name(extractor, text):
    assert not any(label.split()[0] in ("Phase", "Wave") for label in entities(extractor, text))


@pytest.mark.model
def test_a_numbered_stage_before_a_head_stays(extractor):
    assert "Wave One Pathfinder" in entities(extractor, "The Wave One Pathfinder areas were named in May.")


@pytest.mark.model
def test_in_after_a_buildings_name_says_where_it_stands(extractor):
    found = entities(extractor, "Members are due to meet at Westby House in Carlisle next week.")
    assert found.get("Carlisle") == "Place"
    assert not any("in Carlisle" in label for label in found)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Author: Jane PorterPublished 16 hours ago\nThe Westshire Labour Group said the plan was good.",
    "By Jane PorterUpdated 2 June 2025\nThe Westshire Labour Group said the plan was good.",
])
def test_a_bylines_name_ends_before_a_stamp_it_runs_into(extractor, text):
    found = entities(extractor, text)
    assert found.get("Jane Porter") == "Person"
    assert not any("Published" in label or "Updated" in label for label in found)


@pytest.mark.model
def test_navigation_words_before_a_name_are_no_part_of_it(extractor):
    found = entities(extractor, "Home Local News Westshire Labour Group\nThe group said the plan was good.")
    assert "Westshire Labour Group" in found
    assert not any(label.startswith("Home") for label in found)


@pytest.mark.model
def test_one_navigation_word_may_open_a_name(extractor):
    found = entities(extractor, "The Local Government Association and the Home Office agreed.")
    assert {"Local Government Association", "Home Office"} <= set(found)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Labour Westshire County Councillors voted against the plan.",
    "Jane Porter and Tom Hale, Westshire MPs, said so.",
])
def test_a_name_ending_in_a_plural_post_is_no_person(extractor, text):
    found = entities(extractor, text)
    assert not any(label.endswith(("Councillors", "MPs")) for label in found)


@pytest.mark.model
def test_a_list_items_verb_and_its_plural_object_are_no_name(extractor):
    found = entities(extractor, "The manifesto pledges to:\n- Allow Councils to open new children's homes\n"
                                "- Give Councils more powers.\n")
    assert not any(label.startswith(("Allow", "Give")) for label in found)


@pytest.mark.model
def test_a_short_acronym_that_speaks_is_a_body_not_a_person(extractor):
    found = entities(extractor, "WCER said the results were late and that it would publish them in May.")
    assert found.get("WCER") == "Organisation"
