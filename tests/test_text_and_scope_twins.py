"""A body a page names by the text it serves and by its scope ("Westshire Review Implementation
Board" and "National Implementation Board") is one node; not two scopes, two texts, a third body
of the same ending, or a qualifier that names nothing on the page. Names are invented."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import ORGANISATION, PUBLICATION
from caregraph.core.records import Mention
from caregraph.extract.resolve import entities_of_document


def _labels(schema, text: str, *names: tuple[str, str]) -> list[str]:  # type: ignore[no-untyped-def]
    mentions, at = [], 0
    for name, type_ in names:
        start = text.index(name, at)
        at = start + len(name)
        mentions.append(Mention(doc_id="t", start=start, end=at, text=name, name=name,
                                votes=((type_, 2.0),), rule="name", sent=0))
    entities, _keys = entities_of_document(mentions, doc_id="t", rules=schema.entities, evidence_of=lambda m: "",
                                           text=text)
    return sorted(e.label for e in entities)


REVIEW = ("Westshire Review", PUBLICATION)


def test_a_body_named_by_its_text_and_by_its_scope_is_one(schema):
    text = ("Westshire Review Implementation Board named. The board will implement the Westshire Review. "
            "Jane Doe sits on the National Implementation Board.")
    labels = _labels(schema, text, ("Westshire Review Implementation Board", ORGANISATION), REVIEW,
                     ("National Implementation Board", ORGANISATION))
    assert len(labels) == 2 and "Westshire Review" in labels


@pytest.mark.parametrize(("first", "second", "extra"), [
    ("Regional Implementation Board", "National Implementation Board", ()),          # two scopes
    ("Eastshire Review Implementation Board", "National Implementation Board", ()),  # no text of that name
    ("Westshire Review Implementation Board", "National Delivery Board", ()),       # another head
    ("Westshire Review Implementation Board", "National Implementation Board",
     (("Eastshire Review Implementation Board", ORGANISATION),)),                    # a third board
])
def test_other_pairs_stay_two(schema, first, second, extra):
    names = [(first, ORGANISATION), REVIEW, (second, ORGANISATION), *extra]
    text = " and ".join(n for n, _t in names) + "."
    labels = _labels(schema, text, *names)
    assert first in labels and second in labels
