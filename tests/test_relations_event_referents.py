"""A reaction to an event noun that names nothing ("welcomed the announcement", "hailed the move",
"The rollout was welcomed. Jane Porter described it as brilliant news", "referred to the
announcement as a positive step forward"): the one programme or publication the previous sentence
or the page's opening names (relations.yaml event_nouns, Context.event_referent); never a guess
between two, never an indefinite noun, never a decision to undo something. Invented pages."""

from __future__ import annotations

import pytest

from helpers import text_relations as relations

_OPENING = "Harbour Trust news\n\nThe Government has launched the Northshire Families Programme to help parents.\n\n"


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "edge"),
    [
        # the event noun as the object of a verb of welcome
        ("Jane Porter, director of the Harbour Trust, welcomed the decision.",
         ("Jane Porter", "SUPPORTS", "Northshire Families Programme")),
        ("Tom Reed, chair of Kestrel Aid, hailed the move.",
         ("Tom Reed", "SUPPORTS", "Northshire Families Programme")),
        # "it" after a sentence whose subject is an event noun, in a description of praise
        ("The rollout has been widely welcomed by charities. Jane Porter, director of the Harbour Trust, "
         "described it as \u201cbrilliant news\u201d.",
         ("Jane Porter", "SUPPORTS", "Northshire Families Programme")),
        # "referred to ... as" a step of progress
        ("Tom Reed, chair of Kestrel Aid, referred to the announcement as a \u201cpositive step forward for "
         "families.\u201d", ("Tom Reed", "SUPPORTS", "Northshire Families Programme")),
        # a speaker's own quoted words of welcome
        ("Jane Porter, director of the Harbour Trust, said:\n\n\u201cWe welcome this decision.\u201d",
         ("Jane Porter", "SUPPORTS", "Northshire Families Programme")),
    ],
)
def test_a_reaction_to_an_event_noun_is_to_the_pages_programme(extractor, body, edge):
    assert edge in relations(extractor, _OPENING + body)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "edge"),
    [
        # the previous sentence names another programme than the opening's: a guess between two
        (_OPENING + "Westshire Council also runs the Eastborough Mentoring Scheme. "
         "Jane Porter, director of the Harbour Trust, welcomed the move.",
         ("Jane Porter", "SUPPORTS", "Northshire Families Programme")),
        # an indefinite noun is no reference to what came before
        (_OPENING + "Jane Porter, director of the Harbour Trust, welcomed a decision on school meals.",
         ("Jane Porter", "SUPPORTS", "Northshire Families Programme")),
        # a decision to undo something is no support for it
        (_OPENING + "Jane Porter, director of the Harbour Trust, welcomed the decision to scrap the pilot.",
         ("Jane Porter", "SUPPORTS", "Northshire Families Programme")),
        # a step with no word of progress
        (_OPENING + "Tom Reed, chair of Kestrel Aid, referred to the announcement as a first step.",
         ("Tom Reed", "SUPPORTS", "Northshire Families Programme")),
    ],
)
def test_no_reaction_to_an_event_noun_without_one_referent(extractor, text, edge):
    assert edge not in relations(extractor, text)
