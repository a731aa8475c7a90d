"""Node-link JSON: valid against schemas/graph.schema.json, read back by networkx."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import networkx as nx
import pytest

from caregraph.export.json import graph_data, write_json

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schemas" / "graph.schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def _written(graph: nx.MultiDiGraph, tmp_path: Path) -> dict:
    path = tmp_path / "g.json"
    write_json(graph, path)
    return json.loads(path.read_text(encoding="utf-8"))


def test_written_file_is_valid_against_the_schema(tiny_graph, tmp_path, validator) -> None:  # type: ignore[no-untyped-def]
    data = _written(tiny_graph, tmp_path)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


def test_edges_point_at_existing_nodes_and_ids_are_unique(tiny_graph, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = _written(tiny_graph, tmp_path)
    ids = [n["id"] for n in data["nodes"]]
    assert len(ids) == len(set(ids)) == tiny_graph.number_of_nodes()
    edge_ids = [e["id"] for e in data["edges"]]
    assert len(edge_ids) == len(set(edge_ids)) == tiny_graph.number_of_edges()
    assert all(e["source"] in ids and e["target"] in ids for e in data["edges"])


def test_lists_are_json_arrays(tiny_graph) -> None:  # type: ignore[no-untyped-def]
    nodes = {n["id"]: n for n in graph_data(tiny_graph)["nodes"]}
    assert nodes["organisation-acme-council"]["aliases"] == ["=SUM(A1:A3)", "@acme", "Acme, Sons"]
    assert nodes["person-ada-lovelace"]["documents"] == ["doc-a", "doc-b"]
    edges = {e["id"]: e for e in graph_data(tiny_graph)["edges"]}
    assert edges["person-ada-lovelace--role_at--organisation-acme-council"]["rule"] == ["role-appos", "role-title"]


@pytest.mark.parametrize(
    ("breakage", "path"),
    [
        (lambda d: d["nodes"][0].pop("type"), ["nodes", 0]),
        (lambda d: d["nodes"][3].__setitem__("mentions", "3"), ["nodes", 3, "mentions"]),
        (lambda d: d["edges"][0].__setitem__("documents", "doc-a"), ["edges", 0, "documents"]),
        (lambda d: d["edges"][0].__setitem__("weight", -1), ["edges", 0, "weight"]),
        (lambda d: d.__setitem__("version", 2), ["version"]),
    ],
)
def test_schema_rejects_a_broken_document(tiny_graph, validator, breakage, path) -> None:  # type: ignore[no-untyped-def]
    data = graph_data(tiny_graph)
    breakage(data)
    errors = list(validator.iter_errors(data))
    assert errors and any(list(e.absolute_path) == path for e in errors)


def test_networkx_reads_it_back(tiny_graph, tmp_path) -> None:  # type: ignore[no-untyped-def]
    back = nx.node_link_graph(_written(tiny_graph, tmp_path), edges="edges")
    assert back.is_multigraph() and back.is_directed()
    assert {n: d["label"] for n, d in back.nodes(data=True)} == {n: d["label"] for n, d in tiny_graph.nodes(data=True)}
    assert {n: d["type"] for n, d in back.nodes(data=True)} == {n: d["type"] for n, d in tiny_graph.nodes(data=True)}
    assert sorted((u, v, k, d["weight"], d["evidence"]) for u, v, k, d in back.edges(keys=True, data=True)) == sorted(
        (u, v, k, d["weight"], d["evidence"]) for u, v, k, d in tiny_graph.edges(keys=True, data=True)
    )
