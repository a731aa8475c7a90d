"""A churchman's style (issue 15, classes 1a, 2 and 3; session 23): "the Bishop of Westby" names
one person, a Lord Spiritual, as "the Lord Bishop of Westby" does. The place is part of the
name (no place of the text), the words of address before it ("the right reverend Prelate the")
are not, and the two forms are one person, in one document and across documents. Names and
places are invented."""

from __future__ import annotations

import dataclasses

import pytest

from helpers import marked_entities


def _doc(vocab, text: str):  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    return Doc(vocab, words=text.split())


@pytest.mark.parametrize(("text", "start", "end", "style"), [
    ("Bishop of Westby", 0, 3, True),
    ("Lord Bishop of Westby", 0, 4, True),
    ("Archbishop of Eastby Heath", 0, 4, True),
    ("Bishop of Westby", 0, 2, False),        # no place
    ("Bishop of westby", 0, 3, False),        # no capitalised place
    ("Bishop Porter", 0, 2, False),           # a surname, no see
    ("Director of Westby", 0, 3, False),      # a post's "of", no see title
    ("Bishop of Llandaff High School", 0, 5, False),   # a school named after the see: a body
])
def test_a_see_style(vocab, schema, text, start, end, style):
    from caregraph.extract.mentions.voters import is_see_style

    assert is_see_style(_doc(vocab, text), start, end, schema.entities) is style


@pytest.mark.parametrize(("text", "start"), [
    ("Prelate the Bishop of Westby", 2),       # the words of address before it are no name
    ("Lord Bishop of Westby", 0),              # the peer's title is the name's own
    ("Prelate the Lord Bishop of Westby", 2),
    ("Harbour Trust of Westby", 0),            # no see style: the run as it was
    ("Mark Bishop of Westby", 0),              # a person surnamed Bishop: no churchman cut from it
    ("Councillor Mark Bishop of Westby", 0),
    ("Professor Jane Bishop of Eastby Heath", 0),
])
def test_a_see_style_starts_the_name(vocab, schema, text, start):
    from caregraph.extract.mentions.voters import _see_style_start

    doc = _doc(vocab, text)
    assert _see_style_start(doc, 0, len(doc), schema.entities) == start


def test_the_see_style_without_see_titles_leaves_the_run(vocab, schema):
    from caregraph.extract.mentions.voters import _see_style_start

    rules = dataclasses.replace(schema.entities, see_titles=frozenset())
    doc = _doc(vocab, "Prelate the Bishop of Westby")
    assert _see_style_start(doc, 0, len(doc), rules) == 0


def test_the_two_forms_are_one_person(schema):
    entities = marked_entities(schema, "The [Lord Bishop of Westby|Person] spoke. The [Bishop of Westby|Person] "
                                       "agreed with the [Bishop of Eastby|Person].")
    assert sorted((e.label, e.aliases) for e in entities) == [
        ("Bishop of Eastby", ()), ("Lord Bishop of Westby", ("Bishop of Westby",))]


def test_two_sees_are_two_people(schema):
    entities = marked_entities(schema, "The [Lord Bishop of Westby|Person] and the [Lord Bishop of Eastby|Person].")
    assert sorted(e.label for e in entities) == ["Lord Bishop of Eastby", "Lord Bishop of Westby"]


def test_across_documents_the_two_forms_are_one_person(schema):
    from caregraph.core.records import Entity
    from caregraph.extract.resolve import merge_entities

    a = Entity("a#0", "Lord Bishop of Westby", "Person", (), 1, ("a",), "The Lord Bishop of Westby spoke.")
    b = Entity("b#0", "Bishop of Westby", "Person", (), 1, ("b",), "The Bishop of Westby spoke.")
    merged, _ = merge_entities([a, b], schema.entities)
    assert [(e.label, e.documents) for e in merged] == [("Lord Bishop of Westby", ("a", "b"))]


@pytest.mark.model
def test_a_see_style_in_a_debate_is_one_person_and_no_place(extractor):
    result = extractor.process_text(
        "Lord Bishop of Manchester Portrait The Lord Bishop of Manchester\n\n"
        "My Lords, I move the amendments in the name of the right reverend Prelate the Bishop of Manchester. "
        "The Bishop of Leeds said the Bill was welcome.")
    found = {(e.label, e.type) for e in result.entities}
    assert ("Lord Bishop of Manchester", "Person") in found
    assert ("Bishop of Leeds", "Person") in found
    assert not {label for label, type_ in found if type_ == "Place"}
    assert not [label for label, _ in found if "Prelate" in label]
