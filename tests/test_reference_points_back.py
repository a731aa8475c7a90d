"""A definite description ("the report", "the review") refers back: never to the document's one
text when the page names that text only after the description (session 17, issue 15). Invented
sentences and names; the near miss, the text named first, must still resolve. They use the trained
pipeline (the rules read its parse)."""

from __future__ import annotations

import pytest

from helpers import text_relations

pytestmark = pytest.mark.model


def test_the_report_is_not_a_text_the_page_names_only_later(extractor):
    text = ("A new report finds that councils spend more on late help. "
            "Commissioned by the Harbour Trust and the Westshire Alliance, the report calls for more investment. "
            "The Department published the Westshire Families Strategy in March.")
    found = text_relations(extractor, text)
    assert not [r for r in found if r[1] == "COMMISSIONED"]


def test_the_report_still_refers_back_to_the_text_named_before_it(extractor):
    text = ("The Department published the Westshire Families Report in March. "
            "Commissioned by the Harbour Trust, the report calls for more investment.")
    assert ("Harbour Trust", "COMMISSIONED", "Westshire Families Report") in text_relations(extractor, text)


def test_the_review_may_still_be_the_review_the_page_names_later(extractor):
    # the later name is a review by its own head word: "the review" stands for it as before
    text = ("Family care needs an urgent overhaul, a new review has found. "
            "The author of the review, Jane Doe, said change was urgent. "
            "The Westshire Review of Family Care was published on Monday.")
    assert ("Jane Doe", "AUTHORED", "Westshire Review of Family Care") in text_relations(extractor, text)
