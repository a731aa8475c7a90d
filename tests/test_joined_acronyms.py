"""Acronyms joined by "and" ("the HCN and WSP programmes") are two names, not a third: no node
is made of the run (each acronym is its long form's, where the text defines it). Names and
sentences are invented."""

from __future__ import annotations

import pytest

from caregraph.extract.mentions.choose import _joined_acronyms


@pytest.mark.parametrize("name", ["HCN and WSP", "HCN & WSP", "HCN, WSP and KT", "HCNs or WSPs"])
def test_acronyms_joined_by_a_conjunction_are_no_name(name):
    assert _joined_acronyms(name)


@pytest.mark.parametrize("name", ["HCN", "Harbour and WSP", "HCN and Westby Trust", "Keel and Anchor", "HCN Westby"])
def test_near_misses_are_left_to_the_other_rules(name):
    assert not _joined_acronyms(name)


@pytest.mark.model
def test_a_run_of_defined_acronyms_makes_no_node(extractor):
    result = extractor.process_text(
        "The Harbour Care Network (HCN) and the Westby Safety Pilot (WSP) began in May. "
        "Councils took part in the different waves of the HCN and WSP programmes.", doc_id="t")
    labels = {e.label for e in result.entities}
    assert "HCN and WSP" not in labels
    assert {"Harbour Care Network", "Westby Safety Pilot"} <= labels
