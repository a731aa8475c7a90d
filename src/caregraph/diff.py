"""What changed between two graphs: nodes and edges added, removed, and changed (attribute by
attribute, old -> new). Nodes are matched by id, edges by (source, relation, target).

No spaCy here: `caregraph diff` reads two GraphML files and compares them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from .core.ontology import DOCUMENT, MENTIONS

EdgeKey = tuple[str, str, str]  # (source, relation, target)


@dataclass(frozen=True, slots=True)
class Change:
    """One attribute of one node or edge that differs; None stands for "absent"."""

    attribute: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class GraphDiff:
    """Differences between an old and a new graph, each list sorted."""

    nodes_added: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    nodes_removed: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    nodes_changed: list[tuple[str, list[Change]]] = field(default_factory=list)
    edges_added: list[tuple[EdgeKey, dict[str, Any]]] = field(default_factory=list)
    edges_removed: list[tuple[EdgeKey, dict[str, Any]]] = field(default_factory=list)
    edges_changed: list[tuple[EdgeKey, list[Change]]] = field(default_factory=list)

    @property
    def equal(self) -> bool:
        return not (self.nodes_added or self.nodes_removed or self.nodes_changed
                    or self.edges_added or self.edges_removed or self.edges_changed)

    def to_dict(self) -> dict[str, Any]:
        def changes(items: list[Change]) -> dict[str, dict[str, Any]]:
            return {c.attribute: {"old": c.old, "new": c.new} for c in items}

        def edge(key: EdgeKey) -> dict[str, str]:
            return {"source": key[0], "relation": key[1], "target": key[2]}

        return {
            "equal": self.equal,
            "nodes": {
                "added": [{"id": n, "attributes": a} for n, a in self.nodes_added],
                "removed": [{"id": n, "attributes": a} for n, a in self.nodes_removed],
                "changed": [{"id": n, "changes": changes(c)} for n, c in self.nodes_changed],
            },
            "edges": {
                "added": [{**edge(k), "attributes": a} for k, a in self.edges_added],
                "removed": [{**edge(k), "attributes": a} for k, a in self.edges_removed],
                "changed": [{**edge(k), "changes": changes(c)} for k, c in self.edges_changed],
            },
        }


def diff_graphs(old: nx.MultiDiGraph, new: nx.MultiDiGraph) -> GraphDiff:
    """The differences from `old` to `new`."""
    old_nodes = {str(n): dict(d) for n, d in old.nodes(data=True)}
    new_nodes = {str(n): dict(d) for n, d in new.nodes(data=True)}
    old_edges = _edges(old)
    new_edges = _edges(new)
    return GraphDiff(
        nodes_added=[(n, new_nodes[n]) for n in sorted(new_nodes.keys() - old_nodes.keys())],
        nodes_removed=[(n, old_nodes[n]) for n in sorted(old_nodes.keys() - new_nodes.keys())],
        nodes_changed=_changed(old_nodes, new_nodes),
        edges_added=[(k, new_edges[k]) for k in sorted(new_edges.keys() - old_edges.keys())],
        edges_removed=[(k, old_edges[k]) for k in sorted(old_edges.keys() - new_edges.keys())],
        edges_changed=_changed(old_edges, new_edges),
    )


def _edges(graph: nx.MultiDiGraph) -> dict[EdgeKey, dict[str, Any]]:
    edges: dict[EdgeKey, dict[str, Any]] = {}
    for u, v, key, data in graph.edges(keys=True, data=True):
        relation = str(data.get("relation", key))
        edges[(str(u), relation, str(v))] = dict(data)
    return edges


def _changed(old: dict[Any, dict[str, Any]], new: dict[Any, dict[str, Any]]) -> list[Any]:
    out = []
    for key in sorted(old.keys() & new.keys()):
        a, b = old[key], new[key]
        changes = [Change(name, a.get(name), b.get(name))
                   for name in sorted(a.keys() | b.keys()) if a.get(name) != b.get(name)]
        if changes:
            out.append((key, changes))
    return out


@dataclass(frozen=True, slots=True)
class ChangeCounts:
    """What a diff means to an analyst: documents by sha256, entities by id (retyped: its
    type changed, relabelled: its label), relation edges (MENTIONS edges not counted)."""

    documents_added: int = 0
    documents_changed: int = 0
    documents_removed: int = 0
    entities_added: int = 0
    entities_removed: int = 0
    entities_retyped: int = 0
    entities_relabelled: int = 0
    edges_added: int = 0
    edges_removed: int = 0


def change_counts(diff: GraphDiff) -> ChangeCounts:
    def is_document(attrs: dict[str, Any]) -> bool:
        return attrs.get("type") == DOCUMENT

    def changed(name: str) -> int:
        # only Document nodes have a sha256; their label (the document id) makes their id
        return sum(1 for _, changes in diff.nodes_changed if any(c.attribute == name for c in changes))

    def nodes(rows: list[tuple[str, dict[str, Any]]], documents: bool) -> int:
        return sum(1 for _, attrs in rows if is_document(attrs) == documents)

    def edges(rows: list[tuple[EdgeKey, dict[str, Any]]]) -> int:
        return sum(1 for (_, relation, _), _attrs in rows if relation != MENTIONS)

    return ChangeCounts(
        documents_added=nodes(diff.nodes_added, True),
        documents_changed=changed("sha256"),
        documents_removed=nodes(diff.nodes_removed, True),
        entities_added=nodes(diff.nodes_added, False),
        entities_removed=nodes(diff.nodes_removed, False),
        entities_retyped=changed("type"),
        entities_relabelled=changed("label"),
        edges_added=edges(diff.edges_added),
        edges_removed=edges(diff.edges_removed),
    )
