"""A body of the gazetteer named right before a post of its staff ("Jane Porter, HCA President,",
"HCA Chief Executive Jane Porter") is the body, not the start of a longer name; a capitalised
word after it that is no post still makes a longer name of it. Entries and sentences are
invented."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.tokens import Doc

from caregraph.core.schema import GazetteerEntry
from caregraph.extract.mentions.voters import compile_matchers, gazetteer_candidates

BODY = GazetteerEntry(name="Harbour Care Association", type="Organisation", aliases=("HCA",), source="invented")
REVIEW = GazetteerEntry(name="Harbour Review", type="Publication", aliases=(), source="invented")
INVENTED = (BODY, REVIEW)


@pytest.fixture(scope="module")
def matchers(schema, vocab):
    return compile_matchers(vocab, dataclasses.replace(schema, gazetteer=INVENTED))


def found(matchers, vocab, sentence: str) -> list[str]:
    words = sentence.split()
    doc = Doc(vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1),
              pos=["PROPN" if w[:1].isupper() else "NOUN" for w in words])
    return sorted(c.name or "" for c in gazetteer_candidates(doc, matchers))


@pytest.mark.parametrize("sentence", [
    "Jane Porter , HCA President , said so .",
    "Jane Porter , HCA Chair , said so .",
    "HCA Chief Executive Jane Porter said so .",
])
def test_a_body_before_a_post_of_its_staff_is_the_body(matchers, vocab, sentence):
    assert found(matchers, vocab, sentence) == ["Harbour Care Association"]


@pytest.mark.parametrize("sentence", [
    "Jane Porter , HCA Westby , said so .",               # no post: a longer name
    "Jane Porter chairs the Harbour Review President Panel .",  # a text's name is no body
])
def test_near_misses_stay_longer_names(matchers, vocab, sentence):
    assert found(matchers, vocab, sentence) == []


@pytest.mark.model
def test_the_holder_of_the_post_has_a_role_at_the_body(nlp, schema):  # type: ignore[no-untyped-def]
    from caregraph.extract.worker import Extractor

    extractor = Extractor(nlp, dataclasses.replace(schema, gazetteer=schema.gazetteer + INVENTED))
    result = extractor.process_text("Responding to the plan, Jane Porter, HCA President, said: we welcome it.", doc_id="t")
    label = {e.key: e.label for e in result.entities}
    assert ("Jane Porter", "ROLE_AT", "Harbour Care Association") in {
        (label[r.source], r.relation, label[r.target]) for r in result.relations}
