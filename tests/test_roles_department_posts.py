"""A junior minister's formal post at the page's one government department (the
`department_post` kind, session 18): "Jane Doe CBE, Parliamentary Under-Secretary of State", a
Hansard caption "... The Parliamentary Under-Secretary of State for Harbours (Jane Doe)"; not a
portfolio minister, nor a page naming no department or two, nor a post written with its own body
or place ("... at the Tide Office", "... for Westshire"), nor a department under another body
("Department of Tides at the University of Westby"). Whole invented pages through the trained
pipeline, and the kind's own patterns."""

from __future__ import annotations

import dataclasses
import re

import pytest

from caregraph.core.schema import GazetteerEntry
from caregraph.extract.relations.kinds.ministers import _after_name, _posts
from helpers import text_relations


def _roles(extractor, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(s, t) for s, r, t in text_relations(extractor, text) if r == "ROLE_AT"}


# the post in apposition after the name and its post-nominals
OPENED = ("The new lifeboat station at Westby was opened on Friday by Jane Doe CBE, Parliamentary "
          "Under-Secretary of State.\n\n")
FUNDS = "The Department for Harbours funds the Safe Moorings programme.\n"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        OPENED + FUNDS,
        # the other spelling of the post, a comma after it
        OPENED.replace("Under-Secretary", "Under Secretary") + FUNDS,
        # an article before the post
        ("Jane Doe, the Minister of State, opened the lifeboat station at Westby.\n\n" + FUNDS),
        "On Friday Jane Doe CBE, the Parliamentary Under-Secretary of State, toured Westby.\n\n" + FUNDS,
        # a Hansard caption: the post before the bracketed name, with its remit
        ("Department: Department for Harbours\n\nHarbour safety\n\n"
         "Jane Doe Portrait The Parliamentary Under-Secretary of State for Harbours (Jane Doe)\n\n"
         "The programme will reach every coastal council by next spring.\n"),
        # a letter the lower-case form of which is two characters ("İ") before the post: the
        # post is found in the text itself, where the name's offsets are
        "İSKELE NEWS\n\n" + OPENED + FUNDS,
    ],
)
def test_a_junior_ministers_post_is_held_at_the_pages_department(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Jane Doe", "Department for Harbours") in _roles(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a portfolio, not the formal post
        "The new lifeboat station at Westby was opened on Friday by Jane Doe, Minister for Harbours.\n\n" + FUNDS,
        # no department named on the page
        OPENED,
        # two departments: which one is hers the page does not say
        OPENED + "The Department for Harbours and the Department for Tides fund the Safe Moorings programme.\n",
        # the post beside other people: neither name is next to it
        ("Jane Doe toured the quay at Westby on Monday with the mayor and two councillors from "
         "Eastborough, and John Roe said that the Parliamentary Under-Secretary of State would come in May.\n\n"
         + FUNDS),
    ],
)
def test_no_department_post_without_the_formal_post_and_one_department(extractor, text) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(extractor, text)
    assert ("Jane Doe", "Department for Harbours") not in roles
    assert ("John Roe", "Department for Harbours") not in roles


@pytest.mark.model
def test_a_post_written_with_its_own_body_is_not_held_at_the_pages_department(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The new lifeboat station at Westby was opened on Friday by Jane Doe CBE, Parliamentary "
            "Under-Secretary of State at the Tide Office.\n\n" + FUNDS)
    assert ("Jane Doe", "Department for Harbours") not in _roles(extractor, text)


@pytest.fixture(scope="module")
def place_extractor(nlp, schema):  # type: ignore[no-untyped-def]
    """The repository's schema with an invented place in its gazetteer."""
    from caregraph.extract.worker import Extractor

    place = GazetteerEntry(name="Westshire", type="Place", aliases=(), source="invented")
    return Extractor(nlp, dataclasses.replace(schema, gazetteer=schema.gazetteer + (place,)))


@pytest.mark.model
def test_a_post_written_with_its_own_place_is_not_held_at_the_pages_department(place_extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The new lifeboat station was opened on Friday by Jane Doe CBE, Parliamentary "
            "Under-Secretary of State for Westshire.\n\n" + FUNDS)
    assert ("Jane Doe", "Department for Harbours") not in _roles(place_extractor, text)
    # (the same page with a remit that names no place keeps the post at the department)
    remit = text.replace("for Westshire", "for Harbours")
    assert ("Jane Doe", "Department for Harbours") in _roles(place_extractor, remit)


@pytest.mark.model
def test_a_department_of_a_university_is_no_government_department(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (OPENED + "Researchers from the Department of Tides at the University of Westby will "
            "evaluate the Safe Moorings programme.\n")
    assert not any(body.startswith("Department of Tides") for _person, body in _roles(extractor, text))


def test_a_long_run_of_spaces_before_a_post_is_read_at_once() -> None:
    """Each repeat of the pattern starts with a post-nominal's first letter, so a run of spaces
    has one reading (a repeated group inside a repeat took minutes on 200 spaces)."""
    between = _after_name(("CBE", "MP", "OBE"))
    assert between.fullmatch(" " * 200 + "x") is None
    assert between.fullmatch(" " * 200) is not None
    assert between.fullmatch(" CBE MP, ") is not None
    assert between.fullmatch(" CBE and ") is None
    assert between.fullmatch(", the ") is not None
    assert between.fullmatch(" the the ") is None
    assert between.fullmatch("\n") is None


def test_posts_are_found_at_their_offsets_in_either_spelling(schema) -> None:  # type: ignore[no-untyped-def]
    pattern = next(p for p in schema.relations.patterns if p.id == "role-department")
    text = "İİ Jane Doe, Parliamentary Under Secretary of State; John Roe, parliamentary under-secretary of state."
    found = [text[m.start():m.end()] for m in _posts(pattern.lemmas).finditer(text)]
    assert found == ["Parliamentary Under Secretary of State", "parliamentary under-secretary of state"]


def test_the_department_post_pattern_has_one_lemma_per_post_and_its_own_head_words(schema) -> None:  # type: ignore[no-untyped-def]
    pattern = next(p for p in schema.relations.patterns if p.id == "role-department")
    folded = [re.sub(r"[-\s]+", " ", lemma) for lemma in pattern.lemmas]
    assert len(folded) == len(set(folded))
    assert set(pattern.heads) == {"department", "ministry"}
    assert pattern.verbs == ()
