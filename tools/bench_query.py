"""`make bench` (second part): the analyst commands on a big graph, from the query index.

Makes bench/query/graph.graphml deterministically (a fixed random seed): 42,400 nodes (2,800
Documents, 39,600 entities of the six types, persons with aliases) and 81,600 edges, of which
67,700 (83%) are MENTIONS and 13,900 typed edges among 40% of the entities (60% are isolates
in the typed graph), endpoints drawn with a power law so a few entities are hubs; every edge
has an evidence sentence, 80% of documents a date, some speech edges a quote.

Our own modules are byte-compiled first (as an installed tool's are; an environment with
PYTHONDONTWRITEBYTECODE would otherwise compile them again in every run). Then measures, each
run in a fresh process (wall time, CPU time (user + system) and peak
RSS of that process, from os.wait4):
  read        the GraphML parsed into NetworkX as the commands did before the index
              (query.load_graph), and the old `stats` (load_graph + query.stats)
  build       the index built from the GraphML (query.index.build_index)
  commands    `caregraph show`, `neighbours -d 2`, `path`, `search`, `stats`, `top --by degree`
              with the index in place (the whole command: interpreter start-up included),
              (big answers cut at the commands' default --max, with a "N more" note),
              best of 3 for time, worst for memory; and `answer_seconds`, the same question
              answered in-process (index opened and checked, question answered: no start-up,
              imports or printing); `caregraph --help` as the start-up floor.
The machine is shared: wall time counts waiting for a core, CPU time does not. Prints a table
of it all at the end and writes the figures as JSON.

  centrality  `caregraph top --by betweenness` and `--by pagerank` on a second graph,
              bench/query/graph-50k.graphml: 50,000 entities and 100,000 typed edges among 40%
              of them (power law, as above; 3,500 Documents, 85,000 MENTIONS edges). The first
              run of each without an index (index build included), then best of 3 with the
              index in place (the whole command).

Usage: python tools/bench_query.py [--out bench/query/results.json] [--centrality-only]
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import itertools
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench" / "query"
SEED = 20261130
DOCUMENTS, ENTITIES, MENTION_EDGES, TYPED_EDGES = 2_800, 39_600, 67_700, 13_900
# the graph `top --by pagerank/betweenness` is measured on (issue 16: "on a 50k-node graph"):
# 50,000 entities with 100,000 typed edges among them (what the measures run over), and
# documents and MENTIONS edges in the proportions of the graph above
CENTRALITY_SHAPE = {"entities": 50_000, "typed_edges": 100_000, "documents": 3_500, "mention_edges": 85_000}
TYPES = ("Person", "Organisation", "Place", "Publication", "Initiative", "Recommendation")
SHARE = (0.40, 0.25, 0.10, 0.10, 0.10, 0.05)
RELATIONS = ("LEADS", "ROLE_AT", "AUTHORED", "SUPPORTS", "RESPONDED_TO", "LOCATED_IN", "RELATED_TO",
             "RECOMMENDS", "PART_OF")
FIRST = ("Alex Amira Ben Chloe Dev Esme Farah Grace Hamid Isla Jonah Kemi Leah Maya Nadia Omar Priya "
         "Quinn Ravi Sara Tom Uma Vik Will Yasmin Zoe").split()
LAST = ("Adams Begum Carter Dhillon Evans Fraser Green Hussain Iqbal Jones Khan Lewis Morgan Nowak "
        "Okafor Patel Quigley Reid Shah Taylor Usman Vaughan Walsh Young Zielinski").split()
WORDS = ("care children review family local council reform social services report foster placement "
         "support workforce budget inspection independent national evidence young people").split()


def _name(i: int, type_: str) -> str:
    """A unique, readable label for entity number i."""
    first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
    n = i // (len(FIRST) * len(LAST))
    if type_ == "Person":
        return f"{first} {last}" + (f" {n}" if n else "")
    word = WORDS[i % len(WORDS)].title()
    suffix = {"Organisation": "Trust", "Place": "Borough", "Publication": "Report",
              "Initiative": "Programme", "Recommendation": "Recommendation"}[type_]
    return f"{last} {word} {suffix} {i}"


def _sentence(rng: random.Random, *names: str) -> str:
    words = " ".join(rng.choice(WORDS) for _ in range(12))
    return f"{names[0]} said the {words} mattered to {names[-1]} across the country this year."


def make_graph(path: Path, *, entities: int = ENTITIES, typed_edges: int = TYPED_EDGES,
               documents: int = DOCUMENTS, mention_edges: int = MENTION_EDGES) -> None:
    """The benchmark graph (the defaults: the 42,400-node one; CENTRALITY_SHAPE: the
    50,000-entity one that `top --by pagerank/betweenness` is measured on)."""
    import networkx as nx

    from caregraph.export.graphml import write_graphml

    rng = random.Random(SEED)
    graph = nx.MultiDiGraph()
    docs = [f"doc_{i:05d}" for i in range(documents)]
    for i, label in enumerate(docs):
        attrs = {"label": label, "type": "Document", "path": f"data/raw/{label}.txt",
                 "sha256": hashlib.sha256(label.encode()).hexdigest(), "length": 2000 + i}
        if rng.random() < 0.8:
            attrs["date"] = f"{2019 + i % 6}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            attrs["title"] = f"Document {i}: {' '.join(rng.choice(WORDS) for _ in range(5))}"
        graph.add_node(f"document-{label.replace('_', '-')}", **attrs)
    nodes: list[tuple[str, str, str]] = []
    bounds = [round(sum(SHARE[:k + 1]) * entities) for k in range(len(TYPES))]
    for i in range(entities):
        type_ = TYPES[next(k for k, b in enumerate(bounds) if i < b)]
        label = _name(i, type_)
        node_id = f"{type_.lower()}-{label.lower().replace(' ', '-')}"
        nodes.append((node_id, label, type_))
    mentioned: dict[str, set[str]] = {e[0]: set() for e in nodes}
    mentions = set()
    k = 0
    while len(mentions) < mention_edges:
        node_id = nodes[k % entities][0]
        doc = docs[(k * 7919 + k // entities) % documents]
        if (doc, node_id) not in mentions:
            mentions.add((doc, node_id))
            mentioned[node_id].add(doc)
        k += 1
    for node_id, label, type_ in nodes:
        attrs = {"label": label, "type": type_, "mentions": len(mentioned[node_id]) + rng.randrange(3),
                 "documents": "|".join(sorted(mentioned[node_id])),
                 "evidence": _sentence(rng, label, label)}
        if type_ == "Person" and rng.random() < 0.3:
            attrs["aliases"] = label.split()[-1] if rng.random() < 0.5 else f"Dr {label}"
        graph.add_node(node_id, **attrs)
    labels = {e[0]: e[1] for e in nodes}
    for doc, node_id in sorted(mentions):
        graph.add_edge(f"document-{doc.replace('_', '-')}", node_id, key="MENTIONS", relation="MENTIONS",
                       label="MENTIONS", weight=1.0, evidence=_sentence(rng, labels[node_id], doc),
                       documents=doc, confidence=1.0, rule="mention")
    connected = [e[0] for e in nodes[:: 5]] + [e[0] for e in nodes[1:: 5]]   # 40%
    # cumulative weights once (random.choices would sum them on every call: the same draws)
    cumulative = list(itertools.accumulate(1.0 / (rank + 1) ** 0.8 for rank in range(len(connected))))
    typed = 0
    while typed < typed_edges:
        u, v = rng.choices(connected, cum_weights=cumulative, k=2)
        relation = rng.choice(RELATIONS)
        if u == v or graph.has_edge(u, v, relation):
            continue
        doc = sorted(mentioned[u])[0]
        attrs = {"relation": relation, "label": relation, "weight": 1.0,
                 "evidence": _sentence(rng, labels[u], labels[v]), "documents": doc,
                 "confidence": 0.7, "rule": f"{relation.lower()}-verb"}
        if relation == "RESPONDED_TO":
            attrs["quote"] = "The review " + " ".join(rng.choice(WORDS) for _ in range(30)) + "."
        graph.add_edge(u, v, key=relation, **attrs)
        typed += 1
    write_graphml(graph, path)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CAREGRAPH_GRAPH", None)
    env["COLUMNS"] = "160"
    return env


def run(args: list[str]) -> dict[str, float]:
    """One fresh process: wall seconds and peak RSS (MB) of that process alone."""
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env())
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    stderr = process.stderr.read().decode() if process.stderr else ""
    if status != 0:
        raise SystemExit(f"failed ({status}): {' '.join(args)}\n{stderr}")
    result = {"seconds": round(seconds, 3), "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 3),
              "peak_mb": round(usage.ru_maxrss / 1024, 1)}
    if stderr.startswith("answer "):   # the in-process timing of ANSWER below
        result["answer_seconds"] = float(stderr.split()[1])
    return result


def best(args: list[str], times: int = 3) -> dict[str, float]:
    runs = [run(args) for _ in range(times)]
    out = {key: min(r[key] for r in runs) for key in runs[0] if key != "peak_mb"}
    return {**out, "peak_mb": max(r["peak_mb"] for r in runs)}


# the answer alone, in one process: the index opened (its file checked) and the question
# answered, without interpreter start-up, imports or printing
ANSWER = """
import sys, time
from caregraph.query.index import open_index
graph, what, args = sys.argv[1], sys.argv[2], sys.argv[3:]
start = time.perf_counter()
index = open_index(graph)
if what == "show":
    index.profile(args[0])
elif what == "neighbours":
    index.neighbourhood(args[0], depth=2, limit=100)
elif what == "path":
    index.paths(args[0], args[1])
elif what == "search":
    index.search(args[0], limit=100)
elif what == "stats":
    index.stats()
else:
    index.top(by="degree")
sys.stderr.write(f"answer {time.perf_counter() - start:.4f}\\n")
"""


def centrality() -> dict[str, object]:
    """`top --by betweenness` and `--by pagerank` on the 50,000-entity graph: the first run
    (the index built too), then best of 3 with the index in place."""
    python = sys.executable
    graph = BENCH / "graph-50k.graphml"
    stamp = BENCH / ".complete-50k"
    wanted = f"{SEED} {sorted(CENTRALITY_SHAPE.items())}\n"
    if not (graph.is_file() and stamp.is_file() and stamp.read_text() == wanted):
        print("making the 50,000-entity graph ...", flush=True)
        subprocess.run([python, __file__, "--make-centrality", str(graph)], check=True)
        stamp.write_text(wanted)
    caregraph = str(Path(python).with_name("caregraph"))
    index = graph.with_name(graph.name + ".index.sqlite")
    out: dict[str, object] = {"graph": {**CENTRALITY_SHAPE, "bytes": graph.stat().st_size}}
    for by in ("betweenness", "pagerank"):
        args = [caregraph, "top", "--by", by, "--graph", str(graph)]
        print(f"top --by {by} (50,000 entities) ...", flush=True)
        index.unlink(missing_ok=True)
        first = run(args)
        again = best(args)
        out[f"top --by {by}"] = {"first_run_with_index_build": first, "with_index": again}
        print(f"  first run (index built): {first['seconds']:.1f} s wall, {first['cpu_seconds']:.1f} s CPU; "
              f"with the index: {again['seconds']:.1f} s wall, {again['cpu_seconds']:.1f} s CPU, "
              f"{again['peak_mb']:.0f} MB", flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=BENCH / "results.json")
    parser.add_argument("--make", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--make-centrality", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--centrality-only", action="store_true", help="only the top --by pagerank/betweenness rows")
    options = parser.parse_args()
    if options.make:
        make_graph(options.make)
        return
    if options.make_centrality:
        make_graph(options.make_centrality, **CENTRALITY_SHAPE)
        return
    BENCH.mkdir(parents=True, exist_ok=True)
    if options.centrality_only:
        results = {"centrality": centrality()}
        options.out.parent.mkdir(parents=True, exist_ok=True)
        options.out.write_text(json.dumps(results, indent=2) + "\n")
        print(json.dumps(results, indent=2))
        return
    graph = BENCH / "graph.graphml"
    stamp = BENCH / ".complete"
    python = sys.executable
    if not (graph.is_file() and stamp.is_file() and stamp.read_text() == f"{SEED}\n"):
        print("making the graph ...", flush=True)
        # in a child process, so this one stays small (a child's peak RSS counts its parent's at fork)
        subprocess.run([python, __file__, "--make", str(graph)], check=True)
        stamp.write_text(f"{SEED}\n")
    import caregraph as package  # where it is imported from (PYTHONPATH may point elsewhere)

    compileall.compile_dir(str(Path(package.__file__).parent), quiet=1)
    caregraph = str(Path(python).with_name("caregraph"))
    index = graph.with_name(graph.name + ".index.sqlite")
    results: dict[str, Any] = {"graph": {"nodes": 42_400, "edges": 81_600, "bytes": graph.stat().st_size}}
    print("GraphML read (before the index) ...", flush=True)
    results["read_graphml"] = run([python, "-c", "import sys; from caregraph.query import load_graph; "
                                   "load_graph(sys.argv[1])", str(graph)])
    results["stats_without_index"] = run([python, "-c", "import sys; from caregraph import query; "
                                          "query.stats(query.load_graph(sys.argv[1]))", str(graph)])
    print("index build ...", flush=True)
    index.unlink(missing_ok=True)
    results["build_index"] = run([python, "-c", "import sys; from caregraph.query.index import build_index; "
                                  "build_index(sys.argv[1], sys.argv[2])", str(graph), str(index)])
    results["index_bytes"] = index.stat().st_size
    # the biggest hub (878 typed edges), a typical connected entity (3 typed edges), another one
    # four hops from it, an isolate (60% of entities)
    hub, typical, other, isolate = "Alex Adams", "Alex Adams 23", "Priya Evans 11", "Isla Jones"
    commands = {
        "show (hub)": ["show", hub],
        "show": ["show", typical],
        "show (isolate)": ["show", isolate],
        "neighbours -d 2 (hub)": ["neighbours", hub, "-d", "2"],
        "neighbours -d 2": ["neighbours", typical, "-d", "2"],
        "path": ["path", typical, other],
        "search": ["search", "foster placement"],
        "search (one common word: 18,000 hits)": ["search", "foster"],
        "stats": ["stats"],
        "top --by degree": ["top", "--by", "degree"],
    }
    results["baseline_caregraph_help"] = best([caregraph, "--help"])
    commands_out: dict[str, object] = {}
    for name, args in commands.items():
        print(f"{name} ...", flush=True)
        timing = best([caregraph, *args, "--graph", str(graph)])
        answer = best([python, "-c", ANSWER, str(graph), args[0].split()[0], *args[1:3]])
        commands_out[name] = {**timing, "answer_seconds": answer["answer_seconds"]}
    results["commands"] = commands_out
    results["centrality"] = centrality()
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))
    print(f"(figures in {options.out})")


def table(results: dict[str, Any]) -> str:
    """The measurements as a text table: one line per command, then the read and the build."""
    lines = [f"{'command (42,400 nodes, 81,600 edges)':40} {'wall s':>7} {'cpu s':>6} {'peak MB':>8} {'answer s':>9}"]
    rows = [("caregraph --help (start-up floor)", results["baseline_caregraph_help"]),
            *results["commands"].items()]
    for name, r in rows:
        answer = f"{r['answer_seconds']:9.3f}" if "answer_seconds" in r else f"{'':9}"
        lines.append(f"{name:40} {r['seconds']:7.2f} {r['cpu_seconds']:6.2f} {r['peak_mb']:8.1f} {answer}")
    lines.append("")
    for name, key in (("GraphML read (load_graph)", "read_graphml"), ("stats without the index", "stats_without_index"),
                      ("index build", "build_index")):
        r = results[key]
        lines.append(f"{name:40} {r['seconds']:7.2f} {r['cpu_seconds']:6.2f} {r['peak_mb']:8.1f}")
    lines.append(f"index size: {results['index_bytes'] / 1e6:.1f} MB; GraphML: {results['graph']['bytes'] / 1e6:.1f} MB")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
