"""A proposal no one in its sentence owns goes, for want of a named recommender, to the page's
one publication (proposals.py `_recommend_rule`); not when the page also speaks of a definite
publication of another kind that it never names ("the Review's proposals" on a page whose one
named text it called a report): then the proposals may be that unnamed review's, and no one is
credited. "The report" or "the review" that fits the named text's kind still lets it be credited.
Invented names."""

from __future__ import annotations

import pytest

from helpers import text_relations

_PROPOSALS = ("The proposals, including a legal definition of respite care, free legal advice and "
              "paid carers' leave, reflect the experiences of carers.")
_REPORT = "The Harbour Trust published a report, 'Safe Harbours', in May. "
_NAMED_REPORT = "The Harbour Trust published the Westshire Respite Report in May. "
_NAMED_REVIEW = "The Harbour Trust published the Westshire Respite Review in May. "

CASES = [
    # the one named text, and no other publication spoken of: its proposals
    (_REPORT, "Safe Harbours", True),
    (_NAMED_REPORT, "Westshire Respite Report", True),
    # "the Review" beside a text the page called a report, or one named a report: an unnamed review's
    (_REPORT + "Responding to the Review's proposals, Jane Doe said she was pleased. ", "Safe Harbours", False),
    (_REPORT + "Jane Doe welcomed the review. ", "Safe Harbours", False),
    (_NAMED_REPORT + "Responding to the Review's proposals, Jane Doe said she was pleased. ",
     "Westshire Respite Report", False),
    # a description that fits the named text's kind is that text
    (_REPORT + "Jane Doe welcomed the report. ", "Safe Harbours", True),
    (_NAMED_REVIEW + "Jane Doe welcomed the review. ", "Westshire Respite Review", True),
    (_NAMED_REVIEW + "Jane Doe welcomed the report. ", "Westshire Respite Review", True),
]


@pytest.mark.model
@pytest.mark.parametrize(("opening", "publication", "credited"), CASES)
def test_an_unowned_proposal_is_no_named_text_of_another_kind_than_the_one_spoken_of(
        extractor, opening, publication, credited) -> None:  # type: ignore[no-untyped-def]
    rels = text_relations(extractor, opening + _PROPOSALS)
    assert ((publication, "RECOMMENDS", "free legal advice") in rels) is credited
