"""PART_OF by a body named as it is formed: "an agency with A and B, which would be known as Y", "a
shared service arrangement with A, B and C. The new agency to be known as Y" (relations/kinds/partners.py,
`named_group`). Invented sentences through the trained pipeline, each with a near miss that must not fire."""

from __future__ import annotations

import pytest

from helpers import text_relations as relations

_MEMBERS = ("Westshire County Council", "Eastby Borough Council")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "formed"),
    [
        # the "with" phrase and the naming in one sentence
        ("The report set out plans for the creation of a new agency with Westshire County Council and Eastby "
         "Borough Council, which would be known as Harbour Adoption Partnership.", True),
        # the naming in the next sentence, of a definite noun of grouping
        ("Cabinet agreed to join a shared service arrangement with Westshire County Council and Eastby Borough "
         "Council. The new agency to be known as Harbour Adoption Partnership.", True),
        # a verb of agreeing with bodies is no grouping of them
        ("The report agreed with Westshire County Council and Eastby Borough Council, which would be known as "
         "Harbour Adoption Partnership.", False),
        # an indefinite noun in the next sentence does not take up the list before it
        ("Cabinet agreed to join a shared service arrangement with Westshire County Council and Eastby Borough "
         "Council. A new agency to be known as Harbour Adoption Partnership was set up elsewhere.", False),
        # a naming denied
        ("The report set out plans for a new agency with Westshire County Council and Eastby Borough Council, "
         "which would not be known as Harbour Adoption Partnership.", False),
    ],
)
def test_partners_of_a_body_named_as_it_is_formed_are_part_of_it(extractor, text, formed) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, text)
    expected = {(member, "PART_OF", "Harbour Adoption Partnership") for member in _MEMBERS}
    assert (expected <= found) is formed
    if not formed:
        assert not any(rel == "PART_OF" and source in _MEMBERS for source, rel, _target in found)
