#!/usr/bin/env python3
"""Train and measure the learned pair classifier (extract/relations/learned.py), issue 15.

  train_relations.py dump  [--sets NAMES]        extract each set with the candidate recorder on
  train_relations.py cv    [--relations R,...]   leave-one-set-out: rules vs rules + model per set
  train_relations.py train [-o FILE]             fit on every set, write the weight file

`dump` runs the real pipeline over each readable set (as `caregraph extract` does) and keeps,
per set, the documents' results and every candidate pair with its features and evidence, in
$TMPDIR/learn15-cache/<set>.pickle (the sets' texts are third-party: they stay outside the
repository). A candidate is positive when both its entities' labels match gold entities
(evaluate.match_node, as `caregraph evaluate` matches nodes) and the gold lists the relation.

A relation's model is a logistic regression (L2, scipy L-BFGS: deterministic, no randomness),
over features seen in >= MIN_DOCS documents of >= 2 sets of the training folds (no names and
no phrase of one page reach the weights). Its threshold is chosen on the training folds only,
from their out-of-fold probabilities (an inner leave-one-set-out): the lowest that keeps the
precision of the added edges >= TARGET_PRECISION with at least MIN_ADDED right. `cv` adds the
model's edges to the held-out set's results, assembles the graph and scores it with
`caregraph evaluate`'s own code, beside the rules' graph.

Sets: seeds (data/raw), dev, dev2, dev3 under $CAREGRAPH_SHARED (default ../shared), and the
readable r* sets under $CAREGRAPH_SETS (default ../sets), each <set>/corpus and <set>/gold.yaml.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from scipy import optimize, sparse

from caregraph.core.ontology import LOCATED_IN, PART_OF
from caregraph.core.records import DocResult, Relation
from caregraph.core.schema import load_schema
from caregraph.evaluate import Gold, evaluate, load_gold, match_node
from caregraph.extract.relations import learned
from caregraph.graph.assemble import assemble

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CAREGRAPH_SHARED", ROOT.parent / "shared"))
SETS_DIR = Path(os.environ.get("CAREGRAPH_SETS", ROOT.parent / "sets"))
CACHE = Path(os.environ.get("LEARN15_CACHE", Path(tempfile.gettempdir()) / "learn15-cache"))
WEIGHTS = Path(tempfile.gettempdir()) / "pair_model.json"   # no model ships: it did not beat the rules
# the relations recorded for training, less the two of too few pairs to learn from
RELATIONS = tuple(r for r in learned.RECORDED_RELATIONS if r not in (LOCATED_IN, PART_OF))
MIN_DOCS = 3
L2 = 1.0
POS_WEIGHT = 2.0
TARGET_PRECISION = 0.85
MIN_ADDED = 2


def set_paths() -> dict[str, tuple[Path, Path]]:
    sets = {"seeds": (ROOT / "data/raw", SHARED / "gold/seeds.yaml")}
    for name in ("dev", "dev2", "dev3"):
        sets[name] = (SHARED / "corpus" / name, SHARED / "gold" / f"{name}.yaml")
    if SETS_DIR.is_dir():
        for d in sorted(SETS_DIR.iterdir()):
            if d.name.startswith("r") and (d / "gold.yaml").is_file():
                sets[d.name] = (d / "corpus", d / "gold.yaml")
    return sets


def pool_paths() -> dict[str, Path]:
    """Raw pools without gold ($CAREGRAPH_POOLS, folders joined by the path separator, each
    named by its parent folder): silver labels only."""
    return {Path(p).parent.name: Path(p) for p in os.environ.get("CAREGRAPH_POOLS", "").split(os.pathsep) if p}


# ---------------------------------------------------------------- dump

def dump(names: list[str]) -> None:
    from caregraph.extract.nlp import load_pipeline
    from caregraph.extract.worker import Extractor
    from caregraph.run.corpus import extract_assembled

    schema = load_schema()
    nlp = load_pipeline(None)   # the CLI's default pipeline
    extractor = Extractor(nlp, schema)
    CACHE.mkdir(parents=True, exist_ok=True)
    sets = {**set_paths(), **{k: (v, None) for k, v in pool_paths().items()}}
    for name in names:
        corpus, _ = sets[name]
        found: list[tuple[str, str, str, str, tuple[str, ...], str, bool]] = []

        def record(doc_id: str, cand: learned.Candidate, evidence: str, found=found) -> None:
            found.append((doc_id, cand.source, cand.target, cand.relation, cand.features, evidence, cand.ruled))

        results: list[DocResult] = []
        learned.RECORDER = record
        try:
            extract_assembled([corpus], extractor=extractor, on_document=results.append)
        finally:
            learned.RECORDER = None
        with open(CACHE / f"{name}.pickle", "wb") as out:
            pickle.dump({"results": results, "candidates": found}, out)
        print(f"{name}: {len(results)} documents, {len(found)} candidates", file=sys.stderr)


# ---------------------------------------------------------------- data

class SetData:
    def __init__(self, name: str, gold: Gold | None) -> None:
        with open(CACHE / f"{name}.pickle", "rb") as f:
            data = pickle.load(f)
        self.name = name
        self.gold = gold
        self.results: list[DocResult] = data["results"]
        labels = {(r.doc_id, e.key): e.label for r in self.results for e in r.entities}
        gold_set = set(gold.relations) if gold else set()
        self.cands: list[dict[str, Any]] = []
        self.ruled: list[dict[str, Any]] = []    # the pairs the rules relate: silver positives
        for doc_id, s, t, rel, feats, evidence, ruled in data["candidates"]:
            if ruled:
                self.ruled.append({"doc": doc_id, "s": s, "t": t, "rel": rel, "f": feats, "ev": evidence, "y": True})
                continue
            gs = match_node(labels.get((doc_id, s), s), gold) if gold else None
            gt = match_node(labels.get((doc_id, t), t), gold) if gold else None
            y = bool(gs and gt and (gs.name, rel, gt.name) in gold_set)
            self.cands.append({"doc": doc_id, "s": s, "t": t, "rel": rel, "f": feats, "ev": evidence, "y": y})


def load_sets(names: list[str]) -> dict[str, SetData]:
    paths = set_paths()
    return {n: SetData(n, load_gold(paths[n][1]) if n in paths else None) for n in names}


# ---------------------------------------------------------------- model

LEXICAL = ("p:", "b:", "lca:", "sroot:", "oroot:")
USE_LEXICAL = True


def vocabulary(train: list[SetData], rel: str) -> list[str]:
    docs: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for sd in train:
        for c in examples(sd):
            if c["rel"] == rel:
                for f in c["f"]:
                    if USE_LEXICAL or not f.startswith(LEXICAL) or f == "lca:end":
                        docs[f].add((sd.name, c["doc"]))
    return sorted(f for f, ds in docs.items() if len(ds) >= MIN_DOCS and len({s for s, _ in ds}) >= 2)


SILVER = False   # --silver: the rules' own pairs are the positives, every other candidate a negative


def examples(sd: SetData) -> list[dict[str, Any]]:
    if not SILVER:
        return sd.cands
    strip = [{**c, "f": tuple(f for f in c["f"] if not f.startswith("rule:")), "y": False} for c in sd.cands]
    return strip + [{**c, "f": tuple(f for f in c["f"] if not f.startswith("rule:"))} for c in sd.ruled]


def fit(train: list[SetData], rel: str) -> tuple[dict[str, float], float] | None:
    vocab = vocabulary(train, rel)
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols, ys = [], [], []
    n = 0
    for sd in train:
        for c in examples(sd):
            if c["rel"] != rel:
                continue
            for f in set(c["f"]):
                if f in index:
                    rows.append(n)
                    cols.append(index[f])
            ys.append(1.0 if c["y"] else 0.0)
            n += 1
    y = np.array(ys)
    if n == 0 or y.sum() < 3:
        return None
    x = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, len(vocab)))
    sw = np.where(y > 0, POS_WEIGHT, 1.0)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w[:-1] + w[-1]
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        eps = 1e-12
        value = -np.sum(sw * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))) + 0.5 * L2 * np.dot(w[:-1], w[:-1])
        g = sw * (p - y)
        grad = np.concatenate([x.T @ g + L2 * w[:-1], [g.sum()]])
        return float(value), grad

    res = optimize.minimize(loss, np.zeros(len(vocab) + 1), jac=True, method="L-BFGS-B",
                            options={"maxiter": 500})
    w = res.x
    return {f: float(w[i]) for f, i in index.items() if abs(w[i]) > 1e-6}, float(w[-1])


def prob(weights: dict[str, float], bias: float, feats: tuple[str, ...]) -> float:
    z = bias + sum(weights.get(f, 0.0) for f in set(feats))
    return 1.0 / (1.0 + np.exp(-max(-30.0, min(30.0, z))))


def choose_threshold(scored: list[tuple[float, bool, tuple]]) -> float:
    """The lowest threshold whose added edges (distinct pairs) are right >= TARGET_PRECISION."""
    best = 1.01
    ranked = sorted(scored, key=lambda item: -item[0])
    seen: set[tuple] = set()
    right = total = 0
    for p, y, key in ranked:
        if key in seen:
            continue
        seen.add(key)
        total += 1
        right += y
        if right >= MIN_ADDED and right / total >= TARGET_PRECISION:
            best = p
    return best


def train_model(train: list[SetData], relations: tuple[str, ...], inner: bool = True,
                pools: tuple[SetData, ...] = ()) -> learned.PairModel:
    weights, bias, threshold = {}, {}, {}
    for rel in relations:
        fitted = fit([*train, *pools] if SILVER else train, rel)
        if fitted is None:
            continue
        weights[rel], bias[rel] = fitted
        if not inner:
            threshold[rel] = 0.5
            continue
        if SILVER:   # gold never trained the weights: the training sets' gold sets the threshold
            threshold[rel] = choose_threshold([
                (prob(fitted[0], fitted[1], tuple(f for f in c["f"] if not f.startswith("rule:"))), c["y"],
                 (sd.name, c["doc"], c["s"], c["t"]))
                for sd in train for c in sd.cands if c["rel"] == rel])
            continue
        scored: list[tuple[float, bool, tuple]] = []
        for k, held in enumerate(train):
            sub = fit([s for j, s in enumerate(train) if j != k], rel)
            if sub is None:
                continue
            for c in held.cands:
                if c["rel"] == rel:
                    scored.append((prob(sub[0], sub[1], c["f"]), c["y"], (held.name, c["doc"], c["s"], c["t"])))
        threshold[rel] = choose_threshold(scored)
    return learned.PairModel(weights=weights, bias=bias, threshold=threshold)


# ---------------------------------------------------------------- scoring

def with_model(sd: SetData, model: learned.PairModel | None) -> tuple[list[DocResult], list[dict[str, Any]]]:
    if model is None:
        return sd.results, []
    added: dict[str, list[Relation]] = defaultdict(list)
    kept: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str, str]] = set()
    for c in sd.cands:
        rel = c["rel"]
        if rel not in model.weights:
            continue
        p = model.probability(rel, c["f"])
        key = (c["doc"], c["s"], rel, c["t"])
        if p < model.threshold[rel] or key in seen:
            continue
        seen.add(key)
        added[c["doc"]].append(Relation(source=c["s"], target=c["t"], relation=rel, evidence=c["ev"], doc_id=c["doc"],
                                        rule=f"model-{rel.lower().replace('_', '-')}", confidence=round(p, 3)))
        kept.append({**c, "p": p})
    from dataclasses import replace
    results = [replace(r, relations=(*r.relations, *added.get(r.doc_id, ()))) for r in sd.results]
    return results, kept


def score(sd: SetData, model: learned.PairModel | None) -> tuple[Any, list[dict[str, Any]]]:
    schema = load_schema()
    results, kept = with_model(sd, model)
    graph = assemble(results, schema).to_networkx()
    return evaluate(graph, sd.gold), kept


def cv(names: list[str], relations: tuple[str, ...], show: bool) -> None:
    data = load_sets(names)
    pools = tuple(load_sets(list(pool_paths())).values()) if SILVER else ()
    non_seed = [n for n in names if n != "seeds"]
    print("| held out | rules P / R / F1 | rules + model P / R / F1 | added (right) | per relation (correct/predicted/gold) moved |")
    print("| --- | --- | --- | --- | --- |")
    macro = {"rules": [], "model": []}
    added_total = Counter()
    for held in names:
        train = [data[n] for n in names if n != held]
        model = train_model(train, relations, pools=pools)
        base, _ = score(data[held], None)
        after, kept = score(data[held], model)
        b, a = base.relations, after.relations
        rules_added = after.per_rule
        right = sum(v["hits"] for k, v in rules_added.items() if k.startswith("model-"))
        edges = sum(v["edges"] for k, v in rules_added.items() if k.startswith("model-"))
        added_total["right"] += right
        added_total["edges"] += edges
        moved = []
        for r in sorted(set(base.per_relation) | set(after.per_relation)):
            x, y = base.per_relation.get(r), after.per_relation.get(r)
            if x and y and (x.hits, x.predicted) != (y.hits, y.predicted):
                moved.append(f"{r} {x.hits}/{x.predicted}/{x.gold}->{y.hits}/{y.predicted}")
        print(f"| {held} | {b.precision:.3f}/{b.recall:.3f}/**{b.f1:.3f}** | {a.precision:.3f}/{a.recall:.3f}/**{a.f1:.3f}** "
              f"| {edges} ({right}) | {'; '.join(moved)} |")
        thresholds = ", ".join(f"{r} {model.threshold[r]:.2f}" for r in model.relations)
        print(f"|   thresholds {held} | {thresholds} | | | |", file=sys.stderr)
        if show:
            for c in kept:
                print(f"    + {c['rel']} {c['s']} -> {c['t']} p={c['p']:.2f} gold={c['y']} :: {c['ev'][:160]}",
                      file=sys.stderr)
        if held in non_seed:
            macro["rules"].append(b.f1)
            macro["model"].append(a.f1)
    mr, mm = np.mean(macro["rules"]), np.mean(macro["model"])
    print(f"| macro (non-seed) | **{mr:.3f}** | **{mm:.3f}** | {added_total['edges']} ({added_total['right']}) | |")


def rank(names: list[str], relations: tuple[str, ...]) -> None:
    """Out of fold, per relation: how many of the best-scored candidates are gold relations
    (each set scored by a model trained on the others; distinct pairs)."""
    data = load_sets(names)
    pools = tuple(load_sets(list(pool_paths())).values()) if SILVER else ()
    print("| relation | candidates | gold among them | right of top 5 / 10 / 20 | best p (right?) |")
    print("| --- | --- | --- | --- | --- |")
    for rel in relations:
        rows: dict[tuple, tuple[float, bool]] = {}
        for held in names:
            fitted = fit([*(data[n] for n in names if n != held), *pools], rel)
            if fitted is None:
                continue
            for c in data[held].cands:
                if c["rel"] == rel:
                    key = (held, c["doc"], c["s"], c["t"])
                    p = prob(fitted[0], fitted[1], tuple(f for f in c["f"] if not (SILVER and f.startswith("rule:"))))
                    if key not in rows or p > rows[key][0]:
                        rows[key] = (p, c["y"] or rows.get(key, (0, False))[1])
        ranked = sorted(rows.items(), key=lambda kv: (-kv[1][0], kv[0]))
        tops = " / ".join(str(sum(y for _, (_, y) in ranked[:k])) for k in (5, 10, 20))
        best = f"{ranked[0][1][0]:.2f} ({'yes' if ranked[0][1][1] else 'no'})" if ranked else "-"
        print(f"| {rel} | {len(ranked)} | {sum(y for _, (_, y) in ranked)} | {tops} | {best} |")


def train(names: list[str], relations: tuple[str, ...], out: Path) -> None:
    data = load_sets(names)
    pools = tuple(load_sets(list(pool_paths())).values()) if SILVER else ()
    model = train_model([data[n] for n in names], relations, pools=pools)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(model.to_json(), encoding="utf-8")
    print(f"wrote {out}: " + ", ".join(f"{r} {len(model.weights[r])} weights, threshold {model.threshold[r]:.3f}"
                                       for r in model.relations), file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("dump", "cv", "rank", "train"))
    parser.add_argument("--sets", default="")
    parser.add_argument("--relations", default=",".join(RELATIONS))
    parser.add_argument("--show", action="store_true", help="cv: print each added edge with its evidence")
    parser.add_argument("-o", "--output", type=Path, default=WEIGHTS)
    parser.add_argument("--target", type=float, default=TARGET_PRECISION,
                        help="precision of the added edges the threshold aims at (training folds)")
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--window", type=int, default=learned.WINDOW,
                        help="dump: name-bearing sentences apart a candidate's names may be (0: one sentence)")
    parser.add_argument("--silver", action="store_true", help="train on the rules' pairs (silver), pools included")
    parser.add_argument("--no-lexical", action="store_true", help="word classes and structure only, no lemmas")
    args = parser.parse_args()
    learned.WINDOW = args.window
    globals().update(TARGET_PRECISION=args.target, L2=args.l2, USE_LEXICAL=not args.no_lexical, SILVER=args.silver)
    names = args.sets.split(",") if args.sets else list(set_paths())
    relations = tuple(r for r in args.relations.split(",") if r)
    if args.command == "dump":
        dump(names + (list(pool_paths()) if not args.sets else []))
    elif args.command == "cv":
        cv(names, relations, args.show)
    elif args.command == "rank":
        rank(names, relations)
    else:
        train(names, relations, args.output)


if __name__ == "__main__":
    main()
