"""The gazetteer's programmes and proposals (session 8): entries of type Initiative and
Recommendation are named by common words ("Staying Close", "Family Help"), so a text names one
only with the capitals its form has; a head noun of a programme after the form is part of the
mention and the label stays the entry's name; a proposal phrase that holds a proposal the
gazetteer knows is that one node. Entries, names and sentences are invented, except the last
group, which reads the repository's own entries."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.tokens import Doc

from caregraph.core.records import Entity
from caregraph.core.schema import GazetteerEntry
from caregraph.extract.mentions.voters import compile_matchers, gazetteer_candidates, named_proposals
from caregraph.extract.proposals import RecommendationItem
from caregraph.extract.resolve import merge_entities

STEPS = GazetteerEntry(name="Harbour Steps", type="Initiative", aliases=("Harbour Steps Family Model",),
                       source="invented")
BOARDS = GazetteerEntry(name="Harbour Boards", type="Recommendation",
                        aliases=("Harbour Board", "harbour boards", "HBs"), source="invented")
PATHFINDER = GazetteerEntry(name="Harbour Board Pathfinder", type="Initiative",
                            aliases=("Harbour Board Pathfinders", "HB pathfinders"), source="invented")
KEEL = GazetteerEntry(name="Keel Lane Family Circles", type="Initiative", aliases=(), source="invented")
TRUST = GazetteerEntry(name="Westshire Harbour Care Trust", type="Organisation", aliases=(), source="invented")
INVENTED = (STEPS, BOARDS, PATHFINDER, KEEL, TRUST)


@pytest.fixture(scope="module")
def matchers(schema, vocab):
    return compile_matchers(vocab, dataclasses.replace(schema, gazetteer=INVENTED))


def _doc(vocab, sentence: str) -> Doc:
    words = sentence.split()
    return Doc(vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))


def found(matchers, vocab, sentence: str) -> list[tuple[str, str]]:
    """(mention text, gazetteer name) of the outermost gazetteer candidates, in text order."""
    doc = _doc(vocab, sentence)
    cands = list(gazetteer_candidates(doc, matchers))
    outer = [c for c in cands if not any(o.start <= c.start and c.end <= o.end and o is not c for o in cands)]
    return [(doc[c.start:c.end].text, c.name) for c in sorted(outer, key=lambda c: c.start)]


# ------------------------------------------------------------------ capitals of the form

@pytest.mark.parametrize("sentence", [
    "Young people take harbour steps towards independence .",
    "Westby set up keel lane family circles last year .",      # a form of four words, in lower case
    "The charity asked for harbour board meetings .",
    "CHILDREN AND HARBOUR STEPS",          # a heading in capitals shows none of the form's capitals
])
def test_a_programme_or_proposal_written_without_its_capitals_is_no_name(matchers, vocab, sentence):
    assert found(matchers, vocab, sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Westby joined Harbour Steps in May .", [("Harbour Steps", "Harbour Steps")]),
    ("Westby joined HBs in May .", [("HBs", "Harbour Boards")]),                # an acronym's form
    ("Westby set up Keel Lane Family Circles last year .", [("Keel Lane Family Circles", "Keel Lane Family Circles")]),
    # a form the sources write in lower case is a name in lower case too
    ("The review wants harbour boards in every region .", [("harbour boards", "Harbour Boards")]),
])
def test_the_capitals_of_the_form_make_the_name(matchers, vocab, sentence, expected):
    assert found(matchers, vocab, sentence) == expected


def test_a_body_of_the_gazetteer_is_still_found_in_lower_case(matchers, vocab):
    # the rule of capitals is the programmes' and proposals': a long name of a body is matched as before
    assert found(matchers, vocab, "Staff of the westshire harbour care trust met .") == [
        ("westshire harbour care trust", "Westshire Harbour Care Trust")]


# ------------------------------------------------------------------ a head noun after the form

@pytest.mark.parametrize(("sentence", "text"), [
    ("Westby runs the Harbour Steps programme .", "Harbour Steps programme"),
    ("Westby runs the Harbour Steps Programme .", "Harbour Steps Programme"),
    ("The Harbour Steps model works .", "Harbour Steps model"),
    ("The Harbour Board pilot ended .", "Harbour Board pilot"),
])
def test_a_head_noun_after_the_form_is_part_of_the_mention_and_keeps_the_name(matchers, vocab, sentence, text):
    [(got, name)] = found(matchers, vocab, sentence)
    assert got == text
    assert name in ("Harbour Steps", "Harbour Boards")


@pytest.mark.parametrize("sentence", [
    "The Head of the Harbour Steps Department spoke .",
    "The Harbour Steps Network met .",
    "The Harbour Boards Strategy was published .",
])
def test_a_form_opening_the_name_of_a_body_or_a_text_is_no_mention(matchers, vocab, sentence):
    assert found(matchers, vocab, sentence) == []


def test_a_longer_form_of_another_entry_wins_over_the_head_noun(matchers, vocab):
    assert found(matchers, vocab, "Westby joined the Harbour Board Pathfinder and the HB pathfinders .") == [
        ("Harbour Board Pathfinder", "Harbour Board Pathfinder"), ("HB pathfinders", "Harbour Board Pathfinder")]


@pytest.mark.parametrize("sentence", [
    "Harbour Steps carers met .",
    "The Harbour Steps network met .",   # a body's head noun ("Harbour Steps Network"), not a programme's
])
def test_a_word_that_is_no_head_noun_of_a_programme_is_left_out(matchers, vocab, sentence):
    assert found(matchers, vocab, sentence) == [("Harbour Steps", "Harbour Steps")]


def test_a_head_noun_on_the_next_line_is_left_out(matchers, vocab):
    words = ["Harbour", "Steps", "\n", "programme", "funding"]
    doc = Doc(vocab, words=words, spaces=[True, False, False, True, False])
    names = [(doc[c.start:c.end].text, c.name) for c in gazetteer_candidates(doc, matchers)]
    assert names == [("Harbour Steps", "Harbour Steps")]


# ------------------------------------------------------------------ proposals holding a gazetteer name

def _item(start: int, end: int, recommender: int | None = 1) -> RecommendationItem:
    return RecommendationItem(start=start, end=end, trigger=2, recommender=recommender)


def test_a_proposal_holding_a_known_proposal_is_cut_to_it(matchers, vocab):
    doc = _doc(vocab, "The review recommends the creation of Harbour Boards in every region .")
    [item] = named_proposals(doc, matchers, [_item(3, 11)])
    assert doc[item.start:item.end].text == "Harbour Boards"
    assert (item.trigger, item.recommender) == (2, 1)


def test_a_proposal_holding_two_known_proposals_is_two(matchers, vocab):
    doc = _doc(vocab, "The review recommends Harbour Boards and HBs for adoption .")
    items = named_proposals(doc, matchers, [_item(3, 9)])
    assert [doc[i.start:i.end].text for i in items] == ["Harbour Boards", "HBs"]


def _parsed(vocab, rows):  # type: ignore[no-untyped-def]
    words, heads, deps = (list(c) for c in zip(*rows, strict=True))
    return Doc(vocab, words=words, heads=heads, deps=deps, sent_starts=[True] + [False] * (len(words) - 1))


def test_a_known_proposal_coordinated_after_another_keeps_the_other(matchers, vocab):
    doc = _parsed(vocab, [("The", 1, "det"), ("review", 2, "nsubj"), ("recommends", 2, "ROOT"),
                          ("a", 5, "det"), ("national", 5, "amod"), ("fund", 2, "dobj"), ("for", 5, "prep"),
                          ("carers", 6, "pobj"), ("and", 7, "cc"), ("harbour", 10, "compound"),
                          ("boards", 7, "conj"), (".", 2, "punct")])
    items = named_proposals(doc, matchers, [_item(3, 11)])
    assert [doc[i.start:i.end].text for i in items] == ["a national fund for carers", "harbour boards"]


def test_a_known_proposal_in_a_prepositional_phrase_keeps_nothing_else(matchers, vocab):
    doc = _parsed(vocab, [("The", 1, "det"), ("review", 2, "nsubj"), ("recommends", 2, "ROOT"),
                          ("the", 4, "det"), ("creation", 2, "dobj"), ("of", 4, "prep"), ("harbour", 7, "compound"),
                          ("boards", 5, "pobj"), (".", 2, "punct")])
    items = named_proposals(doc, matchers, [_item(3, 8)])
    assert [doc[i.start:i.end].text for i in items] == ["harbour boards"]


@pytest.mark.parametrize("sentence", [
    "The review recommends expanding Harbour Steps to every council .",   # a programme: the proposal stays
    "The review recommends a national register of harbour board members .",  # no capitals: no name
])
def test_a_proposal_holding_no_known_proposal_is_unchanged(matchers, vocab, sentence):
    doc = _doc(vocab, sentence)
    item = _item(3, len(doc) - 1)
    assert named_proposals(doc, matchers, [item]) == [item]


# ------------------------------------------------------------------ the whole pipeline (trained model)

@pytest.fixture(scope="module")
def invented_extractor(nlp, schema):
    from caregraph.extract.worker import Extractor

    return Extractor(nlp, dataclasses.replace(schema, gazetteer=schema.gazetteer + INVENTED))


def _result(extractor, text: str, doc_id: str = "t"):  # type: ignore[no-untyped-def]
    result = extractor.process_text(text, doc_id=doc_id)
    label = {e.key: e.label for e in result.entities}
    nodes = sorted((e.type, e.label) for e in result.entities)
    edges = {(label[r.source], r.relation, label[r.target]) for r in result.relations if r.relation != "MENTIONS"}
    return result, nodes, edges


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Westshire Review recommends the creation of Harbour Boards in every region.",
    "The Westshire Review recommended Harbour Boards to run children's homes.",
    "The Westshire Review recommends that Harbour Boards should run all children's homes in the region.",
])
def test_a_proposal_phrase_with_a_known_proposal_is_one_node_that_the_review_recommends(invented_extractor, text):
    _r, nodes, edges = _result(invented_extractor, text)
    assert [n for n in nodes if n[0] == "Recommendation"] == [("Recommendation", "Harbour Boards")]
    assert ("Westshire Review", "RECOMMENDS", "Harbour Boards") in edges


@pytest.mark.model
def test_a_body_calling_for_a_known_proposal_and_another_supports_both(invented_extractor):
    _r, nodes, edges = _result(invented_extractor,
                               "Harbour Trust calls for Harbour Boards and a national pay scale for social workers.")
    assert [n for n in nodes if n[0] == "Recommendation"] == [
        ("Recommendation", "Harbour Boards"), ("Recommendation", "national pay scale for social workers")]
    assert {("Harbour Trust", "SUPPORTS", "Harbour Boards"),
            ("Harbour Trust", "SUPPORTS", "national pay scale for social workers")} <= edges


@pytest.mark.model
def test_a_council_runs_the_programme_named_with_its_head_noun(invented_extractor):
    _r, nodes, edges = _result(invented_extractor, "Westshire Council runs the Harbour Steps programme in Westby.")
    assert ("Initiative", "Harbour Steps") in nodes
    assert ("Westshire Council", "RUNS", "Harbour Steps") in edges


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Young people take harbour steps towards independence in Westby.",
    "The charity wants more support for harbour steps and family circles.",
])
def test_the_common_words_of_a_programme_make_no_node(invented_extractor, text):
    _r, nodes, _edges = _result(invented_extractor, text)
    assert not [n for n in nodes if n[0] in ("Initiative", "Recommendation")]


@pytest.mark.model
def test_two_documents_naming_the_programme_differently_resolve_to_one_node(invented_extractor, schema):
    first, _n, _e = _result(invented_extractor, "Westshire Council runs the Harbour Steps programme.", "a")
    second, _n, _e = _result(invented_extractor, "The Harbour Steps Family Model was praised by Jane Porter.", "b")
    entities: list[Entity] = [e for r in (first, second) for e in r.entities]
    merged, mapping = merge_entities(entities, schema.entities)
    steps = {mapping[e.key] for e in entities if e.label == "Harbour Steps"}
    assert len(steps) == 1
    assert [e.label for e in merged if e.key in steps] == ["Harbour Steps"]


# ------------------------------------------------------------------ the repository's own entries

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Staying close to home matters to young people in care.",
    "The council offers family support and early help to parents.",
    "Supporting families is the council's first priority.",
])
def test_the_repository_programmes_are_no_nodes_in_lower_case(extractor, text):
    _r, nodes, _edges = _result(extractor, text)
    assert not [n for n in nodes if n[0] in ("Initiative", "Recommendation")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "label"), [
    # the sources' own lower-case forms (gazetteer.yaml): the reform's service and practice models
    ("The council offers family help and early help to parents.", "Family Help"),
    ("Every family is offered a family group conference first.", "Family Group Conferences"),
])
def test_the_sources_lower_case_forms_name_programmes(extractor, text, label):
    _r, nodes, _edges = _result(extractor, text)
    assert ("Initiative", label) in [n[:2] for n in nodes]


@pytest.mark.model
def test_a_bills_measure_in_lower_case_is_its_recommendation(extractor):
    # the Bill's duty (clause 1), written as its sources write it: a measure, not a programme
    _r, nodes, _edges = _result(extractor, "The Bill makes family group decision-making mandatory.")
    assert ("Recommendation", "Family Group Decision Making") in [n[:2] for n in nodes]


def test_every_programme_and_proposal_of_the_gazetteer_has_a_source_and_a_capital(schema):
    entries = [e for e in schema.gazetteer if e.type in ("Initiative", "Recommendation")]
    assert len(entries) >= 25
    for entry in entries:
        assert entry.source.strip()
        assert entry.name[:1].isupper()   # the name is the label: written as the sources write it
