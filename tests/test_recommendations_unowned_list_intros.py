"""A list introduced by recommendations with no owner named on their line ("The recommendations
include:", "- The Panel is making recommendations as follows:") in a passage about a publication
or its proposals: each item is a proposal (proposals/bullets.py), on invented texts."""

from __future__ import annotations

import pytest


def _recs(extractor, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(e.label for e in extractor.process_text(text, doc_id="t").entities if e.type == "Recommendation")


_ITEMS = ("- A national register of kinship carers\n"
          "- A recruitment drive to increase the number of harbour pilots\n")


@pytest.mark.model
def test_the_recommendations_of_a_passage_about_a_review_list_their_items(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The recommendations of the Westshire Review have yet to be implemented. The charities noted that "
            "its final report was published in June. They urge ministers to implement the recommendations.\n"
            "The recommendations include:\n" + _ITEMS)
    recs = _recs(extractor, text)
    assert "national register of kinship carers" in recs
    assert any(r.startswith("recruitment drive") for r in recs)


@pytest.mark.model
def test_a_marked_line_making_recommendations_introduces_the_items_after_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The report states that agencies failed to share information.\n"
            "- The Panel is making recommendations to Government as follows:\n" + _ITEMS)
    assert "national register of kinship carers" in _recs(extractor, text)


@pytest.mark.model
def test_anothers_proposals_or_a_page_about_no_publication_list_none(extractor) -> None:  # type: ignore[no-untyped-def]
    # the proposals of someone who is no recommender, and recommendations on a page about no text
    text = ("Ministers published the Westshire Review in May. Councils welcomed it. Officers met twice.\n"
            "The Harbour Trust's other proposals include:\n" + _ITEMS)
    assert "national register of kinship carers" not in _recs(extractor, text)
    text = "The harbour pilots met last week.\nThe recommendations include:\n" + _ITEMS
    assert "national register of kinship carers" not in _recs(extractor, text)
