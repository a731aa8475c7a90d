"""National programmes a page names by the description their own sources use: the kinship
allowance pilot as "a financial allowances pilot for kinship carers", and Best Start Family Hubs
in the singular and the plural; one Initiative each, which a council taking part runs."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import INITIATIVE
from helpers import text_relations as relations


def _initiatives(extractor, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.label for e in extractor.process_text(text, doc_id="t").entities if e.type == INITIATIVE}


@pytest.mark.model
def test_a_described_kinship_pilot_is_the_programme_and_its_councils_run_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Westshire Council is one of seven councils taking part in a financial allowances pilot for kinship carers."
    assert _initiatives(extractor, text) == {"Kinship Financial Allowance Pilot"}
    assert ("Westshire Council", "RUNS", "Kinship Financial Allowance Pilot") in relations(extractor, text)


@pytest.mark.model
def test_an_allowance_for_carers_without_a_pilot_is_no_programme(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Westshire pays a financial allowance to kinship carers."
    assert "Kinship Financial Allowance Pilot" not in _initiatives(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize("form", ["Best Start Family Hubs", "Best Start Family Hub network", "Best Start family hubs"])
def test_best_start_family_hubs_is_one_programme_by_its_forms(extractor, form) -> None:  # type: ignore[no-untyped-def]
    assert _initiatives(extractor, f"Westshire Council has launched its {form} this year.") == {"Best Start Family Hubs"}
