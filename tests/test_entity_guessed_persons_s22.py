"""People only NER guesses (issue 15, session 22): one capitalised word NER alone calls a person
and the page writes once (a seat on a member's card, a status line's word, a plural, a
participle opening a sentence) names no one; nor does a name NER alone calls a person that ends
in a building's word (a venue, the chamber a debate sits in). A given name, a title or a word the
page writes again keeps the person. Names and places are invented."""

from __future__ import annotations

import re

import pytest


def _doc(vocab, text: str):  # type: ignore[no-untyped-def]
    """Words split on whitespace, a line break a token of its own (as the pipeline makes it)."""
    from spacy.tokens import Doc

    found = list(re.finditer(r"\n|[^\s]+", text))
    words = [m.group() for m in found]
    spaces = [text[m.end():m.end() + 1] == " " for m in found]
    return Doc(vocab, words=words, spaces=spaces)


_CARD = "Lead MP\nJane Porter\nWestby\nLab\nSplit over two phases , the review met Peers ."


@pytest.mark.parametrize(("text", "index", "votes", "kinds", "lone"), [
    (_CARD, 6, "ner", {"name", "ner"}, True),                      # a seat on a member's card
    (_CARD, 10, "ner", {"name", "ner"}, True),                     # a participle opening a sentence
    (_CARD, 18, "ner", {"name", "ner"}, True),                     # a plural
    (_CARD, 6, "ner", {"name", "ner", "speech"}, False),           # other evidence: a speech verb
    (_CARD, 6, "honorific", {"name", "ner"}, False),               # ... an honorific's weight
    (_CARD, 6, "org", {"name", "ner"}, False),                     # a body's guess is another rule's
    ("Porter said so .\nPorter agreed .", 0, "ner", {"name", "ner"}, False),   # written again
    ("Natalie came to the surgery .", 0, "ner", {"name", "ner"}, False),       # a given name
    ("Hello OHT .", 1, "ner", {"name", "ner"}, False),                         # an acronym
])
def test_a_lone_word_only_ner_calls_a_person(vocab, schema, text, index, votes, kinds, lone):
    from caregraph.extract.mentions.choose import _lone_guessed_person

    rules = schema.entities
    weight = {"ner": ("Person", rules.weights["ner"]), "honorific": ("Person", rules.weights["honorific"]),
              "org": ("Organisation", rules.weights["ner"])}[votes]
    doc = _doc(vocab, text)
    assert _lone_guessed_person(doc, doc[index:index + 1], [weight], kinds, rules) is lone


@pytest.mark.parametrize(("words", "votes", "building"), [
    (["Harbour", "House"], [("Person", 0.9)], True),
    (["Westby", "Hall"], [("Organisation", 0.9), ("Person", 0.9)], True),
    (["Jane", "Hall"], [("Person", 0.9)], False),                       # a given name before it
    (["Harbour", "House"], [("Person", 0.9), ("Person", 2.0)], False),  # other evidence of a person
    (["Harbour", "Porter"], [("Person", 0.9)], False),                  # no building's word
    (["Hall"], [("Person", 0.9)], False),                               # a surname alone
])
def test_a_name_ending_in_a_buildings_word_is_no_persons_guess(vocab, schema, words, votes, building):
    from spacy.tokens import Doc

    from caregraph.extract.mentions.choose import _guessed_person_in_a_building

    doc = Doc(vocab, words=words)
    assert _guessed_person_in_a_building(doc[0:len(words)], votes, schema.entities) is building


@pytest.mark.model
def test_a_plural_written_once_is_no_person(extractor):
    result = extractor.process_text("The meeting was held at Portwell House, Eastborough.\n\n"
                                    "Jane Porter, director of the Harbour Trust, said the plan was welcome.\n\n"
                                    "Debate in Kestrelmoor Hall\n\n"
                                    "Over the course of the Bill's passage, the Government had over 60 "
                                    "engagements with Peers.\n", doc_id="t")
    found = {e.label: e.type for e in result.entities}
    assert found.get("Jane Porter") == "Person"
    assert "Peers" not in found
