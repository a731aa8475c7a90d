"""A definite description ("the strategy", "the government's strategy") stands for the page's one
publication that a name of that kind denotes, also when the page writes that publication only by
a title of no kind and the kind is in a name the gazetteer knows it by ("Safe Harbours", known as
"Westshire Harbour Strategy"): on a page naming a review too, "the strategy" is the known
strategy, not unresolved among two texts (context.py `salient`). Invented gazetteer entries."""

from __future__ import annotations

import dataclasses

import pytest

from caregraph.core.schema import GazetteerEntry
from helpers import text_relations

_KNOWN_AS_STRATEGY = GazetteerEntry(name="Safe Harbours", type="Publication", aliases=("Westshire Harbour Strategy",),
                                    source="invented")
_KNOWN_BY_TITLE_ONLY = GazetteerEntry(name="Safe Harbours", type="Publication", aliases=(), source="invented")

_PAGE = ("The Harbour Office published Safe Harbours in May, following the Westshire Care Review. "
         "The strategy recommends the Harbour Programme.")
_EDGE = ("Safe Harbours", "RECOMMENDS", "Harbour Programme")


@pytest.mark.model
@pytest.mark.parametrize(("entry", "found"), [
    (_KNOWN_AS_STRATEGY, True),    # known as a strategy: "the strategy" is that text
    (_KNOWN_BY_TITLE_ONLY, False),  # a title of no kind beside a review: two candidates, none chosen
])
def test_a_description_stands_for_the_text_the_gazetteer_knows_by_its_kind(nlp, schema, entry, found) -> None:  # type: ignore[no-untyped-def]
    from caregraph.extract.worker import Extractor

    extractor = Extractor(nlp, dataclasses.replace(schema, gazetteer=schema.gazetteer + (entry,)))
    assert (_EDGE in text_relations(extractor, _PAGE)) is found
