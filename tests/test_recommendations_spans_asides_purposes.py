"""Recommendations, session 15: the span of a proposal on fresh pages. A spaced dash after a
proposal's first words opens an aside or a gloss, which is no part of its name; a bare noun
("new rotas": only determiners and words of degree) is named with the infinitive of
purpose that follows it. Invented sentences."""

from __future__ import annotations

import pytest

from helpers import text_recommendations

_extract = text_recommendations

_ASIDE_PAGE = (
    "Harbour Schools Bill\n\n"
    "The Harbour Schools Bill will:\n\n"
    "- Introduce a shared record for pupils.\n"
    "- A single reference for each pupil \u2013 much like the card each Westshire library member has \u2013 "
    "to connect school records and ensure no pupil is overlooked.\n"
)


@pytest.mark.model
def test_a_dash_aside_inside_a_bulleted_measure_is_no_part_of_its_name(extractor):
    recs, relations = _extract(extractor, _ASIDE_PAGE)
    assert "single reference for each pupil" in recs
    assert not any("library member" in r for r in recs)
    assert ("Harbour Schools Bill", "RECOMMENDS", "single reference for each pupil") in relations


@pytest.mark.model
def test_a_bare_noun_is_named_with_its_purpose(extractor):
    recs, _ = _extract(extractor, "The Harbour Bill will create new rotas to cover lifeguard shifts that nobody has taken.")
    assert len(recs) == 1 and recs[0].startswith("new rotas to cover lifeguard shifts")


@pytest.mark.model
def test_a_bare_noun_keeps_its_purpose_clause_up_to_a_comma(extractor):
    recs, _ = _extract(extractor, "The Eastborough strategy will create new hubs to support families in crisis, "
                                  "which the council will fund from next year.")
    assert recs == ["new hubs to support families in crisis"]


@pytest.mark.model
def test_a_noun_with_a_kind_of_its_own_is_not_extended(extractor):
    recs, _ = _extract(extractor, "The Eastborough strategy will create regional hubs to support families in crisis.")
    assert recs == ["regional hubs"]
