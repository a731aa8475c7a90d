"""RUNS through a description in apposition to a name that opens its sentence, where the parser
misreads the name as an adverb or hangs the description's noun on a word before it ("Curlew,
a prize winning and groundbreaking programme led by the Tarnside Trust, ..."), and "brought in
by" as running it. Invented sentences through the trained pipeline, and hand-built parses
of the misparse with a near miss."""

from __future__ import annotations

from caregraph.core.ontology import INITIATIVE, ORGANISATION
from helpers import hand_parse as parse
from helpers import relations_found as found
from helpers import text_relations as relations


def _opening_rows(*, comma: bool = True):  # type: ignore[no-untyped-def]
    # "Curlew , a programme led by the Tarnside Trust , helps carers ." with "Curlew" an adverb
    # of "helps" and "programme" its subject (the parse the trained pipeline gives a one-word
    # name); without the commas, "Curlew a programme led by ... helps" is no apposition
    c = 1 if comma else 0
    root = 8 + 2 * c
    rows = [("Curlew", root, "advmod", "ADV", "RB", "curlew")]
    rows += [(",", root, "punct", "PUNCT", ",", ",")] * c
    rows += [
        ("a", 2 + c, "det", "DET", "DT", "a"),
        ("programme", root, "nsubj", "NOUN", "NN", "programme"),
        ("led", 2 + c, "acl", "VERB", "VBN", "lead"),
        ("by", 3 + c, "agent", "ADP", "IN", "by"),
        ("the", 7 + c, "det", "DET", "DT", "the"),
        ("Tarnside", 7 + c, "compound", "PROPN", "NNP", "Tarnside"),
        ("Trust", 4 + c, "pobj", "PROPN", "NNP", "Trust"),
    ]
    rows += [(",", 2 + c, "punct", "PUNCT", ",", ",")] * c
    return rows + [("helps", root, "ROOT", "VERB", "VBZ", "help"), ("carers", root, "dobj", "NOUN", "NNS", "carer"),
                   (".", root, "punct", "PUNCT", ".", ".")]


def test_a_description_after_an_opening_name_misread_as_an_adverb_stands_for_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _opening_rows())
    names = [(0, 1, INITIATIVE), (7, 9, ORGANISATION)]
    assert ("Tarnside Trust", "RUNS", "Curlew") in found(doc, names, schema)


def test_no_apposition_without_the_comma(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    rows = _opening_rows(comma=False)
    doc = parse(vocab, rows)
    names = [(0, 1, INITIATIVE), (6, 8, ORGANISATION)]
    assert [r[0] for r in rows][6:8] == ["Tarnside", "Trust"]
    assert ("Tarnside Trust", "RUNS", "Curlew") not in found(doc, names, schema)


def test_a_long_description_after_an_opening_name_stands_for_it(extractor) -> None:  # type: ignore[no-untyped-def]
    rels = relations(extractor, "Westshire Council has launched the Curlew programme for foster families.\n\n"
                                "Curlew, a prize winning and groundbreaking programme led by the Tarnside Trust, "
                                "offers new carers a mentor.")
    assert ("Tarnside Trust", "RUNS", "Curlew") in rels


def test_a_project_brought_in_by_a_body_is_run_by_it(extractor) -> None:  # type: ignore[no-untyped-def]
    rels = relations(extractor, "Westshire Council has launched the Whimbrel programme for foster families.\n\n"
                                "Whimbrel, a mentoring project brought in by the Tarnside Trust, matches new carers with older carers.")
    assert ("Tarnside Trust", "RUNS", "Whimbrel") in rels


def test_a_description_after_a_clause_is_no_apposition(extractor) -> None:  # type: ignore[no-untyped-def]
    rels = relations(extractor, "Westshire Council has launched the Curlew programme for foster families.\n\n"
                                "Curlew helps carers, and a programme led by the Tarnside Trust supports them too.")
    assert ("Tarnside Trust", "RUNS", "Curlew") not in rels
