"""A graph as a SQLite database: the analyst commands' index and an export for Datasette,
sqlite-utils and spreadsheets (stdlib sqlite3, no server).

Tables: `nodes` (one row per node: label, type, mentions, typed degree, aliases, documents,
evidence, the other attributes as JSON in `attributes`), `aliases` (one row per alias),
`edges` (one row per edge: source, target, relation, weight, evidence, documents, role,
predicate, quote, the other attributes as JSON), `meta` (the source file's sha256, the
format version). Full-text search (FTS5, trigram: any substring of three characters or more,
case- and accent-insensitive): `nodes_fts` over label, aliases and evidence, `edges_fts` over
evidence, role, predicate and quote of the typed edges (not MENTIONS: 83% of the text, and the
`mentions` view's sentences are the entities' own), each declared on its table the way sqlite-utils does,
so Datasette offers a search box on `nodes` and `edges`. Views: `relations` (typed edges with
both ends' labels and types), `entities` (nodes but Documents), `documents` (one row per
document with its metadata: title, date, url, publisher, path, sha256, length, and how many
entities it mentions), `mentions` (document -> entity, with the sentence), `quotes` (relations
that carry a quotation).

Rows come from a GraphML file read as a stream (`graphml_rows`, no NetworkX graph: this is how
the index is built fast and lean) or from a NetworkX graph (`networkx_rows`, for `export`).
The same rows give the same bytes.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.parsers import expat
from xml.parsers.expat import ExpatError

from ..core.files import remove_quietly
from ..core.ontology import DOCUMENT, MENTIONS
from ..core.text import fold, name_key
from ..errors import InputError, OutputError, first_line
from .common import LIST_SEPARATOR, scalar, split_list

if TYPE_CHECKING:
    import networkx as nx

FORMAT_VERSION = "3"
NODE_COLUMNS = ("label", "type", "mentions", "aliases", "documents", "evidence")
EDGE_COLUMNS = ("relation", "weight", "evidence", "documents", "role", "predicate", "quote")
DOCUMENT_FIELDS = ("title", "date", "url", "publisher", "path", "sha256", "length")
BATCH = 2000

NodeRow = tuple[str, dict[str, Any]]
EdgeRow = tuple[str, str, dict[str, Any]]

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE nodes (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    type TEXT NOT NULL,
    mentions INTEGER,
    degree INTEGER NOT NULL DEFAULT 0,
    aliases TEXT,
    documents TEXT,
    evidence TEXT,
    attributes TEXT,
    match_key TEXT NOT NULL,
    sort_key TEXT NOT NULL
);
CREATE TABLE aliases (
    node_id TEXT NOT NULL REFERENCES nodes(id),
    alias TEXT NOT NULL,
    match_key TEXT NOT NULL
);
CREATE TABLE edges (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL REFERENCES nodes(id),
    target TEXT NOT NULL REFERENCES nodes(id),
    relation TEXT NOT NULL,
    weight REAL,
    evidence TEXT,
    documents TEXT,
    role TEXT,
    predicate TEXT,
    quote TEXT,
    attributes TEXT
);
CREATE VIRTUAL TABLE nodes_fts USING fts5(label, aliases, evidence, content=[nodes], tokenize='trigram');
CREATE VIRTUAL TABLE edges_fts USING fts5(evidence, role, predicate, quote, content=[edges], tokenize='trigram');
"""

_INDEXES = """
CREATE INDEX nodes_match_key ON nodes(match_key);
CREATE INDEX nodes_type ON nodes(type, degree);
CREATE INDEX aliases_match_key ON aliases(match_key);
CREATE INDEX aliases_node ON aliases(node_id);
CREATE INDEX edges_source ON edges(source, relation, target);
CREATE INDEX edges_target ON edges(target, relation, source);
CREATE INDEX edges_relation ON edges(relation);
"""


def _views() -> str:
    doc, mentions = _sql_text(DOCUMENT), _sql_text(MENTIONS)
    fields = ",\n    ".join(f"json_extract(n.attributes, '$.{f}') AS {f}" for f in DOCUMENT_FIELDS)
    return f"""
CREATE VIEW relations AS SELECT
    e.id, e.source, s.label AS source_label, s.type AS source_type, e.relation,
    e.target, t.label AS target_label, t.type AS target_type,
    e.evidence, e.quote, e.documents, e.weight, e.role, e.predicate
    FROM edges e JOIN nodes s ON s.id = e.source JOIN nodes t ON t.id = e.target
    WHERE e.relation != {mentions};
CREATE VIEW entities AS SELECT id, label, type, mentions, degree, aliases, documents, evidence
    FROM nodes WHERE type != {doc};
CREATE VIEW documents AS SELECT n.id, n.label,
    {fields},
    (SELECT count(*) FROM edges e WHERE e.source = n.id AND e.relation = {mentions}) AS entities
    FROM nodes n WHERE n.type = {doc};
CREATE VIEW mentions AS SELECT e.id, e.source AS document, d.label AS document_label,
    e.target AS entity, t.label AS entity_label, t.type AS entity_type, e.evidence
    FROM edges e JOIN nodes d ON d.id = e.source JOIN nodes t ON t.id = e.target
    WHERE e.relation = {mentions};
CREATE VIEW quotes AS SELECT e.id, e.source AS speaker, s.label AS speaker_label, s.type AS speaker_type,
    e.relation, e.target AS about, t.label AS about_label, e.quote, e.evidence, e.documents
    FROM edges e JOIN nodes s ON s.id = e.source JOIN nodes t ON t.id = e.target
    WHERE e.quote IS NOT NULL AND e.quote != '';
"""


def _script(connection: sqlite3.Connection, script: str) -> None:
    """Statements one by one (executescript would commit the open transaction)."""
    for statement in script.split(";\n"):
        if statement.strip():
            connection.execute(statement)


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


# --- rows -------------------------------------------------------------------------------------

def _convert(value: str, type_: str) -> Any:
    if type_ in ("int", "long"):
        return int(value)
    if type_ in ("double", "float"):
        return float(value)
    if type_ == "boolean":
        return value.strip().lower() in ("true", "1")
    return value


class GraphmlRows:
    """A GraphML file read as a stream of node and edge rows (attributes typed by the file's
    <key> declarations, and as networkx reads them, <default> values ignored), with expat callbacks rather than an element
    tree: memory holds a block of the file and the rows parsed from it."""

    BLOCK = 1 << 20

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise InputError(f"{self.path}: is a directory, not a graph file")
        if not self.path.is_file():
            raise InputError(f"{self.path}: no such graph file")

    def rows(self) -> Iterator[tuple[str, Any]]:
        """("node", (id, attributes)) and ("edge", (source, target, attributes)) in file order."""
        try:
            yield from self._rows()
        except (ExpatError, ValueError) as exc:
            raise InputError(f"{self.path}: not a readable GraphML file ({first_line(exc, limit=160)})") from exc
        except OSError as exc:
            raise InputError(f"{self.path}: cannot read ({exc.strerror or exc})") from exc

    def _rows(self) -> Iterator[tuple[str, Any]]:
        keys: dict[str, tuple[str, str]] = {}          # key id -> (name, type)
        out: list[tuple[str, Any]] = []
        state: dict[str, Any] = {"key": None, "data": None, "text": [], "item": None, "graph": False}

        def local(name: str) -> str:
            return name.rpartition(":")[2]

        def start(name: str, attrs: dict[str, str]) -> None:
            tag = local(name)
            if tag == "data" and state["item"] is not None:
                state["data"] = attrs.get("key", "")
                state["text"] = []
            elif tag == "node":
                state["item"] = ("node", attrs.get("id"), None, {})
            elif tag == "edge":
                source, target = attrs.get("source"), attrs.get("target")
                if source is None or target is None:
                    raise ValueError("an edge without source or target")
                state["item"] = ("edge", source, target, {})
            elif tag == "key":
                state["key"] = (attrs.get("id", ""), attrs.get("for", "all"),
                                attrs.get("attr.name") or attrs.get("id", ""), attrs.get("attr.type", "string"))
            elif tag == "graph":
                state["graph"] = True

        def text(data: str) -> None:
            if state["data"] is not None:
                state["text"].append(data)

        def end(name: str) -> None:
            tag = local(name)
            if tag == "data" and state["item"] is not None and state["data"] is not None:
                key_name, type_ = keys.get(state["data"], (state["data"], "string"))
                state["item"][3][key_name] = _convert("".join(state["text"]), type_)
                state["data"] = None
            elif tag == "key" and state["key"] is not None:
                key_id, _, key_name, type_ = state["key"]
                keys[key_id] = (key_name, type_)
                state["key"] = None
            elif tag == "node" and state["item"] is not None:
                _, node_id, _, data = state["item"]
                out.append(("node", (str(node_id), data)))
                state["item"] = None
            elif tag == "edge" and state["item"] is not None:
                _, source, target, data = state["item"]
                out.append(("edge", (source, target, data)))
                state["item"] = None

        parser = expat.ParserCreate()
        parser.buffer_text = True
        parser.StartElementHandler = start
        parser.CharacterDataHandler = text
        parser.EndElementHandler = end
        with open(self.path, "rb") as handle:
            while block := handle.read(self.BLOCK):
                parser.Parse(block, False)
                yield from out
                out.clear()
            parser.Parse(b"", True)
            yield from out
        if not state["graph"]:
            raise ValueError("no <graph> element")


def networkx_rows(graph: nx.MultiDiGraph) -> Iterator[tuple[str, Any]]:
    """The rows of a NetworkX graph in GraphML's order: nodes sorted by id, then edges sorted
    by (source, relation, target)."""
    for node in sorted(graph.nodes, key=str):
        yield "node", (str(node), dict(graph.nodes[node]))
    edges = sorted(graph.edges(data=True), key=lambda e: (str(e[0]), str(e[2].get("relation", "")), str(e[1]),
                                                          repr(sorted((str(k), repr(v)) for k, v in e[2].items()))))
    for u, v, data in edges:
        yield "edge", (str(u), str(v), dict(data))


# --- writing ------------------------------------------------------------------------------------

def _json(extra: dict[str, Any]) -> str | None:
    return json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None


def _value(value: Any) -> Any:
    return value if type(value) in (str, int) else scalar(value)


def _split(data: dict[str, Any], columns: tuple[str, ...]) -> tuple[list[Any], dict[str, Any]]:
    values = {str(k): _value(v) for k, v in data.items()}
    values = {k: v for k, v in values.items() if v is not None}
    return [values.pop(c, None) for c in columns], values


def fill(connection: sqlite3.Connection, rows: Iterable[tuple[str, Any]], *, source: str,
         meta: dict[str, str] | None = None) -> None:
    """Create the tables and views in an empty database and fill them from the rows. Raises
    InputError (naming `source`) for a node without label or type, an edge without relation,
    or an edge whose end is not a node."""
    _script(connection, _SCHEMA)
    types: dict[str, str] = {}
    degree: Counter[str] = Counter()
    node_batch: list[tuple[Any, ...]] = []
    alias_batch: list[tuple[str, str, str]] = []
    edge_batch: list[tuple[Any, ...]] = []
    pending_edges: list[EdgeRow] = []   # edges before their nodes (legal GraphML, not ours)
    pairs: set[tuple[str, str]] = set()   # the entity graph's (source, target) pairs

    def flush() -> None:
        connection.executemany("INSERT INTO nodes VALUES (?,?,?,?,0,?,?,?,?,?,?)", node_batch)
        connection.executemany("INSERT INTO aliases VALUES (?,?,?)", alias_batch)
        connection.executemany("INSERT INTO edges (source, target, relation, weight, evidence, documents, role, "
                               "predicate, quote, attributes) VALUES (?,?,?,?,?,?,?,?,?,?)", edge_batch)
        node_batch.clear()
        alias_batch.clear()
        edge_batch.clear()

    def add_edge(u: str, v: str, data: dict[str, Any]) -> None:
        for end in (u, v):
            if end not in types:
                raise InputError(f"{source}: not a caregraph graph (edge '{u}' -> '{v}' names no node '{end}')")
        (relation, *rest), extra = _split(data, EDGE_COLUMNS)
        if not str(relation or "").strip():
            raise InputError(f"{source}: not a caregraph graph (edge '{u}' -> '{v}' has no 'relation' attribute)")
        if relation != MENTIONS and u != v and types[u] != DOCUMENT and types[v] != DOCUMENT:
            degree[u] += 1
            degree[v] += 1
            pairs.add((u, v))
        edge_batch.append((u, v, relation, *rest, _json(extra)))

    for kind, row in rows:
        if kind == "node":
            node_id, data = row
            (label, type_, *rest), extra = _split(data, NODE_COLUMNS)
            for attr, value in (("type", type_), ("label", label)):
                if not str(value or "").strip():
                    raise InputError(f"{source}: not a caregraph graph (node '{node_id}' has no '{attr}' attribute)")
            if node_id in types:
                continue
            types[node_id] = str(type_)
            label = str(label)
            node_batch.append((node_id, label, type_, *rest, _json(extra), name_key(label), fold(label)))
            for alias in sorted(set(split_list(data.get("aliases")))):
                alias_batch.append((node_id, alias, name_key(alias)))
        elif types.get(row[0]) is None or types.get(row[1]) is None:
            pending_edges.append(row)
        else:
            add_edge(*row)
        if len(node_batch) + len(edge_batch) >= BATCH:
            flush()
    flush()
    for row in pending_edges:
        add_edge(*row)
    flush()
    connection.executemany("UPDATE nodes SET degree = ? WHERE id = ?", sorted((n, i) for i, n in degree.items()))
    _fill_search(connection)
    _script(connection, _INDEXES + _views())
    info = {"format_version": FORMAT_VERSION, **_shape(types, pairs), **(meta or {})}
    connection.executemany("INSERT INTO meta VALUES (?, ?)", sorted(info.items()))


def _shape(types: dict[str, str], pairs: set[tuple[str, str]]) -> dict[str, str]:
    """The entity graph's shape (entities, typed edges between two of them, parallel edges as
    one): its weakly connected components, the largest, the isolated entities and the
    directed density, as query.stats counts them; for `stats` to read rather than compute."""
    parent = {n: n for n, t in types.items() if t != DOCUMENT}

    def root(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for u, v in sorted(pairs):
        a, b = root(u), root(v)
        if a != b:
            parent[a] = b
    sizes = Counter(root(n) for n in parent)
    n = len(parent)
    return {"entity_components": str(len(sizes)), "entity_largest_component": str(max(sizes.values(), default=0)),
            "entity_isolated": str(sum(1 for size in sizes.values() if size == 1)),
            "entity_density": repr(round(len(pairs) / (n * (n - 1)), 6) if n > 1 else 0.0)}


def _fill_search(connection: sqlite3.Connection) -> None:
    """The full-text tables hold `fold`ed text (accents, case, quote styles ignored), as the
    `search` command compares."""
    connection.create_function("fold", 1, lambda text: fold(text) if isinstance(text, str) else text,
                               deterministic=True)
    connection.create_function("folds", 1, lambda text: fold(" \n ".join(split_list(text)))
                               if isinstance(text, str) else text, deterministic=True)
    connection.execute("INSERT INTO nodes_fts (rowid, label, aliases, evidence) "
                       "SELECT rowid, fold(label), folds(aliases), fold(evidence) FROM nodes")
    connection.execute("INSERT INTO edges_fts (rowid, evidence, role, predicate, quote) "
                       "SELECT id, fold(evidence), fold(role), fold(predicate), fold(quote) FROM edges "
                       "WHERE relation != ?", (MENTIONS,))


def build(rows: Iterable[tuple[str, Any]], target: str | Path, *, source: str,
          meta: dict[str, str] | None = None) -> None:
    """Write the database to `target` atomically (a temporary file beside it, renamed into
    place): on any failure the target is untouched and no temporary file is left."""
    target = Path(target)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from exc
    os.close(fd)
    try:
        connection = sqlite3.connect(tmp, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute("PRAGMA synchronous = OFF")
            connection.execute("BEGIN")
            fill(connection, rows, source=source, meta=meta)
            connection.execute("COMMIT")
        finally:
            connection.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        raise OutputError(f"{target}: cannot write ({first_line(exc, limit=160)})") from exc
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from exc
    finally:
        remove_quietly(tmp)


def sqlite_bytes(graph: nx.MultiDiGraph) -> bytes:
    """The database of a NetworkX graph, as bytes (for export's all-or-nothing writer)."""
    with tempfile.TemporaryDirectory(prefix="caregraph-sqlite-") as directory:
        path = Path(directory) / "graph.sqlite"
        build(networkx_rows(graph), path, source="graph")
        return path.read_bytes()


__all__ = ["LIST_SEPARATOR", "GraphmlRows", "build", "fill", "networkx_rows", "sqlite_bytes"]
