"""A known answer named by whom and to what (mentions/described.py `answer_descriptions`): where
the gazetteer's facts say a text answers another and by whose name a page calls it
("answered_by"), "the Harbour Office's response to the Westshire Care Review" is that answer,
with the answered text's own mention kept inside it; the response of another body, or a text
by a word that is no reply's head noun (reply_heads), is none. Invented gazetteer entries and fact."""

from __future__ import annotations

import dataclasses

import pytest

from caregraph.core.schema import GazetteerEntry, KnownRelation
from helpers import text_relations

_ANSWER = GazetteerEntry(name="Safe Harbours", type="Publication", aliases=(), source="invented")
_REVIEW = GazetteerEntry(name="Westshire Care Review", type="Publication", aliases=(), source="invented")
_FACT = KnownRelation(subject="Safe Harbours", relation="RESPONDED_TO", object="Westshire Care Review", source="invented",
                      answered_by=("harbour office",))


@pytest.fixture(scope="module")
def extractor(nlp, schema):  # type: ignore[no-untyped-def]
    from caregraph.extract.worker import Extractor

    entities = dataclasses.replace(schema.entities, answer_titles=((frozenset(_FACT.answered_by), _FACT.object, _FACT.subject),))
    relations = dataclasses.replace(schema.relations, known_relations=(_FACT,))
    return Extractor(nlp, dataclasses.replace(schema, entities=entities, relations=relations,
                                              gazetteer=schema.gazetteer + (_ANSWER, _REVIEW)))


@pytest.mark.model
@pytest.mark.parametrize(("text", "found"), [
    ("The Harbour Trust welcomed the Harbour Office's response to the Westshire Care Review.", True),
    ("The Harbour Trust welcomed the Eastborough Council's response to the Westshire Care Review.", False),
    # another of the schema's reply head nouns (reply_heads)
    ("The Harbour Trust welcomed the Harbour Office's reply to the Westshire Care Review.", True),
    ("The Harbour Trust welcomed the Harbour Office's letter to the Westshire Care Review.", False),
])
def test_a_known_answer_is_named_by_its_body_and_the_text_it_answers(extractor, text, found) -> None:  # type: ignore[no-untyped-def]
    relations = text_relations(extractor, text)
    assert (("Harbour Trust", "SUPPORTS", "Safe Harbours") in relations) is found
    assert (("Safe Harbours", "RESPONDED_TO", "Westshire Care Review") in relations) is found


@pytest.mark.parametrize("order", [("eastborough council", "council"), ("council", "eastborough council")])
def test_the_longest_body_name_is_tried_first_whatever_the_order(vocab, order) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    from caregraph.extract.mentions.described import _body_start

    doc = Doc(vocab, words=["the", "Eastborough", "Council", "'s", "response", "to", "the", "Westshire", "Care", "Review"])
    # a list keeps the order given, as a frozenset's order follows the hash seed
    assert _body_start(doc, 2, order) == 1  # type: ignore[arg-type]
