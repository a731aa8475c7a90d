"""Programmes, the bodies' units and where bodies are (session 10): a unit named after its body
(`name_part`), a possessive that owns a unit only by the unit's head word (`possessive_owned`
with lemmas), a body's name with a place phrase of its own (`named_at`), and the known relations
of programmes to the strategy and the Bill behind them (relations.yaml `known_relations`).
Hand-built parses of invented sentences, each with near misses that must not change; the
repository's own entries with invented sentences for the known facts."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import INITIATIVE, ORGANISATION, PLACE, PUBLICATION
from helpers import hand_parse as parse
from helpers import relations_found as found
from helpers import text_relations, two_named_sentences, with_known_fact

ORG = ORGANISATION


# ------------------------------------------------------------------ a unit named after its body

def _unit(unit_words: list[str]):  # type: ignore[no-untyped-def]
    """"Harbour Trust <unit words> met . Harbour Trust agreed ." (the unit's name one phrase)."""
    n = 2 + len(unit_words)
    last = n - 1
    rows = [("Harbour", last, "compound", "PROPN", "NNP", "Harbour"), ("Trust", last, "compound", "PROPN", "NNP", "Trust")]
    rows += [(w, last, "compound", "PROPN", "NNP", w.lower()) for w in unit_words[:-1]]
    rows += [(unit_words[-1], n, "nsubj", "PROPN", "NNP", unit_words[-1].lower()),
             ("met", n, "ROOT", "VERB", "VBD", "meet"), (".", n, "punct", "PUNCT", ".", "."),
             ("Harbour", n + 3, "compound", "PROPN", "NNP", "Harbour"), ("Trust", n + 4, "nsubj", "PROPN", "NNP", "Trust"),
             ("agreed", n + 4, "ROOT", "VERB", "VBD", "agree"), (".", n + 4, "punct", "PUNCT", ".", ".")]
    return rows, [(0, n, ORG), (n + 2, n + 4, ORG)]


@pytest.mark.parametrize("unit_words", [["Kinship", "Care", "Team"], ["Children", "and", "Families", "Group"],
                                        ["Public", "Services", "Committee"]])
def test_a_unit_named_after_its_body_is_part_of_it(vocab, schema, unit_words) -> None:  # type: ignore[no-untyped-def]
    rows, names = _unit(unit_words)
    edges = found(parse(vocab, rows), names, schema)
    assert (" ".join(["Harbour", "Trust", *unit_words]), "PART_OF", "Harbour Trust") in edges


@pytest.mark.parametrize("unit_words", [
    ["Committee"],                  # "the Harbour Trust Committee": one word, named by what it watches
    ["Families", "Fund"],           # a fund, no unit
    ["Kinship", "Care", "Awards"],  # an event, no unit
])
def test_no_part_of_a_name_without_a_unit_s_head_word_or_with_one_word(vocab, schema, unit_words) -> None:  # type: ignore[no-untyped-def]
    rows, names = _unit(unit_words)
    assert not any(r == "PART_OF" for _, r, _ in found(parse(vocab, rows), names, schema))


def test_a_unit_named_after_a_branch_is_part_of_the_branch_and_not_after_a_place(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    """"Harbour Westshire Kinship Team met . Harbour Westshire agreed .": a unit named after a
    body's branch ("Harbour Westshire", a name whose head is a place's) is part of the branch; a
    team named after a place ("Westshire Kinship Team", Westshire a Place) is part of nothing."""
    rows = [("Harbour", 3, "compound", "PROPN", "NNP", "Harbour"), ("Westshire", 3, "compound", "PROPN", "NNP", "Westshire"),
            ("Kinship", 3, "compound", "PROPN", "NNP", "kinship"),
            ("Team", 4, "nsubj", "PROPN", "NNP", "team"), ("met", 4, "ROOT", "VERB", "VBD", "meet"),
            (".", 4, "punct", "PUNCT", ".", "."),
            ("Harbour", 7, "compound", "PROPN", "NNP", "Harbour"), ("Westshire", 8, "nsubj", "PROPN", "NNP", "Westshire"),
            ("agreed", 8, "ROOT", "VERB", "VBD", "agree"), (".", 8, "punct", "PUNCT", ".", ".")]
    doc = parse(vocab, rows)
    assert ("Harbour Westshire Kinship Team", "PART_OF", "Harbour Westshire") in found(doc, [(0, 4, ORG), (6, 8, ORG)], schema)
    place = found(doc, [(1, 4, ORG), (7, 8, PLACE)], schema)
    assert not any(r == "PART_OF" for _, r, _ in place)


# ------------------------------------------------------------------ "X's <unit>"

def _owned(head: str):  # type: ignore[no-untyped-def]
    """The parse of "Harbour Trust 's Children <head> met ."."""
    rows = [("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"), ("Trust", 4, "poss", "PROPN", "NNP", "Trust"),
            ("'s", 1, "case", "PART", "POS", "'s"), ("Children", 4, "compound", "PROPN", "NNP", "children"),
            (head, 5, "nsubj", "PROPN", "NNP", head.lower()), ("met", 5, "ROOT", "VERB", "VBD", "meet"),
            (".", 5, "punct", "PUNCT", ".", ".")]
    return parse(vocab_of(), rows)


def vocab_of():  # type: ignore[no-untyped-def]
    import spacy

    return spacy.blank("en").vocab


@pytest.mark.parametrize("head", ["Board", "Committee", "Team", "Services"])
def test_a_body_s_unit_is_part_of_it(schema, head) -> None:  # type: ignore[no-untyped-def]
    edges = found(_owned(head), [(0, 2, ORG), (3, 5, ORG)], schema)
    assert (f"Children {head}", "PART_OF", "Harbour Trust") in edges


@pytest.mark.parametrize("head", ["Centre", "Alliance", "Foundation"])
def test_a_body_s_possession_that_is_no_unit_is_not_part_of_it(schema, head) -> None:  # type: ignore[no-untyped-def]
    """"the Trust's Children Centre" is a place it runs, "the Trust's Children Alliance" one it
    convenes: neither is a unit of it."""
    edges = found(_owned(head), [(0, 2, ORG), (3, 5, ORG)], schema)
    assert not any(r == "PART_OF" for _, r, _ in edges)


# ------------------------------------------------------------------ "X in <place>"

def test_a_body_s_name_with_a_place_phrase_is_located_there(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    """"Kestrel Foundation in Norwich and Leeds opened ."""
    rows = [("Kestrel", 1, "compound", "PROPN", "NNP", "Kestrel"), ("Foundation", 6, "nsubj", "PROPN", "NNP", "Foundation"),
            ("in", 1, "prep", "ADP", "IN", "in"), ("Norwich", 2, "pobj", "PROPN", "NNP", "Norwich"),
            ("and", 3, "cc", "CCONJ", "CC", "and"), ("Leeds", 3, "conj", "PROPN", "NNP", "Leeds"),
            ("opened", 6, "ROOT", "VERB", "VBD", "open"), (".", 6, "punct", "PUNCT", ".", ".")]
    edges = found(parse(vocab, rows), [(0, 2, ORG), (3, 4, PLACE), (5, 6, PLACE)], schema)
    assert {("Kestrel Foundation", "LOCATED_IN", "Norwich"), ("Kestrel Foundation", "LOCATED_IN", "Leeds")} <= edges


def test_a_place_phrase_on_the_verb_or_inside_another_noun_locates_no_body(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    """"Kestrel Foundation spoke in Norwich ." (the verb's place), "Kestrel Foundation in its work
    with Leeds spoke ." (the phrase's object names no place itself)."""
    on_verb = [("Kestrel", 1, "compound", "PROPN", "NNP", "Kestrel"), ("Foundation", 2, "nsubj", "PROPN", "NNP", "Foundation"),
               ("spoke", 2, "ROOT", "VERB", "VBD", "speak"), ("in", 2, "prep", "ADP", "IN", "in"),
               ("Norwich", 3, "pobj", "PROPN", "NNP", "Norwich"), (".", 2, "punct", "PUNCT", ".", ".")]
    assert not any(r == "LOCATED_IN" for _, r, _ in found(parse(vocab, on_verb), [(0, 2, ORG), (4, 5, PLACE)], schema))
    inside = [("Kestrel", 1, "compound", "PROPN", "NNP", "Kestrel"), ("Foundation", 8, "nsubj", "PROPN", "NNP", "Foundation"),
              ("in", 1, "prep", "ADP", "IN", "in"), ("its", 4, "poss", "PRON", "PRP$", "its"),
              ("work", 2, "pobj", "NOUN", "NN", "work"), ("with", 4, "prep", "ADP", "IN", "with"),
              ("Leeds", 5, "pobj", "PROPN", "NNP", "Leeds"), (",", 8, "punct", "PUNCT", ",", ","),
              ("spoke", 8, "ROOT", "VERB", "VBD", "speak"), (".", 8, "punct", "PUNCT", ".", ".")]
    assert not any(r == "LOCATED_IN" for _, r, _ in found(parse(vocab, inside), [(0, 2, ORG), (6, 7, PLACE)], schema))


# ------------------------------------------------------------------ "the Y programme in <place>" (run_in)

def _programme_in(verb: tuple[str, str], prep: str | None):  # type: ignore[no-untyped-def]
    """The parse of "Jane {verb} [{prep}] the Kestrel Scheme in Westshire ." (the programme the
    verb's object, or the object of its `prep`)."""
    rows = [("Jane", 1, "nsubj", "PROPN", "NNP", "Jane"), (verb[0], 1, "ROOT", "VERB", "VBD", verb[1])]
    if prep is not None:
        rows.append((prep, 1, "prep", "ADP", "IN", prep))
    head = len(rows) + 2
    rows += [("the", head, "det", "DET", "DT", "the"), ("Kestrel", head, "compound", "PROPN", "NNP", "Kestrel"),
             ("Scheme", head - 3 if prep is not None else 1, "pobj" if prep is not None else "dobj", "PROPN", "NNP", "Scheme"),
             ("in", head, "prep", "ADP", "IN", "in"), ("Westshire", head + 1, "pobj", "PROPN", "NNP", "Westshire"),
             (".", 1, "punct", "PUNCT", ".", ".")]
    return rows, [(head - 1, head + 1, INITIATIVE), (head + 2, head + 3, PLACE)]


@pytest.mark.parametrize(("verb", "prep", "runs"), [
    (("praised", "praise"), None, True),         # "praised the Kestrel Scheme in Westshire": the place's scheme
    (("spoke", "speak"), "about", True),         # a topic's place phrase is still the programme's own
    (("spoke", "speak"), "at", False),           # "spoke at the Kestrel Scheme in Westshire": a venue or an event
    (("went", "go"), "to", False),               # "went to the Kestrel Scheme in Westshire": where it is
])
def test_a_programme_named_with_a_place_is_run_there_unless_a_venue(vocab, schema, verb, prep, runs) -> None:  # type: ignore[no-untyped-def]
    rows, names = _programme_in(verb, prep)
    edges = found(parse(vocab, rows), names, schema)
    assert (("Westshire", "RUNS", "Kestrel Scheme") in edges) is runs


# ------------------------------------------------------------------ "<unit> at / of <body>"

def _unit_at(head: str, prep: str = "at"):  # type: ignore[no-untyped-def]
    """The parse of "Kinship <head> <prep> Harbour Trust met ."."""
    rows = [("Kinship", 1, "compound", "PROPN", "NNP", "kinship"), (head, 5, "nsubj", "PROPN", "NNP", head.lower()),
            (prep, 1, "prep", "ADP", "IN", prep), ("Harbour", 4, "compound", "PROPN", "NNP", "Harbour"),
            ("Trust", 2, "pobj", "PROPN", "NNP", "Trust"), ("met", 5, "ROOT", "VERB", "VBD", "meet"),
            (".", 5, "punct", "PUNCT", ".", ".")]
    return parse(vocab_of(), rows)


@pytest.mark.parametrize(("head", "prep"), [("Team", "at"), ("Group", "of"), ("Centre", "at")])
def test_a_unit_with_its_body_in_a_phrase_is_part_of_it(schema, head, prep) -> None:  # type: ignore[no-untyped-def]
    edges = found(_unit_at(head, prep), [(0, 2, ORG), (3, 5, ORG)], schema)
    assert (f"Kinship {head}", "PART_OF", "Harbour Trust") in edges


@pytest.mark.parametrize(("head", "prep"), [("Foundation", "at"), ("Alliance", "of"), ("Team", "with")])
def test_no_part_of_a_body_named_beside_another_that_is_no_unit_of_it(schema, head, prep) -> None:  # type: ignore[no-untyped-def]
    """"Kinship Foundation at Harbour Trust" (a body, no unit), "Kinship Team with Harbour Trust"
    (a partner, no phrase of belonging)."""
    edges = found(_unit_at(head, prep), [(0, 2, ORG), (3, 5, ORG)], schema)
    assert not any(r == "PART_OF" for _, r, _ in edges)


def test_no_part_of_a_name_taken_for_a_body_that_does_not_say_so(schema) -> None:  # type: ignore[no-untyped-def]
    """"Kinship Centre at Harbour Marlow": "Harbour Marlow" typed an organisation though its name
    says no body (a town the votes took for one) contains nothing."""
    rows = [("Kinship", 1, "compound", "PROPN", "NNP", "kinship"), ("Centre", 5, "nsubj", "PROPN", "NNP", "centre"),
            ("at", 1, "prep", "ADP", "IN", "at"), ("Harbour", 4, "compound", "PROPN", "NNP", "Harbour"),
            ("Marlow", 2, "pobj", "PROPN", "NNP", "Marlow"), ("met", 5, "ROOT", "VERB", "VBD", "meet"),
            (".", 5, "punct", "PUNCT", ".", ".")]
    edges = found(parse(vocab_of(), rows), [(0, 2, ORG), (3, 5, ORG)], schema)
    assert not any(r == "PART_OF" for _, r, _ in edges)


# ------------------------------------------------------------------ known relations of programmes

def test_a_known_alignment_and_part_of_a_programme_hold_where_both_are_named(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, two_named_sentences("Harbour Homes", "Westshire Strategy"))
    names = [(0, 2, INITIATIVE), (5, 7, PUBLICATION)]
    aligned = with_known_fact(schema, "Harbour Homes", "ALIGNS_WITH", "Westshire Strategy")
    assert ("Harbour Homes", "ALIGNS_WITH", "Westshire Strategy") in found(doc, names, aligned)
    assert ("Harbour Homes", "ALIGNS_WITH", "Westshire Strategy") not in found(doc, names[:1], aligned)
    programmes = [(0, 2, INITIATIVE), (5, 7, INITIATIVE)]
    part = with_known_fact(schema, "Harbour Homes", "PART_OF", "Westshire Strategy")
    assert ("Harbour Homes", "PART_OF", "Westshire Strategy") in found(doc, programmes, part)


@pytest.mark.model
@pytest.mark.parametrize(("text", "edge"), [
    ("Westshire Council has started Family Group Decision Making. The Children's Wellbeing and Schools Bill was "
     "published in December.", ("Children's Wellbeing and Schools Bill", "RECOMMENDS", "Family Group Decision Making")),
])
def test_the_repository_s_programme_facts_hold_where_a_page_names_both(extractor, text, edge) -> None:  # type: ignore[no-untyped-def]
    assert edge in text_relations(extractor, text)


@pytest.mark.model
def test_no_programme_fact_where_a_page_names_one_end(extractor) -> None:  # type: ignore[no-untyped-def]
    edges = text_relations(extractor, "Westshire Council has started Family Group Decision Making in April.")
    assert not any(r in ("PART_OF", "RECOMMENDS") for _, r, _ in edges)
