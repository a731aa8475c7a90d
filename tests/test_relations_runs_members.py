"""RUNS by membership shapes: a list of councils "successful in a bid to become a pathfinder for
Y" (an attempt said to have succeeded is stated, not hoped for), a list whose conjuncts the
parser hung on a word inside a name ("A, Blackburn with Darwen, B and C"), "the Westshire-led Y
programme", and "Y comprises A, B and C" / "Y is made up of A, B and C". Invented programmes
through the trained pipeline, each with near misses that must not fire."""

from __future__ import annotations

import pytest

from helpers import text_relations as relations

_PROGRAMME = "Kinship Link"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Dorset Council, Kent County Council and Sefton Council have been successful in a regional bid to become a "
        "pathfinder for the Kinship Link programme.",
        "Following a successful bid to become a pathfinder for the Kinship Link programme, Dorset Council, Kent County "
        "Council and Sefton Council will start work in April.",
    ],
)
def test_councils_whose_bid_succeeded_run_the_programme(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, text)
    assert {("Dorset Council", "RUNS", _PROGRAMME), ("Kent County Council", "RUNS", _PROGRAMME),
            ("Sefton Council", "RUNS", _PROGRAMME)} <= found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Dorset Council has submitted a bid to become a pathfinder for the Kinship Link programme.",
        "Dorset Council was not successful in its bid to become a pathfinder for the Kinship Link programme.",
        "Dorset Council has been unsuccessful in its bid to become a pathfinder for the Kinship Link programme.",
    ],
)
def test_a_bid_not_said_to_succeed_runs_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Dorset Council", "RUNS", _PROGRAMME) not in relations(extractor, text)


@pytest.mark.model
def test_a_list_goes_on_after_a_name_with_its_own_preposition(extractor) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "Kent County Council" and "Sefton Council" on "Darwen", inside the name
    text = ("Dorset Council, Blackburn with Darwen, Kent County Council and Sefton Council have been successful in a "
            "regional bid to become a pathfinder for the Kinship Link programme.")
    found = relations(extractor, text)
    assert {(name, "RUNS", _PROGRAMME) for name in ("Dorset Council", "Blackburn with Darwen", "Kent County Council",
                                                     "Sefton Council")} <= found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kent-led Kinship Link programme supports carers.", ("Kent", "RUNS", _PROGRAMME)),
        ("The Kent-run Kinship Link scheme supports carers.", ("Kent", "RUNS", _PROGRAMME)),
    ],
)
def test_a_body_hyphened_to_led_or_run_runs_the_programme(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in relations(extractor, text)


@pytest.mark.model
def test_a_body_hyphened_to_funded_runs_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, "The Kent-funded Kinship Link programme supports carers.")
    assert not any(rel == "RUNS" for _, rel, _ in found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Kinship Link programme comprises Dorset, Kent and Sefton.",
        "The Kinship Link scheme is made up of Dorset, Kent and Sefton.",
    ],
)
def test_the_members_a_programme_comprises_run_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, text)
    assert {("Dorset", "RUNS", _PROGRAMME), ("Kent", "RUNS", _PROGRAMME), ("Sefton", "RUNS", _PROGRAMME)} <= found


@pytest.mark.model
def test_what_a_programme_consists_of_besides_bodies_runs_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, "The Kinship Link programme consists of three strands and is funded by Kent County Council.")
    assert not any(rel == "RUNS" for _, rel, _ in found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Kent County Council has received £2.4 million for the Kinship Link programme.",
        "Kent County Council has been awarded £1.2 million for the Kinship Link programme.",
        "Kent County Council has secured funding for the Kinship Link pilot.",
        "Kent County Council has received £2 million for a family centre, and £1 million for the Kinship Link pilot.",
    ],
)
def test_a_council_given_money_for_a_programme_runs_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Kent County Council", "RUNS", _PROGRAMME) in relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Kent County Council received praise for the Kinship Link pilot.",
        "Kent County Council did not receive any funding for the Kinship Link pilot.",
        "Kent County Council has applied to receive £2 million for the Kinship Link pilot.",
    ],
)
def test_no_money_or_no_grant_runs_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Kent County Council", "RUNS", _PROGRAMME) not in relations(extractor, text)


@pytest.mark.model
def test_a_council_leading_on_a_programme_runs_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Kent County Council is leading on the Kinship Link programme on behalf of the region."
    assert ("Kent County Council", "RUNS", _PROGRAMME) in relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The Kinship Link scheme in Kent has helped 200 families.", ["Kent"]),
        ("The Kinship Link programme in Kent and Dorset has grown.", ["Kent", "Dorset"]),
    ],
)
def test_the_place_a_programme_is_named_with_runs_it(extractor, text, places) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, text)
    assert {(place, "RUNS", _PROGRAMME) for place in places} <= found


@pytest.mark.model
def test_a_country_a_programme_is_named_with_runs_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, "The Kinship Link scheme in England has helped 200 families.")
    assert not any(rel == "RUNS" for _, rel, _ in found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Dorset is one of three councils chosen to pilot the Kinship Link programme. The other councils are Kent and Sefton.",
        "Along with 2 other councils, Dorset has received £1 million for the Kinship Link programme. The council will "
        "start work in May. The 2 other councils include Kent and Sefton.",
    ],
)
def test_the_other_members_of_a_group_run_what_its_named_member_runs(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, text)
    assert {("Kent", "RUNS", _PROGRAMME), ("Sefton", "RUNS", _PROGRAMME)} <= found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # no "other": another group
        "Dorset is one of three councils chosen to pilot the Kinship Link programme. Councils in the north include Kent "
        "and Sefton.",
        # another number: another group
        "Along with 2 other councils, Dorset has received £1 million for the Kinship Link programme. The 5 other "
        "councils include Kent and Sefton.",
    ],
)
def test_another_group_runs_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, text)
    assert not ({("Kent", "RUNS", _PROGRAMME), ("Sefton", "RUNS", _PROGRAMME)} & found)


@pytest.mark.model
def test_a_body_playing_a_part_in_a_programme_runs_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Our partners, Kent County Council and Sefton Council, will play an integral part in the Kinship Link programme."
    found = relations(extractor, text)
    assert {("Kent County Council", "RUNS", _PROGRAMME), ("Sefton Council", "RUNS", _PROGRAMME)} <= found


@pytest.mark.model
def test_the_places_in_brackets_after_an_unfound_name_in_a_list_run_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    # "Harbour Steps for Families (Dorset and Kent)": the bracket says where the listed body works
    text = ("Seven areas have been chosen to pilot the Kinship Link programme. The other areas include Sefton, "
            "Harbour Steps for Families (Dorset and Kent) and Essex.")
    found = relations(extractor, text)
    assert not ({("Dorset", "RUNS", _PROGRAMME), ("Kent", "RUNS", _PROGRAMME)} & found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The councils taking part in the Kinship Link pilot are Dorset, Kent and Sefton.",
        "The councils chosen to deliver the Kinship Link pilot were Dorset, Kent and Sefton.",
        "The government has named Dorset, Kent and Sefton as the first Kinship Link pathfinders.",
    ],
)
def test_a_group_whose_own_words_name_the_programme_runs_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, text)
    assert {("Dorset", "RUNS", _PROGRAMME), ("Kent", "RUNS", _PROGRAMME), ("Sefton", "RUNS", _PROGRAMME)} <= found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The councils that criticised the Kinship Link programme are Dorset, Kent and Sefton.",
        "The councils that dropped the Kinship Link programme are Dorset, Kent and Sefton.",
        "The councils not taking part in the Kinship Link pilot are Dorset, Kent and Sefton.",
    ],
)
def test_a_group_that_says_something_else_of_the_programme_runs_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(rel == "RUNS" for _, rel, _ in relations(extractor, text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("The Kinship Link programme is a partnership between Dorset Council, Kent County Council and Sefton Council.", True),
        ("The Kinship Link programme is not a partnership between Dorset Council and Kent County Council.", False),
    ],
)
def test_the_partners_of_a_programme_run_it(extractor, text, runs) -> None:  # type: ignore[no-untyped-def]
    assert (("Dorset Council", "RUNS", _PROGRAMME) in relations(extractor, text)) is runs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Department for Education has awarded £2 million to Kent County Council to deliver the Kinship Link programme.",
        "Funding has been awarded to Kent County Council to deliver the Kinship Link programme.",
    ],
)
def test_the_recipient_of_means_to_run_a_programme_runs_it_not_the_giver(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, text)
    assert ("Kent County Council", "RUNS", _PROGRAMME) in found
    assert ("Department for Education", "RUNS", _PROGRAMME) not in found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the parser tags "comprises" a noun joined to "launched"
        "In Westshire, this is delivered as part of the 'Fostering Harbour' Recruitment Hub, which launched in 2024 "
        "and comprises of 15 neighbouring local authorities including Westshire County Council, Eastborough "
        "Council, Northby Council and Southam Council.",
        "The Recruitment Hub, which launched in 2024, comprises 15 local authorities including Westshire County "
        "Council, Eastborough Council, Northby Council and Southam Council.",
        "The Recruitment Hub brings together Westshire County Council, Eastborough Council, Northby Council and "
        "Southam Council.",
    ],
)
def test_the_councils_a_hub_is_made_of_run_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, text)
    assert {(name, "RUNS", "Recruitment Hub") for name in ("Westshire County Council", "Eastborough Council",
                                                            "Northby Council", "Southam Council")} <= found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Recruitment Hub comprises three stages, including Westshire County Council's own review.",
        "The Recruitment Hub comprises three stages and is funded by Westshire County Council.",
    ],
)
def test_what_a_hub_comprises_besides_members_runs_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, text)
    assert not any(rel == "RUNS" for _, rel, _ in found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The members of the Recruitment Hub are Westshire County Council, Eastborough Council and Northby Council.",
        "Members of the Recruitment Hub include Westshire County Council, Eastborough Council and Northby Council.",
    ],
)
def test_the_member_bodies_of_a_hub_run_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, text)
    assert {(name, "RUNS", "Recruitment Hub") for name in ("Westshire County Council", "Eastborough Council",
                                                            "Northby Council")} <= found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The members of the Harbour Panel are Westshire County Council and Eastborough Council.",
        "The members of the Recruitment Hub board are Jane Doe and John Smith.",
    ],
)
def test_members_of_a_body_or_people_run_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, text)
    assert not any(rel == "RUNS" for _, rel, _ in found)


@pytest.mark.model
def test_a_listed_members_list_goes_on_after_a_name_with_its_own_of(extractor) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "Northby Council" and those after it on "Westmere", inside a name of the list
    text = ("The Harbour Hub, which launched in 2024, comprises 15 local authorities including Westshire County Council, "
            "Eastborough Council, Council of the Isles of Westmere, Northby Council, Southam Council and Westby Council.")
    found = relations(extractor, text)
    assert {(name, "RUNS", "Harbour Hub") for name in ("Westshire County Council", "Council of the Isles of Westmere",
                                                        "Northby Council", "Southam Council", "Westby Council")} <= found
