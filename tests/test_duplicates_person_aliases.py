"""Duplicates of people across documents (issue 15, session 17): a person's other name of two
words or more is a name of that person as much as the label is, so another document's person
labelled by it is the same person; a surname alone still is not, and a form that two people
carry joins neither ("Lord Hale" of "Lord Hale of Westby" and of "Lord Hale of Eastborough").
Names are invented."""

from __future__ import annotations

from caregraph.extract.resolve import merge_entities
from helpers import document_entity, merged_groups

_entity = document_entity


def test_a_persons_full_name_alias_joins_another_documents_person_of_that_name(schema):
    # one page: "Baroness Jane Doe" (labelled by the peer's style, the full name an alias);
    # another page: "Jane Doe" alone; a third: her namesake John Doe, whom the surname alone
    # cannot tell from her
    ents = [_entity("a#0", "Baroness Doe", "Person", aliases=("Jane Doe",)),
            _entity("b#0", "Jane Doe", "Person"),
            _entity("c#0", "John Doe", "Person")]
    assert merged_groups(schema, ents) == [{"Baroness Doe", "Jane Doe"}, {"John Doe"}]


def test_a_peers_style_alias_joins_the_page_that_gives_the_territory(schema):
    # "Baroness Doe of Westby" (also "Baroness Doe" on its page), "Baroness Doe" on another
    # page whose full name is "Jane Doe", and a third page's "Jane Doe": one person
    ents = [_entity("a#0", "Baroness Doe of Westby", "Person", aliases=("Baroness Doe",)),
            _entity("b#0", "Baroness Doe", "Person", aliases=("Jane Doe",)),
            _entity("c#0", "Jane Doe", "Person")]
    assert merged_groups(schema, ents) == [{"Baroness Doe of Westby", "Baroness Doe", "Jane Doe"}]


def test_two_peers_of_one_surname_stay_apart_though_both_go_by_it(schema):
    # "Lord Hale of Westby" and "Lord Hale of Eastborough" are two peers, each "Lord Hale" on
    # his page; a third page's bare "Lord Hale" is neither of them for certain
    ents = [_entity("a#0", "Lord Hale of Westby", "Person", aliases=("Lord Hale",)),
            _entity("b#0", "Lord Hale of Eastborough", "Person", aliases=("Lord Hale",)),
            _entity("c#0", "Lord Hale", "Person")]
    groups = merged_groups(schema, ents)
    assert not any({"Lord Hale of Westby", "Lord Hale of Eastborough"} <= g for g in groups)
    assert not any("Lord Hale" in g and len(g) > 1 for g in groups)


def test_a_surname_alias_joins_no_other_documents_person_by_itself(schema):
    # "Doe" is an alias of Jane Doe on one page; on another "Doe" stands for John Doe: the
    # surname alias is no evidence that the two full names are one
    ents = [_entity("a#0", "Jane Doe", "Person", aliases=("Doe",)),
            _entity("b#0", "John Doe", "Person", aliases=("Doe",))]
    assert merged_groups(schema, ents) == [{"Jane Doe"}, {"John Doe"}]


def test_a_styled_surname_with_a_full_name_of_its_own_is_no_namesakes_surname(schema):
    # one page: "Baroness Jane Doe", later "Baroness Doe" (its label, "Jane Doe" an alias); the
    # page (or another) also names John Doe: the styled surname is Jane's, not his
    ents = [_entity("a#0", "Baroness Doe", "Person", aliases=("Jane Doe",)),
            _entity("a#1", "John Doe", "Person")]
    assert merged_groups(schema, ents) == [{"Baroness Doe"}, {"John Doe"}]
    assert merged_groups(schema, ents, scope="a") == [{"Baroness Doe"}, {"John Doe"}]


def test_a_styled_surname_still_joins_its_one_full_name(schema):
    ents = [_entity("a#0", "Baroness Doe", "Person"),
            _entity("a#1", "Jane Doe", "Person")]
    assert merged_groups(schema, ents, scope="a") == [{"Baroness Doe", "Jane Doe"}]


def test_two_people_whose_pages_both_write_one_styled_surname_stay_apart(schema):
    # "Cllr Doe" is Jane Doe on one page and John Doe on another: a form two people carry joins
    # neither, and a third page's bare "Doe" is no evidence for either
    ents = [_entity("a#0", "Jane Doe", "Person", aliases=("Cllr Doe",)),
            _entity("b#0", "John Doe", "Person", aliases=("Cllr Doe",)),
            _entity("c#0", "Doe", "Person", aliases=("Cllr Doe",))]
    groups = merged_groups(schema, ents)
    assert not any({"Jane Doe", "John Doe"} <= g for g in groups)


def test_a_double_barrelled_surname_with_or_without_its_hyphen_is_one_person(schema):
    # "Jane Porter Hale" (a byline) and "Jane Porter-Hale" (the text) on one page; "Jane Hale" on
    # another is not her by a surname that is only part of hers
    ents = [_entity("a#0", "Jane Porter Hale", "Person"),
            _entity("a#1", "Jane Porter-Hale", "Person"),
            _entity("b#0", "John Porter-Hale", "Person")]
    assert merged_groups(schema, ents) == [{"Jane Porter Hale", "Jane Porter-Hale"}, {"John Porter-Hale"}]


def test_a_double_barrelled_name_is_labelled_by_its_commoner_spelling(schema):
    # "Jane Porter-Hale" twice, "Jane Porter Hale" once (a slip): one person, labelled by the
    # hyphened name its pages write more often, not by the slip's extra word
    ents = [_entity("a#0", "Jane Porter-Hale", "Person", mentions=2), _entity("b#0", "Jane Porter Hale", "Person")]
    merged, _ = merge_entities(ents, schema.entities)
    assert [e.label for e in merged] == ["Jane Porter-Hale"]
