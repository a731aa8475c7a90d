"""Texts that answer a list of others: a programme's answer read in text order as a
publication's is (ALIGNS_WITH each listed text), and "It" after a sentence whose subject is a
definite description of the page's one text ("The strategy was published in May. It responds
to ...")."""

from __future__ import annotations

import pytest

from helpers import text_relations as relations

_PROGRAMME = (
    "The Harbour Pathfinder was announced in May as part of the government's coastal care strategy.\n\n"
    "It responds to recommendations from the Independent review of coastal care, the Westshire Practice "
    "Review Panel report on child protection in Eastborough and the Northby Markets Authority's market "
    "study of coastal care provision. The pathfinder will test delivery of key strategy commitments."
)

_DESCRIBED = (
    "The Westshire Office has published its strategy on coastal care, the Harbour Families Plan. "
    "The strategy was published on 2nd February.  It responds to the recommendations made by the "
    "Independent Review of Coastal Care and also to the Eastborough Practice Review Panel report into "
    "the harbour floods."
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser reads the second title's "report" as the sentence's verb: the names are read in order
        (_PROGRAMME, {
            ("Harbour Pathfinder", "ALIGNS_WITH",
             "Westshire Practice Review Panel report on child protection in Eastborough"),
            ("Harbour Pathfinder", "ALIGNS_WITH",
             "Northby Markets Authority's market study of coastal care provision"),
        }),
        # "The strategy" is the Plan the page called a strategy in apposition; "It" continues it
        (_DESCRIBED, {
            ("Harbour Families Plan", "RESPONDED_TO", "Independent Review of Coastal Care"),
            ("Harbour Families Plan", "RESPONDED_TO",
             "Eastborough Practice Review Panel report into the harbour floods"),
        }),
    ],
)
def test_an_answer_to_a_list_of_texts_relates_to_each(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected <= relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a description with no one referent (two plans named): "It" stands for nothing
        "The Westshire Office has published two plans, the Harbour Families Plan and the Dune Homes Plan. "
        "The plan was published on 2nd February.  It responds to the recommendations made by the "
        "Independent Review of Coastal Care and also to the Eastborough Practice Review Panel report into "
        "the harbour floods.",
        # a programme's answer negated
        "The Harbour Pathfinder was announced in May.\n\nIt does not respond to recommendations from the "
        "Westshire Practice Review Panel report on child protection in Eastborough and the Northby Markets "
        "Authority's market study of coastal care provision.",
    ],
)
def test_no_answer_without_one_referent_or_when_negated(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(rel in ("RESPONDED_TO", "ALIGNS_WITH") for _, rel, _ in relations(extractor, text))
