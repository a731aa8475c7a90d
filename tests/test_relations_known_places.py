"""Sourced facts with a place end (relations.yaml `known_relations`: "Westshire RUNS Harbour Steps"):
stated by the place or by its council ("Westshire County Council", "City of Westshire Council"), and
only by a sentence that names both ends and neither denies nor hedges it. Invented names; the place
is an invented gazetteer Place added to the schema."""

from __future__ import annotations

from dataclasses import replace

import pytest

from caregraph.core.ontology import INITIATIVE, ORGANISATION, PLACE
from caregraph.core.schema import GazetteerEntry
from helpers import hand_parse as parse
from helpers import relations_found_by_rule, two_named_sentences, with_known_fact


def _schema(schema, *, fact: bool = True):  # type: ignore[no-untyped-def]
    """The schema with the invented place Westshire in its gazetteer and, with `fact`, the one known
    relation "Westshire RUNS Harbour Steps"."""
    place = GazetteerEntry(name="Westshire", type=PLACE, aliases=(), source="invented")
    schema = replace(schema, gazetteer=(*schema.gazetteer, place))
    return with_known_fact(schema, "Westshire", "RUNS", "Harbour Steps") if fact else schema


def _welcomed(subject: list[str], *, negated: bool = False):  # type: ignore[no-untyped-def]
    """Rows of "<subject> welcomed Harbour Steps ." (or "<subject> did not welcome Harbour Steps .")."""
    n = len(subject)
    verb = n + (2 if negated else 0)
    rows = [(w, n - 1, "compound", "PROPN", "NNP", w) for w in subject[:-1]]
    rows.append((subject[-1], verb, "nsubj", "PROPN", "NNP", subject[-1]))
    if negated:
        rows += [("did", verb, "aux", "AUX", "VBD", "do"), ("not", verb, "neg", "PART", "RB", "not"),
                 ("welcome", verb, "ROOT", "VERB", "VB", "welcome")]
    else:
        rows.append(("welcomed", verb, "ROOT", "VERB", "VBD", "welcome"))
    rows += [("Harbour", verb + 2, "compound", "PROPN", "NNP", "Harbour"), ("Steps", verb, "dobj", "PROPN", "NNP", "Steps"),
             (".", verb, "punct", "PUNCT", ".", ".")]
    return rows


def _known(vocab, schema, subject: list[str], type_: str, *, negated: bool = False):  # type: ignore[no-untyped-def]
    rows = _welcomed(subject, negated=negated)
    n = len(rows) - 3
    names = [(0, len(subject), type_), (n, n + 2, INITIATIVE)]
    return {row[:3] for row in relations_found_by_rule(parse(vocab, rows), names, schema) if row[3] == "runs-known"}


@pytest.mark.parametrize(
    ("subject", "type_"),
    [
        (["Westshire"], PLACE),                                   # the place
        (["Westshire", "Council"], ORGANISATION),                 # its council
        (["Westshire", "County", "Council"], ORGANISATION),       # a council kind of the schema's kind_names
        (["City", "of", "Westshire", "Council"], ORGANISATION),   # "City of X Council"
    ],
)
def test_a_place_fact_holds_in_a_sentence_naming_the_place_or_its_council_and_the_programme(
        vocab, schema, subject, type_) -> None:  # type: ignore[no-untyped-def]
    assert _known(vocab, _schema(schema), subject, type_) == {(" ".join(subject), "RUNS", "Harbour Steps")}
    # without the fact, the sentence says nothing of running it
    assert _known(vocab, _schema(schema, fact=False), subject, type_) == set()


@pytest.mark.parametrize(
    ("subject", "type_"),
    [
        (["Westshire", "Trust"], ORGANISATION),           # a body named for the place, no council
        (["Eastmoor", "Council"], ORGANISATION),          # another place's council
        (["Westshire", "Council"], PLACE),                # the council's name taken for a place: no gazetteer place
    ],
)
def test_no_place_fact_for_another_body_or_place(vocab, schema, subject, type_) -> None:  # type: ignore[no-untyped-def]
    assert _known(vocab, _schema(schema), subject, type_) == set()


def test_no_place_fact_in_a_negated_sentence(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    assert _known(vocab, _schema(schema), ["Westshire"], PLACE, negated=True) == set()
    assert _known(vocab, _schema(schema), ["Westshire", "Council"], ORGANISATION, negated=True) == set()


def test_no_place_fact_where_the_two_ends_are_in_different_sentences(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, two_named_sentences("Westshire Council", "Harbour Steps"))
    names = [(0, 2, ORGANISATION), (5, 7, INITIATIVE)]
    assert not any(row[3] == "runs-known" for row in relations_found_by_rule(doc, names, _schema(schema)))
    # a fact between two entries that are no places keeps its page-wide reading (the older behaviour)
    facts = with_known_fact(schema, "Harbour Trust", "SUPPORTS", "Harbour Steps")
    doc = parse(vocab, two_named_sentences("Harbour Trust", "Harbour Steps"))
    assert ("Harbour Trust", "SUPPORTS", "Harbour Steps", "supports-known") in relations_found_by_rule(doc, names, facts)


def test_the_shipped_place_facts_name_gazetteer_places(schema) -> None:  # type: ignore[no-untyped-def]
    places = {e.name for e in schema.gazetteer if e.type == PLACE}
    bodies = {e.name for e in schema.gazetteer if e.type == ORGANISATION}
    # a national body that runs a programme ("the Harbour Trust runs Harbour Steps") is no place fact
    runs = [f for f in schema.relations.known_relations if f.relation == "RUNS" and f.subject not in bodies]
    assert runs and all(f.subject in places and f.source for f in runs)
    # the programme end is a gazetteer programme by its name, not an alias or a misspelling, so the fact can fire
    programmes = {e.name for e in schema.gazetteer if e.type == INITIATIVE}
    assert all(f.object in programmes for f in runs), [f.object for f in runs if f.object not in programmes]
    # each fact once
    assert len({(f.subject, f.object) for f in runs}) == len(runs)
    assert any(p.id == "runs-known" and p.kind == "known" for p in schema.relations.patterns)


def _place_and_council(vocab, schema, council_runs: str):  # type: ignore[no-untyped-def]
    """The rules' RUNS edges in "Westshire welcomed Harbour Steps . Westshire Council runs <X> Steps ."."""
    rows = _welcomed(["Westshire"]) + [
        ("Westshire", 6, "compound", "PROPN", "NNP", "Westshire"),
        ("Council", 7, "nsubj", "PROPN", "NNP", "Council"),
        ("runs", 7, "ROOT", "VERB", "VBZ", "run"),
        (council_runs, 9, "compound", "PROPN", "NNP", council_runs),
        ("Steps", 7, "dobj", "PROPN", "NNP", "Steps"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]
    names = [(0, 1, PLACE), (2, 4, INITIATIVE), (5, 7, ORGANISATION), (8, 10, INITIATIVE)]
    return {row[:3] for row in relations_found_by_rule(parse(vocab, rows), names, _schema(schema)) if row[1] == "RUNS"}


def test_a_place_fact_is_dropped_where_the_text_says_its_council_does_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    assert _place_and_council(vocab, schema, "Harbour") == {("Westshire Council", "RUNS", "Harbour Steps")}


def test_a_place_fact_stays_where_its_council_runs_something_else(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    assert _place_and_council(vocab, schema, "Oak") == {
        ("Westshire", "RUNS", "Harbour Steps"), ("Westshire Council", "RUNS", "Oak Steps")}
