"""RUNS by a roster: the places or bodies listed after a lead-in naming a group of places in a
programme ("The areas taking part in the Y programme are:" and bullets, "Y will run in three
areas: A, B and C", "The local authorities are: A, B and C" after a sentence naming Y and the
group); the verb "trial" in its British and American forms ("trialled", "trialing", which the
lemmatiser leaves as "trialle", "triale"); and "Y has been rolled out to A and B". Hand-built
parses for the shapes, invented sentences through the trained pipeline, each with near
misses that must not fire."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import INITIATIVE, PLACE
from caregraph.extract.relations.context import lemma_forms
from helpers import hand_parse as parse
from helpers import relations_found_by_rule as found_by_rule
from helpers import text_relations as relations


def _inline_rows(verb: tuple[str, str]):  # type: ignore[no-untyped-def]
    """"Kinship Link will {verb} in three areas : Westshire , Eastmoor and Northby ."."""
    return [("Kinship", 1, "compound", "PROPN", "NNP", "Kinship"), ("Link", 3, "nsubj", "PROPN", "NNP", "Link"),
            ("will", 3, "aux", "AUX", "MD", "will"), (verb[0], 3, "ROOT", "VERB", "VB", verb[1]),
            ("in", 3, "prep", "ADP", "IN", "in"), ("three", 6, "nummod", "NUM", "CD", "three"),
            ("areas", 4, "pobj", "NOUN", "NNS", "area"), (":", 3, "punct", "PUNCT", ":", ":"),
            ("Westshire", 6, "appos", "PROPN", "NNP", "Westshire"), (",", 8, "punct", "PUNCT", ",", ","),
            ("Eastmoor", 8, "conj", "PROPN", "NNP", "Eastmoor"), ("and", 10, "cc", "CCONJ", "CC", "and"),
            ("Northby", 10, "conj", "PROPN", "NNP", "Northby"), (".", 3, "punct", "PUNCT", ".", ".")]


_INLINE_NAMES = [(0, 2, INITIATIVE), (8, 9, PLACE), (10, 11, PLACE), (12, 13, PLACE)]


def test_the_places_listed_after_a_programmes_areas_run_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    rows = _inline_rows(("work", "work"))  # not a verb of the "tested in" rule, which would claim the pairs first
    rostered = {row[:3] for row in found_by_rule(parse(vocab, rows), _INLINE_NAMES, schema) if row[3] == "runs-roster"}
    assert rostered == {("Westshire", "RUNS", "Kinship Link"), ("Eastmoor", "RUNS", "Kinship Link"),
                        ("Northby", "RUNS", "Kinship Link")}


@pytest.mark.parametrize("verb", [("fail", "fail"), ("struggle", "struggle")])
def test_places_listed_after_a_lead_in_with_another_verb_run_nothing(vocab, schema, verb) -> None:  # type: ignore[no-untyped-def]
    # "Kinship Link will fail in three areas: ...": the lead-in says something else of the places
    rows = _inline_rows(verb)
    assert not any(row[1] == "RUNS" for row in found_by_rule(parse(vocab, rows), _INLINE_NAMES, schema))


def test_a_british_doubled_l_verb_has_its_plain_lemma_too(vocab) -> None:  # type: ignore[no-untyped-def]
    rows = [("Kent", 1, "nsubj", "PROPN", "NNP", "Kent"), ("trialled", 1, "ROOT", "VERB", "VBD", "trialle"),
            ("it", 1, "dobj", "PRON", "PRP", "it"), ("and", 1, "cc", "CCONJ", "CC", "and"),
            ("handled", 1, "conj", "VERB", "VBD", "handle"), ("trialing", 1, "conj", "VERB", "VBG", "triale")]
    doc = parse(vocab, rows)
    assert lemma_forms(doc[1]) == ("trialle", "trial")
    assert lemma_forms(doc[5]) == ("triale", "trial")
    assert lemma_forms(doc[4]) == ("handle",)   # no vowel before the "l": one form
    assert lemma_forms(doc[0]) == ("kent",)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Kinship Link programme will test new support for carers.\nThe areas taking part in the Kinship Link "
        "programme are:\n- Dorset\n- Kent\n- Lincolnshire\n",
        "The Kinship Link pilot areas are:\n- Dorset\n- Kent\n- Lincolnshire\n",
        "The Kinship Link programme is being delivered in the following areas:\n- Dorset\n- Kent\n- Lincolnshire\n",
        "The Kinship Link programme will run in three areas: Dorset, Kent and Lincolnshire.",
        "Seven areas have been selected to take part in the Kinship Link programme. The local authorities are: "
        "Dorset, Kent and Lincolnshire.",
    ],
)
def test_places_a_lead_in_lists_for_a_programme_run_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found_ = relations(extractor, text)
    assert {("Dorset", "RUNS", "Kinship Link"), ("Kent", "RUNS", "Kinship Link"),
            ("Lincolnshire", "RUNS", "Kinship Link")} <= found_


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # compared with, applied to join, not taking part: no running
        "The areas compared with the Kinship Link programme are:\n- Dorset\n- Kent\n- Lincolnshire\n",
        "Areas that applied to join the Kinship Link programme are:\n- Dorset\n- Kent\n- Lincolnshire\n",
        "Areas not taking part in the Kinship Link programme are:\n- Dorset\n- Kent\n- Lincolnshire\n",
        # money per area, inline or under a lead-in whose group noun is a noun's ("funding for the areas")
        "Funding per area for the Kinship Link programme: Dorset £2m, Kent £3m, Lincolnshire £1m.",
        "Funding for the Kinship Link pilot areas:\n- Dorset: £2m\n- Kent: £3m\n- Lincolnshire: £1m\n",
        # a list of places under a lead-in that names no programme
        "Councils in the South East include:\n- Dorset\n- Kent\n- Lincolnshire\n",
        # the sentence before names the programme but no group of places
        "The Kinship Link programme will test new support for carers. The local authorities are: Dorset, Kent "
        "and Lincolnshire.",
    ],
)
def test_places_listed_near_a_programme_without_taking_part_run_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found_ = relations(extractor, text)
    assert not any(src in ("Dorset", "Kent", "Lincolnshire") and rel == "RUNS" for src, rel, _ in found_)


@pytest.mark.model
def test_bodies_a_lead_in_lists_for_a_programme_run_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The councils piloting the Kinship Link scheme are:\n• Kent County Council\n• Dorset County Council\n"
    found_ = relations(extractor, text)
    assert {("Kent County Council", "RUNS", "Kinship Link"), ("Dorset County Council", "RUNS", "Kinship Link")} <= found_


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Kinship Link scheme is being trialled in Dorset and Kent.",
        "The Kinship Link scheme was trialed in Dorset and Kent.",
        "We support the Kinship Link model being trialled in Dorset and Kent.",
        "The Kinship Link programme has been rolled out to Dorset and Kent.",
        "The Kinship Link programme was extended to Dorset and Kent last year.",
    ],
)
def test_places_a_programme_is_trialled_in_or_rolled_out_to_run_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found_ = relations(extractor, text)
    assert {("Dorset", "RUNS", "Kinship Link"), ("Kent", "RUNS", "Kinship Link")} <= found_


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Kinship Link scheme was not trialled in Dorset and Kent.",
        "The Kinship Link scheme was compared to schemes in Dorset and Kent.",
        "The Kinship Link scheme could be rolled out to Dorset and Kent.",
    ],
)
def test_places_a_programme_is_not_trialled_in_or_only_compared_with_run_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found_ = relations(extractor, text)
    assert not any(src in ("Dorset", "Kent") and rel == "RUNS" for src, rel, _ in found_)


@pytest.mark.model
def test_a_council_testing_a_programme_runs_it(extractor) -> None:  # type: ignore[no-untyped-def]
    found_ = relations(extractor, "Kent County Council is trialling the Kinship Link model, and Dorset County Council "
                                  "is testing it too.")
    assert ("Kent County Council", "RUNS", "Kinship Link") in found_


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Kent County Council became an early adopter of the Kinship Link programme in 2024.",
        "Kent County Council has been part of the Kinship Link programme since 2021.",
        "Kent County Council is one of the councils involved in the Kinship Link programme.",
        "Kent County Council has been chosen to lead the Kinship Link programme.",
    ],
)
def test_a_council_adopting_in_or_leading_a_programme_runs_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Kent County Council", "RUNS", "Kinship Link") in relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Kent County Council is not part of the Kinship Link programme.",
        "Kent County Council hopes to be part of the Kinship Link programme.",
        "Kent County Council hopes to join the Kinship Link programme.",
        "Kent County Council is not one of the councils involved in the Kinship Link programme.",
        "Kent County Council criticised the early adopters of the Kinship Link programme.",
    ],
)
def test_a_council_outside_wishing_for_or_criticising_a_programme_runs_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Kent County Council", "RUNS", "Kinship Link") not in relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the parser starts a sentence after the colon: the items are still the lead-in's
        "The Kinship Link pathfinder launched in April in these areas: Dorset, Kent and Sefton.",
        # a numbered list
        "The Kinship Link pathfinder launched in April. The areas are:\n1. Dorset\n2. Kent\n3) Sefton\n",
    ],
)
def test_places_after_a_colon_or_numbered_run_the_programme(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found_ = relations(extractor, text)
    assert {("Dorset", "RUNS", "Kinship Link"), ("Kent", "RUNS", "Kinship Link"),
            ("Sefton", "RUNS", "Kinship Link")} <= found_


@pytest.mark.model
@pytest.mark.parametrize(
    ("verb", "runs"),
    [("is being delivered by", True), ("will be led by", True), ("was praised by", False), ("will not be run by", False)],
)
def test_bodies_listed_after_a_programmes_by_run_it(extractor, verb, runs) -> None:  # type: ignore[no-untyped-def]
    text = f"The Kinship Link programme {verb}:\n- Westshire Council\n- Eastborough County Council\n"
    found_ = relations(extractor, text)
    expected = {("Westshire Council", "RUNS", "Kinship Link"), ("Eastborough County Council", "RUNS", "Kinship Link")}
    assert (expected <= found_) is runs
    assert not (expected & found_) or runs


@pytest.mark.model
def test_councils_listed_under_a_programme_are_bodies_not_programmes(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The Kinship Link programme is being delivered by:\n- Westshire Council\n- Eastborough County Council\n"
    types = {e.label: e.type for e in extractor.process_text(text, doc_id="t").entities}
    assert types.get("Westshire Council") == "Organisation"
    assert types.get("Eastborough County Council") == "Organisation"


@pytest.mark.model
def test_places_chosen_to_take_part_run_the_programme_the_sentence_before_names(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The Kinship Link programme will test new support. Dorset, Kent and Sefton have been chosen to take part."
    assert {("Dorset", "RUNS", "Kinship Link"), ("Kent", "RUNS", "Kinship Link"),
            ("Sefton", "RUNS", "Kinship Link")} <= relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "second",
    [
        "Dorset has declined to take part.",                                        # not done
        "Dorset may take part.",                                                    # hedged
        "Dorset will take part in a consultation on the Harbour Steps scheme.",     # an object of its own
    ],
)
def test_a_bare_taking_part_not_done_or_with_its_own_object_runs_nothing(extractor, second) -> None:  # type: ignore[no-untyped-def]
    found_ = relations(extractor, f"The Kinship Link programme will test new support. {second}")
    assert ("Dorset", "RUNS", "Kinship Link") not in found_


@pytest.mark.model
def test_a_bare_taking_part_after_two_programmes_runs_neither(extractor) -> None:  # type: ignore[no-untyped-def]
    found_ = relations(extractor, "The Kinship Link programme and Mockingbird will test new support. Dorset will take part.")
    assert not any(src == "Dorset" and rel == "RUNS" for src, rel, _ in found_)
