"""Recommendations, session 7: classes found on real pages without gold (the pools), each fixed
by a general criterion and tested on invented sentences of the same shape, with near misses that
must not change."""

from __future__ import annotations

import pytest

from helpers import text_recommendations

_extract = text_recommendations


def _assert_no_proposal(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    """No Recommendation node and no RECOMMENDS edge in the text."""
    recs, relations = _extract(extractor, text)
    assert recs == []
    assert not any(r[1] == "RECOMMENDS" for r in relations)


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
    _assert_no_proposal(extractor, text)


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


# ------------------------------------------------ whoever owns or makes a call calls for it

@pytest.mark.model
def test_a_possessor_owns_the_calls_not_the_pages_publication(extractor):
    # the one publication of the text is not who called: the possessor supports the proposal
    text = ("The Care Futures Review was published in May. Ministers welcomed the Harbour Family "
            "Network's calls for a national register of foster carers.")
    recs, relations = _extract(extractor, text)
    assert recs == ["national register of foster carers"]
    assert ("Harbour Family Network", "SUPPORTS", "national register of foster carers") in relations
    assert ("Care Futures Review", "RECOMMENDS", "national register of foster carers") not in relations


@pytest.mark.model
def test_an_unnamed_possessor_credits_nobody_rather_than_the_pages_publication(extractor):
    text = ("The Care Futures Review was published in May. Ministers welcomed the committee's calls "
            "for a national register of foster carers.")
    recs, relations = _extract(extractor, text)
    assert recs == ["national register of foster carers"]
    assert not any(r[2] == "national register of foster carers" for r in relations)


@pytest.mark.model
def test_the_subject_of_a_verb_making_a_call_calls_for_it(extractor):
    for text in ("The Harbour Family Network has renewed calls for a national register of foster carers.",
                 "At its conference the Harbour Family Network made a call for a national register of foster carers."):
        recs, relations = _extract(extractor, text)
        assert recs == ["national register of foster carers"]
        assert ("Harbour Family Network", "SUPPORTS", "national register of foster carers") in relations


@pytest.mark.model
def test_a_negated_or_answering_verb_does_not_make_its_subject_the_caller(extractor):
    _, relations = _extract(extractor, "The Harbour Family Network did not make a call for a national register of foster carers.")
    assert not any(r[1] == "SUPPORTS" for r in relations)
    # "rejected the call": someone else's call; the subject does not support it
    _, relations = _extract(extractor, "The Harbour Family Network rejected the call for a national register of foster carers.")
    assert ("Harbour Family Network", "SUPPORTS", "national register of foster carers") not in relations


@pytest.mark.model
def test_the_purpose_of_a_called_for_measure_is_no_proposal_of_its_own(extractor):
    text = ("The Care Futures Review was published in May. The committee has published its report, echoing "
            "the Harbour Family Network's calls for new funding for local authorities to help cope with "
            "rising demand for care.")
    recs, relations = _extract(extractor, text)
    assert recs == ["new funding for local authorities"]
    assert ("Harbour Family Network", "SUPPORTS", "new funding for local authorities") in relations


# ------------------------------------------------ a publication that states the law in force proposes nothing

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Guidance states that the support available should be based on the needs of the child.",
    "The Homelessness Code of Guidance states that the Council must consult local charities before adopting a strategy.",
])
def test_what_guidance_says_must_happen_is_a_duty_in_force_not_a_proposal(extractor, text):
    _assert_no_proposal(extractor, text)


@pytest.mark.model
def test_near_miss_what_a_review_says_should_happen_is_its_proposal(extractor):
    recs, relations = _extract(extractor, "The Care Futures Review states that a national register of kinship "
                                          "carers should be created.")
    assert recs == ["national register of kinship carers"]
    assert ("Care Futures Review", "RECOMMENDS", "national register of kinship carers") in relations


@pytest.mark.model
@pytest.mark.parametrize("second", [
    "A Law Commission report concludes that the law is outdated. It recommends",
    "The report recommends",
])
def test_a_reference_to_a_report_is_not_the_pages_one_act(extractor, second):
    text = f"The Children Act 1989 sets out the duties of councils. {second} a single duty to meet the needs of disabled children."
    recs, relations = _extract(extractor, text)
    assert len(recs) == 1
    assert not any(r[0] == "Children Act 1989" and r[1] == "RECOMMENDS" for r in relations)


@pytest.mark.model
def test_near_misses_the_act_itself_and_a_review_by_reference_still_recommend(extractor):
    _, relations = _extract(extractor, "The Children and Social Work Act 2017 received Royal Assent in April. The Act "
                                       "introduces corporate parenting principles for councils.")
    assert ("Children and Social Work Act 2017", "RECOMMENDS", "corporate parenting principles for councils") in relations
    _, relations = _extract(extractor, "The Care Futures Review was published in May. The report recommends a single "
                                       "duty to meet the needs of disabled children.")
    assert ("Care Futures Review", "RECOMMENDS", "single duty to meet the needs of disabled children") in relations


# ------------------------------------------------ a participle "calling for" takes its clause's subject

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Children are placed far from home, Jane Porter warns, calling for a national register of foster carers.",
    "Jane Porter wrote to the minister, calling for a national register of foster carers.",
])
def test_a_participle_calling_for_takes_the_subject_of_its_clause(extractor, text):
    recs, relations = _extract(extractor, text)
    assert recs == ["national register of foster carers"]
    assert ("Jane Porter", "SUPPORTS", "national register of foster carers") in relations


@pytest.mark.model
def test_in_calling_for_takes_the_subject_of_the_clause_and_a_later_adjunct_is_no_item(extractor):
    text = ("The Harbour Family Network was joined by charities in calling for an increase in the kinship "
            "allowance, in an open letter to the Chancellor.")
    recs, relations = _extract(extractor, text)
    assert recs == ["increase in the kinship allowance"]
    assert ("Harbour Family Network", "SUPPORTS", "increase in the kinship allowance") in relations


@pytest.mark.model
def test_near_misses_a_participle_on_a_noun_and_a_real_list_of_complements(extractor):
    # "a report calling for X": the report calls, not the body that published it
    _, relations = _extract(extractor, "The Harbour Family Network published a report calling for a national "
                                       "register of foster carers.")
    assert ("Harbour Family Network", "SUPPORTS", "national register of foster carers") not in relations
    # "investment in A, in B and in C": the conjunction shows a list; each item stays
    recs, _ = _extract(extractor, "The Harbour Family Network called for investment in youth clubs, in training "
                                  "mentors and in free bus passes.")
    assert recs == ["free bus passes", "investment in youth clubs", "training mentors"]


# ------------------------------------------------ accepting a report is procedure, like noting or approving it

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Councillor Jane Porter recommended that the report be accepted.",
    "Councillor Jane Porter recommended that the minutes be accepted as a true record.",
])
def test_accepting_a_report_or_minutes_is_procedure_not_a_proposal(extractor, text):
    _assert_no_proposal(extractor, text)


@pytest.mark.model
def test_near_miss_a_measure_recommended_in_the_same_shape_stays(extractor):
    recs, relations = _extract(extractor, "Councillor Jane Porter recommended that a national register of foster "
                                          "carers be created.")
    assert recs == ["national register of foster carers"]
    assert ("Jane Porter", "RECOMMENDS", "national register of foster carers") in relations


@pytest.mark.model
def test_the_name_of_a_law_in_force_is_no_proposal(extractor):
    recs, relations = _extract(extractor, "The Bill was published today. The Education Act 1996 will be expanded to "
                                          "include provisions on children not in school.")
    assert "Education Act 1996" not in recs
    assert not any(r[2] == "Education Act 1996" for r in relations)
    # near misses: a proper name of a new body, a quoted new charter
    recs, _ = _extract(extractor, "The Bill will introduce Regional Care Cooperatives.")
    assert recs == ["Regional Care Cooperatives"]
    recs, _ = _extract(extractor, "The review recommends a Kinship Care Charter.")
    assert recs == ["Kinship Care Charter"]
