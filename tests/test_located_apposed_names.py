"""A body's name in apposition to a class noun that carries its place ("the UK's leading
fostering charity, the Harbour Trust, ...", "As the largest charity in Westshire, the Harbour
Trust, ..."): the body is located there, as it is with the apposition the other way round
("the Harbour Trust, the UK's leading charity"). Whole invented sentences through the trained
pipeline, with near misses that must find nothing."""

from __future__ import annotations

import pytest

from helpers import text_relations


def _located(extractor, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(s, t) for s, r, t in text_relations(extractor, text) if r == "LOCATED_IN"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UK's leading fostering charity, the Harbour Trust, welcomes the new funding.",
         {("Harbour Trust", "United Kingdom")}),
        ("Leeds's largest fostering charity, the Kestrel Society, has opened a new centre.",
         {("Kestrel Society", "Leeds")}),
        ("As the largest dedicated fostering charity in the UK, the Harbour Trust, we have helped families for years.",
         {("Harbour Trust", "United Kingdom")}),
    ],
)
def test_a_name_apposed_to_a_class_noun_with_a_place_is_located_there(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _located(extractor, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the class noun's own subject, no apposition: the body praised is elsewhere
        "The UK's leading fostering charity has praised the Harbour Trust.",
        # a place's possessive before a noun that is no class noun of a body
        "The UK's fostering sector, the Harbour Trust said, is under strain.",
    ],
)
def test_no_apposition_to_the_class_noun_locates_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert _located(extractor, text) == set()
