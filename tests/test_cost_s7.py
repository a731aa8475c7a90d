"""Session 7, cost: the shortcuts that make extraction cheaper give what the plain walks they
replace gave. Each test compares the fast code with a plain reference written here (the code as
it was), on texts with and without line breaks; no timing is asserted (`make bench` measures
speed)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from caregraph.extract.nlp import mark_line_breaks
from helpers import RAW

# --- sentence starts from layout ----------------------------------------------------------

_END_PUNCT = frozenset('.!?:;"\u201d\'')
_ITEM_OPENERS = frozenset("\u2022\u00b7*-\u2023")


def _plain_line_breaks(doc):  # type: ignore[no-untyped-def]
    """nlp.mark_line_breaks as it was: every token visited, the text before each copied."""
    text = doc.text
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_space:
            continue
        gap = prev.text if prev.is_space else prev.whitespace_
        if "\n" not in gap and not (prev.is_space and "\n" in prev.whitespace_):
            continue
        line_start = text.rfind("\n", 0, tok.idx) + 1
        before = text[:line_start].rstrip()
        previous_line = before[before.rfind("\n") + 1 :]
        blank = text.count("\n", len(before), tok.idx) >= 2
        if (
            blank
            or tok.text[:1] in _ITEM_OPENERS
            or (previous_line and previous_line[-1] in _END_PUNCT)
            or (len(previous_line) < 60 and tok.text[:1].isupper())
        ):
            tok.is_sent_start = True
    return doc


def _starts(doc) -> list[bool | None]:  # type: ignore[no-untyped-def]
    return [t.is_sent_start for t in doc]


_PIECES = ["word", "Title", "The", ".", ":", "\u2022", "-", "*", " ", "  ", "\n", "\n\n", "\n \n", " \n",
           "\t", "\r\n", "\u00a0", "\u201d", "Westshire Council", "a long line of running prose " * 3]


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_line_break_starts_equal_the_walk_over_every_token(blank_nlp, pieces):
    text = "".join(pieces)
    assert _starts(mark_line_breaks(blank_nlp(text))) == _starts(_plain_line_breaks(blank_nlp(text)))


def test_line_break_starts_on_the_seed_documents_with_and_without_line_breaks(blank_nlp):
    for path in sorted(RAW.glob("*.txt"))[:6]:
        text = path.read_text(encoding="utf-8")
        for version in (text, " ".join(text.split())):
            fast, plain = mark_line_breaks(blank_nlp(version)), _plain_line_breaks(blank_nlp(version))
            assert _starts(fast) == _starts(plain), path.name


def test_a_text_without_line_breaks_marks_nothing(blank_nlp):
    doc = mark_line_breaks(blank_nlp("Care Review publishes report The review said more. Next part."))
    assert not any(t.is_sent_start for t in doc[1:])
