"""What someone is called on, or should be given, to have is the proposal, not the people or
places that are to have it (proposals: receiving_verbs with "have"), on invented sentences."""

from __future__ import annotations

import pytest

from helpers import text_recommendations


@pytest.mark.model
@pytest.mark.parametrize(("text", "proposal", "not_a_proposal"), [
    ("The Harbour Trust is calling for all care leavers to have access to free ferry passes.",
     "access to free ferry passes", "all care leavers"),
    ("The Westshire Review is calling for every local area to have a specialist harbour safety unit.",
     "specialist harbour safety unit", "have a specialist harbour safety unit"),
])
def test_what_is_to_be_had_is_the_proposal(extractor, text, proposal, not_a_proposal) -> None:  # type: ignore[no-untyped-def]
    recs, _rels = text_recommendations(extractor, text)
    assert proposal in recs
    assert not_a_proposal not in recs
