"""Stance and attribution shapes of session 7 (issue 15), found on real pages without gold:
a quotation's subject that describes another kind of text than the page's one publication
("This cross-party report" is no "Spending Review"). Invented sentences and names, each with
near misses. They use the trained pipeline (the rules read its parse)."""

from __future__ import annotations

import pytest

from helpers import text_relations

pytestmark = pytest.mark.model


relations = text_relations


# --- the speech kind: what a quotation's subject describes


def test_a_quotation_about_another_kind_of_text_is_no_response_to_the_pages_publication(extractor):
    text = ("The Westshire Spending Review was published on Monday.\n\nJane Porter, director of the Harbour "
            "Trust, said:\n\n\u201cThis cross-party report shows the strain on family services across the county.\u201d")
    assert ("Jane Porter", "RESPONDED_TO", "Westshire Spending Review") not in relations(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the description has the publication's own head noun
        ("The Northshire Annual Report 2024 was published on Monday.\n\nJane Porter, director of the Harbour "
         "Trust, said:\n\n\u201cThis report shows the strain on family services across the county.\u201d",
         ("Jane Porter", "RESPONDED_TO", "Northshire Annual Report 2024")),
        # "legislation" stands for a bill (relations.yaml reference_heads)
        ("The Families and Schools Bill was introduced in the House of Commons on Monday.\n\nJane Porter, director "
         "of the Harbour Trust, said:\n\n\u201cThis legislation is a turning point for families across the county.\u201d",
         ("Jane Porter", "RESPONDED_TO", "Families and Schools Bill")),
        # a name that tells no kind of text may be "the strategy"
        ("The Government published its strategy, Brighter Futures Together, on Monday.\n\nJane Porter, director of "
         "the Harbour Trust, said:\n\n\u201cThe strategy is a turning point for families across the county.\u201d",
         ("Jane Porter", "RESPONDED_TO", "Brighter Futures Together")),
        # the publication named
        ("Jane Porter, director of the Harbour Trust, said the Westshire Spending Review showed the strain on "
         "family services.", ("Jane Porter", "RESPONDED_TO", "Westshire Spending Review")),
    ],
)
def test_a_quotation_about_the_publication_itself_is_a_response(extractor, text, expected):
    assert expected in relations(extractor, text)


# --- a response named as a title, beside the body whose text it is


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title line: the publication's name, a dash, the body's name and the noun
        ("Westshire Review of Family Support - Harbour Trust full response\nIn May 2024 the Westshire Review of "
         "Family Support set out a new policy landscape for children's services.",
         ("Harbour Trust", "RESPONDED_TO", "Westshire Review of Family Support")),
        # a title run on after the body named as the text's author
        ("That this House takes note of the Report from the Regional Services Committee A response to the "
         "Westshire Care Strategy (3rd Report, HL Paper 99).",
         ("Regional Services Committee", "RESPONDED_TO", "Westshire Care Strategy")),
    ],
)
def test_a_titled_response_responds_for_the_body_named_beside_it(extractor, text, expected):
    assert expected in relations(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other way round: the body's name, the noun, a colon and the publication's name
        ("Harbour Trust response: Westshire Review of Family Support\n\nResponding to the Westshire Review of "
         "Family Support, Jane Porter, director of the Harbour Trust, said the review was published on Monday.",
         ("Harbour Trust", "RESPONDED_TO", "Westshire Review of Family Support")),
        ("Harbour Trust initial response: Westshire Review of Family Support\n\nThe Westshire Review of Family "
         "Support was published on Monday.",
         ("Harbour Trust", "RESPONDED_TO", "Westshire Review of Family Support")),
    ],
)
def test_a_title_of_body_response_colon_publication_responds_for_the_body(extractor, text, expected):
    assert expected in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # no body's name before the noun
        "Our response: Westshire Review of Family Support\n\nThe Westshire Review of Family Support was published "
        "on Monday.",
        # something else after the publication's name on the line
        "Harbour Trust response: Westshire Review of Family Support and what comes next\n\nThe Westshire Review "
        "of Family Support was published on Monday.",
        # the colon not right after the noun
        "Harbour Trust response to families: Westshire Review of Family Support\n\nThe Westshire Review of Family "
        "Support was published on Monday.",
    ],
)
def test_no_colon_titled_response_without_that_layout(extractor, text):
    assert ("Harbour Trust", "RESPONDED_TO", "Westshire Review of Family Support") not in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # not a dash: two texts named side by side
        "Westshire Review of Family Support and the Harbour Trust response\nIn May 2024 the Westshire Review of "
        "Family Support set out a new policy landscape for children's services.",
        # a coordinated phrase, no run-on title
        "That this House takes note of the Report from the Regional Services Committee and a response to the "
        "Westshire Care Strategy.",
    ],
)
def test_no_titled_response_without_the_title_layout(extractor, text):
    assert not any(r == "RESPONDED_TO" for _, r, _ in relations(extractor, text))
