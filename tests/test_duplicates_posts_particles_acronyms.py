"""Duplicates within one page (issue 15, session 17): a post's word before a surname ("Minister
Doe") beside the page's one full name ending in it; a surname with its particle ("De Brun")
beside the page's one longer name ending in it, however the particle is written; an acronym alone
("APPG") beside the page's one name of its kind that opens with it and a preposition. Guards: two
people of one surname, a namesake across pages, and two such longer names stay apart. Names are
invented."""

from __future__ import annotations

from helpers import document_entity, merged_groups

_entity = document_entity


# --------------------------------------------------------------------- a post's word and a surname


def test_a_posts_word_and_a_surname_is_the_pages_one_full_name_of_it(schema):
    ents = [_entity("a#0", "Jane Doe", "Person"), _entity("a#1", "Minister Doe", "Person")]
    assert merged_groups(schema, ents, scope="a") == [{"Jane Doe", "Minister Doe"}]


def test_a_councillor_and_a_surname_is_the_pages_one_full_name_of_it(schema):
    ents = [_entity("a#0", "Councillor Hale", "Person"), _entity("a#1", "Tom Hale", "Person")]
    assert merged_groups(schema, ents, scope="a") == [{"Councillor Hale", "Tom Hale"}]


def test_a_posts_word_and_a_surname_two_people_carry_joins_neither(schema):
    ents = [_entity("a#0", "Jane Doe", "Person"), _entity("a#1", "John Doe", "Person"),
            _entity("a#2", "Minister Doe", "Person")]
    groups = merged_groups(schema, ents, scope="a")
    assert {"Minister Doe"} in groups and len(groups) == 3


def test_a_posts_word_and_a_surname_joins_no_other_pages_person(schema):
    # across pages (no scope) the post's form is no evidence for another page's Jane Doe
    ents = [_entity("a#0", "Jane Doe", "Person"), _entity("b#0", "Minister Doe", "Person")]
    assert merged_groups(schema, ents) == [{"Jane Doe"}, {"Minister Doe"}]


# --------------------------------------------------------------------- a surname with its particle


def test_a_capitalised_particle_surname_is_the_pages_one_longer_name_of_it(schema):
    ents = [_entity("a#0", "Jane de Brun", "Person"), _entity("a#1", "De Brun", "Person")]
    assert merged_groups(schema, ents, scope="a") == [{"Jane de Brun", "De Brun"}]


def test_a_two_particle_surname_is_the_pages_one_longer_name_of_it(schema):
    # (a Person's mention only: a body's name of that form is no person's, FIX17-c item 4)
    ents = [_entity("a#0", "Tom van der Hale", "Person"), _entity("a#1", "Van der Hale", "Person")]
    assert merged_groups(schema, ents, scope="a") == [{"Tom van der Hale", "Van der Hale"}]


def test_a_particle_surname_two_people_carry_joins_neither(schema):
    ents = [_entity("a#0", "Jane de Brun", "Person"), _entity("a#1", "John de Brun", "Person"),
            _entity("a#2", "De Brun", "Person")]
    assert len(merged_groups(schema, ents, scope="a")) == 3


def test_a_particle_surname_joins_no_other_pages_person(schema):
    ents = [_entity("a#0", "Jane de Brun", "Person"), _entity("b#0", "De Brun", "Person")]
    assert len(merged_groups(schema, ents)) == 2


# --------------------------------------------------------------------- an acronym opening a name


def test_an_acronym_alone_is_the_pages_one_name_opening_with_it_and_a_preposition(schema):
    ents = [_entity("a#0", "APPG for Harbour Families", "Organisation"), _entity("a#1", "APPG", "Organisation")]
    assert merged_groups(schema, ents, scope="a") == [{"APPG for Harbour Families", "APPG"}]


def test_an_acronym_alone_beside_two_names_opening_with_it_joins_neither(schema):
    ents = [_entity("a#0", "APPG for Harbour Families", "Organisation"),
            _entity("a#1", "APPG on Westshire Care", "Organisation"), _entity("a#2", "APPG", "Organisation")]
    assert len(merged_groups(schema, ents, scope="a")) == 3


def test_an_acronym_alone_is_no_name_that_adds_a_name_to_it(schema):
    # "WHS North Eastborough" is one part of the WHS, not the WHS (three words: the length test
    # alone would let it by, only the preposition test keeps it apart)
    ents = [_entity("a#0", "WHS North Eastborough", "Organisation"), _entity("a#1", "WHS", "Organisation")]
    assert len(merged_groups(schema, ents, scope="a")) == 2


def test_an_acronym_alone_joins_no_other_pages_name_opening_with_it(schema):
    ents = [_entity("a#0", "APPG for Harbour Families", "Organisation"), _entity("b#0", "APPG", "Organisation")]
    assert len(merged_groups(schema, ents)) == 2
