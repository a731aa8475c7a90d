"""Recommendations, session 18: a verb that gives something to people names its proposal by the
thing given, not by the recipient ("give carers the right to X", "provide grandparents who look
after a child with an allowance", "• Give young carers a free bus pass"). Sentences and names
invented; read through the model."""

from __future__ import annotations

import pytest

from helpers import text_recommendations as _extract

pytestmark = pytest.mark.model


def test_a_call_to_provide_people_with_a_thing_is_the_thing(extractor):
    recs, rels = _extract(
        extractor, "The Harbour Trust calls on the council to provide carers with an allowance of 50 pounds a week.")
    assert any(r.startswith("allowance of 50 pounds") for r in recs), recs
    assert not [r for r in recs if "carers" in r]
    assert any(s == "Harbour Trust" and rel == "SUPPORTS" and o.startswith("allowance") for s, rel, o in rels)


def test_the_thing_after_the_recipients_relative_clause_is_the_proposal(extractor):
    recs, _ = _extract(
        extractor, "The Westshire Bill calls on the Government to provide all friends and relatives who look after a "
        "child who cannot live with their parents with an allowance of at least 90 pounds a week.")
    assert any(r.startswith("allowance of at least 90 pounds") for r in recs), recs
    assert not [r for r in recs if "friends" in r]


def test_a_listed_gift_to_people_is_the_thing_given(extractor):
    recs, _ = _extract(
        extractor, "My Harbour Bill would:\n\nProvide a weekly allowance to all young carers;\n\n"
        "Give young carers the right to paid leave when a child moves in with them;\n\nEnsure better data.\n")
    assert any(r.startswith("right to paid leave") for r in recs), recs
    assert not [r for r in recs if r.startswith("young carers")]


def test_support_with_a_cost_keeps_its_head(extractor):
    # the object names no people: "support with housing costs" is itself the thing provided
    recs, _ = _extract(extractor, "The Harbour Trust calls on the council to provide support with housing costs.")
    assert "housing costs" not in recs
