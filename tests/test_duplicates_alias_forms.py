"""Within a document, a short form of any capitalised name a cluster goes by joins it (session 9):
a title the gazetteer relabels keeps its other names as aliases, and a shorter form of one of
them ("Delivery Strategy" of "Westby Care Delivery Strategy", which the gazetteer knows as
"Safe Homes, Built on Trust") is that title, not a second node. Across documents only the label
counts for a name of two words, as before. Names invented for these tests."""

from __future__ import annotations

from helpers import document_entity, merged_groups


def _entity(key: str, label: str, type_: str, aliases: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    return document_entity(key, label, type_, aliases=aliases)


TITLE = ("d#0", "Safe Homes, Built on Trust", "Publication", ("Westby Care Delivery Strategy",))


def test_a_short_form_of_a_titles_other_name_joins_it_within_a_document(schema):
    ents = [_entity(*TITLE), _entity("d#1", "Delivery Strategy", "Publication")]
    assert merged_groups(schema, ents, scope="d") == [{"Safe Homes, Built on Trust", "Delivery Strategy"}]


def test_a_short_form_of_the_label_still_joins(schema):
    ents = [_entity(*TITLE), _entity("d#1", "Safe Homes", "Publication")]
    assert merged_groups(schema, ents, scope="d") == [{"Safe Homes, Built on Trust", "Safe Homes"}]


def test_a_name_with_another_head_does_not_join_an_alias(schema):
    # "Westby Care Delivery Board" is a body, not a short form of the strategy's other name
    ents = [_entity(*TITLE), _entity("d#1", "Delivery Board", "Organisation")]
    assert len(merged_groups(schema, ents, scope="d")) == 2


def test_a_name_with_a_word_the_alias_lacks_does_not_join(schema):
    ents = [_entity(*TITLE), _entity("d#1", "Eastby Delivery Strategy", "Publication")]
    assert len(merged_groups(schema, ents, scope="d")) == 2


def test_across_documents_an_alias_is_no_longer_form_of_two_words(schema):
    ents = [_entity(*TITLE), _entity("e#0", "Delivery Strategy", "Publication")]
    assert len(merged_groups(schema, ents, scope="")) == 2


def test_across_documents_a_name_of_three_words_joins_an_alias(schema):
    ents = [_entity(*TITLE), _entity("e#0", "Westby Care Strategy", "Publication")]
    assert merged_groups(schema, ents, scope="") == [{"Safe Homes, Built on Trust", "Westby Care Strategy"}]


# --------------------------------------------------------------------- the gazetteer's name labels its group


def _with_gazetteer_name(schema, name: str):  # type: ignore[no-untyped-def]
    import dataclasses

    return dataclasses.replace(schema, entities=dataclasses.replace(
        schema.entities, gazetteer_names=schema.entities.gazetteer_names | {name}))


def test_a_group_holding_a_gazetteer_entry_takes_its_name(schema):
    from caregraph.extract.resolve import merge_entities

    known = _with_gazetteer_name(schema, "Safe Homes, Built on Trust")
    longer = "Westby Children's Care Delivery Strategy"
    ents = [_entity("d#0", "Safe Homes, Built on Trust", "Publication", (longer,)),
            _entity("e#0", longer, "Publication"), _entity("f#0", longer, "Publication")]
    merged, _mapping = merge_entities(ents, known.entities, scope="")
    assert [e.label for e in merged] == ["Safe Homes, Built on Trust"]
    # without the entry, the longest name labels the group
    merged, _mapping = merge_entities(ents, schema.entities, scope="")
    assert [e.label for e in merged] == [longer]
