"""Review findings of session 16, round 2b: a country written with stops is a country for a
local reference too, the schema's keys made once at load, a merge's aliases as a relabel keeps
them, node ids made once per curation pass, and a listed spelling without an aside in brackets
labels a known body. Names and places are invented."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import caregraph.graph.curation as curation_module
from caregraph.core.records import Entity
from caregraph.core.text import compact_key
from caregraph.graph.curation import apply_curation, parse_curation
from caregraph.graph.labels import written_labels

TYPES = ("Person", "Organisation", "Place", "Publication", "Initiative", "Recommendation")
RELATIONS = ("FOUNDED", "RUNS", "ROLE_AT", "LEADS", "RECOMMENDS", "MENTIONS")


def _entity(key: str, label: str, aliases: tuple[str, ...] = (), type_: str = "Organisation") -> Entity:
    return Entity(key=key, label=label, type=type_, aliases=aliases, mentions=1, documents=("d",),
                  evidence=f"{label} met.", votes=((type_, 1.0),))


def test_schema_keys_are_made_once_at_load(schema) -> None:
    rules = schema.relations
    assert compact_key("the U.K.") in rules.national_keys
    assert rules.local_place_keys and compact_key("Westland") not in rules.local_place_keys
    # a schema with its own countries has their keys too
    assert replace(rules, national_places=frozenset({"westland"})).national_keys == {"westland"}
    assert schema.entities.gazetteer_title_names == {n for _f, n, _t in schema.entities.gazetteer_titles}


def test_a_merge_drops_an_alias_that_is_the_label_but_for_case() -> None:
    curation = parse_curation('- {op: merge, names: ["Harbour trust", "HT"], label: "Harbour Trust"}\n',
                              source="c.yaml", types=TYPES, relations=RELATIONS)
    done = apply_curation(curation, [_entity("a", "Harbour trust"), _entity("b", "HT")], types=TYPES)
    [merged] = done.entities
    assert merged.label == "Harbour Trust"
    assert merged.aliases == ("HT",)


def test_node_ids_are_made_once_per_change(monkeypatch) -> None:
    calls = []
    real = curation_module.id_node_ids

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(curation_module, "id_node_ids", counting)
    text = ('- {op: alias, name: "Harbour Trust", alias: "the Trust"}\n'
            '- {op: alias, name: "Eastby Fund", alias: "the Fund"}\n'
            '- {op: rename, name: "Westby Forum", label: "Westby Assembly"}\n'
            '- {op: alias, name: "westby-assembly", alias: "the Assembly"}\n')
    curation = parse_curation(text, source="c.yaml", types=TYPES, relations=RELATIONS)
    entities = [_entity("a", "Harbour Trust"), _entity("b", "Eastby Fund"), _entity("c", "Westby Forum")]
    done = apply_curation(curation, entities, types=TYPES)
    assert not done.warnings
    # once for the first three operations, once more after the rename (its new id found)
    assert len(calls) == 2
    assert {e.label: e.aliases for e in done.entities}["Westby Assembly"] == ("Westby Forum", "the Assembly")


def test_a_listed_spelling_without_an_aside_labels(schema) -> None:
    name = "HTA Westshire Fund"
    forms = (name, "Harbour Trust Association (HTA) Westshire Fund", "Harbour Trust Association Westshire Fund")
    rules = replace(schema.entities, gazetteer_titles=schema.entities.gazetteer_titles
                    + tuple((f, name, "Initiative") for f in forms))
    fund = _entity("a", name, type_="Initiative")
    for written in ("Harbour Trust Association (HTA) Westshire Fund", "Harbour Trust Association Westshire Fund"):
        [labelled] = written_labels([fund], {"a": Counter({written: 2})}, rules)
        assert labelled.label == "Harbour Trust Association Westshire Fund"


def test_a_country_written_with_stops_is_never_a_local_place(vocab, schema) -> None:
    from spacy.tokens import Doc

    from caregraph.extract.relations.context import Context

    country = _entity("d#0", "U.K.", ("the U.K. nations and regions",), type_="Place")
    borough = _entity("d#1", "Westby Borough", type_="Place")
    group = next(e.name for e in schema.gazetteer if e.group and e.type == "Place")
    grouped = _entity("d#2", group, type_="Place")
    nowhere = _entity("d#3", "Westby", type_="Place")
    doc = Doc(vocab, words=["Family", "hubs", "opened", "."])
    ctx = Context(doc, [], [], [country, borough, grouped, nowhere], schema, lambda s, e: "")
    assert not ctx._local_place(country)   # a country though the text calls it by a local noun
    assert ctx._local_place(borough) and ctx._local_place(grouped)
    assert not ctx._local_place(nowhere)
