"""Coordinated names (issue 15, session 13): names joined by "and" that share one plural kind of
body ("Westby and Eastby County Councils") are that many bodies; a singular kind after them may
be one joint body and stays whole. Names and places are invented."""

from __future__ import annotations

import pytest

from helpers import text_entities as entities


@pytest.mark.model
def test_two_places_sharing_a_plural_kind_are_two_councils(extractor):
    found = entities(extractor, "She led children's services at Westby and Eastby County Councils for ten years.")
    assert found.get("Westby County Council") == "Organisation"
    assert found.get("Eastby County Council") == "Organisation"
    assert not any("Councils" in label for label in found)


@pytest.mark.model
def test_a_list_of_known_places_before_a_plural_kind_are_councils_each(extractor):
    found = entities(extractor, "She was a director for ten years at North Somerset, Devon and "
                                "Cornwall County Councils.")
    for name in ("North Somerset County Council", "Devon County Council", "Cornwall County Council"):
        assert found.get(name) == "Organisation", name


@pytest.mark.model
def test_a_singular_kind_or_a_body_before_and_is_left_alone(extractor):
    found = entities(extractor, "Westby and Eastby Council said it was pleased. The Harbour Trust and "
                                "Westby City Councils met on Monday.")
    assert "Westby and Eastby Council" in found
    assert "Harbour Trust" in found
    assert "Harbour Trust City Council" not in found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The partnership between the Westshire Institute of Health and Kings College Eastborough was praised.",
    "Kings College Eastborough and Westshire Institute of Health signed the agreement.",
])
def test_and_between_two_whole_bodies_ends_the_first(extractor, text):
    found = entities(extractor, text)
    assert found.get("Westshire Institute of Health") == "Organisation"
    assert found.get("Kings College Eastborough") == "Organisation"


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("The Institute of Health and Care said it was pleased.", "Institute of Health and Care"),
    ("The Westby Health and Social Care Committee published a report.", "Westby Health and Social Care Committee"),
    ("The Department of Health and Social Care said so.", "Department of Health and Social Care"),
    ("The Royal College of Paediatrics and Child Health welcomed it.", "Royal College of Paediatrics and Child Health"),
    ("The House of Westby Education and Skills Committee met.", "House of Westby Education and Skills Committee"),
])
def test_a_remit_joined_by_and_stays_one_name(extractor, text, name):
    assert name in entities(extractor, text)


@pytest.mark.model
def test_a_list_of_places_before_a_singular_body_names_one_body(extractor):
    found = entities(extractor, "Our partners, Devon, Cornwall and Isles of Scilly Harbour Care Board and "
                                "Westby Police, will play a part.")
    assert found.get("Devon, Cornwall and Isles of Scilly Harbour Care Board") == "Organisation"
    assert found.get("Westby Police") == "Organisation"
    assert "Isles of Scilly Harbour Care Board" not in found


@pytest.mark.model
def test_a_list_of_places_alone_stays_places(extractor):
    found = entities(extractor, "He visited Devon, Cornwall and Somerset last week.")
    assert {found.get(p) for p in ("Devon", "Cornwall", "Somerset")} == {"Place"}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Jane Doe chairs the Harbour Trust. Doe and Barnardo said the plan would help families. Tom Barnardo agreed.",
    "Professor Jane Roe and Dr Tom Poe led the study. As Roe and Poe showed, children waited too long.",
    "Jane Roe and Tom Poe led the study. Roe and Poe (2019) found that children waited too long.",
])
def test_two_surnames_the_page_names_in_full_are_two_people_not_one_name(extractor, text):
    found = entities(extractor, text)
    assert not any(" and " in label for label in found), found
    assert sum(kind == "Person" for kind in found.values()) == 2, found


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("Jane Doe and Tom Roe are partners. Doe and Roe Solicitors advised the Harbour Trust.", "Doe and Roe Solicitors"),
    ("Jane Roe met Tom Poe. Roe and Poe LLP acted for the Harbour Trust.", "Roe and Poe LLP"),
    ("Jane Doe said so. The Doe and Roe Review was published in May. Tom Roe agreed.", "Doe and Roe Review"),
])
def test_a_firm_or_title_named_after_two_people_stays_one_name(extractor, text, name):
    assert name in entities(extractor, text)
