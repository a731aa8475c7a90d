"""The curation file (graph/curation.py): reading it and applying it at assembly; ids that a
type flip leaves alone; what changed (diff.change_counts). Hand-built per-document results,
no model."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from caregraph.core.records import DocResult, Entity, Relation
from caregraph.diff import change_counts, diff_graphs
from caregraph.errors import SchemaError
from caregraph.graph.assemble import assemble
from caregraph.graph.curation import Curation, load_curation, parse_curation

TYPES = ("Person", "Organisation", "Place", "Publication", "Initiative", "Recommendation")
RELATIONS = ("FOUNDED", "RUNS", "ROLE_AT", "LEADS", "RECOMMENDS", "MENTIONS")


def parse(text: str) -> Curation:
    return parse_curation(text, source="c.yaml", types=TYPES, relations=RELATIONS)


def entity(doc: str, n: int, label: str, type_: str, *, aliases: tuple[str, ...] = (), weight: float = 1.0,
           mentions: int = 1) -> Entity:
    return Entity(key=f"{doc}#{n}", label=label, type=type_, aliases=aliases, mentions=mentions,
                  documents=(doc,), evidence=f"{label} is named in {doc}.", votes=((type_, weight),))


def doc(doc_id: str, entities: list[Entity], relations: list[tuple[int, str, int]] = ()) -> DocResult:
    rels = tuple(Relation(source=entities[s].key, target=entities[t].key, relation=r,
                          evidence=f"{entities[s].label} {r} {entities[t].label}.", doc_id=doc_id, rule="r")
                 for s, r, t in relations)
    return DocResult(doc_id=doc_id, path=f"in/{doc_id}.txt", sha256="0" * 64, length=10,
                     entities=tuple(entities), relations=rels)


def corpus() -> list[DocResult]:
    a = [entity("a", 0, "Acme Trust", "Organisation", aliases=("DfT Funding",)),
         entity("a", 1, "Bluebird", "Initiative"),
         entity("a", 2, "Jane Doe", "Person", mentions=3),
         entity("a", 3, "Cookie Policy", "Publication"),
         entity("a", 4, "Front Line", "Organisation")]
    b = [entity("b", 0, "Jane", "Person"),
         entity("b", 1, "Letterswap", "Person"),
         entity("b", 2, "Bluebird", "Initiative")]
    return [doc("a", a, [(0, "RUNS", 1), (2, "ROLE_AT", 4)]), doc("b", b, [(0, "FOUNDED", 2)])]


def graph_of(results: list[DocResult], schema, text: str | None = None) -> tuple[nx.MultiDiGraph, list[str]]:
    curation = parse(text) if text is not None else None
    assembled = assemble(results, schema, curation=curation)
    return assembled.to_networkx(), assembled.curation_warnings


def relation_edges(g: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(u, k, v) for u, v, k in g.edges(keys=True) if k != "MENTIONS"}


ONE_OF_EACH = """\
# corrections
- {op: merge, names: ["Jane", "Jane Doe"], label: "Jane Doe"}
- {op: rename, name: "Front Line", label: "Frontline"}
- {op: retype, name: "Letterswap", type: Initiative}
- {op: alias, name: "Acme Trust", alias: "the Trust"}
- {op: unalias, name: "ACME trust", alias: "DfT Funding"}
- {op: drop, name: "Cookie Policy"}
- {op: drop, edge: ["Acme Trust", "RUNS", "Bluebird"]}
- {op: add, edge: ["Acme Trust", "FOUNDED", "Letterswap"], note: "founding stated in its annual report"}
"""


# --- reading ----------------------------------------------------------------------------------

def test_operations_are_read_with_their_lines() -> None:
    ops = parse(ONE_OF_EACH).operations
    assert [op.op for op in ops] == ["merge", "rename", "retype", "alias", "unalias", "drop", "drop", "add"]
    assert [op.where for op in ops] == [f"c.yaml:{n}" for n in range(2, 10)]
    assert ops[0].names == ("Jane", "Jane Doe") and ops[0].label == "Jane Doe"
    assert ops[6].edge == ("Acme Trust", "RUNS", "Bluebird")
    assert ops[7].note == "founding stated in its annual report"


def test_an_empty_file_is_no_operations() -> None:
    assert parse("# nothing yet\n").operations == ()


@pytest.mark.parametrize(("text", "message"), [
    ("op: drop\n", "c.yaml: expected a list of operations (merge, rename, retype, alias, unalias, drop, add)"),
    ("- {op: drop, name: A}\n- [unclosed\n", "c.yaml:3: not valid YAML"),
    ("- {op: frob, name: A}\n", "c.yaml:1: [0].op: expected one of merge, rename, retype, alias, unalias, drop, add "
                               "(got 'frob')"),
    ("- {op: drop, name: A}\n\n- {op: rename, name: B, lable: C}\n",
     "c.yaml:3: [1].lable: not a key of 'rename' (it takes: name, label)"),
    ("- {op: merge, names: [A]}\n", "c.yaml:1: [0].names: expected a list of at least two names"),
    ("- {op: add, edge: [A, FOUNDED, B]}\n", "c.yaml:1: [0].note: missing ('add' needs edge, note)"),
    ("- {op: add, edge: [A, FOUNDED, B], note: ' '}\n", "c.yaml:1: [0].note: expected a non-empty string"),
    ("- {op: retype, name: A, type: Charity}\n", "c.yaml:1: [0].type: unknown type 'Charity' (known: Person, "
                                                 "Organisation, Place, Publication, Initiative, Recommendation)"),
    ("- {op: drop, edge: [A, KNOWS, B]}\n", "c.yaml:1: [0].edge: unknown relation 'KNOWS'"),
    ("- {op: drop, edge: [A, MENTIONS, B]}\n", "c.yaml:1: [0].edge: unknown relation 'MENTIONS'"),
    ("- {op: drop, edge: [A, B]}\n", "c.yaml:1: [0].edge: expected [source, RELATION, target]"),
    ("- {op: drop, name: A, edge: [A, RUNS, B]}\n", "c.yaml:1: [0]: 'drop' needs exactly one of name or edge"),
    ("- drop A\n", "c.yaml:1: [0]: expected a mapping"),
])
def test_a_bad_file_is_one_located_error(text: str, message: str) -> None:
    with pytest.raises(SchemaError) as caught:
        parse(text)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_a_missing_file_is_a_schema_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="curation file not found"):
        load_curation(tmp_path / "curation.yaml", types=TYPES, relations=RELATIONS)


# --- applying ---------------------------------------------------------------------------------

def test_one_of_each_operation(schema) -> None:
    g, warnings = graph_of(corpus(), schema, ONE_OF_EACH)
    assert warnings == []
    # merge: one Jane Doe, the other name an alias; her edges moved onto her
    assert "jane" not in g
    assert "Jane" in g.nodes["jane-doe"]["aliases"]
    assert g.nodes["jane-doe"]["mentions"] == 4
    assert ("jane-doe", "FOUNDED", "bluebird") in relation_edges(g)
    # rename: a new label (and id), the old one an alias, edges follow
    assert "front-line" not in g
    assert g.nodes["frontline"]["label"] == "Frontline"
    assert "Front Line" in g.nodes["frontline"]["aliases"]
    assert ("jane-doe", "ROLE_AT", "frontline") in relation_edges(g)
    # retype; alias; unalias (matched case-insensitively)
    assert g.nodes["letterswap"]["type"] == "Initiative"
    assert g.nodes["acme-trust"]["aliases"] == ["the Trust"]
    # drop a node: gone with its mention edges
    assert "cookie-policy" not in g
    assert not any(v == "cookie-policy" for _, v in g.edges())
    # drop an edge; add one, with the note as evidence and the file and line
    assert ("acme-trust", "RUNS", "bluebird") not in relation_edges(g)
    added = g.edges["acme-trust", "letterswap", "FOUNDED"]
    assert added["evidence"] == "founding stated in its annual report"
    assert (added["curated"], added["curation"], added["rule"]) == (True, "c.yaml:9", "curation")
    # curated nodes are marked with the lines that touched them; others are not
    assert g.nodes["jane-doe"]["curated"] is True and g.nodes["jane-doe"]["curation"] == ["c.yaml:2"]
    assert g.nodes["acme-trust"]["curation"] == ["c.yaml:5", "c.yaml:6"]
    assert "curated" not in g.nodes["bluebird"]


def test_without_curation_the_graph_is_as_extracted(schema) -> None:
    g, _ = graph_of(corpus(), schema)
    assert {"jane", "jane-doe", "front-line", "cookie-policy"} <= set(g)
    assert relation_edges(g) == {("acme-trust", "RUNS", "bluebird"), ("jane-doe", "ROLE_AT", "front-line"),
                                 ("jane", "FOUNDED", "bluebird")}
    assert not any("curated" in d for _, d in g.nodes(data=True))


def test_names_match_by_id_label_or_alias_ignoring_case_accents_and_the(schema) -> None:
    text = """\
- {op: retype, name: "the BLUEBÍRD", type: Organisation}
- {op: retype, name: "dft funding", type: Place}
- {op: retype, name: "jane-doe", type: Organisation}
"""
    g, warnings = graph_of(corpus(), schema, text)
    assert warnings == []
    assert [g.nodes[n]["type"] for n in ("bluebird", "acme-trust", "jane-doe")] == ["Organisation", "Place",
                                                                                   "Organisation"]


def test_an_operation_that_matches_nothing_is_a_warning(schema) -> None:
    text = """\
- {op: drop, name: "Nobody"}
- {op: unalias, name: "Acme Trust", alias: "Acme"}
- {op: drop, edge: ["Acme Trust", "FOUNDED", "Bluebird"]}
- {op: alias, name: "Bluebird", alias: "Blue"}
"""
    g, warnings = graph_of(corpus(), schema, text)
    assert warnings == [
        "c.yaml:1: drop: 'Nobody' matches no entity",
        "c.yaml:2: unalias: 'Acme Trust' has no alias 'Acme'",
        "c.yaml:3: drop Acme Trust FOUNDED Bluebird: no such edge",
    ]
    assert "Blue" in g.nodes["bluebird"]["aliases"]     # the rest still applies


def test_later_operations_see_earlier_ones(schema) -> None:
    text = """\
- {op: rename, name: "Bluebird", label: "Bluebird Project"}
- {op: retype, name: "Bluebird Project", type: Publication}
- {op: drop, name: "Cookie Policy"}
- {op: add, edge: ["Jane Doe", "LEADS", "Cookie Policy"], note: "x"}
"""
    g, warnings = graph_of(corpus(), schema, text)
    assert g.nodes["bluebird-project"]["type"] == "Publication"
    assert warnings == ["c.yaml:4: add: 'Cookie Policy' matches no entity"]


# --- stable ids -------------------------------------------------------------------------------

def test_ids_do_not_carry_the_type_and_a_type_flip_keeps_ids_and_edges(schema) -> None:
    """A document that outvotes an entity into another type changes its type attribute only:
    its id stays, and the edge that needed the old type is kept and flagged."""
    before, _ = graph_of(corpus(), schema)
    flip = doc("c", [entity("c", 0, "Bluebird", "Organisation", weight=5.0, mentions=5)])
    after, _ = graph_of([*corpus(), flip], schema)
    assert before.nodes["bluebird"]["type"] == "Initiative"
    assert after.nodes["bluebird"]["type"] == "Organisation"
    assert set(before) - set(after) == set()
    assert relation_edges(before) <= relation_edges(after)
    runs = after.edges["acme-trust", "bluebird", "RUNS"]
    assert runs["type_conflict"] == "object is Organisation, not Initiative"
    assert "type_conflict" not in before.edges["acme-trust", "bluebird", "RUNS"]


def test_two_entities_with_one_name_get_a_deterministic_disambiguator(schema) -> None:
    # two names that are not one (an accent apart) but slug alike: the first seen keeps the slug
    results = [doc("b", [entity("b", 0, "Cafe Trust", "Organisation")]),
               doc("a", [entity("a", 0, "Café Trust", "Initiative")])]
    g, _ = graph_of(results, schema)
    g2, _ = graph_of(results[::-1], schema)
    assert {n: d["label"] for n, d in g.nodes(data=True) if d["type"] != "Document"} == {
        "cafe-trust": "Café Trust", "cafe-trust-2": "Cafe Trust"}
    assert sorted(g.nodes(data="label")) == sorted(g2.nodes(data="label"))


# --- what changed -----------------------------------------------------------------------------

def test_change_counts(schema) -> None:
    before, _ = graph_of(corpus(), schema)
    changed = [corpus()[0], doc("b", [entity("b", 0, "Jane", "Person")], [])]
    changed[1] = DocResult(**{**changed[1].to_dict(), "sha256": "1" * 64, "entities": changed[1].entities})
    flip = doc("c", [entity("c", 0, "Bluebird", "Organisation", weight=5.0)])
    after, _ = graph_of([*changed, flip], schema, '- {op: rename, name: "Acme Trust", label: "ACME Trust"}\n')
    counts = change_counts(diff_graphs(before, after))
    assert (counts.documents_added, counts.documents_changed, counts.documents_removed) == (1, 1, 0)
    # Letterswap is gone with document b's old text; Bluebird's type follows the new votes
    assert (counts.entities_added, counts.entities_removed) == (0, 1)
    assert (counts.entities_retyped, counts.entities_relabelled) == (1, 1)
    assert (counts.edges_added, counts.edges_removed) == (0, 1)      # FOUNDED went with b's text
