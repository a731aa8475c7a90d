"""A council's post on its own page (the `council_post` kind) is at the page's one local council,
a body whose name ends in "Council" and holds a place's whole name. An ampersand and "and" are one
word there, as graph.assemble reads a body's name for its place: "Eastby & Westby Council" holds the
place "Eastby and Westby", and "Eastby and Westby Council" the place "Eastby & Westby". Invented
names, a stand-in for the document's context (the kind reads only its entities and the schema)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from caregraph.core.ontology import ORGANISATION, PLACE
from caregraph.core.records import Entity
from caregraph.extract.relations.context import Arg
from caregraph.extract.relations.kinds.council import _one_local_council


def _context(schema, *named: tuple[str, str, str]):  # type: ignore[no-untyped-def]
    entities = {key: Entity(key, label, type_, (), 1, ("t",), label) for key, label, type_ in named}
    return SimpleNamespace(entity=entities, schema=schema)


@pytest.mark.parametrize(
    ("council", "place"),
    [
        ("Eastby & Westby Council", "Eastby and Westby"),
        ("Eastby and Westby Council", "Eastby & Westby"),
    ],
)
def test_an_ampersand_is_and_in_the_councils_place(schema, council, place) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(schema, ("c", council, ORGANISATION), ("p", place, PLACE))
    assert _one_local_council(ctx) == Arg("c", ORGANISATION)


def test_a_council_of_another_place_is_not_the_pages(schema) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(schema, ("c", "Eastby & Northam Council", ORGANISATION), ("p", "Eastby and Westby", PLACE))
    assert _one_local_council(ctx) is None


def test_two_councils_of_the_place_are_no_one_council(schema) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(schema, ("c", "Eastby & Westby Council", ORGANISATION),
                   ("d", "Eastby and Westby County Council", ORGANISATION), ("p", "Eastby and Westby", PLACE))
    assert _one_local_council(ctx) is None
