"""Honorifics of two words ("Rt Hon", "Right Honourable") leave a name as those of one word do,
alone or before another ("Rt Hon Lord Westby"). Names are invented."""

from __future__ import annotations

import pytest

from caregraph.core.text import canonical_name


@pytest.mark.parametrize(("text", "name"), [
    ("Rt Hon Lord Westby", "Westby"),
    ("the Rt. Hon. Jane Porter", "Jane Porter"),
    ("Right Honourable Jane Porter MP", "Jane Porter"),
    ("Lord Westby", "Westby"),
    ("Dr Jane Porter", "Jane Porter"),
])
def test_leading_honorifics_of_one_or_two_words_are_dropped(schema, text, name):
    assert canonical_name(text, schema.entities) == name


@pytest.mark.parametrize(("text", "name"), [
    ("Right Honourable", "Right Honourable"),   # nothing left after it: the words stay
    ("Rt Harbour Trust", "Rt Harbour Trust"),     # "Rt" alone is no honorific
    ("Right to Buy", "Right to Buy"),
])
def test_near_misses_keep_their_words(schema, text, name):
    assert canonical_name(text, schema.entities) == name


@pytest.mark.model
def test_a_member_with_two_honorifics_is_the_person_named_in_full(extractor):
    result = extractor.process_text(
        "Witnesses: Jane Porter, Rt Hon Lord Westby and Harriet Keel.\n"
        "Lord Westby: Andrew Westby, and I am a former Minister.", doc_id="t")
    people = sorted(e.label for e in result.entities if e.type == "Person")
    assert people == ["Andrew Westby", "Harriet Keel", "Jane Porter"]
