"""Recommendations, session 18: what a speaker wants to see keeps the complement the parser hung
on "see" ("we want to see investment | in youth clubs", "a new duty | to publish X"). Sentences and names invented; read through the model."""

from __future__ import annotations

import pytest

from helpers import text_recommendations as _extract

pytestmark = pytest.mark.model


def test_a_wanted_duty_keeps_its_infinitive(extractor):
    recs, rels = _extract(
        extractor, "The Harbour Trust said: \u201cWe also want to see a statutory duty to establish a mentoring "
        "service in every school in Westshire.\u201d")
    assert any(r.startswith("statutory duty to establish a mentoring service") for r in recs), recs
    assert any(s == "Harbour Trust" and rel == "SUPPORTS" and o.startswith("statutory duty to establish")
               for s, rel, o in rels), rels


def test_a_wanted_investment_keeps_what_it_is_in(extractor):
    recs, _ = _extract(
        extractor, "The Harbour Trust said: \u201cWe also want to see substantial investment in early help and "
        "youth support, including in harbour hubs.\u201d")
    assert any(r.startswith("substantial investment in early help") for r in recs), recs
    assert not [r for r in recs if "including" in r]

