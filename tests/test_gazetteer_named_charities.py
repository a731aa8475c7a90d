"""Two national children's charities of the gazetteer whose names NER misreads (session 18): one
named after a person ("Anna Freud", read alone as the psychoanalyst) and one with "The" inside
its name ("Save The Children UK", cut at the inner capital to "Children UK"). The people and
sentences around them are invented."""

from __future__ import annotations

import pytest

from helpers import text_relations


def _entities(extractor, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.label: e.type for e in extractor.process_text(text, doc_id="t").entities}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Professor Jane Doe, Anna Freud CEO, said: \u201cThe plan for Westshire is welcome.\u201d\n", "Anna Freud"),
        ("Save The Children UK executive director Jane Doe said: \u201cThe plan for Westshire is welcome.\u201d\n",
         "Save the Children UK"),
    ],
)
def test_the_charity_is_an_organisation_and_its_officer_holds_a_post_there(extractor, text, body) -> None:  # type: ignore[no-untyped-def]
    found = _entities(extractor, text)
    assert found.get(body) == "Organisation"
    assert "Children UK" not in found
    assert ("Jane Doe", "ROLE_AT", body) in text_relations(extractor, text)
