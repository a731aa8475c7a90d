"""RUNS by a list whose programme is named in the sentence before: "The pilot will begin in three
areas known as Y. They are A, B and C" (a pronoun roster, each item's region after "in" left out),
"A is one of seven areas chosen to deliver Y. Other areas selected include B and C" (a bare "other
areas"), and a sentence that lists two known places of one programme ("testing began in A and B",
relations.yaml `known_relations`) on a page naming it. Invented names; near misses must not fire."""

from __future__ import annotations

from dataclasses import replace

import pytest

from caregraph.core.ontology import INITIATIVE, PLACE
from caregraph.core.schema import GazetteerEntry, KnownRelation
from helpers import hand_parse as parse
from helpers import relations_found_by_rule
from helpers import text_relations as relations

_COUNCILS = ("Westshire Council", "Eastborough Council", "Northby Council")
_LIST = "They are Westshire Council, Eastborough Council and Northby Council."


def _runs(found, programme: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {s for s, rel, o in found if rel == "RUNS" and o == programme}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        f"The pilot will begin in three areas known as Harbour Zones.\n\n{_LIST}\n",
        "The pilot will begin in three areas known as Harbour Zones.\n\nThey are Westshire Council in the North West, "
        "Eastborough Council in the South East and Northby Council in the North East.\n",
    ],
)
def test_the_places_a_pronoun_lists_after_a_group_of_areas_run_its_programme(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, text)
    assert _runs(found, "Harbour Zones") == set(_COUNCILS)
    # the regions after "in" are where the items lie, not items
    assert not any(s in ("North West", "South East", "North East") and rel == "RUNS" for s, rel, _ in found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        f"The Harbour Zones pilot will not begin in three areas.\n\n{_LIST}\n",      # negated
        f"The Harbour Zones pilot might begin in three areas.\n\n{_LIST}\n",         # hedged
        f"The Harbour Zones report was published by three areas.\n\n{_LIST}\n",      # a verb of no running
        # two programmes before: which one is not said
        f"The pilot will begin in three areas known as Harbour Zones and in the Harbour Hubs.\n\n{_LIST}\n",
        # a list that holds more than names
        "The pilot will begin in three areas known as Harbour Zones.\n\nThey are Westshire Council with 200 families, "
        "Eastborough Council and Northby Council.\n",
    ],
)
def test_a_pronoun_list_without_a_stated_group_in_one_programme_runs_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(rel == "RUNS" for _, rel, _ in relations(extractor, text))


@pytest.mark.model
def test_other_areas_selected_run_what_the_areas_chosen_before_deliver(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Westshire Council is one of seven areas chosen to deliver the Harbour Steps programme.\n\n"
            "Other areas selected include Eastborough, Northby and Southwick.\n")
    assert {"Eastborough", "Northby", "Southwick"} <= _runs(relations(extractor, text), "Harbour Steps")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # "other areas of concern": not the group of places
        "Westshire Council is one of seven areas chosen to deliver the Harbour Steps programme.\n\n"
        "Other areas of concern include Eastborough, Northby and Southwick.\n",
        # the earlier areas run nothing
        "Westshire Council is one of seven areas that criticised the Harbour Steps programme.\n\n"
        "Other areas include Eastborough, Northby and Southwick.\n",
    ],
)
def test_other_areas_not_of_a_group_that_runs_the_programme_run_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert not _runs(relations(extractor, text), "Harbour Steps") & {"Eastborough", "Northby", "Southwick"}


# --- a sentence listing two known places of one programme

def _schema(schema):  # type: ignore[no-untyped-def]
    """The schema with the invented places Westshire and Eastborough, each a known place of Harbour Steps."""
    places = tuple(GazetteerEntry(name=n, type=PLACE, aliases=(), source="invented") for n in ("Westshire", "Eastborough"))
    facts = tuple(KnownRelation(subject=n, relation="RUNS", object="Harbour Steps", source="invented")
                  for n in ("Westshire", "Eastborough"))
    schema = replace(schema, gazetteer=(*schema.gazetteer, *places))
    return replace(schema, relations=replace(schema.relations, known_relations=facts))


def _page(second: str, *, negated: bool = False, other: bool = False):  # type: ignore[no-untyped-def]
    """Rows of "Harbour Steps was launched . Testing began in Westshire and <second> ." (with
    `negated` "did not begin"; with `other` "... in Westshire and <second> with Harbour Hubs .")."""
    rows = [("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"), ("Steps", 3, "nsubjpass", "PROPN", "NNP", "Steps"),
            ("was", 3, "auxpass", "AUX", "VBD", "be"), ("launched", 3, "ROOT", "VERB", "VBN", "launch"),
            (".", 3, "punct", "PUNCT", ".", ".")]
    verb = 8 if negated else 6
    rows.append(("Testing", verb, "nsubj", "NOUN", "NN", "testing"))
    if negated:
        rows += [("did", verb, "aux", "AUX", "VBD", "do"), ("not", verb, "neg", "PART", "RB", "not"),
                 ("begin", verb, "ROOT", "VERB", "VB", "begin")]
    else:
        rows.append(("began", verb, "ROOT", "VERB", "VBD", "begin"))
    place = verb + 2
    rows += [("in", verb, "prep", "ADP", "IN", "in"), ("Westshire", verb + 1, "pobj", "PROPN", "NNP", "Westshire"),
             ("and", place, "cc", "CCONJ", "CC", "and"), (second, place, "conj", "PROPN", "NNP", second)]
    if other:
        rows += [("with", verb, "prep", "ADP", "IN", "with"), ("Harbour", place + 5, "compound", "PROPN", "NNP", "Harbour"),
                 ("Hubs", place + 3, "pobj", "PROPN", "NNPS", "Hubs")]
    rows.append((".", verb, "punct", "PUNCT", ".", "."))
    names = [(0, 2, INITIATIVE), (place, place + 1, PLACE), (place + 2, place + 3, PLACE)]
    if other:
        names.append((place + 4, place + 6, INITIATIVE))
    return rows, names


def _known(vocab, schema, second: str, **kwargs):  # type: ignore[no-untyped-def]
    rows, names = _page(second, **kwargs)
    found = relations_found_by_rule(parse(vocab, rows), names, _schema(schema))
    return {row[:3] for row in found if row[3] == "runs-known"}


def test_two_known_places_of_a_programme_listed_together_run_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    assert _known(vocab, schema, "Eastborough") == {("Westshire", "RUNS", "Harbour Steps"),
                                                   ("Eastborough", "RUNS", "Harbour Steps")}


@pytest.mark.parametrize(
    ("second", "kwargs"),
    [
        ("Northby", {}),                              # one known place alone: named for what it is
        ("Eastborough", {"negated": True}),           # "testing did not begin in ..."
        ("Eastborough", {"other": True}),             # the sentence names a programme of its own
    ],
)
def test_known_places_not_listed_together_in_a_stated_sentence_run_nothing(vocab, schema, second, kwargs) -> None:  # type: ignore[no-untyped-def]
    assert _known(vocab, schema, second, **kwargs) == set()
