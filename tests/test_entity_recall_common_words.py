"""Names lost before the relation stage (issue 15, session 7), on sentences and names invented for
these tests: a body whose name is a common word, opening a sentence as the owner of a thing
("Harbourlight's mission ..."), where every word has a capital and the tagger reads a noun or a verb."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from caregraph.extract.mentions.voters import owns_a_thing


def _owner(vocab, words: list[str], tags: list[str], pos: list[str], spaces: list[bool]) -> bool:
    """Is the first word of a hand-tagged Doc the owner of what follows its possessive?"""
    return owns_a_thing(Doc(vocab, words=words, spaces=spaces, pos=pos, tags=tags)[0])


def test_a_common_word_before_a_possessive_owns_what_follows(vocab):
    # the tagger's noun, and its verb (no verb takes a possessive)
    assert _owner(vocab, ["Anchor", "\u2019s", "mission"], ["NN", "POS", "NN"], ["NOUN", "PART", "NOUN"],
                  [False, True, False])
    assert _owner(vocab, ["Rise", "'s", "general", "plan"], ["VB", "POS", "JJ", "NN"],
                  ["VERB", "PART", "ADJ", "NOUN"], [False, True, True, False])
    assert _owner(vocab, ["Anchor", "'s", "#", "Day"], ["NN", "POS", "$", "NNP"], ["NOUN", "PART", "SYM", "PROPN"],
                  [False, True, False, False])


def test_no_possessive_or_another_word_class_owns_nothing(vocab):
    # near misses: a plural's bare apostrophe ("the 'Friends' courses"), a contraction ("It's"), a
    # clitic written apart, an adjective, and a word with nothing after its possessive
    assert not _owner(vocab, ["Friends", "\u2019", "courses"], ["NNS", "POS", "NNS"], ["NOUN", "PART", "NOUN"],
                      [False, True, False])
    assert not _owner(vocab, ["It", "'s", "fine"], ["PRP", "VBZ", "JJ"], ["PRON", "AUX", "ADJ"], [False, True, False])
    assert not _owner(vocab, ["Anchor", "'s", "mission"], ["NN", "POS", "NN"], ["NOUN", "PART", "NOUN"],
                      [True, True, False])
    assert not _owner(vocab, ["Early", "'s", "plan"], ["JJ", "POS", "NN"], ["ADJ", "PART", "NOUN"],
                      [False, True, False])
    assert not _owner(vocab, ["Anchor", "'s", "."], ["NN", "POS", "."], ["NOUN", "PART", "PUNCT"],
                      [False, True, False])


def _labels(extractor, text: str) -> dict[str, str]:
    result = extractor.process_text(text, doc_id="t")
    return {e.label: e.type for e in result.entities}


@pytest.mark.model
def test_a_body_named_by_a_common_word_opening_a_sentence_is_found(extractor):
    found = _labels(extractor, "Rise\u2019s mission is to help young people leaving care. "
                               "Rise\u2019s weekly meetings offer a safe space.")
    assert found.get("Rise") == "Organisation"


@pytest.mark.model
def test_a_sentence_capital_on_an_owner_the_page_writes_in_lower_case_is_no_name(extractor):
    # near misses: a date word, a generic body word, and a word the page also writes in lower case
    found = _labels(extractor, "Today\u2019s report shows the Government\u2019s plans are failing. "
                               "Anchor\u2019s mission is to anchor young people in their communities.")
    assert "Today" not in found and "Government" not in found and "Anchor" not in found
