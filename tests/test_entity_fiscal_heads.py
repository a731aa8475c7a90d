"""Budgets, benefits, taxes and statutory rates are no bodies (issue 15, session 17): a tagger
often calls "the Spring Budget", "Universal Credit" or "the National Living Wage" an organisation.
A budget is the statement a government lays before Parliament (a publication); a benefit, a tax
or a rate is a state scheme (an initiative). Names and places are invented."""

from __future__ import annotations

import pytest


def entities(extractor, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    result = extractor.process_text(text, doc_id="t")
    return {e.label: e.type for e in result.entities}


@pytest.mark.model
def test_a_budget_is_a_publication_not_a_body(extractor):
    found = entities(extractor, "The Westshire Spring Budget did not contain any measures for children's services. "
                                "Jane Doe, chief executive of the Harbour Trust, said the Westshire Spring Budget "
                                "was a missed opportunity.")
    assert found.get("Westshire Spring Budget") == "Publication"
    assert found.get("Harbour Trust") == "Organisation"


@pytest.mark.model
def test_a_benefit_or_a_statutory_rate_is_a_scheme_not_a_body(extractor):
    found = entities(extractor, "Carers in Eastborough will benefit as the Harbour Living Wage rises, and councils "
                                "will be paid through the Westshire Housing Allowance.")
    assert found.get("Harbour Living Wage") == "Initiative"
    assert found.get("Westshire Housing Allowance") == "Initiative"
    assert "Organisation" not in {found.get("Harbour Living Wage"), found.get("Westshire Housing Allowance")}


def test_fiscal_heads_are_schema_data(schema):  # type: ignore[no-untyped-def]
    heads = schema.entities.heads
    assert heads.get("budget") == "Publication"
    assert all(heads.get(word) == "Initiative" for word in ("allowance", "credit", "wage", "insurance"))


@pytest.mark.model
def test_a_benefit_named_for_its_claimant_is_one_name(extractor):
    # "Carer's Allowance": the singular claimant's possessive belongs inside the name, no owner of
    # a title called "Allowance"
    found = entities(extractor, "On the review of Carer's Allowance and the earnings limit:\n\n"
                                "We welcome the recommendation for the Harbour Department to review Carer's "
                                "Allowance and to report back to Parliament within 12 months.")
    assert found.get("Carer's Allowance") == "Initiative"
    assert "Carer" not in found


def test_a_singular_claimant_keeps_its_possessive_inside_a_name(schema):  # type: ignore[no-untyped-def]
    assert "carer" in schema.entities.possessive_name_words
