"""A back-reference of a local kind of place ("the borough", "the county") stands only for a
place of that kind: never a country, even when a country is the page's only place; a place of
no known kind (not in the gazetteer's groups, never called a borough or a city) is no answer."""

from __future__ import annotations

import pytest

from helpers import text_relations

pytestmark = pytest.mark.model


def _located(extractor, text: str) -> set[tuple[str, str, str]]:
    return {r for r in text_relations(extractor, text) if r[1] == "LOCATED_IN"}


def test_the_borough_is_not_a_country_named_in_passing(extractor) -> None:
    text = ("Jane Doe, head of early help at the Harbour Trust, gave an update on the Harbour Steps "
            "Programme hubs located in the borough.\n\nA delegation from Westland has also visited.")
    assert ("Harbour Steps Programme", "LOCATED_IN", "Westland") not in _located(extractor, text)


def test_the_borough_is_the_place_the_text_calls_a_borough(extractor) -> None:
    text = ("Family hubs have opened across the borough of Eastborough.\n\n"
            "A delegation from Westland has also visited.\n\n"
            "The Harbour Steps Programme is located in the borough.")
    assert _located(extractor, text) == {("Harbour Steps Programme", "LOCATED_IN", "Eastborough")}


def test_a_place_of_no_known_kind_is_no_borough(extractor) -> None:
    # Westby is neither in the gazetteer's groups nor called a borough, a town or a city
    text = ("Family hubs have opened in Westby.\n\n"
            "The Harbour Steps Programme is located in the borough.")
    assert not _located(extractor, text)


def test_a_nation_alone_is_no_region(extractor) -> None:
    text = ("Family hubs have opened across the whole of the UK.\n\n"
            "The Harbour Steps Programme is located in the region.")
    assert not _located(extractor, text)


def test_a_gazetteer_group_place_is_a_local_place(extractor, schema) -> None:
    # a one-word name of the gazetteer's groups of local areas (whichever the schema lists first)
    name = next(e.name for e in schema.gazetteer if e.group and " " not in e.name and not e.common)
    text = (f"The council has opened new family hubs in {name}.\n\n"
            "The Harbour Steps Programme is located in the borough.")
    assert _located(extractor, text) == {("Harbour Steps Programme", "LOCATED_IN", name)}


def test_local_kind_of_place(schema) -> None:
    """The schema's nouns of a local kind, and the gazetteer's groups of local areas."""
    assert {"borough", "county"} <= schema.relations.local_place_nouns
    assert "united kingdom" in schema.relations.national_places
    grouped = {e.name for e in schema.gazetteer if e.group}
    assert grouped and all(e.type == "Place" for e in schema.gazetteer if e.group)
    assert "United Kingdom" not in grouped
