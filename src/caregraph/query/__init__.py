"""Questions to a built graph: who is this, what connects these two, who matters most.

Pure functions over an nx.MultiDiGraph (as export.graphml.read_graphml reads one back, or
AssembledGraph.to_networkx makes); they return frozen records and never print. `MENTIONS` edges (document provenance)
and `Document` nodes are left out unless a caller asks for them. Everything is sorted, ties
broken by label, so the same graph gives the same answers.
"""

from __future__ import annotations

import difflib
from collections import Counter, deque
from collections.abc import Collection, Iterable, Mapping
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.ontology import DOCUMENT, MENTIONS
from ..core.text import fold, name_key
from ..errors import InputError, NotFoundError, UsageError
from ..export.common import split_list
from .centrality import betweenness, betweenness_note, pagerank
from .records import (
    Edge,
    Hop,
    Match,
    Neighbourhood,
    Node,
    PathResult,
    Profile,
    Ranked,
    Reached,
    SearchResult,
    Stats,
    Step,
    Vocabulary,
)

if TYPE_CHECKING:  # networkx is imported where it is used: the index answers most questions without it
    import networkx as nx

CENTRALITY = ("degree", "mentions", "pagerank", "betweenness")
PATHS_EXAMINED = 10_000  # shortest paths enumerated before sorting and keeping the first few



# --- loading and names ------------------------------------------------------------------------

def load_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a caregraph GraphML file and check that it is one (nodes with label and type,
    edges with relation)."""
    from ..export.graphml import read_graphml  # only here: the index answers without it

    graph = read_graphml(path)
    check_graph(graph, str(path))
    return graph


def check_graph(graph: nx.MultiDiGraph, source: str) -> None:
    for node, data in sorted(graph.nodes(data=True), key=lambda item: str(item[0])):
        for attr in ("type", "label"):
            if not str(data.get(attr) or "").strip():
                raise InputError(f"{source}: not a caregraph graph (node '{node}' has no '{attr}' attribute)")
    for u, v, data in graph.edges(data=True):
        if not str(data.get("relation") or "").strip():
            raise InputError(f"{source}: not a caregraph graph (edge '{u}' -> '{v}' has no 'relation' attribute)")


def vocabulary(graph: nx.MultiDiGraph, *, relations: Iterable[str] = (), types: Iterable[str] = ()) -> Vocabulary:
    """Names valid for --relation and --type: those in the graph and those given (the schema's)."""
    rels = {str(d.get("relation")) for *_, d in graph.edges(data=True)} | set(relations) | {MENTIONS}
    kinds = {str(d.get("type")) for _, d in graph.nodes(data=True)} | set(types) | {DOCUMENT}
    return Vocabulary(tuple(sorted(rels)), tuple(sorted(kinds)))


def resolve_names(given: Iterable[str], known: Collection[str], what: str) -> tuple[str, ...]:
    """Option values matched case-insensitively to known names; an unknown one is a usage error."""
    by_key = {name.casefold(): name for name in known}
    out: list[str] = []
    for name in given:
        if name.casefold() not in by_key:
            raise UsageError(f"unknown {what} '{name}' (known: {', '.join(sorted(known))})")
        if by_key[name.casefold()] not in out:
            out.append(by_key[name.casefold()])
    return tuple(out)


def node(graph: nx.MultiDiGraph, node_id: str) -> Node:
    cache = getattr(graph, "node_records", None)   # query.index.LocalGraph keeps them: made once
    if cache is not None and node_id in cache:
        return cache[node_id]  # type: ignore[no-any-return]
    found = _node(graph, node_id)
    if cache is not None:
        cache[node_id] = found
    return found


def _node(graph: nx.MultiDiGraph, node_id: str) -> Node:
    data = graph.nodes[node_id]
    try:
        mentions = int(data.get("mentions") or 0)
    except (TypeError, ValueError):
        mentions = 0
    return Node(
        id=str(node_id),
        label=str(data.get("label", node_id)),
        type=str(data.get("type", "")),
        aliases=tuple(sorted(set(split_list(data.get("aliases"))))),
        documents=tuple(sorted(set(split_list(data.get("documents"))))),
        mentions=mentions,
    )


def find_node(graph: nx.MultiDiGraph, name: str) -> Node:
    """The node a name means: its id, else its label, else one of its aliases (compared by
    `name_key`). Several equally good matches are ambiguous; none gives suggestions."""
    if name in graph:
        return node(graph, name)
    key = name_key(name)
    by_label: list[str] = []
    by_alias: list[str] = []
    for node_id, data in graph.nodes(data=True):
        if name_key(str(data.get("label", ""))) == key:
            by_label.append(node_id)
        elif any(name_key(a) == key for a in split_list(data.get("aliases"))):
            by_alias.append(node_id)
    for found in (by_label, by_alias):
        if len(found) == 1:
            return node(graph, found[0])
        if found:
            options = sorted((node(graph, n) for n in found), key=_node_order)
            listed = "; ".join(f"{n.id} ({n.type})" for n in options)
            raise UsageError(f"'{name}' is ambiguous: {listed}; give the id")
    hints = suggestions(graph, name)
    hint = f"; did you mean: {', '.join(hints)}?" if hints else ""
    raise NotFoundError(f"no entity '{name}' in the graph{hint}")


def suggestions(graph: nx.MultiDiGraph, name: str, *, limit: int = 5) -> list[str]:
    """Labels close to a name: those containing it first, then difflib's close matches
    over labels and aliases."""
    key = name_key(name)
    label_of: dict[str, str] = {}
    for node_id, data in sorted(graph.nodes(data=True), key=lambda item: str(item[1].get("label", ""))):
        label = str(data.get("label", node_id))
        for form in (label, *split_list(data.get("aliases"))):
            label_of.setdefault(name_key(form), label)
    return close_labels(key, label_of, limit=limit)


def close_labels(key: str, label_of: Mapping[str, str], *, limit: int) -> list[str]:
    """Labels whose name forms (keys of `label_of`) contain `key`, then those difflib finds
    close to it: the "did you mean" of a name that matched nothing."""
    found: list[str] = []
    if key:
        found = sorted({label for form, label in label_of.items() if key in form}, key=fold)
    for form in difflib.get_close_matches(key, sorted(label_of), n=limit * 2, cutoff=0.6):
        if label_of[form] not in found:
            found.append(label_of[form])
    return found[:limit]


# --- show ---------------------------------------------------------------------------------------

def _node_order(n: Node) -> tuple[str, str, str, str]:
    return (fold(n.label), n.label, n.type, n.id)


def _edge(graph: nx.MultiDiGraph, u: str, v: str, data: Mapping[str, Any]) -> Edge:
    weight = data.get("weight")
    return Edge(
        source=node(graph, u),
        relation=str(data.get("relation")),
        target=node(graph, v),
        evidence=str(data.get("evidence") or ""),
        documents=tuple(sorted(set(split_list(data.get("documents"))))),
        weight=float(weight) if isinstance(weight, (int, float)) else 0.0,
        role=str(data["role"]) if data.get("role") else None,
        predicate=str(data["predicate"]) if data.get("predicate") else None,
        page=int(data["page"]) if isinstance(data.get("page"), (int, float)) else None,
        quote=str(data["quote"]) if data.get("quote") else None,
    )


def _hop_order(h: Hop) -> tuple[Any, ...]:
    return (h.edge.relation, h.direction != "out", *_node_order(h.other))


def hops(graph: nx.MultiDiGraph, node_id: str, relations: Collection[str] | None = None) -> list[Hop]:
    """Every edge at a node, both directions, sorted by relation, direction and far label.
    `relations` None: every relation but MENTIONS."""
    def wanted(rel: str) -> bool:
        return rel != MENTIONS if relations is None else rel in relations

    found: list[Hop] = []
    for u, v, data in graph.out_edges(node_id, data=True):
        if wanted(str(data.get("relation"))):
            found.append(Hop(_edge(graph, u, v, data), "out", node(graph, v)))
    for u, v, data in graph.in_edges(node_id, data=True):
        if wanted(str(data.get("relation"))) and u != v:
            found.append(Hop(_edge(graph, u, v, data), "in", node(graph, u)))
    return sorted(found, key=_hop_order)


def profile(graph: nx.MultiDiGraph, name: str, *, mentions: bool = False) -> Profile:
    """`show`: a node found by name, with its relations grouped by relation name."""
    found = find_node(graph, name)
    relations = None if not mentions else {str(d.get("relation")) for *_, d in graph.edges(data=True)}
    groups: dict[str, list[Hop]] = {}
    for hop in hops(graph, found.id, relations):
        groups.setdefault(hop.edge.relation, []).append(hop)
    return Profile(found, tuple((rel, tuple(items)) for rel, items in sorted(groups.items())))


# --- neighbours ---------------------------------------------------------------------------------

def neighbourhood(
    graph: nx.MultiDiGraph,
    name: str,
    *,
    depth: int = 1,
    relations: Collection[str] = (),
    types: Collection[str] = (),
) -> Neighbourhood:
    """Nodes within `depth` hops of a node over typed edges in either direction; only the
    given relations (default: all but MENTIONS) and, beyond the centre, the given types."""
    if depth < 1:
        raise UsageError(f"--depth must be at least 1 (got {depth})")
    centre = find_node(graph, name)
    follow = set(relations) if relations else None

    def allowed(n: Node) -> bool:
        if types:
            return n.type in types
        return n.type != DOCUMENT or (follow is not None and MENTIONS in follow)

    reached: dict[str, Reached] = {centre.id: Reached(centre, 0, None, None)}
    queue = deque([centre.id])
    while queue:
        current = queue.popleft()
        distance = reached[current].distance
        if distance == depth:
            continue
        for hop in hops(graph, current, follow):
            if hop.other.id in reached or not allowed(hop.other):
                continue
            reached[hop.other.id] = Reached(hop.other, distance + 1, current, hop)
            queue.append(hop.other.id)
    members = set(reached)
    edges = [
        _edge(graph, u, v, d)
        for u, v, d in graph.edges(members, data=True)
        if v in members and (str(d.get("relation")) in follow if follow else d.get("relation") != MENTIONS)
    ]
    edges.sort(key=lambda e: (_node_order(e.source), e.relation, _node_order(e.target)))
    ordered = sorted(reached.values(), key=lambda r: (r.distance, *_node_order(r.node)))
    return Neighbourhood(centre, depth, tuple(ordered), tuple(edges))


def subgraph(graph: nx.MultiDiGraph, hood: Neighbourhood) -> nx.MultiDiGraph:
    """The neighbourhood as a graph with the original attributes, ready for a writer."""
    import networkx as nx

    out = nx.MultiDiGraph()
    for reached in sorted(hood.nodes, key=lambda r: r.node.id):
        out.add_node(reached.node.id, **graph.nodes[reached.node.id])
    for edge in hood.edges:
        data = graph.get_edge_data(edge.source.id, edge.target.id, key=edge.relation)
        if data is None:  # a graph keyed otherwise: find the edge by its relation
            data = next(d for d in graph.get_edge_data(edge.source.id, edge.target.id).values()
                        if d.get("relation") == edge.relation)
        out.add_edge(edge.source.id, edge.target.id, key=edge.relation, **data)
    return out


# --- path ---------------------------------------------------------------------------------------

def _undirected(graph: nx.MultiDiGraph, *, via_documents: bool) -> nx.Graph:
    import networkx as nx

    simple = nx.Graph()
    for node_id, data in graph.nodes(data=True):
        if via_documents or data.get("type") != DOCUMENT:
            simple.add_node(node_id)
    for u, v, data in graph.edges(data=True):
        if u != v and u in simple and v in simple and (via_documents or data.get("relation") != MENTIONS):
            simple.add_edge(u, v)
    return simple


def paths(graph: nx.MultiDiGraph, a: str, b: str, *, limit: int = 3, via_documents: bool = False) -> PathResult:
    """The shortest paths between two nodes, ignoring edge direction; MENTIONS (and so
    Document nodes) only with `via_documents`. At most `limit` paths, sorted by their labels."""
    import networkx as nx

    if limit < 1:
        raise UsageError(f"--max must be at least 1 (got {limit})")
    source, target = find_node(graph, a), find_node(graph, b)
    if source.id == target.id:
        raise UsageError(f"'{a}' and '{b}' are the same entity ({source.id})")
    simple = _undirected(graph, via_documents=via_documents)
    if source.id not in simple or target.id not in simple or not nx.has_path(simple, source.id, target.id):
        return PathResult(source, target, None, (), 0)
    found = list(islice(nx.all_shortest_paths(simple, source.id, target.id), PATHS_EXAMINED))
    relations = None if not via_documents else {str(d.get("relation")) for *_, d in graph.edges(data=True)}
    return PathResult(source, target, len(found[0]) - 1, path_steps(graph, found, relations, limit), len(found))


def path_steps(graph: nx.MultiDiGraph, found: list[list[str]], relations: Collection[str] | None,
               limit: int) -> tuple[tuple[Step, ...], ...]:
    """The first `limit` of the shortest paths `found` (node ids; sorted here by their nodes'
    order, so the choice does not depend on the search), each as its steps with the edges
    joining them (`relations`: which count, None for the typed ones)."""
    nodes = {n: node(graph, n) for p in found for n in p}
    found.sort(key=lambda p: [_node_order(nodes[n]) for n in p])
    return tuple(
        tuple(Step(nodes[u], nodes[v], tuple(h for h in hops(graph, u, relations) if h.other.id == v))
              for u, v in zip(p, p[1:], strict=False))
        for p in found[:limit])


# --- top ------------------------------------------------------------------------------------------

def _entity_digraph(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """Entities and typed edges only (no Document, no MENTIONS), parallel edges summed."""
    import networkx as nx

    simple = nx.DiGraph()
    for node_id, data in graph.nodes(data=True):
        if data.get("type") != DOCUMENT:
            simple.add_node(node_id)
    for u, v, data in graph.edges(data=True):
        if u == v or u not in simple or v not in simple or data.get("relation") == MENTIONS:
            continue
        weight = data.get("weight")
        weight = float(weight) if isinstance(weight, (int, float)) and weight > 0 else 1.0
        if simple.has_edge(u, v):
            simple[u][v]["weight"] += weight
        else:
            simple.add_edge(u, v, weight=weight)
    return simple


def _both_ways(graph: nx.DiGraph) -> nx.DiGraph:
    """Every edge also reversed, weights of a pair summed both ways."""
    import networkx as nx

    out = nx.DiGraph()
    out.add_nodes_from(graph)
    for u, v, data in graph.edges(data=True):
        for a, b in ((u, v), (v, u)):
            if out.has_edge(a, b):
                out[a][b]["weight"] += data["weight"]
            else:
                out.add_edge(a, b, weight=data["weight"])
    return out


def measure(simple: nx.DiGraph, by: str) -> Mapping[str, float]:
    """pagerank or betweenness of the entity graph (_entity_digraph's: entities, typed edges
    with their weights summed), as `top` ranks by them."""
    if by == "pagerank":
        return pagerank(_both_ways(simple))
    return betweenness(simple.to_undirected(as_view=True)).values


def top_note(graph: nx.MultiDiGraph, *, by: str) -> str | None:
    """How `top` estimated its figures, when it did (betweenness on a large graph)."""
    return betweenness_note(len(_entity_digraph(graph))) if by == "betweenness" else None


def top(
    graph: nx.MultiDiGraph, *, by: str = "degree", types: Collection[str] = (), limit: int = 10
) -> tuple[Ranked, ...]:
    """The most central entities. degree: typed edges at a node (MENTIONS left out);
    mentions: the node's mention count; pagerank: over typed edges followed both ways,
    weighted (an edge's direction is grammar, subject to object, not endorsement: one way
    only, every person would rank last); betweenness: over the undirected entity graph.
    Document nodes are never ranked."""
    if by not in CENTRALITY:
        raise UsageError(f"unknown measure '{by}' (known: {', '.join(CENTRALITY)})")
    if limit < 1:
        raise UsageError(f"-n must be at least 1 (got {limit})")
    simple = _entity_digraph(graph)
    degree = Counter[str]()
    for u, v, data in graph.edges(data=True):
        if data.get("relation") != MENTIONS and u in simple and v in simple and u != v:
            degree[u] += 1
            degree[v] += 1
    nodes = {n: node(graph, n) for n in simple}
    if by == "degree":
        scores: Mapping[str, float] = {n: float(degree[n]) for n in simple}
    elif by == "mentions":
        scores = {n: float(nodes[n].mentions) for n in simple}
    else:
        scores = measure(simple, by)
    candidates = [n for n in simple if not types or nodes[n].type in types]
    candidates.sort(key=lambda n: (-round(scores[n], 12), *_node_order(nodes[n])))
    return tuple(
        Ranked(i, nodes[n], round(scores[n], 6), degree[n]) for i, n in enumerate(candidates[:limit], 1)
    )


# --- stats ----------------------------------------------------------------------------------------

def stats(graph: nx.MultiDiGraph, *, aliases: int = 5) -> Stats:
    """Counts by type and relation, documents, components and density of the entity graph
    (typed edges, no Documents), and the nodes with most aliases (likely merge errors)."""
    import networkx as nx

    types = Counter(str(d.get("type")) for _, d in graph.nodes(data=True))
    relations = Counter(str(d.get("relation")) for *_, d in graph.edges(data=True))
    simple = _entity_digraph(graph)
    components = [len(c) for c in nx.weakly_connected_components(simple)] if len(simple) else []
    entities = [node(graph, n) for n in simple]
    with_aliases = sorted((n for n in entities if n.aliases), key=lambda n: (-len(n.aliases), *_node_order(n)))
    return Stats(
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        documents=types.get(DOCUMENT, 0),
        types=tuple(sorted(types.items())),
        relations=tuple(sorted(relations.items())),
        components=len(components),
        largest_component=max(components, default=0),
        isolated=sum(1 for size in components if size == 1),
        density=round(nx.density(simple), 6) if len(simple) > 1 else 0.0,
        most_aliases=tuple(with_aliases[:aliases]),
    )


# --- search ---------------------------------------------------------------------------------------

def search(graph: nx.MultiDiGraph, text: str, *, mentions: bool = False) -> SearchResult:
    """Nodes whose label, aliases or evidence, and edges whose evidence, contain the text
    (compared by `fold`: case, accents and quote styles ignored). MENTIONS edges only with
    `mentions`."""
    needle = fold(text)
    if not needle:
        raise UsageError("search text is empty")
    node_hits: list[Match] = []
    for node_id, data in graph.nodes(data=True):
        found = node(graph, node_id)
        fields = [("label", found.label)] + [("alias", a) for a in found.aliases]
        fields.append(("evidence", str(data.get("evidence") or "")))
        for field, value in fields:
            if needle in fold(value):
                node_hits.append(Match(field, value, node=found))
                break
    edge_hits: list[Match] = []
    for u, v, data in graph.edges(data=True):
        if data.get("relation") == MENTIONS and not mentions:
            continue
        edge = _edge(graph, u, v, data)
        for field, value in (("evidence", edge.evidence), ("role", edge.role or ""),
                             ("predicate", edge.predicate or "")):
            if needle in fold(value):
                edge_hits.append(Match(field, value, edge=edge))
                break
    node_hits.sort(key=lambda m: _node_order(m.node) if m.node else ())
    edge_hits.sort(key=lambda m: (_node_order(m.edge.source), m.edge.relation, _node_order(m.edge.target))
                   if m.edge else ())
    return SearchResult(tuple(node_hits), tuple(edge_hits))
