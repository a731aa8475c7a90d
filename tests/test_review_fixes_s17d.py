"""The second round's review findings on relations (session 17, fixer d): the attendance line's
fallback and a board's affiliation on its own line, the programme quotation naming it outright
beside a word of harm, someone else's words inside a quotation. Invented pages and names."""

from __future__ import annotations

import pytest

from helpers import text_relations

pytestmark = pytest.mark.model

relations = text_relations


def _seats(extractor, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in relations(extractor, text) if r == "ROLE_AT"}


def test_present_under_another_kind_of_body_takes_no_seat_at_a_board_named_after(extractor):
    text = ("Harbour Trust annual report\nPresent: Jane Porter; Tom Reed\n"
            "The trustees noted the report of the Westshire Safeguarding Board.\n")
    seats = _seats(extractor, text)
    assert ("Jane Porter", "Westshire Safeguarding Board") not in seats
    assert ("Tom Reed", "Westshire Safeguarding Board") not in seats


_TRANSCRIPT = (
    "Harbour Inquiry\n"
    "Oral evidence: Harbour Inquiry\n"
    "Monday 5 May 2024\n"
    "Members present: Baroness Porter of Westby (The Chair); Lord Reed; Baroness Lowe.\n"
    "Witness\n"
    "{witness}\n"
    "Q1 The Chair: Good afternoon and welcome to this evidence session of the Westshire Select Committee.\n"
)


def test_a_board_with_its_representative_after_it_on_its_line_is_an_affiliation(extractor):
    seats = _seats(extractor, _TRANSCRIPT.format(witness="Harbour Safeguarding Board, represented by Omar Farouk."))
    assert ("Lord Reed", "Harbour Safeguarding Board") not in seats
    assert ("Lord Reed", "Westshire Select Committee") in seats


def test_a_board_alone_on_its_line_after_the_members_line_is_their_body(extractor):
    text = ("Harbour Inquiry\nMembers present: Jane Porter (Chair); Tom Reed.\n"
            "Welcome to this meeting of the Westshire Safeguarding Board.\n")
    assert ("Tom Reed", "Westshire Safeguarding Board") in _seats(extractor, text)


_PROGRAMME_PAGE = ("Changes to the Lapwing Carers Allowance\n\nThe Department for Coastal Affairs has set out "
                   "changes to the Lapwing Carers Allowance.\n\nOmar Farouk, chief executive of the Harbour "
                   "Trust, said: \u201c{quote}\u201d")


@pytest.mark.parametrize(
    "quote",
    [
        "These proposals will be potentially devastating for future carers. The Lapwing Carers Allowance "
        "is a lifeline for families across the county.",
        "The changes would be damaging to thousands of families. The Lapwing Carers Allowance helps families "
        "every week.",
    ],
)
def test_a_quotation_naming_the_programme_beside_words_of_harm_is_no_support(extractor, quote):
    found = relations(extractor, _PROGRAMME_PAGE.format(quote=quote))
    assert ("Omar Farouk", "SUPPORTS", "Lapwing Carers Allowance") not in found


def test_a_quotation_naming_the_programme_outright_without_harm_still_supports(extractor):
    text = ("Westshire joins the Harbour Family Hubs Programme\n\nWestshire Council will take part in the "
            "Harbour Family Hubs Programme from April.\n\nCllr Jane Porter, cabinet member for children at "
            "Westshire Council, said: \u201cThe Harbour Family Hubs Programme will give families one place "
            "to turn.\u201d")
    assert ("Jane Porter", "SUPPORTS", "Harbour Family Hubs Programme") in relations(extractor, text)


def test_critics_words_about_the_programme_inside_a_quotation_are_not_the_speakers(extractor):
    text = ("Westshire joins the Harbour Family Hubs Programme\n\nWestshire Council will take part in the "
            "Harbour Family Hubs Programme from April.\n\nCllr Jane Porter, cabinet member for children at "
            "Westshire Council, said: \u201cCritics say the Harbour Family Hubs Programme is a bold step for "
            "the county.\u201d")
    assert ("Jane Porter", "SUPPORTS", "Harbour Family Hubs Programme") not in relations(extractor, text)
