"""The repository's known publications are not taken from short names any other text has too
(session 18): "a CMA report" on another market is not the competition authority's children's social
care market study, nor "the children's social care strategy" of a council the government's strategy.
The entries are the repository's own (schemas/gazetteer.yaml); the sentences, people and places are
invented."""

from __future__ import annotations

import pytest

_STUDY = "CMA market study of children's social care"
_STRATEGY = "Stable Homes, Built on Love"


def _nodes(extractor, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    result = extractor.process_text(text, doc_id="t")
    return sorted((e.type, e.label) for e in result.entities)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A CMA report on ferry fares found that Westshire crossings cost too much, Jane Doe said.",
    "The Harbour Trust welcomed a new CMA report into veterinary prices in Eastborough.",
], ids=["ferry-fares", "vets"])
def test_a_cma_report_on_another_market_is_not_the_market_study(extractor, text):
    # near miss: the authority reports on every market; "CMA report" is no name of the study
    assert ("Publication", _STUDY) not in _nodes(extractor, text)


@pytest.mark.model
def test_the_authority_reporting_names_no_publication(extractor):
    # near miss: the verb "reported" after the acronym is no report
    nodes = _nodes(extractor, "The CMA reported that Westshire ferry fares rose sharply last year.")
    assert not [n for n in nodes if n[0] == "Publication"]


@pytest.mark.model
def test_a_councils_own_social_care_strategy_is_not_the_national_strategy(extractor):
    nodes = _nodes(extractor, "Westshire Council adopted its children's social care strategy for 2025 to 2028, "
                              "Jane Doe said.")
    assert ("Publication", _STRATEGY) not in nodes
    assert ("Organisation", "Westshire Council") in nodes
