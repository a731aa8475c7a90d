"""Sourced facts between gazetteer entries (relations.yaml `known_relations`) of session 10: a founder
and the body he set up (FOUNDED), the chair of a review and the review (LEADS), a programme and the
publication that set it up (ALIGNS_WITH), a strand of a programme and the programme (PART_OF between
programmes). Each holds on a page that names both ends with the types its pattern takes, and never
otherwise. Invented names throughout; the schema checks at the end read the shipped schemas."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import INITIATIVE, ORGANISATION, PERSON, PUBLICATION
from caregraph.core.schema import gazetteer_form_key
from helpers import hand_parse as parse
from helpers import relations_found_by_rule, two_named_sentences, with_known_fact


def _doc(vocab, first: str, second: str):  # type: ignore[no-untyped-def]
    """"<first> was published . <second> was welcomed .": two sentences, no verb relating the two."""
    return parse(vocab, two_named_sentences(first, second))


@pytest.mark.parametrize(
    ("subject", "relation", "obj", "types", "rule"),
    [
        # "Jane Porter was ... . Harbour Trust was ...": the founder of a body, named with it
        ("Jane Porter", "FOUNDED", "Harbour Trust", (PERSON, ORGANISATION), "founded-known"),
        # the chair of a review, named with the review
        ("Jane Porter", "LEADS", "Westshire Review", (PERSON, PUBLICATION), "leads-known"),
        # a programme the page names with the strategy that set it up
        ("Harbour Steps", "ALIGNS_WITH", "Westshire Plan", (INITIATIVE, PUBLICATION), "aligns-known"),
        # a strand of a programme, named with the programme
        ("Harbour Help", "PART_OF", "Harbour Steps", (INITIATIVE, INITIATIVE), "part-known-programme"),
        # a part of a publication (the older pattern, unchanged)
        ("Westshire Summary", "PART_OF", "Westshire Review", (PUBLICATION, PUBLICATION), "part-known"),
    ],
)
def test_a_known_fact_holds_on_a_page_naming_both_ends(vocab, schema, subject, relation, obj, types, rule) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(vocab, subject, obj)
    names = [(0, 2, types[0]), (5, 7, types[1])]
    assert (subject, relation, obj, rule) in relations_found_by_rule(doc, names, with_known_fact(schema, subject, relation, obj))
    # without the fact, nothing on the page says so
    assert not any(r == relation for _, r, _, _ in relations_found_by_rule(doc, names, schema))


def test_a_part_is_found_by_the_one_pattern_of_its_types(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(vocab, "Harbour Help", "Harbour Steps")
    facts = with_known_fact(schema, "Harbour Help", "PART_OF", "Harbour Steps")
    rules = {rule for _, r, _, rule in relations_found_by_rule(doc, [(0, 2, INITIATIVE), (5, 7, INITIATIVE)], facts) if r == "PART_OF"}
    assert rules == {"part-known-programme"}   # not also the publications' "part-known"


@pytest.mark.parametrize(
    ("subject", "relation", "obj", "types"),
    [
        # the page takes the founder's name for a body's ("Jane Porter Ltd" cut short): no person founded it
        ("Jane Porter", "FOUNDED", "Harbour Trust", (ORGANISATION, ORGANISATION)),
        # the page names a report of that name, not the programme: a publication aligns with nothing
        ("Harbour Steps", "ALIGNS_WITH", "Westshire Plan", (PUBLICATION, PUBLICATION)),
        # a programme and a publication: neither pattern of PART_OF joins two kinds
        ("Harbour Help", "PART_OF", "Harbour Steps", (INITIATIVE, PUBLICATION)),
    ],
)
def test_no_known_fact_where_an_end_has_another_type(vocab, schema, subject, relation, obj, types) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(vocab, subject, obj)
    names = [(0, 2, types[0]), (5, 7, types[1])]
    found = relations_found_by_rule(doc, names, with_known_fact(schema, subject, relation, obj))
    assert not any(r == relation for _, r, _, _ in found)


def test_no_known_fact_where_one_end_is_not_named(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(vocab, "Jane Porter", "Harbour Trust")
    facts = with_known_fact(schema, "Jane Porter", "FOUNDED", "Harbour Trust")
    assert not any(r == "FOUNDED" for _, r, _, _ in relations_found_by_rule(doc, [(0, 2, PERSON)], facts))
    # "Porter": a name that is not the entry's
    assert not any(r == "FOUNDED" for _, r, _, _ in relations_found_by_rule(doc, [(1, 2, PERSON), (5, 7, ORGANISATION)], facts))


# --- the shipped facts


def test_every_known_relation_names_its_source_and_gazetteer_entries_of_its_types(schema) -> None:  # type: ignore[no-untyped-def]
    entries = {gazetteer_form_key(e.name): e for e in schema.gazetteer}
    assert schema.relations.known_relations
    for fact in schema.relations.known_relations:
        # a public address or document: more than a word, never an evaluation set's
        assert len(fact.source.split()) >= 3, fact
        assert not any(word in fact.source.lower() for word in ("gold", "invented", "dev set", "chk"))
        subject_types, object_types = schema.relations.signatures[fact.relation]
        assert entries[gazetteer_form_key(fact.subject)].type in subject_types, fact
        assert entries[gazetteer_form_key(fact.object)].type in object_types, fact


def test_every_known_relation_has_a_pattern_that_finds_it(schema) -> None:  # type: ignore[no-untyped-def]
    entries = {gazetteer_form_key(e.name): e for e in schema.gazetteer}
    known = [p for p in schema.relations.patterns if p.kind == "known"]
    for fact in schema.relations.known_relations:
        types = (entries[gazetteer_form_key(fact.subject)].type, entries[gazetteer_form_key(fact.object)].type)
        assert any(p.relation == fact.relation and types[0] in p.subject_types and types[1] in p.object_types
                   for p in known), f"no `known` pattern of {fact.relation} takes {types}: {fact}"
