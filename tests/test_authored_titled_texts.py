"""A text named by its title right after its owner's noun of a text is the owner's: "the Harbour
Office's (HO) 2023 policy paper Safe Harbours" (the owner's possessive, its acronym in brackets, a
few lower-case words or a year, then the noun and the title, read in text order because the parser
hangs such titles anywhere), "its statutory guidance Keeping Harbours Safe" (title_nouns: a noun a
title may follow besides the Publication nouns of definite_references), and a passive clause's
"its/their" is its agent's ("the recommendations made by the Harbour Committee in their report
Y"). Whole invented sentences through the trained pipeline, with near misses that find nothing."""

from __future__ import annotations

import pytest

from helpers import text_relations


def _authored(extractor, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(s, t) for s, r, t in text_relations(extractor, text) if r == "AUTHORED"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner's acronym in brackets and a year between the possessive and the noun
        ("The Harbour Office's (HO) 2024 policy paper Keeping Harbours Safe sets out new duties for ports.\n",
         {("Harbour Office", "Keeping Harbours Safe")}),
        # the title between commas, an aside
        ("The Harbour Office's policy paper, Keeping Harbours Safe, set out new rules.\n",
         {("Harbour Office", "Keeping Harbours Safe")}),
        # a noun of title_nouns after "its", the clause's subject its owner
        ("The Harbour Office (HO) published the new iteration of its statutory guidance Keeping Harbours Safe "
         "in December 2023.\n",
         {("Harbour Office", "Keeping Harbours Safe")}),
        # a passive clause's "their": the agent's
        ("The ideas were put forward by the Harbour Committee in their paper Coastal Reform: Two Years On.\n",
         {("Harbour Committee", "Coastal Reform: Two Years On")}),
    ],
)
def test_a_title_after_its_owners_noun_is_the_owners(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _authored(extractor, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a name after the noun and a comma that opens the next clause names no title of the noun
        "After the Harbour Trust's report, Westshire Review found that boats were unsafe.\n",
        "After the Harbour Trust's consultation, Westshire Review was rewritten by the Westshire Office.\n",
        # a name after a preposition is the text's topic, not its title
        "The Harbour Trust's report on the Westshire Review was short.\n",
    ],
)
def test_no_title_after_the_owners_noun(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Harbour Trust", "Westshire Review") not in _authored(extractor, text)
