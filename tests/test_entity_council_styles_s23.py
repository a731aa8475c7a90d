"""A council named by its style (issue 15, classes 1a and 3; session 23): "the London Borough of
Westby" is the council, an Organisation (not the place "borough" alone names), one body with
"Westby Council" and "Westby Borough Council" in a document and across documents, and located in
Westby by its name. Not another kind of council ("Westby County Council"), nor another place's
borough. Names and places are invented."""

from __future__ import annotations

import pytest

from caregraph.core.records import DocResult, Entity
from caregraph.graph.assemble import assemble
from helpers import marked_entities


def _doc(vocab, text: str):  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    return Doc(vocab, words=text.split())


@pytest.mark.parametrize(("text", "type_"), [
    ("London Borough of Westby", "Organisation"),
    ("Royal Borough of Eastby and Westby", "Organisation"),
    ("Metropolitan Borough of Westby", "Organisation"),
    ("Borough of Westby", "Place"),             # no council's style: the borough, a place
    ("Westby Borough", "Place"),
    ("London Borough Council", "Organisation"),  # (a council's head noun, as before)
])
def test_a_councils_style_heads_an_organisation(vocab, schema, text, type_):
    from caregraph.extract.mentions.voters import head_type

    doc = _doc(vocab, text)
    assert head_type(doc[:], schema.entities)[0] == type_


@pytest.mark.parametrize(("marked", "groups"), [
    ("[London Borough of Westby|Organisation] spoke. [Westby Council|Organisation] agreed.",
     [("London Borough of Westby", ("Westby Council",))]),
    ("[Royal Borough of Eastby and Westby|Organisation] and [Eastby and Westby Council|Organisation].",
     [("Royal Borough of Eastby and Westby", ("Eastby and Westby Council",))]),
    ("[Westby Borough Council|Organisation] and [Westby Council|Organisation].",
     [("Westby Borough Council", ("Westby Council",))]),
    # near misses: another kind of council, another place's borough, the place itself
    ("[London Borough of Westby|Organisation] and [Westby County Council|Organisation].",
     [("London Borough of Westby", ()), ("Westby County Council", ())]),
    ("[London Borough of Westby|Organisation] and [London Borough of Eastby|Organisation].",
     [("London Borough of Eastby", ()), ("London Borough of Westby", ())]),
    ("[London Borough of Westby|Organisation] is in [Westby|Place].",
     [("London Borough of Westby", ()), ("Westby", ())]),
    # a town's, a parish's or a community's council is a body of its own, in either order
    ("[London Borough of Westby|Organisation] runs it. [Westby Council|Organisation] said so. "
     "[Westby Town Council|Organisation] objected.",
     [("London Borough of Westby", ("Westby Council",)), ("Westby Town Council", ())]),
    ("[Westby Town Council|Organisation] objected. [Westby Council|Organisation] said so.",
     [("Westby Council", ()), ("Westby Town Council", ())]),
    ("[Westby Parish Council|Organisation] and [London Borough of Westby|Organisation].",
     [("London Borough of Westby", ()), ("Westby Parish Council", ())]),
    # near miss: a shorter form of the same town council
    ("[Westby Town Council|Organisation] objected. [Westby Town Council|Organisation] said so.",
     [("Westby Town Council", ())]),
])
def test_a_councils_style_and_its_place_council_are_one_body(schema, marked, groups):
    entities = marked_entities(schema, marked)
    assert sorted((e.label, e.aliases) for e in entities) == groups


def test_across_documents_a_councils_style_and_its_place_council_are_one_body(schema):
    from caregraph.extract.resolve import merge_entities

    a = Entity("a#0", "London Borough of Westby", "Organisation", (), 1, ("a",), "x", votes=(("Organisation", 2.0),))
    b = Entity("b#0", "Westby Council", "Organisation", (), 1, ("b",), "y", votes=(("Organisation", 2.0),))
    merged, _ = merge_entities([a, b], schema.entities)
    assert [(e.label, e.documents) for e in merged] == [("London Borough of Westby", ("a", "b"))]


def test_across_documents_a_town_council_is_not_the_council_of_its_place(schema):
    from caregraph.extract.resolve import merge_entities

    a = Entity("a#0", "Westby Town Council", "Organisation", (), 1, ("a",), "x", votes=(("Organisation", 2.0),))
    b = Entity("b#0", "Westby Council", "Organisation", (), 1, ("b",), "y", votes=(("Organisation", 2.0),))
    merged, _ = merge_entities([a, b], schema.entities)
    assert sorted(e.label for e in merged) == ["Westby Council", "Westby Town Council"]


def _entity(n: int, label: str, type_: str) -> Entity:
    return Entity(key=f"a#{n}", label=label, type=type_, aliases=(), mentions=1, documents=("a",),
                  evidence=f"{label} in a.", votes=((type_, 1.0),))


def test_a_council_named_by_its_style_is_located_in_its_place(schema):
    entities = [_entity(0, "Westby", "Place"), _entity(1, "London Borough of Westby", "Organisation"),
                _entity(2, "Eastby", "Place"), _entity(3, "Commissioner for Eastby", "Organisation")]
    result = DocResult(doc_id="a", path="in/a.txt", sha256="0" * 64, length=10, entities=tuple(entities))
    graph = assemble([result], schema).to_networkx()
    found = {(graph.nodes[u]["label"], graph.nodes[v]["label"])
             for u, v, d in graph.edges(data=True) if d["relation"] == "LOCATED_IN"}
    assert found == {("London Borough of Westby", "Westby")}


@pytest.mark.parametrize(("words", "place"), [
    (["london", "borough", "of", "westby"], ["westby"]),
    (["royal", "borough", "of", "eastby", "and", "westby"], ["eastby", "and", "westby"]),
    # near misses: no style opens the name, or no place follows it
    (["borough", "of", "westby"], None),
    (["the", "london", "borough", "of", "westby"], None),
    (["london", "borough", "of"], None),
    (["westby", "council"], None),
])
def test_a_councils_style_opening_a_name_gives_its_places_words(schema, words, place):
    # one reading of a council's style for resolve's council key and assemble's location edge
    from caregraph.core.text import council_style_place

    assert council_style_place(words, schema.entities.council_styles) == place
