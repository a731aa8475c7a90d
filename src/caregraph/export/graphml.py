"""GraphML that every real reader accepts: networkx, igraph, Gephi, Gephi Lite, the XSD.

Our own small writer rather than networkx's: one <key> per attribute with one type, key ids
that no Gephi version mistakes for the label, NMTOKEN node and edge ids, unique edge ids
(parallel edges of different relations included), lists joined with `|`, no NaN, no control
characters, and sorted output so the same graph gives the same bytes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

from ..errors import InputError
from .common import clean_text, scalar, write_atomic

if TYPE_CHECKING:  # networkx is imported where it is used, so `caregraph --help` stays instant
    import networkx as nx

NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
SCHEMA_LOCATION = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

# Attributes whose type is fixed, whatever the values; the rest are inferred.
FIXED_TYPES = {
    "node": {"mentions": "int", "length": "int"},
    "edge": {"weight": "double", "confidence": "double"},
}
# Preferred column order; attributes not listed follow alphabetically.
ORDER = {
    "node": ["label", "type", "aliases", "mentions", "documents", "evidence", "path", "sha256", "length"],
    "edge": ["relation", "label", "weight", "evidence", "documents", "confidence", "rule", "role", "predicate"],
}


_INT32 = (-(2**31), 2**31 - 1)
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _kinds(values: Iterable[Any]) -> set[str]:
    kinds = set()
    for value in values:
        if isinstance(value, bool):
            kinds.add("boolean")
        elif isinstance(value, int):
            kinds.add("int" if _INT32[0] <= value <= _INT32[1] else "long")
        elif isinstance(value, float):
            kinds.add("double")
        else:
            kinds.add("string")
    return kinds


def _type_of(values: Iterable[Any], fixed: str | None = None) -> str:
    """The one GraphML type of an attribute: the fixed one where every value fits it (Gephi
    needs a double weight), else the narrowest that holds every value."""
    kinds = _kinds(values)
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
        base = _UNSAFE.sub("-", clean_text(name)).strip("-") or "x"
        candidate, n = base, 2
        while candidate in used:
            candidate, n = f"{base}-{n}", n + 1
        ids[key] = candidate
        used.add(candidate)
    return ids


def _keys(domain: str, rows: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    """(key id, attribute name, GraphML type) for every attribute of nodes or edges."""
    names: dict[str, list[Any]] = {}
    for row in rows:
        for name, value in row.items():
            if value is not None:
                names.setdefault(name, []).append(value)
    order = ORDER[domain]
    ordered = sorted(names, key=lambda n: (order.index(n) if n in order else len(order), n))
    prefix = "n" if domain == "node" else "e"
    key_ids = _safe_ids((name, f"{prefix}_{name}") for name in ordered)
    return [
        (key_ids[name], name, _type_of(names[name], FIXED_TYPES[domain].get(name)))
        for name in ordered
    ]


def _format(value: Any, type_: str) -> str:
    if type_ == "boolean":
        return "true" if value else "false"
    if type_ in ("int", "long"):
        return str(int(value))
    if type_ == "double":
        return repr(float(value))
    # a carriage return would be read back as a line feed: keep it as a character reference
    return escape(str(value), {"\r": "&#13;"})


def edge_id(u: str, relation: str, v: str) -> str:
    return f"{u}--{relation.lower()}--{v}"


def graphml_bytes(graph: nx.MultiDiGraph) -> bytes:
    """The GraphML document for a graph, deterministic: the same nodes, edges and attributes
    give the same bytes, whatever order they were added in."""
    nodes = sorted(graph.nodes(data=True), key=lambda item: (str(item[0]), type(item[0]).__name__))
    node_ids = _safe_ids((node, str(node)) for node, _ in nodes)
    node_rows = [{str(k): scalar(v) for k, v in data.items()} for _, data in nodes]
    edge_items = []
    for u, v, key, data in graph.edges(keys=True, data=True):
        relation = str(data.get("relation", key))
        row = {str(k): scalar(v) for k, v in data.items()}
        tie = repr(sorted((k, repr(x)) for k, x in row.items()))  # parallel edges of one relation
        edge_items.append((node_ids[u], relation, node_ids[v], tie, str(key), row))
    edge_items.sort(key=lambda item: item[:5])
    edge_rows = [item[5] for item in edge_items]
    node_keys = _keys("node", node_rows)
    edge_keys = _keys("edge", edge_rows)

    out: list[str] = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    out.append(f'<graphml xmlns="{NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
               f'xsi:schemaLocation="{SCHEMA_LOCATION}">\n')
    for domain, keys in (("node", node_keys), ("edge", edge_keys)):
        for key_id, name, type_ in keys:
            out.append(f'  <key id="{key_id}" for="{domain}" attr.name={quoteattr(clean_text(name))} '
                       f'attr.type="{type_}"/>\n')
    out.append('  <graph id="caregraph" edgedefault="directed">\n')
    for (node, _), row in zip(nodes, node_rows, strict=True):
        out.append(f'    <node id="{node_ids[node]}">\n')
        for key_id, name, type_ in node_keys:
            value = row.get(name)
            if value is not None:
                out.append(f'      <data key="{key_id}">{_format(value, type_)}</data>\n')
        out.append("    </node>\n")
    edge_ids = _safe_ids(
        (index, edge_id(u, relation, v)) for index, (u, relation, v, *_) in enumerate(edge_items)
    )
    for index, ((u, _, v, *_), row) in enumerate(zip(edge_items, edge_rows, strict=True)):
        out.append(f'    <edge id="{edge_ids[index]}" source="{u}" target="{v}">\n')
        for key_id, name, type_ in edge_keys:
            value = row.get(name)
            if value is not None:
                out.append(f'      <data key="{key_id}">{_format(value, type_)}</data>\n')
        out.append("    </edge>\n")
    out.append("  </graph>\n</graphml>\n")
    return "".join(out).encode("utf-8")


def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write the graph atomically (temporary file, then rename)."""
    data = graphml_bytes(graph)
    write_atomic(path, lambda handle: handle.write(data))


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
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{file}: not a readable GraphML file ({first[:160]})") from exc
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

