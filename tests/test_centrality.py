"""query/centrality.py: the vectorised measures agree with networkx's, and betweenness past
its size limit is a seeded estimate that says so."""

from __future__ import annotations

import networkx as nx
import pytest

from caregraph.query.centrality import betweenness, pagerank


def _graph() -> nx.Graph:
    graph = nx.gnm_random_graph(120, 260, seed=4)
    graph.add_edges_from([(200 + i, 201 + i) for i in range(15)])   # a chain, another component
    graph.add_node(500)                                              # an isolated node
    return nx.relabel_nodes(graph, lambda i: f"n{i}")


def test_exact_betweenness_is_networkx_normalised_betweenness():
    graph = _graph()
    ours = betweenness(graph)
    expected = nx.betweenness_centrality(graph, normalized=True)
    assert ours.note is None
    assert ours.values == pytest.approx(expected, abs=1e-12)


def test_betweenness_past_the_limit_is_a_seeded_estimate_that_says_so():
    graph = _graph()
    first = betweenness(graph, exact_up_to=50, samples=40, seed=7)
    again = betweenness(graph, exact_up_to=50, samples=40, seed=7)
    assert first.note == "betweenness estimated from 40 sampled sources (seed 7) of 137 entities"
    assert first.values == again.values
    exact = nx.betweenness_centrality(graph, normalized=True)
    top = max(exact, key=exact.get)
    assert first.values[top] > 0


def test_pagerank_is_networkx_weighted_pagerank():
    graph = nx.DiGraph()
    for u, v in nx.gnm_random_graph(150, 400, seed=5, directed=True).edges():
        graph.add_edge(f"n{u}", f"n{v}", weight=1.0 + (u + v) % 4)
    graph.add_node("dangling")
    ours = pagerank(graph)
    expected = nx.pagerank(graph, alpha=0.85, tol=1e-13, max_iter=1000, weight="weight")
    assert ours == pytest.approx(expected, abs=1e-8)
