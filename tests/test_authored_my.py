"""A person's "my report 'Y'" (issue 15): the byline author or the quotation's speaker wrote Y;
never "X's report" or "his report" for a person, whose owner may only have led it. Names,
places and titles are invented."""

from __future__ import annotations

import pytest

from helpers import text_relations


def authored(extractor, text: str) -> set[tuple[str, str, str]]:
    return {r for r in text_relations(extractor, text) if r[1] == "AUTHORED"}


@pytest.mark.model
def test_a_byline_authors_my_report_is_hers(extractor):
    text = ("Care at home\n\nJane Smith\nThursday, May 25, 2023\n\n"
            "As I set out in my report 'Homes for Westshire', families need more help.\n")
    assert authored(extractor, text) == {("Jane Smith", "AUTHORED", "Homes for Westshire")}


@pytest.mark.model
def test_a_speakers_my_report_is_hers(extractor):
    text = ("Care at home\n\nThursday, May 25, 2023\n\n\"As I set out in my report 'Homes for Westshire', "
            "families need more help,\" said Jane Porter, the chair of the Harbour Trust.\n")
    assert ("Jane Porter", "AUTHORED", "Homes for Westshire") in authored(extractor, text)


@pytest.mark.model
def test_a_persons_possessive_or_his_report_is_not_authorship(extractor):
    text = ("Care at home\n\nThursday, May 25, 2023\n\n"
            "Jane Porter's report 'Homes for Westshire' was published. His report 'Fair Futures' followed.\n")
    assert not {r for r in authored(extractor, text) if r[0] == "Jane Porter"}
