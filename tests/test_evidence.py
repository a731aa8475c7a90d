"""Evidence bounds: the anchor's paragraph of a sentence, without a stray closing quote."""

from __future__ import annotations

import pytest

from caregraph.core.evidence import evidence_bounds


def cut(text: str, anchor_word: str) -> str:
    lo, hi = evidence_bounds(text, 0, len(text), text.index(anchor_word))
    return text[lo:hi]


def test_a_sentence_running_over_a_blank_line_is_cut_to_the_anchor_paragraph():
    text = "Heading about plans\n\nThe board approved the plan."
    assert cut(text, "approved") == "The board approved the plan."
    assert cut(text, "plans") == "Heading about plans"


def test_a_list_item_is_its_own_evidence():
    text = "Ideas include:\n\u2022 Open Doors helps families.\n\u2022 Safe Steps trains carers."
    assert cut(text, "trains") == "\u2022 Safe Steps trains carers."


@pytest.mark.parametrize("opening", ["\u201d ", "\" ", "\u201d\n\n"])
def test_a_closing_quote_of_the_previous_sentence_is_dropped(opening):
    text = opening + "Jane Porter said the plan was bold."
    assert cut(text, "Porter") == "Jane Porter said the plan was bold."


def test_a_quotation_that_the_sentence_opens_is_kept():
    text = "\"The plan is bold,\" said Jane Porter."
    assert cut(text, "Porter") == text
