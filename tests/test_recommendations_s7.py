"""Recommendations, session 7: classes found on real pages without gold (the pools), each fixed
by a general criterion and tested on invented sentences of the same shape, with near misses that
must not change."""

from __future__ import annotations

import pytest

from helpers import text_recommendations

_extract = text_recommendations


# ------------------------------------------------ a kind of measure, a stage or a field is no proposal

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Care Futures Strategy proposes three key strategic areas.",
    "The Bill proposes significant changes to existing legislation.",
    "The strategy establishes the foundations for a fairer system of kinship care.",
    "The charity criticised a lack of focus on assessments of all proposed policies.",
    "The charity asked about the proposed practical implementation.",
])
def test_a_generic_kind_stage_or_field_names_no_proposal(extractor, text):
    recs, relations = _extract(extractor, text)
    assert recs == []
    assert not any(r[1] == "RECOMMENDS" for r in relations)


@pytest.mark.model
@pytest.mark.parametrize(("text", "label"), [
    ("The Care Futures Strategy proposes a national register of foster carers.", "national register of foster carers"),
    ("The Bill proposes changes to the adoption register.", "changes to the adoption register"),
    ("The report proposes a new policy of free travel for care leavers.", "new policy of free travel for care leavers"),
    ("The charity asked about the proposed kinship allowance policy.", "kinship allowance policy"),
])
def test_near_misses_with_a_specific_head_or_complement_stay_proposals(extractor, text, label):
    recs, _ = _extract(extractor, text)
    assert recs == [label]
