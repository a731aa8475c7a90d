"""Web media are no publications (issue 15, session 16): a site named with a naming verb ("a
website called X"), a newsletter, a name written as a web address before a document noun (the
site the document is on) take no Publication vote; a report or a charity "called X" still
names its kind. Names and places are invented."""

from __future__ import annotations

import pytest


def _types(extractor, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.label: e.type for e in extractor.process_text(text, doc_id="t").entities}


@pytest.mark.model
def test_a_website_called_x_is_no_publication(extractor):
    types = _types(extractor, "The minutes of the Harbour Trust were later posted on a website called Eastbid Online.")
    assert "Eastbid Online" in types
    assert types["Eastbid Online"] != "Publication"


@pytest.mark.model
def test_a_newsletter_names_no_publication(extractor):
    types = _types(extractor, "Dates for the Westshire carers' group appear in the Eastby Voices newsletter.")
    assert "Publication" not in types.values()


@pytest.mark.model
@pytest.mark.parametrize("site", ["WESTSHIRE.GOV.UK", "WESTSHIRE.SCOT", "HARBOURCARE.WALES"])
def test_a_web_address_before_a_document_noun_is_the_site_not_a_title(extractor, site):
    # (the last labels are the schema's web_domains)
    types = _types(extractor, f"Carers can read the {site} guidance on respite breaks for families.")
    assert "Publication" not in types.values()


@pytest.mark.model
def test_a_report_or_a_charity_called_x_keeps_its_kind(extractor):
    assert _types(extractor, "The Harbour Trust published a report called Homes for Harbour.").get(
        "Homes for Harbour") == "Publication"
    assert _types(extractor, "Jane Doe founded a charity called Harbourlight in 2010.").get(
        "Harbourlight") == "Organisation"
