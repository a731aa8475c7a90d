"""Recommendations, session 18: a phrase whose head noun, verb object or complement noun has a
determiner that points to something named elsewhere ("expand this part of the scheme", "the
results of these trials", "adopt her plan") is a pointer to a proposal, not its name, so it is no
proposal and carries no stance. A generic "their", a demonstrative pronoun ("those without X"),
a time ("by the end of this year") and an "its" of "every council" point nowhere. Each test also
checks that the same sentence with "the" still gives a proposal. Sentences and names invented;
read through the model."""

from __future__ import annotations

import pytest

from helpers import text_recommendations as _extract

pytestmark = pytest.mark.model


# (a sentence with a slot for the determiner, the pointing word, the words of the phrase after it,
# the relation an edge to the pointing phrase must not have: None for any)
_POINTING = [
    ("The Harbour Trust warmly welcomes plans to expand {} part of the ferry scheme for young carers.",
     "this", "part", "SUPPORTS"),
    ("The Harbour Trust is calling for a national register of young carers, and an expansion of {} island "
     "ferry trials.", "these", "island ferry trials", None),
    ("Jane Doe called for the adoption of {} harbour safety plan in Eastborough.", "his", "harbour safety plan", None),
]


@pytest.mark.parametrize("sentence,pointer,rest,relation", _POINTING, ids=["this-part", "these-trials", "his-plan"])
@pytest.mark.parametrize("det", ["pointing", "the"])
def test_a_phrase_whose_determiner_points_elsewhere_is_no_proposal(extractor, sentence, pointer, rest, relation, det):
    word = pointer if det == "pointing" else "the"
    recs, rels = _extract(extractor, sentence.format(word))
    found = [r for r in recs if f"{word} {rest}" in r]
    if det == "the":
        assert found  # the control: with "the" the phrase is a proposal
        return
    assert not found
    assert not [o for _, rel, o in rels if relation in (None, rel) and f"{pointer} {rest.split()[0]}" in o]


def test_a_generic_their_does_not_point_elsewhere(extractor):
    recs, _ = _extract(
        extractor, "The Harbour Trust calls for the government to fund a mentoring scheme for young carers and "
        "their families.")
    assert any("mentoring scheme" in r for r in recs)


def test_a_pronoun_those_does_not_point_elsewhere(extractor):
    recs, _ = _extract(
        extractor, "The Harbour Trust calls for the government to fund a mentoring scheme for those without a home.")
    assert any("mentoring scheme for those" in r for r in recs)


def test_its_of_every_council_is_generic(extractor):
    recs, rels = _extract(
        extractor, "The Harbour Trust calls for every council to publish its local offer for young carers.")
    assert any("its local offer for young carers" in r for r in recs)
    assert any(s == "Harbour Trust" and rel == "SUPPORTS" and "local offer" in o for s, rel, o in rels)


@pytest.mark.parametrize("det", ["its", "the"])
def test_its_of_a_single_body_still_points_elsewhere(extractor, det):
    # ("its" with no "every/each/all" owner is the possessive of a body named elsewhere)
    recs, _ = _extract(extractor, f"Jane Doe called for the adoption of {det} harbour safety plan in Eastborough.")
    found = [r for r in recs if f"{det} harbour safety plan" in r]
    assert bool(found) == (det == "the")


@pytest.mark.parametrize("det", ["this", "the"])
def test_a_time_phrase_with_this_points_nowhere(extractor, det):
    recs, _ = _extract(
        extractor, "The Harbour Trust calls for the council to open a harbour respite centre in Eastborough by the "
        f"end of {det} year.")
    assert any("harbour respite centre" in r for r in recs)
