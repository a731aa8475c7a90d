"""Budgets, allowances, benefits and taxes are no bodies (issue 15, session 17): a tagger often
calls "the Spring Budget", "Universal Credit" or "the National Living Wage" an organisation. A
budget is the statement a government lays before Parliament (a publication); an allowance is a
scheme (an initiative); a national benefit or rate by its own name is no entity. Names and
places are invented (but for the national benefits' own names)."""

from __future__ import annotations

import pytest

from helpers import text_entities as entities


@pytest.mark.model
def test_a_budget_is_a_publication_not_a_body(extractor):
    found = entities(extractor, "The Westshire Spring Budget did not contain any measures for children's services. "
                                "Jane Doe, chief executive of the Harbour Trust, said the Westshire Spring Budget "
                                "was a missed opportunity.")
    assert found.get("Westshire Spring Budget") == "Publication"
    assert found.get("Harbour Trust") == "Organisation"


@pytest.mark.model
def test_an_allowance_is_a_scheme_not_a_body(extractor):
    found = entities(extractor, "Carers in Eastborough will benefit, and councils will be paid through the "
                                "Westshire Housing Allowance.")
    assert found.get("Westshire Housing Allowance") == "Initiative"


@pytest.mark.model
def test_a_benefit_named_for_its_claimant_is_one_name(extractor):
    # "Carer's Allowance": the singular claimant's possessive belongs inside the name, no owner of
    # a title called "Allowance"
    found = entities(extractor, "Carer's Allowance and the weekly hours rule:\n\n"
                                "The Harbour Trust asks the Lapwing Office to look again at Carer's "
                                "Allowance before the spring and to write to every carer in Westshire.")
    assert found.get("Carer's Allowance") == "Initiative"
    assert "Carer" not in found


@pytest.mark.model
def test_a_national_benefit_or_rate_by_its_own_name_is_no_entity(extractor):
    found = entities(extractor, "Jane Doe of the Harbour Trust said: \"A winter fuel voucher for every household "
                                "on Universal Credit would help.\" Carers in Westshire may work up to 9 hours a week "
                                "at the rate of the National Living Wage.")
    assert "Universal Credit" not in found and "National Living Wage" not in found
    assert found.get("Harbour Trust") == "Organisation"
