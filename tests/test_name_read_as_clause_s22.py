"""A programme or text whose name opens with a verb's form ("Staying Near", "Keeping Children
Warm"): the parser may read the name as a clause of the verb before it (its first word an xcomp),
leaving the verb with no object; the name is still the verb's object (issue 15, session 22).
Names, bodies and places are invented."""

from __future__ import annotations

import pytest

from helpers import text_relations


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "edge"), [
    ("The Harbour Trust has been funding Staying Near pilots since 2017.",
     ("Harbour Trust", "SUPPORTS", "Staying Near")),
    ("The Harbour Trust welcomed Keeping Children Warm, the new scheme.",
     ("Harbour Trust", "SUPPORTS", "Keeping Children Warm")),
    ("Westshire Council will pilot Staying Near from April.",
     ("Westshire Council", "RUNS", "Staying Near")),
])
def test_a_name_read_as_a_clause_is_the_verbs_object(extractor, sentence, edge):
    rels = text_relations(extractor, "Harbour news. " + sentence)
    assert edge in rels


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "edge"), [
    # an infinitive of its own: a clause, not a name ("agreed to Support" is no object)
    ("The Harbour Trust agreed to Keep Children Warm in Westshire.",
     ("Harbour Trust", "SUPPORTS", "Keep Children Warm")),
])
def test_a_clause_with_its_own_to_is_no_object(extractor, sentence, edge):
    rels = text_relations(extractor, "Harbour news. " + sentence)
    assert edge not in rels
