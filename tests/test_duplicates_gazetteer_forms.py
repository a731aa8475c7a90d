"""Within a document, a short form of a gazetteer entry's other name joins the entry's node
even when the page never writes that other name out (session 21): a page that names "Safe
Homes, Built on Trust" and then "the Delivery Strategy" means the entry's "Westby Care Delivery
Strategy". Across documents a two-word name still needs a longer name of its own cluster.
Names invented for these tests."""

from __future__ import annotations

import dataclasses

import pytest

from helpers import document_entity, merged_groups

TITLE = "Safe Homes, Built on Trust"
FORM = "Westby Care Delivery Strategy"


def _with_entry(schema, forms: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """The schema with a gazetteer title entry of TITLE whose other names are `forms`."""
    entities = schema.entities
    return dataclasses.replace(schema, entities=dataclasses.replace(
        entities, gazetteer_names=entities.gazetteer_names | {TITLE},
        gazetteer_titles=(*entities.gazetteer_titles, *((f, TITLE, "Publication") for f in (TITLE, *forms)))))


@pytest.mark.parametrize(("short", "type_", "forms", "scope", "joined"), [
    # the entry's other name, unwritten on the page: its short form is the entry
    ("Delivery Strategy", "Publication", (FORM,), "d", True),
    ("Westby Strategy", "Publication", (FORM,), "d", True),
    # without that other name in the gazetteer, nothing links them
    ("Delivery Strategy", "Publication", (), "d", False),
    # a name of another head, or with a word the form lacks, is another thing
    ("Delivery Board", "Organisation", (FORM,), "d", False),
    ("Eastby Delivery Strategy", "Publication", (FORM,), "d", False),
    # across documents a name of two words is too common a phrase to join an unwritten form
    ("Delivery Strategy", "Publication", (FORM,), "", False),
])
def test_a_short_form_of_an_entrys_unwritten_name(schema, short, type_, forms, scope, joined):  # type: ignore[no-untyped-def]
    rules = _with_entry(schema, forms)
    other = "d#1" if scope else "e#0"
    ents = [document_entity("d#0", TITLE, "Publication"), document_entity(other, short, type_)]
    groups = merged_groups(rules, ents, scope=scope)
    assert (groups == [{TITLE, short}]) is joined
