"""The issue-15 experiment script (tools/experiment_learned_proposals.py): its candidate
generator, its classifier and its decoding, on invented sentences and toy features. The
script is an experiment, not a pipeline stage; these tests keep what it reports meaningful
(the spans it scores are the ones it claims to generate, training is deterministic)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc

TOOL = Path(__file__).resolve().parents[1] / "tools" / "experiment_learned_proposals.py"


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("experiment_learned_proposals", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _doc(words, heads, deps, pos, tags) -> Doc:
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
               lemmas=[w.lower() for w in words])


def _gerund_doc() -> Doc:
    # "The review recommends extending kinship allowances to all Westshire carers ."
    return _doc(
        ["The", "review", "recommends", "extending", "kinship", "allowances", "to", "all", "Westshire",
         "carers", "."],
        [1, 2, 2, 2, 5, 3, 3, 9, 9, 6, 2],
        ["det", "nsubj", "ROOT", "xcomp", "compound", "dobj", "prep", "det", "compound", "pobj", "punct"],
        ["DET", "NOUN", "VERB", "VERB", "NOUN", "NOUN", "ADP", "DET", "PROPN", "NOUN", "PUNCT"],
        ["DT", "NN", "VBZ", "VBG", "NN", "NNS", "IN", "DT", "NNP", "NNS", "."],
    )


def test_generator_gives_the_gerund_clause_and_the_noun_chunks(tool) -> None:
    doc = _gerund_doc()
    found = tool.candidates(doc, [])
    labels = {tool.label_of(doc, a, b): tags for (a, b), tags in found.items()}
    assert "gerund" in labels["extending kinship allowances to all Westshire carers"]
    assert "chunk" in labels["kinship allowances"]
    assert "chunk-det" in labels["review"]         # "The review" without its article
    assert "." not in labels and "to" not in labels  # no punctuation or bare function word


def test_generator_near_miss_a_finite_verb_is_no_gerund_clause(tool) -> None:
    # "The review extends kinship allowances ." : the clause is the sentence, not a candidate
    doc = _doc(
        ["The", "review", "extends", "kinship", "allowances", "."],
        [1, 2, 2, 4, 2, 2],
        ["det", "nsubj", "ROOT", "compound", "dobj", "punct"],
        ["DET", "NOUN", "VERB", "NOUN", "NOUN", "PUNCT"],
        ["DT", "NN", "VBZ", "NN", "NNS", "."],
    )
    labels = {tool.label_of(doc, a, b) for (a, b) in tool.candidates(doc, [])}
    assert not any(label.startswith("extends") for label in labels)
    assert "kinship allowances" in labels


def test_rule_spans_are_candidates_too(tool) -> None:
    doc = _gerund_doc()
    found = tool.candidates(doc, [(4, 6)])
    assert "rule" in found[(4, 6)]


def test_classifier_learns_and_is_deterministic(tool) -> None:
    feats = [["bias", "w=cap"], ["bias", "w=duty"], ["bias", "w=worker"], ["bias", "w=webinar"]] * 5
    y = [1, 1, 0, 0] * 5
    first = tool.Logistic(l2=1e-4, epochs=200, pos_weight=1.0).fit(feats, y)
    second = tool.Logistic(l2=1e-4, epochs=200, pos_weight=1.0).fit(feats, y)
    assert np.array_equal(first.w, second.w)
    p = first.predict([["bias", "w=cap"], ["bias", "w=webinar"], ["bias", "w=unseen"]])
    assert p[0] > 0.5 > p[1]
    assert np.array_equal(p, second.predict([["bias", "w=cap"], ["bias", "w=webinar"], ["bias", "w=unseen"]]))


def test_decoding_keeps_the_better_of_overlapping_spans(tool) -> None:
    rows = [(0, 3, 10, "long", [], None), (0, 4, 6, "short", [], None), (0, 7, 10, "other", [], None),
            (1, 0, 2, "low", [], None)]
    chosen = tool.decode(rows, np.array([0.6, 0.9, 0.8, 0.2]), 0.5)
    assert [label for _, _, label, _ in chosen[0]] == ["short", "other"]
    assert 1 not in chosen
