"""A post on a unit that a body owns by a possessive ("member of the Harbour Office's youth board",
"chair of the Harbour Trust's (HT) Youth Board") is a post on the unit, the most specific body,
and at its owner too (kinds/roles: `_owned_unit` where the parser hangs the unit's name inside
the owner's, and `segment_after` / `_possessor_of` past the owner's bracketed acronym). Invented
names: a hand-built parse, and whole sentences through the trained pipeline."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import ORGANISATION, PERSON
from helpers import hand_parse as parse
from helpers import relations_found as found
from helpers import role_pairs

# "Jane Doe is a member of the Department for Harbours 's youth board ." with the unit's name hung
# under "for" inside the owner's name, as the parser reads such a possessive
_MISPARSED = [
    ("Jane", 1, "compound", "PROPN", "NNP", "Jane"),
    ("Doe", 2, "nsubj", "PROPN", "NNP", "Doe"),
    ("is", 2, "ROOT", "AUX", "VBZ", "be"),
    ("a", 4, "det", "DET", "DT", "a"),
    ("member", 2, "attr", "NOUN", "NN", "member"),
    ("of", 4, "prep", "ADP", "IN", "of"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("Department", 5, "pobj", "PROPN", "NNP", "Department"),
    ("for", 7, "prep", "ADP", "IN", "for"),
    ("Harbours", 12, "poss", "PROPN", "NNP", "Harbours"),
    ("'s", 9, "case", "PART", "POS", "'s"),
    ("youth", 12, "compound", "NOUN", "NN", "youth"),
    ("board", 8, "pobj", "NOUN", "NN", "board"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("unit_end", "expected", "absent"),
    [
        # the unit is a name of the document: the post is on it, and at its owner
        (13, {"youth board", "Department for Harbours"}, set()),
        # no unit named: the owner alone, as before
        (None, {"Department for Harbours"}, {"youth board"}),
    ],
)
def test_a_post_on_an_owned_unit_the_parser_hangs_inside_the_owner(vocab, schema, unit_end, expected, absent) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _MISPARSED)
    names = [(0, 2, PERSON), (7, 10, ORGANISATION)] + ([(11, unit_end, ORGANISATION)] if unit_end else [])
    bodies = {o for s, r, o in found(doc, names, schema) if s == "Jane Doe" and r == "ROLE_AT"}
    assert expected <= bodies
    assert not (absent & bodies)


@pytest.mark.model
@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_post_on_a_unit_after_its_owners_bracketed_acronym(extractor, apostrophe) -> None:  # type: ignore[no-untyped-def]
    text = ("Westshire families will get new hubs from April.\n\n"
            f"Cllr Jane Doe, chair of the Harbour Trust{apostrophe}s (HT) Youth Board, welcomed the announcement.\n")
    roles = role_pairs(extractor, text)
    assert ("Jane Doe", "Youth Board") in roles
    assert ("Jane Doe", "Harbour Trust") in roles


@pytest.mark.model
def test_no_owned_unit_across_and(extractor) -> None:  # type: ignore[no-untyped-def]
    # the unit the possessive names is the fund; the council after "and" is no unit of the trust
    roles = role_pairs(extractor, "Jane Doe is a trustee of the Harbour Trust's youth fund and Westshire Council.\n")
    assert ("Jane Doe", "Westshire Council") not in roles
