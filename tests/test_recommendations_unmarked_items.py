"""Recommendations, sessions 16 and 18: a proposing line's list whose items carry no marker (a line
per item, opened by an imperative or a gerund), alone or before marked items; lines that only
follow the list, speak to the reader or ask the reader to act ("Sign the petition ..."), and a
single such line followed by running text, are no items. "The Bill would:" lists a bill's
proposals; an item a line break cut off names nothing, but one ending on a particle or on the
preposition of a relative or infinitive clause is whole. Sentences and names invented."""

from __future__ import annotations

import pytest

from helpers import text_recommendations

_UNMARKED = (
    "The Westshire Review was published today.\n"
    "Fresh recommendations from the review include:\n\n"
    "Widening respite for island families by opening a new harbour service. The service will be run from libraries.\n\n"
    "Expanding the coastal warden scheme through a new expert warden role.\n"
)

_INTRO = "The Westshire Review was published today.\nThe chief proposals of the review are:\n"

_UNMARKED_THEN_MARKED = (
    _INTRO + "\n"
    "Introduce a national register of harbour carers\n\n"
    "  \u2022 Create a coastal respite fund for every island family\n"
    "  \u2022 Extend the ferry pass scheme to all care leavers\n"
)


@pytest.mark.model
def test_the_lead_ins_are_proposing_lines(extractor):
    # (the control for the tests below: each lead-in introduces a marked list)
    for intro in ("Fresh recommendations from the review include:\n", _INTRO.split("\n", 1)[1]):
        text = "The Westshire Review was published today.\n" + intro + "  \u2022 Create a coastal respite fund for every island family\n"
        recs, _ = text_recommendations(extractor, text)
        assert any("coastal respite fund" in r for r in recs), intro


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
    text = "The Westshire Review was published today.\nFresh recommendations from the review include:\n\n" + after + "\n"
    recs, relations = text_recommendations(extractor, text)
    assert recs == []
    assert not any(rel == "RECOMMENDS" for _, rel, _ in relations)


@pytest.mark.model
@pytest.mark.parametrize("action", [
    "Share the harbour safety plan with every island family.",
    "Sign the petition to protect the island libraries in Westshire.",
    "Download the guide to the ferry pass scheme for island families.",
])
def test_a_call_to_action_after_an_unmarked_list_is_no_item(extractor, action):
    text = (_INTRO + "\nIntroduce a national register of harbour carers.\n\n"
            "Provide a coastal respite fund for every island family.\n\n" + action + "\n")
    recs, relations = text_recommendations(extractor, text)
    assert any("coastal respite fund" in r for r in recs)  # the list itself stays
    key = action.split(" the ", 1)[1][:16]
    assert not any(key in r for r in recs)
    assert not any(rel == "RECOMMENDS" and key in t for _, rel, t in relations)


@pytest.mark.model
def test_a_single_unmarked_line_followed_by_running_text_is_no_list(extractor):
    text = (_INTRO + "\nImprove the coastal respite fund for every island family\n\n"
            "Jane Doe of the Harbour Trust said the review was long overdue and would be read closely.\n")
    recs, _ = text_recommendations(extractor, text)
    assert not any("coastal respite fund" in r for r in recs)


@pytest.mark.model
def test_an_unmarked_line_after_marked_items_ends_the_list(extractor):
    text = (_INTRO + "  \u2022 Create a coastal respite fund for every island family\n\n"
            "Opening a new harbour office in Eastborough next year.\n")
    recs, _ = text_recommendations(extractor, text)
    assert any("coastal respite fund" in r for r in recs)
    assert not any("harbour office" in r for r in recs)


_WOULD = (
    "Jane Doe has introduced the Westshire Carers Bill in Parliament.\n\n"
    "The Westshire Carers Bill would:\n\n"
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
    text = _WOULD.replace("The Westshire Carers Bill would:", "The Harbour Trust would:")
    recs, _ = text_recommendations(extractor, text)
    assert not any("harbour carers" in r for r in recs)


@pytest.mark.model
def test_a_list_item_cut_off_by_a_line_break_gives_no_proposal(extractor):
    text = (_INTRO + "  \u2022 Create a coastal respite fund for every island family\n"
            "  \u2022 Give every island family a home when it needs one by building new\n"
            "  \u2022 Extend the ferry pass scheme to all care leavers\n")
    recs, _ = text_recommendations(extractor, text)
    assert any("coastal respite fund" in r for r in recs)
    assert any("ferry pass scheme" in r for r in recs)
    assert not any("a home" in r or "building new" in r for r in recs)


@pytest.mark.model
def test_a_list_item_ending_on_a_predicate_adjective_is_whole(extractor):
    text = _INTRO + "  \u2022 Make the coastal respite fund permanent\n"
    recs, _ = text_recommendations(extractor, text)
    assert any("coastal respite fund" in r for r in recs)


@pytest.mark.model
@pytest.mark.parametrize("item, key", [
    ("Make sure every island child has a mentor to talk to", "mentor to talk to"),
    ("Fund harbour clubs that island families depend on", "harbour clubs"),
    ("Provide extra tuition for young carers to catch up", "extra tuition"),
])
def test_a_list_item_ending_on_a_particle_or_a_stranded_preposition_is_whole(extractor, item, key):
    text = _INTRO + "  \u2022 " + item + "\n"
    recs, _ = text_recommendations(extractor, text)
    assert any(key in r for r in recs)
