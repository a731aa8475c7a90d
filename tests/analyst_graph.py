"""A small hand-made graph shaped as graph.build_graph makes it, shared by the analyst tests
(imported by test_query.py and test_cli_query.py, which wrap it in fixtures; not a conftest,
so that it merges cleanly with other branches' tests)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from caregraph.export.graphml import write_graphml

ADA = "person-ada-lovelace"
ZOE = "person-zoe-muller"
SOCIETY = "organisation-analytical-society"
REPORT = "publication-engine-report"
OBRIEN = "publication-o-brien-review"
OPEN = "recommendation-open-engines"
LONDON = "place-london"
LONELY = "organisation-lonely-club"
MERCURY_PLACE = "place-mercury"
MERCURY_ORG = "organisation-mercury"
D1, D2 = "document-d1", "document-d2"


def _entity(graph: nx.MultiDiGraph, node_id: str, label: str, type_: str, *,
            aliases: tuple[str, ...] = (), mentions: int = 1, documents: tuple[str, ...] = ("d1",),
            evidence: str = "") -> None:
    graph.add_node(node_id, label=label, type=type_, aliases=list(aliases), mentions=mentions,
                   documents=list(documents), evidence=evidence or f"{label} is named here.")


def _edge(graph: nx.MultiDiGraph, u: str, relation: str, v: str, evidence: str, *,
          documents: tuple[str, ...] = ("d1",), weight: float = 1.0, **extra: str) -> None:
    graph.add_edge(u, v, key=relation, relation=relation, label=relation, weight=weight,
                   evidence=evidence, documents=list(documents), confidence=0.8, rule="test", **extra)


def build() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    _entity(g, ADA, "Ada Lovelace", "Person", aliases=("Countess Lovelace", "Lovelace"), mentions=5,
            documents=("d1", "d2"))
    _entity(g, ZOE, "Zoë Müller", "Person", aliases=("Müller",), mentions=2, documents=("d2",))
    _entity(g, SOCIETY, "Analytical Society", "Organisation", aliases=("the Society",), mentions=3)
    _entity(g, REPORT, "Engine Report", "Publication", mentions=4, documents=("d1", "d2"))
    _entity(g, OBRIEN, "O'Brien Review", "Publication", mentions=2, documents=("d2",))
    _entity(g, OPEN, "open engines", "Recommendation", documents=("d2",))
    _entity(g, LONDON, "London", "Place", mentions=2)
    _entity(g, LONELY, "Lonely Club", "Organisation", documents=("d2",),
            evidence="The Lonely Club meets on Tuesdays.")
    _entity(g, MERCURY_PLACE, "Mercury", "Place")
    _entity(g, MERCURY_ORG, "Mercury", "Organisation")
    for doc in ("d1", "d2"):
        g.add_node(f"document-{doc}", label=doc, type="Document", path=f"data/raw/{doc}.txt",
                   sha256="0" * 64, length=100)

    _edge(g, ADA, "LEADS", REPORT, "Ada Lovelace led the Engine Report.", weight=2.0)
    _edge(g, ADA, "ROLE_AT", SOCIETY, "Ada Lovelace, president of the Analytical Society, spoke.",
          role="president")
    _edge(g, ADA, "AUTHORED", OBRIEN, "Ada Lovelace wrote the O'Brien Review.", documents=("d2",))
    _edge(g, REPORT, "RECOMMENDS", OPEN, "The Engine Report recommends open engines.", documents=("d2",))
    _edge(g, OBRIEN, "RECOMMENDS", OPEN, "The O'Brien Review also recommends open engines.",
          documents=("d2",))
    _edge(g, ZOE, "SUPPORTS", OPEN, "Zoë Müller backs open engines.", documents=("d2",))
    _edge(g, ZOE, "RESPONDED_TO", OBRIEN, "Zoë Müller responded to the O’Brien Review.", documents=("d2",))
    _edge(g, SOCIETY, "LOCATED_IN", LONDON, "The Analytical Society is based in London.")
    for doc, targets in ((D1, (ADA, SOCIETY, REPORT, LONDON, MERCURY_PLACE, MERCURY_ORG)),
                         (D2, (ADA, ZOE, REPORT, OBRIEN, OPEN, LONELY))):
        for target in targets:
            _edge(g, doc, "MENTIONS", target, "A sentence naming it.", documents=(doc[-2:],))
    return g


def write(directory: Path) -> Path:
    """The graph written as GraphML into a directory; its path."""
    path = directory / "small.graphml"
    write_graphml(build(), path)
    return path
