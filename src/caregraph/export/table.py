"""The graph as sorted, typed rows: what every exporter but GraphML writes from.

A graph built by `graph.build_graph` holds lists (`aliases`, `documents`); one read back
from GraphML holds the same lists `|`-joined. `table_of` gives both the same rows: list
attributes as tuples of strings, counts as ints, weights as floats, everything else a
scalar (`common.scalar`: control characters removed, None and NaN dropped). Nodes are sorted
by id, edges by (source, relation, target), and edge ids are the GraphML writer's, so all
formats name the same edge the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..core.text import unique_id
from .common import scalar, split_list
from .graphml import ORDER, edge_id

if TYPE_CHECKING:
    import networkx as nx

# Attributes that hold a list (`|`-joined in GraphML), an int or a float, whatever the input.
LISTS = {"node": frozenset({"aliases", "documents"}), "edge": frozenset({"documents", "rule"})}
INTS = {"node": frozenset({"mentions", "length"}), "edge": frozenset()}
FLOATS = {"node": frozenset(), "edge": frozenset({"weight", "confidence"})}


@dataclass(frozen=True, slots=True)
class NodeRow:
    id: str
    attrs: Mapping[str, Any]
    degree: int  # in + out edges, all relations

    @property
    def label(self) -> str:
        return str(self.attrs.get("label", self.id))

    @property
    def type(self) -> str:
        return str(self.attrs.get("type", ""))


@dataclass(frozen=True, slots=True)
class EdgeRow:
    id: str
    source: str
    target: str
    relation: str
    attrs: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Table:
    nodes: tuple[NodeRow, ...]
    edges: tuple[EdgeRow, ...]

    @property
    def node_columns(self) -> tuple[str, ...]:
        return _columns("node", (row.attrs for row in self.nodes))

    @property
    def edge_columns(self) -> tuple[str, ...]:
        return _columns("edge", (row.attrs for row in self.edges))


def table_of(graph: nx.MultiDiGraph) -> Table:
    """Sorted, typed rows of a graph's nodes and edges."""
    nodes = tuple(
        NodeRow(id=str(node), attrs=_typed("node", data), degree=int(graph.degree(node)))
        for node, data in sorted(graph.nodes(data=True), key=lambda item: str(item[0]))
    )
    items = []
    for u, v, key, data in graph.edges(keys=True, data=True):
        relation = str(scalar(data.get("relation", key)) or key)
        items.append((str(u), relation, str(v), data))
    items.sort(key=lambda item: (item[0], item[1], item[2]))
    edges: list[EdgeRow] = []
    seen: set[str] = set()
    for u, relation, v, data in items:
        eid = unique_id(edge_id(u, relation, v), seen)
        attrs = _typed("edge", data)
        attrs.setdefault("relation", relation)
        edges.append(EdgeRow(id=eid, source=u, target=v, relation=relation, attrs=attrs))
    return Table(nodes=nodes, edges=tuple(edges))


def _typed(domain: str, data: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in sorted(data, key=lambda n: _rank(domain, n)):
        value = scalar(data[name])
        if value is None:
            continue
        if name in LISTS[domain]:
            out[name] = tuple(item for item in split_list(value) if item)
        elif name in INTS[domain] and not isinstance(value, bool):
            out[name] = _number(value, int)
        elif name in FLOATS[domain] and not isinstance(value, bool):
            out[name] = _number(value, float)
        else:
            out[name] = value
    return out


def _number(value: Any, kind: type) -> Any:
    try:
        return kind(float(value)) if kind is int else kind(value)
    except (TypeError, ValueError):
        return value  # not a number after all: keep the text rather than lose it


def _rank(domain: str, name: str) -> tuple[int, str]:
    order = ORDER[domain]
    return (order.index(name) if name in order else len(order), name)


def _columns(domain: str, rows: Iterable[Mapping[str, Any]]) -> tuple[str, ...]:
    names: set[str] = set()
    for attrs in rows:
        names.update(attrs)
    return tuple(sorted(names, key=lambda n: _rank(domain, n)))
