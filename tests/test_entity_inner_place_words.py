"""A lower-case word inside a place the gazetteer names ("Westby with Eastby") goes on with a
body's name built on it ("Westby with Eastby Council"), as "and" inside one already did: not a
person "Westby" and a council "Eastby Council" (session 18). The gazetteer entry is invented."""

from __future__ import annotations

import dataclasses

import pytest

from caregraph.core.schema import GazetteerEntry

WITH = GazetteerEntry(name="Westby with Eastby", type="Place", aliases=(), source="invented")


@pytest.fixture(scope="module")
def invented_extractor(nlp, schema):  # type: ignore[no-untyped-def]
    from caregraph.extract.worker import Extractor

    return Extractor(nlp, dataclasses.replace(schema, gazetteer=schema.gazetteer + (WITH,)))


def _entities(extractor, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.label: e.type for e in extractor.process_text(text, doc_id="t").entities}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The hub is a partnership of Westby with Eastby Council, Northmoor Council and Southwick Council.\n",
    "Westby with Eastby Council will lead the new fostering hub.\n",
])
def test_a_council_named_after_a_place_with_an_inner_word_is_one_body(invented_extractor, text) -> None:  # type: ignore[no-untyped-def]
    found = _entities(invented_extractor, text)
    assert found.get("Westby with Eastby Council") == "Organisation"
    assert "Eastby Council" not in found and "Westby" not in found


@pytest.mark.model
def test_a_lower_case_word_outside_a_known_place_still_ends_the_name(invented_extractor) -> None:  # type: ignore[no-untyped-def]
    found = _entities(invented_extractor, "Northmoor with Southwick Council will lead the new fostering hub.\n")
    assert "Northmoor with Southwick Council" not in found
