"""Entity merges and type votes of session 4 (issue 15): an ampersand spelling, a short form in
the other number, context that speaks against a person, and the evidence that names a firm.
Names and sentences are invented; merge rules run on hand-built entities."""

from __future__ import annotations

from caregraph.core.records import Entity
from caregraph.extract.resolve import merge_entities


def _entity(key: str, label: str, type_: str, *, weight: float = 2.0, doc: str = "d") -> Entity:
    return Entity(key=key, label=label, type=type_, aliases=(), mentions=1, documents=(doc,),
                  evidence="", votes=((type_, weight),))


def _groups(schema, entities, *, scope: str = "d") -> list[set[str]]:  # type: ignore[no-untyped-def]
    _merged, mapping = merge_entities(entities, schema.entities, scope=scope)
    groups: dict[str, set[str]] = {}
    for e in entities:
        groups.setdefault(mapping[e.key], set()).add(e.label)
    return sorted(groups.values(), key=lambda g: sorted(g))


# ------------------------------------------------------------------ merges


def test_an_ampersand_and_the_word_and_spell_one_name(schema) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("a", "Homes & Wellbeing Scrutiny Committee", "Organisation", doc="a"),
            _entity("b", "Homes and Wellbeing Scrutiny Committee", "Organisation", doc="b")]
    assert _groups(schema, ents, scope="") == [{"Homes & Wellbeing Scrutiny Committee",
                                                "Homes and Wellbeing Scrutiny Committee"}]


def test_an_ampersand_name_does_not_join_a_name_without_one_of_its_words(schema) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("a", "Homes & Wellbeing Scrutiny Committee", "Organisation", doc="a"),
            _entity("b", "Homes Scrutiny Committee", "Organisation", doc="b"),
            _entity("c", "Wellbeing Scrutiny Committee", "Organisation", doc="c")]
    assert len(_groups(schema, ents, scope="")) == 3


def test_a_short_form_in_the_plural_joins_the_one_longer_name(schema) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("a", "Harbour Homes Pilots", "Initiative", doc="a"),
            _entity("b", "Harbour Homes Family Pilot", "Initiative", doc="b")]
    assert _groups(schema, ents, scope="") == [{"Harbour Homes Pilots", "Harbour Homes Family Pilot"}]


def test_a_plural_short_form_with_two_longer_names_joins_neither(schema) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("a", "Harbour Homes Pilots", "Initiative", doc="a"),
            _entity("b", "Harbour Homes Family Pilot", "Initiative", doc="b"),
            _entity("c", "Harbour Homes Kinship Pilot", "Initiative", doc="c")]
    assert len(_groups(schema, ents, scope="")) == 3


def test_a_plural_short_form_of_another_type_stays_apart(schema) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("a", "Harbour Homes Pilots", "Initiative", doc="a"),
            _entity("b", "Harbour Homes Family Pilots Report", "Publication", doc="b")]
    assert len(_groups(schema, ents, scope="")) == 2
