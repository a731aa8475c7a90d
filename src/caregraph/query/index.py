"""The query index: the analyst commands answer from a SQLite database made from the GraphML
(export.sqlite's tables), not from the whole graph parsed into NetworkX.

The database is cached beside the graph (`caregraph.graphml` -> `caregraph.graphml.index.sqlite`),
keyed by the GraphML's sha256 and the database format: built on first use, rebuilt when either
changes (a file whose size and mtime are as recorded is not hashed again), written atomically (a temporary file renamed into place, so two processes never see
half a database). Where the graph's directory cannot be written, the index is built in a
temporary directory and dropped after use.

Each question loads only the part of the graph it needs (a node and its edges, a
neighbourhood, the nodes on the shortest paths) as a `LocalGraph` (just enough of a NetworkX
MultiDiGraph for the pure functions of `query`) and hands it to them, so the answers are the
same as over the whole graph; networkx itself is imported only for pagerank and betweenness.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..core.ontology import DOCUMENT, MENTIONS
from ..core.text import fold, name_key
from ..errors import InputError, NotFoundError, UsageError
from ..export import sqlite as store
from ..export.common import split_list
from . import (
    CENTRALITY,
    PATHS_EXAMINED,
    _edge,
    _node_order,
    close_labels,
    measure,
    neighbourhood,
    node,
    path_steps,
    profile,
)
from .centrality import betweenness_note
from .records import (
    Hop,
    Match,
    Neighbourhood,
    PathResult,
    Profile,
    Quote,
    Ranked,
    Reached,
    SearchResult,
    Stats,
    TimelineEntry,
    Vocabulary,
)
from .records import Node as NodeRecord

if TYPE_CHECKING:
    import networkx as nx

SUFFIX = ".index.sqlite"
CHUNK = 900   # ids per IN (...) list
_NODE_SELECT = "SELECT id, label, type, mentions, aliases, documents, evidence, attributes FROM nodes"
_EDGE_SELECT = ("SELECT id, source, target, relation, weight, evidence, documents, role, predicate, quote, "
                "attributes FROM edges")
# what search checks: the searched columns, and (edges) both ends' sort keys (query's node order)
_NODE_CHECK = "SELECT n.id, n.label, n.type, n.aliases, n.evidence, n.sort_key FROM nodes n"
_EDGE_CHECK = ("SELECT e.id, e.source, e.target, e.relation, e.evidence, e.role, e.predicate, "
               "s.sort_key, s.label, s.type, t.sort_key, t.label, t.type FROM edges e "
               "JOIN nodes s ON s.id = e.source JOIN nodes t ON t.id = e.target")


def index_path(graph_file: str | Path) -> Path:
    graph_file = Path(graph_file)
    return graph_file.with_name(graph_file.name + SUFFIX)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return digest.hexdigest()


def _stamp(graph_file: Path) -> str:
    """The file's size and modification time: when both are as the index recorded, the file
    is taken to be the one it was made from without hashing it again."""
    status = graph_file.stat()
    return f"{status.st_size}:{status.st_mtime_ns}"


def _current(path: Path, graph_file: Path, digest: str | None) -> sqlite3.Connection | None:
    """The cached index if it is there, readable and made from this very file: by its sha256
    (`digest`), or by its size and mtime where no digest is given."""
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error:
        return None
    same = meta.get("graph_sha256") == digest if digest else meta.get("graph_stamp") == _stamp(graph_file)
    if same and meta.get("format_version") == store.FORMAT_VERSION:
        return connection
    connection.close()
    return None


def build_index(graph_file: str | Path, target: str | Path, digest: str | None = None) -> None:
    """Build the index of a GraphML file at `target` (atomically)."""
    graph_file = Path(graph_file)
    reader = store.GraphmlRows(graph_file)
    stamp = _stamp(graph_file)
    meta = {"graph_sha256": digest or file_sha256(graph_file), "graph_file": graph_file.name, "graph_stamp": stamp}
    store.build(reader.rows(), target, source=str(graph_file), meta=meta)


def open_index(graph_file: str | Path) -> Index:
    """The index of a GraphML file, built (or rebuilt) first if needed."""
    graph_file = Path(graph_file)
    if graph_file.is_dir():
        raise InputError(f"{graph_file}: is a directory, not a graph file")
    if not graph_file.is_file():
        raise InputError(f"{graph_file}: no such graph file")
    cache = index_path(graph_file)
    connection = _current(cache, graph_file, None)
    if connection is not None:
        return Index(connection, graph_file)
    digest = file_sha256(graph_file)
    connection = _current(cache, graph_file, digest)
    if connection is not None:
        return Index(connection, graph_file)
    scratch: Path | None = None
    if not os.access(cache.parent, os.W_OK) or (cache.exists() and not os.access(cache, os.W_OK)):
        # the graph's directory is read-only: an index for this run only
        scratch = Path(tempfile.mkdtemp(prefix="caregraph-index-"))
        cache = scratch / "graph.sqlite"
    build_index(graph_file, cache, digest)
    connection = _current(cache, graph_file, digest)
    if connection is None:
        raise InputError(f"{cache}: the index just built cannot be read")
    return Index(connection, graph_file, scratch)


def prepare_index(graph_file: str | Path) -> bool:
    """Put the index beside a GraphML file just written (`extract`, `export`), so that the
    first query on it answers at once: built when missing or made from other bytes; when the
    bytes are the ones it was made from (a rewrite of the same graph), only its record of the
    file's size and time is brought up to date, so queries need not hash the file again.
    Nothing when the directory is read-only (queries then build a temporary one). Returns
    whether an index is in place."""
    graph_file = Path(graph_file)
    cache = index_path(graph_file)
    if not os.access(cache.parent, os.W_OK) or (cache.exists() and not os.access(cache, os.W_OK)):
        return False
    if (connection := _current(cache, graph_file, None)) is not None:
        connection.close()
        return True
    digest = file_sha256(graph_file)
    connection = _current(cache, graph_file, digest)
    if connection is None:
        build_index(graph_file, cache, digest)
        return True
    connection.close()
    with closing(sqlite3.connect(cache)) as writer, writer:
        writer.execute("UPDATE meta SET value = ? WHERE key = 'graph_stamp'", (_stamp(graph_file),))
    return True


_Item = TypeVar("_Item")


def _chunks(items: Sequence[_Item]) -> Iterator[Sequence[_Item]]:
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


def _marks(items: Sequence[Any]) -> str:
    return ",".join("?" * len(items))


class LocalGraph:
    """Part of a graph, with just the MultiDiGraph reads that query's functions make: node
    attributes (`nodes[id]`), membership, the edges at a node and between two nodes."""

    def __init__(self, nodes: dict[str, dict[str, Any]], edges: Iterable[tuple[str, str, dict[str, Any]]]) -> None:
        self.nodes = nodes
        self.node_records: dict[str, NodeRecord] = {}   # query.node's, made once per node
        self._edges = list(edges)
        self._out: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
        self._in: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
        for edge in self._edges:
            self._out.setdefault(edge[0], []).append(edge)
            self._in.setdefault(edge[1], []).append(edge)

    def __contains__(self, node_id: object) -> bool:
        return node_id in self.nodes

    def __iter__(self) -> Iterator[str]:
        return iter(self.nodes)

    def out_edges(self, node_id: str, data: bool = True) -> list[tuple[str, str, dict[str, Any]]]:
        return list(self._out.get(node_id, ()))

    def in_edges(self, node_id: str, data: bool = True) -> list[tuple[str, str, dict[str, Any]]]:
        return list(self._in.get(node_id, ()))

    def edges(self, nbunch: Iterable[str] | None = None, data: bool = True) -> list[tuple[str, str, dict[str, Any]]]:
        if nbunch is None:
            return list(self._edges)
        return [e for n in nbunch for e in self._out.get(n, ())]

    def get_edge_data(self, u: str, v: str, key: str | None = None) -> Any:
        found = [d for a, b, d in self._out.get(u, ()) if b == v]
        if key is None:
            return {d.get("relation"): d for d in found} or None
        return next((d for d in found if d.get("relation") == key), None)

    def as_networkx(self) -> Any:
        return cast(Any, self)


class Index:
    """A read-only connection to a graph's index, and the analyst questions over it."""

    def __init__(self, connection: sqlite3.Connection, graph_file: Path, scratch: Path | None = None) -> None:
        self.db = connection
        self.graph_file = graph_file
        self._scratch = scratch

    def close(self) -> None:
        self.db.close()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # --- rows to NetworkX ------------------------------------------------------------------------

    @staticmethod
    def _node_data(row: Sequence[Any]) -> dict[str, Any]:
        data = {name: value for name, value in zip(store.NODE_COLUMNS, row[1:7], strict=True) if value is not None}
        if row[7]:
            data.update(json.loads(row[7]))
        return data

    @staticmethod
    def _edge_data(row: Sequence[Any]) -> dict[str, Any]:
        data = {name: value for name, value in zip(store.EDGE_COLUMNS, (row[3], *row[4:10]), strict=True)
                if value is not None}
        if row[10]:
            data.update(json.loads(row[10]))
        return data

    def _nodes(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        wanted = sorted(set(ids))
        found: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(wanted):
            for row in self.db.execute(f"{_NODE_SELECT} WHERE id IN ({_marks(chunk)})", chunk):
                found[row[0]] = self._node_data(row)
        return found

    def _edges_at(self, ids: Iterable[str], *, relation_sql: str = "", params: Sequence[Any] = (),
                  both_in: bool = False) -> list[Sequence[Any]]:
        """Edge rows with an end among `ids` (both ends with `both_in`), filtered by an SQL
        condition on `relation`; each edge once, in id order."""
        wanted = sorted(set(ids))
        rows: dict[int, Sequence[Any]] = {}
        extra = f" AND {relation_sql}" if relation_sql else ""
        for column in ("source",) if both_in else ("source", "target"):
            for chunk in _chunks(wanted):
                for row in self.db.execute(f"{_EDGE_SELECT} WHERE {column} IN ({_marks(chunk)}){extra}",
                                           (*chunk, *params)):
                    rows[row[0]] = row
        if both_in:
            members = set(wanted)
            return [r for _, r in sorted(rows.items()) if r[2] in members]
        return [r for _, r in sorted(rows.items())]

    def _graph(self, node_ids: Iterable[str], edge_rows: Iterable[Sequence[Any]]) -> Any:
        """The nodes given, every end of the edges given and those edges, as a LocalGraph
        (typed Any: query's functions take it where they take a MultiDiGraph)."""
        edge_rows = list(edge_rows)
        ids = set(node_ids) | {r[1] for r in edge_rows} | {r[2] for r in edge_rows}
        return LocalGraph(dict(sorted(self._nodes(ids).items())),
                          ((r[1], r[2], self._edge_data(r)) for r in edge_rows)).as_networkx()

    def _records(self, ids: Iterable[str]) -> dict[str, NodeRecord]:
        graph = self._graph(ids, ())
        return {n: node(graph, n) for n in graph.nodes}

    # --- names --------------------------------------------------------------------------------

    def vocabulary(self, *, relations: Iterable[str] = (), types: Iterable[str] = ()) -> Vocabulary:
        rels = {r for (r,) in self.db.execute("SELECT DISTINCT relation FROM edges")} | set(relations) | {MENTIONS}
        kinds = {t for (t,) in self.db.execute("SELECT DISTINCT type FROM nodes")} | set(types) | {DOCUMENT}
        return Vocabulary(tuple(sorted(rels)), tuple(sorted(kinds)))

    def _matches(self, name: str) -> tuple[list[str], list[str]]:
        key = name_key(name)
        by_label = [i for (i,) in self.db.execute("SELECT id FROM nodes WHERE match_key = ? ORDER BY rowid", (key,))]
        labelled = set(by_label)
        by_alias = [i for (i,) in self.db.execute(
            "SELECT DISTINCT a.node_id FROM aliases a JOIN nodes n ON n.id = a.node_id "
            "WHERE a.match_key = ? ORDER BY n.rowid", (key,)) if i not in labelled]
        return by_label, by_alias

    def find(self, name: str) -> NodeRecord:
        """The node a name means, as query.find_node decides: its id, else its label, else one
        of its aliases; ambiguous names and unknown ones are errors (the latter with suggestions)."""
        if self.db.execute("SELECT 1 FROM nodes WHERE id = ?", (name,)).fetchone():
            return self._records([name])[name]
        for found in self._matches(name):
            records = self._records(found)
            if len(found) == 1:
                return records[found[0]]
            if found:
                options = sorted(records.values(), key=_node_order)
                listed = "; ".join(f"{n.id} ({n.type})" for n in options)
                raise UsageError(f"'{name}' is ambiguous: {listed}; give the id")
        hints = self.suggestions(name)
        hint = f"; did you mean: {', '.join(hints)}?" if hints else ""
        raise NotFoundError(f"no entity '{name}' in the graph{hint}")

    def also_alias_of(self, name: str, found: NodeRecord) -> tuple[NodeRecord, ...]:
        """Other nodes that have `name` as an alias, when it matched `found` by its label."""
        if name == found.id or name_key(found.label) != name_key(name):
            return ()
        others = [i for i in self._matches(name)[1] if i != found.id]
        return tuple(sorted(self._records(others).values(), key=_node_order))

    def suggestions(self, name: str, *, limit: int = 5) -> list[str]:
        """As query.suggestions: labels containing the name, then difflib's close matches."""
        key = name_key(name)
        label_of: dict[str, str] = {}
        for node_id, label, aliases in self.db.execute("SELECT id, label, aliases FROM nodes ORDER BY label, rowid"):
            for form in (label or node_id, *split_list(aliases)):
                label_of.setdefault(name_key(form), label or node_id)
        return close_labels(key, label_of, limit=limit)

    # --- show, neighbours, path ---------------------------------------------------------------

    def profile(self, name: str, *, mentions: bool = False) -> Profile:
        found = self.find(name)
        relation_sql, params = ("", ()) if mentions else ("relation != ?", (MENTIONS,))
        local = self._graph([found.id], self._edges_at([found.id], relation_sql=relation_sql, params=params))
        result = profile(local, found.id, mentions=mentions)
        return Profile(result.node, result.relations, self.also_alias_of(name, found))

    def _relation_filter(self, follow: Collection[str] | None) -> tuple[str, tuple[str, ...]]:
        if follow is None:
            return "relation != ?", (MENTIONS,)
        chosen = tuple(sorted(follow))
        return f"relation IN ({_marks(chosen)})", chosen

    def _walk_start(self, name: str, depth: int, relations: Collection[str],
                    types: Collection[str]) -> tuple[NodeRecord, str, tuple[str, ...], Callable[[str], bool]]:
        """What a neighbourhood walk starts from: the centre node, the SQL filter of the edges
        it follows (and its parameters), and which node types it may step onto (Documents only
        when asked for by type or through MENTIONS)."""
        if depth < 1:
            raise UsageError(f"--depth must be at least 1 (got {depth})")
        centre = self.find(name)
        follow = set(relations) if relations else None
        relation_sql, params = self._relation_filter(follow)

        def allowed(type_: str) -> bool:
            if types:
                return type_ in types
            return type_ != DOCUMENT or (follow is not None and MENTIONS in follow)

        return centre, relation_sql, params, allowed

    def local_neighbourhood(self, name: str, *, depth: int = 1, relations: Collection[str] = (),
                            types: Collection[str] = ()) -> tuple[Any, Neighbourhood]:
        """The neighbourhood (query.neighbourhood) and the small graph it was found in."""
        centre, relation_sql, params, allowed = self._walk_start(name, depth, relations, types)
        distance = {centre.id: 0}
        frontier = [centre.id]
        inner_edges: list[Sequence[Any]] = []
        for step in range(depth):
            rows = self._edges_at(frontier, relation_sql=relation_sql, params=params)
            inner_edges.extend(rows)
            far = sorted({end for r in rows for end in (r[1], r[2])} - set(distance))
            frontier = []
            for chunk in _chunks(far):
                for node_id, type_ in self.db.execute(f"SELECT id, type FROM nodes WHERE id IN ({_marks(chunk)})",
                                                      chunk):
                    if allowed(type_):
                        distance[node_id] = step + 1
                        frontier.append(node_id)
            if not frontier:
                break
        among = self._edges_at(list(distance), relation_sql=relation_sql, params=params, both_in=True)
        rows_by_id = {r[0]: r for r in (*inner_edges, *among)}
        local = self._graph(distance, (rows_by_id[i] for i in sorted(rows_by_id)))
        return local, neighbourhood(local, centre.id, depth=depth, relations=relations, types=types)

    def neighbourhood(self, name: str, *, depth: int = 1, relations: Collection[str] = (),
                      types: Collection[str] = (), limit: int | None = None) -> Neighbourhood:
        """query.neighbourhood, found by a breadth-first walk over the index's edge rows (ends
        and relation only; each far end's sort key from SQL), records made only for the nodes
        kept: with `limit`, the first `limit` nodes in the answer's order (by distance, then
        label: a kept node's parent is always kept) and the edges among them, `more` the
        nodes left out."""
        if limit is not None and limit < 1:
            raise UsageError(f"--max must be at least 1 (got {limit})")
        centre, relation_sql, params, allowed = self._walk_start(name, depth, relations, types)
        order: dict[str, tuple[str, str, str, str]] = {centre.id: _node_order(centre)}
        # node -> (distance, parent, edge id, direction seen from the parent)
        reached: dict[str, tuple[int, str | None, int | None, str | None]] = {centre.id: (0, None, None, None)}
        frontier = [centre.id]
        for step in range(depth):
            hops_at: dict[str, list[tuple[Any, ...]]] = {}
            # query.hops' order: relation, direction, far node (then the edge's id)
            for near, relation, inward, sort_key, label, type_, far, edge_id in self._hop_rows(
                    frontier, relation_sql, params):
                if far not in order:
                    order[far] = (sort_key, label, type_, far)
                hops_at.setdefault(near, []).append((relation, inward, order[far], edge_id, far,
                                                     "in" if inward else "out"))
            queue, frontier = frontier, []
            for current in queue:   # the breadth-first queue's order
                for *_, edge_id, other, direction in sorted(hops_at.get(current, ())):
                    if other not in reached and allowed(order[other][2]):
                        reached[other] = (step + 1, current, edge_id, direction)
                        frontier.append(other)
            if not frontier:
                break
        ordered = sorted(reached, key=lambda n: (reached[n][0], *order[n]))
        kept = ordered[:limit] if limit is not None else ordered
        via = [edge for n in kept if (edge := reached[n][2]) is not None]
        via_rows = [r for chunk in _chunks(via)
                    for r in self.db.execute(f"{_EDGE_SELECT} WHERE id IN ({_marks(chunk)})", chunk)]
        among = self._edges_at(kept, relation_sql=relation_sql, params=params, both_in=True)
        rows_by_id = {r[0]: r for r in (*via_rows, *among)}
        local = self._graph(kept, (rows_by_id[i] for i in sorted(rows_by_id)))
        edge_of = {r[0]: r for r in via_rows}
        nodes = []
        for n in kept:
            distance, parent, edge_id, direction = reached[n]
            hop = None
            if edge_id is not None:
                row = edge_of[edge_id]
                hop = Hop(_edge(local, row[1], row[2], self._edge_data(row)), str(direction), node(local, n))
            nodes.append(Reached(node(local, n), distance, parent, hop))
        members = set(kept)
        edges = [_edge(local, r[1], r[2], self._edge_data(r)) for r in among if r[2] in members]
        edges.sort(key=lambda e: (_node_order(e.source), e.relation, _node_order(e.target)))
        return Neighbourhood(centre, depth, tuple(nodes), tuple(edges), more=len(ordered) - len(kept))

    def _hop_rows(self, ids: Sequence[str], relation_sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        """The edges at the given nodes as seen from them: (near end, relation, inward, the far
        end's sort key, label, type and id, edge id); a loop once, outward."""
        wanted = json.dumps(sorted(set(ids)))
        return self.db.execute(
            "SELECT e.source, e.relation, 0, n.sort_key, n.label, n.type, n.id, e.id FROM edges e "
            f"JOIN nodes n ON n.id = e.target WHERE e.source IN (SELECT value FROM json_each(?)) AND {relation_sql} "
            "UNION ALL "
            "SELECT e.target, e.relation, 1, n.sort_key, n.label, n.type, n.id, e.id FROM edges e "
            f"JOIN nodes n ON n.id = e.source WHERE e.target IN (SELECT value FROM json_each(?)) "
            f"AND e.source != e.target AND {relation_sql}",
            (wanted, *params, wanted, *params)).fetchall()

    def paths(self, a: str, b: str, *, limit: int = 3, via_documents: bool = False) -> PathResult:
        """query.paths: the nodes that lie on a shortest path found by breadth-first search
        from both ends over the index's edges, the paths enumerated among them."""
        if limit < 1:
            raise UsageError(f"--max must be at least 1 (got {limit})")
        source, target = self.find(a), self.find(b)
        if source.id == target.id:
            raise UsageError(f"'{a}' and '{b}' are the same entity ({source.id})")
        documents = set() if via_documents else {
            i for (i,) in self.db.execute("SELECT id FROM nodes WHERE type = ?", (DOCUMENT,))}
        if source.id in documents or target.id in documents:
            return PathResult(source, target, None, (), 0)
        query = "SELECT source, target FROM edges WHERE source != target"
        adjacency: dict[str, set[str]] = {}
        for u, v in self.db.execute(query + ("" if via_documents else " AND relation != ?"),
                                    () if via_documents else (MENTIONS,)):
            if u in documents or v in documents:
                continue
            adjacency.setdefault(u, set()).add(v)
            adjacency.setdefault(v, set()).add(u)
        from_source = _distances(adjacency, source.id)
        if target.id not in from_source:
            return PathResult(source, target, None, (), 0)
        from_target = _distances(adjacency, target.id, stop=from_source[target.id])
        length = from_source[target.id]
        on_paths = {n for n, d in from_source.items() if d + from_target.get(n, length + 1) == length}
        local = self._graph(on_paths, self._edges_at(sorted(on_paths), both_in=True))
        found = _shortest_paths(adjacency, from_source, on_paths, source.id, target.id)
        relations = None if not via_documents else {r for (r,) in self.db.execute("SELECT DISTINCT relation FROM edges")}
        return PathResult(source, target, length, path_steps(local, found, relations, limit), len(found))

    # --- top, stats, search -------------------------------------------------------------------

    def top(self, *, by: str = "degree", types: Collection[str] = (), limit: int = 10) -> tuple[Ranked, ...]:
        if by not in CENTRALITY:
            raise UsageError(f"unknown measure '{by}' (known: {', '.join(CENTRALITY)})")
        if limit < 1:
            raise UsageError(f"-n must be at least 1 (got {limit})")
        if by not in ("degree", "mentions"):
            return self._top_measure(by, types, limit)
        chosen = tuple(sorted(types))
        where = "type != ?" + (f" AND type IN ({_marks(chosen)})" if chosen else "")
        score = "degree" if by == "degree" else "coalesce(mentions, 0)"
        rows = self.db.execute(f"SELECT id, {score}, degree FROM nodes WHERE {where} "
                               f"ORDER BY {score} DESC, sort_key, label, type, id LIMIT ?",
                               (DOCUMENT, *chosen, limit)).fetchall()
        records = self._records(r[0] for r in rows)
        return tuple(Ranked(i, records[r[0]], round(float(r[1]), 6), r[2]) for i, r in enumerate(rows, 1))

    def _entity_digraph(self) -> nx.DiGraph:
        """query._entity_digraph of the whole graph, read from the index without any
        attribute: the same nodes, edges, weights and order (of nodes and of each node's
        neighbours), so the measures are the same to the last bit."""
        import networkx as nx

        simple = nx.DiGraph()
        simple.add_nodes_from(i for (i,) in self.db.execute("SELECT id FROM nodes WHERE type != ? ORDER BY rowid",
                                                            (DOCUMENT,)))
        for u, v, weight in self.db.execute("SELECT source, target, weight FROM edges WHERE relation != ? "
                                            "AND source != target ORDER BY id", (MENTIONS,)):
            if u not in simple or v not in simple:
                continue
            weight = float(weight) if isinstance(weight, (int, float)) and weight > 0 else 1.0
            if simple.has_edge(u, v):
                simple[u][v]["weight"] += weight
            else:
                simple.add_edge(u, v, weight=weight)
        return simple

    def _top_measure(self, by: str, types: Collection[str], limit: int) -> tuple[Ranked, ...]:
        """query.top by pagerank or betweenness: the measure over the entity graph, the ranking
        from the index's columns, records only for the entities shown."""
        scores = measure(self._entity_digraph(), by)
        rows = self.db.execute("SELECT id, type, sort_key, label, degree FROM nodes WHERE type != ?",
                               (DOCUMENT,)).fetchall()
        chosen = [r for r in rows if not types or r[1] in types]
        chosen.sort(key=lambda r: (-round(scores[r[0]], 12), r[2], r[3], r[1], r[0]))
        shown = chosen[:limit]
        records = self._records(r[0] for r in shown)
        return tuple(Ranked(i, records[r[0]], round(scores[r[0]], 6), r[4]) for i, r in enumerate(shown, 1))

    def top_note(self, *, by: str) -> str | None:
        """How `top` estimated its figures, when it did (betweenness on a large graph)."""
        if by != "betweenness":
            return None
        (entities,) = self.db.execute("SELECT count(*) FROM nodes WHERE type != ?", (DOCUMENT,)).fetchone()
        return betweenness_note(entities)

    def stats(self, *, aliases: int = 5) -> Stats:
        types = dict(self.db.execute("SELECT type, count(*) FROM nodes GROUP BY type"))
        relations = dict(self.db.execute("SELECT relation, count(*) FROM edges GROUP BY relation"))
        shape = dict(self.db.execute("SELECT key, value FROM meta WHERE key LIKE 'entity_%'"))
        # the most aliases first, ties in query's node order (the aliases table holds each once)
        most = [i for (i,) in self.db.execute(
            "SELECT n.id FROM aliases a JOIN nodes n ON n.id = a.node_id WHERE n.type != ? GROUP BY n.id "
            "ORDER BY count(*) DESC, n.sort_key, n.label, n.type, n.id LIMIT ?", (DOCUMENT, aliases))]
        records = self._records(most)
        ranked = [records[i] for i in most]
        return Stats(
            nodes=sum(types.values()),
            edges=sum(relations.values()),
            documents=types.get(DOCUMENT, 0),
            types=tuple(sorted(types.items())),
            relations=tuple(sorted(relations.items())),
            components=int(shape["entity_components"]),
            largest_component=int(shape["entity_largest_component"]),
            isolated=int(shape["entity_isolated"]),
            density=float(shape["entity_density"]),
            most_aliases=tuple(ranked[:aliases]),
        )

    def _candidates(self, table: str, needle: str) -> list[int] | None:
        """Row ids whose folded text contains the needle, by the trigram index (None: the
        needle is too short for it, every row is a candidate)."""
        if len(needle) < 3:
            return None
        phrase = '"' + needle.replace('"', '""') + '"'
        return sorted(r for (r,) in self.db.execute(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?",
                                                    (phrase,)))

    def search(self, text: str, *, mentions: bool = False, limit: int | None = None) -> SearchResult:
        """query.search: label, alias or evidence of nodes, evidence, role or predicate of
        edges, compared by `fold`; candidates from the full-text index, each checked (on the
        few columns checked and the ends' sort keys, not whole rows). With `limit`, only the
        first `limit` node and edge hits (in query.search's order) are read in full and made
        into records; the totals count them all."""
        needle = fold(text)
        if not needle:
            raise UsageError("search text is empty")
        if limit is not None and limit < 1:
            raise UsageError(f"--max must be at least 1 (got {limit})")
        contains = _contains(needle)
        if _one_word(needle) and not mentions:
            return self._search_indexed(needle, contains, limit)
        # the checks and the order on the light rows; records only for what is shown
        node_matches: list[tuple[tuple[str, str, str, str], str, str, str]] = []
        for node_id, label, type_, aliases, evidence, sort_key in self._candidate_rows(
                _NODE_CHECK, "nodes", needle, contains):
            fields = [("label", str(label))] + [("alias", a) for a in sorted(set(split_list(aliases)))]
            fields.append(("evidence", str(evidence or "")))
            for field, value in fields:
                if contains(value):
                    node_matches.append(((str(sort_key), str(label), str(type_), str(node_id)), field, value, node_id))
                    break
        edge_rows = [r for r in self._candidate_rows(_EDGE_CHECK, "edges", needle, contains) if r[3] != MENTIONS]
        if mentions:   # not in the full-text index: read through
            edge_rows.extend(r for r in self.db.execute(f"{_EDGE_CHECK} WHERE e.relation = ?", (MENTIONS,))
                             if any(t and contains(t) for t in r[4:7]))
            edge_rows.sort(key=lambda r: r[0])
        edge_matches: list[tuple[tuple[Any, ...], str, str, int]] = []
        for edge_id, source, target, relation, *texts, s_key, s_label, s_type, t_key, t_label, t_type in edge_rows:
            for field, value in zip(("evidence", "role", "predicate"), texts, strict=True):
                if contains(str(value or "")):
                    order = ((s_key, s_label, s_type, source), relation, (t_key, t_label, t_type, target), edge_id)
                    edge_matches.append((order, field, str(value or ""), edge_id))
                    break
        node_matches.sort(key=lambda m: m[0])
        edge_matches.sort(key=lambda m: m[0])
        shown_nodes, shown_edges = node_matches[:limit], edge_matches[:limit]
        edge_ids = [m[3] for m in shown_edges]
        rows = {r[0]: r for chunk in _chunks(edge_ids)
                for r in self.db.execute(f"{_EDGE_SELECT} WHERE id IN ({_marks(chunk)})", chunk)}
        local = self._graph([m[3] for m in shown_nodes], [rows[i] for i in edge_ids])
        node_hits = tuple(Match(field, value, node=node(local, node_id)) for _, field, value, node_id in shown_nodes)
        edge_hits = tuple(Match(field, value, edge=_edge(local, rows[i][1], rows[i][2], self._edge_data(rows[i])))
                          for _, field, value, i in shown_edges)
        return SearchResult(node_hits, edge_hits, len(node_matches), len(edge_matches))

    def _search_indexed(self, needle: str, contains: Callable[[str], bool], limit: int | None) -> SearchResult:
        """search for one ASCII word: the full-text index holds the folded text of exactly
        the columns search compares, so its trigram match is the answer; SQLite counts and
        orders the hits, and only the rows shown are read and checked for the field that matched."""
        phrase = f'"{needle}"'
        nodes_hit = "n.rowid IN (SELECT rowid FROM nodes_fts WHERE nodes_fts MATCH ?)"
        edges_hit = ("e.id IN (SELECT rowid FROM edges_fts WHERE edges_fts MATCH ?) AND e.relation != ?")
        edge_phrase = "{evidence role predicate}: " + phrase
        (node_total,) = self.db.execute(f"SELECT count(*) FROM nodes n WHERE {nodes_hit}", (phrase,)).fetchone()
        (edge_total,) = self.db.execute(f"SELECT count(*) FROM edges e WHERE {edges_hit}",
                                        (edge_phrase, MENTIONS)).fetchone()
        shown = -1 if limit is None else limit
        node_rows = self.db.execute(
            f"{_NODE_CHECK} WHERE {nodes_hit} ORDER BY n.sort_key, n.label, n.type, n.id LIMIT ?",
            (phrase, shown)).fetchall()
        edge_ids = [i for (i,) in self.db.execute(
            f"SELECT e.id FROM edges e JOIN nodes s ON s.id = e.source JOIN nodes t ON t.id = e.target "
            f"WHERE {edges_hit} ORDER BY s.sort_key, s.label, s.type, s.id, e.relation, "
            f"t.sort_key, t.label, t.type, t.id, e.id LIMIT ?", (edge_phrase, MENTIONS, shown))]
        rows = {r[0]: r for chunk in _chunks(edge_ids)
                for r in self.db.execute(f"{_EDGE_SELECT} WHERE id IN ({_marks(chunk)})", chunk)}
        local = self._graph([r[0] for r in node_rows], [rows[i] for i in edge_ids])
        node_hits = []
        for node_id, label, _, aliases, evidence, _ in node_rows:
            fields = [("label", str(label))] + [("alias", a) for a in sorted(set(split_list(aliases)))]
            found = next(((f, v) for f, v in (*fields, ("evidence", str(evidence or ""))) if contains(v)), None)
            if found is not None:
                node_hits.append(Match(*found, node=node(local, node_id)))
        edge_hits = []
        for i in edge_ids:
            row = rows[i]
            found = next(((f, str(v or "")) for f, v in (("evidence", row[5]), ("role", row[7]), ("predicate", row[8]))
                          if contains(str(v or ""))), None)
            if found is not None:
                edge_hits.append(Match(*found, edge=_edge(local, row[1], row[2], self._edge_data(row))))
        return SearchResult(tuple(node_hits), tuple(edge_hits), node_total, edge_total)

    def _order_keys(self, ids: Iterable[str]) -> dict[str, tuple[str, str, str, str]]:
        """query's node order (folded label, label, type, id) of the given nodes."""
        wanted = sorted(set(ids))
        keys: dict[str, tuple[str, str, str, str]] = {}
        for chunk in _chunks(wanted):
            for node_id, sort_key, label, type_ in self.db.execute(
                    f"SELECT id, sort_key, label, type FROM nodes WHERE id IN ({_marks(chunk)})", chunk):
                keys[node_id] = (str(sort_key), str(label), str(type_), str(node_id))
        return keys

    def _candidate_rows(self, select: str, table: str, needle: str,
                        contains: Callable[[str], bool]) -> list[Sequence[Any]]:
        rowids = self._candidates(table, needle)
        key = "n.rowid" if table == "nodes" else "e.id"
        if rowids is None:   # too short for the trigram index: every row's folded text, in SQLite
            self.db.create_function("has_needle", -1, lambda *texts: any(
                isinstance(t, str) and contains(t) for t in texts), deterministic=True)
            where = ("has_needle(n.label, replace(n.aliases, '|', ' | '), n.evidence)" if table == "nodes"
                     else "e.relation != ? AND has_needle(e.evidence, e.role, e.predicate)")
            params = () if table == "nodes" else (MENTIONS,)
            return self.db.execute(f"{select} WHERE {where} ORDER BY {key}", params).fetchall()
        rows: list[Sequence[Any]] = []
        for start in range(0, len(rowids), CHUNK):
            chunk = rowids[start:start + CHUNK]
            rows.extend(self.db.execute(f"{select} WHERE {key} IN ({_marks(chunk)}) ORDER BY {key}", chunk))
        return rows

    # --- quotes and timeline ------------------------------------------------------------------

    def document_dates(self, ids: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
        """Document id (as in `documents` lists: the node id or its label) -> (date, title)."""
        wanted = sorted(set(ids))
        found: dict[str, tuple[str | None, str | None]] = {}
        for chunk in _chunks(wanted):
            for row in self.db.execute(
                f"SELECT id, label, date, title FROM documents WHERE id IN ({_marks(chunk)}) "
                f"OR label IN ({_marks(chunk)})", (*chunk, *chunk)):
                for key in (row[0], row[1]):
                    if key in chunk:
                        found[key] = (_text(row[2]), _text(row[3]))
        return found

    def quotes(self, name: str) -> tuple[NodeRecord, tuple[Quote, ...]]:
        """What a person or organisation said: the relations it is the subject of that carry a
        `quote`, in date order (undated last), then by document and text."""
        speaker = self.find(name)
        rows = [r for r in self._edges_at([speaker.id], relation_sql="quote IS NOT NULL AND quote != ''")
                if r[1] == speaker.id]
        local = self._graph([speaker.id], rows)
        dates = self.document_dates(d for r in rows for d in split_list(r[6]))
        found = []
        for row in rows:
            data = self._edge_data(row)
            edge = _edge(local, row[1], row[2], data)
            known = sorted((dates[d][0] or "", d) for d in edge.documents if d in dates and dates[d][0])
            found.append(Quote(edge=edge, quote=str(data.get("quote")), date=known[0][0] if known else None,
                               page=_text(data.get("page"))))
        found.sort(key=lambda q: (q.date is None, q.date or "", q.edge.documents, q.quote, q.edge.relation,
                                  *_node_order(q.edge.target)))
        return speaker, tuple(found)

    def timeline(self, name: str | None = None) -> tuple[NodeRecord | None, tuple[TimelineEntry, ...]]:
        """Documents in date order (undated last), each with the typed relations it states
        (about NAME only, and only the documents that mention it or state one, when a name is given)."""
        who = self.find(name) if name else None
        docs = self.db.execute("SELECT id, label, date, title FROM documents").fetchall()
        if who is not None:
            rows = self._edges_at([who.id], relation_sql="relation != ?", params=(MENTIONS,))
            mentioned = set(who.documents) | {d for r in rows for d in split_list(r[6])}
            docs = [d for d in docs if d[0] in mentioned or d[1] in mentioned]
        else:
            rows = self.db.execute(f"{_EDGE_SELECT} WHERE relation != ? ORDER BY id", (MENTIONS,)).fetchall()
        local = self._graph([d[0] for d in docs], rows)
        by_document: dict[str, list[Any]] = {}
        for row in rows:
            edge = _edge(local, row[1], row[2], self._edge_data(row))
            for document in edge.documents:
                by_document.setdefault(document, []).append(edge)
        entries = []
        for doc_id, label, date, title in docs:
            edges = by_document.get(doc_id, []) + (by_document.get(label, []) if label != doc_id else [])
            edges.sort(key=lambda e: (_node_order(e.source), e.relation, _node_order(e.target)))
            entries.append(TimelineEntry(node(local, doc_id), _text(date), _text(title), tuple(edges)))
        entries.sort(key=lambda e: (e.date is None, e.date or "", *_node_order(e.document)))
        return who, tuple(entries)


def _one_word(needle: str) -> bool:
    """A folded needle the trigram index matches exactly as `fold` compares: ASCII, three
    characters or more (a trigram), no space (so never across two aliases, which the index
    holds joined by one) and no double quote."""
    return needle.isascii() and len(needle) >= 3 and not any(ch.isspace() or ch == '"' for ch in needle)


def _contains(needle: str) -> Callable[[str], bool]:
    """`needle in fold(value)`, without folding ASCII text when the needle is ASCII with no
    space (then case is all `fold` changes that matters: spacing only touches spaces)."""
    if needle.isascii() and not any(ch.isspace() for ch in needle):
        return lambda value: needle in value.casefold() if value.isascii() else needle in fold(value)
    return lambda value: needle in fold(value)


def _text(value: Any) -> str | None:
    return None if value is None or str(value).strip() == "" else str(value)


def _shortest_paths(adjacency: dict[str, set[str]], distance: dict[str, int], on_paths: set[str],
                    source: str, target: str) -> list[list[str]]:
    """Every shortest path from source to target (at most query.PATHS_EXAMINED), each node one
    step further from the source than the last and on a shortest path."""
    found: list[list[str]] = []
    stack: list[list[str]] = [[source]]
    while stack and len(found) < PATHS_EXAMINED:
        path = stack.pop()
        last = path[-1]
        if last == target:
            found.append(path)
            continue
        for other in sorted(adjacency.get(last, ()), reverse=True):
            if other in on_paths and distance.get(other) == distance[last] + 1:
                stack.append([*path, other])
    return found


def _distances(adjacency: dict[str, set[str]], start: str, stop: int | None = None) -> dict[str, int]:
    seen = {start: 0}
    queue = deque([start])
    while queue:
        current = queue.popleft()
        if stop is not None and seen[current] >= stop:
            continue
        for other in adjacency.get(current, ()):
            if other not in seen:
                seen[other] = seen[current] + 1
                queue.append(other)
    return seen
