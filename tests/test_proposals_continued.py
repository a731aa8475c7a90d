"""Recommendations, session 19: "This (also / would) include(s) X" opening the sentence after a
proposal with a named recommender goes on with that proposal: whoever proposed or called for
it does the same for X. After a sentence with no named proposal, across a paragraph break, or
under a negation, nothing. Sentences and names invented; read through the model."""

from __future__ import annotations

import pytest

from helpers import text_recommendations as _extract

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("The Westshire Review calls for a new care fund for young carers. This would also include a grant for "
     "kinship carers.", ("Westshire Review", "RECOMMENDS", "grant for kinship carers")),
    ("The Harbour Trust is calling for a national register of foster carers. This includes a duty on councils "
     "to publish local offers.", ("Harbour Trust", "SUPPORTS", "duty on councils to publish local offers")),
])
def test_what_this_includes_after_a_named_proposal_is_the_same_makers(extractor, text, expected):
    _, rels = _extract(extractor, text)
    assert expected in rels


@pytest.mark.parametrize("text", [
    "The fund opened in Eastborough in May. This includes a grant for kinship carers.",
    "The Harbour Trust is calling for a national register of foster carers.\n\nThis includes a duty on councils "
    "to publish local offers.",
    "The Harbour Trust is calling for a national register of foster carers. This does not include a duty on "
    "councils to publish local offers.",
])
def test_no_named_proposal_just_before_or_a_negation_continues_nothing(extractor, text):
    _, rels = _extract(extractor, text)
    assert not [r for r in rels if "duty on councils" in r[2] or "grant for kinship" in r[2]]
