"""Stance and attribution shapes of session 7 (issue 15), found on real pages without gold:
a quotation's subject that describes another kind of text than the page's one publication
("This cross-party report" is no "Spending Review"). Invented sentences and names, each with
near misses. They use the trained pipeline (the rules read its parse)."""

from __future__ import annotations

import pytest

from helpers import text_relations

pytestmark = pytest.mark.model


relations = text_relations


# --- the speech kind: what a quotation's subject describes


def test_a_quotation_about_another_kind_of_text_is_no_response_to_the_pages_publication(extractor):
    text = ("The Westshire Spending Review was published on Monday.\n\nJane Porter, director of the Harbour "
            "Trust, said:\n\n\u201cThis cross-party report shows the strain on family services across the county.\u201d")
    assert ("Jane Porter", "RESPONDED_TO", "Westshire Spending Review") not in relations(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the description has the publication's own head noun
        ("The Northshire Annual Report 2024 was published on Monday.\n\nJane Porter, director of the Harbour "
         "Trust, said:\n\n\u201cThis report shows the strain on family services across the county.\u201d",
         ("Jane Porter", "RESPONDED_TO", "Northshire Annual Report 2024")),
        # "legislation" stands for a bill (relations.yaml reference_heads)
        ("The Families and Schools Bill was introduced in the House of Commons on Monday.\n\nJane Porter, director "
         "of the Harbour Trust, said:\n\n\u201cThis legislation is a turning point for families across the county.\u201d",
         ("Jane Porter", "RESPONDED_TO", "Families and Schools Bill")),
        # a name that tells no kind of text may be "the strategy"
        ("The Government published its strategy, Brighter Futures Together, on Monday.\n\nJane Porter, director of "
         "the Harbour Trust, said:\n\n\u201cThe strategy is a turning point for families across the county.\u201d",
         ("Jane Porter", "RESPONDED_TO", "Brighter Futures Together")),
        # the publication named
        ("Jane Porter, director of the Harbour Trust, said the Westshire Spending Review showed the strain on "
         "family services.", ("Jane Porter", "RESPONDED_TO", "Westshire Spending Review")),
    ],
)
def test_a_quotation_about_the_publication_itself_is_a_response(extractor, text, expected):
    assert expected in relations(extractor, text)
