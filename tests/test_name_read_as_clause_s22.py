"""A programme or text whose name opens with a verb's form ("Keeping Harbour Homes", "Keeping
Children Warm"): the parser may read the name as a clause of the verb before it (its first word an
xcomp), leaving the verb with no object; the name, and only the name, is still the verb's object
(issue 15, session 22). Names, bodies and places are invented."""

from __future__ import annotations

import pytest

from helpers import hand_parse, relations_found, text_relations


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "edge"), [
    ("The Harbour Trust has been funding Keeping Harbour Homes pilots since 2017.",
     ("Harbour Trust", "SUPPORTS", "Keeping Harbour Homes")),
    ("The Harbour Trust welcomed Keeping Children Warm, the new scheme.",
     ("Harbour Trust", "SUPPORTS", "Keeping Children Warm")),
    ("Westshire Council will pilot Keeping Harbour Homes from April.",
     ("Westshire Council", "RUNS", "Keeping Harbour Homes")),
])
def test_a_name_read_as_a_clause_is_the_verbs_object(extractor, sentence, edge):
    rels = text_relations(extractor, "Harbour news. " + sentence)
    assert edge in rels


def _pilot_doc(vocab):  # type: ignore[no-untyped-def]
    # "Westshire Council will pilot Caring Westshire with the Kestrel Pilot .", the name
    # "Caring Westshire" read as a clause of "pilot" (its first word an xcomp) holding the pilot
    rows = [
        ("Westshire", 1, "compound", "PROPN", "NNP", "westshire"),
        ("Council", 3, "nsubj", "PROPN", "NNP", "council"),
        ("will", 3, "aux", "AUX", "MD", "will"),
        ("pilot", 3, "ROOT", "VERB", "VB", "pilot"),
        ("Caring", 3, "xcomp", "VERB", "VBG", "care"),
        ("Westshire", 4, "dobj", "PROPN", "NNP", "westshire"),
        ("with", 4, "prep", "ADP", "IN", "with"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("Kestrel", 9, "compound", "PROPN", "NNP", "kestrel"),
        ("Pilot", 6, "pobj", "PROPN", "NNP", "pilot"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    return hand_parse(vocab, rows)


@pytest.mark.parametrize(("name_type", "expected"), [
    ("Initiative", {("Westshire Council", "RUNS", "Caring Westshire")}),
    # the name read as a clause is of another type: nothing, not the first programme inside the clause
    ("Person", set()),
])
def test_only_the_name_read_as_a_clause_is_the_object(vocab, schema, name_type, expected):
    doc = _pilot_doc(vocab)
    names = [(0, 2, "Organisation"), (4, 6, name_type), (8, 10, "Initiative")]
    rels = {r for r in relations_found(doc, names, schema) if r[0] == "Westshire Council" and r[1] == "RUNS"}
    assert rels == expected
