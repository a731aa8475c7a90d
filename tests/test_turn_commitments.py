"""A speaker's commitment in her own turn of a debate (issue 15): "we have committed to
implement the recommendations of Y", "we will take forward Y" is her support of Y; not hedged,
negated or conditional, not outside a turn. Names, places and sentences are invented."""

from __future__ import annotations

import pytest

from helpers import text_relations

_HEAD = ("Peers debate the review\n\nJane Smith\nThursday, May 25, 2023\n\n"
         "Lord Hale of Eastby (LD): My Lords, what will the Government do about the Westshire Review?\n\n")


def supports(extractor, turn: str) -> set[tuple[str, str, str]]:
    text = _HEAD + "The Minister for Care (Baroness Kestrel) (Lab): " + turn + "\n"
    return {(s, r, o) for s, r, o in text_relations(extractor, text) if r == "SUPPORTS" and s == "Baroness Kestrel"}


@pytest.mark.model
@pytest.mark.parametrize("turn", [
    "My Lords, we have committed to implement the recommendations of the Westshire Review.",
    "My Lords, we will take forward the Westshire Review.",
    "My Lords, the Westshire Review made many recommendations. We have made a commitment to implement "
    "each one of those recommendations.",
])
def test_a_ministers_commitment_in_her_turn_is_support(extractor, turn):
    assert supports(extractor, turn) == {("Baroness Kestrel", "SUPPORTS", "Westshire Review")}


@pytest.mark.model
@pytest.mark.parametrize("turn", [
    "My Lords, we have not committed to implement the recommendations of the Westshire Review.",
    "My Lords, we could take forward the Westshire Review if the funding allows.",
    "My Lords, councils will take forward the Westshire Review.",
    "My Lords, we will consider the recommendations of the Westshire Review.",
])
def test_a_hedged_negated_or_anothers_commitment_is_none(extractor, turn):
    assert supports(extractor, turn) == set()


@pytest.mark.model
def test_a_commitment_outside_a_turn_is_not_read_as_one(extractor):
    text = ("Council update\n\nJane Smith\nThursday, May 25, 2023\n\n"
            "Jane Porter, the council leader, was asked about the Westshire Review. "
            "Officers have committed to implement the recommendations of the Westshire Review.\n")
    rels = {(s, r, o) for s, r, o in text_relations(extractor, text) if r == "SUPPORTS"}
    assert ("Jane Porter", "SUPPORTS", "Westshire Review") not in rels


@pytest.mark.model
@pytest.mark.parametrize(("quote", "expected"), [
    ('"We welcome the Westshire Strategy," said Jane Porter.', {("Jane Porter", "SUPPORTS", "Westshire Strategy")}),
    ('"We would welcome the Westshire Strategy," said Jane Porter.', set()),
    ('"We would welcome further funding for the Westshire Strategy," said Jane Porter.', set()),
])
def test_a_wish_with_would_is_no_welcome(extractor, quote, expected):
    text = "Strategy published\n\nJane Smith\nThursday, May 25, 2023\n\n" + quote + "\n"
    rels = {(s, r, o) for s, r, o in text_relations(extractor, text) if r == "SUPPORTS" and s == "Jane Porter"}
    assert rels == expected
