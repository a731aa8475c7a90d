"""query: the answers behind the analyst commands, on a small hand-made graph."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from analyst_graph import ADA, LONDON, LONELY, OBRIEN, REPORT, SOCIETY, ZOE, build, write
from caregraph import query
from caregraph.errors import InputError, NotFoundError, UsageError


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return build()


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    return write(tmp_path)


# --- loading ---

def test_load_graph_reads_back_lists_and_counts(graph_file: Path) -> None:
    g = query.load_graph(graph_file)
    ada = query.node(g, ADA)
    assert ada.aliases == ("Countess Lovelace", "Lovelace")
    assert ada.documents == ("d1", "d2")
    assert ada.mentions == 5


def test_load_graph_rejects_graphml_without_type(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.graphml"
    plain = nx.Graph()
    plain.add_edge("a", "b")
    nx.write_graphml(plain, foreign)
    message = r"foreign\.graphml: not a caregraph graph \(node 'a' has no 'type' attribute\)"
    with pytest.raises(InputError, match=message):
        query.load_graph(foreign)


def test_load_graph_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such graph file"):
        query.load_graph(tmp_path / "absent.graphml")


# --- finding entities ---

@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ada Lovelace", ADA),
        ("ada lovelace", ADA),
        ("  ADA   LOVELACE ", ADA),
        ("Countess Lovelace", ADA),          # an alias
        ("zoe muller", ZOE),                # accents ignored
        ("MÜLLER", ZOE),                    # alias, case and accent
        ("the Analytical Society", SOCIETY),  # leading "the" ignored
        ("Society", SOCIETY),               # alias "the Society"
        ("O’Brien review", OBRIEN),         # curly apostrophe
        (REPORT, REPORT),                   # a node id
    ],
)
def test_find_node_by_label_alias_or_id(graph: nx.MultiDiGraph, name: str, expected: str) -> None:
    assert query.find_node(graph, name).id == expected


def test_find_node_unknown_suggests_close_labels(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(NotFoundError) as caught:
        query.find_node(graph, "Ada Lovelase")
    assert str(caught.value) == "no entity 'Ada Lovelase' in the graph; did you mean: Ada Lovelace?"


def test_find_node_suggests_labels_containing_the_text(graph: nx.MultiDiGraph) -> None:
    assert query.suggestions(graph, "engine")[:2] == ["Engine Report", "open engines"]


def test_find_node_without_any_close_name_has_no_suggestion(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(NotFoundError, match=r"^no entity 'Qwxz' in the graph$"):
        query.find_node(graph, "Qwxz")


def test_find_node_same_label_twice_is_ambiguous(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(UsageError) as caught:
        query.find_node(graph, "mercury")
    assert str(caught.value) == ("'mercury' is ambiguous: organisation-mercury (Organisation); "
                                 "place-mercury (Place); give the id")


def test_label_match_beats_alias_match() -> None:
    g = build()
    g.nodes[ZOE]["aliases"] = ["Ada Lovelace"]
    assert query.find_node(g, "Ada Lovelace").id == ADA


# --- show ---

def test_profile_groups_relations_both_directions_without_mentions(graph: nx.MultiDiGraph) -> None:
    result = query.profile(graph, "O'Brien Review")
    grouped = {rel: [(h.direction, h.other.label) for h in hops] for rel, hops in result.relations}
    assert grouped == {
        "AUTHORED": [("in", "Ada Lovelace")],
        "RECOMMENDS": [("out", "open engines")],
        "RESPONDED_TO": [("in", "Zoë Müller")],
    }


def test_profile_with_mentions_includes_documents(graph: nx.MultiDiGraph) -> None:
    result = query.profile(graph, "Lonely Club", mentions=True)
    assert [(rel, [h.other.label for h in hops]) for rel, hops in result.relations] == [("MENTIONS", ["d2"])]


def test_profile_keeps_evidence_role_and_documents(graph: nx.MultiDiGraph) -> None:
    (rel, (hop,)), *_ = [g for g in query.profile(graph, "Analytical Society").relations if g[0] == "ROLE_AT"]
    assert hop.edge.evidence == "Ada Lovelace, president of the Analytical Society, spoke."
    assert hop.edge.role == "president"
    assert hop.edge.documents == ("d1",)
    assert hop.to_dict()["direction"] == "in"


# --- neighbours ---

def test_neighbourhood_depth_one(graph: nx.MultiDiGraph) -> None:
    hood = query.neighbourhood(graph, "Ada Lovelace")
    assert [(r.distance, r.node.label) for r in hood.nodes] == [
        (0, "Ada Lovelace"), (1, "Analytical Society"), (1, "Engine Report"), (1, "O'Brien Review"),
    ]
    assert {(e.source.label, e.relation, e.target.label) for e in hood.edges} == {
        ("Ada Lovelace", "LEADS", "Engine Report"),
        ("Ada Lovelace", "ROLE_AT", "Analytical Society"),
        ("Ada Lovelace", "AUTHORED", "O'Brien Review"),
    }


def test_neighbourhood_depth_two_records_parent_and_hop(graph: nx.MultiDiGraph) -> None:
    hood = query.neighbourhood(graph, "Ada Lovelace", depth=2)
    by_label = {r.node.label: r for r in hood.nodes}
    assert by_label["London"].distance == 2
    assert by_label["London"].parent == SOCIETY
    assert by_label["Zoë Müller"].via is not None and by_label["Zoë Müller"].via.direction == "in"
    assert "Lonely Club" not in by_label and "d1" not in by_label


def test_neighbourhood_relation_filter(graph: nx.MultiDiGraph) -> None:
    hood = query.neighbourhood(graph, "open engines", depth=3, relations=("RECOMMENDS",))
    assert [r.node.label for r in hood.nodes] == ["open engines", "Engine Report", "O'Brien Review"]
    assert {e.relation for e in hood.edges} == {"RECOMMENDS"}


def test_neighbourhood_type_filter_stops_the_walk(graph: nx.MultiDiGraph) -> None:
    hood = query.neighbourhood(graph, "Ada Lovelace", depth=3, types=("Publication",))
    assert [r.node.label for r in hood.nodes] == ["Ada Lovelace", "Engine Report", "O'Brien Review"]


def test_neighbourhood_depth_below_one_is_usage_error(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(UsageError, match=r"--depth must be at least 1 \(got 0\)"):
        query.neighbourhood(graph, "Ada Lovelace", depth=0)


def test_subgraph_keeps_attributes(graph: nx.MultiDiGraph) -> None:
    sub = query.subgraph(graph, query.neighbourhood(graph, "Analytical Society"))
    assert sorted(sub.nodes) == sorted([ADA, SOCIETY, LONDON])
    assert sub.nodes[ADA]["aliases"] == ["Countess Lovelace", "Lovelace"]
    assert sub.edges[ADA, SOCIETY, "ROLE_AT"]["role"] == "president"
    assert sub.number_of_edges() == 2


# --- path ---

def test_paths_shortest_both_sorted_by_labels(graph: nx.MultiDiGraph) -> None:
    result = query.paths(graph, "Ada Lovelace", "open engines")
    assert result.length == 2 and result.total == 2
    routes = [[s.end.label for s in p] for p in result.paths]
    assert routes == [["Engine Report", "open engines"], ["O'Brien Review", "open engines"]]
    first = result.paths[0]
    assert [(h.edge.relation, h.direction) for s in first for h in s.hops] == [("LEADS", "out"), ("RECOMMENDS", "out")]


def test_paths_walk_against_edge_direction(graph: nx.MultiDiGraph) -> None:
    result = query.paths(graph, "Zoë Müller", "Ada Lovelace")
    assert result.length == 2
    (path,) = result.paths
    assert [(s.hops[0].edge.relation, s.hops[0].direction) for s in path] == [
        ("RESPONDED_TO", "out"), ("AUTHORED", "in")]
    assert path[1].hops[0].edge.evidence == "Ada Lovelace wrote the O'Brien Review."


def test_paths_limit(graph: nx.MultiDiGraph) -> None:
    result = query.paths(graph, "Ada Lovelace", "open engines", limit=1)
    assert len(result.paths) == 1 and result.total == 2


def test_paths_need_documents_to_reach_an_entity_without_relations(graph: nx.MultiDiGraph) -> None:
    assert query.paths(graph, "Zoë Müller", "Lonely Club").length is None
    result = query.paths(graph, "Zoë Müller", "Lonely Club", via_documents=True)
    assert result.length == 2
    assert [s.end.label for s in result.paths[0]] == ["d2", "Lonely Club"]
    assert result.paths[0][0].hops[0].edge.relation == "MENTIONS"


def test_paths_same_entity_is_usage_error(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(UsageError, match="same entity"):
        query.paths(graph, "Ada Lovelace", "Lovelace")


# --- top ---

def test_top_by_degree_breaks_ties_by_label(graph: nx.MultiDiGraph) -> None:
    ranked = query.top(graph, by="degree", limit=5)
    assert [(r.node.label, r.score) for r in ranked] == [
        ("Ada Lovelace", 3.0), ("O'Brien Review", 3.0), ("open engines", 3.0),
        ("Analytical Society", 2.0), ("Engine Report", 2.0),
    ]
    assert [r.rank for r in ranked] == [1, 2, 3, 4, 5]


def test_top_by_mentions_with_type_filter(graph: nx.MultiDiGraph) -> None:
    ranked = query.top(graph, by="mentions", types=("Person",))
    assert [(r.node.label, r.score) for r in ranked] == [("Ada Lovelace", 5.0), ("Zoë Müller", 2.0)]


def test_top_never_ranks_documents(graph: nx.MultiDiGraph) -> None:
    for by in query.CENTRALITY:
        assert all(r.node.type != "Document" for r in query.top(graph, by=by, limit=100))


def test_top_by_pagerank_follows_edges_both_ways(graph: nx.MultiDiGraph) -> None:
    # Ada is only ever a subject, yet the best connected (LEADS weighs 2): first
    ranked = query.top(graph, by="pagerank", limit=10)
    assert ranked[0].node.label == "Ada Lovelace"
    score = {r.node.id: r.score for r in ranked}
    assert score[ZOE] > score[LONELY]  # a subject of two edges beats an isolated node
    assert sum(score.values()) == pytest.approx(1.0, abs=1e-5)


def test_top_by_betweenness(graph: nx.MultiDiGraph) -> None:
    # Ada: 8.5 shortest paths pass through her, the Society 5 (all London's), O'Brien 4.5
    ranked = query.top(graph, by="betweenness", limit=3)
    assert [r.node.label for r in ranked] == ["Ada Lovelace", "Analytical Society", "O'Brien Review"]
    assert ranked[0].score > ranked[1].score > ranked[2].score


def test_top_unknown_measure(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(UsageError, match="unknown measure 'fame'"):
        query.top(graph, by="fame")


def test_pagerank_matches_networkx_reference() -> None:
    from networkx.algorithms.link_analysis import pagerank_alg

    reference = getattr(pagerank_alg, "_pagerank_python", None)
    if reference is None:
        pytest.skip("networkx has no pure-python pagerank to compare with")
    g = nx.DiGraph()
    g.add_weighted_edges_from([("a", "b", 1.0), ("b", "c", 2.0), ("c", "a", 1.0), ("a", "c", 3.0), ("d", "a", 1.0)])
    g.add_node("e")  # dangling, isolated
    ours = query.pagerank(g)
    theirs = reference(g, tol=1e-12, max_iter=500)
    assert ours.keys() == theirs.keys()
    for n in ours:
        assert ours[n] == pytest.approx(theirs[n], abs=1e-8)


def test_pagerank_of_a_cycle_is_uniform() -> None:
    ranks = query.pagerank(nx.DiGraph([("a", "b"), ("b", "c"), ("c", "a")]))
    assert ranks == pytest.approx({"a": 1 / 3, "b": 1 / 3, "c": 1 / 3})


# --- stats ---

def test_stats(graph: nx.MultiDiGraph) -> None:
    result = query.stats(graph)
    assert result.documents == 2
    assert dict(result.types)["Person"] == 2
    assert dict(result.relations) == {"AUTHORED": 1, "LEADS": 1, "LOCATED_IN": 1, "MENTIONS": 12,
                                      "RECOMMENDS": 2, "RESPONDED_TO": 1, "ROLE_AT": 1, "SUPPORTS": 1}
    # entities: one component of 7, plus Lonely Club and the two Mercury nodes alone
    assert (result.components, result.largest_component, result.isolated) == (4, 7, 3)
    assert result.density == round(8 / (10 * 9), 6)
    assert [(n.label, len(n.aliases)) for n in result.most_aliases] == [
        ("Ada Lovelace", 2), ("Analytical Society", 1), ("Zoë Müller", 1),
    ]


# --- search ---

def test_search_finds_labels_aliases_and_evidence(graph: nx.MultiDiGraph) -> None:
    result = query.search(graph, "LOVELACE")
    assert [(m.node.label, m.field) for m in result.nodes if m.node] == [("Ada Lovelace", "label")]
    assert [(m.edge.source.label, m.edge.relation, m.edge.target.label) for m in result.edges if m.edge] == [
        ("Ada Lovelace", "AUTHORED", "O'Brien Review"),
        ("Ada Lovelace", "LEADS", "Engine Report"),
        ("Ada Lovelace", "ROLE_AT", "Analytical Society"),
    ]


def test_search_matches_node_evidence_and_ignores_accents(graph: nx.MultiDiGraph) -> None:
    assert [(m.node.label, m.field) for m in query.search(graph, "tuesdays").nodes if m.node] == [
        ("Lonely Club", "evidence")]
    assert [m.edge.relation for m in query.search(graph, "zoe muller backs").edges if m.edge] == ["SUPPORTS"]


def test_search_leaves_mentions_out_unless_asked(graph: nx.MultiDiGraph) -> None:
    assert query.search(graph, "a sentence naming").edges == ()
    assert len(query.search(graph, "a sentence naming", mentions=True).edges) == 12


# --- option names ---

def test_resolve_names_is_case_insensitive_and_rejects_unknown(graph: nx.MultiDiGraph) -> None:
    known = query.vocabulary(graph, relations=["FOUNDED"], types=["Initiative"])
    assert "FOUNDED" in known.relations and "Initiative" in known.types and "Document" in known.types
    assert query.resolve_names(["leads", "LEADS", "founded"], known.relations, "relation") == ("LEADS", "FOUNDED")
    with pytest.raises(UsageError, match=r"^unknown type 'Planet' \(known: Document, Initiative, "):
        query.resolve_names(["Planet"], known.types, "type")
