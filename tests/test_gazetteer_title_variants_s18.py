"""The repository's known publications under the short names their sector's press gives them,
session 18: the competition authority's market study as "the CMA report", the one known entry rather
than a second node beside it. The government's strategy is not taken from "the children's social care
strategy": a council's own strategy has that name too.
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
@pytest.mark.parametrize(("text", "node"), [
    ("Jane Doe of the Harbour Trust said the CMA report found a troubled market in Westshire.",
     ("Publication", _STUDY)),
    ("A 2022 CMA report found that Eastborough paid too much for placements.", ("Publication", _STUDY)),
], ids=["cma-report", "cma-report-dated"])
def test_a_known_title_under_its_sectors_short_name_is_its_entry(extractor, text, node):
    assert node in _nodes(extractor, text)


@pytest.mark.model
def test_the_short_name_and_the_full_title_on_one_page_are_one_node(extractor):
    nodes = _nodes(extractor, "A 2022 CMA report found that Westshire paid too much for placements. The "
                              "Competition and Markets Authority's Children's Social Care Market Study was read "
                              "in Eastborough.")
    assert [n for n in nodes if n[0] == "Publication"] == [("Publication", _STUDY)]


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
