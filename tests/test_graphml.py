"""GraphML export: round trips through networkx and our reader, valid ids and keys,
determinism, atomic writes, and (optionally) the real third-party readers."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from caregraph.errors import InputError, OutputError
from caregraph.export.common import scalar, split_list, write_atomic
from caregraph.export.graphml import graphml_bytes, read_graphml, write_graphml
from helpers import SHARED

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
NMTOKEN = re.compile(r"^[A-Za-z0-9._-]+$")
CHECK_GRAPHML = SHARED / "tools" / "check_graphml" / "check_graphml"

NODES = [
    ("person-josh-macalister", {
        "label": "Josh MacAlister", "type": "Person", "aliases": ["MacAlister", "Mr MacAlister"],
        "mentions": 7, "documents": ["000_a", "001_b"],
        "evidence": "Josh MacAlister, who led the review, said \u201cit is time\u201d & more <now>.",
    }),
    ("publication-independent-review", {
        "label": "Independent Review of Children's Social Care", "type": "Publication",
        "aliases": [], "mentions": 3, "documents": ["000_a"],
        "evidence": "Line one\r\nline two\twith a tab and \x00a NUL\x1f and \x0bcontrols.",
    }),
    ("organisation-dfe", {
        "label": "Department for Education", "type": "Organisation", "aliases": ["DfE"],
        "mentions": 2, "documents": ["001_b"], "evidence": "The DfE set it up.",
        "score": float("nan"), "note": None, "big": 2**40,
    }),
    ("document-000-a", {"label": "000_a", "type": "Document", "path": "data/raw/000_a.txt",
                        "sha256": "ab" * 32, "length": 1234}),
]
EDGES = [
    ("person-josh-macalister", "publication-independent-review", "LEADS", {
        "relation": "LEADS", "label": "LEADS", "weight": 2.0, "evidence": "He led the review.",
        "documents": ["000_a", "001_b"], "confidence": 0.9, "rule": "leads-role|leads-verb",
    }),
    # a parallel edge of another relation between the same two nodes
    ("person-josh-macalister", "publication-independent-review", "AUTHORED", {
        "relation": "AUTHORED", "label": "AUTHORED", "weight": 1.0, "evidence": "He wrote it.",
        "documents": ["000_a"], "confidence": 0.8, "rule": "authored-verb",
    }),
    ("organisation-dfe", "publication-independent-review", "COMMISSIONED", {
        "relation": "COMMISSIONED", "label": "COMMISSIONED", "weight": 1.0, "evidence": "Set up.",
        "documents": ["001_b"], "confidence": float("inf"), "rule": "commissioned-verb",
    }),
    ("document-000-a", "person-josh-macalister", "MENTIONS", {
        "relation": "MENTIONS", "label": "MENTIONS", "weight": 5.0, "evidence": "x",
        "documents": ["000_a"], "confidence": 1.0, "rule": "mention", "role": "chair",
    }),
]


def make_graph(reverse: bool = False) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    nodes = list(reversed(NODES)) if reverse else NODES
    edges = list(reversed(EDGES)) if reverse else EDGES
    for node, attrs in nodes:
        items = list(attrs.items())
        graph.add_node(node, **dict(reversed(items) if reverse else items))
    for u, v, key, attrs in edges:
        items = list(attrs.items())
        graph.add_edge(u, v, key=key, **dict(reversed(items) if reverse else items))
    return graph


def expected(attrs: dict) -> dict:
    """What a reader gets back: scalars, with None and NaN/inf left out."""
    return {k: scalar(v) for k, v in attrs.items() if scalar(v) is not None}


@pytest.fixture
def written(tmp_path: Path) -> Path:
    path = tmp_path / "graph.graphml"
    write_graphml(make_graph(), path)
    return path


def test_networkx_reads_back_every_attribute(written):
    back = nx.read_graphml(written, force_multigraph=True)
    assert sorted(back.nodes) == sorted(n for n, _ in NODES)
    for node, attrs in NODES:
        assert back.nodes[node] == expected(attrs)
    got = {(u, v, d["relation"]): {k: x for k, x in d.items() if k != "id"}
           for u, v, d in back.edges(data=True)}
    assert got == {(u, v, key): expected(attrs) for u, v, key, attrs in EDGES}


def test_our_reader_keys_edges_by_relation(written):
    back = read_graphml(written)
    assert isinstance(back, nx.MultiDiGraph)
    assert sorted(back.edges(keys=True)) == sorted((u, v, key) for u, v, key, _ in EDGES)
    for u, v, key, attrs in EDGES:
        assert back.edges[u, v, key] == expected(attrs)
    for node, attrs in NODES:
        assert back.nodes[node] == expected(attrs)


def test_lists_are_joined_with_a_bar_and_split_back(written):
    back = read_graphml(written)
    node = back.nodes["person-josh-macalister"]
    assert node["aliases"] == "MacAlister|Mr MacAlister"
    assert split_list(node["aliases"]) == ["MacAlister", "Mr MacAlister"]
    assert split_list(back.nodes["publication-independent-review"]["aliases"]) == []


def test_numbers_keep_their_types(written):
    back = read_graphml(written)
    edge = back.edges["person-josh-macalister", "publication-independent-review", "LEADS"]
    assert edge["weight"] == 2.0 and isinstance(edge["weight"], float)
    assert back.nodes["person-josh-macalister"]["mentions"] == 7
    assert isinstance(back.nodes["person-josh-macalister"]["mentions"], int)
    assert back.nodes["organisation-dfe"]["big"] == 2**40


def test_nan_and_none_are_left_out(written):
    text = written.read_text(encoding="utf-8")
    assert "nan" not in text.lower().replace("nano", "")
    assert "inf<" not in text and ">None<" not in text
    back = read_graphml(written)
    assert "score" not in back.nodes["organisation-dfe"]
    assert "note" not in back.nodes["organisation-dfe"]
    edge = back.edges["organisation-dfe", "publication-independent-review", "COMMISSIONED"]
    assert "confidence" not in edge


def test_control_characters_are_removed_and_line_ends_kept(written):
    evidence = read_graphml(written).nodes["publication-independent-review"]["evidence"]
    assert evidence == "Line one\r\nline two\twith a tab and a NUL and controls."
    assert not any(ord(ch) < 32 and ch not in "\t\n\r" for ch in evidence)


def test_lone_surrogates_do_not_break_the_file(tmp_path):
    graph = nx.MultiDiGraph()
    graph.add_node("document-x", label="x", type="Document", path="data/raw/caf\udce9.txt")
    path = tmp_path / "g.graphml"
    write_graphml(graph, path)
    assert read_graphml(path).nodes["document-x"]["path"] == "data/raw/caf.txt"


def _xml(path: Path) -> ET.Element:
    return ET.parse(path).getroot()


def test_ids_are_unique_nmtokens(written):
    root = _xml(written)
    node_ids = [n.get("id") for n in root.iterfind(".//g:node", NS)]
    edge_ids = [e.get("id") for e in root.iterfind(".//g:edge", NS)]
    key_ids = [k.get("id") for k in root.iterfind("g:key", NS)]
    for ids in (node_ids, edge_ids, key_ids):
        assert len(ids) == len(set(ids))
        assert all(NMTOKEN.match(i) for i in ids), ids
    assert set(key_ids).isdisjoint({"d3", "d7"})


def test_unsafe_node_ids_are_made_safe_and_edges_follow(tmp_path):
    graph = nx.MultiDiGraph()
    graph.add_node("a b", label="A B")
    graph.add_node("a-b", label="already safe")
    graph.add_node("caf\u00e9 <x>", label="Cafe")
    graph.add_node(7, label="seven")
    graph.add_edge("a b", "caf\u00e9 <x>", key="odd relation!", relation="odd relation!")
    graph.add_edge("a b", 7, key="R", relation="R")
    graph.add_edge("a b", 7, key="R2", relation="R")  # same relation twice: ids still unique
    path = tmp_path / "g.graphml"
    write_graphml(graph, path)
    root = _xml(path)
    node_ids = {n.get("id") for n in root.iterfind(".//g:node", NS)}
    assert len(node_ids) == 4 and all(NMTOKEN.match(i) for i in node_ids)
    assert "a-b" in node_ids  # a safe id is never renamed
    edges = list(root.iterfind(".//g:edge", NS))
    assert len({e.get("id") for e in edges}) == 3
    assert all(NMTOKEN.match(e.get("id")) for e in edges)
    assert all(e.get("source") in node_ids and e.get("target") in node_ids for e in edges)
    back = read_graphml(path)
    labels = {d["label"] for _, d in back.nodes(data=True)}
    assert labels == {"A B", "already safe", "Cafe", "seven"}
    assert back.number_of_edges() == 3


def test_one_key_and_one_type_per_attribute(written):
    root = _xml(written)
    keys = [(k.get("for"), k.get("attr.name"), k.get("attr.type")) for k in root.iterfind("g:key", NS)]
    names = [(domain, name) for domain, name, _ in keys]
    assert len(names) == len(set(names))
    types = {(domain, name): type_ for domain, name, type_ in keys}
    assert types[("edge", "weight")] == "double"
    assert types[("edge", "confidence")] == "double"
    assert types[("node", "mentions")] == "int"
    assert types[("node", "big")] == "long"
    assert types[("node", "aliases")] == "string"
    assert all(t in {"boolean", "int", "long", "float", "double", "string"} for t in types.values())


def test_mixed_values_fall_back_to_one_type(tmp_path):
    graph = nx.MultiDiGraph()
    graph.add_node("a", mentions=2, flag=True, mix=1)
    graph.add_node("b", mentions="many", flag=False, mix=2.5)
    path = tmp_path / "g.graphml"
    write_graphml(graph, path)
    types = {k.get("attr.name"): k.get("attr.type") for k in _xml(path).iterfind("g:key", NS)}
    assert types == {"mentions": "string", "flag": "boolean", "mix": "double"}
    back = read_graphml(path)
    assert back.nodes["b"]["mentions"] == "many" and back.nodes["a"]["flag"] is True
    assert back.nodes["a"]["mix"] == 1.0


def test_same_graph_in_any_insertion_order_gives_the_same_bytes():
    assert graphml_bytes(make_graph()) == graphml_bytes(make_graph(reverse=True))


def test_parallel_edges_of_one_relation_are_ordered_by_content():
    def graph(order: list[float]) -> nx.MultiDiGraph:
        g = nx.MultiDiGraph()
        g.add_nodes_from(["a", "b"])
        for w in order:
            g.add_edge("a", "b", relation="R", weight=w)
        return g

    assert graphml_bytes(graph([1.0, 2.0])) == graphml_bytes(graph([2.0, 1.0]))


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path):
    target = tmp_path / "out.graphml"
    target.write_bytes(b"old content")

    def fail_midway(handle) -> None:  # type: ignore[no-untyped-def]
        handle.write(b"half a graph")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        write_atomic(target, fail_midway)
    assert target.read_bytes() == b"old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.graphml"]


def test_writing_onto_a_directory_is_an_output_error_and_leaves_nothing(tmp_path):
    target = tmp_path / "out.graphml"
    target.mkdir()
    with pytest.raises(OutputError) as info:
        write_graphml(make_graph(), target)
    assert str(info.value).startswith(f"{target}: cannot write")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.graphml"]
    assert target.is_dir() and not any(target.iterdir())


def test_writing_into_a_missing_directory_is_an_output_error(tmp_path):
    target = tmp_path / "missing" / "out.graphml"
    with pytest.raises(OutputError, match=r"cannot write \(directory .*missing does not exist\)"):
        write_graphml(make_graph(), target)


def test_write_replaces_an_existing_file(tmp_path):
    target = tmp_path / "out.graphml"
    target.write_bytes(b"old")
    write_graphml(make_graph(), target)
    assert target.read_bytes() == graphml_bytes(make_graph())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.graphml"]


@pytest.mark.parametrize("content", [b"", b"not xml at all", b"<graphml><graph><node id='a'>"])
def test_reading_a_broken_file_is_an_input_error(tmp_path, content):
    path = tmp_path / "broken.graphml"
    path.write_bytes(content)
    with pytest.raises(InputError, match=r"broken\.graphml: not a readable GraphML file"):
        read_graphml(path)


def test_reading_a_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such graph file"):
        read_graphml(tmp_path / "nope.graphml")


def test_reading_a_directory_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match=f"^{tmp_path}: is a directory, not a graph file$"):
        read_graphml(tmp_path)


def test_scalar_rules():
    assert scalar(["b", "a"]) == "b|a"
    assert scalar({"b", "a"}) == "a|b"
    assert scalar(None) is None
    assert scalar(math.nan) is None
    assert scalar(True) is True
    assert scalar("a\x00b") == "ab"


@pytest.mark.readers
def test_real_readers_accept_the_file(written):
    if not CHECK_GRAPHML.exists():
        pytest.skip(f"{CHECK_GRAPHML} not found (../shared beside the repository)")
    if shutil.which("bash") is None:
        pytest.skip("bash not available")
    run = subprocess.run(
        [str(CHECK_GRAPHML), "-q", str(written)], capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stdout + run.stderr
    lines = [line for line in run.stdout.splitlines() if ":" in line]
    assert lines and not any("FAIL" in line for line in lines), run.stdout
