"""Sentence starts from layout: the component that runs before the parser."""

from __future__ import annotations

import spacy

from caregraph.extract.nlp import mark_line_breaks


def starts(text: str) -> list[str]:
    doc = mark_line_breaks(spacy.blank("en")(text))
    return [t.text for t in doc[1:] if t.is_sent_start is True]


def test_a_title_without_a_full_stop_ends_at_its_line():
    assert "The" in starts("Care Review publishes first report\nThe review said more.")


def test_a_blank_line_starts_a_sentence_even_after_a_long_line():
    long_line = "word " * 30
    assert "Next" in starts(long_line + "\n\nNext paragraph here.")


def test_a_list_item_starts_a_sentence():
    assert "\u2022" in starts("Measures include:\n\u2022 a register of carers")


def test_wrapped_prose_is_left_to_the_parser():
    text = "The council said that the new arrangements for carers would be reviewed\nnext year by the board."
    assert starts(text) == []


HEADLINE = "Westshire council pledges new support for kinship carers across the county"


def test_a_long_headline_at_the_top_ends_its_sentence():
    assert len(HEADLINE) >= 60
    assert "Harbour" in starts(HEADLINE + "\nHarbour Trust said the plan would help families.")


def test_a_long_headline_after_leading_blank_lines_ends_its_sentence():
    assert "Harbour" in starts("\n\n" + HEADLINE + "\nHarbour Trust welcomed it.")


def test_a_headline_ending_in_a_name_ends_its_sentence():
    line = "Jane Porter named chief executive of the Harbour Trust for Children in Westshire"
    assert "The" in starts(line + "\nThe trust announced the appointment on Monday.")


def test_a_first_line_wrapped_before_a_name_stays_joined():
    # the line width broke the sentence after a preposition, before a capitalised name
    text = "Westshire County Council has today published the annual report of the\nHarbour Trust on its work."
    assert len(text.split("\n")[0]) >= 60
    assert starts(text) == []


def test_a_first_line_wrapped_at_a_comma_or_a_hyphen_stays_joined():
    assert starts("Westshire County Council, Eastshire Borough Council and Northshire Council,\nHarbour Trust and others.") == []
    assert starts("The review of arrangements for carers in Westshire was led by the well-\nKnown adviser Jane Porter.") == []


def test_a_first_line_with_an_open_bracket_stays_joined():
    text = "Westshire Family Help Strategy for Children and Young People (Harbour Trust\nCommittee Report) Jane Porter spoke."
    assert "Committee" not in starts(text)


def test_a_wrapped_sentence_continuing_in_lower_case_stays_joined():
    text = HEADLINE + "\nand beyond, the council said."
    assert starts(text) == []


def test_a_long_line_below_the_top_still_runs_on_to_a_capitalised_line():
    # a wrapped paragraph further down: only the document's first line reads as a headline
    body = "The board met on Monday and agreed that its review of family support in Westshire"
    text = "Board meeting\n\n" + body + "\nCounty Council would go ahead."
    assert "County" not in starts(text)


def test_a_document_without_line_breaks_is_unchanged():
    text = HEADLINE + " as Harbour Trust said the plan would help families."
    assert starts(text) == []
