"""A junior minister's formal post at the page's one government department (the
`department_post` kind, session 18): "Jane Doe MP, Parliamentary Under-Secretary of State",
a Hansard caption "Jane Doe Portrait The Parliamentary Under-Secretary of State for Harbours
(Jane Doe)"; not a portfolio minister, nor a page naming no department or two. Whole invented
pages through the trained pipeline."""

from __future__ import annotations

import pytest

from helpers import text_relations


def _roles(extractor, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(s, t) for s, r, t in text_relations(extractor, text) if r == "ROLE_AT"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the post in apposition after the name and its post-nominals, the portfolio in brackets
        ("Jane Doe OBE MP, Parliamentary Under Secretary of State (Minister for Harbours), met "
         "lifeboat crews at Westby.\n\nThe three councils joined the Safe Moorings "
         "programme of the Department for Harbours last year.\n"),
        # a Hansard caption: the post before the bracketed name, with its remit
        ("Department: Department for Harbours\n\nHarbour safety\n\n"
         "Jane Doe Portrait The Parliamentary Under-Secretary of State for Harbours (Jane Doe)\n\n"
         "The programme will reach every coastal council by next spring.\n"),
    ],
)
def test_a_junior_ministers_post_is_held_at_the_pages_department(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Jane Doe", "Department for Harbours") in _roles(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a portfolio, not the formal post
        ("Jane Doe, Minister for Harbours, met lifeboat crews at Westby.\n\n"
         "The three councils joined the Safe Moorings programme of the Department for Harbours last year.\n"),
        # no department named on the page
        ("Jane Doe OBE MP, Parliamentary Under Secretary of State (Minister for Harbours), met "
         "lifeboat crews at Westby.\n"),
        # two departments: which one is hers the page does not say
        ("Jane Doe OBE MP, Parliamentary Under Secretary of State (Minister for Harbours), met "
         "lifeboat crews at Westby.\n\nThe Department for Harbours and the Department for Tides "
         "fund the Safe Moorings programme.\n"),
        # the post beside another person: a name far from the post holds none
        ("Jane Doe met lifeboat crews at Westby on Monday with the mayor and two councillors from "
         "Eastborough, and the Parliamentary Under-Secretary of State spoke.\n\n"
         "The Department for Harbours funds the Safe Moorings programme.\n"),
    ],
)
def test_no_department_post_without_the_formal_post_and_one_department(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Jane Doe", "Department for Harbours") not in _roles(extractor, text)
