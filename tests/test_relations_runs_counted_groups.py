"""A counted group of places or bodies ("the four authorities", "these five councils") stands for the
names of that many bodies or places named just before it, in its sentence and the three before it
(relations.yaml counted_groups, context.py `counted`): each runs the programme its own sentence
joins. A group noun that fits two types equally ("authorities" after four councils and four
places) stands for nobody. "X successfully bid to join Y" is a realised attempt
(realising_words). Invented names and places; near misses must not fire."""

from __future__ import annotations

import dataclasses

import pytest

from caregraph.core.schema import GazetteerEntry
from caregraph.extract.relations.context import _count
from helpers import hand_parse
from helpers import text_relations as relations

_FOUR = "Westshire Council, Eastborough Council, Northby Council and Southby Council"
_HUB = f"Since 2021 the Harbour Fostering Hub has brought together {_FOUR}.\n\n"
_COUNCILS = {"Westshire Council", "Eastborough Council", "Northby Council", "Southby Council"}
_PLACES = ("Westby", "Eastby", "Northmoor", "Southwick")


def _runs(found, programme: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {s for s, rel, o in found if rel == "RUNS" and o == programme}


@pytest.fixture(scope="module")
def places_extractor(nlp, schema):  # type: ignore[no-untyped-def]
    """The repository's schema with four invented places in its gazetteer."""
    from caregraph.extract.worker import Extractor

    places = tuple(GazetteerEntry(name=p, type="Place", aliases=(), source="invented") for p in _PLACES)
    return Extractor(nlp, dataclasses.replace(schema, gazetteer=schema.gazetteer + places))


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The four authorities joined the Harbour Fostering Programme last year.",
        "The 4 authorities joined the Harbour Fostering Programme last year.",
        "The four authorities successfully bid last year to join the Harbour Fostering Programme.",
    ],
)
def test_a_counted_group_of_authorities_stands_for_the_bodies_listed_before(extractor, sentence) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, _HUB + sentence + "\n")
    assert _runs(found, "Harbour Fostering Programme") == _COUNCILS


@pytest.mark.model
def test_a_count_above_four_is_read(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Since 2021 the Harbour Fostering Hub has brought together Westshire Council, Eastborough Council, "
            "Northby Council, Southby Council and Midtown Council.\n\n"
            "The five councils joined the Harbour Fostering Programme last year.\n")
    assert _runs(relations(extractor, text), "Harbour Fostering Programme") == _COUNCILS | {"Midtown Council"}


@pytest.mark.model
def test_a_counted_group_of_authorities_stands_for_the_places_listed_before(places_extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Foster carers are in short supply in Westby, Eastby, Northmoor and Southwick.\n\n"
            "The four authorities joined the Harbour Fostering Programme last year.\n")
    assert _runs(relations(places_extractor, text), "Harbour Fostering Programme") == set(_PLACES)


@pytest.mark.model
def test_a_group_noun_that_fits_bodies_and_places_alike_stands_for_nobody(places_extractor) -> None:  # type: ignore[no-untyped-def]
    text = (f"Since 2021 {_FOUR} have met each month.\n\n"
            "Foster carers are in short supply in Westby, Eastby, Northmoor and Southwick.\n\n"
            "The four authorities joined the Harbour Fostering Programme last year.\n")
    assert _runs(relations(places_extractor, text), "Harbour Fostering Programme") == set()


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # three bodies named, four counted: the group stands for nobody
        "Since 2021 the Harbour Fostering Hub has brought together Westshire Council, Eastborough Council and "
        "Northby Council.\n\nThe four authorities joined the Harbour Fostering Programme last year.\n",
        # an attempt not said to have succeeded
        _HUB + "The four authorities bid last year to join the Harbour Fostering Programme.\n",
        # no count: "the authorities" is not a counted group
        _HUB + "The authorities joined the Harbour Fostering Programme last year.\n",
        # the list four sentences back: outside the group's window
        (_HUB + "Foster carers were scarce. Waiting lists grew. Budgets were cut. "
         "The four authorities joined the Harbour Fostering Programme last year.\n"),
    ],
)
def test_near_misses_of_a_counted_group_run_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert _runs(relations(extractor, text), "Harbour Fostering Programme") == set()


@pytest.mark.parametrize("number", ["\u00b2", "\u0664", "1", "40"])
def test_a_number_that_is_no_count_of_two_to_thirty_nine_counts_nothing(vocab, number) -> None:  # type: ignore[no-untyped-def]
    """A superscript or another script's digit is no count (int() of "²" raises)."""
    doc = hand_parse(vocab, [("the", 2, "det", "DET", "DT", "the"), (number, 2, "nummod", "NUM", "CD", number),
                             ("schemes", 2, "ROOT", "NOUN", "NNS", "scheme")])
    assert _count(doc[2]) is None


def test_a_numeral_counts(vocab) -> None:  # type: ignore[no-untyped-def]
    doc = hand_parse(vocab, [("the", 2, "det", "DET", "DT", "the"), ("4", 2, "nummod", "NUM", "CD", "4"),
                             ("schemes", 2, "ROOT", "NOUN", "NNS", "scheme")])
    assert _count(doc[2]) == 4


def test_no_counted_group_repeats_its_nouns_own_definite_reference_type(schema) -> None:  # type: ignore[no-untyped-def]
    """A noun's definite_references type is tried first (`counted`): repeated in counted_groups it
    is never read there."""
    rules = schema.relations
    assert not [noun for noun, types in rules.counted_groups.items() if rules.definite_references.get(noun) in types]
