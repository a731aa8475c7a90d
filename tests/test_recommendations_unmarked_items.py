"""Recommendations, session 16: a proposing line's list whose items carry no marker (a line per
item, opened by an imperative or a gerund), alone or before marked items; lines that only follow
the list, or speak to the reader, are no items."""

from __future__ import annotations

import pytest

from helpers import text_recommendations

_UNMARKED = (
    "The Westshire Review was published today.\n"
    "New proposals from the review include:\n\n"
    "Strengthening early help for island families by creating a new harbour service. The service will be based in schools.\n\n"
    "Expanding the coastal warden scheme through a new expert warden role.\n"
)

_UNMARKED_THEN_MARKED = (
    "The Westshire Review was published today.\n"
    "The review's main recommendations are:\n\n"
    "Introduce a national register of harbour carers\n\n"
    "  \u2022 Create a coastal respite fund for every island family\n"
    "  \u2022 Extend the ferry pass scheme to all care leavers\n"
)


@pytest.mark.model
def test_unmarked_items_under_a_proposing_line_are_its_proposals(extractor):
    recs, relations = text_recommendations(extractor, _UNMARKED)
    assert any("new harbour service" in r for r in recs)
    assert any("expert warden role" in r for r in recs)
    assert any(s == "Westshire Review" and rel == "RECOMMENDS" and "harbour service" in t for s, rel, t in relations)


@pytest.mark.model
def test_an_unmarked_first_item_keeps_the_marked_items_after_it(extractor):
    recs, relations = text_recommendations(extractor, _UNMARKED_THEN_MARKED)
    assert any("national register of harbour carers" in r for r in recs)
    assert any("coastal respite fund" in r for r in recs)
    assert any(s == "Westshire Review" and rel == "RECOMMENDS" and "ferry pass scheme" in t for s, rel, t in relations)


@pytest.mark.model
@pytest.mark.parametrize("after", [
    "Read our response to the review here.",
    "Commenting on the review, Jane Doe said it was a welcome step.",
    "The Harbour Trust has welcomed the review.",
])
def test_a_line_that_is_no_item_gives_no_proposal(extractor, after):
    text = "The Westshire Review was published today.\nNew proposals from the review include:\n\n" + after + "\n"
    recs, relations = text_recommendations(extractor, text)
    assert recs == []
    assert not any(rel == "RECOMMENDS" for _, rel, _ in relations)


@pytest.mark.model
def test_an_unmarked_line_after_marked_items_ends_the_list(extractor):
    text = ("The Westshire Review was published today.\nThe review's main recommendations are:\n"
            "  \u2022 Create a coastal respite fund for every island family\n\n"
            "Opening a new harbour office in Eastborough next year.\n")
    recs, _ = text_recommendations(extractor, text)
    assert any("coastal respite fund" in r for r in recs)
    assert not any("harbour office" in r for r in recs)


_WOULD = (
    "Jane Doe has introduced the Westshire Carers Bill in Parliament.\n\n"
    "My Westshire Carers Bill would:\n\n"
    "Provide a coastal respite fund for every island family;\n\n"
    "Create a national register of harbour carers.\n"
)


@pytest.mark.model
def test_a_bill_that_would_lists_its_proposals(extractor):
    # "The Bill would:" (a bill not yet in force) introduces its proposals as "The Bill will:" does
    recs, relations = text_recommendations(extractor, _WOULD)
    assert any("coastal respite fund" in r for r in recs)
    assert any(s == "Westshire Carers Bill" and rel == "RECOMMENDS" and "harbour carers" in t for s, rel, t in relations)


@pytest.mark.model
def test_an_organisation_that_would_lists_no_proposals(extractor):
    text = _WOULD.replace("My Westshire Carers Bill would:", "The Harbour Trust would:")
    recs, _ = text_recommendations(extractor, text)
    assert not any("harbour carers" in r for r in recs)


@pytest.mark.model
def test_a_list_item_cut_off_by_a_line_break_gives_no_proposal(extractor):
    text = ("The Westshire Review was published today.\nThe review's main recommendations are:\n"
            "  \u2022 Create a coastal respite fund for every island family\n"
            "  \u2022 Ensure island families have a home when they need one by opening new\n"
            "  \u2022 Extend the ferry pass scheme to all care leavers\n")
    recs, _ = text_recommendations(extractor, text)
    assert any("coastal respite fund" in r for r in recs)
    assert any("ferry pass scheme" in r for r in recs)
    assert not any("have a home" in r or "opening new" in r for r in recs)


@pytest.mark.model
def test_a_list_item_ending_on_a_predicate_adjective_is_whole(extractor):
    text = ("The Westshire Review was published today.\nThe review's main recommendations are:\n"
            "  \u2022 Make the coastal respite fund permanent\n")
    recs, _ = text_recommendations(extractor, text)
    assert any("coastal respite fund" in r for r in recs)
