"""A charity of the gazetteer whose name NER misreads (session 18): one named after a person
(NER reads the name alone as that person) and one with "The" inside its name (NER cuts it at the
inner capital). The gazetteer's reading wins in both. The entries, people and sentences are
invented, added to the repository's schema; one check that the real entries load."""

from __future__ import annotations

import dataclasses

import pytest

from caregraph.core.schema import GazetteerEntry
from helpers import text_relations

_NAMED = GazetteerEntry(name="Martha Quill", type="Organisation", aliases=(), source="invented")
_INNER_THE = GazetteerEntry(name="Mind The Harbour UK", type="Organisation", aliases=(), source="invented")


@pytest.fixture(scope="module")
def charities_extractor(nlp, schema):  # type: ignore[no-untyped-def]
    from caregraph.extract.worker import Extractor

    return Extractor(nlp, dataclasses.replace(schema, gazetteer=schema.gazetteer + (_NAMED, _INNER_THE)))


def _entities(extractor, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.label: e.type for e in extractor.process_text(text, doc_id="t").entities}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "body", "cut"),
    [
        ("Writing in the Westby Gazette, Dr Jane Doe, Martha Quill CEO, called the plan overdue.\n",
         "Martha Quill", "Quill"),
        ("In a letter to councils, Mind The Harbour UK director Jane Doe called the plan overdue.\n",
         "Mind The Harbour UK", "Harbour UK"),
    ],
)
def test_the_gazetteer_names_the_charity_and_its_officer_holds_a_post_there(charities_extractor, text, body, cut) -> None:  # type: ignore[no-untyped-def]
    found = _entities(charities_extractor, text)
    assert found.get(body) == "Organisation"
    assert cut not in found
    assert ("Jane Doe", "ROLE_AT", body) in text_relations(charities_extractor, text)


def test_the_session_18_charity_entries_load(schema) -> None:  # type: ignore[no-untyped-def]
    names = {e.name: e.type for e in schema.gazetteer}
    assert names.get("Anna Freud") == names.get("Save the Children UK") == "Organisation"
