"""The query index (query/index.py): the same answers as the pure functions over the whole
graph, cached beside the graph by its sha256, rebuilt when it changes, never half-written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import networkx as nx
import pytest

import analyst_graph
from analyst_graph import ADA, LONDON, OBRIEN, OPEN, SOCIETY, ZOE, write
from caregraph import query
from caregraph.errors import InputError, NotFoundError, UsageError
from caregraph.export.graphml import read_graphml, write_graphml
from caregraph.query.index import build_index, index_path, open_index, prepare_index


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    return write(tmp_path)


@pytest.fixture
def both(graph_file: Path):
    graph = read_graphml(graph_file)
    with open_index(graph_file) as index:
        yield graph, index


NAMES = ["Ada Lovelace", "countess lovelace", "the analytical society", "Open Engines", "London", "d1",
         ZOE, "Lonely Club", "document-d2"]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("mentions", [False, True])
def test_show_is_the_same_as_over_the_whole_graph(both, name: str, mentions: bool) -> None:
    graph, index = both
    expected = query.profile(graph, name, mentions=mentions).to_dict()
    assert index.profile(name, mentions=mentions).to_dict() == expected


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("options", [
    {"depth": 1}, {"depth": 2}, {"depth": 3}, {"depth": 2, "relations": ("RECOMMENDS", "SUPPORTS")},
    {"depth": 2, "types": ("Person", "Publication")}, {"depth": 1, "relations": ("MENTIONS",)},
])
def test_neighbours_are_the_same(both, name: str, options: dict) -> None:
    graph, index = both
    assert index.neighbourhood(name, **options).to_dict() == query.neighbourhood(graph, name, **options).to_dict()


@pytest.mark.parametrize("name", ["Ada Lovelace", "London", "the analytical society"])
@pytest.mark.parametrize("limit", [1, 2, 4])
def test_a_limited_neighbourhood_is_the_nearest_part_of_the_whole(both, name: str, limit: int) -> None:
    graph, index = both
    whole = query.neighbourhood(graph, name, depth=3)
    part = index.neighbourhood(name, depth=3, limit=limit)
    assert part.nodes == whole.nodes[:limit]
    assert part.more == len(whole.nodes) - len(part.nodes)
    kept = {r.node.id for r in part.nodes}
    assert part.edges == tuple(e for e in whole.edges if e.source.id in kept and e.target.id in kept)


def test_the_written_neighbourhood_is_the_same_subgraph(both) -> None:
    graph, index = both
    local, hood = index.local_neighbourhood("Ada Lovelace", depth=2)
    expected = query.subgraph(graph, query.neighbourhood(graph, "Ada Lovelace", depth=2))
    actual = query.subgraph(local, hood)
    assert nx.utils.graphs_equal(actual, expected)


@pytest.mark.parametrize(("a", "b"), [
    ("Zoë Müller", "London"), ("Lonely Club", "Ada Lovelace"), ("Open Engines", "the Society"),
    ("Mercury Place".split()[0] + "", "London"),
])
@pytest.mark.parametrize("via_documents", [False, True])
@pytest.mark.parametrize("limit", [1, 3])
def test_paths_are_the_same(both, a: str, b: str, via_documents: bool, limit: int) -> None:
    graph, index = both
    if a == "Mercury":
        a = analyst_graph.MERCURY_PLACE
    expected = query.paths(graph, a, b, limit=limit, via_documents=via_documents).to_dict()
    assert index.paths(a, b, limit=limit, via_documents=via_documents).to_dict() == expected


@pytest.mark.parametrize("by", query.CENTRALITY)
@pytest.mark.parametrize("types", [(), ("Person",), ("Publication", "Recommendation")])
def test_top_is_the_same(both, by: str, types: tuple[str, ...]) -> None:
    graph, index = both
    expected = [r.to_dict() for r in query.top(graph, by=by, types=types, limit=4)]
    assert [r.to_dict() for r in index.top(by=by, types=types, limit=4)] == expected


def test_stats_are_the_same(both) -> None:
    graph, index = both
    assert index.stats().to_dict() == query.stats(graph).to_dict()


@pytest.mark.parametrize("text", ["lovelace", "O'Brien", "o’brien", "MULLER", "engines", "zo", "president",
                                  "sentence naming", "nothing like this"])
@pytest.mark.parametrize("mentions", [False, True])
def test_search_is_the_same(both, text: str, mentions: bool) -> None:
    graph, index = both
    assert index.search(text, mentions=mentions).to_dict() == query.search(graph, text, mentions=mentions).to_dict()


@pytest.mark.parametrize("text", ["lovelace", "the", "review", "o'brien", "engine report", "zo"])
def test_a_limited_search_is_the_first_hits_and_counts_them_all(both, text: str) -> None:
    graph, index = both
    whole = query.search(graph, text)
    part = index.search(text, limit=1)
    assert (part.nodes, part.edges) == (whole.nodes[:1], whole.edges[:1])
    assert (part.total_nodes, part.total_edges) == (len(whole.nodes), len(whole.edges))


def test_errors_are_the_same(both) -> None:
    graph, index = both
    for call in (lambda g: g.profile("Mercury"), lambda g: g.profile("Ada Lovelase"),
                 lambda g: g.paths("Ada Lovelace", "countess lovelace"), lambda g: g.top(by="fame"),
                 lambda g: g.neighbourhood("Ada Lovelace", depth=0), lambda g: g.search("  ")):
        with pytest.raises((UsageError, NotFoundError)) as pure:
            call(_Pure(graph))
        with pytest.raises(type(pure.value)) as indexed:
            call(index)
        assert str(indexed.value) == str(pure.value)


class _Pure:
    """The pure functions with the index's method names."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph

    def profile(self, name: str):
        return query.profile(self.graph, name)

    def paths(self, a: str, b: str):
        return query.paths(self.graph, a, b)

    def top(self, **options):
        return query.top(self.graph, **options)

    def neighbourhood(self, name: str, **options):
        return query.neighbourhood(self.graph, name, **options)

    def search(self, text: str):
        return query.search(self.graph, text)


def test_show_says_when_the_label_is_also_another_nodes_alias(tmp_path: Path) -> None:
    graph = analyst_graph.build()
    graph.nodes[SOCIETY]["aliases"] = ["the Society", "London"]   # London is also a Place's label
    path = tmp_path / "g.graphml"
    write_graphml(graph, path)
    with open_index(path) as index:
        result = index.profile("London")
        assert result.node.id == LONDON
        assert [n.id for n in result.also_alias_of] == [SOCIETY]
        assert index.profile(LONDON).also_alias_of == ()     # asked by id: no doubt
        assert index.profile("Ada Lovelace").also_alias_of == ()


# --- the cache ----------------------------------------------------------------------------------

def _meta(path: Path) -> dict[str, str]:
    connection = sqlite3.connect(path)
    try:
        return dict(connection.execute("SELECT key, value FROM meta"))
    finally:
        connection.close()


def test_index_is_built_beside_the_graph_and_reused(graph_file: Path) -> None:
    cache = index_path(graph_file)
    assert cache == graph_file.with_name("small.graphml.index.sqlite")
    assert not cache.exists()
    open_index(graph_file).close()
    assert cache.is_file()
    built = cache.stat().st_mtime_ns
    open_index(graph_file).close()
    assert cache.stat().st_mtime_ns == built
    assert sorted(p.name for p in graph_file.parent.iterdir()) == ["small.graphml", "small.graphml.index.sqlite"]


def test_index_is_rebuilt_when_the_graph_changes(graph_file: Path) -> None:
    with open_index(graph_file) as index:
        assert index.profile("London").node.label == "London"
    first = _meta(index_path(graph_file))["graph_sha256"]
    graph = read_graphml(graph_file)
    graph.nodes[LONDON]["label"] = "Greater London"
    write_graphml(graph, graph_file)
    with open_index(graph_file) as index:
        assert index.profile("Greater London").node.id == LONDON
    assert _meta(index_path(graph_file))["graph_sha256"] != first


def test_same_content_touched_is_not_rebuilt(graph_file: Path) -> None:
    import os

    open_index(graph_file).close()
    cache = index_path(graph_file)
    built = cache.stat().st_mtime_ns
    os.utime(graph_file, ns=(built + 10**9, built + 10**9))   # a new mtime, the same bytes
    with open_index(graph_file) as index:
        assert index.profile("London").node.id == LONDON
    assert cache.stat().st_mtime_ns == built


def test_prepare_index_builds_it_and_a_rewrite_of_the_same_bytes_only_restamps_it(graph_file: Path) -> None:
    """What `extract` does after writing the graph: the index is in place before the first query,
    and a graph rewritten with the same bytes (a new mtime) is not indexed again; its stamp is
    brought up to date, so the next query finds the index current without hashing the file."""
    import os

    cache = index_path(graph_file)
    assert prepare_index(graph_file) and cache.is_file()
    built = _meta(cache)
    later = os.stat(graph_file).st_mtime_ns + 10**9
    os.utime(graph_file, ns=(later, later))                      # rewritten: the same bytes
    assert prepare_index(graph_file)
    again = _meta(cache)
    assert again["graph_sha256"] == built["graph_sha256"]        # not rebuilt...
    assert again["graph_stamp"] != built["graph_stamp"]          # ...but restamped
    assert again["graph_stamp"].endswith(f":{later}")
    graph = read_graphml(graph_file)
    graph.nodes[LONDON]["label"] = "Greater London"
    write_graphml(graph, graph_file)                            # other bytes: rebuilt
    assert prepare_index(graph_file)
    assert _meta(cache)["graph_sha256"] != built["graph_sha256"]
    with open_index(graph_file) as index:
        assert index.profile("Greater London").node.id == LONDON


def test_prepare_index_leaves_a_read_only_directory_alone(graph_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("caregraph.query.index.os.access", lambda *_, **__: False)
    assert not prepare_index(graph_file)
    assert not index_path(graph_file).exists()


def test_a_corrupt_index_is_replaced(graph_file: Path) -> None:
    index_path(graph_file).write_bytes(b"not a database")
    with open_index(graph_file) as index:
        assert index.stats().nodes == 12


def test_a_bad_graph_leaves_no_index(tmp_path: Path) -> None:
    bad = tmp_path / "bad.graphml"
    bad.write_text("<graphml><graph><node id='n0'>", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.graphml: not a readable GraphML file"):
        open_index(bad)
    foreign = tmp_path / "foreign.graphml"
    plain = nx.MultiDiGraph()
    plain.add_edge("a", "b")
    nx.write_graphml(plain, foreign)
    with pytest.raises(InputError, match=r"foreign\.graphml: not a caregraph graph \(node 'a' has no 'type'"):
        open_index(foreign)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.graphml", "foreign.graphml"]


def test_read_only_directory_gets_a_temporary_index(graph_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # (the tests may run as root, who writes anywhere: the directory is made to look read-only)
    monkeypatch.setattr("caregraph.query.index.os.access", lambda *_, **__: False)
    with open_index(graph_file) as index:
        assert index.profile("London").node.id == LONDON
        scratch = Path(index.db.execute("PRAGMA database_list").fetchone()[2])
        assert scratch.is_file() and scratch.parent != graph_file.parent
    assert not index_path(graph_file).exists()
    assert not scratch.exists()


def test_build_index_reads_graphml_as_networkx_does(graph_file: Path, tmp_path: Path) -> None:
    """Typed values, edges before their nodes, <default> ignored (as networkx does)."""
    text = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="type" attr.type="string"><default>Person</default></key>
  <key id="d2" for="node" attr.name="mentions" attr.type="int"/>
  <key id="d3" for="edge" attr.name="relation" attr.type="string"/>
  <key id="d4" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="directed">
    <edge source="a" target="b"><data key="d3">KNOWS</data><data key="d4">2.5</data></edge>
    <node id="a"><data key="d0">Ann &amp; Co</data><data key="d1">Person</data><data key="d2">3</data></node>
    <node id="b"><data key="d0">Bob</data><data key="d1">Organisation</data></node>
  </graph>
</graphml>"""
    source = tmp_path / "other.graphml"
    source.write_text(text, encoding="utf-8")
    with open_index(source) as index:
        assert index.profile("Ann & Co").to_dict() == query.profile(query.load_graph(source), "Ann & Co").to_dict()
        assert index.top(by="mentions")[0].node.mentions == 3
    build_index(graph_file, tmp_path / "explicit.sqlite")
    assert _meta(tmp_path / "explicit.sqlite")["graph_file"] == "small.graphml"


def test_quotes_other_than_the_speakers_are_left_out(tmp_path: Path) -> None:
    graph = analyst_graph.build()
    graph.edges[ZOE, OBRIEN, "RESPONDED_TO"]["quote"] = "It is a fine review."
    graph.edges[ZOE, OPEN, "SUPPORTS"]["quote"] = "Open engines now."
    path = tmp_path / "g.graphml"
    write_graphml(graph, path)
    with open_index(path) as index:
        speaker, found = index.quotes("Zoë Müller")
        assert speaker.id == ZOE
        assert sorted(q.quote for q in found) == ["It is a fine review.", "Open engines now."]
        assert index.quotes("O'Brien Review")[1] == ()   # spoken about, not speaking
        assert index.quotes(ADA)[1] == ()


def _big_graph(path: Path) -> Path:
    """A graph past the exact-betweenness limit: a few thousand entities in a sparse random
    graph of typed edges (some parallel, some weighted), plus a Document and its MENTIONS."""
    from caregraph.query.centrality import EXACT_BETWEENNESS_NODES

    n = EXACT_BETWEENNESS_NODES + 400
    shape = nx.gnm_random_graph(n, 2 * n, seed=11)
    graph = nx.MultiDiGraph()
    graph.add_node("document-d1", label="d1", type="Document")
    for i in shape:
        graph.add_node(f"e{i}", label=f"Entity {i:05d}", type="Person" if i % 3 else "Organisation")
    for k, (u, v) in enumerate(shape.edges()):
        graph.add_edge(f"e{u}", f"e{v}", key="SUPPORTS", relation="SUPPORTS", weight=1.0 + k % 3)
        if k % 7 == 0:
            graph.add_edge(f"e{u}", f"e{v}", key="LEADS", relation="LEADS", weight=2.0)
    for i in range(0, n, 50):
        graph.add_edge("document-d1", f"e{i}", key="MENTIONS", relation="MENTIONS", weight=1.0)
    write_graphml(graph, path)
    return path


@pytest.mark.parametrize("by", ["betweenness", "pagerank"])
def test_top_past_the_exact_limit_is_the_same_seeded_and_says_so(tmp_path: Path, by: str) -> None:
    graph_file = _big_graph(tmp_path / "big.graphml")
    graph = read_graphml(graph_file)
    expected = [r.to_dict() for r in query.top(graph, by=by, types=("Person",), limit=5)]
    with open_index(graph_file) as index:
        first = [r.to_dict() for r in index.top(by=by, types=("Person",), limit=5)]
        again = [r.to_dict() for r in index.top(by=by, types=("Person",), limit=5)]
        note = index.top_note(by=by)
    assert first == expected == again
    assert first[0]["score"] > 0
    if by == "betweenness":
        assert note == query.top_note(graph, by=by)
        assert note is not None and note.startswith("betweenness estimated from 128 sampled sources (seed 0)")
    else:
        assert note is None
