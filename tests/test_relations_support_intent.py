"""Session 21: an intent to carry something forward, told by a verb or a noun of intent, is its
holder's backing of it ("Westshire Council's commitment to create Y", "X has pledged to create Y",
"X set out plans to fund Y"): a proposal whatever carries it forward, a programme or a text only when
backed or funded, a text also when implemented or accepted. Never a negated or hedged intent, a plan
of undoing, a running ("X plans to introduce Y" is X's running of Y), or a text about Y. Invented
names throughout."""

from __future__ import annotations

import pytest

from helpers import text_relations as relations

_REGISTER = "national register of harbour carers"


def _welcomed(clause: str) -> str:
    # a welcome by another body, which makes the register a named proposal of the page
    return f"The Harbour Trust has welcomed {clause}, having campaigned for it for many years."


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_welcomed(f"the Westshire Council's commitment to create a {_REGISTER}"),
         ("Westshire Council", "SUPPORTS", _REGISTER)),
        (_welcomed(f"the Westshire Council's pledge to introduce a {_REGISTER}"),
         ("Westshire Council", "SUPPORTS", _REGISTER)),
        ("The decision by the Eastborough Foundation to back the Westshire Mockingbird Programme was welcomed.",
         ("Eastborough Foundation", "SUPPORTS", "Westshire Mockingbird Programme")),
        ("The Department for Harbours has set out plans to fund the Westshire Family Hubs programme.",
         ("Department for Harbours", "SUPPORTS", "Westshire Family Hubs")),
        ("The Eastborough Foundation's decision to fund the Westshire Mockingbird Programme was announced today.",
         ("Eastborough Foundation", "SUPPORTS", "Westshire Mockingbird Programme")),
        ("The Department for Harbours' decision to implement the Eastborough Care Review was welcomed.",
         ("Department for Harbours", "SUPPORTS", "Eastborough Care Review")),
        ("Westshire Council unveiled its pledge to fund the Westshire Family Hubs programme.",
         ("Westshire Council", "SUPPORTS", "Westshire Family Hubs")),
        ("The Harbour Trust's commitment to funding the Westshire Mockingbird Programme was welcomed.",
         ("Harbour Trust", "SUPPORTS", "Westshire Mockingbird Programme")),
        # a noun of intent with a noun before it
        ("The Eastborough Party's manifesto pledge to fund the Westshire Family Hubs programme was welcomed.",
         ("Eastborough Party", "SUPPORTS", "Westshire Family Hubs")),
    ],
)
def test_the_holder_of_an_intent_backs_what_it_carries_forward(extractor, text, expected):
    assert expected in relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a plan of undoing
        ("Westshire Council's plan to scrap the Westshire Family Hubs programme was criticised.",
         ("Westshire Council", "SUPPORTS", "Westshire Family Hubs")),
        # negated and hedged intents
        ("Westshire Council has not committed to fund the Westshire Family Hubs programme.",
         ("Westshire Council", "SUPPORTS", "Westshire Family Hubs")),
        ("Westshire Council may decide to fund the Westshire Family Hubs programme.",
         ("Westshire Council", "SUPPORTS", "Westshire Family Hubs")),
        # a running, not a backing
        ("Westshire Council plans to introduce the Westshire Kinship Allowance Pilot next year.",
         ("Westshire Council", "SUPPORTS", "Westshire Kinship Allowance Pilot")),
        # a text about the programme
        ("Westshire Council plans to commission a review of the Westshire Family Hubs programme.",
         ("Westshire Council", "SUPPORTS", "Westshire Family Hubs")),
        ("Westshire Council may announce its plan to fund the Westshire Family Hubs programme.",
         ("Westshire Council", "SUPPORTS", "Westshire Family Hubs")),
        # a pronoun owner: which body is a guess
        ("The Harbour Trust met Westshire Council. Its plan to fund the Westshire Family Hubs programme was welcomed.",
         ("Harbour Trust", "SUPPORTS", "Westshire Family Hubs")),
        # writing a text is no backing of it
        ("The Department for Harbours' plan to publish the Eastborough Care Strategy was announced.",
         ("Department for Harbours", "SUPPORTS", "Eastborough Care Strategy")),
    ],
)
def test_no_backing_from_undoing_negated_running_or_writing_intents(extractor, text, absent):
    assert absent not in relations(extractor, text)
