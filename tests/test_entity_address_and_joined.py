"""Forms of address, joined first names and minutes' shouted decisions (session 9): Parliament's "my hon. Friend the Member for
Westby", "the hon. Gentleman", "the noble Lady" name no one by name; a name the votes make a
person that joins two words with "and" ("Jane and Amir", "Councillors Porter and Khan") is no one
person. "Lady Porter" (a title and a name) and bodies with "and" stay. Names and sentences
invented for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from caregraph.extract.mentions.choose import _address_form, _joined_people, _shouted_decision

_VOCAB = spacy.blank("en").vocab


@pytest.mark.parametrize("words, expected", [
    (["friend", "the", "member", "for", "westby"], True),
    (["gentleman"], True),
    (["lady"], True),
    (["lady", "porter"], False),
    (["friends", "of", "westby", "park"], False),
])
def test_a_form_of_address_alone_or_before_the(schema, words, expected):
    assert _address_form(words, schema.entities) is expected


@pytest.mark.parametrize("name, votes, expected", [
    ("Jane and Amir", [("Person", 2.0)], True),
    ("Porter & Khan", [("Person", 2.0), ("Organisation", 0.9)], True),
    ("Porter and Khan Solicitors", [("Organisation", 2.0)], False),
    ("Jane Porter", [("Person", 2.0)], False),
    ("Westby and Eastby Partnership", [("Organisation", 2.0), ("Person", 0.9)], False),
])
def test_a_person_joined_by_and_is_no_one_person(name, votes, expected):
    assert _joined_people(name, votes) is expected


def _entities(extractor, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.label: e.type for e in extractor.process_text(text, doc_id="t").entities}


@pytest.mark.model
def test_forms_of_address_and_joined_names_are_no_nodes(extractor):
    found = _entities(extractor, "I thank my hon. Friend the Member for Westby for her question. The hon. "
                                 "Gentleman is right. Star and Arthur were failed by Westshire Council, "
                                 "Jane Porter said.")
    assert not any(label.startswith("Friend") for label in found)
    assert "Gentleman" not in found
    assert "Star and Arthur" not in found
    assert found.get("Jane Porter") == "Person"
    assert found.get("Westshire Council") == "Organisation"


@pytest.mark.parametrize("words, expected", [
    (["Committee", "NOTED"], True),
    (["Westby", "Board", "AGREED"], True),
    (["Westby", "NHS"], False),              # an acronym
    (["HARBOUR", "UNITED"], False),          # a heading in capitals throughout
    (["Westby", "Red"], False),              # an ordinary word
])
def test_a_decision_in_capitals_after_its_maker_is_no_name(words, expected):
    doc = Doc(_VOCAB, words=words)
    assert _shouted_decision(doc[:]) is expected
