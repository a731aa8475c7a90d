"""Support classes of session 14: a page titled as one body's text inside a longer title ("Westshire
Review: HT Response to Final Report" speaks as HT), a partner in a joint welcome ("X joined Y in
welcoming Z"), a welcome of what "its" or "it" stands for ("welcomes its ambition", "the opportunity
it brings": the text the previous sentence names), and a feeling about being chosen for a programme
the act names by a definite reference ("delighted to have been chosen to lead this programme"); each
with near misses that must not fire. Invented sentences and names throughout."""

from __future__ import annotations

import pytest

from helpers import text_relations as relations

_BILL = "The Westshire Care Bill was introduced to Parliament on Monday by the Department for Coastal Affairs."


@pytest.mark.model
def test_a_title_naming_a_bodys_response_after_a_colon_makes_its_we_the_bodys(extractor):
    text = ("Westshire Care Bill: Harbour Trust Response to Final Report\n\n" + _BILL + "\n\n"
            "We endorse the Westshire Care Bill and its plans for kinship carers. Harbour Trust has worked with carers "
            "since 2001.")
    assert ("Harbour Trust", "SUPPORTS", "Westshire Care Bill") in relations(extractor, text)


@pytest.mark.model
def test_a_title_with_no_statement_noun_gives_the_page_no_voice(extractor):
    text = ("Westshire Care Bill: Harbour Trust at the Final Report\n\n" + _BILL + "\n\n"
            "We endorse the Westshire Care Bill and its plans for kinship carers. Harbour Trust has worked with carers "
            "since 2001.")
    assert ("Harbour Trust", "SUPPORTS", "Westshire Care Bill") not in relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Trust joined the Eastborough Children's Alliance in welcoming the Westshire Care Bill.",
        "The Harbour Trust joins the Eastborough Children's Alliance in supporting the Westshire Care Bill.",
    ],
)
def test_the_partner_of_a_joint_welcome_supports_too(extractor, sentence):
    found = relations(extractor, _BILL + "\n\n" + sentence)
    assert ("Eastborough Children's Alliance", "SUPPORTS", "Westshire Care Bill") in found
    assert ("Harbour Trust", "SUPPORTS", "Westshire Care Bill") in found


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Trust did not join the Eastborough Children's Alliance in welcoming the Westshire Care Bill.",
        # the partner of another act, not of the welcome
        "The Harbour Trust met the Eastborough Children's Alliance in Westshire and welcomed the Westshire Care Bill.",
    ],
)
def test_no_partner_support_where_the_joint_welcome_is_not_stated(extractor, sentence):
    found = relations(extractor, _BILL + "\n\n" + sentence)
    assert ("Eastborough Children's Alliance", "SUPPORTS", "Westshire Care Bill") not in found


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Trust welcomes its ambition for kinship carers.",
        "The Harbour Trust welcomes the opportunity it brings for kinship carers.",
    ],
)
def test_a_welcome_of_what_its_text_brings_supports_the_text_the_previous_sentence_names(extractor, sentence):
    assert ("Harbour Trust", "SUPPORTS", "Westshire Care Bill") in relations(extractor, _BILL + " " + sentence)


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Trust does not welcome its ambition for kinship carers.",
        # two texts before: which one "its" is would be a guess
        "The Westshire Care Bill follows the Eastborough Families Review. The Harbour Trust welcomes its ambition.",
    ],
)
def test_no_welcome_of_its_text_when_negated_or_ambiguous(extractor, sentence):
    found = relations(extractor, _BILL + " " + sentence)
    assert ("Harbour Trust", "SUPPORTS", "Westshire Care Bill") not in found
    assert ("Harbour Trust", "SUPPORTS", "Eastborough Families Review") not in found


_CHOSEN = ("Westshire County Council chosen for the Family Bridges Programme\n\n"
           "Westshire County Council is one of three councils chosen to take part in the Family Bridges Programme.\n\n")


@pytest.mark.model
def test_delight_at_being_chosen_to_lead_this_programme_supports_it(extractor):
    text = _CHOSEN + ("Councillor Jane Porter, cabinet member for children, said: \u201cWe are delighted to have "
                      "been chosen by government to spearhead this important programme.\u201d")
    assert ("Jane Porter", "SUPPORTS", "Family Bridges Programme") in relations(extractor, text)


@pytest.mark.model
def test_no_support_from_a_negated_feeling_about_being_chosen(extractor):
    text = _CHOSEN + ("Councillor Jane Porter, cabinet member for children, said: \u201cWe are not delighted to have "
                      "been chosen by government to spearhead this programme.\u201d")
    assert ("Jane Porter", "SUPPORTS", "Family Bridges Programme") not in relations(extractor, text)


_BLOG = ("Blog\n\nBy Jane Porter\n\nI have argued for reform of family support for many years, and I welcome "
         "the Westshire Care Bill.\n\n")


@pytest.mark.model
def test_a_second_coordinated_adjective_of_praise_is_said_of_the_copulas_subject(extractor):
    text = _BLOG + ("Measures like the Family Bridges Programme are long-overdue and very welcome. I have written "
                    "about them before.")
    assert ("Jane Porter", "SUPPORTS", "Family Bridges Programme") in relations(extractor, text)


@pytest.mark.model
def test_no_praise_from_a_coordinated_adjective_under_a_negated_copula(extractor):
    text = _BLOG + ("Measures like the Family Bridges Programme are not overdue or welcome. I have written "
                    "about them before.")
    assert ("Jane Porter", "SUPPORTS", "Family Bridges Programme") not in relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("Welcoming the Westshire Care Bill, Jane Porter, chief executive of the Harbour Trust, said it was overdue.",
         "Jane Porter"),
        ("Welcoming the Westshire Care Bill, the Harbour Trust said it was overdue.", "Harbour Trust"),
    ],
)
def test_an_opening_participle_of_welcome_is_the_first_name_after_its_comma(extractor, sentence, holder):
    assert (holder, "SUPPORTS", "Westshire Care Bill") in relations(extractor, _BILL + "\n\n" + sentence)


@pytest.mark.model
def test_no_welcome_from_a_participle_clause_that_is_a_subject_with_no_name_after_a_comma(extractor):
    sentence = "Welcoming the Westshire Care Bill is the right thing for the Harbour Trust to do."
    assert ("Harbour Trust", "SUPPORTS", "Westshire Care Bill") not in relations(extractor, _BILL + "\n\n" + sentence)


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Trust agrees with the Westshire Care Bill.",
        "The Harbour Trust strongly agreed with the Westshire Care Bill's aims for kinship carers.",
    ],
)
def test_agreeing_with_a_text_supports_it(extractor, sentence):
    assert ("Harbour Trust", "SUPPORTS", "Westshire Care Bill") in relations(extractor, _BILL + "\n\n" + sentence)


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Trust does not agree with the Westshire Care Bill.",
        "The Harbour Trust disagrees with the Westshire Care Bill.",
        "The Harbour Trust may agree with the Westshire Care Bill.",
        "The Harbour Trust agreed with the Westshire Care Bill in part but said much more was needed.",
        "The Harbour Trust partly supports the Westshire Care Bill.",
    ],
)
def test_no_support_from_agreement_denied_hedged_or_partial(extractor, sentence):
    assert ("Harbour Trust", "SUPPORTS", "Westshire Care Bill") not in relations(extractor, _BILL + "\n\n" + sentence)


_RESPONSE = ("Comment on the Westshire Care Bill\n\nResponding to the Westshire Care Bill, Jane Porter, chief executive "
             "of the Harbour Trust, said:\n")


@pytest.mark.model
def test_praise_for_concerns_being_heard_supports_neither_their_topic_nor_the_page_topic(extractor):
    text = _RESPONSE + ("\u201cIt is positive to see that concerns raised by the Harbour Trust regarding the Family "
                        "Bridges Programme have been listened to. We still await a lot of detail.\u201d")
    found = relations(extractor, text)
    assert ("Jane Porter", "SUPPORTS", "Family Bridges Programme") not in found
    assert ("Jane Porter", "SUPPORTS", "Westshire Care Bill") not in found


@pytest.mark.model
def test_praise_for_a_programme_being_heard_still_supports_it(extractor):
    text = _RESPONSE + ("\u201cIt is positive to see that the Family Bridges Programme has been extended. We still "
                        "await a lot of detail.\u201d")
    assert ("Jane Porter", "SUPPORTS", "Family Bridges Programme") in relations(extractor, text)


@pytest.mark.model
def test_welcoming_concerns_about_a_text_is_no_support_for_it(extractor):
    text = _BILL + "\n\nThe Harbour Trust welcomed the concerns about the Westshire Care Bill."
    assert ("Harbour Trust", "SUPPORTS", "Westshire Care Bill") not in relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("The Harbour Trust has urged ministers to implement the Westshire Care Bill in full.", "Harbour Trust"),
        ("Jane Porter said: \u201cWe urge the Government to implement the Westshire Care Bill.\u201d", "Jane Porter"),
    ],
)
def test_urging_another_to_carry_a_text_forward_supports_it(extractor, sentence, holder):
    assert (holder, "SUPPORTS", "Westshire Care Bill") in relations(extractor, _BILL + "\n\n" + sentence)


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Trust did not urge ministers to implement the Westshire Care Bill.",
        "The Harbour Trust urged ministers to repeal the Westshire Care Bill.",
        "The Harbour Trust urged ministers to discuss the Westshire Care Bill.",
        "The Harbour Trust called the council to implement the Westshire Care Bill.",
    ],
)
def test_no_support_from_an_urge_denied_of_undoing_or_of_no_carrying_forward(extractor, sentence):
    assert ("Harbour Trust", "SUPPORTS", "Westshire Care Bill") not in relations(extractor, _BILL + "\n\n" + sentence)


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The Westshire Care Bill has the backing of the Harbour Trust.",
        "The Westshire Care Bill has won the support of the Harbour Trust.",
    ],
)
def test_a_text_that_has_someones_backing_is_supported_by_them(extractor, sentence):
    assert ("Harbour Trust", "SUPPORTS", "Westshire Care Bill") in relations(extractor, _BILL + "\n\n" + sentence)


@pytest.mark.model
def test_no_support_where_a_text_does_not_have_the_backing(extractor):
    sentence = "The Westshire Care Bill does not have the backing of the Harbour Trust."
    assert ("Harbour Trust", "SUPPORTS", "Westshire Care Bill") not in relations(extractor, _BILL + "\n\n" + sentence)


_ISSUED = ("Following the introduction of the Westshire Care Bill, the Harbour Trust has issued the following "
           "statement:\n\n")


@pytest.mark.model
def test_a_statement_an_organisation_issues_is_its_own_and_its_we_is_the_organisation(extractor):
    text = _ISSUED + ("\u201cToday, the government has introduced the Westshire Care Bill to Parliament. We warmly "
                      "welcome the Westshire Care Bill and its plans for kinship carers.\u201d")
    assert ("Harbour Trust", "SUPPORTS", "Westshire Care Bill") in relations(extractor, text)


@pytest.mark.model
def test_a_statement_issued_with_no_quoted_paragraph_attributes_nothing(extractor):
    text = _ISSUED + ("Today, the government has introduced the Westshire Care Bill to Parliament. Many charities "
                      "welcome the Westshire Care Bill.")
    assert ("Harbour Trust", "SUPPORTS", "Westshire Care Bill") not in relations(extractor, text)
