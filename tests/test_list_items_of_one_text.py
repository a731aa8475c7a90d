"""A list introduced by one text (issue 15, session 22), on invented pages: "The Harbour Office's
strategy introduces several measures:" lists the strategy's parts, not strategies, so its items
take no Publication vote from the introduction (a fund is an Initiative by its head noun); a plural
or bare noun of texts still types its items ("Reports in this series include:")."""

from __future__ import annotations

import pytest

from helpers import text_entities as entities


@pytest.mark.model
@pytest.mark.parametrize("intro", [
    "The Harbour Office's new care strategy introduces several positive measures:",
    "The strategy includes the following commitments:",
    "Its report sets out these changes:",
])
def test_items_under_one_text_are_not_texts(extractor, intro):
    text = (f"{intro}\n"
            "- £1 billion Westshire Coastal Resilience Fund to help councils prevent crises\n"
            "- More support for carers in Eastborough\n")
    assert entities(extractor, text).get("Westshire Coastal Resilience Fund") == "Initiative"


@pytest.mark.model
def test_items_under_a_plural_noun_of_texts_are_texts(extractor):
    text = ("Reports in this series include:\n"
            "- Safe Harbours Ahead. This report sets out the case for change.\n"
            "- Open Coasts. This report looks at coastal care.\n")
    found = entities(extractor, text)
    assert found.get("Safe Harbours Ahead") == "Publication"
    assert found.get("Open Coasts") == "Publication"
