"""Terms written in capitals and defined by an acronym (issue 15, session 23): "a regional
Memorandum of Understanding (MoU)", "at risk of Child Sexual Exploitation (CSE)", "the first
Randomised Controlled Trial (RCT)". With no head noun that types them, no gazetteer entry, cue
or list, only NER took them for a body, a title or a person: they are no entity. An acronym
with a connective's initial in lower case ("MoU") is matched with that connective."""

from __future__ import annotations

import pytest


def entities(extractor, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    result = extractor.process_text(text, doc_id="t")
    return {e.label: e.type for e in result.entities}


@pytest.mark.model
@pytest.mark.parametrize(("text", "term"), [
    ("The Westby councils signed a regional Memorandum of Understanding (MoU), which binds them. "
     "The MoU runs to 2030.", "Memorandum of Understanding"),
    ("Inspectors looked at children at risk of Child Sexual Exploitation (CSE) in Westby.",
     "Child Sexual Exploitation"),
    ("The Harbour Trust will carry out the first Randomised Controlled Trial (RCT) of the model.",
     "Randomised Controlled Trial"),
])
def test_a_capitalised_term_with_its_acronym_is_no_entity(extractor, text, term):
    found = entities(extractor, text)
    assert term not in found
    assert not any(label.isupper() and len(label) <= 4 for label in found)   # nor its acronym


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "type_"), [
    ("The Westby Carers Alliance (WCA) said the plan was late.", "Westby Carers Alliance", "Organisation"),
    ("The scheme Partners in Practice (PiP) ended in Westby.", "Partners in Practice", None),
])
def test_a_name_with_a_head_or_a_cue_keeps_its_acronym(extractor, text, name, type_):
    found = entities(extractor, text)
    assert name in found
    if type_:
        assert found[name] == type_
