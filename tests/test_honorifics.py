"""Honorifics of two words ("Rt Hon", "Right Honourable") leave a name as those of one word do,
alone or before another ("Rt Hon Dr Jane Westby"); a peer's title stays before a surname alone or
a surname and its place ("Lord Westby", "Baroness Hale of Eastby"), as a peer is styled. Names are
invented."""

from __future__ import annotations

import pytest

from caregraph.core.text import canonical_name


@pytest.mark.parametrize(("text", "name"), [
    ("Rt Hon Dr Jane Westby", "Jane Westby"),
    ("the Rt. Hon. Jane Porter", "Jane Porter"),
    ("Right Honourable Jane Porter MP", "Jane Porter"),
    ("Dr Jane Porter", "Jane Porter"),
    ("Lady Jane Porter", "Jane Porter"),         # a title before a given name goes
    ("Lord Mayor Jane Porter", "Mayor Jane Porter"),
])
def test_leading_honorifics_of_one_or_two_words_are_dropped(schema, text, name):
    assert canonical_name(text, schema.entities) == name


@pytest.mark.parametrize(("text", "name"), [
    ("Lord Westby", "Lord Westby"),
    ("Rt Hon Lord Westby", "Lord Westby"),
    ("Baroness Hale-Quinn", "Baroness Hale-Quinn"),
    ("Baroness Hale of Eastby", "Baroness Hale of Eastby"),
    ("Lord Porter of Westby Heath", "Lord Porter of Westby Heath"),
    ("Lord Hale's", "Lord Hale"),
])
def test_a_peers_title_stays_before_a_surname_and_its_place(schema, text, name):
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


@pytest.mark.model
def test_a_peer_is_named_with_the_title_and_the_bare_surname_joins_it(extractor):
    result = extractor.process_text(
        "Members present: Lord Westby; Baroness Hale of Eastby; Baroness Quinn-Porter.\n"
        "Lord Westby asked about the Harbour Trust. Westby said the trust had done well. "
        "Lord Hale of Eastby agreed.", doc_id="t")
    people = sorted(e.label for e in result.entities if e.type == "Person")
    assert people == ["Baroness Hale of Eastby", "Baroness Quinn-Porter", "Lord Hale of Eastby", "Lord Westby"]
