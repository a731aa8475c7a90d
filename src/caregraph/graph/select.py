"""Filtered graphs for export: the part of a graph an analyst asked for (`export` and
`extract` options --no-documents, --type, --relation, --document, --min-degree).

The steps, in this order: `document` keeps that document's node, the entities it mentions and
the edges it states (its own MENTIONS included); `no_documents` drops Document nodes and
MENTIONS edges; `types` keeps only nodes of those types; `relations` keeps only edges of
those relations; an edge stays only if both its ends stay; then `min_degree` drops the nodes
with fewer edges (either direction, in what is left; one pass, so 1 drops the isolates) and
their edges. Node and edge attributes are kept as they are, so the writers give the same
bytes for the same graph and options.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.ontology import DOCUMENT, MENTIONS
from ..errors import UsageError

if TYPE_CHECKING:
    import networkx as nx


@dataclass(frozen=True)
class Selection:
    no_documents: bool = False
    types: tuple[str, ...] = ()
    relations: tuple[str, ...] = ()
    document: str | None = None
    min_degree: int = 0

    def __post_init__(self) -> None:
        if self.min_degree < 0:
            raise UsageError(f"--min-degree must be 0 or more (got {self.min_degree})")

    @property
    def active(self) -> bool:
        return bool(self.no_documents or self.types or self.relations or self.document or self.min_degree)


def _split(value: object) -> list[str]:
    if isinstance(value, (list, tuple, set, frozenset)):
        return [str(v) for v in value]
    return str(value).split("|") if value not in (None, "") else []


def document_node(graph: nx.MultiDiGraph, name: str) -> str:
    """The Document node a --document value names: its node id or its label (the id that
    `documents` attributes list); UsageError naming a few known ones otherwise."""
    documents = sorted((str(n), str(d.get("label", n))) for n, d in graph.nodes(data=True) if d.get("type") == DOCUMENT)
    for node_id, label in documents:
        if name in (node_id, label):
            return node_id
    known = ", ".join(label for _, label in documents[:5]) + (", ..." if len(documents) > 5 else "")
    raise UsageError(f"no document '{name}' in the graph (documents: {known or 'none'})")


def select(graph: nx.MultiDiGraph, selection: Selection) -> nx.MultiDiGraph:
    """The filtered graph (a new one; `graph` is not changed)."""
    import networkx as nx

    keep = {n for n in graph.nodes}
    edges = list(graph.edges(keys=True, data=True))
    if selection.document is not None:
        doc = document_node(graph, selection.document)
        label = str(graph.nodes[doc].get("label", doc))
        mentioned = {v for _, v, d in graph.out_edges(doc, data=True) if d.get("relation") == MENTIONS}
        keep &= {doc} | mentioned
        edges = [e for e in edges if label in _split(e[3].get("documents")) or doc in _split(e[3].get("documents"))
                 or (e[0] == doc and e[3].get("relation") == MENTIONS)]
    if selection.no_documents:
        keep = {n for n in keep if graph.nodes[n].get("type") != DOCUMENT}
        edges = [e for e in edges if e[3].get("relation") != MENTIONS]
    if selection.types:
        keep = {n for n in keep if graph.nodes[n].get("type") in selection.types}
    if selection.relations:
        edges = [e for e in edges if e[3].get("relation") in selection.relations]
    edges = [e for e in edges if e[0] in keep and e[1] in keep]
    if selection.min_degree:
        degree: Counter[str] = Counter()
        for u, v, *_ in edges:
            degree[u] += 1
            degree[v] += 1
        keep = {n for n in keep if degree[n] >= selection.min_degree}
        edges = [e for e in edges if e[0] in keep and e[1] in keep]
    out = nx.MultiDiGraph()
    for node in graph.nodes:
        if node in keep:
            out.add_node(node, **graph.nodes[node])
    for u, v, key, data in edges:
        out.add_edge(u, v, key=key, **data)
    return out
