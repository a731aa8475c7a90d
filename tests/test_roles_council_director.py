"""The director of a local authority's children's services (the statutory post every council in
England has, under its local titles) is a council's post, as a councillor's is: on a page naming
one local council and no other body in the person's sentence, it is at that council, whether the
post follows the name after a comma or in brackets, and whether or not the brackets wrap onto the
next line as minutes set in short lines do. A page naming two councils, or a sentence naming
another body, gives no council. Whole invented pages through the trained pipeline."""

from __future__ import annotations

import pytest

from helpers import role_pairs

_MINUTES = ("Minutes of the Westshire County Council cabinet\n\n"
            "The cabinet considered a report on foster carers in Westshire.\n\n")


@pytest.mark.model
@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe, Director of Children's Services, introduced the report.",
        "Jane Doe (Director for Children's Services) added that carers were valued.",
        "Jane Doe (Director\nfor Children's Services) added that carers were valued.",
        "Jane Doe, Corporate Director for Children, Families and Education, said the plan was sound.",
    ],
)
def test_the_director_of_childrens_services_is_at_the_pages_one_council(extractor, line) -> None:  # type: ignore[no-untyped-def]
    assert ("Jane Doe", "Westshire County Council") in role_pairs(extractor, _MINUTES + line + "\n")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # two councils: whose director is not said
        ("Two new hubs for foster carers\n\nFoster carers living in Westshire or in Eastborough will get new hubs this year. "
         "Westshire County Council and Eastborough City Council will each run one.\n\n"
         "Jane Doe, Director of Children's Services, said the hub would open in May.\n"),
        # the sentence names another body: the post may be there
        (_MINUTES + "Jane Doe, Director of Children's Services at the Harbour Trust, said it mattered.\n"),
    ],
)
def test_no_council_where_the_page_or_sentence_names_another_body(extractor, text) -> None:  # type: ignore[no-untyped-def]
    roles = role_pairs(extractor, text)
    assert ("Jane Doe", "Westshire County Council") not in roles
    assert ("Jane Doe", "Eastborough City Council") not in roles


@pytest.mark.model
def test_a_bracket_holds_a_wrapped_line_but_not_a_blank_one(nlp) -> None:  # type: ignore[no-untyped-def]
    from caregraph.extract.relations.kinds.roles import bracketed_after

    doc = nlp("Jane Doe (Director\nfor Care) added this.\n\nTom Roe (Director\n\nof Care) added that.")
    inside = bracketed_after(doc[0:2])
    assert inside is not None and " ".join(inside.text.split()) == "Director for Care"
    tom = next(t.i for t in doc if t.text == "Tom")
    assert bracketed_after(doc[tom : tom + 2]) is None
