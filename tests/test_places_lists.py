"""Places and lists of places (session 11): the members of a list of names, a gazetteer place
whose name holds a comma or "and" kept whole ("Harbour Vale and Northmoor"), each bare member
of a list of places a Place (a place noun introduces or closes the list, or the gazetteer knows
most of its members), and a gazetteer place's form that names no place: a person's surname
("Jane Westby"), a verb opening a sentence, a common word ("Continue Mooring"). Entries, names
and sentences are invented; parses are hand-built, each rule with near misses that must not
fire. The last tests read the repository's gazetteer (ONS/DfE names) through the whole model."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.tokens import Doc

from caregraph.core.ontology import PLACE
from caregraph.core.schema import GazetteerEntry
from caregraph.extract.mentions.places import list_members, place_body_candidates, place_list_candidates
from caregraph.extract.mentions.voters import _list_type, compile_matchers, gazetteer_candidates

WESTBY = GazetteerEntry(name="Westby", type="Place", aliases=(), source="invented")
VALE = GazetteerEntry(name="Harbour Vale and Northmoor", type="Place", aliases=(), source="invented")
COMMA = GazetteerEntry(name="Eastcombe, Lowmoor and Hythe", type="Place", aliases=(), source="invented")
NORTH = GazetteerEntry(name="North Westland", type="Place", aliases=(), source="invented")
MOORING = GazetteerEntry(name="Mooring", type="Place", aliases=(), source="invented", common=True)
TRUST = GazetteerEntry(name="Harbour Trust", type="Organisation", aliases=(), source="invented")
INVENTED = (WESTBY, VALE, COMMA, NORTH, MOORING, TRUST)


@pytest.fixture(scope="module")
def matchers(schema, vocab):
    return compile_matchers(vocab, dataclasses.replace(schema, gazetteer=INVENTED))


def sentence(vocab, text: str, **fields) -> Doc:  # type: ignore[no-untyped-def]
    words = text.split()
    return Doc(vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1), **fields)


def texts(doc: Doc, spans) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc[s:e].text for s, e in spans]


def places_of(matchers, doc: Doc) -> list[str]:  # type: ignore[no-untyped-def]
    """The names the gazetteer makes places of, in text order."""
    return [doc[c.start:c.end].text for c in sorted(gazetteer_candidates(doc, matchers), key=lambda c: c.start)
            if (PLACE, c.votes[0][1]) in c.votes]


def known(matchers, doc: Doc) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return [(c.start, c.end) for c in gazetteer_candidates(doc, matchers) if c.votes[0][0] == PLACE]


def listed(schema, matchers, doc: Doc) -> list[str]:  # type: ignore[no-untyped-def]
    """The members the list voter makes places of."""
    return [doc[c.start:c.end].text for c in place_list_candidates(doc, schema.entities, known(matchers, doc))
            if c.votes == [(PLACE, schema.entities.weights["list"])]]


# ------------------------------------------------------------------ the members of a list

@pytest.mark.parametrize(("text", "start", "members"), [
    ("Westby , Eastby and Southby joined .", 0, ["Westby", "Eastby", "Southby"]),
    ("Westby , Eastby , and Southby joined .", 0, ["Westby", "Eastby", "Southby"]),
    # a semicolon ends a list; a name going on past a lower-case word ends it too
    ("Westby and Eastby ; Coast to Coast - Southby", 0, ["Westby", "Eastby"]),
    ("Westby , Eastby and Coast to Coast met .", 0, ["Westby", "Eastby"]),
    ("Westby or Eastby will host it .", 0, ["Westby", "Eastby"]),
    # a member of several words, with an inner lower-case word
    ("They are Kingsley upon Avon , Port Eastby and Southby .", 2, ["Kingsley upon Avon", "Port Eastby", "Southby"]),
    # a region after "in" is no member
    ("They are Westby in the North West , Eastby in Southland and Northby .", 2, ["Westby", "Eastby", "Northby"]),
])
def test_the_members_of_a_list_are_its_names_between_commas_and_and(vocab, text, start, members):
    doc = sentence(vocab, text)
    assert texts(doc, list_members(doc, start)) == members


def test_a_known_name_with_a_comma_or_and_is_one_member(vocab):
    doc = sentence(vocab, "Westby , Eastcombe , Lowmoor and Hythe , Harbour Vale and Northmoor and Southby met .")
    spans = [(2, 7), (8, 12)]  # the gazetteer's two places with a comma or "and" inside
    assert texts(doc, list_members(doc, 0, spans)) == [
        "Westby", "Eastcombe , Lowmoor and Hythe", "Harbour Vale and Northmoor", "Southby"]
    # without them known, the same words are seven members
    assert len(list_members(doc, 0)) == 7


@pytest.mark.parametrize(("text", "start"), [
    ("Westby joined the pilot .", 0),              # one name is no list
    ("Westby and the council agreed .", 0),        # "the council" is no name
    ("The areas are Westby .", 3),
])
def test_one_name_is_no_list(vocab, text, start):
    assert list_members(sentence(vocab, text), start) == []


def test_a_list_stops_at_a_line_break(vocab):
    doc = Doc(vocab, words=["Westby", ",", "Eastby", "Southby", "and", "Northby"],
              spaces=[False, True, True, True, True, False])
    doc_break = Doc(vocab, words=["Westby", "and", "Eastby", "\n", "Southby", "and", "Northby"],
                    spaces=[True, True, False, False, True, True, False])
    assert texts(doc, list_members(doc, 0)) == ["Westby", "Eastby Southby", "Northby"]
    assert texts(doc_break, list_members(doc_break, 0)) == ["Westby", "Eastby"]


# ------------------------------------------------------------------ lists of places

@pytest.mark.parametrize(("text", "places"), [
    ("The pilot areas are Eastby , Southby and Northby .", ["Eastby", "Southby", "Northby"]),
    ("The trailblazer areas are : Eastby , Southby and Northby .", ["Eastby", "Southby", "Northby"]),
    ("The ten trailblazer areas include Eastby , Southby and Northby .", ["Eastby", "Southby", "Northby"]),
    ("The councils taking part are Eastby , Southby and Northby .", ["Eastby", "Southby", "Northby"]),
    ("The local authorities selected were Eastby and Southby .", ["Eastby", "Southby"]),
    ("Eastby , Southby and Northby councils began the work .", ["Eastby", "Southby", "Northby"]),
    ("Councils such as Eastby and Southby took part .", ["Eastby", "Southby"]),
    # the gazetteer knows most members: the others are places too
    ("Leaders from Westby , North Westland and Eastby met .", ["Eastby"]),
    # members placed in a known place: the list is of places
    ("They are Eastby in Westby , Southby in North Westland and Northby .", ["Eastby", "Southby", "Northby"]),
    # a known place with "and" in it stays whole, and is the gazetteer's
    ("The pilot areas are Eastby , Harbour Vale and Northmoor and Southby .", ["Eastby", "Southby"]),
])
def test_each_bare_member_of_a_list_of_places_is_a_place(schema, matchers, vocab, text, places):
    assert listed(schema, matchers, sentence(vocab, text)) == places


@pytest.mark.parametrize("text", [
    "Eastby , Southby and Northby agreed .",                # nothing says they are places
    "Charities such as Eastby and Southby took part .",     # no place noun
    "Jane Porter , Tom Hale and Ann Lee spoke .",            # people
    "The areas of concern are housing and schools .",        # no names
    "Eastby , Westby and Southby agreed .",                  # one known place of three
    "The pilot areas are Harbour Trust and Porta Trust .",   # bodies, by their head nouns
    "Westby , North Westland and Ambitious for Eastby met .",  # a longer name ends the list
])
def test_a_list_nothing_shows_to_be_places_gets_no_place(schema, matchers, vocab, text):
    assert listed(schema, matchers, sentence(vocab, text)) == []


def test_a_known_body_or_a_named_person_in_a_list_of_places_stays_what_it_is(schema, matchers, vocab):
    doc = sentence(vocab, "The pilot areas are Harbour Trust , Cllr Porter and Eastby .")
    assert listed(schema, matchers, doc) == ["Eastby"]


def test_bullets_under_a_place_noun_are_places_and_its_modifier_gives_no_type(schema, vocab):
    rules = schema.entities
    def line_type(heading: str):  # type: ignore[no-untyped-def]
        words = [*heading.split(), "\n", "-", "Eastby"]
        doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 4) + [False, False, True, False])
        return _list_type(doc, len(words) - 2, rules)
    assert line_type("The pathfinder areas are :") == PLACE          # "areas", the head
    assert line_type("The pilot programmes include :") == "Initiative"  # near miss: no place noun
    assert line_type("The pathfinder programmes are :") == "Initiative"
    # a place noun that is the subject of the line announces no list of places
    assert line_type("Local authorities should notify the national panel :") is None
    assert line_type("The local authorities taking part are :") == PLACE


# ------------------------------------------------------------------ a body named for a place with a comma

@pytest.mark.parametrize(("text", "bodies"), [
    ("Eastcombe , Lowmoor and Hythe Council agreed .", ["Eastcombe , Lowmoor and Hythe Council"]),
    ("Eastcombe , Lowmoor and Hythe Borough Council agreed .", ["Eastcombe , Lowmoor and Hythe Borough Council"]),
    ("Eastcombe , Lowmoor and Hythe councillors agreed .", []),   # no body's head noun
    ("Eastcombe , Lowmoor and Hythe , Westby Council and others", []),  # another name's head
    ("Harbour Vale and Northmoor Council agreed .", []),         # no comma: the run of capitals holds it
])
def test_a_body_named_for_a_place_with_a_comma_is_one_name(schema, matchers, vocab, text, bodies):
    doc = sentence(vocab, text)
    assert [doc[c.start:c.end].text for c in place_body_candidates(doc, schema.entities, known(matchers, doc))] == bodies


# ------------------------------------------------------------------ a place's form that names no place

@pytest.mark.parametrize(("text", "places"), [
    ("Jane Westby spoke .", []),                     # a given name before it: her surname
    ("Cllr Westby spoke .", []),                     # an honorific before it
    ("She spoke in Westby .", ["Westby"]),
    ("Jane spoke for Westby .", ["Westby"]),
    ("Register to Continue Mooring", []),            # a common word, nothing shows a place
    ("The Second Mooring was held .", []),
    ("She lives in Mooring .", ["Mooring"]),         # after a place preposition
    ("Mooring , Westby and Harbour Vale and Northmoor joined .", ["Mooring", "Westby", "Harbour Vale and Northmoor"]),
])
def test_a_place_name_that_is_a_surname_or_a_common_word_is_no_place(matchers, vocab, text, places):
    assert places_of(matchers, sentence(vocab, text)) == places


def test_a_place_name_ending_a_person_ner_finds_is_her_surname(matchers, vocab):
    person = sentence(vocab, "Porta Westby spoke .", ents=["B-PERSON", "I-PERSON", "O", "O"])
    longer = sentence(vocab, "Porta Westby Hale spoke .", ents=["B-PERSON", "I-PERSON", "I-PERSON", "O", "O"])
    body = sentence(vocab, "Porta Westby spoke .", ents=["B-ORG", "I-ORG", "O", "O"])
    assert places_of(matchers, person) == []
    assert places_of(matchers, longer) == ["Westby"]   # not her surname: the person goes on
    assert places_of(matchers, body) == ["Westby"]


def test_a_place_name_opening_a_sentence_as_a_verb_with_its_object_is_no_place(matchers, vocab):
    verb = sentence(vocab, "Westby the boats , she left .", pos=["VERB", "DET", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT"])
    subject = sentence(vocab, "Westby has a plan .", pos=["VERB", "VERB", "DET", "NOUN", "PUNCT"])
    proper = sentence(vocab, "Westby the town , she left .", pos=["PROPN", "DET", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT"])
    assert places_of(matchers, verb) == []
    assert places_of(matchers, subject) == ["Westby"]
    assert places_of(matchers, proper) == ["Westby"]


# ------------------------------------------------------------------ the repository's gazetteer, whole model

def place_labels(extractor, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.label for e in extractor.process_text(text, doc_id="t").entities if e.type == PLACE}


def test_a_local_authority_with_a_comma_and_and_in_its_name_stays_one_place_in_a_list(extractor):
    places = place_labels(extractor, "The pilot areas are Westby, Bournemouth, Christchurch and Poole, "
                                     "Cheshire East and Windsor and Maidenhead.")
    assert {"Bournemouth, Christchurch and Poole", "Cheshire East", "Windsor and Maidenhead", "Westby"} <= places
    assert not places & {"Bournemouth", "Christchurch", "Poole", "Windsor", "Maidenhead"}


def test_a_council_named_for_a_gazetteer_place_is_typed_and_located_in_it(extractor, schema):
    from caregraph.graph.assemble import build_graph

    graph = build_graph([extractor.process_text(
        "Westby Council worked with Cheshire West and Chester Council and Bath and North East Somerset "
        "Council. Cheshire West and Chester and Bath and North East Somerset are large areas. Bournemouth, "
        "Christchurch and Poole Council serves Bournemouth, Christchurch and Poole.", doc_id="t")], schema)
    nodes = {d["label"]: d["type"] for _n, d in graph.nodes(data=True)}
    edges = {(graph.nodes[u]["label"], d["relation"], graph.nodes[v]["label"]) for u, v, d in graph.edges(data=True)}
    assert nodes.get("Cheshire West and Chester Council") == "Organisation"
    assert nodes.get("Cheshire West and Chester") == PLACE
    assert ("Cheshire West and Chester Council", "LOCATED_IN", "Cheshire West and Chester") in edges
    assert ("Bath and North East Somerset Council", "LOCATED_IN", "Bath and North East Somerset") in edges
    assert ("Bournemouth, Christchurch and Poole Council", "LOCATED_IN", "Bournemouth, Christchurch and Poole") in edges
    assert "Christchurch and Poole Council" not in nodes
    # the place only inside a body's name is no place of its own
    assert "Westby" not in nodes
