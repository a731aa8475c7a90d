"""Titles a span of years opens ("the 10 Year Westshire Plan", "the council's ten-year harbour
strategy"): a title from its number, in either case (mentions/numbered.py), on sentences
invented for these tests."""

from __future__ import annotations

import pytest


def entities(extractor, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.label: e.type for e in extractor.process_text(text, doc_id="t").entities}


@pytest.mark.model
def test_a_capitalised_title_keeps_its_number(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The Harbour Trust has published its response to the 10 Year Westshire Plan.")
    assert found.get("10 Year Westshire Plan") == "Publication"
    assert "Year Westshire Plan" not in found


@pytest.mark.model
def test_a_hyphenated_title_keeps_its_number(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Jane Doe said the 10-Year Coastal Plan would be a landmark for Eastborough.")
    assert found.get("10-Year Coastal Plan") == "Publication"


@pytest.mark.model
def test_a_lower_case_title_of_years_is_a_publication(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The Harbour Trust welcomed the government's ten-year harbour strategy on Monday.")
    assert found.get("ten-year harbour strategy") == "Publication"


@pytest.mark.model
def test_years_that_count_something_else_name_no_title(extractor) -> None:  # type: ignore[no-untyped-def]
    # near misses: the years after the noun, a count of years of something, a child's age
    for text in ("The Harbour Trust has a plan for the next 10 years in Eastborough.",
                 "After 10 years of planning, the Harbour Trust opened a new centre.",
                 "The 10 year old plan was found in the Eastborough archive.",
                 "The Harbour Trust drew up a 10-year plan for the Eastborough coast."):
        found = entities(extractor, text)
        assert "Publication" not in found.values(), (text, found)


@pytest.mark.model
def test_a_relation_reaches_the_whole_numbered_title(extractor) -> None:  # type: ignore[no-untyped-def]
    result = extractor.process_text(
        "Jane Doe, chief executive of the Harbour Trust, said the 10 Year Westshire Plan was a landmark moment.",
        doc_id="t")
    labels = {e.key: e.label for e in result.entities}
    objects = {labels.get(r.target) for r in result.relations if r.relation in ("SUPPORTS", "RESPONDED_TO")}
    assert "10 Year Westshire Plan" in objects, objects


# --------------------------------------------------------------------- "the Plan" after a title and its short form


def test_a_kind_noun_joins_the_longest_of_a_chain_of_names(schema) -> None:  # type: ignore[no-untyped-def]
    from helpers import document_entity, merged_groups

    ents = [document_entity("d#0", "10 Year Westshire Plan", "Publication"),
            document_entity("d#1", "10 Year Plan", "Publication"),
            document_entity("d#2", "Plan", "Publication")]
    assert merged_groups(schema, ents, scope="d") == [{"10 Year Westshire Plan", "10 Year Plan", "Plan"}]


def test_a_kind_noun_beside_two_unrelated_names_joins_neither(schema) -> None:  # type: ignore[no-untyped-def]
    from helpers import document_entity, merged_groups

    ents = [document_entity("d#0", "Westshire Coastal Plan", "Publication"),
            document_entity("d#1", "Eastborough Harbour Plan", "Publication"),
            document_entity("d#2", "Plan", "Publication")]
    groups = merged_groups(schema, ents, scope="d")
    assert {"Plan"} in groups, groups
