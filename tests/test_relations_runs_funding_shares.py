"""RUNS by money a body or place receives where the programme is named in the money's own phrase
("new Lapwing Programme funding", "a portion of the £4 million Lapwing Programme funding"), after
"under" or "as part of" on the verb, where the holder is the subject of the clause the verb is open
on ("was picked to receive ..."), and the recipient of an active verb of giving ("the Harbour Office
granted Westshire Council £2 million for Y"). Invented programmes through the trained pipeline, each
with near misses that must not fire; a programme's name quoted before its noun, read by the parser
as an adjective (hand-built parses); and verbs of setting a programme up ("established", "set up",
"opened")."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import INITIATIVE, PLACE
from helpers import hand_parse as parse
from helpers import relations_found
from helpers import text_relations as relations

_PROGRAMME = "Lapwing Programme"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Westshire Council will receive new Lapwing Programme funding this year.",
        "Westshire Council was picked to receive a portion of the £4 million Lapwing Programme funding.",
        "Westshire Council will receive £3 million a year as part of the Lapwing Programme.",
        "Westshire Council has secured £3 million as a portion of the Lapwing Programme.",
        "Westshire Council has received £2 million under the Lapwing Programme.",
        # the recipient of an active verb of giving
        "The Harbour Office granted Westshire Council £2 million for the Lapwing Programme.",
    ],
)
def test_a_council_receiving_a_programmes_money_runs_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Westshire Council", "RUNS", _PROGRAMME) in relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # no money: a share of something else, or an "as" that is no part
        "Westshire Council will receive a share of the praise for the Lapwing Programme.",
        # (the programme inside the "as" phrase: a loan is no part of it)
        "Westshire Council received £2 million as a loan from the Lapwing Programme.",
        # not stated: applied for, or denied
        "Westshire Council has applied to receive new Lapwing Programme funding.",
        "Westshire Council did not receive any Lapwing Programme funding.",
        # the giver of the money, never its holder
        "Westshire Council has awarded £2 million to Eastborough Council under the Lapwing Programme.",
    ],
)
def test_no_money_of_the_programme_held_runs_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Westshire Council", "RUNS", _PROGRAMME) not in relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Office granted Westshire Council £2 million for the Lapwing Programme.",
        "The Harbour Office awarded £2 million to Eastborough Council for the Lapwing Programme.",
    ],
)
def test_the_giver_of_the_money_runs_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Harbour Office", "RUNS", _PROGRAMME) not in relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Office did not grant Westshire Council any money for the Lapwing Programme.",
        "The Harbour Office may grant Westshire Council £2 million for the Lapwing Programme.",
    ],
)
def test_money_not_said_to_be_given_makes_no_recipient(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Westshire Council", "RUNS", _PROGRAMME) not in relations(extractor, text)



# -- a programme's name in quotation marks before the noun it names, which the parser may read as
# an adjective ("the “Lapwing” approach"): the name is the phrase's referent (hand-built parses; a noun
# that is no definite reference, as "the model" is, which resolves to the page's one programme)


def _quoted_doc(vocab, opening: str, closing: str):  # type: ignore[no-untyped-def]
    # "Westshire piloted the <opening>Lapwing<closing> approach ."
    doc = parse(vocab, [
        ("Westshire", 1, "nsubj", "PROPN", "Westshire"),
        ("piloted", 1, "ROOT", "VERB", "pilot"),
        ("the", 6, "det", "DET", "the"),
        (opening, 6, "punct", "PUNCT", opening),
        ("Lapwing", 6, "amod", "ADJ", "Lapwing"),
        (closing, 6, "punct", "PUNCT", closing),
        ("approach", 1, "dobj", "NOUN", "approach"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    return doc, [(0, 1, PLACE), (4, 5, INITIATIVE)]


def test_a_quoted_name_read_as_an_adjective_is_the_object(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _quoted_doc(vocab, "\u201c", "\u201d")
    assert ("Westshire", "RUNS", "Lapwing") in relations_found(doc, names, schema)


def test_an_unquoted_adjective_is_still_no_object(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "Westshire piloted the , Lapwing , approach": no quotation marks round the modifier
    doc, names = _quoted_doc(vocab, ",", ",")
    assert ("Westshire", "RUNS", "Lapwing") not in relations_found(doc, names, schema)


# -- verbs of setting a programme up: the body or place that creates, establishes, sets up, opens or
# builds it runs it (not where it is denied, nor a publication's "creates")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Westshire Council has established the Lapwing Programme.",
        "Westshire Council will use the money to create the Lapwing Programme across the county.",
        "Westshire Council set up the Lapwing Programme in 2021.",
        "Westshire Council opened the Lapwing Programme to new families last year.",
    ],
)
def test_a_council_setting_up_a_programme_runs_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Westshire Council", "RUNS", _PROGRAMME) in relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Westshire Council has not established the Lapwing Programme.",
        "Westshire Council might create the Lapwing Programme next year.",
    ],
)
def test_a_programme_not_said_to_be_set_up_is_run_by_nobody(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Westshire Council", "RUNS", _PROGRAMME) not in relations(extractor, text)
