"""A call made in the first person plural inside a named person's quotation ("Jane Porter,
chief executive of the Harbour Trust, said: 'We want to see X'") is the speaker's call as well
as her body's: she SUPPORTS X too (relations/kinds/proposals.py _calling_speakers). Not a
call outside any quotation, nor one of "we" in someone's reported speech, nor a speaker known
only by a pronoun. Invented names and places."""

from __future__ import annotations

import pytest

from helpers import text_relations

pytestmark = pytest.mark.model

DUTY = "statutory duty to publish local offers"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a speaker with no body named: the call was nobody's before
        ("Jane Porter said: \u201cWe want to see a statutory duty to publish local offers.\u201d",
         {"Jane Porter"}),
        # a speaker with her body: both call for it
        ("Jane Porter, chief executive of the Harbour Trust, said: \u201cWe also want to see a statutory duty to "
         "publish local offers.\u201d", {"Jane Porter", "Harbour Trust"}),
        # the speaker after the quotation
        ("\u201cWe want to see a statutory duty to publish local offers,\u201d said Jane Porter, chief executive of "
         "the Harbour Trust.", {"Jane Porter", "Harbour Trust"}),
    ],
)
def test_a_quoted_call_of_we_is_also_its_speakers(extractor, text, speakers):
    rels = text_relations(extractor, text)
    assert {s for s, r, o in rels if r == "SUPPORTS" and o == DUTY} == speakers


@pytest.mark.parametrize(
    "text",
    [
        # no quotation: the page's own "we", not the person named before it
        "Jane Porter visited Westshire on Monday. We want to see a statutory duty to publish local offers.",
        # the speaker only through a pronoun
        "Jane Porter visited Westshire on Monday.\n\nShe said: \u201cWe want to see a statutory duty to publish "
        "local offers.\u201d",
    ],
)
def test_no_call_of_the_person_outside_her_own_named_quotation(extractor, text):
    rels = text_relations(extractor, text)
    assert ("Jane Porter", "SUPPORTS", DUTY) not in rels
