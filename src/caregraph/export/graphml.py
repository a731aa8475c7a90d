"""GraphML that every real reader accepts: networkx, igraph, Gephi, Gephi Lite, the XSD.

Our own small writer rather than networkx's: one <key> per attribute with one type, key ids
that no Gephi version mistakes for the label, NMTOKEN node and edge ids, unique edge ids
(parallel edges of different relations included), lists joined with `|`, no NaN, no control
characters, and sorted output so the same graph gives the same bytes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.text import unique_id
from ..errors import InputError, first_line
from ..graph.view import GraphRows
from .common import clean_text, scalar, write_atomic, xml_attr, xml_text

if TYPE_CHECKING:  # networkx is imported where it is used, so `caregraph --help` stays instant
    import networkx as nx

NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
SCHEMA_LOCATION = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

# Attributes whose type is fixed, whatever the values; the rest are inferred.
FIXED_TYPES = {
    "node": {"mentions": "int", "length": "int", "page": "int"},
    "edge": {"weight": "double", "confidence": "double", "page": "int"},
}
# Preferred column order; attributes not listed follow alphabetically.
ORDER = {
    "node": ["label", "type", "aliases", "mentions", "documents", "evidence", "page", "path", "sha256", "length",
             "title", "date", "url", "publisher"],
    "edge": ["relation", "label", "weight", "evidence", "page", "documents", "confidence", "rule", "role",
             "predicate", "quote"],
}


_INT32 = (-(2**31), 2**31 - 1)
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "int" if _INT32[0] <= value <= _INT32[1] else "long"
    if isinstance(value, float):
        return "double"
    return "string"


def _type_of(kinds: set[str], fixed: str | None = None) -> str:
    """The one GraphML type of an attribute whose values are of `kinds`: the fixed one where
    every value fits it (Gephi needs a double weight), else the narrowest that holds all."""
    if fixed == "double" and kinds <= {"int", "long", "double"}:
        return "double"
    if fixed == "int" and kinds <= {"int"}:
        return "int"
    if not kinds or kinds == {"int"}:
        return "int" if kinds else "string"
    if kinds <= {"int", "long"}:
        return "long"
    if kinds <= {"int", "long", "double"}:
        return "double"
    if kinds == {"boolean"}:
        return "boolean"
    return "string"


def _safe_ids(names: Iterable[tuple[Any, str]]) -> dict[Any, str]:
    """NMTOKEN-safe, unique ids: a safe name keeps itself; another gets its unsafe runs
    replaced by "-" and, if that is taken, a numeric suffix (in the given, sorted, order)."""
    items = list(names)
    ids: dict[Any, str] = {}
    used: set[str] = set()
    for key, name in items:
        if _UNSAFE.search(name) is None and name and name not in used:
            ids[key] = name
            used.add(name)
    for key, name in items:
        if key in ids:
            continue
        ids[key] = unique_id(_UNSAFE.sub("-", clean_text(name)).strip("-") or "x", used)
    return ids


def _keys(domain: str, kinds: dict[str, set[str]]) -> list[tuple[str, str, str]]:
    """(key id, attribute name, GraphML type) for every attribute of nodes or edges, from the
    kinds of value each attribute was seen with."""
    order = ORDER[domain]
    ordered = sorted(kinds, key=lambda n: (order.index(n) if n in order else len(order), n))
    prefix = "n" if domain == "node" else "e"
    key_ids = _safe_ids((name, f"{prefix}_{name}") for name in ordered)
    return [(key_ids[name], name, _type_of(kinds[name], FIXED_TYPES[domain].get(name))) for name in ordered]


def _seen_kinds(rows: Iterable[dict[Any, Any]]) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for data in rows:
        for name, raw in data.items():
            value = scalar(raw)
            if value is not None:
                kinds.setdefault(str(name), set()).add(_kind(value))
    return kinds


def _format(value: Any, type_: str) -> str:
    if type_ == "boolean":
        return "true" if value else "false"
    if type_ in ("int", "long"):
        return str(int(value))
    if type_ == "double":
        return repr(float(value))
    # a carriage return would be read back as a line feed: keep it as a character reference
    return xml_text(str(value))


def edge_id(u: str, relation: str, v: str) -> str:
    return f"{u}--{relation.lower()}--{v}"


def iter_graphml(graph: Any) -> Iterator[bytes]:
    """The GraphML document for a graph, as UTF-8 chunks (one per element), deterministic:
    the same nodes, edges and attributes give the same bytes, whatever order they were added
    in. Values are formatted as they are written, so memory holds the graph and one chunk.

    `graph` is a NetworkX graph, or a graph that streams its rows (graph.view.GraphRows, as
    graph.assemble.AssembledGraph does), which is streamed without becoming one; both
    give the same bytes for the same graph."""
    if isinstance(graph, GraphRows):
        # ids are slugs (NMTOKEN-safe, unique) and there is one edge per (source, relation,
        # target), whose ids are then unique too: no renaming pass is needed
        return _document(
            graph.nodes,
            lambda: ((edge_id(u, rel, v), u, v, attrs) for u, v, rel, attrs in graph.edges()),
        )
    nodes = sorted(graph.nodes, key=lambda node: (str(node), type(node).__name__))
    node_ids = _safe_ids((node, str(node)) for node in nodes)
    edges = [
        (node_ids[u], str(data.get("relation", key)), node_ids[v], str(key), u, v, key)
        for u, v, key, data in graph.edges(keys=True, data=True)
    ]
    triples: dict[tuple[str, str, str], int] = {}
    for u_id, relation, v_id, *_ in edges:
        triples[(u_id, relation, v_id)] = triples.get((u_id, relation, v_id), 0) + 1

    def tie(item: tuple[Any, ...]) -> str:
        # parallel edges of one relation (not ours): ordered by content, not insertion
        if triples[item[:3]] < 2:
            return ""
        data = graph.edges[item[4], item[5], item[6]]
        return repr(sorted((str(k), repr(scalar(x))) for k, x in data.items()))

    edges.sort(key=lambda item: (item[0], item[1], item[2], tie(item), item[3]))
    edge_ids = _safe_ids((index, edge_id(e[0], e[1], e[2])) for index, e in enumerate(edges))
    return _document(
        lambda: ((node_ids[node], graph.nodes[node]) for node in nodes),
        lambda: ((edge_ids[i], e[0], e[2], graph.edges[e[4], e[5], e[6]]) for i, e in enumerate(edges)),
    )


NodeRows = Callable[[], Iterable[tuple[str, dict[Any, Any]]]]
EdgeRows = Callable[[], Iterable[tuple[str, str, str, dict[Any, Any]]]]


def _document(nodes: NodeRows, edges: EdgeRows) -> Iterator[bytes]:
    """The chunks of a GraphML document from rows in output order, with final ids: nodes as
    (id, attributes), edges as (id, source id, target id, attributes). Each row source is
    read twice: once for the attribute keys and their types, once to write."""
    node_keys = _keys("node", _seen_kinds(data for _, data in nodes()))
    edge_keys = _keys("edge", _seen_kinds(data for *_, data in edges()))

    yield ('<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<graphml xmlns="{NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           f'xsi:schemaLocation="{SCHEMA_LOCATION}">\n').encode("utf-8")
    head = []
    for domain, keys in (("node", node_keys), ("edge", edge_keys)):
        for key_id, name, type_ in keys:
            head.append(f'  <key id="{key_id}" for="{domain}" attr.name={xml_attr(clean_text(name))} '
                        f'attr.type="{type_}"/>\n')
    head.append('  <graph id="caregraph" edgedefault="directed">\n')
    yield "".join(head).encode("utf-8")
    for node, data in nodes():
        yield _element(f'    <node id="{node}">\n', data, node_keys, "    </node>\n")
    for ident, u, v, data in edges():
        yield _element(f'    <edge id="{ident}" source="{u}" target="{v}">\n', data, edge_keys, "    </edge>\n")
    yield b"  </graph>\n</graphml>\n"


def _element(opening: str, data: dict[Any, Any], keys: list[tuple[str, str, str]], closing: str) -> bytes:
    values = {str(k): scalar(v) for k, v in data.items()}
    parts = [opening]
    for key_id, name, type_ in keys:
        value = values.get(name)
        if value is not None:
            parts.append(f'      <data key="{key_id}">{_format(value, type_)}</data>\n')
    parts.append(closing)
    return "".join(parts).encode("utf-8")


def graphml_bytes(graph: nx.MultiDiGraph) -> bytes:
    """The whole GraphML document as bytes (see iter_graphml)."""
    return b"".join(iter_graphml(graph))


def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write the graph atomically (temporary file, then rename), streaming its chunks."""
    write_atomic(path, lambda handle: handle.writelines(iter_graphml(graph)))


def read_graphml(path: str | Path) -> nx.MultiDiGraph:
    """Read a caregraph GraphML file (any GraphML, as a MultiDiGraph keyed by relation)."""
    import networkx as nx

    file = Path(path)
    if file.is_dir():
        raise InputError(f"{file}: is a directory, not a graph file")
    if not file.is_file():
        raise InputError(f"{file}: no such graph file")
    try:
        raw = nx.read_graphml(file, force_multigraph=True)
    except Exception as exc:  # networkx raises several kinds for bad XML
        raise InputError(f"{file}: not a readable GraphML file ({first_line(exc, limit=160)})") from exc
    graph: nx.MultiDiGraph = nx.MultiDiGraph()
    graph.add_nodes_from(raw.nodes(data=True))
    for u, v, raw_key, data in raw.edges(keys=True, data=True):
        data = dict(data)
        data.pop("id", None)
        key = data.get("relation", raw_key)
        if graph.has_edge(u, v, key):  # parallel edges of one relation (not ours): keep both
            key = raw_key
        graph.add_edge(u, v, key=key, **data)
    return graph

