"""Short surname references in a list of people ("Cllrs Doe and Roe welcomed Y") resolve to the
one person of the page whose full name ends in each, so each gets their edge; a surname two
people of the page share, or a list with a member that is no person, names nobody
(relations/context.py, Context._listed_surname)."""

from __future__ import annotations

from helpers import hand_parse, relations_found


def _rows(first: str, second: str) -> list[tuple[str, int, str, str, str, str]]:
    """ "<first> and <second> spoke . Cllrs Doe and Roe welcomed the Harbour Kinship Strategy ." """
    a1, a2 = first.split()
    b1, b2 = second.split()
    return [
        (a1, 1, "compound", "PROPN", "NNP", a1),
        (a2, 5, "nsubj", "PROPN", "NNP", a2),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        (b1, 4, "compound", "PROPN", "NNP", b1),
        (b2, 1, "conj", "PROPN", "NNP", b2),
        ("spoke", 5, "ROOT", "VERB", "VBD", "speak"),
        (".", 5, "punct", "PUNCT", ".", "."),
        ("Cllrs", 8, "compound", "PROPN", "NNP", "Cllrs"),
        ("Doe", 11, "nsubj", "PROPN", "NNP", "Doe"),
        ("and", 8, "cc", "CCONJ", "CC", "and"),
        ("Roe", 8, "conj", "PROPN", "NNP", "Roe"),
        ("welcomed", 11, "ROOT", "VERB", "VBD", "welcome"),
        ("the", 15, "det", "DET", "DT", "the"),
        ("Harbour", 15, "compound", "PROPN", "NNP", "Harbour"),
        ("Kinship", 15, "compound", "PROPN", "NNP", "Kinship"),
        ("Strategy", 11, "dobj", "PROPN", "NNP", "Strategy"),
        (".", 11, "punct", "PUNCT", ".", "."),
    ]


NAMES = [(0, 2, "Person"), (3, 5, "Person"), (13, 16, "Publication")]


def test_each_surname_in_a_list_gets_its_persons_edge(vocab, schema) -> None:
    found = relations_found(hand_parse(vocab, _rows("Jane Doe", "Mark Roe")), NAMES, schema)
    assert ("Jane Doe", "SUPPORTS", "Harbour Kinship Strategy") in found
    assert ("Mark Roe", "SUPPORTS", "Harbour Kinship Strategy") in found


def test_a_surname_two_people_share_names_neither(vocab, schema) -> None:
    """"Jane Doe and Mark Doe ... Cllrs Doe and Roe": which Doe is unknown, and Roe is nobody."""
    found = relations_found(hand_parse(vocab, _rows("Jane Doe", "Mark Doe")), NAMES, schema)
    assert not any(source.endswith("Doe") for source, _, _ in found)


def test_a_list_with_a_member_that_is_no_person_names_nobody(vocab, schema) -> None:
    """"Harbour Trust and Mark Roe ... Doe and Roe": with "Roe" a list member's surname only."""
    rows = _rows("Harbour Trust", "Mark Roe")
    names = [(0, 2, "Organisation"), (3, 5, "Person"), (8, 9, "Organisation"), (13, 16, "Publication")]
    found = relations_found(hand_parse(vocab, rows), names, schema)
    assert ("Mark Roe", "SUPPORTS", "Harbour Kinship Strategy") not in found
