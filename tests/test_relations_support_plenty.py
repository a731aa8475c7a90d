"""Session 16: "there is much / a lot / plenty to welcome in Y" as a speaker's (or a page's own)
support of Y, the existential amount of a verb of the support class with Y the object of its
"in"; never with an amount that denies it ("little", "nothing"), nor in a sentence with a clause
of contrast ("much to welcome in Y, but ..." is a mixed response). Invented names throughout."""

from __future__ import annotations

import pytest

from helpers import text_relations as relations


def _said(quote: str) -> str:
    return f"Jane Porter, director of the Harbour Trust, said:\n\n\u201c{quote}\u201d"


@pytest.mark.model
@pytest.mark.parametrize(
    ("quote", "target"),
    [
        ("There is much to welcome in the Westshire Kinship Strategy.", "Westshire Kinship Strategy"),
        ("There is a lot to welcome in the Northshire Care Bill.", "Northshire Care Bill"),
        ("There is much to support in the Eastborough Families Review.", "Eastborough Families Review"),
    ],
)
def test_much_to_welcome_in_a_named_text_is_the_speakers_support(extractor, quote, target):
    assert ("Jane Porter", "SUPPORTS", target) in relations(extractor, _said(quote))


@pytest.mark.model
@pytest.mark.parametrize(
    ("quote", "target"),
    [
        # an amount that denies it
        ("There is little to welcome in the Westshire Kinship Strategy.", "Westshire Kinship Strategy"),
        ("There is nothing to support in the Northshire Care Bill.", "Northshire Care Bill"),
        # a mixed response
        ("There is much to welcome in the Westshire Kinship Strategy, but the funding falls short.",
         "Westshire Kinship Strategy"),
        # not said to exist
        ("There is not much to welcome in the Northshire Care Bill.", "Northshire Care Bill"),
    ],
)
def test_no_support_from_scarcity_contrast_or_negation(extractor, quote, target):
    assert ("Jane Porter", "SUPPORTS", target) not in relations(extractor, _said(quote))


@pytest.mark.model
def test_little_to_welcome_in_an_answer_is_no_praise_of_the_text_answered(extractor):
    text = ("Responding to the Westshire Kinship Strategy, Jane Porter, director of the Harbour Trust, said:"
            "\n\n\u201cThere is little to welcome here for kinship carers.\u201d")
    assert ("Jane Porter", "SUPPORTS", "Westshire Kinship Strategy") not in relations(extractor, text)


@pytest.mark.model
def test_a_positive_answer_still_supports_the_text_answered(extractor):
    text = ("Responding to the Westshire Kinship Strategy, Jane Porter, director of the Harbour Trust, said:"
            "\n\n\u201cWe welcome this for kinship carers.\u201d")
    assert ("Jane Porter", "SUPPORTS", "Westshire Kinship Strategy") in relations(extractor, text)
