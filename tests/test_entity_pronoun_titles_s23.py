"""A personal pronoun after a text's noun is a relative clause's subject, never the text's title
(issue 15, session 23): "the review I led", "the Harbour Trust report I'm publishing" (invented
sentences of the first-person shape of two fresh pages of two sites)."""

from __future__ import annotations

import pytest


def labels(extractor, text: str) -> set[str]:
    return {e.label for e in extractor.process_text(text, doc_id="t").entities}


@pytest.mark.model
def test_a_pronoun_after_a_review_is_no_publication(extractor):
    found = labels(extractor, "Earlier this year I concluded a review of harbour care.\n\n"
                              "This is not just the finding of the review I led.")
    assert "I" not in found


@pytest.mark.model
def test_a_pronoun_after_a_named_body_report_is_no_publication(extractor):
    found = labels(extractor, "What they tell us will be at the heart of the Harbour Commission report "
                              "I'm publishing later this year.")
    assert "I" not in found
    assert "Harbour Commission" in found


def test_pronouns_are_stopwords_but_not_the_united_states(schema):
    stop = schema.entities.stoplist
    assert {"i", "we", "they"} <= set(stop)
    assert "us" not in stop
