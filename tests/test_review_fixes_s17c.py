"""Review fixes of session 17, second round (FIX17-c): a name styled with a post's word
("Councillor Grace") is a surname and joins no first name, body or one-word fallback; a full
name with an honorific ("Dr Jane Porter") still joins the same full name on another page; a
body's name that ends like a person's particle surname joins no person; the surname particles
come from the schema. Names are invented."""

from __future__ import annotations

from helpers import document_entity, merged_groups

_entity = document_entity


# --------------------------------------------------------------------- a styled name is a surname


def test_a_councillor_and_a_first_name_joins_no_person_of_that_first_name(schema):
    ents = [_entity("a#0", "Grace Hale", "Person"), _entity("a#1", "Councillor Grace", "Person")]
    assert len(merged_groups(schema, ents, scope="a")) == 2


def test_a_minister_and_a_word_joins_no_body_ending_in_it(schema):
    ents = [_entity("a#0", "Westshire Harbour", "Organisation"), _entity("a#1", "Minister Harbour", "Person")]
    assert len(merged_groups(schema, ents, scope="a")) == 2


def test_a_minister_and_a_surname_joins_no_body_opening_with_it(schema):
    ents = [_entity("a#0", "Doe Economics", "Organisation"), _entity("a#1", "Minister Doe", "Person")]
    assert len(merged_groups(schema, ents, scope="a")) == 2


def test_a_minister_and_a_surname_still_joins_the_pages_one_full_name(schema):
    ents = [_entity("a#0", "Doe Economics", "Organisation"), _entity("a#1", "Minister Doe", "Person"),
            _entity("a#2", "Jane Doe", "Person")]
    assert {"Minister Doe", "Jane Doe"} in merged_groups(schema, ents, scope="a")


# --------------------------------------------------------------------- an honorific with a full name


def test_a_full_name_with_an_honorific_joins_the_same_full_name_on_another_page(schema):
    ents = [_entity("a#0", "Jane Porter", "Person", aliases=("Dr Jane Porter",)),
            _entity("b#0", "Dr Jane Porter", "Person")]
    assert merged_groups(schema, ents) == [{"Jane Porter", "Dr Jane Porter"}]


def test_a_full_name_with_a_councillors_title_joins_the_same_full_name_on_another_page(schema):
    ents = [_entity("a#0", "Jane Porter", "Person", aliases=("Cllr Jane Porter",)),
            _entity("b#0", "Cllr Jane Porter", "Person")]
    assert merged_groups(schema, ents) == [{"Jane Porter", "Cllr Jane Porter"}]


def test_a_surname_with_an_honorific_two_people_carry_joins_neither(schema):
    ents = [_entity("a#0", "Jane Porter", "Person", aliases=("Dr Porter",)),
            _entity("b#0", "Tom Porter", "Person", aliases=("Dr Porter",)),
            _entity("c#0", "Dr Porter", "Person")]
    groups = merged_groups(schema, ents)
    assert {"Jane Porter"} in groups and {"Tom Porter"} in groups


# --------------------------------------------------------------------- a particle surname is a person's


def test_a_bodys_name_like_a_particle_surname_joins_no_person(schema):
    ents = [_entity("a#0", "Jane de Vere", "Person"), _entity("a#1", "De Vere", "Organisation")]
    assert len(merged_groups(schema, ents, scope="a")) == 2


def test_the_surname_particles_come_from_the_schema(schema):
    assert {"de", "van", "der"} <= schema.entities.surname_particles
