"""Junk names on pages nobody tuned for (issue 15, session 15): one capitalised word that only
NER calls a body and that the page writes on one line only (a breadcrumb's, a headline's, a
browser notice's word); "people" whose names hold a digit, a bracket or an arrow (an
amendment's number, a back link, a name run into the dash after its bracket); a general election,
an event, taken for a body. Names and places are invented."""

from __future__ import annotations

import re

import pytest

from helpers import text_entities as entities


@pytest.mark.model
def test_a_breadcrumbs_word_is_no_body(extractor):
    found = entities(extractor, "Home / Outlook / Westshire update\n\n"
                                "The Westshire Trust has welcomed the strategy.")
    assert "Outlook" not in found
    assert found.get("Westshire Trust") == "Organisation"


@pytest.mark.model
def test_a_word_written_once_in_running_text_that_only_ner_calls_a_body_is_none(extractor):
    found = entities(extractor, "Westshire Homes\n\nThe Harbour Trust will not receive further grants from the "
                                "Exchequer this year, the paper says.")
    assert "Exchequer" not in found
    assert found.get("Harbour Trust") == "Organisation"


@pytest.mark.model
def test_a_browser_notice_names_no_body(extractor):
    found = entities(extractor, "Turn on JavaScript to use this site.\n\nThe Harbour Trust runs the Westshire Hub.")
    assert "JavaScript" not in found
    assert found.get("Harbour Trust") == "Organisation"


@pytest.mark.model
def test_a_headline_repeated_as_title_and_heading_is_one_line(extractor):
    headline = "Courage, Care & Councils: Renewal wanted in Harbour Services"
    found = entities(extractor, f"{headline}\n\n{headline}\n\nThe Harbour Trust said the system must change.")
    assert "Courage" not in found and "Renewal" not in found
    assert found.get("Harbour Trust") == "Organisation"


@pytest.mark.model
def test_a_back_link_is_no_person(extractor):
    found = entities(extractor, "\u2190 Back to Harbour Forum Papers\n\nJane Doe raised worries about respite care.")
    assert not any("Back" in label for label in found)
    assert found.get("Jane Doe") == "Person"


def _doc(vocab, text: str):  # type: ignore[no-untyped-def]
    """Words split on whitespace, a line break a token of its own (as the pipeline makes it)."""
    from spacy.tokens import Doc

    found = list(re.finditer(r"\n|[^\s]+", text))
    words = [m.group() for m in found]
    spaces = [text[m.end():m.end() + 1] == " " for m in found]
    doc = Doc(vocab, words=words, spaces=spaces)
    assert doc.text == text
    return doc


def test_lone_guessed_body_needs_ner_alone_one_word_and_one_line(vocab, schema):
    from caregraph.extract.mentions.choose import _lone_guessed_body

    rules = schema.entities
    ner = rules.weights["ner"]
    org = [("Organisation", ner)]
    doc = _doc(vocab, "Home / Outlook / Westshire Update\nThe Westshire Trust agreed .")
    outlook = doc[2:3]
    assert _lone_guessed_body(doc, outlook, "Outlook", org, {"name", "ner"}, rules)
    # any other evidence keeps it: a cue, a head noun's weight, a person's vote, a gazetteer entry
    assert not _lone_guessed_body(doc, outlook, "Outlook", org, {"name", "ner", "cue"}, rules)
    assert not _lone_guessed_body(doc, outlook, "Outlook", [*org, ("Organisation", rules.weights["head"])],
                                  {"name", "ner"}, rules)
    assert not _lone_guessed_body(doc, outlook, "Outlook", [("Person", ner)], {"name", "ner"}, rules)
    # two words, or an acronym, are other cases
    assert not _lone_guessed_body(doc, doc[4:6], "Westshire Update", org, {"name", "ner"}, rules)
    acronym = _doc(vocab, "Home / HTA / News")
    assert not _lone_guessed_body(acronym, acronym[2:3], "HTA", org, {"name", "ner"}, rules)
    # a brand the page names again on another line keeps its vote
    again = _doc(vocab, "Harbourly said it would help .\nHarbourly 's founder agreed .")
    assert not _lone_guessed_body(again, again[0:1], "Harbourly", org, {"name", "ner"}, rules)
    same_line = _doc(vocab, "Harbourly 's mission is to help . Harbourly 's meetings are open .")
    assert not _lone_guessed_body(same_line, same_line[0:1], "Harbourly", org, {"name", "ner"}, rules)
    # ... but not a line the page repeats (a headline as its title and its heading)
    twice = _doc(vocab, "Renewal wanted in care\nRenewal wanted in care\nThe Harbour Trust agreed .")
    assert _lone_guessed_body(twice, twice[0:1], "Renewal", org, {"name", "ner"}, rules)


def test_a_persons_name_is_spelt_in_letters():
    from caregraph.extract.mentions.choose import _spelt_as_a_name

    for name in ("Jane Doe", "Jane Doe-Roe", "J. O'Hara", "Mary O\u2019Neill", "Ren\u00e9e Dupont",
                 "Baroness Doe of Westby", "John Roe Jr."):
        assert _spelt_as_a_name(name), name
    for name in ("71C", "Amendment 12B", "\u2190 Back", "John Roe)-for", "Jane (Doe", "Jane Doe 2"):
        assert not _spelt_as_a_name(name), name


@pytest.mark.model
def test_a_general_election_is_an_event_not_a_body(extractor):
    found = entities(extractor, "Harbour Homes\n\nThe Harbour Trust's inquiry was halted by the General Election last year.")
    assert "General Election" not in found
    assert found.get("Harbour Trust") == "Organisation"


@pytest.mark.model
def test_a_manifesto_named_for_its_election_keeps_its_title(extractor):
    found = entities(extractor, "The Harbour Party's 2030 General Election manifesto promised a review.")
    assert found.get("Harbour Party's 2030 General Election manifesto") == "Publication"
    assert "General Election" not in found
