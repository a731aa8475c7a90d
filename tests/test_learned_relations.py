"""The learned pair classifier (extract/relations/learned.py) and its training tool
(tools/train_relations.py): features on hand-built parses, the scorer on a tiny weight file,
the model switched off by default and on by its weight file, deterministic training."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from caregraph.extract.relations import learned

TOOL = Path(__file__).resolve().parents[1] / "tools" / "train_relations.py"


class _Ctx:
    """The few Context attributes the feature extractor reads."""

    def __init__(self, doc: Doc, schema, names: list[tuple[int, int]], quoted: frozenset[int] = frozenset()) -> None:
        self.doc = doc
        self.schema = schema
        self.cache: dict = {}
        self.token_mention = {i: n for n, (a, b) in enumerate(names) for i in range(a, b)}
        self._quoted = quoted

    def in_quotation(self, tok) -> bool:
        return tok.i in self._quoted


def _welcomed(negated: bool = False) -> Doc:
    # "Westshire Council welcomed the Harbour Plan ." / "Westshire Council did not welcome the Harbour Plan ."
    if negated:
        words = ["Westshire", "Council", "did", "not", "welcome", "the", "Harbour", "Plan", "."]
        heads = [1, 4, 4, 4, 4, 7, 7, 4, 4]
        deps = ["compound", "nsubj", "aux", "neg", "ROOT", "det", "compound", "dobj", "punct"]
        pos = ["PROPN", "PROPN", "AUX", "PART", "VERB", "DET", "PROPN", "PROPN", "PUNCT"]
        lemmas = ["westshire", "council", "do", "not", "welcome", "the", "harbour", "plan", "."]
    else:
        words = ["Westshire", "Council", "welcomed", "the", "Harbour", "Plan", "."]
        heads = [1, 2, 2, 5, 5, 2, 2]
        deps = ["compound", "nsubj", "ROOT", "det", "compound", "dobj", "punct"]
        pos = ["PROPN", "PROPN", "VERB", "DET", "PROPN", "PROPN", "PUNCT"]
        lemmas = ["westshire", "council", "welcome", "the", "harbour", "plan", "."]
    sent_starts = [True] + [False] * (len(words) - 1)
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
               sent_starts=sent_starts)


def test_features_of_a_verb_between_two_names(schema):
    doc = _welcomed()
    ctx = _Ctx(doc, schema, [(0, 2), (3, 6)])
    feats = learned.pair_features(ctx, doc[0:2], doc[4:6], "Organisation", "Initiative", [])  # type: ignore[arg-type]
    assert "types:Organisation>Initiative" in feats
    assert "order:fwd" in feats
    assert "lca:welcome" in feats and "lcatrig:SUPPORTS" in feats   # welcome is a SUPPORTS trigger
    assert "b:welcome" in feats and "btrig:SUPPORTS" in feats
    assert "sdep:nsubj" in feats and "odep:dobj" in feats
    assert "sgap:0" in feats and "rule:none" in feats
    assert "neg" not in feats and "q:obj" not in feats


def test_features_of_the_reversed_negated_quoted_pair(schema):
    doc = _welcomed(negated=True)
    ctx = _Ctx(doc, schema, [(0, 2), (5, 8)], quoted=frozenset(range(9)))
    feats = learned.pair_features(ctx, doc[6:8], doc[0:2], "Initiative", "Organisation",  # type: ignore[arg-type]
                                  ["SUPPORTS"])
    assert "order:back" in feats and "neg" in feats
    assert "q:obj" in feats and "q:subj" in feats
    assert "rule:SUPPORTS" in feats and "rule:none" not in feats


TINY = {"SUPPORTS": {"bias": -2.0, "threshold": 0.6, "weights": {"lcatrig:SUPPORTS": 3.0, "neg": -4.0}}}


def test_scorer_on_a_tiny_weight_file():
    model = learned.PairModel.from_json(json.dumps(TINY))
    assert model.relations == ("SUPPORTS",)
    # bias + each present feature once, whatever number of times it is listed
    assert model.probability("SUPPORTS", ["lcatrig:SUPPORTS", "lcatrig:SUPPORTS"]) == pytest.approx(1 / (1 + 2.718281828 ** -1))
    assert model.probability("SUPPORTS", ["lcatrig:SUPPORTS", "neg"]) < model.threshold["SUPPORTS"]
    assert model.probability("SUPPORTS", ["unknown"]) == pytest.approx(1 / (1 + 2.718281828 ** 2))


def test_weight_file_round_trip_is_byte_identical():
    text = learned.PairModel.from_json(json.dumps(TINY)).to_json()
    again = learned.PairModel.from_json(text).to_json()
    assert text == again
    assert text.index('"bias"') < text.index('"threshold"') < text.index('"weights"')   # sorted keys


def test_the_model_is_off_by_default_and_on_with_a_weight_file(tmp_path, monkeypatch):
    monkeypatch.delenv(learned.MODEL_ENV, raising=False)
    assert learned.active_model() is None
    weights = tmp_path / "pair.json"
    weights.write_text(json.dumps(TINY), encoding="utf-8")
    monkeypatch.setenv(learned.MODEL_ENV, str(weights))
    learned.load_model.cache_clear()
    model = learned.active_model()
    assert model is not None and model.relations == ("SUPPORTS",)
    assert model.to_json() == learned.PairModel.from_json(json.dumps(TINY)).to_json()


@pytest.mark.model
def test_a_weight_file_adds_model_edges_and_none_without_it(extractor, tmp_path, monkeypatch):
    text = ("The Harbour Trust is a charity in Westshire. The Eastborough Carers Programme began in 2024, "
            "and the Harbour Trust was there at the start.")
    monkeypatch.delenv(learned.MODEL_ENV, raising=False)
    rules = extractor.process_text(text, doc_id="t")
    assert not [r for r in rules.relations if r.rule.startswith("model-")]
    weights = tmp_path / "pair.json"
    weights.write_text(json.dumps({"RUNS": {"bias": 5.0, "threshold": 0.5, "weights": {}}}), encoding="utf-8")
    monkeypatch.setenv(learned.MODEL_ENV, str(weights))
    learned.load_model.cache_clear()
    first = extractor.process_text(text, doc_id="t")
    added = [r for r in first.relations if r.rule == "model-runs"]
    assert added and all(r.relation == "RUNS" for r in added)
    assert all(r.evidence for r in added)
    assert extractor.process_text(text, doc_id="t") == first   # no randomness


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("train_relations", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _toy_set(tool, name: str, rows: list[tuple[tuple[str, ...], bool]]):
    data = object.__new__(tool.SetData)
    data.name = name
    data.cands = [{"doc": f"{name}-{i % 4}", "s": "a", "t": f"b{i}", "rel": "SUPPORTS", "f": f, "ev": "", "y": y}
                  for i, (f, y) in enumerate(rows)]
    return data


def test_training_is_deterministic_and_learns_the_signal(tool):
    rows = [(("lcatrig:SUPPORTS", "sgap:0"), True), (("lcatrig:SUPPORTS", "sgap:0"), True),
            (("lcatrig:SUPPORTS", "neg"), False), (("sgap:1",), False), (("sgap:1", "neg"), False),
            (("lcatrig:SUPPORTS", "sgap:0"), True), (("sgap:0",), False), (("sgap:1",), False)]
    sets = [_toy_set(tool, "one", rows), _toy_set(tool, "two", rows)]
    first = tool.train_model(sets, ("SUPPORTS",), inner=False).to_json()
    second = tool.train_model(sets, ("SUPPORTS",), inner=False).to_json()
    assert first == second
    weights = json.loads(first)["SUPPORTS"]["weights"]
    assert weights["lcatrig:SUPPORTS"] > 0 > weights["neg"]


def test_threshold_keeps_added_edges_precise(tool, monkeypatch):
    monkeypatch.setattr(tool, "TARGET_PRECISION", 0.85)
    monkeypatch.setattr(tool, "MIN_ADDED", 2)
    scored = [(0.9, True, 1), (0.8, True, 2), (0.7, False, 3), (0.6, True, 4), (0.5, False, 5)]
    assert tool.choose_threshold(scored) == 0.8
    assert tool.choose_threshold([(0.9, False, 1), (0.8, True, 2)]) > 1.0   # never precise enough: off


def test_the_result_cache_key_names_the_pair_model(schema, tmp_path, monkeypatch):
    """A run with a weight file never reuses results cached without it, nor with another file."""
    from caregraph.extract.spec import ExtractorSpec
    spec = ExtractorSpec(model="m", model_id="m-1.0", schema=schema)
    monkeypatch.delenv(learned.MODEL_ENV, raising=False)
    plain = spec.cache_key
    weights = tmp_path / "w.json"
    weights.write_text('{"a": 1}', encoding="utf-8")
    monkeypatch.setenv(learned.MODEL_ENV, str(weights))
    first = spec.cache_key
    weights.write_text('{"a": 2}', encoding="utf-8")
    second = spec.cache_key
    assert len({plain, first, second}) == 3
    assert plain == ("m", "m-1.0", schema.digest)
