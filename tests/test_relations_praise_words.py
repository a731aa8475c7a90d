"""Words of praise a speaker says of a programme (relations.yaml: the supports-quote,
supports-description and reaction lemmas): "a great success", "a huge boost",
"a wonderful experience", "very promising", "an amazing opportunity", in a quotation or in a
description ("described Y as a huge boost"). A negated word, or the noun as no verdict on the
programme ("the success of Y depends on ..."), supports nothing. Invented names and places."""

from __future__ import annotations

import pytest

from helpers import text_relations

pytestmark = pytest.mark.model

OPENING = "The Bright Steps programme will open in Westshire.\n"
TITLED = "Bright Steps programme opens in Westshire\n" + OPENING
SUPPORT = ("Jane Porter", "SUPPORTS", "Bright Steps")


@pytest.mark.parametrize(
    "text",
    [
        OPENING + "\u201cThe programme is a great success,\u201d said Jane Porter.",
        OPENING + "\u201cThis funding will be a huge boost for families in Westshire,\u201d said Jane Porter.",
        OPENING + "Jane Porter described the programme as a great success for families.",
        OPENING + "Jane Porter described the programme as a huge boost for families.",
        OPENING + "\u201cThe programme is an amazing opportunity and a valuable resource,\u201d said Jane Porter.",
        TITLED + "\u201cIt has been a wonderful experience for our family,\u201d said Jane Porter.",
        TITLED + "\u201cThe early results are very promising,\u201d said Jane Porter.",
    ],
)
def test_a_word_of_praise_said_of_the_programme_supports_it(extractor, text):
    assert SUPPORT in text_relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # negated
        OPENING + "\u201cThe programme is not a success,\u201d said Jane Porter.",
        # the noun is no verdict on the programme
        OPENING + "\u201cThe success of the programme depends on funding,\u201d said Jane Porter.",
    ],
)
def test_no_support_from_a_word_of_praise_that_is_no_verdict(extractor, text):
    assert SUPPORT not in text_relations(extractor, text)
