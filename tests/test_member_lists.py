"""Member lists (issue 15): "the Harbour Alliance, comprising A, B and C", "the Y Coalition -
consisting of A and B", "Y is made up of A and B": each member body is PART_OF the body it
makes up (the members of a programme run it instead). Names are invented."""

from __future__ import annotations

import pytest

from helpers import text_relations

_MEMBERS = {"Westshire Trust", "Eastborough Foundation", "Kestrel Care"}


def part_of(extractor, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in text_relations(extractor, text) if r == "PART_OF"}


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    # a participle clause after a comma
    "The Harbour Alliance, comprising the Westshire Trust, Kestrel Care and the Eastborough Foundation, "
    "has released new figures.",
    # after a dash (which the parser reads as the participle modifying the first member)
    "The Harbour Alliance - comprising the Westshire Trust, Kestrel Care and the Eastborough Foundation - "
    "also issued a statement.",
    # with "of"
    "The Harbour Alliance, consisting of Westshire Trust, Kestrel Care and the Eastborough Foundation, "
    "has released the figures to highlight the rise.",
    "The Harbour Alliance is made up of the Westshire Trust, Kestrel Care and the Eastborough Foundation.",
])
def test_the_members_a_body_comprises_are_part_of_it(extractor, sentence):
    assert part_of(extractor, sentence + "\n") >= {(m, "Harbour Alliance") for m in _MEMBERS}


@pytest.mark.model
def test_a_body_comprising_no_named_bodies_has_no_parts(extractor):
    text = "The Harbour Alliance, comprising three working groups, met the Westshire Trust in May.\n"
    assert part_of(extractor, text) == set()


@pytest.mark.model
def test_a_member_of_a_trailing_participles_list_is_no_subject(extractor):
    # (the parser hangs "consisting" on "come" and reads "Kestrel Care" apart: no member is
    # taken for the body the others make up)
    text = ("The figures come from the Harbour Alliance, consisting of the Westshire Trust, Kestrel Care "
            "and the Eastborough Foundation.\n")
    assert not {(s, t) for s, t in part_of(extractor, text) if t in _MEMBERS}


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    # (the participle after ", " on the main verb, whose subject comes first: the group named right
    # before the participle is the whole, never the main clause's subject)
    "The Harbour Trust works with the Harbour Alliance, comprising the Westshire Trust, Kestrel Care "
    "and the Eastborough Foundation.",
    "The Harbour Trust met the Harbour Alliance, comprising the Westshire Trust, Kestrel Care "
    "and the Eastborough Foundation.",
    "The Harbour Trust works with the Harbour Alliance, consisting of Westshire Trust, Kestrel Care "
    "and the Eastborough Foundation.",
    "The Harbour Trust met the Harbour Alliance, consisting of Westshire Trust, Kestrel Care "
    "and the Eastborough Foundation.",
])
def test_the_group_named_before_a_trailing_participle_is_the_whole(extractor, sentence):
    parts = part_of(extractor, sentence + "\n")
    assert parts >= {(m, "Harbour Alliance") for m in _MEMBERS}
    assert not {(s, t) for s, t in parts if t == "Harbour Trust"}


@pytest.mark.model
def test_a_participle_of_action_after_a_name_keeps_the_main_verbs_subject(extractor):
    # (only a participle of what a body is made of describes the name before its comma: one of
    # action there is the main subject's, "X wrote to Y, welcoming Z" is X's welcome)
    rels = text_relations(extractor, "The Harbour Trust wrote to Westshire Council, welcoming the Kestrel Pilot.\n")
    assert ("Westshire Council", "SUPPORTS", "Kestrel Pilot") not in rels
