"""Recommendations, session 20: a first-person subject of a proposing verb ("we proposed X",
"I recommend Y") makes the proposal; the speaker a quotation names, or the body the page speaks
as, supports it, as with "we called for X". Sentences and names invented; read through the model."""

from __future__ import annotations

import pytest

from helpers import text_recommendations as _extract

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "proposal"), [
    ("The Harbour Trust said: \u201cWe proposed a statutory register of harbour carers and a new duty to publish "
     "a ferry support offer.\u201d", "statutory register of harbour carers"),
    ("The Harbour Trust said: \u201cWe proposed a statutory register of harbour carers and a new duty to publish "
     "a ferry support offer.\u201d", "new duty to publish a ferry support offer"),
    ("The Harbour Trust said: \u201cWe recommend a free ferry pass for every young carer in Westshire.\u201d",
     "free ferry pass for every young carer"),
])
def test_a_first_person_proposal_is_the_speakers(extractor, text, proposal):
    recs, rels = _extract(extractor, text)
    assert any(r.startswith(proposal) for r in recs), recs
    assert any(s == "Harbour Trust" and rel == "SUPPORTS" and o.startswith(proposal) for s, rel, o in rels), rels


def test_a_conditional_first_person_proposal_is_none(extractor):
    recs, _ = _extract(extractor, "The Harbour Trust said: \u201cIf we proposed a free ferry pass for every young "
                       "carer, the council would object.\u201d")
    assert not [r for r in recs if r.startswith("free ferry pass")], recs
