"""The answers of the analyst commands: frozen records that `query` returns and `render`
(or `--json`, through to_dict) shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Node:
    """An entity (or Document) node as an analyst sees it."""

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    mentions: int = 0

    def ref(self) -> dict[str, str]:
        return {"id": self.id, "label": self.label, "type": self.type}

    def to_dict(self) -> dict[str, Any]:
        return {**self.ref(), "aliases": list(self.aliases), "documents": list(self.documents),
                "mentions": self.mentions}


@dataclass(frozen=True, slots=True)
class Edge:
    """One typed edge, subject to object, with the sentence that states it."""

    source: Node
    relation: str
    target: Node
    evidence: str
    documents: tuple[str, ...]
    weight: float
    role: str | None = None
    predicate: str | None = None
    page: int | None = None          # the PDF page of the evidence
    quote: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"source": self.source.ref(), "relation": self.relation,
                                "target": self.target.ref(), "evidence": self.evidence,
                                "documents": list(self.documents), "weight": self.weight}
        if self.page is not None:
            data["page"] = self.page
        if self.role:
            data["role"] = self.role
        if self.predicate:
            data["predicate"] = self.predicate
        if self.quote:
            data["quote"] = self.quote
        return data


@dataclass(frozen=True, slots=True)
class Hop:
    """An edge seen from one of its ends: `direction` is "out" (this end is the subject)
    or "in" (this end is the object); `other` is the far end."""

    edge: Edge
    direction: str
    other: Node

    def to_dict(self) -> dict[str, Any]:
        return {"relation": self.edge.relation, "direction": self.direction,
                "other": self.other.ref(), "evidence": self.edge.evidence,
                **({"page": self.edge.page} if self.edge.page is not None else {}),
                "documents": list(self.edge.documents), "weight": self.edge.weight,
                **({"role": self.edge.role} if self.edge.role else {}),
                **({"predicate": self.edge.predicate} if self.edge.predicate else {}),
                **({"quote": self.edge.quote} if self.edge.quote else {})}


@dataclass(frozen=True, slots=True)
class Profile:
    """`show`: a node and its relations grouped by relation name."""

    node: Node
    relations: tuple[tuple[str, tuple[Hop, ...]], ...]
    also_alias_of: tuple[Node, ...] = ()   # other nodes with the asked name as an alias

    def to_dict(self) -> dict[str, Any]:
        return {**self.node.to_dict(),
                "relations": {name: [h.to_dict() for h in hops] for name, hops in self.relations},
                "also_alias_of": [n.ref() for n in self.also_alias_of]}


@dataclass(frozen=True, slots=True)
class Reached:
    """A node of a neighbourhood: how far it is and the hop that first reached it."""

    node: Node
    distance: int
    parent: str | None
    via: Hop | None   # seen from the parent

    def to_dict(self) -> dict[str, Any]:
        return {**self.node.ref(), "distance": self.distance, "parent": self.parent,
                "relation": self.via.edge.relation if self.via else None,
                "direction": self.via.direction if self.via else None}


@dataclass(frozen=True, slots=True)
class Neighbourhood:
    centre: Node
    depth: int
    nodes: tuple[Reached, ...]   # the centre first, then by distance and label
    edges: tuple[Edge, ...]      # every followed edge between two of the nodes
    more: int = 0                # nodes within reach not listed (a limited answer)

    def to_dict(self) -> dict[str, Any]:
        return {"centre": self.centre.ref(), "depth": self.depth,
                "nodes": [r.to_dict() for r in self.nodes],
                "edges": [e.to_dict() for e in self.edges], "more": self.more}


@dataclass(frozen=True, slots=True)
class Step:
    """One hop of a path, from `start` to `end`, and every edge joining the two."""

    start: Node
    end: Node
    hops: tuple[Hop, ...]   # seen from `start`

    def to_dict(self) -> dict[str, Any]:
        return {"from": self.start.ref(), "to": self.end.ref(),
                "edges": [h.to_dict() for h in self.hops]}


@dataclass(frozen=True, slots=True)
class PathResult:
    source: Node
    target: Node
    length: int | None           # None: not connected
    paths: tuple[tuple[Step, ...], ...]
    total: int                   # how many shortest paths there are (up to PATHS_EXAMINED)

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source.ref(), "target": self.target.ref(), "length": self.length,
                "total": self.total, "paths": [[s.to_dict() for s in p] for p in self.paths]}


@dataclass(frozen=True, slots=True)
class Ranked:
    rank: int
    node: Node
    score: float
    degree: int

    def to_dict(self) -> dict[str, Any]:
        return {"rank": self.rank, **self.node.ref(), "score": self.score,
                "degree": self.degree, "mentions": self.node.mentions}


@dataclass(frozen=True, slots=True)
class Stats:
    nodes: int
    edges: int
    documents: int
    types: tuple[tuple[str, int], ...]
    relations: tuple[tuple[str, int], ...]
    components: int
    largest_component: int
    isolated: int
    density: float
    most_aliases: tuple[Node, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"nodes": self.nodes, "edges": self.edges, "documents": self.documents,
                "types": dict(self.types), "relations": dict(self.relations),
                "components": self.components, "largest_component": self.largest_component,
                "isolated": self.isolated, "density": self.density,
                "most_aliases": [{**n.ref(), "aliases": list(n.aliases)} for n in self.most_aliases]}


@dataclass(frozen=True, slots=True)
class Match:
    """A `search` hit: a node or an edge, the field that matched and its text."""

    field: str
    text: str
    node: Node | None = None
    edge: Edge | None = None

    def to_dict(self) -> dict[str, Any]:
        what = {"node": self.node.ref()} if self.node else {"edge": self.edge.to_dict() if self.edge else None}
        return {**what, "field": self.field, "text": self.text}


@dataclass(frozen=True, slots=True)
class SearchResult:
    nodes: tuple[Match, ...]
    edges: tuple[Match, ...]
    total_nodes: int | None = None   # every hit, where `nodes` holds only the first ones
    total_edges: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"nodes": [m.to_dict() for m in self.nodes], "edges": [m.to_dict() for m in self.edges],
                "total_nodes": len(self.nodes) if self.total_nodes is None else self.total_nodes,
                "total_edges": len(self.edges) if self.total_edges is None else self.total_edges}


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The relation and type names an option may use: the graph's plus the schema's."""

    relations: tuple[str, ...]
    types: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Quote:
    """`quotes`: a relation whose subject said something, with the words said."""

    edge: Edge
    quote: str
    date: str | None = None   # the earliest date of the edge's documents, where known
    page: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"quote": self.quote, "relation": self.edge.relation, "about": self.edge.target.ref(),
                "documents": list(self.edge.documents), "date": self.date, "page": self.page,
                "evidence": self.edge.evidence}


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """`timeline`: a document, its date (None: undated) and the typed relations it states."""

    document: Node
    date: str | None
    title: str | None
    edges: tuple[Edge, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document.ref(), "date": self.date, "title": self.title,
                "relations": [e.to_dict() for e in self.edges]}
