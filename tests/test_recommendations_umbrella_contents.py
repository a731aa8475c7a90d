"""Recommendations, session 21: what a plural noun of measures or proposals includes in running
text ("Measures include recruiting A and introducing B", "Other key measures include X and Y",
"Measures in the X Bill include Y") is the proposal of the publication the passage is about (or
of the noun's owner); not on a page about no publication, nor what another body's measures
include. Sentences and names invented."""

from __future__ import annotations

import pytest

from helpers import assert_proposes, text_recommendations

_STRATEGY = "The Westshire Strategy was published today.\n"

_INCLUDED = [
    (_STRATEGY + "Measures include recruiting more harbour wardens and introducing free ferry passes across all islands.",
     "Westshire Strategy", ["recruiting more harbour wardens", "free ferry passes"]),
    (_STRATEGY + "Other key measures include the introduction of a ferry register for island carers and a new respite fund.",
     "Westshire Strategy", ["ferry register for island carers", "new respite fund"]),
    ("The Eastborough Bill was published today alongside the Westshire Strategy.\n"
     "Measures in the Eastborough Bill include a ferry register for island carers and a new respite fund.",
     "Eastborough Bill", ["ferry register for island carers", "new respite fund"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "publication", "proposals"), _INCLUDED)
def test_what_measures_include_is_the_publications_proposal(extractor, text, publication, proposals):
    _, relations = text_recommendations(extractor, text)
    assert_proposes(relations, publication, proposals)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Harbour Trust opened a cafe today.\nMeasures include a ferry register for island carers.",
    _STRATEGY + "The council's measures include a ferry register for island carers.",
    _STRATEGY + "Measures do not include a ferry register for island carers.",
])
def test_no_proposal_without_a_publication_or_from_another_bodys_measures(extractor, text):
    recs, relations = text_recommendations(extractor, text)
    assert not any(rel == "RECOMMENDS" and "ferry register" in t for _, rel, t in relations), relations
