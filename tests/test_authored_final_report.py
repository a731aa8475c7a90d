"""A review's final report is the review's own text (issue 15): "Harbour Review chair Jane
Doe's final report", "in her final report, the chair of the Westshire Review, Jane Doe" give
Jane Doe AUTHORED the review beside LEADS; "her report", "Jane Doe's review" or a final report
whose owner no role in the sentence ties to a review give no authorship. Names, places and
titles are invented."""

from __future__ import annotations

import pytest

from helpers import text_relations

_HEAD = "Care at home\n\nThursday, May 25, 2023\n\n"


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ministers responded to Harbour Review chair Jane Doe's final report last week.",
     {("Jane Doe", "AUTHORED", "Harbour Review")}),
    ("In her final report, published on Monday, the chair of the Westshire Review of Family Care, Jane Doe, "
     "said that councils needed more money.",
     {("Jane Doe", "AUTHORED", "Westshire Review of Family Care")}),
    ("In her final report, the Harbour Review's chair, Jane Doe, called for more money for councils.",
     {("Jane Doe", "AUTHORED", "Harbour Review")}),
    # no "final": a report that may be any of the chair's
    ("Ministers responded to Harbour Review chair Jane Doe's report last week.", set()),
    # no role in the sentence ties the owner to the review
    ("Jane Doe's final report was published on Monday, a year after the Harbour Review began.", set()),
])
def test_the_final_report_of_a_reviews_chair(extractor, sentence, expected):
    found = {r for r in text_relations(extractor, _HEAD + sentence + "\n") if r[1] == "AUTHORED"}
    assert found == expected
