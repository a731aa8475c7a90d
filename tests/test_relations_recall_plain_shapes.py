"""Relation recall of session 7 (issue 15): shapes that state a relation plainly and that the
rules missed on real pages without gold, each with invented sentences of the same shape and
near misses that must not change (the trained pipeline: the shapes are whole sentences)."""

from __future__ import annotations

import pytest

from helpers import text_relations

pytestmark = pytest.mark.model


relations = text_relations


# --- an honorific between a post and the name ("Harbour Trust's CEO, Dr Jane Porter, said")


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Trust's chief executive, Dr Jane Porter, said the plan came too late.",
        "Responding to the plan, Chief Executive at Harbour Trust, Professor Jane Porter, said it came too late.",
        "The council asked the Director of Harbour Trust, Dame Jane Porter, to lead a study of carers.",
        "Harbour Trust chief executive Cllr Jane Porter said the plan came too late.",
    ],
)
def test_a_post_before_an_honorific_and_a_name(extractor, text):
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") in relations(extractor, text)


def test_a_name_with_an_honorific_alone_on_its_line_above_a_list_of_other_people_holds_no_post(extractor):
    # a list of members, one a line: the next line is another person's, not her post
    text = ("Present:\n\nMrs Jane Porter\n\nNon-Voting Members: Mrs Ann Reed (Westshire Governors Association)\n\n"
            "The minutes were agreed.")
    found = relations(extractor, text)
    assert ("Jane Porter", "ROLE_AT", "Westshire Governors Association") not in found


# --- a spaced dash between a name and its post ("Jane Porter – Chair of Y said:")


@pytest.mark.parametrize(
    "text",
    [
        "Jane Porter \u2013 Chair of the Harbour Trust said the review was thorough.",
        "Jane Porter - Director of Policy at the Harbour Trust. She joined in 2019.",
        "Answered by Jane Porter - Parliamentary Under-Secretary (Harbour Trust)\n\nThe trust will publish a plan.",
    ],
)
def test_a_spaced_dash_parts_a_name_from_its_post(extractor, text):
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a hyphen inside a word is no separator
        "Jane Porter-Smith visited the Harbour Trust and its director on Monday.",
        # the dash opens an aside with a verb: no post
        "The plan was backed by Jane Porter \u2013 who met the Harbour Trust \u2013 on Monday.",
    ],
)
def test_a_dash_that_parts_no_post_from_a_name(extractor, text):
    found = relations(extractor, text)
    assert not any(r == "ROLE_AT" and t == "Harbour Trust" for _, r, t in found)


def test_a_post_with_its_organisation_in_brackets_after_a_comma(extractor):
    text = "Jane Porter, Chief Executive (Harbour Trust), said the plan came too late."
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") in relations(extractor, text)


def test_a_post_that_names_its_body_holds_none_at_the_body_in_the_next_apposition(extractor):
    text = ("Jane Porter, Chair of the Westshire Investment Trust (WIT), the largest shareholder of the "
            "Northgate Fund, explained that the trust had agreed.")
    found = relations(extractor, text)
    assert ("Jane Porter", "ROLE_AT", "Westshire Investment Trust") in found
    assert ("Jane Porter", "ROLE_AT", "Northgate Fund") not in found


# --- a post the mention stage took into an organisation's name


def test_a_role_glued_to_another_organisations_name_is_a_post_at_that_organisation(extractor):
    text = ("The Westshire Carers Network (WCN) welcomed the plan on Monday.\n\n"
            "Jane Porter, Children's Services Spokesperson for the Westshire Carers Network, said: \"It is a start.\"")
    found = relations(extractor, text)
    assert ("Jane Porter", "ROLE_AT", "Westshire Carers Network") in found
    assert not any(r == "ROLE_AT" and "Spokesperson" in t for _, r, t in found)


def test_an_office_named_after_its_holder_stays_the_workplace(extractor):
    text = "Rachel Stone, Children's Commissioner for England, said the figures were alarming."
    assert ("Rachel Stone", "ROLE_AT", "Children's Commissioner for England") in relations(extractor, text)


# --- a body without a post: "X, of Y (ACR), warned", "X from Y (ACR) said", and a line of
# names with their bodies in brackets (a transcript's speaker line, a byline)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Porter, of the Harbour Trust (HT), warned that beds could be lost.",
        "Jane Porter from the Harbour Trust (HT) supported links with the councils.",
        "Where has the money gone?\n\nJane Porter (Harbour Trust) and Tom Reed (Westshire College)\n\n"
        "Spending on services for children has fallen for a decade.",
        "The Deputy Convener\n\nAgenda item 2 is the report.\n\nJane Porter (Harbour Trust)\n\nThank you for the invitation.",
    ],
)
def test_a_persons_body_without_a_post(extractor, text):
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") in relations(extractor, text)


def test_both_names_of_a_byline_take_their_own_bodies(extractor):
    text = ("Where has the money gone?\n\nJane Porter (Harbour Trust) and Tom Reed (Westshire College)\n\n"
            "Spending on services for children has fallen for a decade.")
    found = relations(extractor, text)
    assert ("Tom Reed", "ROLE_AT", "Westshire College") in found
    assert ("Jane Porter", "ROLE_AT", "Westshire College") not in found


@pytest.mark.parametrize(
    "text",
    [
        # a sentence with a verb on the name's line, the person no subject: a visit, not a post
        "The minister thanked Jane Porter (Harbour Trust) for the visit on Monday.",
        # "of" a place or a phrase that is more than a body's name
        "Jane Porter, of the Harbour Trust and the county's schools, warned that beds could be lost.",
    ],
)
def test_a_body_beside_a_name_that_is_no_affiliation(extractor, text):
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") not in relations(extractor, text)


# --- a transcript's speaker line stands over the speaker's words: "I" there is the speaker

_DEBATE = (
    "Commons Chamber\nRead Full debate Read Hansard Text\n"
    "Tom Reed Portrait Tom Reed\n- View Speech - Hansard - - - Excerpts\n\n"
    "I am pleased to see the improvements made in Westshire.\n\n"
    "{speaker}\n- View Speech - Hansard - -\n\n"
    "I truly welcome the Fair Futures Review. I declare an interest as chair of the Harbour Trust.\n\n"
    "Tom Reed Portrait Tom Reed\n- View Speech - Hansard - - - Excerpts\n\n"
    "I cannot commit to implementing the entire report in full.\n"
)


@pytest.mark.parametrize(
    "speaker",
    [
        "Jane Porter Portrait Jane Porter (Westshire North) (Lab)",
        "Jane Porter (Lab)",
        "Jane Porter:",
    ],
)
def test_the_words_under_a_speaker_line_are_the_speakers(extractor, speaker):
    found = relations(extractor, _DEBATE.format(speaker=speaker))
    # (before a colon the mention stage may keep the first name only: "Jane")
    assert any(s.startswith("Jane") and (r, t) == ("SUPPORTS", "Fair Futures Review") for s, r, t in found)
    assert any(s.startswith("Jane") and (r, t) == ("ROLE_AT", "Harbour Trust") for s, r, t in found)
    # the next speaker's words are not hers, nor hers his
    assert ("Tom Reed", "SUPPORTS", "Fair Futures Review") not in found
    assert ("Tom Reed", "ROLE_AT", "Harbour Trust") not in found


def test_a_name_alone_on_its_line_is_no_speaker_line(extractor):
    # a byline among running text, or a list of names: no speaker
    text = ("The panel met on Monday to hear from the families and the councils of the county.\n\n"
            "Jane Porter\n\nTom Reed\n\nAnn Lee\n\n"
            "I truly welcome the Fair Futures Review, said the chair of the panel on Monday.\n")
    found = relations(extractor, text)
    assert ("Jane Porter", "SUPPORTS", "Fair Futures Review") not in found
    assert ("Tom Reed", "SUPPORTS", "Fair Futures Review") not in found


def test_a_name_card_with_a_titled_name_and_a_page_heading_of_excerpts(extractor):
    text = ("Fair Futures Review Debate\n\nBaroness Reed of Westshire Excerpts\nThursday 8th December 2022\n"
            "Lords Chamber\nBaroness Reed of Westshire Portrait Baroness Reed of Westshire (LD)\n"
            "- View Speech - Hansard - -\n\n"
            "My Lords, this has been an excellent debate. I declare an interest as chair of the Harbour Trust.\n")
    result = extractor.process_text(text, doc_id="t")
    people = {e.label for e in result.entities if e.type == "Person"}
    # "Excerpts" is a page word after the name, not part of it
    assert not any("Excerpts" in p for p in people)
    found = relations(extractor, text)
    assert ("Baroness Reed of Westshire", "ROLE_AT", "Harbour Trust") in found
