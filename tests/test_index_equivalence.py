"""The per-document indexes read from the token array or once per document give what the
walk over the tokens they replaced gives (invented sentences)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from caregraph.extract.mentions.doubts import WordStarts
from caregraph.extract.relations.context import _in_question
from caregraph.extract.relations.quotes import _CLOSING_QUOTES, _Marks, _opening_text

WORDS = ["Jane", "Porter", "said", ":", "\u201cWe", "back", "it", ".\u201d", "\n\n", "'", "Harbour", "Trust", "'",
         "runs", "it", "?", "\n", "Does", "it", "?"]
SPACES = [True, True, False, True, True, True, False, False, False, False, True, False, True, True, False, False,
          False, True, False, False]


def _doc() -> Doc:
    nlp = spacy.blank("en")
    starts = [True if i in (0, 9, 17) else False for i in range(len(WORDS))]
    return Doc(nlp.vocab, words=WORDS, spaces=SPACES, sent_starts=starts)


def test_marks_match_a_walk_over_the_tokens() -> None:
    doc = _doc()
    marks = _Marks(doc)
    n = len(doc)
    for i in range(n):
        closing = [j for j in range(i + 1) if doc[j].text in _CLOSING_QUOTES or doc[j].text[-1:] in _CLOSING_QUOTES]
        words_before = [j for j in range(i + 1) if not doc[j].is_space]
        opening = [j for j in range(i, n) if _opening_text(doc[j].text)]
        words_after = [j for j in range(i, n) if not doc[j].is_space]
        assert marks.last_closing[i] == (closing[-1] if closing else -1)
        assert marks.last_word[i] == (words_before[-1] if words_before else -1)
        assert marks.next_opening[i] == (opening[0] if opening else n)
        assert marks.next_word[i] == (words_after[0] if words_after else n)
    assert marks.next_opening[n] == marks.next_word[n] == n
    empty = _Marks(Doc(doc.vocab, words=[]))
    assert (empty.last_closing, empty.next_opening) == ([], [0])


def test_word_starts_are_the_pairs_one_space_apart() -> None:
    text = "the Harbour  Trust, harbour trust-fund (harbour trust) harbour\ttrust x_y z"
    starts = WordStarts(text).starts
    assert starts[("harbour", "trust")] == [20, 40]
    assert ("the", "Harbour") not in starts   # a capital: never asked for in lower case
    assert ("Harbour", "Trust") not in starts   # two spaces
    assert ("trust", "harbour") not in starts   # a bracket between
    assert starts[("x_y", "z")] == [text.index("x_y")]


def test_in_question_agrees_with_each_tokens_sentence() -> None:
    doc = _doc()
    for tok in doc:
        sent = tok.sent
        last = next(t for t in reversed(sent) if not t.is_space)
        assert _in_question(tok) == last.text.endswith("?")
    assert [_in_question(doc[i]) for i in (0, 10, 18)] == [False, True, True]


def _parsed() -> Doc:
    """A hand-built parse of two sentences, with a non-projective arc (token 7 hangs on 1)."""
    nlp = spacy.blank("en")
    words = ["Jane", "Doe", "of", "the", "Harbour", "Trust", "backed", "plans", "in", "Westshire", ".",
             "Eastborough", "agreed", "."]
    heads = [1, 6, 1, 5, 5, 2, 6, 1, 7, 8, 6, 12, 12, 12]
    deps = ["compound", "nsubj", "prep", "det", "compound", "pobj", "ROOT", "dobj", "prep", "pobj", "punct",
            "nsubj", "ROOT", "punct"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps)


def test_token_sentence_and_children_indexes_match_spacy() -> None:
    from caregraph.extract.syntax import children_of, sent_at, sent_of, span_of, span_sent, tokens_of

    for doc in (_parsed(), _doc()):
        assert [t.i for t in tokens_of(doc)] == [t.i for t in doc]
        for tok in doc:
            assert (sent_of(tok).start, sent_of(tok).end) == (tok.sent.start, tok.sent.end)
            assert (sent_at(doc, tok.i).start, sent_at(doc, tok.i).end) == (tok.sent.start, tok.sent.end)
            if doc.has_annotation("DEP"):
                assert [c.i for c in children_of(tok)] == [c.i for c in tok.children]
        n = len(doc)
        for a in range(-2, n + 2):
            for b in range(-2, n + 2):
                made, sliced = span_of(doc, a, b), doc[a:b]
                assert (made.start, made.end) == (sliced.start, sliced.end)
                if 0 <= a < b <= n:   # a span across sentences too
                    got, want = span_sent(sliced), sliced.sent
                    assert (got.start, got.end) == (want.start, want.end)
