"""Who runs a programme (issue 15, session 21), from a recall study of unannotated pages: a
programme named after one council's area is run by that area ("Families First Halton",
"Rutland Steps Together"), not one named after a region or a metropolitan county; and the verbs
of running a programme include unveiling, overseeing and coordinating it. Bodies and
programmes are invented; the places of the name rule are gazetteer entries (a rule of places
needs places the tool knows: Rutland, Halton, Torbay) and the regions the schema's lists."""

from __future__ import annotations

import pytest

from caregraph.core.records import DocResult, Entity
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
