"""A country is never the one that runs a programme (relations.yaml `national_places`): "Bluebird is
delivered across Westland" says how far the programme reaches, while a region or a county named so
still runs it. Hand-built parses; the country list is replaced by an invented one."""

from __future__ import annotations

from dataclasses import replace

from caregraph.core.ontology import INITIATIVE, PLACE, RUNS
from helpers import hand_parse as parse
from helpers import relations_found as found


def _rows(place: str):  # type: ignore[no-untyped-def]
    """"Bluebird is delivered across {place} ." """
    return [
        ("Bluebird", 2, "nsubjpass", "PROPN", "NNP", "Bluebird"),
        ("is", 2, "auxpass", "AUX", "VBZ", "be"),
        ("delivered", 2, "ROOT", "VERB", "VBN", "deliver"),
        ("across", 2, "prep", "ADP", "IN", "across"),
        (place, 3, "pobj", "PROPN", "NNP", place),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def _schema(schema, places):  # type: ignore[no-untyped-def]
    return replace(schema, relations=replace(schema.relations, national_places=frozenset(places)))


def test_a_country_a_programme_is_delivered_across_does_not_run_it(nlp, schema):
    doc = parse(nlp.vocab, _rows("Westland"))
    names = [(0, 1, INITIATIVE), (4, 5, PLACE)]
    assert ("Westland", "RUNS", "Bluebird") in found(doc, names, _schema(schema, ()))
    assert ("Westland", "RUNS", "Bluebird") not in found(doc, names, _schema(schema, ("westland",)))


def test_a_county_a_programme_is_delivered_across_still_runs_it(nlp, schema):
    doc = parse(nlp.vocab, _rows("Westshire"))
    names = [(0, 1, INITIATIVE), (4, 5, PLACE)]
    assert ("Westshire", "RUNS", "Bluebird") in found(doc, names, _schema(schema, ("westland",)))


def test_the_schema_lists_the_countries_for_runs_only(schema):
    assert "england" in schema.relations.national_places
    assert schema.relations.national_relations == frozenset({RUNS})


def test_a_country_written_with_stops_or_without_is_the_same_country(nlp, schema):
    # the name and the schema's entry compared without spaces and stops ("the W.L." and "WL")
    for label, places in (("W.L.", ("wl",)), ("WL", ("w.l.",))):
        doc = parse(nlp.vocab, _rows(label))
        names = [(0, 1, INITIATIVE), (4, 5, PLACE)]
        assert (label, "RUNS", "Bluebird") in found(doc, names, _schema(schema, ()))
        assert (label, "RUNS", "Bluebird") not in found(doc, names, _schema(schema, places))
