"""Posts written before a name (session 18): a capitalised post the person's mention took in
with the honorific after it ("Harbour Trust Chair Cllr Jane Doe", the mention "Chair Cllr Jane
Doe") is read as a post before the name, as "Harbour Trust chair Cllr Jane Doe" is; an
inspectorate's "chief inspector" is a post ("Westshire Inspectorate chief inspector Jane Doe");
session 20: a post with a plain-word modifier or two posts joined by "and" before the name
("Harbour Union national officer Jane Doe", "founder and managing director Jane Doe").
Whole invented pages through the trained pipeline, with near misses."""

from __future__ import annotations

import pytest

from helpers import text_relations


def _roles(extractor, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(s, t) for s, r, t in text_relations(extractor, text) if r == "ROLE_AT"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbour Trust Chair Cllr Jane Doe said: \u201cThe plan for Westby is welcome.\u201d\n",
         ("Jane Doe", "Harbour Trust")),
        ("HTA Chair Cllr Jane Doe told the meeting that the plan for Westby was welcome.\n", ("Jane Doe", "HTA")),
        ("Harbour Trust Chief Executive Dr Jane Doe said: \u201cThe plan for Westby is welcome.\u201d\n",
         ("Jane Doe", "Harbour Trust")),
        ("The committee will question Harbour Inspectorate chief inspector Jane Doe on the "
         "regulator\u2019s role in Westby.\n", ("Jane Doe", "Harbour Inspectorate")),
        # (session 20) a post with a plain-word modifier, and two posts joined by "and"
        ("The plan was welcomed by unions. Harbour Union national officer Jane Doe described it "
         "as \u201cgood news\u201d for Westby.\n", ("Jane Doe", "Harbour Union")),
        ("Harbour Trust\u2019s founder and managing director Jane Doe said the plan for Westby "
         "was overdue.\n", ("Jane Doe", "Harbour Trust")),
    ],
)
def test_a_post_before_the_name_is_held_at_the_body_before_it(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _roles(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a post with no body before it
        "Chair Cllr Jane Doe said: \u201cThe plan for Westby is welcome.\u201d\n",
        # an inspector of no named body
        "Jane Doe, a police inspector, visited the Harbour Trust home in Westby.\n",
        # (session 20) a body, "and", then a modified post: two people's names, no post there
        "Harbour Trust and national campaigner Jane Doe said the plan for Westby was overdue.\n",
        # a body before a plain word that is no post
        "The Harbour Trust hosted foster carer Jane Doe at its home in Westby.\n",
    ],
)
def test_no_post_without_a_body_beside_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert not {t for s, t in _roles(extractor, text) if s == "Jane Doe"}


@pytest.mark.model
def test_the_sovereigns_style_before_a_post_is_no_body(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Jane Doe, His Majesty\u2019s Chief Inspector, visited the Harbour Trust home in Westby.\n"
    found = {e.label for e in extractor.process_text(text, doc_id="t").entities}
    assert "Majesty" not in found
    assert not {t for s, t in _roles(extractor, text) if s == "Jane Doe"}
