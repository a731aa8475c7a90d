"""CSV: parsed by Python's csv module, headers that neo4j-admin accepts, safe in a spreadsheet."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import networkx as nx
import pytest

from caregraph.export.csv import csv_files, neutralise, write_csv

# neo4j-admin database import (Neo4j 5) header entries: `name`, `name:type`, `name:type[]`,
# `name:ID`, `:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, `:IGNORE`, optional `(group)`.
KEYWORDS = {"ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE"}
TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point",
         "date", "localtime", "time", "localdatetime", "datetime", "duration"}
HEADER_ENTRY = re.compile(r"^(?P<name>[^:]*)(?::(?P<kind>[A-Za-z_]+)(?P<array>\[\])?(?:\((?P<group>[^)]*)\))?)?$")
ARRAY_DELIMITER = "|"


def header_problems(header: list[str], *, nodes: bool) -> list[str]:
    """Violations of the Neo4j import header rules."""
    problems = []
    kinds = []
    names = []
    for entry in header:
        match = HEADER_ENTRY.match(entry)
        if not match:
            problems.append(f"{entry!r}: not name[:type]")
            continue
        name, kind = match["name"], match["kind"]
        if kind is None:
            if not name:
                problems.append("empty column name")
        elif kind in KEYWORDS:
            if match["array"]:
                problems.append(f"{entry!r}: {kind} cannot be an array")
            if kind in ("LABEL", "TYPE", "START_ID", "END_ID") and name:
                problems.append(f"{entry!r}: {kind} takes no property name")
        elif kind not in TYPES:
            problems.append(f"{entry!r}: unknown type {kind}")
        elif not name:
            problems.append(f"{entry!r}: a typed column needs a name")
        kinds.append(kind)
        if name and kind not in ("LABEL", "TYPE", "START_ID", "END_ID", "IGNORE"):
            names.append(name)
    required = ["ID"] if nodes else ["START_ID", "END_ID", "TYPE"]
    for keyword in required:
        if kinds.count(keyword) != 1:
            problems.append(f":{keyword} appears {kinds.count(keyword)} times")
    forbidden = ["START_ID", "END_ID", "TYPE"] if nodes else ["ID", "LABEL"]
    problems += [f":{k} in a {'node' if nodes else 'relationship'} file" for k in forbidden if k in kinds]
    if len(names) != len(set(names)):
        problems.append(f"duplicate property names {sorted(names)}")
    return problems


def parse(data: bytes) -> list[dict[str, str]]:
    text = data.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def check_values(rows: list[dict[str, str]]) -> None:
    """Every typed cell parses as Neo4j would parse it."""
    for row in rows:
        for column, value in row.items():
            kind = HEADER_ENTRY.match(column)["kind"]  # type: ignore[index]
            if value == "":
                continue
            items = value.split(ARRAY_DELIMITER) if column.endswith("[]") else [value]
            for item in items:
                if kind == "int":
                    int(item)
                elif kind == "float":
                    float(item)
                elif kind == "boolean":
                    assert item in ("true", "false")


@pytest.fixture
def files(tiny_graph: nx.MultiDiGraph) -> dict[str, bytes]:
    return {path.name: data for path, data in csv_files(tiny_graph, Path("out/g")).items()}


def test_writes_nodes_edges_and_a_cypher_script(files: dict[str, bytes]) -> None:
    assert sorted(files) == ["g.cypher", "g.edges.csv", "g.nodes.csv"]


def test_headers_follow_the_neo4j_import_rules(files: dict[str, bytes]) -> None:
    nodes = next(csv.reader(io.StringIO(files["g.nodes.csv"].decode())))
    edges = next(csv.reader(io.StringIO(files["g.edges.csv"].decode())))
    assert header_problems(nodes, nodes=True) == []
    assert header_problems(edges, nodes=False) == []
    assert nodes[:2] == ["id:ID", ":LABEL"] and edges[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"mentions:int", "aliases:string[]", "documents:string[]", "length:int"} <= set(nodes)
    assert {"weight:float", "confidence:float", "documents:string[]", "rule:string[]"} <= set(edges)


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        (["id", ":LABEL"], ":ID appears 0 times"),
        (["id:ID", "n:ID"], ":ID appears 2 times"),
        (["id:ID", "x:integer"], "'x:integer': unknown type integer"),
        (["id:ID", "a", "a:int"], "duplicate property names ['a', 'a', 'id']"),
    ],
)
def test_the_header_checker_catches_bad_headers(header: list[str], problem: str) -> None:
    assert problem in header_problems(header, nodes=True)


def test_rows_parse_with_the_csv_module_and_typed_cells_parse(files, tiny_graph) -> None:  # type: ignore[no-untyped-def]
    nodes, edges = parse(files["g.nodes.csv"]), parse(files["g.edges.csv"])
    assert len(nodes) == tiny_graph.number_of_nodes() and len(edges) == tiny_graph.number_of_edges()
    check_values(nodes)
    check_values(edges)
    ids = {row["id:ID"] for row in nodes}
    assert len(ids) == len(nodes)
    assert all(row[":START_ID"] in ids and row[":END_ID"] in ids for row in edges)
    by_id = {row["id:ID"]: row for row in nodes}
    assert by_id["person-ada-lovelace"][":LABEL"] == "Person"
    assert by_id["person-ada-lovelace"]["aliases:string[]"].split("|") == ["Countess of Lovelace", "Lovelace"]
    # commas, quotes, newlines and U+2028 survive quoting
    assert by_id["organisation-acme-council"]["evidence"] == 'The council said "yes", then left.'
    assert by_id["publication-the-report"]["evidence"] == tiny_graph.nodes["publication-the-report"]["evidence"]


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("=SUM(A1:A3)", "'=SUM(A1:A3)"),
        ("+ more money", "'+ more money"),
        ("-minus", "'-minus"),
        ("@acme", "'@acme"),
        ("\tx", "'\tx"),
        ("Ada", "Ada"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_formula_like_text_is_neutralised(text: str, safe: str) -> None:
    assert neutralise(text) == safe


def test_no_cell_starts_a_formula_but_negative_numbers_stay_numbers(tiny_graph: nx.MultiDiGraph) -> None:
    tiny_graph.add_node("place-x", label="=1+1", type="Place", mentions=1, score=-2.5)
    files = csv_files(tiny_graph, Path("g"))
    rows = parse(files[Path("g.nodes.csv")])
    cells = [cell for row in rows for cell in row.values()]
    assert not [c for c in cells if c[:1] in ("=", "+", "@") or (c[:1] == "-" and c != "-2.5")]
    row = next(r for r in rows if r["id:ID"] == "place-x")
    assert row["label"] == "'=1+1" and row["score:float"] == "-2.5"


def test_bom_only_when_asked(tiny_graph: nx.MultiDiGraph) -> None:
    plain = csv_files(tiny_graph, Path("g"))
    with_bom = csv_files(tiny_graph, Path("g"), bom=True)
    for name in ("g.nodes.csv", "g.edges.csv"):
        assert not plain[Path(name)].startswith(b"\xef\xbb\xbf")
        assert with_bom[Path(name)] == b"\xef\xbb\xbf" + plain[Path(name)]
    assert with_bom[Path("g.cypher")] == plain[Path("g.cypher")]


def test_cypher_script_loads_both_files_by_their_headers(files: dict[str, bytes]) -> None:
    script = files["g.cypher"].decode()
    assert "LOAD CSV WITH HEADERS FROM 'file:///g.nodes.csv'" in script
    assert "LOAD CSV WITH HEADERS FROM 'file:///g.edges.csv'" in script
    for header in (files["g.nodes.csv"], files["g.edges.csv"]):
        for column in next(csv.reader(io.StringIO(header.decode()))):
            assert f"row.`{column}`" in script
    for relation in ("AUTHORED", "ROLE_AT", "RELATED_TO", "MENTIONS"):
        assert f"MERGE (s)-[e:`{relation}` {{id: row.id}}]->(t)" in script
    assert script.count(";") == 3  # constraint, nodes, edges


def test_write_csv_writes_all_three_files(tiny_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    write_csv(tiny_graph, tmp_path / "g")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.cypher", "g.edges.csv", "g.nodes.csv"]
