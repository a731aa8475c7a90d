"""The fostering recruitment hubs of the reforms in the gazetteer (sourced entries and sourced
facts of their member councils): the hubs as a kind of programme are one Initiative whatever
their sources call them ("Regional Fostering Hub", "the fostering recruitment hub"), a named hub
is its own, and a member council named with its hub in a sentence that states it runs it."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import INITIATIVE, PLACE
from caregraph.core.schema import gazetteer_form_key
from helpers import text_relations as relations

_HUBS = "Regional Fostering Recruitment and Retention Hub"


def test_each_hub_fact_joins_a_gazetteer_place_to_a_gazetteer_programme(schema) -> None:  # type: ignore[no-untyped-def]
    types = {gazetteer_form_key(e.name): e.type for e in schema.gazetteer}
    hubs = {"Foster with North East", "Fostering for East Midlands", _HUBS, "Local Authority Fostering South East"}
    facts = [f for f in schema.relations.known_relations if f.object in hubs]
    assert len(facts) >= 12 + 4 + 5 + 4
    for fact in facts:
        assert fact.relation == "RUNS" and fact.source
        assert types[gazetteer_form_key(fact.subject)] == PLACE
        assert types[gazetteer_form_key(fact.object)] == INITIATIVE


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Regional Fostering Hub will open in the spring.",
        "Westshire Council is leading on the fostering recruitment hub on behalf of the region.",
        "Westshire Council has received £2.4 million for a recruitment hub.",
    ],
)
def test_the_hubs_are_one_programme_by_any_of_their_names(extractor, text) -> None:  # type: ignore[no-untyped-def]
    result = extractor.process_text(text, doc_id="t")
    assert any(e.label == _HUBS and e.type == INITIATIVE for e in result.entities)


@pytest.mark.model
def test_a_member_council_named_with_its_hub_runs_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Darlington Borough Council will stay in Foster with North East next year."
    assert ("Darlington Borough Council", "RUNS", "Foster with North East") in relations(extractor, text)


@pytest.mark.model
def test_a_council_named_with_another_regions_hub_runs_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Kent County Council will stay in Foster with North East next year."
    assert not any(rel == "RUNS" for _, rel, _ in relations(extractor, text))


@pytest.mark.model
@pytest.mark.parametrize("text, hub", [
    ("Foster with us, acts as a first point of contact for those interested in fostering.", "Foster With Us"),
    ("The councils of the east run Local Community Fostering, a new front door.", "Local Community Fostering"),
])
def test_a_named_hub_is_an_initiative_however_its_capitals(extractor, text: str, hub: str) -> None:  # type: ignore[no-untyped-def]
    result = extractor.process_text(text, doc_id="t")
    assert {e.label: e.type for e in result.entities}.get(hub) == INITIATIVE


@pytest.mark.model
def test_an_invitation_to_foster_names_no_hub(extractor) -> None:  # type: ignore[no-untyped-def]
    result = extractor.process_text("Why not foster with us? Call today.", doc_id="t")
    assert not any(e.type == INITIATIVE for e in result.entities)
