"""Pairings, acts, remits and kinds of council (session 11): two capitalised phrases joined by
"and" that only NER calls a body ("Safety and Security", "Harbour Home and Westby Grove") are no
one body's name; a name starts after a noun of an act and its preposition ("Thanks to the
Westby Committee", "Implementation of the Harbour Strategy"); a post's remit left of an honorific
("Professor of Social Work") is no person; "City Council" or "Parish Councils" alone is a kind of
council, no node. Names and sentences invented for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from caregraph.extract.mentions.choose import _joined_by_guess, _keep
from caregraph.extract.mentions.voters import trim_span
from caregraph.extract.resolve import bare_kind_nouns
from helpers import document_entity

_VOCAB = spacy.blank("en").vocab


@pytest.mark.parametrize("name, votes, kinds, expected", [
    ("Safety and Security", [("Organisation", 0.9)], {"name", "ner"}, True),
    ("Harbour Home and Westby Grove", [("Organisation", 0.9), ("Organisation", 0.9)], {"ner"}, True),
    ("Culture and Communications", [("Organisation", 0.9)], {"name", "ner", "agent"}, True),
    # near misses: a firm's legal word, a head noun's vote, a cue, a place, a person, "&"
    ("Porter and Co", [("Organisation", 0.9)], {"name", "ner"}, False),
    ("Children and Families Board", [("Organisation", 0.9), ("Organisation", 2.0)], {"name", "ner"}, False),
    ("Harbour and Westby", [("Organisation", 0.9)], {"name", "ner", "cue"}, False),
    ("Westby and Eastby", [("Place", 0.9)], {"name", "ner"}, False),
    ("Westby and Eastby", [("Organisation", 0.9), ("Place", 0.9)], {"name", "ner"}, False),
    ("Porter & Khan", [("Organisation", 0.9)], {"name", "ner"}, False),
    ("Harbour Trust", [("Organisation", 0.9)], {"name", "ner"}, False),
])
def test_a_pairing_only_ner_calls_a_body_is_no_name(schema, name, votes, kinds, expected):
    assert _joined_by_guess(name, votes, kinds, schema.entities) is expected


@pytest.mark.parametrize("words, expected", [
    (["Thanks", "to", "the", "Westby", "Committee"], "Westby Committee"),
    (["Implementation", "of", "the", "Harbour", "Strategy"], "Harbour Strategy"),
    (["Research", "by", "Westshire", "Council"], "Westshire Council"),
    (["Role", "of", "Harbour", "Solicitors"], "Harbour Solicitors"),
    # near misses: a body's head before its preposition, an act noun in a name without one, a
    # lower-case act noun, another preposition
    (["Action", "for", "Westby", "Children"], "Action for Westby Children"),
    (["Harbour", "Implementation", "Plan"], "Harbour Implementation Plan"),
    (["Implementation", "Plan"], "Implementation Plan"),
    (["Research", "in", "Harbour", "Practice"], "Research in Harbour Practice"),
])
def test_a_name_starts_after_an_act_noun_and_its_preposition(schema, words, expected):
    doc = Doc(_VOCAB, words=words)
    start, end = trim_span(doc, 0, len(doc), schema.entities)
    assert doc[start:end].text == expected


@pytest.mark.parametrize("words, name, expected", [
    (["Professor", "of", "Social", "Work"], "of Social Work", False),
    (["Chair", "for", "Harbour", "Studies"], "for Harbour Studies", False),
    # near misses: a surname's particle, a name opening with a capital
    (["Dr", "de", "Porter"], "de Porter", True),
    (["Harbour", "for", "Westby"], "Harbour for Westby", True),
])
def test_a_remit_left_of_an_honorific_is_no_name(schema, words, name, expected):
    doc = Doc(_VOCAB, words=words, pos=["PROPN"] * len(words))
    assert _keep(doc[:], name, {"name", "honorific"}, False, schema.entities, set()) is expected


def test_a_kind_of_council_alone_is_no_entity(schema):
    ents = [document_entity("a#0", "City Council", "Organisation"),
            document_entity("a#1", "Parish Councils", "Organisation"),
            document_entity("b#0", "County Council", "Organisation")]
    assert bare_kind_nouns(ents, schema.entities) == {"a#0", "a#1", "b#0"}


def test_a_council_with_its_place_and_other_kinds_of_body_are_kept(schema):
    # near misses: the council's place, a court, a council's committee, a person
    ents = [document_entity("a#0", "Westby City Council", "Organisation"),
            document_entity("a#1", "County Court", "Organisation"),
            document_entity("a#2", "City Council Scrutiny Committee", "Organisation"),
            document_entity("a#3", "Westshire County Council", "Organisation")]
    assert bare_kind_nouns(ents, schema.entities) == set()


def _entities(extractor, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.label: e.type for e in extractor.process_text(text, doc_id="t").entities}


@pytest.mark.model
def test_pairings_acts_and_remits_in_running_text(extractor):
    found = _entities(extractor, "Professor Jane Porter, Emeritus Professor of Social Work at the University "
                                 "of Westby, spoke. Thanks to the Harbour Trust for its help. Publication of "
                                 "the Westby Review Panel Report was delayed.")
    assert found.get("Jane Porter") == "Person"
    assert not any(label.startswith(("of ", "Thanks", "Publication")) for label in found)
    assert "Harbour Trust" in found
    assert found.get("University of Westby") == "Organisation"


@pytest.mark.model
def test_a_pairing_the_page_keeps_naming_is_a_name(extractor):
    remit = _entities(extractor, "A keynote speech by Harbourwatch's National Director, Housing and Regulation, "
                                 "at the Westby conference.")
    assert "Housing and Regulation" not in remit
    once = _entities(extractor, "Staff moved to Hearth and Future in May.")
    assert "Hearth and Future" not in once
    thrice = _entities(extractor, "Six councils own Hearth and Future jointly. Staff moved to Hearth and Future "
                                  "in May. The budget of Hearth and Future grew.")
    assert thrice.get("Hearth and Future") == "Organisation"


def _parsed(words, heads, deps, pos):  # type: ignore[no-untyped-def]
    return Doc(_VOCAB, words=words, heads=heads, deps=deps, pos=pos)


def test_a_place_that_modifies_a_common_noun_is_an_adjective():
    # "the Westshire government published": Westshire a compound of the lower-case noun
    doc = _parsed(["the", "Westshire", "government", "published"], [2, 2, 3, 3],
                  ["det", "compound", "nsubj", "ROOT"], ["DET", "PROPN", "NOUN", "VERB"])
    from caregraph.extract.mentions.choose import _modifies_a_noun
    assert _modifies_a_noun(doc[1:2]) is True
    # near misses: the object of a preposition, a modifier of a capitalised name, a possessive
    doc = _parsed(["offices", "in", "Westshire"], [0, 0, 1], ["ROOT", "prep", "pobj"], ["NOUN", "ADP", "PROPN"])
    assert _modifies_a_noun(doc[2:3]) is False
    doc = _parsed(["Westshire", "Council", "met"], [1, 2, 2], ["compound", "nsubj", "ROOT"], ["PROPN", "PROPN", "VERB"])
    assert _modifies_a_noun(doc[0:1]) is False
    doc = _parsed(["Westshire", "'s", "councils", "met"], [2, 0, 3, 3], ["poss", "case", "nsubj", "ROOT"],
                  ["PROPN", "PART", "NOUN", "VERB"])
    assert _modifies_a_noun(doc[0:2]) is False


@pytest.mark.model
def test_a_place_named_only_as_a_modifier_is_no_node(extractor):
    only = _entities(extractor, "Earlier this year, the UK government published its plan. After the UK general "
                                "election, the Harbour Trust welcomed it.")
    assert "United Kingdom" not in only
    assert "Harbour Trust" in only
    also = _entities(extractor, "The Harbour Trust is the only such charity in the UK. The UK government "
                                "welcomed it.")
    assert also.get("United Kingdom") == "Place"


def test_a_place_in_a_list_or_before_an_indefinite_thing_is_no_modifier():
    from caregraph.extract.mentions.choose import _modifies_a_noun
    # "Westby, Eastby and Northby councils": Northby the last of three places
    doc = _parsed(["Westby", ",", "Eastby", "and", "Northby", "councils", "met"], [5, 0, 0, 2, 2, 6, 6],
                  ["compound", "punct", "conj", "cc", "conj", "nsubj", "ROOT"],
                  ["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "NOUN", "VERB"])
    assert _modifies_a_noun(doc[4:5]) is False
    assert _modifies_a_noun(doc[0:1]) is False
    # "a Westby church": a thing the text locates in the place
    doc = _parsed(["in", "a", "Westby", "church"], [0, 3, 3, 0], ["ROOT", "det", "compound", "pobj"],
                  ["ADP", "DET", "PROPN", "NOUN"])
    assert _modifies_a_noun(doc[2:3]) is False
    # near miss: the definite institution of the place is still a modifier
    doc = _parsed(["the", "Westby", "government"], [2, 2, 2], ["det", "compound", "ROOT"], ["DET", "PROPN", "NOUN"])
    assert _modifies_a_noun(doc[1:2]) is True


@pytest.mark.parametrize("words, heads, deps, pos, expected", [
    # "the Westshire region met": the place's own kind after its name names the place
    (["the", "Westshire", "region", "met"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"],
     ["DET", "PROPN", "NOUN", "VERB"], False),
    # "Eastby borough foster carers met": the kind, then the people
    (["Eastby", "borough", "foster", "carers", "met"], [1, 3, 3, 4, 4], ["compound", "compound", "compound", "nsubj", "ROOT"],
     ["PROPN", "NOUN", "NOUN", "NOUN", "VERB"], False),
    # "outcomes for Westshire families": the people who live there
    (["outcomes", "for", "Westshire", "families"], [0, 0, 3, 1], ["ROOT", "prep", "compound", "pobj"],
     ["NOUN", "ADP", "PROPN", "NOUN"], False),
    # near misses: a body ("Westshire council") and an institution stay modifiers
    (["the", "Westshire", "council", "met"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"],
     ["DET", "PROPN", "NOUN", "VERB"], True),
    (["the", "Westshire", "general", "election"], [3, 3, 3, 3], ["det", "compound", "amod", "ROOT"],
     ["DET", "PROPN", "ADJ", "NOUN"], True),
])
def test_a_place_before_its_own_kind_or_its_people_names_the_place(schema, words, heads, deps, pos, expected):
    from caregraph.extract.mentions.choose import _modifies_a_noun
    doc = _parsed(words, heads, deps, pos)
    at = next(i for i, w in enumerate(words) if w in ("Westshire", "Eastby"))
    assert _modifies_a_noun(doc[at : at + 1], schema.entities.place_naming_heads) is expected


@pytest.mark.model
def test_a_place_named_only_before_its_people_is_a_node(extractor):
    people = _entities(extractor, "The Harbour Trust will improve outcomes for UK families.")
    assert people.get("United Kingdom") == "Place"
    government = _entities(extractor, "The Harbour Trust welcomed the plan of the UK government.")
    assert "United Kingdom" not in government
