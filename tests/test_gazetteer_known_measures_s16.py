"""The repository's known proposals and programmes, session 16: the Bill's school breakfast measure
and its identifier measure as their sources write them in lower case, the Bill's known RECOMMENDS of
the breakfast measure on a page naming both, the Start for Life programme (not a publication) and the
vision it is named after (a publication).
The entries are the repository's own (schemas/gazetteer.yaml); the sentences, people and places are
invented."""

from __future__ import annotations

import pytest


def _result(extractor, text: str):  # type: ignore[no-untyped-def]
    result = extractor.process_text(text, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    nodes = sorted((e.type, e.label) for e in result.entities)
    edges = {(label[r.source], r.relation, label[r.target]) for r in result.relations if r.relation != "MENTIONS"}
    return nodes, edges


@pytest.mark.model
@pytest.mark.parametrize(("text", "node"), [
    ("Parents at the Westshire regatta asked Jane Doe about free breakfast clubs.",
     ("Recommendation", "Free Breakfast Clubs")),
    ("Jane Doe told the Eastborough parish meeting that breakfast clubs in primary schools would open at eight.",
     ("Recommendation", "Free Breakfast Clubs")),
    ("The Westshire ferry club asked whether a unique number for every child would be printed on its passes.",
     ("Recommendation", "Single Unique Identifier")),
    ("Jane Doe wrote in the Harbour Trust bulletin that a unique identifier for every child was debated at the "
     "Eastborough fair.", ("Recommendation", "Single Unique Identifier")),
    ("Families in Westshire can use Start for Life services at the Eastborough hub.", ("Initiative", "Start for Life")),
    ("Jane Doe quoted The Best Start for Life: A Vision for the 1,001 Critical Days to the Eastborough harbour committee.",
     ("Publication", "The Best Start for Life: A Vision for the 1,001 Critical Days")),
], ids=["breakfast-free", "breakfast-primary", "identifier-number", "identifier", "start-for-life", "vision"])
def test_a_known_measure_or_title_in_its_sources_words_is_its_entry(extractor, text, node):
    # the breakfast and identifier measures as their sources write them in lower case; Start for
    # Life with its capitals the programme, not a publication; the vision with its subtitle
    nodes, _edges = _result(extractor, text)
    assert node in nodes


@pytest.mark.model
def test_a_schools_own_breakfast_club_is_no_measure(extractor):
    # near miss: neither "free" nor the primary schools of the measure
    nodes, _edges = _result(extractor, "Westby Academy runs a breakfast club for its pupils every morning.")
    assert not [n for n in nodes if n[1] == "Free Breakfast Clubs"]


@pytest.mark.model
def test_a_page_naming_the_bill_and_the_breakfast_measure_states_the_bills_recommends(extractor):
    text = ("The Children's Wellbeing and Schools Bill returned to the Lords today.\n\n"
            "Jane Doe of the Harbour Trust said families in Westshire would welcome free breakfast clubs.")
    _nodes, edges = _result(extractor, text)
    assert ("Children's Wellbeing and Schools Bill", "RECOMMENDS", "Free Breakfast Clubs") in edges


@pytest.mark.model
def test_a_fresh_start_for_life_in_lower_case_is_no_programme(extractor):
    nodes, _edges = _result(extractor, "Jane Doe said the Harbour Trust gave her a fresh start for life after care.")
    assert not [n for n in nodes if n[1] == "Start for Life"]
