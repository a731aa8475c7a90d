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
        ("There is much to welcome in the Westshire Harbour Strategy.", "Westshire Harbour Strategy"),
        ("There is a lot to welcome in the Northshire Care Bill.", "Northshire Care Bill"),
        ("There is much to support in the Eastborough Families Review.", "Eastborough Families Review"),
        ("We think there is plenty to applaud in the Northshire Care Bill.", "Northshire Care Bill"),
        ("Frankly there is a great deal to endorse in the Eastborough Families Review.", "Eastborough Families Review"),
        # coordinated verbs and phrases: the "in" of the last conjunct, and each of two texts
        ("There is much to welcome and support in the Westshire Harbour Strategy.", "Westshire Harbour Strategy"),
        ("There is plenty to welcome in the Westshire Harbour Strategy and in the Northshire Care Bill.",
         "Northshire Care Bill"),
        ("There is plenty to welcome in the Westshire Harbour Strategy and the Northshire Care Bill.",
         "Northshire Care Bill"),
    ],
)
def test_much_to_welcome_in_a_named_text_is_the_speakers_support(extractor, quote, target):
    assert ("Jane Porter", "SUPPORTS", target) in relations(extractor, _said(quote))


@pytest.mark.model
@pytest.mark.parametrize(
    ("quote", "target"),
    [
        # an amount that denies it
        ("There is little to welcome in the Westshire Harbour Strategy.", "Westshire Harbour Strategy"),
        ("There is nothing to support in the Northshire Care Bill.", "Northshire Care Bill"),
        # a mixed response
        ("There is much to welcome in the Westshire Harbour Strategy, but the funding falls short.",
         "Westshire Harbour Strategy"),
        ("There was very little to welcome in the Westshire Harbour Strategy.", "Westshire Harbour Strategy"),
        # a mixed response
        ("There is plenty to welcome in the Northshire Care Bill; however, its timetable is a worry.",
         "Northshire Care Bill"),
        # not said to exist
        ("There is not much to welcome in the Northshire Care Bill.", "Northshire Care Bill"),
        ("There isn't a great deal to applaud in the Northshire Care Bill.", "Northshire Care Bill"),
    ],
)
def test_no_support_from_scarcity_contrast_or_negation(extractor, quote, target):
    assert ("Jane Porter", "SUPPORTS", target) not in relations(extractor, _said(quote))


@pytest.mark.model
def test_little_to_welcome_in_an_answer_is_no_praise_of_the_text_answered(extractor):
    text = ("Responding to the Westshire Harbour Strategy, Jane Porter, director of the Harbour Trust, said:"
            "\n\n\u201cThere is little to welcome here for island carers.\u201d")
    assert ("Jane Porter", "SUPPORTS", "Westshire Harbour Strategy") not in relations(extractor, text)


@pytest.mark.model
def test_a_positive_answer_still_supports_the_text_answered(extractor):
    text = ("Responding to the Westshire Harbour Strategy, Jane Porter, director of the Harbour Trust, said:"
            "\n\n\u201cWe welcome this for island carers.\u201d")
    assert ("Jane Porter", "SUPPORTS", "Westshire Harbour Strategy") in relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "quote",
    [
        # negated plenty, and scarcity the parser reads as the copula's complement
        "There isn't a lot to welcome here for island carers.",
        "There was very little to welcome here for island carers.",
        # plenty with a reservation: a mixed response, not praise of the text answered
        "There is a great deal to welcome here for carers, though the sums remain too small.",
        "There is plenty to welcome here for island carers, yet the funding is short.",
    ],
)
def test_scarcity_or_a_mixed_response_in_an_answer_is_no_praise_of_the_text_answered(extractor, quote):
    text = ("Responding to the Westshire Harbour Strategy, Jane Porter, director of the Harbour Trust, said:"
            f"\n\n\u201c{quote}\u201d")
    assert ("Jane Porter", "SUPPORTS", "Westshire Harbour Strategy") not in relations(extractor, text)


_STATEMENT = "Harbour Trust statement on the Northshire Care Bill\n\n"


@pytest.mark.model
def test_plenty_to_welcome_on_a_bodys_own_page_is_its_support(extractor):
    text = _STATEMENT + "We believe there is plenty to applaud in the Northshire Care Bill."
    assert ("Harbour Trust", "SUPPORTS", "Northshire Care Bill") in relations(extractor, text)


@pytest.mark.model
def test_plenty_to_welcome_with_a_reservation_on_a_bodys_own_page_is_no_support(extractor):
    text = _STATEMENT + "There is a great deal to applaud in the Northshire Care Bill, although the sums are too small."
    assert ("Harbour Trust", "SUPPORTS", "Northshire Care Bill") not in relations(extractor, text)
