"""Pilots named by a common noun (mentions/pilots.py): on a page naming a known proposal whose trial
the gazetteer names as the proposal and a word of trial ("Harbour Hubs" and "Harbour Hub Pathfinder"),
the lower-case "pathfinders" is that programme; not on a page naming no such proposal, nor one naming
another programme headed by the word. Invented gazetteer entries."""

from __future__ import annotations

import dataclasses

import pytest

from caregraph.core.ontology import INITIATIVE, RECOMMENDATION
from caregraph.core.schema import GazetteerEntry
from caregraph.extract.mentions.pilots import trial_pairs

_PROPOSAL = GazetteerEntry(name="Harbour Hubs", type=RECOMMENDATION, aliases=("harbour hubs", "HHs"), source="invented")
_TRIAL = GazetteerEntry(name="Harbour Hub Pathfinder", type=INITIATIVE, aliases=(), source="invented")
_OTHER = GazetteerEntry(name="Westshire Steps Pilot", type=INITIATIVE, aliases=(), source="invented")


def test_a_programme_named_by_a_proposal_and_a_word_of_trial_is_its_trial() -> None:
    pairs = trial_pairs((_PROPOSAL, _TRIAL, _OTHER))
    assert pairs == {"pathfinder": {"harbour hub": "Harbour Hub Pathfinder", "hh": "Harbour Hub Pathfinder"}}
    assert trial_pairs((_TRIAL, _OTHER)) == {}   # no proposal of that name


@pytest.fixture(scope="module")
def extractor(nlp, schema):  # type: ignore[no-untyped-def]
    from caregraph.extract.worker import Extractor

    return Extractor(nlp, dataclasses.replace(schema, gazetteer=schema.gazetteer + (_PROPOSAL, _TRIAL)))


def _found(extractor, text: str):  # type: ignore[no-untyped-def]
    result = extractor.process_text(text, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    return {e.label for e in result.entities}, {(label[r.source], r.relation, label[r.target]) for r in result.relations}


@pytest.mark.model
def test_places_chosen_as_pathfinders_for_a_proposal_run_its_trial(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Westshire Council and Eastborough Council have been chosen as pathfinders for so-called Harbour Hubs, under which "
            "councils pool their resources.\n")
    labels, relations = _found(extractor, text)
    assert "Harbour Hub Pathfinder" in labels
    assert ("Eastborough Council", "RUNS", "Harbour Hub Pathfinder") in relations


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # no proposal with a trial on the page
        "Westshire and Eastborough have been chosen as pathfinders for new family centres.\n",
        # a programme of its own headed by the word: "pathfinders" is its short form
        "The Westshire Family Pathfinder supports Harbour Hubs. Eastborough was chosen as one of the pathfinders.\n",
    ],
)
def test_pathfinders_without_one_proposal_to_try_are_no_trial(extractor, text) -> None:  # type: ignore[no-untyped-def]
    labels, _ = _found(extractor, text)
    assert "Harbour Hub Pathfinder" not in labels
