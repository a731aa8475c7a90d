"""A body of the gazetteer whose one-word name is also a common word (`common: true`, "Harbour"):
named where the text uses the word as a name, not where the word opens a sentence or a line as the
word itself ("Harbour walls are old"). Entries, names and sentences are invented."""

from __future__ import annotations

import dataclasses

import pytest

from caregraph.core.schema import GazetteerEntry

HARBOUR = GazetteerEntry(name="Harbour", type="Organisation", aliases=(), source="invented", common=True)
PLAIN = GazetteerEntry(name="Lantern", type="Organisation", aliases=(), source="invented")


@pytest.fixture(scope="module")
def invented_extractor(nlp, schema):  # type: ignore[no-untyped-def]
    from caregraph.extract.worker import Extractor

    return Extractor(nlp, dataclasses.replace(schema, gazetteer=schema.gazetteer + (HARBOUR, PLAIN)))


def entities(extractor, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.label: e.type for e in extractor.process_text(text, doc_id="t").entities}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Jane Doe is chair of trustees at Harbour.",
    "Harbour has welcomed the new strategy for Westshire.",
    "The charity Harbour said the plan for Eastborough was overdue.",
])
def test_a_common_word_body_is_named_as_a_name(invented_extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    assert entities(invented_extractor, text).get("Harbour") == "Organisation"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Harbour walls in Westshire are older than the town.",
    "Harbour fees rose in Eastborough last year.",
])
def test_the_common_word_opening_a_sentence_is_no_body(invented_extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Harbour" not in entities(invented_extractor, text)


@pytest.mark.model
def test_a_body_not_marked_common_is_named_anywhere(invented_extractor) -> None:  # type: ignore[no-untyped-def]
    assert entities(invented_extractor, "Lantern staff in Westshire met the minister.").get("Lantern") == "Organisation"


def test_the_flag_is_read_from_an_entry(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from caregraph.core.schema import load_schema

    src = __import__("pathlib").Path(__file__).resolve().parents[1] / "schemas"
    for f in src.iterdir():
        (tmp_path / f.name).write_text(f.read_text())
    text = (tmp_path / "gazetteer.yaml").read_text().replace(
        "entries:\n", "entries:\n  - {name: Harbour, type: Organisation, aliases: [], common: true, source: invented}\n", 1)
    (tmp_path / "gazetteer.yaml").write_text(text)
    entry = next(e for e in load_schema(tmp_path).gazetteer if e.name == "Harbour")
    assert entry.common


def test_a_known_post_is_stated_where_the_page_names_the_person_and_the_body(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    """relations.yaml role-known: a national post-holder and the body of the post, both named on a
    page, give ROLE_AT; a person of the page with no known post gives none."""
    from caregraph.core.ontology import ORGANISATION, PERSON
    from helpers import hand_parse, relations_found_by_rule, two_named_sentences, with_known_fact

    facts = with_known_fact(schema, "Jane Doe", "ROLE_AT", "Harbour Panel")
    doc = hand_parse(vocab, two_named_sentences("Harbour Panel", "Jane Doe"))
    names = [(0, 2, ORGANISATION), (5, 7, PERSON)]
    found = {row[:3] for row in relations_found_by_rule(doc, names, facts) if row[3] == "role-known"}
    assert found == {("Jane Doe", "ROLE_AT", "Harbour Panel")}
    other = with_known_fact(schema, "John Roe", "ROLE_AT", "Harbour Panel")
    assert not any(row[3] == "role-known" for row in relations_found_by_rule(doc, names, other))
