"""Session 12, cost: the per-document indexes of the token array (extract/syntax.py, the
relation context) give what the walks over every token they replace gave. Each test compares
an index with a plain walk written here (the code as it was), on texts with and without line
breaks; no timing is asserted (`make bench` measures speed)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc

from caregraph.extract import syntax
from caregraph.extract.mentions import voters
from caregraph.extract.proposals.bullets import bullet_items
from caregraph.extract.relations import context
from caregraph.extract.relations.context import Context
from helpers import RAW

_PIECES = ["word", "Title", "The", "the", ".", ":", "\u2022", "-", " ", "  ", "\n", "\n\n", "\n \n", " \n", "\t",
           "\r\n", "\u00a0", "\u201c", "\u201d", "\u2018", "\u2019", '"', "'s", "Westshire Council", "one",
           "a long line of running prose " * 3]

_texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _seed_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))[:3]]
    return texts + [" ".join(t.split()) for t in texts]   # and each without its line breaks


# --- lines ------------------------------------------------------------------------------------


def _plain_lines(doc: Doc) -> list[tuple[int, int]]:
    out, start = [], 0
    for tok in doc:
        if syntax.ends_line(tok):
            out.append((start, tok.i + 1))
            start = tok.i + 1
    if start < len(doc):
        out.append((start, len(doc)))
    return out


@given(_texts)
def test_line_ends_and_lines_equal_the_walk_over_every_token(blank_nlp, text):
    doc = blank_nlp(text)
    assert syntax.line_ends(doc) == [t.i for t in doc if syntax.ends_line(t)]
    assert [(line.start, line.end) for line in syntax.lines(doc)] == _plain_lines(doc)
    assert syntax.spaces(doc) == [t.is_space for t in doc]
    for tok in doc:
        assert syntax.words_before(doc, tok.i) == sum(1 for t in doc[: tok.i] if not t.is_space)
        start = syntax.line_start(doc, tok.i)
        assert start == 0 or syntax.ends_line(doc[start - 1])
        assert not any(syntax.ends_line(t) for t in doc[start : tok.i])


def test_hand_built_words_with_trailing_spaces_end_no_line(vocab):
    doc = Doc(vocab, words=["Harbour", "Trust", "\n", "Jane", "Porter"], spaces=[True, False, False, True, False])
    assert syntax.line_ends(doc) == [2]
    assert [line.text for line in syntax.lines(doc)] == ["Harbour Trust\n", "Jane Porter"]
    assert syntax.line_start(doc, 4) == 3 and syntax.line_start(doc, 2) == 0


def test_the_indexes_are_per_document(blank_nlp):
    first, second = blank_nlp("Harbour Trust\nWestshire"), blank_nlp("Harbour Trust Westshire")
    assert syntax.line_ends(first) == [2]
    assert syntax.line_ends(second) == []
    assert syntax.line_ends(first) == [2]
    assert syntax.line_ends(blank_nlp("")) == [] and syntax.pos_indexes(blank_nlp(""), "NOUN") == []


def _plain_line_start(doc: Doc, i: int, *, max_words: int | None = None) -> int | None:
    """syntax.line_opening as it was (voters._line_start): a walk back to the line's start."""
    j = i
    words = 0
    while j > 0 and not syntax.ends_line(doc[j - 1]):
        j -= 1
        if max_words is not None and not doc[j].is_space:
            words += 1
            if words > max_words:
                return None
    while j < len(doc) and doc[j].is_space:
        j += 1
    return j if j <= i else None


@given(_texts)
def test_a_list_items_line_start_equals_the_walk_back(blank_nlp, text):
    doc = blank_nlp(text)
    for i in range(len(doc)):
        for most in (None, 0, 1, 4):
            assert syntax.line_opening(doc, i, max_words=most) == _plain_line_start(doc, i, max_words=most)


# --- quotation marks ----------------------------------------------------------------------------


def _plain_marked_quotation(doc: Doc) -> list[bool]:
    """context._marked_quotation as it was: every token visited."""
    marked = [False] * len(doc)
    depth = straight = 0
    for tok in doc:
        marked[tok.i] = depth > 0 or straight % 2 == 1
        if syntax.ends_line(tok):
            depth = straight = 0
            continue
        if tok.text in ("\u201c", "\u2018"):
            depth += 1
        elif tok.text in ("\u201d", "\u2019") and tok.tag_ != "POS":
            depth -= 1
        elif tok.text == '"':
            straight += 1
    return marked


@given(_texts)
def test_marked_quotations_equal_the_walk_over_every_token(blank_nlp, text):
    doc = blank_nlp(text)
    assert context._marked_quotation(doc) == _plain_marked_quotation(doc)


@pytest.mark.model
def test_marked_quotations_and_parts_of_speech_on_the_seed_documents(nlp):
    for doc in nlp.pipe(_seed_texts()):
        assert context._marked_quotation(doc) == _plain_marked_quotation(doc)
        assert syntax.pos_indexes(doc, "NOUN") == [t.i for t in doc if t.pos_ == "NOUN"]
        assert syntax.pos_indexes(doc, "NOUN", "PROPN") == [t.i for t in doc if t.pos_ in ("NOUN", "PROPN")]


# --- negation, read once per token ----------------------------------------------------------------


def _clause(vocab, negative: bool) -> Doc:  # type: ignore[no-untyped-def]
    words = ["Harbour", "Trust", "does", "not" if negative else "now", "run", "Open", "Doors"]
    return Doc(vocab, words=words, heads=[1, 4, 4, 4, 4, 6, 4],
               deps=["compound", "nsubj", "aux", "neg" if negative else "advmod", "ROOT", "compound", "dobj"],
               pos=["PROPN", "PROPN", "AUX", "PART" if negative else "ADV", "VERB", "PROPN", "PROPN"])


def test_negation_is_read_per_document_not_carried_to_the_next(vocab):
    negative, positive = _clause(vocab, True), _clause(vocab, False)
    assert syntax.negated(negative[4])
    assert not syntax.negated(positive[4])   # the same token index in another document
    assert syntax.negated(negative[4]) and syntax.negated(negative[4]) == syntax._negated(negative[4])


@pytest.mark.model
def test_negation_read_once_equals_reading_it_each_time(nlp):
    for doc in nlp.pipe(_seed_texts()[:3]):
        assert [syntax.negated(t) for t in doc] == [syntax._negated(t) for t in doc]
        assert [syntax.negated(t) for t in reversed(doc)] == [syntax._negated(t) for t in reversed(doc)]


# --- the relation context's token indexes -------------------------------------------------------


@pytest.mark.model
def test_context_indexes_by_lemma_and_word_equal_a_walk_over_the_tokens(nlp, schema):
    for doc in nlp.pipe(_seed_texts()[:2] + ["The Chair said the chairs and The CHAIR's report were ready: one."]):
        ctx = Context(doc, [], [], [], schema, lambda s, e: "")
        lemmas: dict[str, list[int]] = {}
        lowers: dict[str, list[int]] = {}
        for tok in doc:
            lemmas.setdefault(tok.lemma_.lower(), []).append(tok.i)
            lowers.setdefault(tok.lower_, []).append(tok.i)
        for key, where in lemmas.items():
            assert [t.i for t in ctx.by_lemma.get(key, ())] == where
            assert all(t.doc is doc for t in ctx.by_lemma.get(key, ()))
            assert key in ctx.by_lemma
        for key, where in lowers.items():
            assert list(ctx.by_lower.get(key, ())) == where
        assert ctx.by_lower.get("no-such-word", ()) == ()
        assert ctx.by_lemma.get("no-such-lemma", ()) == ()
        assert "no-such-lemma" not in ctx.by_lemma


def test_lemmas_differing_in_case_are_one_key_in_text_order(vocab, schema):
    doc = Doc(vocab, words=["The", "review", "the", "THE", "Review"],
              lemmas=["The", "review", "the", "THE", "Review"])
    ctx = Context(doc, [], [], [], schema, lambda s, e: "")
    assert [t.i for t in ctx.by_lemma.get("the", ())] == [0, 2, 3]
    assert [t.i for t in ctx.by_lemma.get("review", ())] == [1, 4]
    assert list(ctx.by_lower.get("the", ())) == [0, 2, 3]
    assert list(ctx.by_lower.get("review", ())) == [1, 4]


@given(st.lists(st.sampled_from(["The", "the", "THE", "tHe", "Review", "review", "\n", "caf\u00e9", "CAF\u00c9"]),
                max_size=25))
def test_a_string_index_equals_grouping_the_tokens(vocab, words):
    from spacy.attrs import LOWER, ORTH

    doc = Doc(vocab, words=words) if words else Doc(vocab, words=[])
    for attr, fold, read in ((ORTH, None, lambda t: t.text), (ORTH, str.lower, lambda t: t.text.lower()),
                             (LOWER, None, lambda t: t.lower_)):
        index = syntax.StringIndex(doc, attr, fold)
        plain: dict[str, list[int]] = {}
        for tok in doc:
            plain.setdefault(read(tok), []).append(tok.i)
        for key, where in plain.items():
            assert list(index.get(key, ())) == where and key in index
        assert index.get("absent", ()) == () and "absent" not in index


# --- bulleted lists read from their lines' ends ---------------------------------------------------


@pytest.mark.model
def test_bullet_items_survive_blank_and_indented_lines(nlp, schema):
    text = ("The review recommends:\n"
            "  \u2022 Every council should publish a register of carers.\n"
            "   \n"
            "\u2022 Ministers should raise the pay of foster carers.\n"
            "The panel met in June and heard from families.\n"
            "\u2022 Harbour Trust opened a new office.\n")
    doc = nlp(text)
    items = [doc[item.start : item.end].text for item in bullet_items(doc, schema.entities)]
    assert len(items) == 2
    assert "register of carers" in items[0] and "foster carers" in items[1]


# --- words skipped by their form -----------------------------------------------------------------


@given(_texts)
def test_text_flags_test_each_tokens_text(blank_nlp, text):
    doc = blank_nlp(text)
    assert syntax.text_flags(doc, voters.is_cap_text) == [voters.is_cap(t) for t in doc]
    assert syntax.text_flags(doc, lambda s: s in voters.QUOTES) == [t.text in voters.QUOTES for t in doc]


def _plain_list_type(doc: Doc, line_start: int, rules) -> str | None:  # type: ignore[no-untyped-def]
    """voters._list_type as it was: every line above listed word by word."""
    j = line_start - 1
    checked = 0
    while j > 0 and checked < 40:
        k = syntax.line_opening(doc, j)
        if k is None or k >= j + 1:
            j -= 1
            continue
        line = [t for t in doc[k : j + 1] if not t.is_space]
        checked += 1
        if line and line[-1].text == ":" and line[0].text not in ("\u2022", "-", "*"):
            for m, t in enumerate(line):
                type_ = rules.list_cues.get(t.lower_)
                if not type_ or (m + 1 < len(line) and line[m + 1].lower_ in rules.list_cues):
                    continue
                if type_ == "Place" and not (len(line) - m - 2 <= 3 and all(
                        w.is_alpha and w.is_lower for w in line[m + 1 : -1])):
                    return None
                return type_
            return None
        j = k - 1
    return None


_LIST_PIECES = ["The pilot areas are:", "Our programmes:", "the councils will notify the panel:", ":", "\u2022 ",
                "- ", "Westby", "Harbour Trust", " ", "\n", "\n\n", "  \n", "areas", "schemes"]


@given(st.lists(st.sampled_from(_LIST_PIECES), max_size=30).map("".join))
def test_a_lists_announced_type_equals_reading_every_line_word_by_word(blank_nlp, schema, text):
    doc = blank_nlp(text)
    for start in range(len(doc)):
        assert voters._list_type(doc, start, schema.entities) == _plain_list_type(doc, start, schema.entities)


def test_flags_are_kept_per_test_and_attribute_of_the_document(blank_nlp):
    from spacy.attrs import LOWER, ORTH

    doc = blank_nlp("The review and THE Review")
    upper = syntax.text_flags(doc, str.isupper)
    title = syntax.text_flags(doc, str.istitle)
    assert upper == [False, False, False, True, False]
    assert title == [True, False, False, False, True]
    assert syntax.text_flags(doc, str.isupper) == upper
    assert syntax.token_flags(doc, ORTH, lambda s: s == "the").tolist() == [False, False, False, False, False]
    assert syntax.token_flags(doc, LOWER, lambda s: s == "the").tolist() == [True, False, False, True, False]
    other = blank_nlp("THE")
    assert syntax.text_flags(other, str.isupper) == [True]
