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
    # shapes of public pages read in a crash hunt (judgments, Hansard, minutes, FOI replies,
    # transcripts, viewer tables, PDF text, mojibake), with invented names
    "B e f o r e :", "____________________", "- and -", "-and-", "---|---|", "| Jane Porter | Westshire |",
    "\u00a7 Mr. PorterTo ask the Secretary of State", "\u2020 Porter, Jane (Westshire) (Lab)", "(iii)", "23/5",
    "P:02", "Page 1:", "[0] Welcome, welcome.", "0:00:10 and welcome", "[00:00:07]", "\u00a0", "\t", "\u00b7",
    "Minutes:-", "RESOLVED: That the Cabinet:-", "1.0 Minutes", "Asked by: Lord Porter (Crossbench - Life peer)",
    "\u201aÄ\u010dEvery child needs love.", "\u0392\u00a394.1\u00b3\u038e", "Contents\u2026\u2026\u2026\u2026\u20264",
    "Diolch yn fawr, Lywydd.", "\u0627\u0644\u0637\u0641\u0644", "Join us \U0001f499 #HarbourHomes @HarbourTrust",
    "stringlengths", "\u2300 |", "a) within the Westshire area", "Yes, if required.",
]


@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=14))
def test_any_document_of_these_lines_is_extracted_without_an_error(extractor, lines):
    text = "\n".join(lines)
    assume(text.strip())  # an empty file is an input error of its own (test_ingest)
    extractor.process_text(text)


@pytest.mark.parametrize("text", [":", "Minutes\n:\nPresent:", "- :\n\u2022 \n1.", "Our asks:\n:\n\u2022 ", "\u201c\n:"])
def test_a_document_of_punctuation_lines_is_extracted_without_an_error(extractor, text):
    extractor.process_text(text)


# A cost that grows faster than the text: whether a capitalised name is also written in lower
# case ("Harbour Help" ... "harbour help") was a search of the whole document for every name,
# names times text (a third of the run on a 100,000-word report). It now looks only where the
# name's first two words stand; the answer must be the one the whole-text search gives.

_PIECES = ["harbour", "help", "Harbour", "Help", "westshire", "trust", "helpers", "re", "İ", "i̇", "_", "-", "2",
           " ", " ", " ", "  ", "\n", ".", ",", "(", "'", "\u2019"]
_NAMES = ["Harbour Help", "Help Harbour", "Westshire Trust", "Harbour Help Trust", "Re Harbour", "İ Help",
          "Harbour", "Harbour Help2"]


def _whole_text_search(text: str, name: str) -> bool:
    import re

    words = name.split()
    if len(words) < 2 or not all(w.isalpha() for w in words):
        return False
    return re.search(r"(?<![\w-])" + re.escape(" ".join(w.lower() for w in words)) + r"(?![\w-])", text) is not None


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join), st.sampled_from(_NAMES))
def test_lower_case_writing_found_at_the_first_words_is_the_whole_text_answer(text, name):
    from caregraph.extract.mentions import doubts

    assert doubts.written_in_lower_case(doubts.WordStarts(text), name) == _whole_text_search(text, name)


def test_lower_case_writing_is_looked_for_only_where_the_first_words_stand(monkeypatch):
    from caregraph.extract.mentions import doubts

    tried = [0]  # places tried: one per match attempt, the text's length for a whole-text search
    real = doubts._phrase_pattern

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def match(self, text, at):
            tried[0] += 1
            return self.pattern.match(text, at)

        def search(self, text):
            tried[0] += len(text)
            return self.pattern.search(text)

    monkeypatch.setattr(doubts, "_phrase_pattern", lambda phrase: Counting(real(phrase)))
    counts = []
    for filler in (10, 20_000):
        tried[0] = 0
        text = "The Harbour Help Strategy. " + "Jane Porter met the harbour workers of Westshire. " * filler \
            + "It brings harbour help to families, and harbour workers."
        assert doubts.written_in_lower_case(doubts.WordStarts(text), "Harbour Help")
        assert not doubts.written_in_lower_case(doubts.WordStarts(text), "Westshire Trust")
        counts.append(tried[0])
    # one place holds "harbour help" (no "harbour workers" is tried) and none "westshire
    # trust": the same work at 90 words or 160,000
    assert counts == [1, 1]
