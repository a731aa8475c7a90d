"""Recommendations, session 14: an instrument a body is asked to fund or bring in names the
proposal ("invest in a regional respite strategy to help carers" -> "regional respite
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
    ("Eastby members are urging the authority to invest in a respite strategy to help the families of young carers.",
     "invest in a respite strategy to help the families of young carers", "respite strategy"),
    ("Members asked Eastby Council to support Green plans to introduce a respite strategy as part of the spring budget.",
     "Green plans to introduce a respite strategy as part of the spring budget", "respite strategy"),
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
    text = ("In its vision for families, the review sets out six groups of recommended steps, including:\n\n"
            "  \u2022 The creation of a fully costed plan for mentor recruitment;\n"
            "  \u2022 Raising Harbour Tax Exemption for young carers to the age of 21, and raising the level of "
            "Westshire Credit for all young carers aged over 16 to the adult rate; and\n"
            "  \u2022 The use of one shared record for families across services.\n")
    result = extractor.process_text(text, doc_id="t")
    labels = {(e.type, e.label) for e in result.entities}
    assert not any(label == "Raising Harbour Tax Exemption" for _t, label in labels)
    assert ("Recommendation", "Raising Harbour Tax Exemption for young carers to the age of 21") in labels


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbour Trust welcomes the Report\u2019s focus on rebalancing harbour services away from crisis "
     "response and more towards preventative support.",
     "rebalancing harbour services away from crisis response and more towards preventative support"),
    ("The Harbour Trust welcomes the Report\u2019s focus on rebalancing harbour services away from crisis response.",
     "rebalancing harbour services away from crisis response"),
    ("The Harbour Trust welcomes the Report\u2019s focus on early help, away from the headlines.", "early help"),
])
def test_a_direction_after_the_emphasised_phrase_belongs_to_it(extractor, text, expected):
    result = extractor.process_text(text, doc_id="t")
    assert [e.label for e in result.entities if e.type == "Recommendation"] == [expected]


@pytest.mark.model
@pytest.mark.parametrize(("text", "part"), [
    ("Members hoped the engagement would be replicated in the proposed new locations.", "the proposed new locations"),
    ("Cabinet noted the progress of the programme and the proposed areas of focus.", "the proposed areas of focus"),
    ("The Harbour Bill introduces a variety of measures intended to better protect children.",
     "a variety of measures intended to better protect children"),
])
def test_where_how_many_or_an_unsaid_focus_names_no_proposal(nlp, schema, text, part):
    assert _phrase(nlp, schema, text, part) is None
