"""Contributions to a text and commissions of one (session 12): evidence, support or input given
to a review, a bill or an inquiry, or on it, is a contribution (CONTRIBUTED_TO), wherever the
parser hangs the "to" ("gave evidence to the committee scrutinising Y": a "dative"); a body's
text whose name makes it another's work ("its Independent Review of Y") is one the body
commissioned, not wrote. Hand-built parses for the shapes, invented pages through the trained
pipeline for the variants, and near misses that must not change."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import ORGANISATION, PERSON, PUBLICATION
from helpers import assert_page_relations, relations_found, text_relations
from helpers import hand_parse as parse


def _evidence_doc(vocab, noun: str, to_dep: str):  # type: ignore[no-untyped-def]
    # "Jane Porter gave <noun> to the committee scrutinising the Harbour Bill ."
    rows = [
        ("Jane", 1, "compound", "PROPN", "Jane"),
        ("Porter", 2, "nsubj", "PROPN", "Porter"),
        ("gave", 2, "ROOT", "VERB", "give"),
        (noun, 2, "dobj", "NOUN", noun),
        ("to", 2, to_dep, "ADP", "to"),
        ("the", 6, "det", "DET", "the"),
        ("committee", 4, "pobj", "NOUN", "committee"),
        ("scrutinising", 6, "acl", "VERB", "scrutinise"),
        ("the", 10, "det", "DET", "the"),
        ("Harbour", 10, "compound", "PROPN", "Harbour"),
        ("Bill", 7, "dobj", "PROPN", "Bill"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    return parse(vocab, rows), [(0, 2, PERSON), (9, 11, PUBLICATION)]


@pytest.mark.parametrize("to_dep", ["dative", "prep"])
def test_evidence_given_to_the_committee_scrutinising_a_bill_contributes_to_it(vocab, schema, to_dep) -> None:  # type: ignore[no-untyped-def]
    doc, names = _evidence_doc(vocab, "evidence", to_dep)
    assert ("Jane Porter", "CONTRIBUTED_TO", "Harbour Bill") in relations_found(doc, names, schema)


def test_a_speech_given_to_that_committee_contributes_nothing(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _evidence_doc(vocab, "speech", "dative")
    assert not any(r == "CONTRIBUTED_TO" for _, r, _ in relations_found(doc, names, schema))


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Harbour Trust gave evidence on the Westshire Families Bill to MPs on Tuesday.\n",
     ("Harbour Trust", "CONTRIBUTED_TO", "Westshire Families Bill"),
     ("Harbour Trust", "RESPONDED_TO", "Westshire Families Bill")),
    ("The Kestrel Network provided independent research support to the Westshire Care Review.\n",
     ("Kestrel Network", "CONTRIBUTED_TO", "Westshire Care Review"), None),
    ("Last year Harbour Trust submitted evidence to the Westshire Care Review.\n",
     ("Harbour Trust", "CONTRIBUTED_TO", "Westshire Care Review"), None),
])
def test_invented_pages(extractor, text, expected, absent) -> None:  # type: ignore[no-untyped-def]
    assert_page_relations(extractor, text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # support for families or for a programme is no contribution to a text
    "The Kestrel Network provided support to families in Westshire.\n",
    "Westshire Council provided support to the Tern Programme.\n",
    # a text that looks at something responds to nothing; nor does looking after or for someone
    "The Westshire Care Review looks at the Tern Programme in detail.\n",
    "Sam Hill looks after his grandchildren while the Westshire Care Review goes on.\n",
])
def test_invented_near_misses(extractor, text) -> None:  # type: ignore[no-untyped-def]
    rels = text_relations(extractor, text)
    assert not any(r in ("CONTRIBUTED_TO", "RESPONDED_TO") for _, r, _ in rels)


# --- a body's text named as another's work ("its Independent Review") is one it commissioned


def _owned_doc(vocab, first_word: str):  # type: ignore[no-untyped-def]
    # "The Harbour Office 's <first_word> Review of Family Care began ."
    # the owned name is tokens 4..9: "<first_word> Review of Family Care"
    rows = [
        ("The", 2, "det", "DET", "the"),
        ("Harbour", 2, "compound", "PROPN", "Harbour"),
        ("Office", 5, "poss", "PROPN", "Office"),
        ("'s", 2, "case", "PART", "'s"),
        (first_word, 5, "compound", "PROPN", first_word),
        ("Review", 9, "nsubj", "PROPN", "Review"),
        ("of", 5, "prep", "ADP", "of"),
        ("Family", 8, "compound", "PROPN", "Family"),
        ("Care", 6, "pobj", "PROPN", "Care"),
        ("began", 9, "ROOT", "VERB", "begin"),
        (".", 9, "punct", "PUNCT", "."),
    ]
    return parse(vocab, rows), [(1, 3, ORGANISATION), (4, 9, PUBLICATION)]


def test_a_bodys_independent_review_is_one_it_commissioned(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _owned_doc(vocab, "Independent")
    rels = relations_found(doc, names, schema)
    assert ("Harbour Office", "COMMISSIONED", "Independent Review of Family Care") in rels
    assert ("Harbour Office", "AUTHORED", "Independent Review of Family Care") not in rels


def test_a_bodys_own_review_is_still_one_it_wrote(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _owned_doc(vocab, "Annual")
    rels = relations_found(doc, names, schema)
    assert ("Harbour Office", "AUTHORED", "Annual Review of Family Care") in rels
    assert not any(r == "COMMISSIONED" for _, r, _ in rels)


@pytest.mark.model
def test_its_independent_review_is_commissioned_and_its_strategy_written(extractor) -> None:  # type: ignore[no-untyped-def]
    rels = text_relations(extractor, "The Harbour Office announced its Independent Review of Family Care in January. "
                                     "The Kestrel Council published its Westshire Families Strategy in May.\n")
    assert ("Harbour Office", "COMMISSIONED", "Independent Review of Family Care") in rels
    assert ("Harbour Office", "AUTHORED", "Independent Review of Family Care") not in rels
    assert ("Kestrel Council", "AUTHORED", "Westshire Families Strategy") in rels
