"""Known titles of the gazetteer among other names: a description of a publication that holds a
known title ("the Harbour Authority's market study of harbour homes provision") is that
publication, not a second one; a known title ending with a known place keeps its own type; a
known title "for" a known place is one mention of the title; an entry marked `capitals` is
named only with its capitals. Entries, names and sentences are invented."""

from __future__ import annotations

import dataclasses

import pytest

from caregraph.core.schema import GazetteerEntry

STUDY = GazetteerEntry(name="Harbour Homes Market Study", type="Publication",
                       aliases=("market study of harbour homes",), source="invented")
IN_PLACE = GazetteerEntry(name="Safe Harbours in Westshire", type="Publication", aliases=(), source="invented")
STRATEGY = GazetteerEntry(name="Harbour Care Strategy", type="Publication", aliases=(), source="invented")
WESTSHIRE = GazetteerEntry(name="Westshire", type="Place", aliases=(), source="invented")
SAFETY = GazetteerEntry(name="Harbour Safety in Westshire", type="Publication", aliases=(), source="invented",
                        capitals=True)
INVENTED = (STUDY, IN_PLACE, STRATEGY, WESTSHIRE, SAFETY)


@pytest.fixture(scope="module")
def invented_extractor(nlp, schema):  # type: ignore[no-untyped-def]
    from caregraph.extract.worker import Extractor

    return Extractor(nlp, dataclasses.replace(schema, gazetteer=schema.gazetteer + INVENTED))


def entities(extractor, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.label: e.type for e in extractor.process_text(text, doc_id="t").entities}


@pytest.mark.model
def test_a_description_holding_a_known_title_is_that_publication(invented_extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(invented_extractor,
                     "The Westby and Harbour Authority's market study of harbour homes provision found high profits.")
    assert found.get("Harbour Homes Market Study") == "Publication"
    assert found.get("Westby and Harbour Authority") == "Organisation"
    assert not [label for label in found if label.startswith("Westby and Harbour Authority's")]
    result = invented_extractor.process_text(
        "The Westby and Harbour Authority's market study of harbour homes provision found high profits.", doc_id="t")
    label = {e.key: e.label for e in result.entities}
    assert ("Westby and Harbour Authority", "AUTHORED", "Harbour Homes Market Study") in {
        (label[r.source], r.relation, label[r.target]) for r in result.relations}


@pytest.mark.model
def test_a_description_of_another_study_stays_its_own_publication(invented_extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(invented_extractor,
                     "The Westby and Harbour Authority's market study of dock homes found high profits.")
    assert found.get("Westby and Harbour Authority's market study of dock homes") == "Publication"
    assert "Harbour Homes Market Study" not in found


@pytest.mark.model
def test_a_known_title_ending_with_a_known_place_keeps_its_type(invented_extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(invented_extractor, "The charity cited safe harbours in Westshire in its evidence.")
    assert found.get("Safe Harbours in Westshire") == "Publication"


@pytest.mark.model
def test_a_known_title_for_a_known_place_is_the_title(invented_extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(invented_extractor, "The council welcomed the Harbour Care Strategy for Westshire today.")
    assert found.get("Harbour Care Strategy") == "Publication"
    assert "Harbour Care Strategy for Westshire" not in found


@pytest.mark.model
def test_a_known_title_for_something_else_is_a_longer_name(invented_extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(invented_extractor, "The council welcomed the Harbour Care Strategy for Families today.")
    assert "Harbour Care Strategy" not in found


@pytest.mark.model
def test_a_description_holding_a_name_the_gazetteer_does_not_know_keeps_its_own(invented_extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(invented_extractor, "It honours a pledge of the Harbour Party's 2019 General Election manifesto.")
    assert found.get("Harbour Party's 2019 General Election manifesto") == "Publication"


@pytest.mark.model
def test_an_entry_marked_capitals_is_named_only_with_them(invented_extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(invented_extractor, "The panel published Harbour Safety in Westshire in May.")
    assert found.get("Harbour Safety in Westshire") == "Publication"
    found = entities(invented_extractor, "Harbour safety in Westshire is a complex system of many agencies.")
    assert "Harbour Safety in Westshire" not in found
    # an entry without the mark is still matched in lower case
    found = entities(invented_extractor, "The charity cited safe harbours in Westshire in its evidence.")
    assert found.get("Safe Harbours in Westshire") == "Publication"
