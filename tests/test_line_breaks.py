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
