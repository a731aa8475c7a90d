"""A quoted programme name and the head noun phrase right after its closing quote ("the
'Harbour Steps' Recruitment Hub") are one node, the quoted name's; not where two quoted names
share the head, nor where no quote closes before it. Names are invented."""

from __future__ import annotations

import dataclasses

import pytest

from caregraph.core.ontology import INITIATIVE
from caregraph.core.records import Mention
from caregraph.core.schema import GazetteerEntry
from caregraph.extract.resolve import entities_of_document


def _labels(schema, text: str, *names: str) -> list[str]:  # type: ignore[no-untyped-def]
    mentions, at = [], 0
    for name in names:
        start = text.index(name, at)
        at = start + len(name)
        mentions.append(Mention(doc_id="t", start=start, end=at, text=name, name=name,
                                votes=((INITIATIVE, 2.0),), rule="name", sent=0))
    entities, _keys = entities_of_document(mentions, doc_id="t", rules=schema.entities, evidence_of=lambda m: "",
                                           text=text)
    return sorted(e.label for e in entities)


@pytest.mark.parametrize("quotes", ["''", "\u2018\u2019", '""'])
def test_a_quoted_name_and_its_head_are_one(schema, quotes):
    text = f"Westshire joined the {quotes[0]}Harbour Steps{quotes[1]} Recruitment Hub last year."
    assert _labels(schema, text, "Harbour Steps", "Recruitment Hub") == ["Harbour Steps"]


def test_a_head_after_two_quoted_names_joins_neither(schema):
    text = "Westshire runs the 'Harbour Steps' Recruitment Hub and the 'Keel Lane' Recruitment Hub."
    assert _labels(schema, text, "Harbour Steps", "Recruitment Hub", "Keel Lane", "Recruitment Hub") == [
        "Harbour Steps", "Keel Lane", "Recruitment Hub"]


@pytest.mark.parametrize("text", [
    "Westshire joined Harbour Steps and the Recruitment Hub last year.",     # no quote
    "Westshire joined 'Harbour Steps', the Recruitment Hub, last year.",     # a comma between
    "Westshire joined the 'Harbour Steps' Westby Carers Network Trust Hub.",  # a head of many words
])
def test_no_closing_quote_right_before_the_head_keeps_two(schema, text):
    head = "Westby Carers Network Trust Hub" if "Trust Hub" in text else "Recruitment Hub"
    assert len(_labels(schema, text, "Harbour Steps", head)) == 2


STEPS = GazetteerEntry(name="Harbour Steps", type="Initiative", aliases=(), source="invented")


@pytest.fixture(scope="module")
def invented_extractor(nlp, schema):
    from caregraph.extract.worker import Extractor

    return Extractor(nlp, dataclasses.replace(schema, gazetteer=schema.gazetteer + (STEPS,)))


@pytest.mark.model
def test_a_known_quoted_programme_and_its_head_are_one_node(invented_extractor):
    text = "In Westby this is delivered as part of the \u2018Harbour Steps\u2019 Recruitment Hub, which launched in 2024."
    result = invented_extractor.process_text(text, doc_id="t")
    assert [e.label for e in result.entities if e.type == INITIATIVE] == ["Harbour Steps"]
