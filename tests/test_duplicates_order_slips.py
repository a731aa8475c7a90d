"""Duplicates (issue 15, session 15): one name with its words in another order, and a known
title misspelt by one letter. Names are invented for these tests."""

from __future__ import annotations

import dataclasses

from caregraph.extract.resolve import _known_title, merge_entities
from helpers import document_entity, merged_groups

_entity = document_entity


# --------------------------------------------------------------------- words in another order


def test_a_name_with_its_words_in_another_order_is_one_entity(schema):
    ents = [_entity("a#0", "Westby Local Carers Offer", "Publication"),
            _entity("b#0", "Local Westby Carers Offer", "Publication")]
    assert merged_groups(schema, ents) == [{"Westby Local Carers Offer", "Local Westby Carers Offer"}]


def test_a_name_with_its_head_before_a_preposition_is_one_entity(schema):
    ents = [_entity("d#0", "Harbour Select Committee", "Organisation"),
            _entity("d#1", "Select Committee on Harbours", "Organisation")]
    assert merged_groups(schema, ents, scope="d") == [{"Harbour Select Committee", "Select Committee on Harbours"}]


def test_two_word_names_in_another_order_stay_apart(schema):
    ents = [_entity("a#0", "Westby Harbour", "Organisation"), _entity("b#0", "Harbour Westby", "Organisation")]
    assert len(merged_groups(schema, ents)) == 2


def test_places_in_another_order_stay_apart(schema):
    ents = [_entity("a#0", "North Westby Vale", "Place"), _entity("b#0", "Westby North Vale", "Place")]
    assert len(merged_groups(schema, ents)) == 2


def test_people_in_another_order_stay_apart(schema):
    ents = [_entity("a#0", "Jane Ann Doe", "Person"), _entity("b#0", "Ann Jane Doe", "Person")]
    assert len(merged_groups(schema, ents)) == 2


def test_a_lower_case_phrase_in_another_order_is_no_name(schema):
    # the word-order key is a name's: the same words in capitals share it, in lower case none
    from caregraph.extract import resolve
    skip = (schema.entities.connectives | resolve._ARTICLES | resolve._PREPOSITIONS) - {"and", "&"}
    cap = [_entity("a#0", "Support for Local Harbour Carers", "Publication"),
           _entity("b#0", "Local Harbour Carers Support", "Publication")]
    low = [_entity("a#0", "support for local harbour carers", "Publication"),
           _entity("b#0", "local harbour carers support", "Publication")]
    assert resolve._word_order_key(cap[0], skip) == resolve._word_order_key(cap[1], skip) != ""
    assert len(merged_groups(schema, cap)) == 1
    assert resolve._word_order_key(low[0], skip) == resolve._word_order_key(low[1], skip) == ""


def test_names_with_another_word_stay_apart(schema):
    ents = [_entity("a#0", "Westby Local Carers Offer", "Publication"),
            _entity("b#0", "Eastby Local Carers Offer", "Publication")]
    assert len(merged_groups(schema, ents)) == 2


# --------------------------------------------------------------------- a known title misspelt


def _known(schema, *titles: tuple[str, str, str]):  # type: ignore[no-untyped-def]
    return dataclasses.replace(schema.entities, gazetteer_titles=schema.entities.gazetteer_titles + titles,
                               gazetteer_names=schema.entities.gazetteer_names | {t[1] for t in titles})


def test_a_title_misspelt_by_one_letter_is_the_known_title(schema):
    rules = _known(schema, ("Safe Homes, Built on Trust", "Safe Homes, Built on Trust", "Publication"))
    proto = _known_title(_entity("d#0", "Safe Homes, Build on Trust", "Publication"), rules)
    assert proto.label == "Safe Homes, Built on Trust"
    assert "Safe Homes, Build on Trust" in proto.aliases


def test_a_body_misspelt_by_one_letter_is_the_known_body(schema):
    rules = _known(schema, ("Harbourdales", "Harbourdale's", "Organisation"))
    assert _known_title(_entity("d#0", "Herbourdales", "Organisation"), rules).label == "Harbourdale's"
    # two neighbours swapped
    assert _known_title(_entity("d#0", "Hrabourdales", "Organisation"), rules).label == "Harbourdale's"


def test_a_short_name_a_letter_off_is_no_slip(schema):
    # eight letters: too short; the same slip in a name of nine letters is one
    rules = _known(schema, ("Tarnbeck", "Tarnbeck", "Organisation"), ("Tarnbrook", "Tarnbrook", "Organisation"))
    assert _known_title(_entity("d#0", "Tarnbeek", "Organisation"), rules).label == "Tarnbeek"
    assert _known_title(_entity("d#0", "Tarnbrock", "Organisation"), rules).label == "Tarnbrook"


def test_a_plurals_s_is_no_slip(schema):
    # a name of nine letters a plural's "s" short of a known name is not that name
    rules = _known(schema, ("Tarnbrooks", "Tarnbrooks", "Organisation"))
    assert _known_title(_entity("d#0", "Tarnbrook", "Organisation"), rules).label == "Tarnbrook"
    # (another letter in the same place is a slip)
    assert _known_title(_entity("d#0", "Tarnbrookx", "Organisation"), rules).label == "Tarnbrooks"


def test_another_year_number_or_type_is_no_slip(schema):
    rules = _known(schema, ("Harbour Homes Act 2019", "Harbour Homes Act 2019", "Publication"),
                   ("Harbour Carers Network", "Harbour Carers Network", "Organisation"))
    assert _known_title(_entity("d#0", "Harbour Homes Act 2018", "Publication"), rules).label == "Harbour Homes Act 2018"
    # a programme a letter off a body's name is not that body
    assert _known_title(_entity("d#0", "Harbour Carers Netwerk", "Initiative"), rules).label == "Harbour Carers Netwerk"


def test_a_key_two_entries_share_is_not_read_as_a_slip_of_one(schema):
    # both entries' forms share the title key of "Review of an Westby Care Home": ambiguous, so no
    # entry is chosen, not even the one its letters are a single letter off
    rules = _known(schema, ("Review of a Westby Care Home", "Westby Care Home Review", "Publication"),
                   ("Review of Westby Care Home", "Westby Care Home Inquiry", "Publication"))
    assert _known_title(_entity("d#0", "Review of an Westby Care Home", "Publication"), rules).label == \
        "Review of an Westby Care Home"
    # with one entry alone the key is its own, and names it
    rules = _known(schema, ("Review of a Westby Care Home", "Westby Care Home Review", "Publication"))
    assert _known_title(_entity("d#0", "Review of an Westby Care Home", "Publication"), rules).label == \
        "Westby Care Home Review"


# --------------------------------------------------------------------- a known person's given name misspelt


def _labels_merged(rules, ents):  # type: ignore[no-untyped-def]
    merged, _mapping = merge_entities(ents, rules)
    return sorted((e.label, tuple(e.aliases)) for e in merged)


def test_a_known_persons_given_name_misspelt_by_one_letter_is_that_person(schema):
    rules = dataclasses.replace(schema.entities, gazetteer_names=schema.entities.gazetteer_names | {"Marianne de Westerby"})
    for slip in ("Mariane de Westerby", "Mariannne de Westerby"):
        ents = [_entity("a#0", "Marianne de Westerby", "Person"), _entity("b#0", slip, "Person")]
        assert _labels_merged(rules, ents) == [("Marianne de Westerby", (slip,))]


def test_a_given_name_slip_of_an_unknown_or_short_name_or_two_letters_off_stays_apart(schema):
    known = dataclasses.replace(schema.entities, gazetteer_names=schema.entities.gazetteer_names | {"Marianne Westerby", "Jon Westerby",
                                                                                      "Francis Westerby"})
    for rules, a, b in [(schema.entities, "Marianne Westerby", "Mariane Westerby"),   # neither is known
                        (known, "Jon Westerby", "Jan Westerby"),                       # a short given name
                        (known, "Marianne Westerby", "Mariana Westerby"),              # two letters off
                        (known, "Marianne Westerby", "Mariane Westerbie"),             # another surname too
                        (known, "Francis Westerby", "Frances Westerby")]:              # a given name of its own
        assert len(_labels_merged(rules, [_entity("a#0", a, "Person"), _entity("b#0", b, "Person")])) == 2
