"""GEXF 1.3: read back by networkx with labels, types, weights and evidence; viz from the palette."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from caregraph.export.gexf import NAMESPACE, VIZ_NAMESPACE, gexf_bytes, write_gexf
from caregraph.export.style import PALETTE, rgb


def _read(graph: nx.MultiDiGraph, tmp_path: Path) -> nx.MultiDiGraph:
    path = tmp_path / "g.gexf"
    write_gexf(graph, path)
    return nx.read_gexf(path, version="1.3")


def test_networkx_reads_back_labels_types_weights_evidence(tiny_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    back = _read(tiny_graph, tmp_path)
    assert set(back.nodes) == set(tiny_graph.nodes)
    for node, data in tiny_graph.nodes(data=True):
        assert back.nodes[node]["label"] == data["label"]
        assert back.nodes[node]["type"] == data["type"]
        assert back.nodes[node].get("evidence") == data.get("evidence")
        assert back.nodes[node].get("mentions") == data.get("mentions")
    expected = {
        (u, v, d["relation"]): (d["weight"], d["evidence"]) for u, v, d in tiny_graph.edges(data=True)
    }
    got = {(u, v, d["relation"]): (d["weight"], d["evidence"]) for u, v, d in back.edges(data=True)}
    assert got == expected


def test_parallel_edges_of_two_relations_stay_two_edges(tiny_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    back = _read(tiny_graph, tmp_path)
    assert back.is_multigraph() and back.is_directed()
    relations = sorted(d["relation"] for d in back.get_edge_data("person-ada-lovelace", "organisation-acme-council").values())
    assert relations == ["RELATED_TO", "ROLE_AT"]


def test_edge_label_is_the_relation_and_no_type_attribute(tiny_graph: nx.MultiDiGraph) -> None:
    root = ET.fromstring(gexf_bytes(tiny_graph))
    edges = root.findall(f".//{{{NAMESPACE}}}edge")
    assert edges and all(e.get("label") for e in edges)
    assert all(e.get("type") is None for e in edges)  # networkx maps `type` to edge direction
    titles = {a.get("title") for a in root.findall(f".//{{{NAMESPACE}}}attributes[@class='edge']/{{{NAMESPACE}}}attribute")}
    assert "relation" in titles and "type" not in titles


def test_nodes_are_coloured_by_type_and_sized(tiny_graph: nx.MultiDiGraph) -> None:
    root = ET.fromstring(gexf_bytes(tiny_graph))
    for node in root.iter(f"{{{NAMESPACE}}}node"):
        type_ = tiny_graph.nodes[node.get("id")]["type"]
        colour = node.find(f"{{{VIZ_NAMESPACE}}}color")
        assert colour is not None
        assert (int(colour.get("r")), int(colour.get("g")), int(colour.get("b"))) == rgb(PALETTE[type_])
        assert float(node.find(f"{{{VIZ_NAMESPACE}}}size").get("value")) > 0


def test_more_mentions_give_a_bigger_node_and_documents_grow_with_degree(tiny_graph: nx.MultiDiGraph) -> None:
    root = ET.fromstring(gexf_bytes(tiny_graph))
    size = {n.get("id"): float(n.find(f"{{{VIZ_NAMESPACE}}}size").get("value")) for n in root.iter(f"{{{NAMESPACE}}}node")}
    assert size["person-ada-lovelace"] > size["organisation-acme-council"] > size["place-zurich"]
    assert size["document-doc-a"] > size["document-doc-b"]  # 4 mentions edges against 2


def test_no_date_in_meta(tiny_graph: nx.MultiDiGraph) -> None:
    root = ET.fromstring(gexf_bytes(tiny_graph))
    meta = root.find(f"{{{NAMESPACE}}}meta")
    assert meta is not None and meta.get("lastmodifieddate") is None
    assert root.get("version") == "1.3"


def test_same_bytes_under_another_hash_seed(tiny_path: Path) -> None:
    code = (
        "import sys; from caregraph.export.graphml import read_graphml; from caregraph.export.gexf import gexf_bytes;"
        f"sys.stdout.buffer.write(gexf_bytes(read_graphml({str(tiny_path)!r})))"
    )
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outputs.append(subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, env=env).stdout)
    assert outputs[0] == outputs[1] and outputs[0].startswith(b"<?xml")


_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)


@settings(max_examples=40, deadline=None)
@given(label=_text, evidence=_text, weight=st.floats(min_value=0, max_value=1e6, allow_nan=False))
def test_any_text_survives_the_round_trip(label: str, evidence: str, weight: float, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    graph = nx.MultiDiGraph()
    graph.add_node("a", label=label, type="Person", mentions=1, evidence=evidence)
    graph.add_node("b", label="B", type="Place", mentions=1)
    graph.add_edge("a", "b", key="LOCATED_IN", relation="LOCATED_IN", label="LOCATED_IN", weight=weight, evidence=evidence)
    back = _read(graph, tmp_path_factory.mktemp("gexf"))
    assert back.nodes["a"]["label"] == label
    assert back.nodes["a"].get("evidence", "") == evidence
    ((u, v, data),) = back.edges(data=True)
    assert (u, v) == ("a", "b")
    assert data["weight"] == weight and data.get("evidence", "") == evidence
