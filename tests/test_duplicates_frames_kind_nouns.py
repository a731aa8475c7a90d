"""Duplicates and the junk merges leave (issue 15, session 8), from the pools of real pages
without gold. Names and sentences are invented."""

from __future__ import annotations

from caregraph.core.records import DocResult, Entity, Relation
from caregraph.extract.resolve import bare_kind_nouns
from caregraph.graph.assemble import assemble
from helpers import document_entity, marked_entities

_entity = document_entity


def _result(doc_id: str, entities: list[Entity], relations: list[tuple[int, str, int]] = ()) -> DocResult:
    rels = tuple(Relation(source=entities[s].key, target=entities[t].key, relation=r,
                          evidence=f"{entities[s].label} {r} {entities[t].label}.", doc_id=doc_id, rule="r")
                 for s, r, t in relations)
    return DocResult(doc_id=doc_id, path=f"in/{doc_id}.txt", sha256="0" * 64, length=10,
                     entities=tuple(entities), relations=rels)


def _entity_in(doc_id: str, n: int, label: str, type_: str) -> Entity:
    return Entity(key=f"{doc_id}#{n}", label=label, type=type_, aliases=(), mentions=1, documents=(doc_id,),
                  evidence=f"{label} in {doc_id}.", votes=((type_, 1.0),))


# --------------------------------------------------------------------- a kind noun alone after the merges


def test_a_kind_noun_alone_is_no_entity(schema):
    ents = [_entity("a#0", "Panel", "Organisation"), _entity("a#1", "Office", "Organisation"),
            _entity("b#0", "Society", "Organisation"), _entity("c#0", "Plan", "Publication")]
    assert bare_kind_nouns(ents, schema.entities) == {"a#0", "a#1", "b#0", "c#0"}


def test_real_one_word_bodies_newspapers_people_and_longer_names_are_kept(schema):
    # near misses: a one-word legislature or cabinet, a newspaper, a body that is a plural
    # kind noun by name, a person so named, and the kind noun inside a longer name
    ents = [_entity("a#0", "Parliament", "Organisation"), _entity("a#1", "Cabinet", "Organisation"),
            _entity("a#2", "Senedd", "Organisation"), _entity("a#3", "Guardian", "Organisation"),
            _entity("a#4", "Foundations", "Organisation"), _entity("a#5", "Office", "Person"),
            _entity("a#6", "Harbour Panel", "Organisation"), _entity("a#7", "Westby Society", "Organisation")]
    assert bare_kind_nouns(ents, schema.entities) == set()


def test_the_bare_kind_noun_goes_with_its_edges_and_the_other_nodes_keep_their_ids(schema):
    before = assemble([
        _result("a", [_entity_in("a", 0, "Jane Porter", "Person"), _entity_in("a", 1, "Panel", "Organisation"),
                      _entity_in("a", 2, "Harbour Trust", "Organisation")],
                [(0, "ROLE_AT", 1), (0, "ROLE_AT", 2)]),
        _result("b", [_entity_in("b", 0, "Panel", "Organisation"), _entity_in("b", 1, "Parliament", "Organisation")]),
    ], schema).to_networkx()
    labels = {d["label"]: n for n, d in before.nodes(data=True) if d.get("type") != "Document"}
    assert set(labels) == {"Jane Porter", "Harbour Trust", "Parliament"}
    edges = {(before.nodes[u]["label"], d["relation"], before.nodes[v]["label"])
             for u, v, d in before.edges(data=True) if d["relation"] != "MENTIONS"}
    assert edges == {("Jane Porter", "ROLE_AT", "Harbour Trust")}
    assert labels["Jane Porter"] == "jane-porter" and labels["Harbour Trust"] == "harbour-trust"


# --------------------------------------------------------------------- a framed proposal phrase beside the bare one


def _document_groups(schema, marked: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(label, type, aliases) of each entity of a text whose mentions are marked [Name|Type]."""
    entities = marked_entities(schema, marked)
    return sorted((e.label, e.type, e.aliases) for e in entities)


def test_a_new_framework_is_the_framework_the_document_names_and_never_labels_it(schema):
    groups = _document_groups(schema, "The review called for a [new Harbour Care Framework|Recommendation]. "
                                      "The [Harbour Care Framework|Publication] will set out outcomes.")
    assert [(label, aliases) for label, _t, aliases in groups] == [
        ("Harbour Care Framework", ("new Harbour Care Framework",))]


def test_the_framed_phrases_votes_type_the_group(schema):
    # proposed twice, named once: the proposal's votes count, though its phrase never labels
    groups = _document_groups(schema, "It calls for a [new Harbour Care Framework|Recommendation] and backs a "
                                      "[new Harbour Care Framework|Recommendation]. The "
                                      "[Harbour Care Framework|Publication] follows.")
    assert [(label, type_) for label, type_, _a in groups] == [("Harbour Care Framework", "Recommendation")]


def test_a_set_of_rules_is_the_rules_the_document_names_by_their_opening_words(schema):
    groups = _document_groups(schema, "We propose a [set of national harbour rules on the engagement of agency "
                                      "pilots|Recommendation]. The [national harbour rules|Recommendation] would apply.")
    assert len(groups) == 1 and groups[0][0] == "national harbour rules"


def test_a_model_proposed_by_the_review_is_the_model(schema):
    groups = _document_groups(schema, "The [Westby Harbour Cooperative|Initiative] ([WHC|Initiative]) is the "
                                      "[WHC model proposed by the review|Recommendation].")
    assert len(groups) == 1 and groups[0][0] == "Westby Harbour Cooperative"


def test_near_misses_of_a_frame_stay_apart(schema):
    # a capitalised "New" opens a name; a count is no frame; a framed phrase with nothing bare
    # beside it stays; two phrases that share only their opening words before "on" are two
    # where more than one thing bears them
    groups = _document_groups(schema, "The [New Harbour Deal|Recommendation] differs from the "
                                      "[Harbour Deal|Recommendation]. The [number of harbour pilots|Recommendation] "
                                      "rose; [harbour pilots|Recommendation] were set up. A "
                                      "[new duty on harbour boards|Recommendation] is proposed.")
    assert [label for label, _t, _a in groups] == [
        "Harbour Deal", "New Harbour Deal", "harbour pilots", "new duty on harbour boards",
        "number of harbour pilots"]


def test_a_framed_phrase_stands_for_no_name_of_another_document(schema):
    from caregraph.extract.resolve import merge_entities
    ents = [_entity("a#0", "new Harbour Care Framework", "Recommendation"),
            _entity("b#0", "Harbour Care Framework", "Publication")]
    merged, _ = merge_entities(ents, schema.entities)
    assert sorted(e.label for e in merged) == ["Harbour Care Framework", "new Harbour Care Framework"]
