"""Recommendations, session 18: a phrase whose determiner points to something named elsewhere
("strengthen this part of the system", "outcomes for these placements", "implementation of his
plan") is a pointer to a proposal, not its name, so it is no proposal and carries no stance; a
generic "their" and a demonstrative pronoun ("those without X") stay. Sentences and names
invented; read through the model."""

from __future__ import annotations

import pytest

from helpers import text_recommendations as _extract

pytestmark = pytest.mark.model


def test_a_welcomed_measure_to_change_this_part_of_something_is_no_proposal(extractor):
    recs, rels = _extract(
        extractor, "The Harbour Trust particularly welcomes measures to strengthen this part of the system.")
    assert not [r for r in recs if "this part" in r]
    assert not [o for _, rel, o in rels if rel == "SUPPORTS" and "this part" in o]


def test_a_called_for_item_about_these_things_is_no_proposal(extractor):
    recs, rels = _extract(
        extractor, "The Harbour Trust is calling for a national register of young carers in Westshire, and the "
        "outcomes for these placements.")
    assert not [r for r in recs if "these placements" in r]
    assert not [o for _, rel, o in rels if "these placements" in o]


def test_a_call_for_the_implementation_of_his_plan_is_no_proposal(extractor):
    recs, rels = _extract(
        extractor, "Jane Doe called for the implementation of his review recommendations in Eastborough.")
    assert not [r for r in recs if "his review" in r]
    assert not [o for _, rel, o in rels if "his review" in o]


def test_a_generic_their_and_a_pronoun_those_do_not_point_elsewhere(extractor):
    recs, _ = _extract(
        extractor, "The Harbour Trust calls for the government to fund a mentoring scheme for young carers and "
        "their families.")
    assert any("mentoring scheme" in r for r in recs)
