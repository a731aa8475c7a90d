"""A page in its author's own voice as an office ("As Westshire Children's Commissioner, I welcome
the Y Bill"): "I" outside quotations stands for the one office "As X, I" names (voice.py,
office_voice); two offices, a person named in the phrase, or a quotation name nothing."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def found(extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor.process_text(text, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    return {(label[r.source], r.relation, label[r.target]) for r in result.relations}


def test_i_after_as_an_office_is_the_office(extractor) -> None:
    text = ("Children's Commissioner for Westshire\n\n"
            "As Children's Commissioner for Westshire, I welcome the Westshire Families Bill.\n")
    assert ("Children's Commissioner for Westshire", "SUPPORTS", "Westshire Families Bill") in found(extractor, text)


def test_a_post_at_a_body_is_no_office(extractor) -> None:
    """"As a trustee of the Harbour Trust, I": the trustee speaks, not the Trust."""
    text = ("Westshire news\n\n"
            "As a trustee of the Harbour Trust, I welcome the Westshire Families Bill.\n")
    assert ("Harbour Trust", "SUPPORTS", "Westshire Families Bill") not in found(extractor, text)


def test_two_offices_name_nothing(extractor) -> None:
    text = ("Children's Commissioner for Westshire\n\n"
            "As Children's Commissioner for Westshire, I welcome the Westshire Families Bill.\n\n"
            "As Children's Commissioner for Eastborough, I have seen its work.\n")
    edges = found(extractor, text)
    assert not any(relation == "SUPPORTS" and target == "Westshire Families Bill" for _, relation, target in edges)


def test_i_in_a_quotation_is_not_the_office(extractor) -> None:
    text = ("Westshire news\n\n"
            "Jane Doe said: \u201cAs Children's Commissioner for Westshire, I welcome the Westshire Families Bill.\u201d\n")
    edges = found(extractor, text)
    assert ("Children's Commissioner for Westshire", "SUPPORTS", "Westshire Families Bill") not in edges


OFFICE_PAGE = ("Children's Commissioner for Westshire\n\n"
               "As Children's Commissioner for Westshire, I visit every harbour school in the county each spring.\n\n")


def test_a_feeling_in_the_office_s_own_words_is_its_support(extractor) -> None:
    """"I am glad Y ..." on the office's page, after "As X, I": the office's welcome of Y, as
    "I welcome Y" is (the page's own words read as those of a page speaking as one body)."""
    text = OFFICE_PAGE + "I am glad the Westshire Families Bill has reached the Lords.\n"
    assert ("Children's Commissioner for Westshire", "SUPPORTS", "Westshire Families Bill") in found(extractor, text)


def test_a_bylined_page_s_feeling_is_its_author_s_not_the_office_s(extractor) -> None:
    """With a byline, "I" is the author (voice.page_author), not the office the text names."""
    text = ("Children's Commissioner for Westshire\n\nBy Jane Doe\n\n"
            "As Children's Commissioner for Westshire, I visit every harbour school in the county each spring.\n\n"
            "I am glad the Westshire Families Bill has reached the Lords.\n")
    assert ("Children's Commissioner for Westshire", "SUPPORTS", "Westshire Families Bill") not in found(extractor, text)


def test_a_wish_in_the_office_s_own_words_is_no_support(extractor) -> None:
    text = OFFICE_PAGE + "I would be pleased to see the Westshire Families Bill introduced.\n"
    assert ("Children's Commissioner for Westshire", "SUPPORTS", "Westshire Families Bill") not in found(extractor, text)
