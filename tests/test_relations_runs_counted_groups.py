"""A counted group of places or bodies ("the four authorities", "these five councils") stands for the
names of that many bodies or places named just before it (relations.yaml counted_groups,
context.py `counted`): each runs the programme its own sentence joins. "X successfully applied to
join Y" is a realised attempt (realising_words). Invented names; near misses must not fire."""

from __future__ import annotations

import pytest

from helpers import text_relations as relations

_FOUR = "Westshire Council, Eastborough Council, Northby Council and Southby Council"
_HUB = f"The Harbour Fostering Hub is a collaboration between {_FOUR}.\n\n"
_COUNCILS = {"Westshire Council", "Eastborough Council", "Northby Council", "Southby Council"}


def _runs(found, programme: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {s for s, rel, o in found if rel == "RUNS" and o == programme}


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The four authorities joined the Harbour Fostering Programme last year.",
        "The four authorities successfully applied last year to join the Harbour Fostering Programme.",
    ],
)
def test_a_counted_group_of_authorities_stands_for_the_bodies_listed_before(extractor, sentence) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, _HUB + sentence + "\n")
    assert _runs(found, "Harbour Fostering Programme") == _COUNCILS


@pytest.mark.model
def test_a_count_above_four_is_read(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The Harbour Fostering Hub is a collaboration between Westshire Council, Eastborough Council, "
            "Northby Council, Southby Council and Midtown Council.\n\n"
            "The five councils joined the Harbour Fostering Programme last year.\n")
    assert _runs(relations(extractor, text), "Harbour Fostering Programme") == _COUNCILS | {"Midtown Council"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # three bodies named, four counted: the group stands for nobody
        "The Harbour Fostering Hub is a collaboration between Westshire Council, Eastborough Council and "
        "Northby Council.\n\nThe four authorities joined the Harbour Fostering Programme last year.\n",
        # an attempt not said to have succeeded
        _HUB + "The four authorities applied last year to join the Harbour Fostering Programme.\n",
        # no count: "the authorities" is not a counted group
        _HUB + "The authorities joined the Harbour Fostering Programme last year.\n",
    ],
)
def test_near_misses_of_a_counted_group_run_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert _runs(relations(extractor, text), "Harbour Fostering Programme") == set()
