"""JSON node-link: the graph as one JSON document, valid against schemas/graph.schema.json.

```
{"format": "caregraph-node-link", "version": 1, "directed": true, "multigraph": true,
 "graph": {"name": "caregraph"},
 "nodes": [{"id": ..., "label": ..., "type": ..., "aliases": [...], "mentions": 3, ...}],
 "edges": [{"id": ..., "source": ..., "target": ..., "key": "LEADS", "relation": "LEADS",
            "weight": 2.0, "evidence": ..., "documents": [...], ...}]}
```
Lists are JSON arrays (not `|`-joined). `networkx.node_link_graph(data, edges="edges")`
reads it back as a MultiDiGraph keyed by relation.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .common import write_atomic
from .table import table_of

if TYPE_CHECKING:
    import networkx as nx

FORMAT = "caregraph-node-link"
VERSION = 1
# Member names the node-link structure uses itself: an attribute of that name is not written.
RESERVED = frozenset({"id", "source", "target", "key"})


def graph_data(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """The node-link document as plain data (lists, not tuples), sorted."""
    table = table_of(graph)
    nodes = [{"id": node.id, **_plain(node.attrs, RESERVED)} for node in table.nodes]
    edges = [
        {"id": edge.id, "source": edge.source, "target": edge.target, "key": edge.relation,
         **_plain(edge.attrs, RESERVED)}
        for edge in table.edges
    ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "directed": True,
        "multigraph": True,
        "graph": {"name": "caregraph"},
        "nodes": nodes,
        "edges": edges,
    }


def json_bytes(graph: nx.MultiDiGraph) -> bytes:
    """The node-link JSON of a graph: UTF-8, two-space indent, deterministic."""
    text = json.dumps(graph_data(graph), ensure_ascii=False, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")


def write_json(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write the graph as node-link JSON, atomically."""
    data = json_bytes(graph)
    write_atomic(path, lambda handle: handle.write(data))


def _plain(attrs: Any, reserved: frozenset[str]) -> dict[str, Any]:
    return {
        name: list(value) if isinstance(value, tuple) else value
        for name, value in attrs.items()
        if name not in reserved
    }
