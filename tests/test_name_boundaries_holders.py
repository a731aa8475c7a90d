"""A person's name at the end of a capitalised run that NER took whole for a body (session 9): "the
Lib Dems Jane Porter", "Director of Westby Services & Jane Porter", "Director of Harbour
Commissioning Jane Porter" is the person (a given name and one or two capitalised words), and a
body's name before her keeps its own mention. A run that opens with the name, ends in a head noun
or comes from the gazetteer stays whole. Names and sentences invented for these tests."""

from __future__ import annotations

import pytest


def _entities(extractor, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.label: e.type for e in extractor.process_text(text, doc_id="t").entities}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The amendment was supported by the Lib Dems Jane Porter and two others.",
    "Signed: Amir Khan, Director of Westby Services & Jane Porter, Independent Chair of the board.",
    "Apologies were sent by Director of Harbour Commissioning Jane Porter and others.",
])
def test_a_holder_at_the_end_of_a_run_is_the_person(extractor, text):
    found = _entities(extractor, text)
    assert found.get("Jane Porter") == "Person"
    assert not any(label.endswith("Jane Porter") and label != "Jane Porter" for label in found)


@pytest.mark.model
def test_a_body_before_the_holder_keeps_its_mention(extractor):
    found = _entities(extractor, "The meeting was chaired by the Harbour Trust Jane Porter in March.")
    assert found.get("Jane Porter") == "Person"
    assert found.get("Harbour Trust") == "Organisation"


@pytest.mark.model
@pytest.mark.parametrize("text, name, type_", [
    ("A grant from the Jane Porter Foundation helped carers in Westby.", "Jane Porter Foundation", "Organisation"),
    ("The Westby Jane Porter Centre opened in May.", "Westby Jane Porter Centre", "Organisation"),
])
def test_a_run_ending_in_a_head_noun_stays_whole(extractor, text, name, type_):
    assert _entities(extractor, text).get(name) == type_
