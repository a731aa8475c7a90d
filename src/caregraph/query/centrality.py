"""The analyst's centrality measures, vectorised so that `top` answers on a graph of 50,000
entities in seconds: PageRank by power iteration over edge arrays (numpy), and betweenness
by Brandes' algorithm, one breadth-first search per source by levels over the graph's CSR
arrays (scipy.sparse builds them; each level is a few whole-array numpy operations), exact up
to EXACT_BETWEENNESS_NODES entities and estimated past that from BETWEENNESS_SAMPLES sources
drawn with a fixed seed (as networkx's `k`)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

EXACT_BETWEENNESS_NODES = 5_000
BETWEENNESS_SAMPLES = 128
SAMPLE_SEED = 0


@dataclass(frozen=True, slots=True)
class Scores:
    values: dict[str, float]
    note: str | None = None     # how the figures were estimated, for the output


def pagerank(graph: nx.DiGraph, *, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200) -> dict[str, float]:
    """Weighted PageRank by power iteration, a dangling node's rank spread evenly (as
    networkx does), one vectorised pass over the edges per iteration."""
    import numpy as np

    nodes = sorted(graph, key=str)
    n = len(nodes)
    if n == 0:
        return {}
    index = {u: i for i, u in enumerate(nodes)}
    edges = [(index[u], index[v], float(d.get("weight", 1.0))) for u, v, d in graph.edges(data=True)]
    src = np.fromiter((e[0] for e in edges), dtype=np.int64, count=len(edges))
    dst = np.fromiter((e[1] for e in edges), dtype=np.int64, count=len(edges))
    weight = np.fromiter((e[2] for e in edges), dtype=np.float64, count=len(edges))
    out_weight = np.bincount(src, weights=weight, minlength=n)
    dangling = out_weight == 0
    share = np.divide(weight, out_weight[src], out=np.zeros_like(weight), where=out_weight[src] > 0)
    rank = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        new = np.bincount(dst, weights=alpha * rank[src] * share, minlength=n)
        new += (1.0 - alpha) / n + alpha * rank[dangling].sum() / n
        change = np.abs(new - rank).sum()
        rank = new
        if change < n * tol:
            break
    return {u: float(rank[i]) for i, u in enumerate(nodes)}


def betweenness(graph: nx.Graph, *, exact_up_to: int = EXACT_BETWEENNESS_NODES,
                samples: int = BETWEENNESS_SAMPLES, seed: int = SAMPLE_SEED) -> Scores:
    """Normalised betweenness of an undirected, unweighted graph (networkx's definition);
    past `exact_up_to` nodes, estimated from `samples` sources drawn with `seed`."""
    import numpy as np
    from scipy import sparse

    nodes = sorted(graph, key=str)
    n = len(nodes)
    if n < 3:
        return Scores(dict.fromkeys(nodes, 0.0))
    index = {u: i for i, u in enumerate(nodes)}
    pairs = [(index[u], index[v]) for u, v in graph.edges() if u != v]
    rows = np.array([p[0] for p in pairs] + [p[1] for p in pairs], dtype=np.int64)
    cols = np.array([p[1] for p in pairs] + [p[0] for p in pairs], dtype=np.int64)
    adjacency = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))   # parallel edges summed
    adjacency.sum_duplicates()
    note = betweenness_note(n, exact_up_to=exact_up_to, samples=samples, seed=seed)
    sources = list(range(n))
    if note:
        sources = sorted(random.Random(seed).sample(sources, samples))
    brandes = _Brandes(adjacency.indptr.astype(np.int64), adjacency.indices.astype(np.int64), n)
    for source in sources:
        brandes.add(source)
    scale = 1.0 / ((n - 1) * (n - 2)) * (n / len(sources))
    return Scores({u: float(brandes.total[i] * scale) for i, u in enumerate(nodes)}, note)


def betweenness_note(n: int, *, exact_up_to: int = EXACT_BETWEENNESS_NODES,
                     samples: int = BETWEENNESS_SAMPLES, seed: int = SAMPLE_SEED) -> str | None:
    """What betweenness on `n` nodes says about itself: None when exact."""
    if n > exact_up_to and samples < n:
        return f"betweenness estimated from {samples} sampled sources (seed {seed}) of {n} entities"
    return None


class _Brandes:
    """Brandes' dependencies summed over sources, one source at a time: a breadth-first search
    by levels over the CSR arrays of the graph (`indptr`, `indices`: each neighbour once), each
    level a few whole-array numpy operations, so a source costs its reachable edges in C."""

    def __init__(self, indptr: Any, indices: Any, n: int) -> None:
        import numpy as np

        self.indptr, self.indices, self.n = indptr, indices, n
        self.dist = np.full(n, -1, dtype=np.int64)
        self.sigma = np.zeros(n)
        self.delta = np.zeros(n)
        self.total = np.zeros(n)

    def _neighbours(self, frontier: Any) -> tuple[Any, Any]:
        """Every (neighbour, node) pair of the nodes in `frontier`."""
        import numpy as np

        starts = self.indptr[frontier]
        counts = self.indptr[frontier + 1] - starts
        k = int(counts.sum())
        offsets = np.repeat(starts - (np.cumsum(counts) - counts), counts) + np.arange(k)
        return self.indices[offsets], np.repeat(frontier, counts)

    def add(self, source: int) -> None:
        import numpy as np

        dist, sigma, delta = self.dist, self.sigma, self.delta
        dist[source] = 0
        sigma[source] = 1.0
        levels = [np.array([source], dtype=np.int64)]
        steps = []   # per level: (node reached, its predecessor) for every shortest-path edge
        while True:
            reached, by = self._neighbours(levels[-1])
            new = dist[reached] == -1
            if not new.any():
                break
            reached, by = reached[new], by[new]
            paths = np.bincount(reached, weights=sigma[by], minlength=self.n)
            level = np.flatnonzero(paths)
            dist[level] = len(levels)
            sigma[level] = paths[level]
            steps.append((reached, by))
            levels.append(level)
        for reached, by in reversed(steps):
            delta += np.bincount(by, weights=sigma[by] / sigma[reached] * (1.0 + delta[reached]), minlength=self.n)
        delta[source] = 0.0
        self.total += delta
        for level in levels:   # clear what this source touched, for the next
            dist[level] = -1
            sigma[level] = 0.0
            delta[level] = 0.0
