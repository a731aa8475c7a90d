"""Stance and attribution rule kinds on parses built by hand (no trained model): the shape
finds its relation, and a near miss finds none."""

from __future__ import annotations

from caregraph.core.ontology import INITIATIVE, ORGANISATION, PERSON, PUBLICATION, RECOMMENDATION
from helpers import hand_parse as parse
from helpers import relations_found as found


def _response_rows(joined_by: str) -> list[tuple[str, int, str, str, str]]:
    # "Fair Futures , its response to the Westshire Review , was published ."  (or "and" for ",")
    return [
        ("Fair", 1, "compound", "PROPN", "Fair"),
        ("Futures", 11, "nsubjpass", "PROPN", "Futures"),
        (joined_by, 1, *(("punct", "PUNCT") if joined_by == "," else ("cc", "CCONJ")), joined_by),
        ("its", 4, "poss", "PRON", "its"),
        ("response", 1, "appos" if joined_by == "," else "conj", "NOUN", "response"),
        ("to", 4, "prep", "ADP", "to"),
        ("the", 8, "det", "DET", "the"),
        ("Westshire", 8, "compound", "PROPN", "Westshire"),
        ("Review", 5, "pobj", "PROPN", "Review"),
        (",", 1, "punct", "PUNCT", ","),
        ("was", 11, "auxpass", "AUX", "be"),
        ("published", 11, "ROOT", "VERB", "publish"),
        (".", 11, "punct", "PUNCT", "."),
    ]


def test_a_name_beside_its_response_responds(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _response_rows(","))
    assert ("Fair Futures", "RESPONDED_TO", "Westshire Review") in found(
        doc, [(0, 2, PUBLICATION), (7, 9, PUBLICATION)], schema)


def test_a_name_and_its_response_are_two_texts(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _response_rows("and"))
    assert ("Fair Futures", "RESPONDED_TO", "Westshire Review") not in found(
        doc, [(0, 2, PUBLICATION), (7, 9, PUBLICATION)], schema)


def _campaigned_rows(listed: bool) -> list[tuple[str, int, str, str, str]]:
    # "measures that Harbour Trust campaigned for , including Bright Steps ."
    # (without `listed`: "measures that Harbour Trust campaigned for in Bright Steps .")
    return [
        ("measures", 0, "ROOT", "NOUN", "measure"),
        ("that", 5, "pobj", "PRON", "that"),
        ("Harbour", 3, "compound", "PROPN", "Harbour"),
        ("Trust", 4, "nsubj", "PROPN", "Trust"),
        ("campaigned", 0, "relcl", "VERB", "campaign"),
        ("for", 4, "prep", "ADP", "for"),
        (",", 0, "punct", "PUNCT", ","),
        ("including" if listed else "in", 0 if listed else 4, "prep", "VERB" if listed else "ADP",
         "include" if listed else "in"),
        ("Bright", 9, "compound", "PROPN", "Bright"),
        ("Steps", 7, "pobj", "PROPN", "Steps"),
        (".", 0, "punct", "PUNCT", "."),
    ]


def test_what_a_body_campaigned_for_includes_the_listed_names(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _campaigned_rows(listed=True))
    names = [(2, 4, ORGANISATION), (8, 10, RECOMMENDATION)]
    assert ("Harbour Trust", "SUPPORTS", "Bright Steps") in found(doc, names, schema)


def test_a_name_outside_the_listing_phrase_is_not_what_was_campaigned_for(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _campaigned_rows(listed=False))
    names = [(2, 4, ORGANISATION), (8, 10, RECOMMENDATION)]
    assert ("Harbour Trust", "SUPPORTS", "Bright Steps") not in found(doc, names, schema)


def test_a_named_object_controls_the_clause_after_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "The Department asked Jane Porter to lead the Fair Futures Review ."
    doc = parse(vocab, [
        ("The", 1, "det", "DET", "the"),
        ("Department", 2, "nsubj", "PROPN", "Department"),
        ("asked", 2, "ROOT", "VERB", "ask"),
        ("Jane", 4, "compound", "PROPN", "Jane"),
        ("Porter", 2, "dobj", "PROPN", "Porter"),
        ("to", 6, "aux", "PART", "to"),
        ("lead", 2, "xcomp", "VERB", "lead"),
        ("the", 10, "det", "DET", "the"),
        ("Fair", 10, "compound", "PROPN", "Fair"),
        ("Futures", 10, "compound", "PROPN", "Futures"),
        ("Review", 6, "dobj", "PROPN", "Review"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    names = [(1, 2, ORGANISATION), (3, 5, PERSON), (8, 11, PUBLICATION)]
    assert ("Jane Porter", "LEADS", "Fair Futures Review") in found(doc, names, schema)


def _choosing_rows(chosen: str) -> list[tuple[str, int, str, str, str, str]]:
    # "The Department chose three areas to pilot Bright Steps ." or "... chose three of its
    # centres to pilot Bright Steps ." (chosen "its")
    rows = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("Department", 2, "nsubj", "PROPN", "NNP", "Department"),
        ("chose", 2, "ROOT", "VERB", "VBD", "choose"),
    ]
    if chosen == "its":
        rows += [("three", 2, "dobj", "NUM", "CD", "three"), ("of", 3, "prep", "ADP", "IN", "of"),
                 ("its", 6, "poss", "PRON", "PRP$", "its"), ("centres", 4, "pobj", "NOUN", "NNS", "centre")]
    else:
        rows += [("three", 4, "nummod", "NUM", "CD", "three"), ("areas", 2, "dobj", "NOUN", "NNS", "area")]
    at = len(rows)
    return rows + [
        ("to", at + 1, "aux", "PART", "TO", "to"),
        ("pilot", 2, "xcomp", "VERB", "VB", "pilot"),
        ("Bright", at + 3, "compound", "PROPN", "NNP", "Bright"),
        ("Steps", at + 1, "dobj", "PROPN", "NNP", "Steps"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_the_chosen_not_the_chooser_do_what_they_were_chosen_for(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _choosing_rows("areas"))
    names = [(1, 2, ORGANISATION), (7, 9, INITIATIVE)]
    assert ("Department", "RUNS", "Bright Steps") not in found(doc, names, schema)


def test_a_number_of_the_choosers_own_leaves_the_clause_to_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _choosing_rows("its"))
    names = [(1, 2, ORGANISATION), (9, 11, INITIATIVE)]
    assert ("Department", "RUNS", "Bright Steps") in found(doc, names, schema)


def _possessive_rows(apposed: bool) -> list[tuple[str, int, str, str, str]]:
    # "Fair Futures , the Harbour Trust 's latest report , found gaps ." (apposed) or
    # "Fair Futures found gaps in the Harbour Trust 's latest report ."
    if apposed:
        return [
            ("Fair", 1, "compound", "PROPN", "Fair"), ("Futures", 10, "nsubj", "PROPN", "Futures"),
            (",", 1, "punct", "PUNCT", ","), ("the", 5, "det", "DET", "the"),
            ("Harbour", 5, "compound", "PROPN", "Harbour"), ("Trust", 8, "poss", "PROPN", "Trust"),
            ("'s", 5, "case", "PART", "'s"), ("latest", 8, "amod", "ADJ", "late"),
            ("report", 1, "appos", "NOUN", "report"), (",", 1, "punct", "PUNCT", ","),
            ("found", 10, "ROOT", "VERB", "find"), ("gaps", 10, "dobj", "NOUN", "gap"), (".", 10, "punct", "PUNCT", "."),
        ]
    return [
        ("Fair", 1, "compound", "PROPN", "Fair"), ("Futures", 2, "nsubj", "PROPN", "Futures"),
        ("found", 2, "ROOT", "VERB", "find"), ("gaps", 2, "dobj", "NOUN", "gap"), ("in", 3, "prep", "ADP", "in"),
        ("the", 7, "det", "DET", "the"), ("Harbour", 7, "compound", "PROPN", "Harbour"),
        ("Trust", 10, "poss", "PROPN", "Trust"), ("'s", 7, "case", "PART", "'s"), ("latest", 10, "amod", "ADJ", "late"),
        ("report", 4, "pobj", "NOUN", "report"), (".", 2, "punct", "PUNCT", "."),
    ]


def test_a_possessive_description_in_apposition_to_a_name_owns_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _possessive_rows(apposed=True))
    names = [(0, 2, PUBLICATION), (4, 6, ORGANISATION)]
    assert ("Harbour Trust", "AUTHORED", "Fair Futures") in found(doc, names, schema)


def test_a_possessive_description_elsewhere_owns_no_name(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _possessive_rows(apposed=False))
    names = [(0, 2, PUBLICATION), (6, 8, ORGANISATION)]
    assert ("Harbour Trust", "AUTHORED", "Fair Futures") not in found(doc, names, schema)


def _declaring_rows(word: str) -> list[tuple[str, int, str, str, str]]:
    # "Jane Porter declared the Fair Futures Bill a <word> moment ."
    return [
        ("Jane", 1, "compound", "PROPN", "Jane"), ("Porter", 2, "nsubj", "PROPN", "Porter"),
        ("declared", 2, "ROOT", "VERB", "declare"), ("the", 6, "det", "DET", "the"),
        ("Fair", 5, "compound", "PROPN", "Fair"), ("Futures", 6, "compound", "PROPN", "Futures"),
        ("Bill", 9, "nsubj", "PROPN", "Bill"), ("a", 9, "det", "DET", "a"),
        (word, 9, "amod", "ADJ", word), ("moment", 2, "ccomp", "NOUN", "moment"), (".", 2, "punct", "PUNCT", "."),
    ]


def test_praise_in_a_small_clause_of_describing_supports(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _declaring_rows("seminal"))
    names = [(0, 2, PERSON), (4, 7, PUBLICATION)]
    assert ("Jane Porter", "SUPPORTS", "Fair Futures Bill") in found(doc, names, schema)


def test_a_neutral_word_in_a_small_clause_supports_nothing(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _declaring_rows("difficult"))
    names = [(0, 2, PERSON), (4, 7, PUBLICATION)]
    assert ("Jane Porter", "SUPPORTS", "Fair Futures Bill") not in found(doc, names, schema)
