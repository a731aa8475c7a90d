"""Duplicates of people across documents (issue 15, session 17): a person's other name of two
words or more is a name of that person as much as the label is, so another document's person
labelled by it is the same person; a surname alone still is not, and a form that two people
carry joins neither ("Lord Hale" of "Lord Hale of Westby" and of "Lord Hale of Eastborough").
Names are invented."""

from __future__ import annotations

from dataclasses import replace

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


# ------------------------------------------------- a given name alone, across documents (issue 15)


def _known(schema, *names: str):  # type: ignore[no-untyped-def]
    """The schema's entity rules with `names` as gazetteer people."""
    return replace(schema, entities=replace(schema.entities, gazetteer_names=schema.entities.gazetteer_names | set(names)))


def test_a_given_name_alone_joins_the_corpus_one_known_person_of_that_given_name(schema):
    # one page: "Jalia said ..." and no Jalia of its own; others: the known "Jalia Westerby"
    known = _known(schema, "Jalia Westerby")
    ents = [_entity("a#0", "Jalia", "Person"),
            _entity("b#0", "Jalia Westerby", "Person"),
            _entity("c#0", "Jalia Westerby", "Person")]
    assert merged_groups(known, ents) == [{"Jalia", "Jalia Westerby"}]
    # NER's body guesses for the lone name ("Jalia - I think ..." as a speaker label) never
    # retype or relabel the person
    ents = [_entity("a#0", "Jalia", "Organisation", mentions=5), _entity("b#0", "Jalia Westerby", "Person")]
    merged, _ = merge_entities(ents, known.entities)
    assert [(e.label, e.type) for e in merged] == [("Jalia Westerby", "Person")]


def test_a_given_name_alone_joins_no_person_when_two_share_the_given_name(schema):
    known = _known(schema, "Jalia Westerby")
    ents = [_entity("a#0", "Jalia", "Person"),
            _entity("b#0", "Jalia Westerby", "Person"),
            _entity("c#0", "Jalia Porter", "Person")]
    assert merged_groups(known, ents) == [{"Jalia"}, {"Jalia Porter"}, {"Jalia Westerby"}]


def test_a_given_name_alone_joins_no_unknown_person_across_documents(schema):
    ents = [_entity("a#0", "Jalia", "Person"), _entity("b#0", "Jalia Westerby", "Person")]
    assert merged_groups(schema, ents) == [{"Jalia"}, {"Jalia Westerby"}]


def test_a_surname_look_or_a_page_of_the_given_name_joins_no_known_person(schema):
    known = _known(schema, "Jalia Westerby")
    # "Ms Jalia" on its page: a surname, not the given name
    ents = [_entity("a#0", "Jalia", "Person", aliases=("Ms Jalia",)), _entity("b#0", "Jalia Westerby", "Person")]
    assert merged_groups(known, ents) == [{"Jalia"}, {"Jalia Westerby"}]
    # a surname of the corpus too ("Tom Jalia", that NER took for a body): the word may be his
    ents = [_entity("a#0", "Jalia", "Person"), _entity("b#0", "Jalia Westerby", "Person"),
            _entity("c#0", "Tom Jalia", "Organisation")]
    assert not any({"Jalia", "Jalia Westerby"} <= g for g in merged_groups(known, ents))
    # a page that names the person itself and left the lone name apart from her (its own
    # reasons: another Jalia, a surname), or names another Jalia
    ents = [_entity("a#0", "Jalia", "Person"), _entity("a#1", "Jalia Westerby", "Person"),
            _entity("b#0", "Jalia Westerby", "Person")]
    assert merged_groups(known, ents) == [{"Jalia"}, {"Jalia Westerby"}]
    ents = [_entity("a#0", "Jalia", "Person"), _entity("a#1", "Jalia Osei", "Person"),
            _entity("b#0", "Jalia Westerby", "Person")]
    assert not any({"Jalia", "Jalia Westerby"} <= g for g in merged_groups(known, ents))
    # a head noun alone is a thing named by its kind, never a given name, whatever NER typed it
    ents = [_entity("a#0", "Forum", "Person"), _entity("b#0", "Forum Westerby", "Person")]
    assert merged_groups(_known(schema, "Forum Westerby"), ents) == [{"Forum"}, {"Forum Westerby"}]
