"""nlp: splitting long texts, parsing in chunks with offsets kept, loading pipelines."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from caregraph.errors import ModelError
from caregraph.extract.nlp import load_pipeline, model_id, parse_texts, split_text

PARAGRAPH = (
    "Josh MacAlister led the Independent Review of Children's Social Care. "
    "The Department for Education commissioned it in 2021.\n\n"
)


@given(
    st.text(alphabet=st.sampled_from(list("ab .\n")), max_size=400),
    st.integers(min_value=1, max_value=60),
)
def test_split_text_pieces_concatenate_and_respect_the_limit(text, limit):
    pieces = split_text(text, limit)
    assert "".join(pieces) == text
    assert all(0 < len(piece) <= limit for piece in pieces)


def test_split_text_prefers_paragraph_breaks():
    text = "aaaa bbbb.\n\ncccc dddd.\n\neeee"
    assert split_text(text, 14) == ["aaaa bbbb.\n\n", "cccc dddd.\n\n", "eeee"]


def test_split_text_cuts_a_word_only_when_nothing_else_fits():
    assert split_text("abcdefghij", 4) == ["abcd", "efgh", "ij"]


@pytest.mark.parametrize("limit", [0, -3])
def test_split_text_refuses_a_limit_below_one(limit):
    with pytest.raises(ValueError, match="limit"):
        split_text("abc", limit)


def _check_offsets(doc, text: str) -> None:  # type: ignore[no-untyped-def]
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text


def test_text_longer_than_max_length_is_parsed_in_chunks():
    nlp = spacy.blank("en")
    nlp.max_length = 120
    text = PARAGRAPH * 12 + "A last line without a break " * 10
    assert len(text) > 10 * nlp.max_length
    [(key, doc)] = list(parse_texts(nlp, [("long", text)]))
    assert key == "long"
    _check_offsets(doc, text)


def test_chunk_size_smaller_than_the_text_keeps_offsets_and_order(blank_nlp):
    texts = [("a", PARAGRAPH * 5), ("b", "short text"), ("c", PARAGRAPH * 3)]
    out = list(parse_texts(blank_nlp, texts, chunk_chars=64, batch_size=2))
    assert [key for key, _ in out] == ["a", "b", "c"]
    for (_, text), (_, doc) in zip(texts, out, strict=True):
        _check_offsets(doc, text)


@pytest.mark.model
def test_real_pipeline_in_chunks_keeps_entities_at_their_offsets(nlp):
    text = PARAGRAPH * 6
    [(_, doc)] = list(parse_texts(nlp, [("d", text)], chunk_chars=200))
    _check_offsets(doc, text)
    assert len(list(doc.sents)) >= 12
    for ent in doc.ents:
        assert text[ent.start_char : ent.end_char] == ent.text
    assert any(ent.text == "Josh MacAlister" for ent in doc.ents)


@pytest.mark.model
def test_model_id_names_the_packaged_pipeline(nlp):
    assert model_id(nlp).startswith("en_core_web_sm")


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("no_such_pipeline_xyz", "cannot load spaCy pipeline ([E050]"),
        ("blank:en", "pipeline lacks parser, ner, tagger"),
    ],
)
def test_unknown_model_is_a_model_error(name, problem):
    with pytest.raises(ModelError) as info:
        load_pipeline(name)
    assert str(info.value).startswith(f"{name}: {problem}")
    assert info.value.exit_code == 4


def test_model_directory_without_a_pipeline_is_a_model_error(tmp_path):
    with pytest.raises(ModelError, match=r"cannot load spaCy pipeline \(\[E053\]"):
        load_pipeline(str(tmp_path))


def test_a_batch_holds_at_most_one_chunk_of_text(blank_nlp, monkeypatch):
    # the parser's memory grows with the text of a batch: a long document's chunks go one
    # batch each, short documents still go eight to a batch
    sizes: list[list[int]] = []
    real_pipe = type(blank_nlp).pipe

    def pipe(self, texts, **kwargs):  # type: ignore[no-untyped-def]
        texts = list(texts)
        if kwargs.get("as_tuples"):   # (Language.pipe calls itself again on the bare texts)
            sizes.append([len(t) for t, _ in texts])
        return real_pipe(self, texts, **kwargs)

    monkeypatch.setattr(type(blank_nlp), "pipe", pipe)
    long_text = "A paragraph of words here.\n\n" * 40          # 1,120 characters
    short = [(f"s{i}", "Short text.\n") for i in range(9)]
    out = list(parse_texts(blank_nlp, [("long", long_text), *short], chunk_chars=300, batch_size=8))
    assert [k for k, _ in out] == ["long", *(k for k, _ in short)]
    assert out[0][1].text == long_text
    assert all(sum(batch) <= 300 for batch in sizes)
    assert max(len(batch) for batch in sizes) == 8
