"""A proposal phrase that narrows a description the gazetteer knows keeps its own wording: "an
allowance for harbour carers with a court order" is not the known "Harbour Carer Allowance"
(whose form is "allowance for harbour carers"), but the proposal the text makes. A description
the phrase ends with, or a capitalised name, is still the known one. Entries and sentences are
invented."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.tokens import Doc

from caregraph.core.schema import GazetteerEntry
from caregraph.extract.mentions.narrowed import narrowed_description
from caregraph.extract.mentions.voters import compile_matchers, named_proposals
from caregraph.extract.proposals import RecommendationItem

ALLOWANCE = GazetteerEntry(name="Harbour Carer Allowance", type="Recommendation",
                           aliases=("allowance for harbour carers", "Harbour Allowance"), source="invented")
FRAMEWORK = GazetteerEntry(name="Harbour Framework", type="Recommendation",
                           aliases=("harbour work framework",), source="invented")


@pytest.fixture(scope="module")
def matchers(schema, vocab):
    return compile_matchers(vocab, dataclasses.replace(schema, gazetteer=(ALLOWANCE, FRAMEWORK)))


def _parsed(vocab, rows):  # type: ignore[no-untyped-def]
    words, heads, deps = (list(c) for c in zip(*rows, strict=True))
    return Doc(vocab, words=words, heads=heads, deps=deps, sent_starts=[True] + [False] * (len(words) - 1))


def _item(start: int, end: int) -> RecommendationItem:
    return RecommendationItem(start=start, end=end, trigger=2, recommender=1)


# "The review recommends provision of an allowance for harbour carers with a court order ."
NARROWED = [("The", 1, "det"), ("review", 2, "nsubj"), ("recommends", 2, "ROOT"), ("provision", 2, "dobj"),
            ("of", 3, "prep"), ("an", 6, "det"), ("allowance", 4, "pobj"), ("for", 6, "prep"),
            ("harbour", 9, "compound"), ("carers", 7, "pobj"), ("with", 6, "prep"), ("a", 13, "det"),
            ("court", 13, "compound"), ("order", 10, "pobj"), (".", 2, "punct")]


def test_a_phrase_narrowing_a_known_description_keeps_its_own_wording(matchers, vocab):
    doc = _parsed(vocab, NARROWED)
    item = _item(3, 14)
    assert narrowed_description(doc, 6, 10, 14)
    assert named_proposals(doc, matchers, [item]) == [item]


def test_a_phrase_ending_with_a_known_description_is_the_known_one(matchers, vocab):
    doc = _parsed(vocab, NARROWED[:10] + [(".", 2, "punct")])
    assert not narrowed_description(doc, 6, 10, 10)
    [item] = named_proposals(doc, matchers, [_item(3, 10)])
    assert doc[item.start:item.end].text == "allowance for harbour carers"


def test_a_capitalised_name_followed_by_a_modifier_is_still_the_known_one(matchers, vocab):
    # "The review recommends the Harbour Allowance for every region ."
    doc = _parsed(vocab, [("The", 1, "det"), ("review", 2, "nsubj"), ("recommends", 2, "ROOT"), ("the", 5, "det"),
                          ("Harbour", 5, "compound"), ("Allowance", 2, "dobj"), ("for", 5, "prep"),
                          ("every", 8, "det"), ("region", 6, "pobj"), (".", 2, "punct")])
    assert not narrowed_description(doc, 4, 6, 9)
    [item] = named_proposals(doc, matchers, [_item(3, 9)])
    assert doc[item.start:item.end].text == "Harbour Allowance"


def test_a_known_description_followed_by_a_clause_of_the_verb_is_the_known_one(matchers, vocab):
    # "The review recommends an allowance for harbour carers to cover costs ." ("to cover" of the verb)
    doc = _parsed(vocab, [("The", 1, "det"), ("review", 2, "nsubj"), ("recommends", 2, "ROOT"), ("an", 4, "det"),
                          ("allowance", 2, "dobj"), ("for", 4, "prep"), ("harbour", 7, "compound"),
                          ("carers", 5, "pobj"), ("to", 9, "aux"), ("cover", 2, "advcl"), ("costs", 9, "dobj"),
                          (".", 2, "punct")])
    assert not narrowed_description(doc, 4, 8, 11)


def test_a_compound_form_followed_by_its_own_modifier_is_the_known_one(matchers, vocab):
    # "The review recommends a harbour work framework for new carers ." (a compound works as a name)
    doc = _parsed(vocab, [("The", 1, "det"), ("review", 2, "nsubj"), ("recommends", 2, "ROOT"), ("a", 6, "det"),
                          ("harbour", 5, "compound"), ("work", 6, "compound"), ("framework", 2, "dobj"),
                          ("for", 6, "prep"), ("new", 9, "amod"), ("carers", 7, "pobj"), (".", 2, "punct")])
    assert not narrowed_description(doc, 4, 7, 10)
    [item] = named_proposals(doc, matchers, [_item(3, 10)])
    assert doc[item.start:item.end].text == "harbour work framework"


@pytest.fixture(scope="module")
def invented_extractor(nlp, schema):
    from caregraph.extract.worker import Extractor

    return Extractor(nlp, dataclasses.replace(schema, gazetteer=schema.gazetteer + (ALLOWANCE,)))


@pytest.mark.model
def test_the_narrowed_proposal_is_one_node_the_review_recommends(invented_extractor):
    text = ("The Westshire Review recommends provision of an allowance for harbour carers with a court order. "
            "The Eastborough Review recommends an allowance for harbour carers.")
    result = invented_extractor.process_text(text, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    recs = {e.label for e in result.entities if e.type == "Recommendation"}
    assert any("court order" in r for r in recs)
    assert "Harbour Carer Allowance" in recs
    edges = {(label[r.source], r.relation, label[r.target]) for r in result.relations}
    assert ("Eastborough Review", "RECOMMENDS", "Harbour Carer Allowance") in edges
    assert not any(s == "Westshire Review" and o == "Harbour Carer Allowance" for s, _r, o in edges)
