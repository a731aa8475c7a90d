"""Posts and places of session 12: a list of people each "from" a body that is the subject of
a verb ("A from X, B from Y and C from Z have written to ..."), a signature that comes before
the name ("Chief Executive, Harbour Trust, Dr Jane Porter, said:"), a name with "at" and a body's
name that closes the phrase ("led by Professor Jane Porter at Harbour University"), the posts of
clinicians, inspectors and officers named by their abbreviations (nurse, paediatrician, HMI, COO,
project worker), a body "situated in" a
place, and a place's possessive before a body's class noun ("X is the UK's largest union",
"X is Leeds's best-known charity"). Whole invented sentences through the trained pipeline,
each with near misses that must find nothing."""

from __future__ import annotations

import pytest

from helpers import text_relations


def _found(extractor, text: str, relation: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(s, t) for s, r, t in text_relations(extractor, text) if r == relation}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # three items, the last one running into the verb
        ("Jane Porter from Harbour Trust, Tom Reed from the Kestrel Society and Anna Green from "
         "Westshire Council have written to the minister.",
         {("Jane Porter", "Harbour Trust"), ("Tom Reed", "Kestrel Society"), ("Anna Green", "Westshire Council")}),
        # post-nominal letters after a name
        ("Jane Porter from Harbour Trust and Tom Reed MBE from Westshire Council signed the letter.",
         {("Jane Porter", "Harbour Trust"), ("Tom Reed", "Westshire Council")}),
    ],
)
def test_each_person_of_a_list_from_a_body_holds_a_post_there(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _found(extractor, text, "ROLE_AT") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a list with no verb after it (a caption, a heading)
        "Jane Porter from Harbour Trust, Tom Reed from the Kestrel Society and Anna Green from Westshire Council.",
        # places of origin, not bodies
        "Visitors included Jane Porter from Eastborough, Tom Reed from Leeds and Anna Green from Bristol, "
        "who spoke to the committee.",
        # a move between bodies: "from" X "to" Y is no post at X
        "Jane Porter moved from Harbour Trust, and Tom Reed from the Kestrel Society, to the council last year.",
    ],
)
def test_a_from_phrase_outside_such_a_list_holds_no_post(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert _found(extractor, text, "ROLE_AT") == set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Chief Executive, Harbour Trust, Dr Jane Porter, said: "We welcome this."', {("Jane Porter", "Harbour Trust")}),
        ('Director of Policy, the Kestrel Society, Tom Reed, said: "This is welcome."',
         {("Tom Reed", "Kestrel Society")}),
    ],
)
def test_a_signature_before_the_name_is_a_post(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _found(extractor, text, "ROLE_AT") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the body's name after a phrase that is no post, nor at the sentence's start
        "In a letter to the Kestrel Society, Harbour Trust, Jane Porter, said the plan was welcome.",
        # a list of bodies before a list of names
        "Chair of Westshire Council, Harbour Trust, Jane Porter and Tom Reed spoke.",
    ],
)
def test_a_body_before_a_name_without_a_post_before_it_holds_no_post(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Jane Porter", "Harbour Trust") not in _found(extractor, text, "ROLE_AT")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The University of Eastborough is situated in Eastborough.", {("University of Eastborough", "Eastborough")}),
        ("The University of Eastborough is situated in the most deprived area in Leeds.",
         {("University of Eastborough", "Leeds")}),
        ("Harbour Trust is the UK's largest union, with more than a million members.",
         {("Harbour Trust", "United Kingdom")}),
        ("Harbour Trust is Leeds's best-known charity.", {("Harbour Trust", "Leeds")}),
    ],
)
def test_a_body_situated_in_a_place_or_a_places_own_is_located_there(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _found(extractor, text, "LOCATED_IN") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a possessive place before a noun that is no body's class noun
        "Harbour Trust praised the UK's charity sector.",
        # denied
        "Harbour Trust is not the UK's largest charity.",
    ],
)
def test_a_places_possessive_elsewhere_locates_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert _found(extractor, text, "LOCATED_IN") == set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The leadership team, led by Professor Jane Porter at Harbour University, includes Dr Tom Reed.",
         {("Jane Porter", "Harbour University")}),
        ("Counsel for the Mother: Ms Anna Green instructed by Tom Reed at the Kestrel Society.",
         {("Tom Reed", "Kestrel Society")}),
        ("Jane Porter at the Kestrel Society said the plan was welcome.", {("Jane Porter", "Kestrel Society")}),
    ],
)
def test_a_name_at_a_body_holds_a_post_there(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _found(extractor, text, "ROLE_AT") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the body's name modifies a noun: an event or a place the person was at
        "The minister spoke to Jane Porter at the Harbour Trust conference in May.",
        "A speech by Jane Porter at Harbour Trust's annual meeting.",
        # a place, not a body
        "Jane Porter at Leeds said the plan was welcome.",
    ],
)
def test_a_name_at_an_event_or_a_place_holds_no_post(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert _found(extractor, text, "ROLE_AT") == set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The committee welcomed Jane Porter (Senior HMI Harbour Trust) to the meeting.", {("Jane Porter", "Harbour Trust")}),
        # "COO" is a post, never a body of its own
        ("Anna Green, COO at the Kestrel Society, argues that costs are rising.", {("Anna Green", "Kestrel Society")}),
        ("Jane Porter, Consultant Paediatrician at Westshire NHS Trust, said the plan was welcome.",
         {("Jane Porter", "Westshire NHS Trust")}),
        ("Tom Reed, Project Worker at the Kestrel Society, gave evidence.", {("Tom Reed", "Kestrel Society")}),
    ],
)
def test_posts_of_clinicians_inspectors_and_officers(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _found(extractor, text, "ROLE_AT") == expected


@pytest.mark.model
def test_a_post_for_a_place_holds_none(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _found(extractor, "Jane Porter, Chief Social Worker for England, said the plan was welcome.", "ROLE_AT") == set()
