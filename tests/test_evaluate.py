"""evaluate: scoring a graph against gold exactly as ../shared/spec/gold-format.md says,
on small hand-made graphs whose figures are worked out by hand."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from caregraph.core.text import normalise_key
from caregraph.errors import InputError
from caregraph.evaluate import Gold, evaluate, load_gold, match_node
from caregraph.export.graphml import read_graphml, write_graphml
from helpers import write

GOLD = """\
documents: [d1]
entities:
  - {name: Josh MacAlister, type: Person, aliases: [MacAlister, Mr MacAlister]}
  - {name: Department for Education, type: Organisation, aliases: [DfE]}
  - {name: Independent Review of Children's Social Care, type: Publication, aliases: [Care Review]}
  - {name: Regional Care Cooperatives, type: Recommendation, aliases: [], keys: [regional care cooperative]}
  - {name: Community Care, type: Organisation, optional: true}
  - {name: North Yorkshire, type: Place}
relations:
  - [Josh MacAlister, LEADS, Independent Review of Children's Social Care]
  - [Department for Education, COMMISSIONED, Independent Review of Children's Social Care]
  - [Independent Review of Children's Social Care, RECOMMENDS, Regional Care Cooperatives]
  - [Department for Education, SUPPORTS, Regional Care Cooperatives]
"""

SIXTEEN_WORDS = (
    "plans for regional care cooperatives to run homes and fostering in every region of england now"
)


def gold_file(tmp_path: Path, text: str = GOLD) -> Path:
    return write(tmp_path / "gold.yaml", text)


@pytest.fixture
def gold(tmp_path: Path) -> Gold:
    return load_gold(gold_file(tmp_path))


def add_edge(graph: nx.MultiDiGraph, u: str, relation: str, v: str, rule: str = "r", key=None) -> None:  # type: ignore[no-untyped-def]
    graph.add_edge(u, v, key=relation if key is None else key, relation=relation, label=relation,
                   weight=1.0, evidence="e", rule=rule)


def scored_graph() -> nx.MultiDiGraph:
    """Seven scored nodes (four credited, three typed), one optional, one document."""
    g = nx.MultiDiGraph()
    g.add_node("person-josh-macalister", label="Josh MacAlister's", type="Person")        # hit
    g.add_node("person-mr-macalister", label="Mr MacAlister", type="Person")             # duplicate
    g.add_node("publication-dfe", label="the DfE", type="Publication")                   # hit, wrong type
    g.add_node("publication-review", label="The Independent Review of Children\u2019s Social Care",
               type="Publication")                                                       # hit
    g.add_node("recommendation-rcc", label="a network of regional care cooperatives across England",
               type="Recommendation")                                                    # hit by key
    g.add_node("recommendation-long", label=SIXTEEN_WORDS, type="Recommendation")        # FP: 16 words
    g.add_node("organisation-community-care", label="Community Care", type="Organisation")  # optional
    g.add_node("organisation-ofsted", label="Ofsted", type="Organisation")               # FP
    g.add_node("document-d1", label="d1", type="Document")                               # not scored
    add_edge(g, "person-josh-macalister", "LEADS", "publication-review", rule="leads-role|leads-verb")  # hit
    add_edge(g, "person-mr-macalister", "LEADS", "publication-review", rule="leads-verb")  # FP: credited
    add_edge(g, "publication-dfe", "COMMISSIONED", "publication-review", rule="comm")    # hit (type ignored)
    add_edge(g, "publication-dfe", "COMMISSIONED", "publication-review", rule="comm", key="again")  # merged
    add_edge(g, "publication-review", "RECOMMENDS", "recommendation-rcc", rule="rec")    # hit
    add_edge(g, "organisation-community-care", "SUPPORTS", "publication-review")         # optional end
    add_edge(g, "organisation-ofsted", "RESPONDED_TO", "publication-review", rule="resp")  # FP
    add_edge(g, "person-josh-macalister", "FOUNDED", "organisation-ofsted", rule="found")  # FP
    add_edge(g, "document-d1", "MENTIONS", "person-josh-macalister")                     # unscored
    add_edge(g, "person-josh-macalister", "RELATED_TO", "organisation-ofsted")           # unscored
    return g


def figures(s) -> tuple:  # type: ignore[no-untyped-def]
    return (s.precision, s.recall, s.f1, s.hits, s.predicted, s.gold)


def test_entity_scores_untyped_and_typed(gold):
    result = evaluate(scored_graph(), gold)
    # 7 scored nodes, 4 credited (3 with the right type), 5 required gold entities
    assert figures(result.entities_untyped) == (0.5714, 0.8, 0.6667, 4, 7, 5)
    assert figures(result.entities_typed) == (0.4286, 0.6, 0.5, 3, 7, 5)
    assert result.duplicates == 1
    assert result.duplicate_nodes == [{
        "node": "person-mr-macalister", "label": "Mr MacAlister", "type": "Person",
        "gold": "Josh MacAlister", "credited": "person-josh-macalister",
    }]
    assert [fp["node"] for fp in result.false_positives] == ["organisation-ofsted", "recommendation-long"]
    assert result.misses == [{"name": "North Yorkshire", "type": "Place"}]
    assert result.wrong_types == [{"node": "publication-dfe", "label": "the DfE", "type": "Publication",
                                   "gold_type": "Organisation"}]


def test_per_type_scores(gold):
    per_type = evaluate(scored_graph(), gold).per_type
    assert {t: figures(s) for t, s in per_type.items()} == {
        "Organisation": (0.0, 0.0, 0.0, 0, 1, 1),
        "Person": (0.5, 1.0, 0.6667, 1, 2, 1),
        "Place": (0.0, 0.0, 0.0, 0, 0, 1),
        "Publication": (0.5, 1.0, 0.6667, 1, 2, 1),
        "Recommendation": (0.5, 1.0, 0.6667, 1, 2, 1),
    }


def test_relation_scores(gold):
    result = evaluate(scored_graph(), gold)
    # scored edges: 2 LEADS, COMMISSIONED (parallel pair merged), RECOMMENDS, RESPONDED_TO, FOUNDED
    assert figures(result.relations) == (0.5, 0.75, 0.6, 3, 6, 4)
    assert {r: figures(s) for r, s in result.per_relation.items()} == {
        "COMMISSIONED": (1.0, 1.0, 1.0, 1, 1, 1),
        "FOUNDED": (0.0, 0.0, 0.0, 0, 1, 0),
        "LEADS": (0.5, 1.0, 0.6667, 1, 2, 1),
        "RECOMMENDS": (1.0, 1.0, 1.0, 1, 1, 1),
        "RESPONDED_TO": (0.0, 0.0, 0.0, 0, 1, 0),
        "SUPPORTS": (0.0, 0.0, 0.0, 0, 0, 1),
    }
    assert result.relation_misses == [["Department for Education", "SUPPORTS", "Regional Care Cooperatives"]]
    assert {(fp["source"], fp["relation"]) for fp in result.relation_false_positives} == {
        ("Mr MacAlister", "LEADS"), ("Ofsted", "RESPONDED_TO"), ("Josh MacAlister's", "FOUNDED"),
    }


def test_per_rule_precision(gold):
    per_rule = evaluate(scored_graph(), gold).per_rule
    assert per_rule["leads-role"] == {"precision": 1.0, "hits": 1, "edges": 1}
    assert per_rule["leads-verb"] == {"precision": 0.5, "hits": 1, "edges": 2}
    assert per_rule["comm"] == {"precision": 1.0, "hits": 1, "edges": 1}
    assert per_rule["found"] == {"precision": 0.0, "hits": 0, "edges": 1}
    assert "r" not in per_rule  # the rule of the optional, MENTIONS and RELATED_TO edges


def test_scores_do_not_depend_on_insertion_order(gold):
    graph = scored_graph()
    reversed_graph = nx.MultiDiGraph()
    reversed_graph.add_nodes_from(reversed(list(graph.nodes(data=True))))
    reversed_graph.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    assert evaluate(reversed_graph, gold).to_dict() == evaluate(graph, gold).to_dict()


def test_a_graph_read_back_from_graphml_scores_the_same(gold, tmp_path):
    path = tmp_path / "g.graphml"
    write_graphml(scored_graph(), path)
    assert evaluate(read_graphml(path), gold).to_dict() == evaluate(scored_graph(), gold).to_dict()


def test_optional_entity_is_neither_hit_nor_false_positive(gold):
    g = nx.MultiDiGraph()
    g.add_node("a", label="Community Care", type="Organisation")
    g.add_node("b", label="North Yorkshire", type="Place")
    result = evaluate(g, gold)
    assert figures(result.entities_untyped) == (1.0, 0.2, 0.3333, 1, 1, 5)
    assert result.false_positives == []


def test_second_node_for_a_credited_entity_is_a_false_positive(gold):
    g = nx.MultiDiGraph()
    g.add_node("a", label="Department for Education", type="Organisation")
    g.add_node("b", label="DfE", type="Organisation")
    result = evaluate(g, gold)
    assert figures(result.entities_typed) == (0.5, 0.2, 0.2857, 1, 2, 5)
    assert result.duplicates == 1 and result.duplicate_nodes[0]["node"] == "b"


def test_edge_touching_an_optional_entity_is_not_scored(gold):
    g = nx.MultiDiGraph()
    g.add_node("a", label="Community Care", type="Organisation")
    g.add_node("b", label="Care Review", type="Publication")
    add_edge(g, "a", "SUPPORTS", "b")
    add_edge(g, "b", "RESPONDED_TO", "a")
    assert figures(evaluate(g, gold).relations) == (0.0, 0.0, 0.0, 0, 0, 4)


@pytest.mark.parametrize("relation", ["MENTIONS", "RELATED_TO"])
def test_browsing_relations_are_not_scored(gold, relation):
    g = nx.MultiDiGraph()
    g.add_node("a", label="Josh MacAlister", type="Person")
    g.add_node("b", label="Care Review", type="Publication")
    add_edge(g, "a", relation, "b")
    assert evaluate(g, gold).relations.predicted == 0


def test_relation_needs_the_same_relation_name(gold):
    g = nx.MultiDiGraph()
    g.add_node("a", label="Josh MacAlister", type="Person")
    g.add_node("b", label="Care Review", type="Publication")
    add_edge(g, "a", "AUTHORED", "b")
    add_edge(g, "b", "LEADS", "a")  # reversed direction is not a hit either
    assert figures(evaluate(g, gold).relations) == (0.0, 0.0, 0.0, 0, 2, 4)


def test_parallel_edges_of_one_relation_count_once(gold):
    g = nx.MultiDiGraph()
    g.add_node("a", label="Josh MacAlister", type="Person")
    g.add_node("b", label="Care Review", type="Publication")
    for key in range(3):
        add_edge(g, "a", "LEADS", "b", key=key)
    assert figures(evaluate(g, gold).relations) == (1.0, 0.25, 0.4, 1, 1, 4)


# --- matching -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Josh MacAlister's", "josh macalister"),
        ("The Department for Education", "department for education"),
        ("Children\u2019s Commissioner", "children's commissioner"),
        ("  The\tIndependent   Review ", "independent review"),
        ("Parents'", "parents"),
        ("\u201cFamily Group Conferences\u201d.", "family group conferences"),
        ("\u2022 Mockingbird", "mockingbird"),
        ("\uff24\uff46\uff25", "dfe"),  # full-width letters: NFKC
        ("(the Care Review)", "care review"),
        ("The Review's", "review"),
        ("Children's Social Care", "children's social care"),
    ],
)
def test_names_are_normalised_as_the_spec_says(name, key):
    assert normalise_key(name) == key


def test_keys_match_labels_of_at_most_fifteen_words(gold):
    fifteen = SIXTEEN_WORDS.rsplit(" ", 1)[0]
    assert len(fifteen.split()) == 15 and len(SIXTEEN_WORDS.split()) == 16
    assert match_node(fifteen, gold).name == "Regional Care Cooperatives"
    assert match_node(SIXTEEN_WORDS, gold) is None


def test_only_entities_with_keys_match_by_containment(gold):
    assert match_node("Josh MacAlister and friends", gold) is None


def test_a_node_matches_the_first_gold_entity_in_file_order(tmp_path):
    gold = load_gold(gold_file(tmp_path, """\
entities:
  - {name: Care Services, type: Initiative, keys: [care]}
  - {name: Care Review, type: Publication}
relations: []
"""))
    assert match_node("Care Review", gold).name == "Care Services"


# --- the gold file ----------------------------------------------------------------------


def test_gold_file_is_read(gold):
    assert gold.documents == ("d1",)
    assert [e.name for e in gold.entities if e.optional] == ["Community Care"]
    assert gold.entities[3].keys == ("regional care cooperative",)
    assert len(gold.relations) == 4


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("entities: [\n  {name: x\n", r"malformed YAML at line \d+, column \d+: "),
        ("relations: []\n", r"not a gold file"),
        ("entities:\n  - {name: A}\n", r"entities\[0\]: expected a mapping with name and type"),
        ("entities:\n  - {name: A, type: Person, aliases: Mr A}\n", r"entities\[0\]\.aliases: expected a list"),
        ("entities:\n  - {name: A, type: Person, keys: a}\n", r"entities\[0\]\.keys: expected a list"),
        ("entities:\n  - {name: A, type: Person, optional: maybe}\n", r"entities\[0\]\.optional: expected true"),
        ("entities:\n  - {name: A, type: Person}\nrelations:\n  - [A, LEADS]\n",
         r"relations\[0\]: expected \[subject, RELATION, object\]"),
        ("entities:\n  - {name: A, type: Person}\nrelations:\n  - [A, LEADS, B]\n",
         r"relations\[0\]: 'B' is not the name of a gold entity"),
    ],
)
def test_bad_gold_file_is_an_input_error_naming_it(tmp_path, text, message):
    path = gold_file(tmp_path, text)
    with pytest.raises(InputError, match=rf"^{path}: {message}"):
        load_gold(path)


def test_missing_gold_file(tmp_path):
    with pytest.raises(InputError, match="no such gold file"):
        load_gold(tmp_path / "nope.yaml")


def test_the_shared_gold_files_load():
    from helpers import SHARED

    files = sorted((SHARED / "gold").glob("*.yaml"))
    if not files:
        pytest.skip("../shared/gold not found beside the repository")
    for path in files:
        gold = load_gold(path)
        assert gold.entities and gold.relations
