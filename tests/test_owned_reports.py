"""A description ("this report", "the report") after the text has introduced that noun as a
body's own text ("the Committee has published its report", "our new report") stands for that
text, not for the document's one named publication of another kind ("the X Review"), which the
text never called a report; a publication's own report ("the review published its report") and
a person's ("Jane Doe's report") still may be it. Invented names."""

from __future__ import annotations

import pytest

from helpers import text_relations

_REVIEW = "Independent Review of Harbour Care"


@pytest.mark.model
def test_a_body_welcoming_a_committees_own_report_supports_no_named_review(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The Westshire Select Committee has published its report on foster care. "
            "The Harbour Trust welcomes this important report. "
            f"The committee heard evidence on the {_REVIEW} last year.")
    rels = text_relations(extractor, text)
    assert ("Harbour Trust", "SUPPORTS", _REVIEW) not in rels


@pytest.mark.model
@pytest.mark.parametrize("text", [
    f"The {_REVIEW} was published in May. Its report sets out a new vision. "
    "The Harbour Trust welcomes this important report.",
    f"Jane Doe has published her report. The Harbour Trust welcomes this important report. "
    f"Jane Doe chaired the {_REVIEW}.",
])
def test_a_body_welcoming_the_reviews_or_its_chairs_report_still_supports_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Harbour Trust", "SUPPORTS", _REVIEW) in text_relations(extractor, text)


_OWN = ("Our new report sets out a plan for respite care in Westshire. "
        "We urge the chair of the {review} to consider it.\n"
        "The main changes urged by the report include:\n"
        "- A guaranteed allowance for all respite carers\n"
        "- Free legal advice for every foster family\n")


@pytest.mark.model
def test_the_proposals_of_a_pages_own_report_are_no_named_reviews(extractor) -> None:  # type: ignore[no-untyped-def]
    rels = text_relations(extractor, _OWN.format(review=_REVIEW))
    assert not any(r[0] == _REVIEW and r[1] == "RECOMMENDS" for r in rels)


@pytest.mark.model
def test_the_proposals_of_the_report_of_the_reviews_chair_stay_the_reviews(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Jane Doe's report was published in May.\n"
            "The main changes urged by the report include:\n"
            "- A guaranteed allowance for all respite carers\n"
            "- Free legal advice for every foster family\n"
            f"Jane Doe chaired the {_REVIEW}.")
    rels = text_relations(extractor, text)
    assert (_REVIEW, "RECOMMENDS", "guaranteed allowance for all respite carers") in rels
