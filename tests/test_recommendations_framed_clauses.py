"""Recommendations, session 21: a clause a publication frames ("Through the X Bill, we are
creating Y", "Within the X Strategy, ministers outline Y", "Y, which are being introduced as
part of the X Bill") gives that publication's proposal, whoever the clause's subject is; not a
body that frames it, nor a negated clause, a question or what is done. Sentences and names invented."""

from __future__ import annotations

import pytest

from helpers import assert_proposes, text_recommendations

_FRAMED = [
    ("Through the Harbour Bill, we are creating a national register of island carers and extending free ferry passes.",
     "Harbour Bill", ["national register of island carers", "free ferry passes"]),
    ("Within the Westshire Strategy, ministers outline a new respite fund for coastal families.",
     "Westshire Strategy", ["respite fund for coastal families"]),
    ("The Harbour Trust proposed a harbour carers allowance and a new duty to publish a ferry offer, "
     "which are now being introduced as part of the Harbour Bill.",
     "Harbour Bill", ["harbour carers allowance", "duty to publish a ferry offer"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "publication", "proposals"), _FRAMED)
def test_a_publication_framing_a_clause_proposes_what_it_brings_in(extractor, text, publication, proposals):
    _, relations = text_recommendations(extractor, "Eastborough news.\n\n" + text)
    assert_proposes(relations, publication, proposals)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Through the Westshire Trust, we are creating a national register of island carers.",
    "Under the Harbour Bill, ministers will not create a national register of island carers.",
    "Through the Harbour Bill, are ministers creating a national register of island carers?",
    "Through the Harbour Bill, we created a national register of island carers in 2020.",
    "A national register of island carers has been created as part of the Harbour Bill.",
])
def test_no_publication_proposal_from_a_body_a_negation_or_a_question(extractor, text):
    _, relations = text_recommendations(extractor, "Eastborough news.\n\n" + text)
    assert not any(rel == "RECOMMENDS" and "register of island carers" in t for _, rel, t in relations), relations
