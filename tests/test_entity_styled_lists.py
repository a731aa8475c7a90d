"""A plural honorific styles each name of the list after it ("Councillors Hale, Marsh and Brook"):
each member is a person, not only the first one beside the honorific."""

from __future__ import annotations

import pytest


def _types(extractor, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.label: e.type for e in extractor.process_text(text, doc_id="t").entities}


@pytest.mark.model
@pytest.mark.parametrize("text, people", [
    # surnames NER leaves out or runs together
    ("Councillors Hale, Marsh and Brook attended in accordance with Standing Order 25(2).", ["Hale", "Marsh", "Brook"]),
    ("Cllrs Doe, Roe and Poe called on Westshire County Council to back the plan.", ["Doe", "Roe", "Poe"]),
    ("Messrs Hale and Roe signed the letter for the Harbour Trust.", ["Hale", "Roe"]),
    # a surname that is a word the page also writes in lower case
    ("Councillors Hale, Leaver and Marsh attended. Every care leaver deserves a home.", ["Hale", "Leaver", "Marsh"]),
])
def test_each_name_after_a_plural_honorific_is_a_person(extractor, text: str, people: list[str]) -> None:  # type: ignore[no-untyped-def]
    found = _types(extractor, text)
    assert {name: found.get(name) for name in people} == {name: "Person" for name in people}
    assert not any(" and " in label for label in found)


@pytest.mark.model
@pytest.mark.parametrize("text, name, type_", [
    # a member with a body's head noun stays the body
    ("Councillors Hale and Roe, Westshire County Council and the Harbour Trust met.", "Westshire County Council",
     "Organisation"),
    # no list after the honorific: the places are no people
    ("Councillors from Westby, Eastby and Northmoor attended.", "Westby", None),
])
def test_a_plural_honorific_types_no_body_and_no_place_list(extractor, text: str, name: str, type_: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _types(extractor, text).get(name) == type_


def test_the_plural_honorifics_come_from_the_schema(schema) -> None:  # type: ignore[no-untyped-def]
    assert {"councillors", "cllrs"} <= schema.entities.plural_honorifics <= schema.entities.honorifics
