"""Session 7, cost: the shortcuts that make extraction cheaper give what the plain walks they
replace gave. Each test compares the fast code with a plain reference written here (the code as
it was), on texts with and without line breaks; no timing is asserted (`make bench` measures
speed)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caregraph.extract import syntax
from caregraph.extract.nlp import _headline_shaped, mark_line_breaks
from caregraph.extract.proposals import find_recommendations, triggers
from caregraph.extract.relations.context import Context
from helpers import RAW

# --- sentence starts from layout ----------------------------------------------------------

_END_PUNCT = frozenset('.!?:;"\u201d\'')
_ITEM_OPENERS = frozenset("\u2022\u00b7*-\u2023")


def _plain_line_breaks(doc):  # type: ignore[no-untyped-def]
    """nlp.mark_line_breaks as it was: every token visited, the text before each copied (with
    the document's first line ending its sentence when it is headline-shaped, nlp._headline_shaped)."""
    text = doc.text
    first = len(text) - len(text.lstrip())
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_space:
            continue
        gap = prev.text if prev.is_space else prev.whitespace_
        if "\n" not in gap and not (prev.is_space and "\n" in prev.whitespace_):
            continue
        line_start = text.rfind("\n", 0, tok.idx) + 1
        before = text[:line_start].rstrip()
        previous_start = before.rfind("\n") + 1
        previous_line = before[previous_start:]
        blank = text.count("\n", len(before), tok.idx) >= 2
        if (
            blank
            or tok.text[:1] in _ITEM_OPENERS
            or (previous_line and previous_line[-1] in _END_PUNCT)
            or (len(previous_line) < 60 and tok.text[:1].isupper())
            or (tok.text[:1].isupper() and previous_start <= first and _headline_shaped(previous_line))
        ):
            tok.is_sent_start = True
    return doc


def _starts(doc) -> list[bool | None]:  # type: ignore[no-untyped-def]
    return [t.is_sent_start for t in doc]


_PIECES = ["word", "Title", "The", "of", "(", ",", ".", ":", "\u2022", "-", "*", " ", "  ", "\n", "\n\n", "\n \n", " \n",
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


# --- word forms ----------------------------------------------------------------------------


@given(st.lists(st.sampled_from(["Care", "care", "the", "The", "\u2019s", "\n", "-", "2024", "caf\u00e9"]), max_size=30))
def test_word_forms_are_the_token_texts(blank_nlp, words):
    doc = blank_nlp(" ".join(words))
    assert syntax.word_forms(doc) == frozenset(t.text for t in doc)


def test_word_forms_are_read_per_document(blank_nlp):
    first, second = blank_nlp("Harbour Trust"), blank_nlp("harbour trust")
    assert syntax.word_forms(first) == {"Harbour", "Trust"}
    assert syntax.word_forms(second) == {"harbour", "trust"}
    assert syntax.word_forms(first) == {"Harbour", "Trust"}


# --- token indexes of the relation context -------------------------------------------------


@pytest.mark.model
def test_context_token_indexes_equal_a_walk_over_the_tokens(nlp, schema):
    doc = nlp("The Chair of the board said the council's chairs and the CHAIR's report were ready. "
              "Our plans and its recommendations: \u2018we\u2019 said it's Recommendations' day.")
    ctx = Context(doc, [], [], [], schema, lambda s, e: doc.text[s:e])
    for words in (("chair",), ("'s", "'"), ("recommendation", "recommendations", "our"), ("absent",)):
        by_word = [t.i for t in doc if t.lemma_.lower() in words or t.lower_ in words]
        by_lower = [t.i for t in doc if t.lower_ in words]
        assert [t.i for t in ctx.tokens_with_word(words)] == by_word
        assert [t.i for t in ctx.tokens_with_lower(words)] == by_lower
    assert [t.i for t in ctx.verbs()] == [t.i for t in doc if t.pos_ == "VERB"]


# --- proposal triggers ----------------------------------------------------------------------


class _Everything(frozenset[str]):
    def __contains__(self, item: object) -> bool:
        return True


@pytest.mark.model
def test_trigger_words_skip_only_tokens_no_reading_applies_to(nlp, schema, monkeypatch):
    """The recommendations of real documents are the same with the trigger-word filter of
    `triggers.from_token` and with every token read through."""
    rules = schema.entities
    texts = [p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))[:8]]
    docs = list(nlp.pipe(texts))
    filtered = [find_recommendations(doc, rules) for doc in docs]
    assert any(filtered)
    everything = _Everything()
    monkeypatch.setattr(triggers, "_trigger_words", lambda _rules: (everything, everything))
    assert [find_recommendations(doc, rules) for doc in docs] == filtered


@pytest.mark.model
def test_trigger_indexes_are_the_tokens_from_token_reads(nlp, schema):
    rules = schema.entities
    verbs, nouns = triggers._trigger_words(rules)
    for path in sorted(RAW.glob("*.txt"))[:4]:
        doc = nlp(path.read_text(encoding="utf-8"))
        plain = [t.i for t in doc if t.dep_ == "amod"
                 or (t.pos_ == "VERB" and (t.lemma_.lower() in verbs or t.lower_ == "according"))
                 or (t.pos_ == "NOUN" and (t.lemma_.lower() in nouns or t.lower_ in nouns))]
        assert triggers.trigger_indexes(doc, rules) == plain
