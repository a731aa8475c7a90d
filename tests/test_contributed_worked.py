"""Work done with a text (issue 15): "X worked with the Y Review's research team" and "X
collaborated with the Y Review" are contributions to Y; working with a body is none. A byline
with its writer's post ("Jane Smith, director of research, the Harbour Trust") names the
page's "I", a sentence opening with a name does not. Names and titles are invented."""

from __future__ import annotations

import pytest

from helpers import text_relations


def contributed(extractor, text: str) -> set[tuple[str, str, str]]:
    return {r for r in text_relations(extractor, text) if r[1] == "CONTRIBUTED_TO"}


@pytest.mark.model
def test_working_with_a_reviews_team_contributes_to_it(extractor):
    text = ("The Harbour Review of Family Care was published in May.\n\n"
            "Jane Doe, director of the Westshire Trust, worked with the Harbour Review of Family Care "
            "research team in 2021.\n")
    assert ("Jane Doe", "CONTRIBUTED_TO", "Harbour Review of Family Care") in contributed(extractor, text)


@pytest.mark.model
def test_working_with_a_body_is_no_contribution(extractor):
    text = ("Jane Doe, director of the Westshire Trust, worked with the Eastborough Council on a new "
            "service in 2021.\n")
    assert contributed(extractor, text) == set()


@pytest.mark.model
def test_a_byline_with_a_post_names_the_pages_i(extractor):
    text = ("How the review used research\n\nJane Smith, director of research, Westshire Care Trust\n"
            "Thursday, May 25, 2023\n\n"
            "In 2021 I first started working with the Harbour Review of Family Care research team, "
            "just as the review launched.\n")
    assert ("Jane Smith", "CONTRIBUTED_TO", "Harbour Review of Family Care") in contributed(extractor, text)


@pytest.mark.model
def test_a_sentence_opening_with_a_name_is_no_byline(extractor):
    text = ("How the review used research\n\nJane Smith, director of research, said the work mattered\n"
            "Thursday, May 25, 2023\n\n"
            "In 2021 I first started working with the Harbour Review of Family Care research team, "
            "just as the review launched.\n")
    assert not {r for r in contributed(extractor, text) if r[0] == "Jane Smith"}
