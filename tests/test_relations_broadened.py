"""Relation rules of session 6 (issue 15): rules broadened where their conditions were narrower
than the shape, each with invented pages and near misses that must not fire (the trained
pipeline: the shapes are pages and their opening lines)."""

from __future__ import annotations

import pytest

from helpers import text_relations

pytestmark = pytest.mark.model


relations = text_relations


# --- a speaker's post on a page that is the organisation's own (voice.page_body), whether or
# not the page says "we" outside quotations

_STATEMENT = (
    "Harbour Trust statement on the Fair Futures Review\n\n"
    "The Fair Futures Review was published on Monday after two years of work with families, schools, "
    "councils and charities across the whole of the county and its neighbours.\n\n"
    "{speaker}\n"
)

_LETTER = (
    "Letter from {writer}, to Mark Ellis, Chair of the Fair Futures Review\n\n"
    "Dear Mark, thank you for the review. The review is thorough and the Fair Futures Review is a landmark.\n\n"
    "Harbour Trust is a registered charity (no. 123456).\n"
)


@pytest.mark.parametrize(
    "speaker",
    [
        'Jane Porter, Head of Research, said: "The review is a start."',
        'Director of Policy Jane Porter said: "The review is a start."',
    ],
)
def test_a_speakers_post_is_at_the_body_the_page_is_by(extractor, speaker):
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") in relations(extractor, _STATEMENT.format(speaker=speaker))


def test_a_letters_writer_holds_her_post_at_the_body_the_letter_is_from(extractor):
    found = relations(extractor, _LETTER.format(writer="Jane Porter, Director of Policy"))
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") in found
    # the addressee's post names its own body: not the page's
    assert ("Mark Ellis", "ROLE_AT", "Harbour Trust") not in found


@pytest.mark.parametrize(
    "text",
    [
        # the writer's post names another body
        _LETTER.format(writer="Jane Porter, Director of Policy at the Northgate Foundation"),
        # a page that quotes another body's chief: not one body's own page
        _STATEMENT.format(speaker='Mark Ellis, chief executive of the Northgate Foundation, said: "It is a start."\n\n'
                          'Jane Porter, Head of Research, said: "The review is a start."'),
        # the speaker's sentence names another body
        _STATEMENT.format(speaker='Jane Porter, Head of Research, said the Northgate Foundation "agrees".'),
        # a person in the body of the page who says nothing
        _STATEMENT.format(speaker="Director of Policy Jane Porter visited a school in the town."),
        # nor in a later line
        _STATEMENT.format(speaker="The trust works with schools across the county.\n\nThe review was long.\n\n"
                          "Director of Policy Jane Porter visited a school in the town."),
        # no post
        _STATEMENT.format(speaker='Jane Porter said: "The review is a start."'),
    ],
)
def test_a_person_is_not_given_the_pages_body_otherwise(extractor, text):
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") not in relations(extractor, text)


# --- the organisation that opens a page's lead under its headline ("Westshire Council is set to
# launch ..."), for a speaker whose post names no body

_NEWS = (
    "Cabinet to consider new family support plan\n"
    "{lead} the Bright Steps programme, a new scheme for families across the county, this spring.\n"
    "Article date: 3 March 2025\n"
    "The programme will offer help to families at an early stage and bring services together.\n"
    "{speaker} said: \"The Bright Steps programme is a big step for families.\"\n"
)


@pytest.mark.parametrize("speaker", ["Councillor Jane Porter, Cabinet Member for Children,",
                                     "Director of Children's Services Jane Porter"])
def test_a_speakers_post_is_at_the_body_that_opens_the_lead(extractor, speaker):
    text = _NEWS.format(lead="Westshire County Council is set to launch", speaker=speaker)
    assert ("Jane Porter", "ROLE_AT", "Westshire County Council") in relations(extractor, text)


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # the lead opens with no organisation: the body is only named later
        ("Families in the county will benefit when Westshire County Council launches", "Councillor Jane Porter, "
         "Cabinet Member for Children,"),
        # the lead names two organisations
        ("Westshire County Council and the Northgate Foundation are set to launch", "Councillor Jane Porter, "
         "Cabinet Member for Children,"),
        # the body is the object of the lead's verb
        ("The government has asked Westshire County Council to launch", "Councillor Jane Porter, Cabinet Member "
         "for Children,"),
        # the speaker's post names another body
        ("Westshire County Council is set to launch", "Jane Porter, Director of Policy at the Northgate Foundation,"),
    ],
)
def test_the_lead_gives_no_post_otherwise(extractor, lead, speaker):
    text = _NEWS.format(lead=lead, speaker=speaker)
    assert ("Jane Porter", "ROLE_AT", "Westshire County Council") not in relations(extractor, text)
