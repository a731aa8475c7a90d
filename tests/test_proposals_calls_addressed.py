"""Recommendations, session 14: calls addressed to a body ("calls for the council to fund X",
"called on ministers to introduce A, as well as B", "called on the council to back plans
for X"), the speaker's own "I", a reviewer's review as the recommender, a proposal named
without the participle that credits it, lists naming problems rather than measures, and
counting or generic heads that do or do not name a thing. Sentences and names invented;
read through the model."""

from __future__ import annotations

import pytest

from helpers import text_recommendations as _extract

pytestmark = pytest.mark.model


def test_a_call_for_a_body_to_act_calls_for_the_act_not_the_body(extractor):
    recs, rels = _extract(
        extractor, "The Harbour Trust calls for the government to fund a national mentoring scheme for young carers.")
    assert any("national mentoring scheme" in r for r in recs)
    assert not [r for r in recs if r.startswith("for ") or "government to" in r]
    assert any(s == "Harbour Trust" and rel == "SUPPORTS" and "mentoring scheme" in o for s, rel, o in rels)


def test_a_call_for_the_people_who_would_gain_is_no_addressed_call(extractor):
    # "families" would gain: the call is for their opportunity, not on them to act
    recs, _ = _extract(
        extractor, "The Harbour Trust has long campaigned for families to have the opportunity to speak up.")
    assert recs == []


def test_a_call_for_a_thing_to_become_something_is_no_call_on_it_to_act(extractor):
    # a copula has no one acting: "become part of every town" alone is no proposal
    recs, _ = _extract(
        extractor, "Since my first report, I have called for harbour hubs to become part of the fabric of every town.")
    assert not [r for r in recs if r.lower().startswith("become")]


def test_a_call_for_a_bill_to_include_a_measure_is_the_measure(extractor):
    recs, _ = _extract(
        extractor, "We call for the Westshire Bill to include a duty to publish local mentoring offers, as promised "
        "in the Harbour Plan.")
    assert not [r for r in recs if "promised" in r or r == "Harbour Plan"]


def test_every_object_of_a_called_for_light_verb_is_a_proposal(extractor):
    recs, rels = _extract(
        extractor, "Jane Doe has called on ministers to introduce a national register of young carers, as well as a "
        "free bus pass for every young carer.")
    assert "national register of young carers" in recs
    assert "free bus pass for every young carer" in recs
    assert ("Jane Doe", "SUPPORTS", "free bus pass for every young carer") in rels


def test_each_named_caller_of_a_list_supports_the_call(extractor):
    _, rels = _extract(
        extractor, "Councillors Jane Doe, Amy Chen and Tom Baker called on Westshire County Council to back a "
        "mentoring hub for young carers.")
    supporters = {s for s, rel, o in rels if rel == "SUPPORTS" and "mentoring hub" in o}
    assert len(supporters) >= 2


def test_a_reviewers_review_that_calls_for_something_recommends_it(extractor):
    _, rels = _extract(
        extractor, "The Westshire Review of Youth Care was led by Jane Doe. Doe's review called for a national "
        "mentoring scheme for young carers.")
    assert not [r for r in rels if r[0] == "Jane Doe" and r[1] == "SUPPORTS"]
    assert any(s == "Westshire Review of Youth Care" and rel == "RECOMMENDS" for s, rel, _ in rels)


def test_a_proposal_credited_by_a_participle_is_named_without_it(extractor):
    recs, _ = _extract(
        extractor, "The Harbour Trust urges ministers to honour the £2 billion funding recommended by the Westshire "
        "Review of Youth Care.")
    assert not [r for r in recs if "recommended by" in r]


def test_a_list_after_a_noun_of_difficulty_names_problems_not_measures(extractor):
    recs, _ = _extract(
        extractor, "The proposed reforms risk being undermined by systemic barriers, such as high caseloads and "
        "limited capacity in councils.")
    assert not [r for r in recs if "caseloads" in r or "capacity" in r]


def test_a_number_with_a_modifier_of_kind_is_a_thing_but_a_number_of_is_none(extractor):
    recs, _ = _extract(
        extractor, "Jane Doe has called on ministers to introduce a unique reference number for every young carer.")
    assert any("unique reference number" in r for r in recs)
    recs, _ = _extract(extractor, "Jane Doe has called on ministers to introduce a number of changes.")
    assert recs == []


def test_a_call_to_explore_options_or_to_invest_in_people_is_no_proposal(extractor):
    recs, _ = _extract(
        extractor, "The Harbour Trust calls on the Westshire Review to explore options for young carers abroad.")
    assert recs == []
    recs, _ = _extract(extractor, "The Harbour Trust calls on the government to invest in our children.")
    assert recs == []


def test_generic_measures_with_a_purpose_of_their_own_are_a_proposal(extractor):
    recs, _ = _extract(
        extractor, "The Harbour Trust calls for the government to fund mentors, alongside urgent measures to "
        "strengthen retention.")
    assert any("strengthen retention" in r for r in recs)


def test_each_that_clause_of_approved_recommendations_is_a_proposal_the_approver_supports(extractor):
    recs, rels = _extract(
        extractor, "The Westshire Review of Youth Care was published today. The Harbour Trust approves of the "
        "recommendations that councils should offer a mentoring allowance for young carers, that legal advice "
        "should be provided in every county and that training should be facilitated for all mentors.")
    assert any("mentoring allowance" in r for r in recs)
    assert any("legal advice" in r for r in recs)
    assert any(r.startswith("training") for r in recs)
    assert any(s == "Harbour Trust" and rel == "SUPPORTS" and "legal advice" in o for s, rel, o in rels)


def test_a_recommendation_endorsed_by_a_body_is_still_the_reviews(extractor):
    _, rels = _extract(
        extractor, "The Westshire Review of Youth Care was published today. The Harbour Trust endorses the "
        "recommendation to create a national mentoring scheme for young carers.")
    assert any(s == "Harbour Trust" and rel == "SUPPORTS" and "mentoring scheme" in o for s, rel, o in rels)
    assert any(s == "Westshire Review of Youth Care" and rel == "RECOMMENDS" and "mentoring scheme" in o
               for s, rel, o in rels)


def test_a_motion_to_take_note_is_procedure(extractor):
    recs, _ = _extract(extractor, "Motion to Take Note\nThat this House takes note of the Westshire Review.")
    assert recs == []


def test_a_list_item_cut_inside_a_clause_of_its_own_is_no_proposal(extractor):
    recs, _ = _extract(
        extractor, "The Westshire Bill will:\n- Require all new mentors will hold or be working towards a Mentor "
        "Certificate before they start\n")
    assert not [r for r in recs if r.endswith("will hold")]


def test_a_call_to_recognise_people_names_no_measure_but_reforms_reaching_them_do(extractor):
    recs, _ = _extract(extractor, "The Harbour Trust calls on Westshire County Council to recognise kinship carers.")
    assert recs == []


def test_bullets_under_a_publications_recommended_things_are_its_proposals(extractor):
    recs, rels = _extract(
        extractor, "The Westshire Review of Youth Care sets out a vision for young carers.\n\nIn setting out its "
        "vision, the report details five sets of recommended actions, including:\n\n"
        "  \u2022 The creation of a national mentoring scheme for young carers;\n"
        "  \u2022 A free bus pass for every young carer.\n")
    assert any("national mentoring scheme" in r for r in recs)
    assert any("free bus pass" in r for r in recs)
    assert any(s == "Westshire Review of Youth Care" and rel == "RECOMMENDS" and "free bus pass" in o
               for s, rel, o in rels)
