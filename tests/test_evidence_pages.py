"""Pages of evidence to a committee (issue 15): under a title line naming one bill, "Written
evidence submitted by X" says X gave evidence on it (CONTRIBUTED_TO); a title naming no
publication, or a line of another shape, says nothing. A branch named by its parent's acronym
is also written with the parent's name and the acronym in brackets. Names are invented."""

from __future__ import annotations

import pytest

from caregraph.core.schema import GazetteerEntry, _branch_forms
from helpers import text_relations


def contributed(extractor, text: str) -> set[tuple[str, str, str]]:
    return {r for r in text_relations(extractor, text) if r[1] == "CONTRIBUTED_TO"}


_BODY = ("Summary\n\n1. The Harbour Trust welcomes the ambitions of the Westshire Care Bill but asks for "
         "more funding for family help in every area of the county.\n")


@pytest.mark.model
def test_written_evidence_submitted_by_a_body_contributes_to_the_titles_bill(extractor):
    text = "Westshire Care Bill\n\nWritten evidence submitted by the Harbour Trust (WCB12)\n\n" + _BODY
    assert contributed(extractor, text) == {("Harbour Trust", "CONTRIBUTED_TO", "Westshire Care Bill")}


@pytest.mark.model
def test_a_line_of_another_shape_is_no_evidence(extractor):
    text = "Westshire Care Bill\n\nA briefing prepared by the Harbour Trust (WCB12)\n\n" + _BODY
    assert contributed(extractor, text) == set()


@pytest.mark.model
def test_a_title_naming_no_publication_is_no_evidence_page(extractor):
    text = "Family help in Westshire\n\nWritten evidence submitted by the Harbour Trust (WCB12)\n\n" + _BODY
    assert contributed(extractor, text) == set()


def _entry(name: str, aliases: tuple[str, ...] = ()) -> GazetteerEntry:
    return GazetteerEntry(name=name, type="Organisation", aliases=aliases, source="invented")


def test_a_branch_named_by_its_parents_acronym_takes_the_parents_name_in_brackets():
    out = _branch_forms([_entry("Harbour Trust Association", ("HTA",)), _entry("HTA Westshire")])
    assert out[1].aliases == ("Harbour Trust Association (HTA) Westshire",)
    assert out[0].aliases == ("HTA",)


def test_an_acronym_two_entries_share_names_no_parent():
    out = _branch_forms([_entry("Harbour Trust Association", ("HTA",)), _entry("Hill Tenants Alliance", ("HTA",)),
                         _entry("HTA Westshire")])
    assert out[2].aliases == ()
