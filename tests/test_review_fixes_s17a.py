"""Review fixes of session 17's numbered titles, person-alias and own-head merges: a person's
form with an honorific or a post ("Mr Smith", "Cllr Smith") joins no other page's person by its
name, and two people whose full names disagree stay apart; a surname's full name matches a
longer form without its titles, with an initial or a middle name; a head noun in the plural
("Harbour Programmes") is still a head, and a place after a body's name ("Harbour Trust
Westshire") still names that body; a title of years swallows a mention running past its end,
keeps "and" between capitalised words, and is no title after "a new". Names and sentences are invented."""

from __future__ import annotations

from dataclasses import replace

import pytest

from helpers import document_entity, merged_groups

_entity = document_entity


# --------------------------------------------------------------------- person aliases across pages (item 1)


def test_an_honorific_alias_joins_no_other_pages_person_of_that_form(schema) -> None:  # type: ignore[no-untyped-def]
    # "Mr Smith" is John Smith on his page; another page's "Mr Smith" may be anyone of that surname
    ents = [_entity("a#0", "John Smith", "Person", aliases=("Mr Smith",)),
            _entity("b#0", "Mr Smith", "Person")]
    assert merged_groups(schema, ents) == [{"John Smith"}, {"Mr Smith"}]


def test_a_posts_alias_joins_no_other_pages_person_of_another_full_name(schema) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("a#0", "John Smith", "Person", aliases=("Cllr Smith",)),
            _entity("b#0", "Cllr Smith", "Person", aliases=("Cllr Peter Smith",))]
    assert merged_groups(schema, ents) == [{"Cllr Smith"}, {"John Smith"}]


def test_two_people_whose_full_names_disagree_share_no_alias(schema) -> None:  # type: ignore[no-untyped-def]
    # "J Smith" is Jane Smith on one page and John Smith on another
    ents = [_entity("a#0", "Jane Smith", "Person", aliases=("J Smith",)),
            _entity("b#0", "J Smith", "Person", aliases=("John Smith",))]
    assert merged_groups(schema, ents) == [{"J Smith"}, {"Jane Smith"}]


def test_a_full_name_alias_still_joins_across_pages(schema) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("a#0", "Jane Smith", "Person", aliases=("Jane Elizabeth Smith",)),
            _entity("b#0", "Jane Elizabeth Smith", "Person")]
    assert merged_groups(schema, ents) == [{"Jane Smith", "Jane Elizabeth Smith"}]


# --------------------------------------------------------------------- a surname's known full name (item 2)


def test_a_peers_full_name_matches_a_longer_form_with_a_middle_name(schema) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("d#0", "Baroness Doe", "Person", aliases=("Jane Doe",)),
            _entity("d#1", "Jane Elizabeth Doe", "Person")]
    assert merged_groups(schema, ents, scope="d") == [{"Baroness Doe", "Jane Elizabeth Doe"}]


def test_a_peers_full_name_matches_another_pages_form_with_an_honorific(schema) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("a#0", "Baroness Doe", "Person", aliases=("Jane Doe",)),
            _entity("b#0", "Dame Jane Doe", "Person")]
    assert merged_groups(schema, ents) == [{"Baroness Doe", "Dame Jane Doe"}]


@pytest.mark.parametrize("scope", ["", "d"])
def test_a_surnames_initial_matches_the_full_given_name(schema, scope) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("d#0", "Doe", "Person", aliases=("J Doe",)),
            _entity("d#1", "Jane Doe", "Person")]
    assert merged_groups(schema, ents, scope=scope) == [{"Doe", "Jane Doe"}]


def test_a_surnames_full_name_still_refuses_a_namesake(schema) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("d#0", "Baroness Doe", "Person", aliases=("Jane Doe",)),
            _entity("d#1", "John Doe", "Person")]
    assert merged_groups(schema, ents, scope="d") == [{"Baroness Doe"}, {"John Doe"}]
    ents = [_entity("d#0", "Doe", "Person", aliases=("J Doe",)),
            _entity("d#1", "Jane Doe", "Person"),
            _entity("d#2", "Peter Doe", "Person")]
    assert merged_groups(schema, ents, scope="d") == [{"Doe", "Jane Doe"}, {"Peter Doe"}]


# --------------------------------------------------------------------- own heads in the plural, a place after a name (item 3)


@pytest.mark.parametrize("scope", ["", "a"])
def test_a_plural_head_is_still_the_programmes_own_head(schema, scope) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("a#0", "Harbour Programmes", "Initiative"),
            _entity("a#1", "Harbour Programmes Transformation Fund", "Initiative")]
    assert merged_groups(schema, ents, scope=scope) == [{"Harbour Programmes"},
                                                        {"Harbour Programmes Transformation Fund"}]


@pytest.mark.parametrize("scope", ["", "a"])
def test_a_place_after_a_bodys_name_is_the_same_body(schema, scope) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("a#0", "Harbour Trust", "Organisation"),
            _entity("a#1", "Harbour Trust Westshire", "Organisation"),
            _entity("a#2", "Westshire", "Place")]
    assert merged_groups(schema, ents, scope=scope) == [{"Harbour Trust", "Harbour Trust Westshire"}, {"Westshire"}]


def test_a_thing_named_after_a_body_and_a_place_is_not_the_body(schema) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("a#0", "Harbour Trust", "Organisation"),
            _entity("a#1", "Harbour Trust Westshire Fund", "Organisation"),
            _entity("a#2", "Westshire", "Place")]
    assert {"Harbour Trust"} in merged_groups(schema, ents, scope="a")


# --------------------------------------------------------------------- a chain of names whose link would not merge (item 4)


def test_a_chain_with_rival_links_is_no_chain(schema) -> None:  # type: ignore[no-untyped-def]
    from caregraph.extract.resolve import merge_entities

    ents = [_entity("d#0", "10 Year Westshire Plan", "Publication"),
            _entity("d#1", "Westshire Plan", "Publication"),
            _entity("d#2", "Plan", "Publication")]
    _merged, mapping = merge_entities(ents, schema.entities, scope="d")
    assert mapping["d#2"] == mapping["d#0"]  # a chain: the longest
    rivals = replace(schema.entities, rival_names=frozenset({"10 Year Westshire Plan", "Westshire Plan"}))
    _merged, mapping = merge_entities(ents, rivals, scope="d")
    assert mapping["d#0"] != mapping["d#1"]
    assert mapping["d#2"] not in (mapping["d#0"], mapping["d#1"])  # no chain: neither


# --------------------------------------------------------------------- numbered titles (items 5-8)


def entities(extractor, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.label: e.type for e in extractor.process_text(text, doc_id="t").entities}


@pytest.mark.model
def test_a_mention_running_past_a_numbered_title_gives_way(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The Harbour Trust responded to the 10 Year Westshire Plan for Harbours on Monday.")
    publications = [label for label, type_ in found.items() if type_ == "Publication"]
    assert publications == ["10 Year Westshire Plan"], found


@pytest.mark.model
def test_and_between_capitalised_words_stays_in_a_numbered_title(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The Harbour Trust welcomed the 10 Year Health and Care Plan on Monday.")
    assert found.get("10 Year Health and Care Plan") == "Publication", found


@pytest.mark.model
def test_an_indefinite_article_before_adjectives_describes_a_plan(extractor) -> None:  # type: ignore[no-untyped-def]
    for text in ("The council published a new 10-year plan for the Eastborough coast.",
                 "The council published an ambitious, new ten-year harbour strategy last week."):
        found = entities(extractor, text)
        assert "Publication" not in found.values(), (text, found)


@pytest.mark.model
def test_a_number_after_a_hyphen_opens_no_title(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The council unveiled its twenty-five year plan for the coast.")
    assert "five year plan" not in found, found
    assert found.get("twenty-five year plan") == "Publication", found
