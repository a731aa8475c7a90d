"""A gazetteer form opening with the article "The" is named with the article in lower case
inside a sentence ("published in the HJ" for "The HJ"), as English writes it; the form's own
words keep their capitals. Entries and sentences are invented."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.tokens import Doc

from caregraph.core.schema import GazetteerEntry
from caregraph.extract.mentions.voters import compile_matchers, gazetteer_candidates

SHORT = GazetteerEntry(name="The HJ", type="Organisation", aliases=("The Harbour Journal",), source="invented",
                       capitals=True)
INVENTED = (SHORT,)


@pytest.fixture(scope="module")
def matchers(schema, vocab):
    return compile_matchers(vocab, dataclasses.replace(schema, gazetteer=INVENTED))


def found(matchers, vocab, sentence: str) -> list[str]:
    words = sentence.split()
    doc = Doc(vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    return sorted(c.name or "" for c in gazetteer_candidates(doc, matchers))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("It was first published in the HJ last week .", ["The HJ"]),
    ("The HJ reported it .", ["The HJ"]),
    ("It was first published in the Harbour Journal last week .", ["The HJ"]),
    ("It was first published in the hj last week .", []),                  # the form's own capitals
    ("It was first published in the harbour journal last week .", []),
])
def test_a_leading_article_may_be_written_in_lower_case(matchers, vocab, sentence, expected):
    assert found(matchers, vocab, sentence) == expected
