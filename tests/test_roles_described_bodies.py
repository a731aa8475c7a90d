"""A body the text introduces by a class noun ("social care charity Harbourlight", "Harbourlight,
a charity for carers", "Harbourlight is a charity") is the one "the charity" stands for later, on a
page naming other bodies too: "Jane Doe, the charity's chief executive" holds her post there. Two
bodies introduced by the same noun leave "the charity" unresolved. Invented names, whole pages
through the trained pipeline."""

from __future__ import annotations

import pytest

from helpers import role_pairs

_LATER = ("The Westshire Department's tender was worth up to two million pounds, and the Eastborough "
          "Foundation will evaluate the programme.\n\n"
          "Jane Doe, the charity's chief executive, said: \"There is much to do.\"\n")


@pytest.mark.model
@pytest.mark.parametrize(
    "opening",
    [
        "Social care charity Harbourlight is planning to expand after the Westshire Department awarded it a contract.",
        "Harbourlight, a charity for kinship carers, is planning to expand after winning a Westshire Department contract.",
        "Harbourlight is a charity for kinship carers. It won a contract from the Westshire Department.",
    ],
)
def test_the_charity_is_the_body_introduced_as_one(extractor, opening) -> None:  # type: ignore[no-untyped-def]
    roles = role_pairs(extractor, opening + "\n\n" + _LATER)
    assert ("Jane Doe", "Harbourlight") in roles
    assert ("Jane Doe", "Eastborough Foundation") not in roles


@pytest.mark.model
def test_two_bodies_introduced_as_charities_leave_the_charity_unresolved(extractor) -> None:  # type: ignore[no-untyped-def]
    opening = ("Social care charity Harbourlight and youth charity Marlow Aid will share a contract from the "
               "Westshire Department.")
    roles = role_pairs(extractor, opening + "\n\n" + _LATER)
    assert ("Jane Doe", "Harbourlight") not in roles
    assert ("Jane Doe", "Marlow Aid") not in roles
