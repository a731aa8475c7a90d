"""Support classes of session 12: a speaker who names her own organisation as the one that welcomes
("Jane Porter, chief executive of Harbour Trust, said: 'Harbour Trust welcomes Y'"), a feeling about a
clause that carries something forward ("we are delighted that the Department has committed to Y",
"X is pleased that the Department is investing GBP 2m in Y": relations.yaml enacting_verbs), and a
proposal or text taken on ("the Department has accepted the review's recommendation to Y"), each
with near misses that must not fire: negation, hedging, questions, another's voice, undoing. Invented
sentences and names throughout."""

from __future__ import annotations

import pytest

from helpers import text_relations as relations

_OPENING = "News from the sector\n\nThe Westshire Families Strategy was published on Monday by the Department for Coastal Affairs.\n\n"
_JANE = "Jane Porter, chief executive of Harbour Trust,"


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        f"{_JANE} said: \u201cHarbour Trust welcomes the Westshire Families Strategy and its focus on kinship carers.\u201d",
        f"\u201cHarbour Trust strongly supports the Westshire Families Strategy,\u201d said {_JANE[:-1]}.",
        f"{_JANE} said: \u201cHarbour Trust is delighted with the Westshire Families Strategy.\u201d",
        # a post the role rules may not read: the organisation named in the attribution's subject phrase
        "Jane Porter, Harbour Trust Head of Policy and Research, said: \u201cHarbour Trust welcomes the Westshire "
        "Families Strategy.\u201d",
    ],
)
def test_a_speakers_own_organisation_named_as_the_one_who_welcomes_is_her_welcome(extractor, sentence):
    assert ("Jane Porter", "SUPPORTS", "Westshire Families Strategy") in relations(extractor, _OPENING + sentence)


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        # another body's welcome reported inside her words
        f"{_JANE} said: \u201cThe Kestrel Foundation welcomes the Westshire Families Strategy, but we do not.\u201d",
        f"{_JANE} said: \u201cHarbour Trust does not welcome the Westshire Families Strategy.\u201d",
        f"{_JANE} said: \u201cWill Harbour Trust welcome the Westshire Families Strategy?\u201d",
        f"{_JANE} said: \u201cHarbour Trust may welcome the Westshire Families Strategy in time.\u201d",
    ],
)
def test_no_welcome_of_the_speakers_where_her_organisation_does_not_welcome(extractor, sentence):
    assert ("Jane Porter", "SUPPORTS", "Westshire Families Strategy") not in relations(extractor, _OPENING + sentence)


_PROGRAMME = "News from the sector\n\nThe Family Bridges Programme helps kinship carers in Westshire.\n\n"


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        (f"{_JANE} said: \u201cWe are delighted that the Department for Coastal Affairs has committed to the Family "
         "Bridges Programme.\u201d", "Jane Porter"),
        ("The Westshire Carers Alliance is pleased that the Department for Coastal Affairs is investing \u00a32m in "
         "the Family Bridges Programme.", "Westshire Carers Alliance"),
        ("The Westshire Carers Alliance is glad that the council will press ahead with the Family Bridges Programme.",
         "Westshire Carers Alliance"),
    ],
)
def test_a_feeling_about_a_clause_that_carries_a_programme_forward_supports_it(extractor, sentence, holder):
    assert (holder, "SUPPORTS", "Family Bridges Programme") in relations(extractor, _PROGRAMME + sentence)


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The Westshire Carers Alliance is pleased that the Department for Coastal Affairs might invest \u00a32m in the "
        "Family Bridges Programme.",
        "The Westshire Carers Alliance is pleased that the Department for Coastal Affairs has not committed to the Family "
        "Bridges Programme.",
        "The Westshire Carers Alliance is pleased that the Department for Coastal Affairs should commit to the Family "
        "Bridges Programme.",
        "The Westshire Carers Alliance is not pleased that the Department for Coastal Affairs has committed to the Family "
        "Bridges Programme.",
        "The Westshire Carers Alliance is pleased that the council has responded to the Family Bridges Programme's "
        "critics.",
    ],
)
def test_no_support_from_a_feeling_about_a_clause_that_does_not_carry_the_programme_forward(extractor, sentence):
    assert ("Westshire Carers Alliance", "SUPPORTS", "Family Bridges Programme") not in relations(
        extractor, _PROGRAMME + sentence)


_REVIEW = ("News from the sector\n\nThe Westshire Review published its final report on Monday. The review recommends "
           "Regional Care Hubs.\n\n")


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The Department for Coastal Affairs has accepted the Westshire Review's recommendation to create Regional "
        "Care Hubs.",
        "Regional Care Hubs, which the Department for Coastal Affairs accepted in March, will be tested in two areas.",
    ],
)
def test_a_proposal_accepted_is_supported(extractor, sentence):
    assert ("Department for Coastal Affairs", "SUPPORTS", "Regional Care Hubs") in relations(extractor, _REVIEW + sentence)


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The Department for Coastal Affairs has not accepted the Westshire Review's recommendation to create Regional "
        "Care Hubs.",
        "Has the Department for Coastal Affairs accepted the Westshire Review's recommendation to create Regional "
        "Care Hubs?",
        "The Department for Coastal Affairs rejected the Westshire Review's recommendation to create Regional Care Hubs.",
        "The Department for Coastal Affairs may accept the Westshire Review's recommendation to create Regional Care "
        "Hubs.",
    ],
)
def test_no_support_where_the_proposal_is_not_accepted(extractor, sentence):
    assert ("Department for Coastal Affairs", "SUPPORTS", "Regional Care Hubs") not in relations(
        extractor, _REVIEW + sentence)


@pytest.mark.model
def test_accepting_one_proposal_of_a_review_is_no_support_for_the_review(extractor):
    found = relations(extractor, _REVIEW + "The Department for Coastal Affairs has accepted the Westshire Review's "
                      "recommendation to create Regional Care Hubs.")
    assert ("Department for Coastal Affairs", "SUPPORTS", "Regional Care Hubs") in found
    assert ("Department for Coastal Affairs", "SUPPORTS", "Westshire Review") not in found


_PLAN = "Harbour Trust news\n\nThe Harbour Plan was published in May by the Department for Coastal Affairs.\n\n"


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Trust's support for the Harbour Plan has grown every year.",
        "Councillors praised Harbour Trust's backing for the Harbour Plan.",
        "Councillors noted Harbour Trust's long-standing call for the Harbour Plan.",
    ],
)
def test_a_noun_of_support_with_its_owner_is_the_owners_support(extractor, sentence):
    assert ("Harbour Trust", "SUPPORTS", "Harbour Plan") in relations(extractor, _PLAN + sentence)


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Trust's call for an inquiry into the Harbour Plan was rejected.",
        "Harbour Trust has not given its support for the Harbour Plan.",
        "Their support for the Harbour Plan is well known.",
        "Harbour Trust's call for the closure of the Harbour Plan office was rejected.",
        "Harbour Trust's support for children in Westshire is praised in the Harbour Plan.",
    ],
)
def test_no_support_from_a_noun_whose_owner_or_object_is_not_the_stance(extractor, sentence):
    assert ("Harbour Trust", "SUPPORTS", "Harbour Plan") not in relations(extractor, _PLAN + sentence)
