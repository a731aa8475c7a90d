"""Review fixes of session 15: each test fails without its fix. Invented names and places only."""

from __future__ import annotations

import json

import pytest

from caregraph.errors import ModelError
from caregraph.extract.relations import learned


def test_the_result_cache_keys_on_the_pair_model(schema, tmp_path, monkeypatch):
    """The CLI's result cache is keyed by the spec's tagged id: a run with a weight file never
    reuses results cached without it, nor with another file."""
    from caregraph.extract.spec import ExtractorSpec
    from caregraph.run.cache import ResultCache
    spec = ExtractorSpec(model="m", model_id="m-1.0", schema=schema)

    def cache_id() -> str:
        return ResultCache(tmp_path / "cache", model_id=spec.tagged_model_id, schema_digest=schema.digest).model_id

    monkeypatch.delenv(learned.MODEL_ENV, raising=False)
    plain = cache_id()
    weights = tmp_path / "w.json"
    weights.write_text('{"a": 1}', encoding="utf-8")
    monkeypatch.setenv(learned.MODEL_ENV, str(weights))
    first = cache_id()
    weights.write_text('{"a": 2}', encoding="utf-8")
    assert len({plain, first, cache_id()}) == 3
    assert spec.cache_key[1] == spec.tagged_model_id


def test_the_cli_cache_is_built_with_the_tagged_id():
    from pathlib import Path

    import caregraph.cli.extract as cli
    text = Path(cli.__file__).read_text(encoding="utf-8")
    assert "model_id=spec.tagged_model_id" in text


@pytest.mark.parametrize("content", [None, "not json", '{"RUNS": {"bias": 1.0}}', "[1, 2]"])
def test_a_bad_weight_file_is_one_model_error(schema, tmp_path, monkeypatch, content):
    from caregraph.extract.spec import ExtractorSpec
    weights = tmp_path / "pair.json"
    if content is not None:
        weights.write_text(content, encoding="utf-8")
    monkeypatch.setenv(learned.MODEL_ENV, str(weights))
    with pytest.raises(ModelError) as caught:
        ExtractorSpec.for_model(None, schema)
    assert str(weights) in str(caught.value) and "\n" not in str(caught.value)
    assert caught.value.exit_code == 4


def test_a_weight_file_rewritten_in_place_is_read_again(tmp_path, monkeypatch):
    weights = tmp_path / "pair.json"
    weights.write_text(json.dumps({"RUNS": {"bias": 1.0, "threshold": 0.5, "weights": {}}}), encoding="utf-8")
    monkeypatch.setenv(learned.MODEL_ENV, str(weights))
    assert learned.active_model().bias == {"RUNS": 1.0}
    weights.write_text(json.dumps({"RUNS": {"bias": 2.0, "threshold": 0.5, "weights": {}}}), encoding="utf-8")
    assert learned.active_model().bias == {"RUNS": 2.0}


def test_proposals_with_their_words_in_another_order_stay_apart(schema):
    from helpers import document_entity, merged_groups
    ents = [document_entity("a#0", "Fund Westby Carers Before Respite Breaks", "Recommendation"),
            document_entity("b#0", "Fund Respite Breaks Before Westby Carers", "Recommendation")]
    assert len(merged_groups(schema, ents)) == 2


@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour Care", True),
    ("Harbour Care for Families", True),
    ("HCF", True),                  # a one-word short form in capitals
    ("harbour care", False),
    ("Harbour care", False),        # a capital at the start of a sentence only
    ("HARBOUR CARE", False),        # a heading in capitals throughout
])
def test_a_known_strand_is_named_only_by_a_title_cased_mention(text, expected):
    from types import SimpleNamespace

    from caregraph.extract.relations.kinds.known import _named_with_capitals
    ctx = SimpleNamespace(keys=["k"], spans=[SimpleNamespace(text=text)])
    assert _named_with_capitals(ctx, "k") is expected


@pytest.mark.parametrize("name", ["Jane Doe\u2010Roe", "Jane Doe\u2011Roe", "Jane Doe-Roe"])
def test_a_name_hyphenated_with_any_hyphen_is_spelt_as_a_name(name):
    from caregraph.extract.mentions.choose import _spelt_as_a_name
    assert _spelt_as_a_name(name)


def test_a_known_authors_other_report_is_not_its_known_study(vocab, schema):
    """The Harbour Authority's known market study is named by its description, not by another
    report of the Authority that shares only the domain's generic words with it."""
    from dataclasses import replace

    from spacy.tokens import Doc

    from caregraph.core.records import Mention
    from caregraph.extract.mentions.described import described_publications

    known = ((frozenset({"harbour authority"}), "Harbour Authority market study of children's social care",
              frozenset({"harbour", "authority", "market", "study", "of", "children", "s", "social", "care"})),)
    linked = replace(schema, entities=replace(schema.entities, authored_titles=known))

    def names(words, pos):
        doc = Doc(vocab, words=words, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))
        owner = doc[1:3]
        mention = Mention("t", owner.start_char, owner.end_char, owner.text, owner.text, (("Organisation", 2.0),), "t")
        return [m.name for m in described_publications(doc, [mention], linked.entities, doc_id="t", sent_index={})]

    other = ["the", "Harbour", "Authority", "report", "on", "the", "social", "care", "workforce", "for", "children",
             "was", "read", "."]
    pos = ["DET", "PROPN", "PROPN", "NOUN", "ADP", "DET", "ADJ", "NOUN", "NOUN", "ADP", "NOUN", "AUX", "VERB", "PUNCT"]
    assert names(other, pos) == ["Harbour Authority report on the social care workforce for children"]
    study = ["the", "Harbour", "Authority", "market", "study", "of", "children", "'s", "social", "care", "was", "read", "."]
    pos = ["DET", "PROPN", "PROPN", "NOUN", "NOUN", "ADP", "NOUN", "PART", "ADJ", "NOUN", "AUX", "VERB", "PUNCT"]
    assert names(study, pos) == ["Harbour Authority market study of children's social care"]


def test_a_known_authors_description_in_generic_words_only_names_its_known_study(vocab, schema):
    from dataclasses import replace

    from spacy.tokens import Doc

    from caregraph.core.records import Mention
    from caregraph.extract.mentions.described import described_publications

    known = ((frozenset({"harbour authority"}), "Harbour Authority market study of children's social care",
              frozenset({"harbour", "authority", "market", "study", "of", "children", "s", "social", "care"})),)
    linked = replace(schema, entities=replace(schema.entities, authored_titles=known))
    words = ["the", "Harbour", "Authority", "children", "'s", "social", "care", "report", "was", "read", "."]
    pos = ["DET", "PROPN", "PROPN", "NOUN", "PART", "ADJ", "NOUN", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = Doc(vocab, words=words, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))
    owner = doc[1:3]
    mention = Mention("t", owner.start_char, owner.end_char, owner.text, owner.text, (("Organisation", 2.0),), "t")
    found = described_publications(doc, [mention], linked.entities, doc_id="t", sent_index={})
    assert [m.name for m in found] == ["Harbour Authority market study of children's social care"]


def test_a_noun_item_of_a_list_of_gerunds_is_kept(schema):
    """"Its recommendations included mandating checks, establishing a fund, and a helpline": the
    helpline, a noun item the parser hung on the list verb, is an item as the gerunds' clauses are."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from caregraph.extract.proposals.triggers import _listed_by_noun
    words = ["Its", "recommendations", "included", "mandating", "checks", ",", "establishing", "a", "fund", ",",
             "and", "a", "helpline", "."]
    heads = [1, 2, 2, 2, 3, 3, 3, 8, 6, 6, 2, 12, 2, 2]
    deps = ["poss", "nsubj", "ROOT", "xcomp", "dobj", "punct", "conj", "det", "dobj", "punct", "cc", "det", "dobj",
            "punct"]
    tags = ["PRP$", "NNS", "VBD", "VBG", "NNS", ",", "VBG", "DT", "NN", ",", "CC", "DT", "NN", "."]
    pos = ["PRON", "NOUN", "VERB", "VERB", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "CCONJ", "DET", "NOUN",
           "PUNCT"]
    lemmas = ["its", "recommendation", "include", "mandate", "check", ",", "establish", "a", "fund", ",", "and", "a",
              "helpline", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * 13)
    items = [doc[s:e].text for s, e in _listed_by_noun(doc[1], schema.entities)]
    assert items[:2] == ["mandating checks", "establishing a fund"]
    assert [i for i in items if "helpline" in i]
