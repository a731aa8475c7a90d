"""The extractor never raises on a document made of ordinary line shapes: punctuation-only lines,
bullets, numbered items, list intros ending in a colon, quotes, headings, names. A rule that
indexes a line's words must cope with a line that has none: one such IndexError made a whole
council's minutes fail (a line holding only ":"), and the run lost every entity on that page.

The lines are drawn by hypothesis from invented shapes; each example runs the real pipeline."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

LINES = [
    ":", "-", "\u2022", "*", "1.", "2)", "(a)", "\u201c", "\u201d", ";", "\u2013", "...", "", " ",
    "The review recommends:", "Our asks:", "We are asking the government to:", "The Bill will:",
    "The strategy sets out three pillars:", "It responds to the recommendations made by:",
    "Jane Porter believes there are areas where the plan should be amended:",
    "\u2022 a national fostering register", "- introduce a carers' allowance", "1. Double the number of homes",
    "\u2022 ", "- :", "1.", "Harbour Trust", "Westshire County Council", "The Harbour Review (HR)",
    "\u201cWe welcome the Fair Futures Strategy,\u201d said Omar Farouk, chair of the Harbour Trust.",
    "Jane Porter, chief executive of the Harbour Trust, said:", "Minutes", "Present:", "Cllr Ann Lee (Chair)",
    "The Westshire Plan: Building Better Homes", "Read more", "(", ")", "\u201cSupport, support, support.",
    "Clause 4:", "|", "| Name | Role |", "Mr", "Lord", "Baroness Hale of Westshire", "She said:", "He added", "we",
    "Our", "The Harbour Trust welcomes the Westshire Plan.", "\u2022 Westshire County Council,", "and", "by:",
    "It responds to:", "the", "The report, published by the Harbour Trust, calls for:", "(HR)", "\u2019s", "'",
]


@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=14))
def test_any_document_of_these_lines_is_extracted_without_an_error(extractor, lines):
    text = "\n".join(lines)
    assume(text.strip())  # an empty file is an input error of its own (test_ingest)
    extractor.process_text(text)


@pytest.mark.parametrize("text", [":", "Minutes\n:\nPresent:", "- :\n\u2022 \n1.", "Our asks:\n:\n\u2022 ", "\u201c\n:"])
def test_a_document_of_punctuation_lines_is_extracted_without_an_error(extractor, text):
    extractor.process_text(text)
