"""Recommendations, session 14: an instrument a body is asked to fund or bring in names the
proposal ("invest in a regional kinship strategy to support carers" -> "regional kinship
strategy", "plans to introduce a harbour strategy" -> "harbour strategy"), and a bullet that opens
a proposal with a capitalised gerund ("Raising Harbour Tax Relief for carers to ...") is one
proposal, not a title beside it. Sentences invented, read through the model."""

from __future__ import annotations

import pytest


def _phrase(nlp, schema, text: str, part: str) -> str | None:
    from caregraph.extract.proposals.phrases import proposal_phrase

    doc = nlp(text)
    at = text.index(part)
    span = doc.char_span(at, at + len(part), alignment_mode="expand")
    found = proposal_phrase(doc, span.start, span.end, schema.entities)
    return None if found is None else doc[found[0] : found[1]].text


@pytest.mark.model
@pytest.mark.parametrize(("text", "part", "expected"), [
    ("Westshire councillors are calling on the authority to invest in a kinship strategy to support the work of kinship carers.",
     "invest in a kinship strategy to support the work of kinship carers", "kinship strategy"),
    ("Councillors called on Westshire Council to back Labour plans to introduce a kinship strategy as part of the budget debate.",
     "Labour plans to introduce a kinship strategy as part of the budget debate", "kinship strategy"),
])
def test_an_instrument_to_be_funded_or_brought_in_names_the_proposal(nlp, schema, text, part, expected):
    assert _phrase(nlp, schema, text, part) == expected


@pytest.mark.model
def test_investing_in_a_field_keeps_its_clause(nlp, schema):
    # (no instrument: "early help" is a field, and the verb stays with it)
    text = "The Harbour Trust urged the council to invest in early help to support families in Westby."
    found = _phrase(nlp, schema, text, "invest in early help to support families in Westby")
    assert found != "early help"


@pytest.mark.model
def test_a_bullet_opening_with_a_capitalised_gerund_is_one_proposal(extractor):
    text = ("In setting out a vision for care, the report details eight sets of recommended actions, including:\n\n"
            "  \u2022 The creation of a fully funded plan for foster care recruitment;\n"
            "  \u2022 Raising Harbour Tax Exemption for care leavers to the age of 25, and raising the rate of "
            "Westshire Credit for all care leavers aged over 18 to the over-25 age rate; and\n"
            "  \u2022 The use of a single unique identifier for children across services.\n")
    result = extractor.process_text(text, doc_id="t")
    labels = {(e.type, e.label) for e in result.entities}
    assert not any(label == "Raising Harbour Tax Exemption" for _t, label in labels)
    assert ("Recommendation", "Raising Harbour Tax Exemption for care leavers to the age of 25") in labels


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbour Trust welcomes the Report\u2019s focus on rebalancing children\u2019s social care away from crisis "
     "intervention and more towards preventative action.",
     "rebalancing children's social care away from crisis intervention and more towards preventative action"),
    ("The Harbour Trust welcomes the Report\u2019s focus on rebalancing children\u2019s social care away from crisis intervention.",
     "rebalancing children's social care away from crisis intervention"),
    ("The Harbour Trust welcomes the Report\u2019s focus on early help, away from the headlines.", "early help"),
])
def test_a_direction_after_the_emphasised_phrase_belongs_to_it(extractor, text, expected):
    result = extractor.process_text(text, doc_id="t")
    assert [e.label for e in result.entities if e.type == "Recommendation"] == [expected]
