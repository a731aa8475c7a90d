"""Filtered exports: --no-documents, --type, --relation, --document, --min-degree on `export`
(and `extract`), the same bytes for the same options."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyst_graph import (
    ADA,
    D1,
    D2,
    LONDON,
    LONELY,
    MERCURY_ORG,
    MERCURY_PLACE,
    OBRIEN,
    OPEN,
    REPORT,
    SOCIETY,
    ZOE,
    build,
)
from caregraph.cli import app
from caregraph.export.graphml import read_graphml, write_graphml
from caregraph.graph.select import Selection, select

ENTITIES = {ADA, ZOE, SOCIETY, REPORT, OBRIEN, OPEN, LONDON, LONELY, MERCURY_PLACE, MERCURY_ORG}


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "g.graphml"
    write_graphml(build(), path)
    return path


def export(graph_file: Path, out: Path, *options: str):
    return CliRunner().invoke(app, ["export", str(graph_file), "-o", str(out), "-q", *options])


def exported(graph_file: Path, tmp_path: Path, *options: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    out = tmp_path / "part.graphml"
    result = export(graph_file, out, *options)
    assert result.exit_code == 0, result.stderr
    graph = read_graphml(out)
    return set(graph.nodes), {(u, d["relation"], v) for u, v, d in graph.edges(data=True)}


def test_no_options_keeps_everything(graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.graphml"
    assert export(graph_file, out).exit_code == 0
    assert out.read_bytes() == graph_file.read_bytes()


def test_no_documents(graph_file: Path, tmp_path: Path) -> None:
    nodes, edges = exported(graph_file, tmp_path, "--no-documents")
    assert nodes == ENTITIES
    assert len(edges) == 8 and all(rel != "MENTIONS" for _, rel, _ in edges)


def test_type_keeps_those_nodes_and_the_edges_between_them(graph_file: Path, tmp_path: Path) -> None:
    nodes, edges = exported(graph_file, tmp_path, "--type", "person", "-t", "Publication")
    assert nodes == {ADA, ZOE, REPORT, OBRIEN}
    assert edges == {(ADA, "LEADS", REPORT), (ADA, "AUTHORED", OBRIEN), (ZOE, "RESPONDED_TO", OBRIEN)}


def test_relation_is_repeatable(graph_file: Path, tmp_path: Path) -> None:
    nodes, edges = exported(graph_file, tmp_path, "--relation", "RECOMMENDS", "-r", "supports")
    assert nodes == ENTITIES | {D1, D2}        # nodes stay (--min-degree drops them)
    assert edges == {(REPORT, "RECOMMENDS", OPEN), (OBRIEN, "RECOMMENDS", OPEN), (ZOE, "SUPPORTS", OPEN)}


def test_document_keeps_its_entities_and_the_edges_it_states(graph_file: Path, tmp_path: Path) -> None:
    nodes, edges = exported(graph_file, tmp_path, "--document", "d1")
    assert nodes == {D1, ADA, SOCIETY, REPORT, LONDON, MERCURY_PLACE, MERCURY_ORG}
    assert {e for e in edges if e[1] != "MENTIONS"} == {
        (ADA, "LEADS", REPORT), (ADA, "ROLE_AT", SOCIETY), (SOCIETY, "LOCATED_IN", LONDON)}
    assert {e for e in edges if e[1] == "MENTIONS"} == {(D1, "MENTIONS", n) for n in nodes - {D1}}
    typed_only = exported(graph_file, tmp_path, "--document", D2, "--no-documents", "--min-degree", "1")
    assert typed_only == ({ADA, ZOE, OBRIEN, REPORT, OPEN},
                          {(ADA, "AUTHORED", OBRIEN), (REPORT, "RECOMMENDS", OPEN), (OBRIEN, "RECOMMENDS", OPEN),
                           (ZOE, "SUPPORTS", OPEN), (ZOE, "RESPONDED_TO", OBRIEN)})


def test_min_degree_drops_isolates_at_one(graph_file: Path, tmp_path: Path) -> None:
    nodes, _ = exported(graph_file, tmp_path, "--no-documents", "--min-degree", "1")
    assert nodes == ENTITIES - {LONELY, MERCURY_PLACE, MERCURY_ORG}
    nodes, _ = exported(graph_file, tmp_path, "--no-documents", "--min-degree", "3")
    assert nodes == {ADA, OPEN, OBRIEN}   # 3 typed edges each, counted before any node is dropped
    with_documents, _ = exported(graph_file, tmp_path, "--min-degree", "1")
    assert with_documents == ENTITIES | {D1, D2}   # every entity is mentioned somewhere


@pytest.mark.parametrize("options", [
    ("--no-documents",), ("--type", "Person", "--type", "Organisation"), ("--relation", "RECOMMENDS"),
    ("--document", "d2"), ("--min-degree", "2"), ("--no-documents", "--min-degree", "1", "-f", "gexf"),
])
def test_same_bytes_for_the_same_options(graph_file: Path, tmp_path: Path, options: tuple[str, ...]) -> None:
    first, second = tmp_path / "a.out", tmp_path / "b.out"
    assert export(graph_file, first, *options).exit_code == 0
    assert export(graph_file, second, *options).exit_code == 0
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize(("options", "message"), [
    (("--type", "Planet"), "error: unknown type 'Planet' (known: "),
    (("--relation", "LIKES"), "error: unknown relation 'LIKES' (known: "),
    (("--document", "d9"), "error: no document 'd9' in the graph (documents: d1, d2)"),
    (("--min-degree", "-1"), "error: --min-degree must be 0 or more (got -1)"),
])
def test_bad_filter_is_a_usage_error_and_writes_nothing(graph_file: Path, tmp_path: Path, options, message) -> None:
    out = tmp_path / "nothing.graphml"
    result = export(graph_file, out, *options)
    assert result.exit_code == 2
    assert result.stderr.startswith(message) and len(result.stderr.splitlines()) == 1
    assert not out.exists()


def test_select_leaves_the_graph_as_it_was() -> None:
    graph = build()
    before = (set(graph.nodes), set(graph.edges(keys=True)))
    part = select(graph, Selection(no_documents=True, min_degree=1))
    assert (set(graph.nodes), set(graph.edges(keys=True))) == before
    assert part.nodes[ADA] == graph.nodes[ADA]
    assert not Selection().active and Selection(min_degree=1).active
