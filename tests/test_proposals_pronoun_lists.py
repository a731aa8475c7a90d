"""Recommendations, session 14: a sentence opening "This includes" / "These include" lists the
proposals the sentence before names ("X welcomes some of the strategy's proposals. This includes
A and B"): the publication proposes each, a welcoming body supports each; a pronoun standing for
an event or a clause, or for anything but named proposals, gives nothing. Sentences and names
invented; read through the model."""

from __future__ import annotations

import pytest

from helpers import text_recommendations as _extract

pytestmark = pytest.mark.model


def test_the_items_of_welcomed_proposals_are_proposed_and_supported(extractor):
    recs, rels = _extract(
        extractor, "The Harbour Trust welcomes some of the proposals in the Harbour Strategy. This includes a national "
        "register of foster carers and a new duty on councils to publish local offers.")
    assert "national register of foster carers" in recs
    for item in ("national register of foster carers", "new duty on councils to publish local offers"):
        assert ("Harbour Strategy", "RECOMMENDS", item) in rels
        assert ("Harbour Trust", "SUPPORTS", item) in rels


def test_these_include_after_a_publication_setting_out_measures(extractor):
    recs, rels = _extract(
        extractor, "The Harbour Strategy sets out new measures for young carers. These include a £9m fund for "
        "mentoring and a national register of foster carers.")
    assert ("Harbour Strategy", "RECOMMENDS", "national register of foster carers") in rels
    assert any(rel == "RECOMMENDS" and "£9m fund" in o for _, rel, o in rels)


def test_this_standing_for_an_event_gives_nothing(extractor):
    recs, _ = _extract(
        extractor, "The Harbour Trust welcomes the Harbour Strategy. This is a huge step for young carers.")
    assert recs == []


def test_these_include_after_no_named_proposals_gives_nothing(extractor):
    recs, _ = _extract(
        extractor, "There are many initiatives running in Westshire. These include widening a family's network and "
        "creating lifelong links for children.")
    assert recs == []


def test_a_body_s_own_proposals_are_no_publication_s(extractor):
    recs, rels = _extract(
        extractor, "The Harbour Strategy was published today. The Harbour Trust welcomes our proposals. This includes "
        "a national register of foster carers.")
    assert not [r for r in rels if r[1] == "RECOMMENDS"]


def test_a_body_s_own_published_proposals_are_no_publication_s(extractor):
    _, rels = _extract(
        extractor, "The Harbour Strategy was published today. The Harbour Trust has published new proposals. These "
        "include a national register of foster carers and a new duty on councils to publish local offers.")
    assert not [r for r in rels if r[1] == "RECOMMENDS"]


def test_a_second_verb_of_the_pronoun_s_sentence_lists_the_proposals(extractor):
    _, rels = _extract(
        extractor, "The Harbour Strategy was published today and sets out new measures for young carers. This is "
        "backed by £20m and includes a national register of foster carers.")
    assert ("Harbour Strategy", "RECOMMENDS", "national register of foster carers") in rels
