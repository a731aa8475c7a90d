"""Who runs a programme (issue 15, session 21), from a recall study of unannotated pages: a
programme named after one council's area is run by that area ("Families First Halton",
"Rutland Steps Together"), not one named after a region or a metropolitan county; and the verbs
of running a programme include unveiling, overseeing and coordinating it. Bodies and
programmes are invented; the places of the name rule are gazetteer entries (a rule of places
needs places the tool knows: Rutland, Halton, Torbay) and the regions the schema's lists."""

from __future__ import annotations

import pytest

from caregraph.core.records import DocResult, Entity, Relation
from caregraph.graph.assemble import assemble
from helpers import text_relations


def _runs(schema, labels: list[tuple[str, str]]) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    entities = [Entity(key=f"a#{i}", label=label, type=type_, aliases=(), mentions=1, documents=("a",),
                       evidence=f"{label} in a.", votes=((type_, 1.0),)) for i, (label, type_) in enumerate(labels)]
    result = DocResult(doc_id="a", path="in/a.txt", sha256="0" * 64, length=10, entities=tuple(entities))
    graph = assemble([result], schema).to_networkx()
    return {(graph.nodes[u]["label"], graph.nodes[v]["label"])
            for u, v, d in graph.edges(data=True) if d["relation"] == "RUNS"}


@pytest.mark.parametrize(("place", "programme", "runs"), [
    ("Rutland", "Rutland Steps Together", True),          # the area's name, then words of its own
    ("Halton", "Families First Halton", True),            # words of its own, then the area's name
    ("Torbay", "Families for Torbay", False),             # a preposition before the area: a topic
    ("Torbay", "Torbay and Halton Hubs", False),          # a conjunction after it: two areas' hubs
    ("South West", "Harbour Fostering South West", False),    # a region's programme is regional
    ("Greater Manchester", "Greater Manchester Harbour Promise", False),  # so is a metropolitan county's
    ("Rutland", "RUTLAND STEPS TOGETHER", False),         # a heading in capitals
])
def test_a_programme_named_after_one_councils_area_is_run_by_it(schema, place, programme, runs):
    found = _runs(schema, [(place, "Place"), (programme, "Initiative")])
    assert found == ({(place, programme)} if runs else set())


def test_a_body_named_after_an_area_runs_nothing_by_its_name(schema):
    # the name rule reads programmes only ("Rutland Harbour Trust" is located there, runs nothing)
    assert _runs(schema, [("Rutland", "Place"), ("Rutland Harbour Trust", "Organisation")]) == set()


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "The Harbour Trust's fostering service recently unveiled the Kestrel Families programme at a special event.",
    "The Kestrel Families programme is overseen by the Harbour Trust.",
    "The Kestrel Families programme, which is overseen by the Harbour Trust, brings carers together.",
    "The Harbour Trust coordinated the Kestrel Families programme in 2023.",
])
def test_unveiling_overseeing_or_coordinating_a_programme_is_running_it(extractor, sentence):
    rels = text_relations(extractor, "Harbour news. " + sentence)
    assert ("Harbour Trust", "RUNS", "Kestrel Families") in rels


def _page(doc_id: str, labels: list[tuple[str, str]], runs: list[tuple[str, str]]) -> DocResult:
    entities = [Entity(key=f"{doc_id}#{i}", label=label, type=type_, aliases=(), mentions=1, documents=(doc_id,),
                       evidence=f"{label} in {doc_id}.", votes=((type_, 1.0),)) for i, (label, type_) in enumerate(labels)]
    key = {e.label: e.key for e in entities}
    relations = tuple(Relation(source=key[a], target=key[b], relation="RUNS", evidence=f"{a} runs {b}.",
                               doc_id=doc_id, rule="runs-verb") for a, b in runs)
    return DocResult(doc_id=doc_id, path=f"in/{doc_id}.txt", sha256="0" * 64, length=10,
                     entities=tuple(entities), relations=relations)


def _council_runs(schema, pages: list[DocResult]) -> dict[tuple[str, str], list[str]]:  # type: ignore[no-untyped-def]
    graph = assemble(pages, schema).to_networkx()
    return {(graph.nodes[u]["label"], graph.nodes[v]["label"]): sorted(d["documents"])
            for u, v, d in graph.edges(data=True)
            if d["relation"] == "RUNS" and graph.nodes[u]["type"] == "Organisation"}


_AREA_RUNS = [("Rutland", "Harbour Pilot")]


def test_the_council_of_an_area_that_runs_a_programme_runs_it_on_the_page_naming_it(schema):
    pages = [_page("a", [("Rutland", "Place"), ("Rutland County Council", "Organisation"),
                         ("Harbour Pilot", "Initiative")], _AREA_RUNS),
             _page("b", [("Rutland", "Place"), ("Harbour Pilot", "Initiative")], _AREA_RUNS)]
    assert _council_runs(schema, pages) == {("Rutland County Council", "Harbour Pilot"): ["a"]}


@pytest.mark.parametrize(("labels", "why"), [
    ([("Rutland", "Place"), ("Harbour Pilot", "Initiative")], "no council of the area on the page"),
    ([("Rutland", "Place"), ("Rutland County Council", "Organisation"), ("Rutland Borough Council", "Organisation"),
      ("Harbour Pilot", "Initiative")], "two councils of the area: which one is not said"),
    ([("Rutland", "Place"), ("Rutland Harbour Trust", "Organisation"), ("Harbour Pilot", "Initiative")],
     "a body of the area that is no council"),
])
def test_no_council_runs_it_where_the_page_names_none_or_several(schema, labels, why):
    assert _council_runs(schema, [_page("a", labels, _AREA_RUNS)]) == {}, why


def test_a_regions_programme_gives_no_council_of_a_name_inside_the_regions(schema):
    # "South West" is a region: "South West Harbour Council" is no council of its area's programme
    page = _page("a", [("South West", "Place"), ("South West Harbour Council", "Organisation"),
                       ("Harbour Pilot", "Initiative")], [("South West", "Harbour Pilot")])
    assert _council_runs(schema, [page]) == {}
