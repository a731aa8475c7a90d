"""Recommendations, session 8: a mandate a bill or strategy makes ("requires each council to
publish X", "makes it mandatory for councils to offer X", "a new duty on councils to X") is its
proposal; near misses (the law in force, a negated or undone mandate, a requirement on a
person, the page's own requirement, a report describing) are none. Invented sentences."""

from __future__ import annotations

import pytest

from helpers import text_recommendations

_extract = text_recommendations


@pytest.mark.model
@pytest.mark.parametrize(("text", "label"), [
    ("The Harbour Bill requires each local authority to publish a local offer for kinship carers.",
     "each local authority to publish a local offer for kinship carers"),
    ("The Harbour Bill would impose a duty on local authorities to offer family mediation.",
     "duty on local authorities to offer family mediation"),
    ("The Harbour Bill will help care leavers by including a new duty on local authorities to publish a local offer.",
     "new duty on local authorities to publish a local offer"),
    ("The Westshire Strategy aims to strengthen support for carers, with a requirement for councils to publish "
     "their kinship offer.", "requirement for councils to publish their kinship offer"),
    ("The Harbour Bill seeks to amend the Harbour Act 1990 to make it a requirement for the safeguarding "
     "partners to include schools.", "requirement for the safeguarding partners to include schools"),
    ("The Westshire Strategy makes it compulsory for councils to join the transfer scheme.",
     "councils to join the transfer scheme"),
])
def test_a_bills_or_strategys_mandate_is_its_proposal(extractor, text, label):
    recs, relations = _extract(extractor, text)
    assert recs == [label]
    maker = "Harbour Bill" if "Harbour Bill" in text else "Westshire Strategy"
    assert (maker, "RECOMMENDS", label) in relations


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the law in force
    "The Harbour Act 1990 requires local authorities to publish a local offer for kinship carers.",
    "Section 1 of the Harbour Act 1990 requires local authorities to prioritise the welfare of children.",
    "In 2024 the Government issued statutory guidance, which included a requirement for each local "
    "authority to publish a family and friends care policy.",
    "The Harbour Act 1990 places a duty on local authorities to promote cooperation with other bodies.",
    # negated, conditional or undone
    "The Harbour Bill does not require local authorities to publish a local offer for kinship carers.",
    "The Harbour Bill removes the duty on local authorities to publish a local offer.",
    # a requirement on a person; the page's own; a report describing; no publication
    "The Harbour Bill requires Jane Porter to publish a local offer for kinship carers.",
    "We require all members to publish a local offer for kinship carers.",
    "The Westshire report requires councils to publish a local offer for kinship carers.",
    "It is a legal requirement for local authorities to provide the department with quarterly data.",
    "Harbour Trust welcomes the new requirement on local authorities to offer family mediation.",
])
def test_near_misses_of_a_mandate_are_no_proposal(extractor, text):
    recs, relations = _extract(extractor, text)
    assert recs == []
    assert not any(r[1] == "RECOMMENDS" for r in relations)
