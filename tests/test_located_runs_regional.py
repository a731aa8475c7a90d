"""Places and programmes of a page (issue 15, session 14), from failure classes on unseen
pages: a body's name before a parenthesis of places ("the Harbour Trust (Westshire and
Eastborough)"), a body "with offices in" places, a regional programme named after its region
("Harbour Fostering South West"), a place's name before "wide" ("a Rutland-wide service"), and a page's own programme named before one of its parts
("our Harbour Pilot hubs"). Bodies and programmes are invented; the places are gazetteer entries
(a rule of places needs places the tool knows: Rutland, Halton, Torbay) and the regions the
schema's list."""

from __future__ import annotations

import pytest

from caregraph.core.records import DocResult, Entity
from caregraph.graph.assemble import assemble
from helpers import text_relations

_COUNCILS = "Three councils have joined the Harbour Programme. "


@pytest.mark.model
def test_a_bodys_name_before_a_parenthesis_of_places_is_located_in_each(extractor):
    rels = text_relations(extractor, _COUNCILS + "The members include the Kestrel Group (Rutland, Halton "
                                                 "and Torbay) and the Heron Trust (Rutland).")
    assert {("Kestrel Group", "LOCATED_IN", p) for p in ("Rutland", "Halton", "Torbay")} <= rels
    assert ("Heron Trust", "LOCATED_IN", "Rutland") in rels


@pytest.mark.model
def test_a_parenthesis_with_other_words_or_a_body_locates_nothing(extractor):
    rels = text_relations(extractor, _COUNCILS + "The members include the Kestrel Group (Rutland County Council) "
                                                 "and the Heron Trust (formerly of Rutland).")
    assert not {r for r in rels if r[1] == "LOCATED_IN" and r[0] in ("Kestrel Group", "Heron Trust")}


@pytest.mark.model
def test_a_body_with_offices_in_places_is_located_there(extractor):
    rels = text_relations(extractor, _COUNCILS + "The Harbour Association is a national charity for carers "
                                                 "with offices in Rutland and Halton.")
    assert {("Harbour Association", "LOCATED_IN", "Rutland"), ("Harbour Association", "LOCATED_IN", "Halton")} <= rels


def _located(schema, labels: list[tuple[str, str]]) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    entities = [Entity(key=f"a#{i}", label=label, type=type_, aliases=(), mentions=1, documents=("a",),
                       evidence=f"{label} in a.", votes=((type_, 1.0),)) for i, (label, type_) in enumerate(labels)]
    result = DocResult(doc_id="a", path="in/a.txt", sha256="0" * 64, length=10, entities=tuple(entities))
    graph = assemble([result], schema).to_networkx()
    return {(graph.nodes[u]["label"], graph.nodes[v]["label"])
            for u, v, d in graph.edges(data=True) if d["relation"] == "LOCATED_IN"}


def test_a_programme_ending_in_a_regions_name_is_located_there(schema):
    found = _located(schema, [("South West", "Place"), ("Harbour Fostering South West", "Initiative"),
                              ("Foster with South West", "Initiative")])
    assert found == {("Harbour Fostering South West", "South West"), ("Foster with South West", "South West")}


def test_a_programme_ending_in_one_councils_area_or_after_a_preposition_is_not(schema):
    # a local service named after its council's area is the council's (it RUNS it); "for" makes a topic
    found = _located(schema, [("Westshire", "Place"), ("Fostering Westshire", "Initiative"),
                              ("South West", "Place"), ("Families for South West", "Initiative")])
    assert found == set()


_PAGE = "The Harbour Trust is a charity that supports foster families in Westshire. "


@pytest.mark.model
def test_our_programme_before_one_of_its_parts_is_the_pages_own(extractor):
    rels = text_relations(extractor, _PAGE + "This year we opened two more of our Harbour Pilot hubs.")
    assert ("Harbour Trust", "RUNS", "Harbour Pilot") in rels


@pytest.mark.model
def test_our_programme_before_a_noun_about_it_is_not_run(extractor):
    rels = text_relations(extractor, _PAGE + "This year we sent our Harbour Pilot response to the minister.")
    assert ("Harbour Trust", "RUNS", "Harbour Pilot") not in rels


@pytest.mark.model
def test_a_place_wide_noun_locates_what_it_names(extractor):
    rels = text_relations(extractor, _COUNCILS + "The Harbour Hub is a Rutland-wide service for carers. Kestrel "
                                                 "Care, a Halton wide partnership, opened today. The Torbay-wide "
                                                 "Heron Pilot began in May.")
    assert {("Harbour Hub", "LOCATED_IN", "Rutland"), ("Kestrel Care", "LOCATED_IN", "Halton"),
            ("Heron Pilot", "LOCATED_IN", "Torbay")} <= rels


@pytest.mark.model
def test_a_place_wide_noun_of_no_named_thing_locates_nothing(extractor):
    rels = text_relations(extractor, _COUNCILS + "Kinship care is a Rutland-wide concern, the Harbour Hub said.")
    assert not {r for r in rels if r[1] == "LOCATED_IN"}


_SPEAKER = "Jane Doe, chief executive of the Harbour Trust, said: "


@pytest.mark.model
def test_a_quotations_our_work_on_a_programme_is_the_speakers_body(extractor):
    rels = text_relations(extractor, _SPEAKER + "\u201cWe are proud of our work on the Harbour Pilot.\u201d")
    assert ("Harbour Trust", "RUNS", "Harbour Pilot") in rels


@pytest.mark.model
def test_a_quotations_our_programme_by_its_kind_noun_is_not_the_speakers_body(extractor):
    rels = text_relations(extractor, _SPEAKER + "\u201cWe welcome our new Harbour Pilot programme.\u201d")
    assert ("Harbour Trust", "RUNS", "Harbour Pilot") not in rels
