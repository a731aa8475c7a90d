"""Recommendations, session 18: a phrase whose head noun, verb object or complement noun has a
determiner that points to something named elsewhere ("expand this part of the scheme", "the
results of these trials", "adopt her plan") is a pointer to a proposal, not its name, so it is no
proposal and carries no stance. A generic "their", a demonstrative pronoun ("those without X"),
a time ("by the end of this year") and an "its" of "every council" point nowhere. Each test also
checks that the same sentence with "the" still gives a proposal. Sentences and names invented;
read through the model."""

from __future__ import annotations

import pytest

from helpers import text_recommendations as _extract

pytestmark = pytest.mark.model


@pytest.mark.parametrize("det", ["this", "the"])
def test_a_welcomed_measure_to_expand_this_part_of_something_is_no_proposal(extractor, det):
    recs, rels = _extract(
        extractor, f"The Harbour Trust warmly welcomes plans to expand {det} part of the ferry scheme for young carers.")
    found = [r for r in recs if f"{det} part" in r]
    if det == "the":
        assert found  # the control: with "the" the phrase is a proposal
        return
    assert not found
    assert not [o for _, rel, o in rels if rel == "SUPPORTS" and "this part" in o]


@pytest.mark.parametrize("det", ["these", "the"])
def test_a_called_for_item_about_these_things_is_no_proposal(extractor, det):
    recs, rels = _extract(
        extractor, "The Harbour Trust is calling for a national register of young carers, and an expansion "
        f"of {det} island ferry trials.")
    found = [r for r in recs if f"{det} island ferry trials" in r]
    if det == "the":
        assert found
        return
    assert not found
    assert not [o for _, rel, o in rels if "these island" in o]


@pytest.mark.parametrize("det", ["his", "the"])
def test_a_call_for_the_adoption_of_his_plan_is_no_proposal(extractor, det):
    recs, rels = _extract(
        extractor, f"Jane Doe called for the adoption of {det} harbour safety plan in Eastborough.")
    found = [r for r in recs if f"{det} harbour safety plan" in r]
    if det == "the":
        assert found
        return
    assert not found
    assert not [o for _, rel, o in rels if "his harbour" in o]


def test_a_generic_their_does_not_point_elsewhere(extractor):
    recs, _ = _extract(
        extractor, "The Harbour Trust calls for the government to fund a mentoring scheme for young carers and "
        "their families.")
    assert any("mentoring scheme" in r for r in recs)


def test_a_pronoun_those_does_not_point_elsewhere(extractor):
    recs, _ = _extract(
        extractor, "The Harbour Trust calls for the government to fund a mentoring scheme for those without a home.")
    assert any("mentoring scheme for those" in r for r in recs)


def test_its_of_every_council_is_generic(extractor):
    recs, rels = _extract(
        extractor, "The Harbour Trust calls for every council to publish its local offer for young carers.")
    assert any("its local offer for young carers" in r for r in recs)
    assert any(s == "Harbour Trust" and rel == "SUPPORTS" and "local offer" in o for s, rel, o in rels)


@pytest.mark.parametrize("det", ["its", "the"])
def test_its_of_a_single_body_still_points_elsewhere(extractor, det):
    # ("its" with no "every/each/all" owner is the possessive of a body named elsewhere)
    recs, _ = _extract(extractor, f"Jane Doe called for the adoption of {det} harbour safety plan in Eastborough.")
    found = [r for r in recs if f"{det} harbour safety plan" in r]
    assert bool(found) == (det == "the")


@pytest.mark.parametrize("det", ["this", "the"])
def test_a_time_phrase_with_this_points_nowhere(extractor, det):
    recs, _ = _extract(
        extractor, "The Harbour Trust calls for the council to open a harbour respite centre in Eastborough by the "
        f"end of {det} year.")
    assert any("harbour respite centre" in r for r in recs)
