"""A verb of writing, the noun of a text right after it and a title in quotation marks right after
the noun: "X has published (20 May) a new report, 'Y'", "X published a report this month 'Y'" (past
a bracket, an article and modifiers before the noun; a comma, an article or a phrase of time
before the quotation mark), read in text order because the parser hangs such titles anywhere (and
may end the sentence at the bracket). Whole invented sentences through the trained pipeline, with
near misses that find nothing."""

from __future__ import annotations

import pytest

from helpers import text_relations


def _authored(extractor, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(s, t) for s, r, t in text_relations(extractor, text) if r == "AUTHORED"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date in brackets after the verb, the parser ending the sentence there
        ("The Harbour Commissioner for Westshire has published (20 October) a new report, "
         "'The Harbour Plan: Safe Ports', highlighting the work.\n",
         {("Harbour Commissioner for Westshire", "Harbour Plan: Safe Ports")}),
        # a phrase of time between the noun and the quotation mark
        ("The Harbour Trust also recently published a report this month 'Lost in the Harbour Maze' detailing "
         "how advice could be expanded.\n",
         {("Harbour Trust", "Lost in the Harbour Maze")}),
    ],
)
def test_a_quoted_title_after_the_verbs_noun_of_a_text_is_written_by_the_subject(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _authored(extractor, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a name after a preposition: the report's topic, not its title
        "The Harbour Trust published a report on 'Lost in the Harbour Maze' detailing how advice could be expanded.\n",
        # no quotation mark before the name
        "The Harbour Trust published a report this month, Lost in the Harbour Maze responded quickly.\n",
    ],
)
def test_no_quoted_title_right_after_the_noun(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Harbour Trust", "Lost in the Harbour Maze") not in _authored(extractor, text)
