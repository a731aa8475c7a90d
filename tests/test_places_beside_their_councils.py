"""A place and its council are two nodes: a bare "Westshire" beside the document's "Westshire
Council" is the Place (which runs a programme or holds a body, the ontology's "Westshire RUNS
X"), however NER typed its mentions; and "North Westshire Council" is another council than
"Westshire Council", not its longer form. Names are invented."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import ORGANISATION, PERSON, PLACE
from caregraph.core.records import Mention
from caregraph.extract.resolve import entities_of_document
from helpers import document_entity, merged_groups


def _mention(start: int, name: str, type_: str) -> Mention:
    return Mention(doc_id="t", start=start, end=start + len(name), text=name, name=name,
                   votes=((type_, 1.5),), rule="name", sent=0)


def _types(schema, *mentions: Mention) -> dict[str, str]:  # type: ignore[no-untyped-def]
    entities, _keys = entities_of_document(list(mentions), doc_id="t", rules=schema.entities,
                                           evidence_of=lambda m: "")
    return {e.label: e.type for e in entities}


@pytest.mark.parametrize("council", ["Westshire Council", "Westshire County Council", "Westshire Borough Council"])
@pytest.mark.parametrize("typed", [ORGANISATION, PLACE])
def test_a_bare_name_beside_its_council_is_the_place(schema, council, typed):
    types = _types(schema, _mention(0, council, ORGANISATION), _mention(40, "Westshire", typed))
    assert types == {council: ORGANISATION, "Westshire": PLACE}


def test_a_bare_name_without_its_council_keeps_its_type(schema):
    types = _types(schema, _mention(0, "Harbour Trust", ORGANISATION), _mention(40, "Westshire", ORGANISATION))
    assert types["Westshire"] == ORGANISATION


def test_a_name_typed_a_person_is_not_made_a_place(schema):
    types = _types(schema, _mention(0, "Westshire Council", ORGANISATION), _mention(60, "Westshire", PERSON))
    assert types.get("Westshire") != PLACE


@pytest.mark.parametrize(("short", "longer"), [
    ("Westshire Council", "North Westshire Council"),
    ("Eastborough", "Greater Eastborough"),
    ("Westshire County Council", "South West Westshire County Council"),
])
def test_a_place_modifier_before_a_name_makes_another_area(schema, short, longer):
    type_ = PLACE if "Council" not in short else ORGANISATION
    entities = [document_entity("t#0", longer, type_), document_entity("t#1", short, type_)]
    assert merged_groups(schema, entities, scope="t") == sorted([{longer}, {short}], key=lambda g: sorted(g))


def test_a_longer_form_adding_a_body_word_still_merges(schema):
    entities = [document_entity("t#0", "Harbour Care Trust", ORGANISATION),
                document_entity("t#1", "Harbour Care", ORGANISATION)]
    assert merged_groups(schema, entities, scope="t") == [{"Harbour Care Trust", "Harbour Care"}]


@pytest.mark.model
def test_a_bare_place_after_its_council_runs_and_holds(extractor):
    text = ("Westshire Council has joined the Harbour Programme. Westshire runs the Harbour Hub. "
            "The Harbour Trust is based in Westshire.")
    result = extractor.process_text(text, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    types = {e.label: e.type for e in result.entities}
    assert types["Westshire"] == PLACE and types["Westshire Council"] == ORGANISATION
    edges = {(label[r.source], r.relation, label[r.target]) for r in result.relations}
    assert ("Westshire", "RUNS", "Harbour Hub") in edges
    assert ("Harbour Trust", "LOCATED_IN", "Westshire") in edges
