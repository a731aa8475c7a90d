"""CSV for spreadsheets and Neo4j: PATH.nodes.csv, PATH.edges.csv and a Cypher script PATH.cypher.

Headers follow `neo4j-admin database import` (Neo4j 5):

- nodes: `id:ID`, `:LABEL` (the node type), then the attributes; edges: `:START_ID`,
  `:END_ID`, `:TYPE` (the relation), `id`, then the attributes;
- typed columns: `mentions:int`, `length:int`, `weight:float`, `confidence:float`, other
  numbers `:int`/`:float`, booleans `:boolean`; list columns `aliases:string[]`,
  `documents:string[]`, `rule:string[]` with `|` between items, so import with
  `--array-delimiter='|'`; evidence sentences may hold line breaks: `--multiline-fields=true`.

Cells are RFC 4180 (comma, `"`-quoted when needed, `""` inside, CRLF rows) in UTF-8, with a
byte-order mark only when asked (Excel needs it to read UTF-8). A text cell that begins with
`=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows it
as text instead of running it as a formula (OWASP "CSV injection"); Neo4j imports that `'` too.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .common import LIST_SEPARATOR, write_files_atomic
from .table import LISTS, Table, table_of

if TYPE_CHECKING:
    import networkx as nx

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
NODE_LABEL = "CaregraphNode"  # the label every node gets in the Cypher script, for its id constraint


def csv_files(graph: nx.MultiDiGraph, base: str | Path, *, bom: bool = False) -> dict[Path, bytes]:
    """The three files for a graph: {BASE.nodes.csv, BASE.edges.csv, BASE.cypher: bytes}."""
    table = table_of(graph)
    base = Path(base)
    nodes_path = base.with_name(base.name + ".nodes.csv")
    edges_path = base.with_name(base.name + ".edges.csv")
    node_header, node_rows = node_table(table)
    edge_header, edge_rows = edge_table(table)
    return {
        nodes_path: _csv_bytes(node_header, node_rows, bom=bom),
        edges_path: _csv_bytes(edge_header, edge_rows, bom=bom),
        base.with_name(base.name + ".cypher"): cypher_script(
            nodes_path.name, node_header, edges_path.name, edge_header, table
        ).encode("utf-8"),
    }


def write_csv(graph: nx.MultiDiGraph, base: str | Path, *, bom: bool = False) -> None:
    """Write BASE.nodes.csv, BASE.edges.csv and BASE.cypher, all or none."""
    write_files_atomic(csv_files(graph, base, bom=bom))


def node_table(table: Table) -> tuple[list[str], list[list[str]]]:
    """Header and rows of nodes.csv (cells already text)."""
    columns = [c for c in table.node_columns if c not in ("id",)]
    types = _column_types("node", columns, [n.attrs for n in table.nodes])
    header = ["id:ID", ":LABEL"] + [_header(c, types[c]) for c in columns]
    rows = [[node.id, node.type] + [_cell(node.attrs.get(c)) for c in columns] for node in table.nodes]
    return header, [[_safe(cell) for cell in row] for row in rows]


def edge_table(table: Table) -> tuple[list[str], list[list[str]]]:
    """Header and rows of edges.csv (cells already text)."""
    columns = [c for c in table.edge_columns if c not in ("id",)]
    types = _column_types("edge", columns, [e.attrs for e in table.edges])
    header = [":START_ID", ":END_ID", ":TYPE", "id"] + [_header(c, types[c]) for c in columns]
    rows = [
        [edge.source, edge.target, edge.relation, edge.id] + [_cell(edge.attrs.get(c)) for c in columns]
        for edge in table.edges
    ]
    return header, [[_safe(cell) for cell in row] for row in rows]


def neutralise(text: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def cypher_script(
    nodes_file: str, node_header: Sequence[str], edges_file: str, edge_header: Sequence[str], table: Table
) -> str:
    """A LOAD CSV script for Neo4j 5 that loads the two files from its import directory."""
    types = sorted({node.type for node in table.nodes if node.type})
    relations = sorted({edge.relation for edge in table.edges})
    lines = [
        f"// caregraph: load {nodes_file} and {edges_file} into Neo4j 5 with LOAD CSV.",
        "// Copy both files into the database's import directory, then: cypher-shell -f <this file>",
        f"// Lists are '{LIST_SEPARATOR}'-separated. A text cell that began with = + - @ carries a leading '",
        "// (spreadsheet safety). The offline bulk importer reads the same files:",
        f"//   neo4j-admin database import full --nodes={nodes_file} --relationships={edges_file} \\",
        f"//     --array-delimiter='{LIST_SEPARATOR}' --multiline-fields=true neo4j",
        "",
        f"CREATE CONSTRAINT caregraph_node_id IF NOT EXISTS FOR (n:{NODE_LABEL}) REQUIRE n.id IS UNIQUE;",
        "",
        f"LOAD CSV WITH HEADERS FROM 'file:///{_quote(nodes_file)}' AS row",
        f"MERGE (n:{NODE_LABEL} {{id: row.`id:ID`}})",
        "SET n += " + _properties(node_header[2:]),
    ]
    lines += [
        f"FOREACH (_ IN CASE WHEN row.`:LABEL` = '{_quote(t)}' THEN [1] ELSE [] END | SET n:{_name(t)})"
        for t in types
    ]
    lines[-1] += ";"
    lines += [
        "",
        f"LOAD CSV WITH HEADERS FROM 'file:///{_quote(edges_file)}' AS row",
        f"MATCH (s:{NODE_LABEL} {{id: row.`:START_ID`}}), (t:{NODE_LABEL} {{id: row.`:END_ID`}})",
        "WITH s, t, row, " + _properties(edge_header[3:]) + " AS props",
    ]
    lines += [
        f"FOREACH (_ IN CASE WHEN row.`:TYPE` = '{_quote(r)}' THEN [1] ELSE [] END |"
        f" MERGE (s)-[e:{_name(r)} {{id: row.id}}]->(t) SET e += props)"
        for r in relations
    ]
    lines[-1] += ";"
    return "\n".join(lines) + "\n"


def _column_types(domain: str, columns: Iterable[str], rows: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    types = {}
    for column in columns:
        kinds = {type(attrs[column]) for attrs in rows if column in attrs}
        if column in LISTS[domain] or kinds == {tuple}:
            types[column] = "string[]"
        elif kinds == {bool}:
            types[column] = "boolean"
        elif kinds == {int}:
            types[column] = "int"
        elif kinds and kinds <= {int, float}:
            types[column] = "float"
        else:
            types[column] = "string"
    return types


def _header(column: str, type_: str) -> str:
    return column if type_ == "string" else f"{column}:{type_}"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return LIST_SEPARATOR.join(value)
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _safe(cell: str) -> str:
    # Numbers stay numbers: only a cell that is not a plain number is neutralised.
    if cell[:1] in ("-", "+") and _is_number(cell):
        return cell
    return neutralise(cell)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _csv_bytes(header: Sequence[str], rows: Sequence[Sequence[str]], *, bom: bool) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return ((BOM if bom else "") + buffer.getvalue()).encode("utf-8")


def _properties(header: Sequence[str]) -> str:
    """A Cypher map that converts each CSV column to its property."""
    parts = []
    for column in header:
        name, _, type_ = column.partition(":")
        cell = f"row.{_name(column)}"
        if type_ == "int":
            expr = f"toInteger({cell})"
        elif type_ == "float":
            expr = f"toFloat({cell})"
        elif type_ == "boolean":
            expr = f"toBoolean({cell})"
        elif type_ == "string[]":
            expr = f"CASE WHEN {cell} IS NULL THEN null ELSE split({cell}, '{LIST_SEPARATOR}') END"
        else:
            expr = cell
        parts.append(f"{_name(name)}: {expr}")
    return "{" + ", ".join(parts) + "}"


def _name(text: str) -> str:
    """A Cypher identifier in backticks."""
    return "`" + text.replace("`", "``") + "`"


def _quote(text: str) -> str:
    """Text inside a single-quoted Cypher string."""
    return text.replace("\\", "\\\\").replace("'", "\\'")
