"""Posts of session 9: a post held at several bodies named in a list ("chair of A, B and the C"),
a signature whose post, unit and body each stand between commas ("Jane Porter, Director of X,
Policy Unit, Harbour Trust"), and bodies in brackets after the names of a list ("presentations
by Jane Porter (Harbour Trust), Tom Reed (Westshire College) and ..."). Hand-built parses for the
shapes, the trained pipeline for whole invented sentences; each with near misses that must
find nothing."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from caregraph.core.ontology import ORGANISATION, PERSON
from helpers import hand_parse as parse
from helpers import relations_found, text_relations

ORG = ORGANISATION


def roles(doc, names: Sequence[tuple[int, int, str]], schema) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(s, t) for s, r, t in relations_found(doc, names, schema) if r == "ROLE_AT"}


# --- a post at each body of a list: "Jane Porter, chair of Harbour Trust, Westshire College and
# the Kestrel Forum, spoke."

_LIST_ROWS = [
    ("Jane", 1, "compound", "PROPN", "Jane"),
    ("Porter", 15, "nsubj", "PROPN", "Porter"),
    (",", 1, "punct", "PUNCT", ","),
    ("chair", 1, "appos", "NOUN", "chair"),
    ("of", 3, "prep", "ADP", "of"),
    ("Harbour", 6, "compound", "PROPN", "Harbour"),
    ("Trust", 4, "pobj", "PROPN", "Trust"),
    (",", 6, "punct", "PUNCT", ","),
    ("Westshire", 9, "compound", "PROPN", "Westshire"),
    ("College", 6, "conj", "PROPN", "College"),
    ("and", 9, "cc", "CCONJ", "and"),
    ("the", 13, "det", "DET", "the"),
    ("Kestrel", 13, "compound", "PROPN", "Kestrel"),
    ("Forum", 9, "conj", "PROPN", "Forum"),
    (",", 1, "punct", "PUNCT", ","),
    ("spoke", 15, "ROOT", "VERB", "speak"),
    (".", 15, "punct", "PUNCT", "."),
]
_LIST_NAMES = [(0, 2, PERSON), (5, 7, ORG), (8, 10, ORG), (12, 14, ORG)]


def test_a_post_at_each_body_of_a_list_of_three(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    found = roles(parse(vocab, _LIST_ROWS), _LIST_NAMES, schema)
    assert found == {("Jane Porter", "Harbour Trust"), ("Jane Porter", "Westshire College"),
                     ("Jane Porter", "Kestrel Forum")}


def test_bodies_after_the_post_and_a_verb_hold_no_post(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "Jane Porter, chair of Harbour Trust, met Westshire College and the Kestrel Forum."
    rows = [
        ("Jane", 1, "compound", "PROPN", "Jane"),
        ("Porter", 8, "nsubj", "PROPN", "Porter"),
        (",", 1, "punct", "PUNCT", ","),
        ("chair", 1, "appos", "NOUN", "chair"),
        ("of", 3, "prep", "ADP", "of"),
        ("Harbour", 6, "compound", "PROPN", "Harbour"),
        ("Trust", 4, "pobj", "PROPN", "Trust"),
        (",", 1, "punct", "PUNCT", ","),
        ("met", 8, "ROOT", "VERB", "meet"),
        ("Westshire", 10, "compound", "PROPN", "Westshire"),
        ("College", 8, "dobj", "PROPN", "College"),
        ("and", 10, "cc", "CCONJ", "and"),
        ("the", 14, "det", "DET", "the"),
        ("Kestrel", 14, "compound", "PROPN", "Kestrel"),
        ("Forum", 10, "conj", "PROPN", "Forum"),
        (".", 8, "punct", "PUNCT", "."),
    ]
    names = [(0, 2, PERSON), (5, 7, ORG), (9, 11, ORG), (13, 15, ORG)]
    assert roles(parse(vocab, rows), names, schema) == {("Jane Porter", "Harbour Trust")}


# --- a signature: the post, its unit, the body, each between commas


def _signature(last: list[tuple[str, int, str, str, str]]) -> list[tuple[str, int, str, str, str]]:
    # "Witnesses: Jane Porter, Director of Transformation, Policy Unit, Harbour Trust" + `last`
    return [
        ("Witnesses", 0, "ROOT", "NOUN", "witness"),
        (":", 0, "punct", "PUNCT", ":"),
        ("Jane", 3, "compound", "PROPN", "Jane"),
        ("Porter", 0, "appos", "PROPN", "Porter"),
        (",", 3, "punct", "PUNCT", ","),
        ("Director", 3, "appos", "PROPN", "Director"),
        ("of", 5, "prep", "ADP", "of"),
        ("Transformation", 6, "pobj", "PROPN", "Transformation"),
        (",", 5, "punct", "PUNCT", ","),
        ("Policy", 10, "compound", "PROPN", "Policy"),
        ("Unit", 5, "appos", "PROPN", "Unit"),
        (",", 10, "punct", "PUNCT", ","),
        ("Harbour", 13, "compound", "PROPN", "Harbour"),
        ("Trust", 10, "appos", "PROPN", "Trust"),
        *last,
    ]


def test_a_signature_with_a_unit_between_the_post_and_the_body(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _signature([(".", 0, "punct", "PUNCT", ".")]))
    assert ("Jane Porter", "Harbour Trust") in roles(doc, [(2, 4, PERSON), (12, 14, ORG)], schema)


def test_a_unit_that_is_a_body_of_its_own_keeps_the_post_too(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _signature([(".", 0, "punct", "PUNCT", ".")]))
    found = roles(doc, [(2, 4, PERSON), (9, 11, ORG), (12, 14, ORG)], schema)
    assert found == {("Jane Porter", "Policy Unit"), ("Jane Porter", "Harbour Trust")}


def test_a_body_that_does_not_close_the_signature_holds_no_post(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "... Policy Unit, Harbour Trust and the schools met." : the body opens a new clause's subject
    doc = parse(vocab, _signature([
        ("and", 13, "cc", "CCONJ", "and"),
        ("the", 16, "det", "DET", "the"),
        ("schools", 13, "conj", "NOUN", "school"),
        ("met", 0, "acl", "VERB", "meet"),
        (".", 0, "punct", "PUNCT", "."),
    ]))
    assert roles(doc, [(2, 4, PERSON), (12, 14, ORG)], schema) == set()


# --- bodies in brackets after the names of a list


def _talks(after: list[tuple[str, int, str, str, str]]) -> list[tuple[str, int, str, str, str]]:
    # "Talks were given by Jane Porter (Harbour Trust)" + `after`
    return [
        ("Talks", 2, "nsubjpass", "NOUN", "talk"),
        ("were", 2, "auxpass", "AUX", "be"),
        ("given", 2, "ROOT", "VERB", "give"),
        ("by", 2, "agent", "ADP", "by"),
        ("Jane", 5, "compound", "PROPN", "Jane"),
        ("Porter", 3, "pobj", "PROPN", "Porter"),
        ("(", 8, "punct", "PUNCT", "("),
        ("Harbour", 8, "compound", "PROPN", "Harbour"),
        ("Trust", 5, "appos", "PROPN", "Trust"),
        (")", 8, "punct", "PUNCT", ")"),
        *after,
    ]


def test_each_name_of_a_list_holds_a_post_at_the_body_in_its_brackets(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "... Jane Porter (Harbour Trust), Tom Reed (Westshire College) and Ann Lee."
    doc = parse(vocab, _talks([
        (",", 5, "punct", "PUNCT", ","),
        ("Tom", 12, "compound", "PROPN", "Tom"),
        ("Reed", 5, "conj", "PROPN", "Reed"),
        ("(", 15, "punct", "PUNCT", "("),
        ("Westshire", 15, "compound", "PROPN", "Westshire"),
        ("College", 12, "appos", "PROPN", "College"),
        (")", 15, "punct", "PUNCT", ")"),
        ("and", 12, "cc", "CCONJ", "and"),
        ("Ann", 19, "compound", "PROPN", "Ann"),
        ("Lee", 12, "conj", "PROPN", "Lee"),
        (".", 2, "punct", "PUNCT", "."),
    ]))
    names = [(4, 6, PERSON), (7, 9, ORG), (11, 13, PERSON), (14, 16, ORG), (18, 20, PERSON)]
    assert roles(doc, names, schema) == {("Jane Porter", "Harbour Trust"), ("Tom Reed", "Westshire College")}


def test_brackets_followed_by_more_of_the_sentence_are_no_item_of_a_list(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "Talks were given by Jane Porter (Harbour Trust) staff ." : the bracket is no list item's end
    doc = parse(vocab, _talks([
        ("staff", 3, "pobj", "NOUN", "staff"),
        (".", 2, "punct", "PUNCT", "."),
    ]))
    assert roles(doc, [(4, 6, PERSON), (7, 9, ORG)], schema) == set()


# --- the same shapes in whole invented sentences (trained pipeline)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The event heard presentations by Jane Porter (Harbour Trust), Tom Reed (Westshire College) "
         "and Ann Lee (Kestrel University).",
         {("Jane Porter", "Harbour Trust"), ("Tom Reed", "Westshire College"), ("Ann Lee", "Kestrel University")}),
        ("Witnesses\n\nJane Porter, Director of Transformation, Care Services, Harbour Trust.\n",
         {("Jane Porter", "Harbour Trust")}),
        ("Members of the board:\n\n\u2022 Jane Porter, Head of Service for Care Equity, Equity and Partnerships, "
         "Westshire County Council\n\u2022 Tom Reed, Chair, Kestrel Forum\n",
         {("Jane Porter", "Westshire County Council"), ("Tom Reed", "Kestrel Forum")}),
    ],
)
def test_whole_sentences_of_the_three_shapes(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    found = {(s, t) for s, r, t in text_relations(extractor, text) if r == "ROLE_AT"}
    assert expected <= found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a meeting with a body's head: no post at the body
        "Jane Porter met the chief executive of Harbour Trust on Monday.",
        # the name and its bracketed body inside a sentence that goes on: a visit, not a list
        "The minister thanked Jane Porter (Harbour Trust) for the visit on Monday.",
        # the bodies follow a verb after the post
        "Jane Porter, chair of Kestrel Forum, met Harbour Trust and Westshire College on Monday.",
    ],
)
def test_whole_sentence_near_misses(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found = {(s, t) for s, r, t in text_relations(extractor, text) if r == "ROLE_AT"}
    assert ("Jane Porter", "Harbour Trust") not in found


# --- a page's contact line: "Contact: Jane Porter, Democratic Services Officer  Tel: ..." holds the
# post at the page's body (its actor, else its one local council)

_MINUTES = ("Agenda and minutes\n\nChildren's Select Committee - Tuesday 8 June 2021 2.30 pm\n\n"
            "Venue: {venue}\n\n{contact}\n\nThe committee noted the report on fostering.")


@pytest.mark.model
def test_a_contact_line_names_an_officer_of_the_pages_council(extractor) -> None:  # type: ignore[no-untyped-def]
    text = _MINUTES.format(venue="Westshire County Council, County Hall, Westshire",
                           contact="Contact: Jane Porter, Democratic Services Officer  Tel: 01234 567890")
    assert ("Jane Porter", "ROLE_AT", "Westshire County Council") in text_relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("venue", "contact"),
    [
        # two people on the line
        ("Westshire County Council, County Hall, Westshire",
         "Contact: Jane Porter or Tom Reed, Democratic Services Officers"),
        # no post
        ("Westshire County Council, County Hall, Westshire", "Contact: Jane Porter  Tel: 01234 567890"),
        # two councils: whose officer is not said
        ("Westshire County Council and Kent County Council, County Hall, Westshire and Kent",
         "Contact: Jane Porter, Democratic Services Officer  Tel: 01234 567890"),
        # no contact line: a post on another line of the page
        ("Westshire County Council, County Hall, Westshire", "Jane Porter, Democratic Services Officer"),
    ],
)
def test_contact_line_near_misses(extractor, venue, contact) -> None:  # type: ignore[no-untyped-def]
    found = text_relations(extractor, _MINUTES.format(venue=venue, contact=contact))
    assert not any(s.startswith("Jane Porter") and r == "ROLE_AT" for s, r, _ in found)
