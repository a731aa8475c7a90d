"""Programmes and places (session 9): a gazetteer form with its acronym in brackets inside it
("Harbour Board (HB) Pathfinder"), a place's name going on with "of" and another place's
("the South Harbour of Westland") and "X is one of three areas chosen to deliver the Y
programme" (RUNS). Entries, names and sentences are invented; rule shapes are hand-built
parses, each with near misses that must not fire."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.tokens import Doc

from caregraph.core.ontology import INITIATIVE, ORGANISATION, PLACE
from caregraph.core.schema import GazetteerEntry
from caregraph.extract.mentions.voters import compile_matchers, gazetteer_candidates
from helpers import hand_parse as parse
from helpers import relations_found

BOARDS = GazetteerEntry(name="Harbour Boards", type="Recommendation",
                        aliases=("Harbour Board", "HBs"), source="invented")
PATHFINDER = GazetteerEntry(name="Harbour Board Pathfinder", type="Initiative",
                            aliases=("Harbour Board Pathfinders", "Harbour Board pathfinder"), source="invented")
STEPS = GazetteerEntry(name="Strengthening Harbours and Keeping Families", type="Initiative", aliases=(), source="invented")
CHILDREN = GazetteerEntry(name="Harbour Care for Children Pathfinder", type="Initiative",
                          aliases=("Harbour care for children pathfinder",), source="invented")
SOUTH = GazetteerEntry(name="South Harbour", type="Place", aliases=(), source="invented")
WESTLAND = GazetteerEntry(name="Westland", type="Place", aliases=(), source="invented")
INVENTED = (BOARDS, PATHFINDER, STEPS, CHILDREN, SOUTH, WESTLAND)


@pytest.fixture(scope="module")
def matchers(schema, vocab):
    return compile_matchers(vocab, dataclasses.replace(schema, gazetteer=INVENTED))


def found(matchers, vocab, sentence: str) -> list[tuple[str, str]]:
    """(mention text, gazetteer name) of the outermost gazetteer candidates, in text order."""
    words = sentence.split()
    doc = Doc(vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    cands = list(gazetteer_candidates(doc, matchers))
    outer = [c for c in cands if not any(o.start <= c.start and c.end <= o.end and o is not c for o in cands)]
    return [(doc[c.start:c.end].text, c.name) for c in sorted(outer, key=lambda c: c.start)]


# ------------------------------------------------------------------ a bracketed acronym inside a form

@pytest.mark.parametrize(("sentence", "text"), [
    ("Westby joined the Harbour Board ( HB ) Pathfinder in May .", "Harbour Board ( HB ) Pathfinder"),
    ("Westby joined the Harbour Board ( HB ) pathfinder in May .", "Harbour Board ( HB ) pathfinder"),
    ("Two Harbour Board ( HB ) Pathfinders began .", "Harbour Board ( HB ) Pathfinders"),
])
def test_a_form_with_the_acronym_of_its_first_words_in_brackets_is_the_entry(matchers, vocab, sentence, text):
    assert found(matchers, vocab, sentence) == [(text, "Harbour Board Pathfinder")]


def test_an_acronym_of_the_capitalised_words_before_a_head_noun_is_part_of_the_mention(matchers, vocab):
    # the head noun after the form stays part of the mention
    assert found(matchers, vocab, "Westby runs the Strengthening Harbours and Keeping Families ( SHKF ) programme .") == [
        ("Strengthening Harbours and Keeping Families ( SHKF ) programme", "Strengthening Harbours and Keeping Families")]


def test_a_form_in_sentence_case_takes_the_acronym_of_its_words_but_connectives(matchers, vocab):
    # the title's capitals spell one letter; its words (not "for") spell the acronym
    assert found(matchers, vocab, "Westby joined the Harbour care for children ( HCC ) pathfinder .") == [
        ("Harbour care for children ( HCC ) pathfinder", "Harbour Care for Children Pathfinder")]


@pytest.mark.parametrize("sentence", [
    "Westby joined the Harbour Board ( WB ) Pathfinder in May .",   # not its initials
    "Westby joined the Harbour Board ( hb ) Pathfinder in May .",   # no acronym
    "Westby joined the Harbour Board ( Westby ) Pathfinder in May .",
])
def test_a_bracket_that_spells_no_initials_of_the_form_makes_no_longer_match(matchers, vocab, sentence):
    assert ("Harbour Board Pathfinder" not in [name for _text, name in found(matchers, vocab, sentence)])


def test_an_acronym_after_the_whole_form_is_left_to_its_definition(matchers, vocab):
    # "Harbour Boards (HBs)": the bracket defines the acronym (resolve.py), no part of the mention
    assert found(matchers, vocab, "The review proposed Harbour Boards ( HBs ) .")[0] == ("Harbour Boards", "Harbour Boards")


# ------------------------------------------------------------------ a part of a place

def test_a_place_going_on_with_of_and_another_place_is_both(matchers, vocab):
    assert found(matchers, vocab, "Pathfinders began in the South Harbour of Westland .") == [
        ("South Harbour", "South Harbour"), ("Westland", "Westland")]


@pytest.mark.parametrize("sentence", [
    "The South Harbour of Westby Trust met .",       # a longer name: no place after "of"
    "The South Harbour of Westland Trust met .",     # the run goes on past the place
])
def test_a_place_opening_a_longer_name_is_still_no_mention(matchers, vocab, sentence):
    assert "South Harbour" not in [name for _text, name in found(matchers, vocab, sentence)]


# ------------------------------------------------------------------ "X is one of three areas chosen to deliver Y"

def _one_of_rows(verb: str, lemma: str, *, neg: bool = False):  # type: ignore[no-untyped-def]
    """"Westby is one of three areas chosen to {verb} the Harbour Steps programme ." (with "not"
    before the verb when `neg`)."""
    rows = [
        ("Westby", 1, "nsubj", "PROPN", "NNP", "Westby"),
        ("is", 1, "ROOT", "AUX", "VBZ", "be"),
        ("one", 1, "attr", "NUM", "CD", "one"),
        ("of", 2, "prep", "ADP", "IN", "of"),
        ("three", 5, "nummod", "NUM", "CD", "three"),
        ("areas", 3, "pobj", "NOUN", "NNS", "area"),
        ("chosen", 5, "acl", "VERB", "VBN", "choose"),
        ("to", 8, "aux", "PART", "TO", "to"),
        (verb, 6, "xcomp", "VERB", "VB", lemma),
        ("the", 12, "det", "DET", "DT", "the"),
        ("Harbour", 11, "compound", "PROPN", "NNP", "Harbour"),
        ("Steps", 12, "compound", "PROPN", "NNP", "Steps"),
        ("programme", 8, "dobj", "NOUN", "NN", "programme"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    if neg:
        rows = [(w, h + 1 if h >= 8 else h, *rest) for w, h, *rest in rows]
        rows.insert(8, ("not", 9, "neg", "PART", "RB", "not"))
    return rows


def test_one_of_the_areas_chosen_to_deliver_a_programme_runs_it(vocab, schema):
    doc = parse(vocab, _one_of_rows("deliver", "deliver"))
    names = [(0, 1, PLACE), (10, 13, INITIATIVE)]
    assert ("Westby", "RUNS", "Harbour Steps programme") in relations_found(doc, names, schema)


@pytest.mark.parametrize(("verb", "lemma"), [("reject", "reject"), ("fund", "fund"), ("scrap", "scrap")])
def test_one_of_the_areas_chosen_for_another_verb_runs_nothing(vocab, schema, verb, lemma):
    # "one of three areas chosen to reject / fund / scrap the Y programme": no verb of running it
    doc = parse(vocab, _one_of_rows(verb, lemma))
    names = [(0, 1, PLACE), (10, 13, INITIATIVE)]
    assert ("Westby", "RUNS", "Harbour Steps programme") not in relations_found(doc, names, schema)


def test_one_of_the_areas_chosen_not_to_deliver_a_programme_runs_nothing(vocab, schema):
    doc = parse(vocab, _one_of_rows("deliver", "deliver", neg=True))
    names = [(0, 1, PLACE), (11, 14, INITIATIVE)]
    assert ("Westby", "RUNS", "Harbour Steps programme") not in relations_found(doc, names, schema)


def _part_of_rows(first: str = "Westby", first_lemma: str = "Westby"):  # type: ignore[no-untyped-def]
    """"Westby is one of 75 authorities to be part of the Harbour Steps programme ."."""
    return [
        (first, 1, "nsubj", "PROPN", "NNP", first_lemma),
        ("is", 1, "ROOT", "AUX", "VBZ", "be"),
        ("one", 1, "attr", "NUM", "CD", "one"),
        ("of", 2, "prep", "ADP", "IN", "of"),
        ("75", 5, "nummod", "NUM", "CD", "75"),
        ("authorities", 3, "pobj", "NOUN", "NNS", "authority"),
        ("to", 7, "aux", "PART", "TO", "to"),
        ("be", 2, "relcl", "AUX", "VB", "be"),
        ("part", 7, "attr", "NOUN", "NN", "part"),
        ("of", 8, "prep", "ADP", "IN", "of"),
        ("the", 13, "det", "DET", "DT", "the"),
        ("Harbour", 12, "compound", "PROPN", "NNP", "Harbour"),
        ("Steps", 13, "compound", "PROPN", "NNP", "Steps"),
        ("programme", 9, "pobj", "NOUN", "NN", "programme"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_one_of_the_authorities_to_be_part_of_a_programme_runs_it(vocab, schema):
    doc = parse(vocab, _part_of_rows())
    names = [(0, 1, ORGANISATION), (11, 14, INITIATIVE)]
    assert ("Westby", "RUNS", "Harbour Steps programme") in relations_found(doc, names, schema)


def test_a_programme_that_is_one_of_a_group_runs_nothing(vocab, schema):
    # "Harbour Links is one of 75 schemes to be part of the Y programme": a programme is no runner
    doc = parse(vocab, _part_of_rows("Links", "Links"))
    names = [(0, 1, INITIATIVE), (11, 14, INITIATIVE)]
    assert not {r for r in relations_found(doc, names, schema) if r[1] == "RUNS"}


# ------------------------------------------------------------------ the whole pipeline (trained model)

STEPS_PROGRAMME = GazetteerEntry(name="Harbour Steps", type="Initiative", aliases=(), source="invented")


@pytest.fixture(scope="module")
def invented_extractor(nlp, schema):
    from caregraph.extract.worker import Extractor

    return Extractor(nlp, dataclasses.replace(schema, gazetteer=schema.gazetteer + (STEPS_PROGRAMME, PATHFINDER)))


def _edges(extractor, text: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    result = extractor.process_text(text, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    return {(label[r.source], r.relation, label[r.target]) for r in result.relations}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Westshire County Council is one of 75 local authorities to have had its application accepted to be part of "
    "the Harbour Steps programme.",
    "Westshire County Council, one of the areas chosen to pilot the Harbour Steps programme, said it was pleased.",
])
def test_a_council_one_of_the_areas_in_a_programme_runs_it(invented_extractor, text):
    assert ("Westshire County Council", "RUNS", "Harbour Steps") in _edges(invented_extractor, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Westshire County Council rejected the Harbour Steps programme.",
    "The Harbour Steps programme, unlike Westshire County Council's, is popular.",
    "Westshire County Council is one of the councils whose staff criticised the Harbour Steps programme.",
    "Westshire County Council is one of the areas that have not joined the Harbour Steps programme.",
])
def test_a_council_near_a_programme_it_does_not_run_runs_nothing(invented_extractor, text):
    assert not {e for e in _edges(invented_extractor, text) if e[1] == "RUNS"}


@pytest.mark.model
def test_a_council_joining_the_pathfinder_named_with_its_acronym_runs_it(invented_extractor):
    edges = _edges(invented_extractor, "Westshire County Council joined the Harbour Board (HB) Pathfinder in 2024.")
    assert ("Westshire County Council", "RUNS", "Harbour Board Pathfinder") in edges


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Westshire County Council will join the families first for children pathfinder in May.",
    "Westshire County Council is one of seven areas selected to pilot the 'Families first for children' pathfinder "
    "programme.",
])
def test_the_repository_pathfinder_in_the_sentence_case_its_sources_use_is_the_entry(extractor, text):
    result = extractor.process_text(text, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    assert ("Initiative", "Families First for Children Pathfinder") in {(e.type, e.label) for e in result.entities}
    assert ("Westshire County Council", "RUNS", "Families First for Children Pathfinder") in {
        (label[r.source], r.relation, label[r.target]) for r in result.relations}


@pytest.mark.model
def test_families_first_in_lower_case_without_its_whole_form_is_no_pathfinder(extractor):
    result = extractor.process_text("The council puts families first for children in need.", doc_id="t")
    assert not [e for e in result.entities if e.type == "Initiative"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "named"), [
    ("Westshire County Council kept its Sure Start children's centres open.", True),
    ("The council will make sure start dates are agreed with each family.", False),
])
def test_the_sure_start_programme_is_named_only_with_its_capitals(extractor, text, named):
    result = extractor.process_text(text, doc_id="t")
    assert (("Initiative", "Sure Start") in {(e.type, e.label) for e in result.entities}) is named
