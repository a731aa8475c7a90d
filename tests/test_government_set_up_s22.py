"""Who runs a programme a national government body sets up (issue 15, session 22): "the
Department for Harbours is launching the Kestrel Pilot" makes the department the pilot's backer
(SUPPORTS), not its runner; the councils that deliver it run it, and a body that is no national
government runs what it launches. Names and places are invented."""

from __future__ import annotations

import pytest

from caregraph.extract.relations.kinds.verb import government_body
from helpers import text_relations


@pytest.mark.parametrize(("label", "government"), [
    ("Department for Harbours", True),         # a department's name opens with the word
    ("Ministry of Westland Affairs", True),
    ("Westland Government", True),             # a devolved government's ends with it
    ("Westland Treasury", True),
    ("Westshire Councils Association", False),  # no word of government
    ("Westshire Local Government Forum", False),  # the word inside the name: a body of councils
    # a word that opens a national body's name counts only first, one that closes it only last
    ("Westshire County Council Education Department", False),
    ("Westshire Ministry", False),
    ("Westshire County Council", False),
    ("Harbour Trust", False),
])
def test_a_national_government_body_is_known_by_its_names_first_or_last_word(schema, label, government):
    assert government_body(label, schema.relations.government_first_words,
                           schema.relations.government_last_words) is government


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "subject", "relation", "absent"), [
    ("The Department for Harbours is launching the Kestrel Pilot in ten areas.",
     "Department for Harbours", "SUPPORTS", "RUNS"),
    ("The Kestrel Pilot was established by the Department for Harbours last year.",
     "Department for Harbours", "SUPPORTS", "RUNS"),
    ("The Harbour Trust has launched the Kestrel Pilot in ten areas.",
     "Harbour Trust", "RUNS", "SUPPORTS"),
    # a council's department: the word closes the name, so no national government
    ("The Westshire County Council Education Department has launched the Kestrel Pilot.",
     "Westshire County Council Education Department", "RUNS", "SUPPORTS"),
])
def test_a_government_body_setting_up_a_programme_backs_it_and_others_run_it(
        extractor, sentence, subject, relation, absent):
    rels = text_relations(extractor, "Harbour news. " + sentence)
    assert (subject, relation, "Kestrel Pilot") in rels
    assert (subject, absent, "Kestrel Pilot") not in rels


@pytest.mark.model
def test_a_government_body_delivering_a_programme_still_runs_it(extractor):
    # only the verbs of setting one up are a backer's: "led by" and "deliver" stay RUNS
    rels = text_relations(extractor, "Harbour news. The Kestrel Pilot is led by the Department for Harbours.")
    assert ("Department for Harbours", "RUNS", "Kestrel Pilot") in rels


@pytest.mark.model
def test_a_government_body_launching_an_unnamed_investment_backs_no_programme_of_the_page(extractor):
    # "launching the largest investment in X": no programme named, so none (not the page's one programme)
    text = ("Harbour news. The Kestrel Pilot pays carers in Westshire. The Department for Harbours said it was "
            "now launching the largest investment in support for such carers nationally.")
    rels = text_relations(extractor, text)
    assert not {r for r in rels if r[0] == "Department for Harbours" and r[2] == "Kestrel Pilot"}
