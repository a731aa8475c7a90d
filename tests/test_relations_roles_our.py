"""Posts of session 10: a page's "our" before a post ("Our chief executive Jane Porter reflects
on ...", "from our Chief Executive, Tom Reed") is a post at the page's own body: its voice, else
the organisation it speaks for, else the one organisation a page that is no transcript names,
where it names it as the subject of a verb in the present tense. The same for "our" before a
publication ("Our Harbour Practice Guide ..."). Whole invented pages through the trained
pipeline, with near misses that must find nothing."""

from __future__ import annotations

import pytest

from helpers import text_relations


def _roles(extractor, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(s, t) for s, r, t in text_relations(extractor, text) if r == "ROLE_AT"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post before the name, the body the subject of a verb in the present tense
        ("Reflections on the Kestrel Review\n\n"
         "Our chief executive Jane Porter reflects on the review published on 23 May 2022.\n\n"
         "I wanted to address points made on our role as regulator. Harbour Trust sets the standards "
         "for the profession.\n",
         {("Jane Porter", "Harbour Trust")}),
        # a deputy's post, the body the subject of a verb in the present tense
        ("As we launch two evaluations, our Deputy Chief Executive Jane Porter reflects on our journey.\n\n"
         "Harbour Trust is committed to ensuring that families receive support.\n",
         {("Jane Porter", "Harbour Trust")}),
        # the post and the name between commas
        ("The following post has reflections on the review from our Chief Executive, Tom Reed.\n\n"
         "Westshire Network believes that carers need better terms.\n",
         {("Tom Reed", "Westshire Network")}),
    ],
)
def test_our_post_is_held_at_the_pages_own_body(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _roles(extractor, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the page's one body is named only in the post's own sentence, as another's
        "Our chief executive Jane Porter met the Harbour Office on Monday.\n",
        # the one body is named only in the past tense
        "Our chief executive Jane Porter reflects on the week.\n\nLast year Harbour Trust published a report.\n",
        # the one body is named only beside the page's "we", as a place or a partner
        ("Our chief executive Jane Porter reflects on the week.\n\n"
         "On Monday we held an event in the Harbour Assembly with carers to mark the campaign.\n"),
        # two bodies and no voice: which is "ours" is not said
        ("Our chief executive Jane Porter reflects on the review.\n\n"
         "Harbour Trust is committed to support. Westshire College is committed to research.\n"),
        # a counted plural post: a group's posts the page speaks about, not one of its own body
        ("Jane Porter spoke at the meeting alongside our two co-chairs, Tom Reed MP and Ann Lee MP.\n\n"
         "Harbour Trust is committed to ensuring that families receive support.\n"),
        # "our" inside a quotation is the speaker's, not the page's
        ("Tom Reed said: \u201cOur chief executive Jane Porter will lead the work.\u201d\n\n"
         "Harbour Trust is committed to ensuring that families receive support.\n"),
    ],
)
def test_our_post_near_misses(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert _roles(extractor, text) == set()


# --- "our <publication>": the page's own body wrote it (authored-possessive), on the same evidence

def _authored(extractor, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(s, t) for s, r, t in text_relations(extractor, text) if r == "AUTHORED"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        ("Setting the standard\n\nOur Harbour Practice Guide, which was the first of its kind, brought together "
         "the strongest evidence on outcomes.\n\nHarbour Trust is committed to ensuring that families receive support.\n"),
        ("Our recent Harbour Practice Guide brought together the strongest evidence on outcomes.\n\n"
         "Harbour Trust is committed to ensuring that families receive support.\n"),
    ],
)
def test_our_publication_is_the_pages_own_bodys(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert _authored(extractor, text) == {("Harbour Trust", "Harbour Practice Guide")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the page's one body is named only in the past tense and never beside "we"
        ("Our chief executive met the minister to discuss our Harbour Practice Guide.\n\n"
         "Last year the Harbour Office published a report.\n"),
        # two bodies and no voice
        ("Our recent Harbour Practice Guide brought together the evidence.\n\n"
         "Harbour Trust is committed to support. Westshire College is committed to research.\n"),
    ],
)
def test_our_publication_near_misses(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert _authored(extractor, text) == set()
