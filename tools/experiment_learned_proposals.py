#!/usr/bin/env python3
"""EXPERIMENT (issue 15), not part of the pipeline: does a learned span classifier beat the
rules (extract/proposals/) at finding Recommendation phrases on pages it was not trained on?
Result (session 8, docs/experiment-learned-proposals.md): no; rules + model does not beat the
rules on the held-out sets, and the nodes it adds on the raw pools are right about half the time.

Candidates come from a generator over the parse (noun chunks with and without their
determiner and their rightward extensions through prepositional phrases and clauses, gerund
and to-infinitive clauses, whole list lines, and the rules' own proposal spans). A candidate
is positive when its label matches a gold Recommendation under the gold matching rules
(spec/gold-format.md: normalised equality with name/aliases, or a key inside a label of at
most 15 words). A logistic regression over transparent features (governing words, dependency
shape, head lemma, length, layout of the line, words inside, named entities inside) is trained
by full-batch gradient descent (deterministic: no randomness at all) leave-one-set-out.
Predictions are decoded per document greedily (highest probability first, no overlaps).

Scores are those of `caregraph evaluate` (per-type Recommendation P/R/F1) on the set's real
graph (rules), on that graph with its Recommendation nodes replaced by the model's (model),
and with the model's labels added where no node has the same key (union).

usage: experiment_learned_proposals.py GRAPHDIR [--pools] [--thresholds 0.5,0.7,0.9] [--type Initiative]
         [--pos-weight W] [--l2 L] [--epochs N] [--slack K] [--no-classes] [--pool-threshold T] [--sample N]
  GRAPHDIR holds <set>.graphml for each readable set (`caregraph extract` of each set's corpus).
Parsed documents are cached under $TMPDIR/learn8-cache. Prints a table; writes nothing else.
The readable sets' texts are third-party and are only read, never written anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import networkx as nx
import numpy as np

from caregraph.core.schema import load_schema
from caregraph.core.text import normalise_key
from caregraph.evaluate import evaluate, load_gold, match_node
from caregraph.extract.ingest import find_inputs, read_source
from caregraph.extract.nlp import load_pipeline, parse_texts
from caregraph.extract.proposals import find_recommendations
from caregraph.extract.worker import Extractor

REC = "Recommendation"   # the node type learned; --type Initiative runs the same experiment for initiatives
# where the sets are: ../shared beside the repository (CAREGRAPH_SHARED), the readable sets kept
# outside it as <set>/corpus and <set>/gold.yaml (CAREGRAPH_SETS), the raw pools without gold
# (CAREGRAPH_POOLS, folders separated by the path separator, each named by its parent folder)
S = Path(os.environ.get("CAREGRAPH_SHARED", Path(__file__).resolve().parents[2] / "shared"))
W = Path(os.environ.get("CAREGRAPH_SETS", "sets"))
SETS = {
    "seeds": (S / "corpus/seeds", S / "gold/seeds.yaml"),
    "dev": (S / "corpus/dev", S / "gold/dev.yaml"),
    "dev2": (S / "corpus/dev2", S / "gold/dev2.yaml"),
    "dev3": (S / "corpus/dev3", S / "gold/dev3.yaml"),
    "dev4": (W / "dev4-heldout/corpus", W / "dev4-heldout/gold.yaml"),
    **{s: (W / s / "corpus", W / s / "gold.yaml")
       for s in ("dev5", "dev6a", "dev6b", "dev7a", "dev7b", "chk8a", "chk8b", "dev8a", "dev8b")},
}
POOLS = {Path(p).parent.name: Path(p) for p in os.environ.get("CAREGRAPH_POOLS", "").split(os.pathsep) if p}
SIX = ("chk8a", "chk8b", "dev8a", "dev8b", "dev7a", "dev7b")
MAX_WORDS = 15
CONFIG: dict = {"pos_weight": 3.0, "l2": 1e-3, "epochs": 300, "slack": 3}   # set from the command line
BULLETS = frozenset("\u2022\u00b7*-\u2023\u25aa\u25cf\u2013")
LEADING = frozenset({"the", "a", "an", "this", "these", "its", "their", "our", "his", "her", "that"})
EXTEND_DEPS = frozenset({"prep", "acl", "relcl", "advcl"})
CLAUSE_DEPS = frozenset({"pobj", "dobj", "pcomp", "conj", "ROOT", "xcomp", "csubj", "nsubj", "nsubjpass",
                         "appos", "advcl", "acl", "ccomp", "attr"})


# ---------------------------------------------------------------- documents

def parsed(name: str, corpus: Path, nlp, schema) -> list[tuple[object, object]]:
    """(SourceDoc, Doc) for each file of a corpus, parsed once and cached."""
    from spacy.tokens import DocBin

    cache = Path(tempfile.gettempdir()) / "learn8-cache"
    cache.mkdir(exist_ok=True)
    files = find_inputs([corpus], schema.ingest).files
    sources = []
    for f in files:
        try:
            sources.append(read_source(f, schema.ingest))
        except Exception as exc:  # noqa: BLE001 - a pool page the pipeline refuses is left out
            print(f"skip {f}: {exc}", file=sys.stderr)
    path = cache / f"{name}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if [d.text for d in docs] == [s.text for s in sources]:
            return list(zip(sources, docs, strict=True))
    docs = [doc for _, doc in parse_texts(nlp, ((s, s.text) for s in sources))]
    bin_ = DocBin(attrs=["ORTH", "LEMMA", "TAG", "POS", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START",
                         "MORPH", "SPACY"])
    for d in docs:
        bin_.add(d)
    bin_.to_disk(path)
    return list(zip(sources, docs, strict=True))


# ---------------------------------------------------------------- candidates

def line_bounds(doc) -> list[tuple[int, int]]:
    out, start = [], 0
    for tok in doc:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            out.append((start, tok.i + 1))
            start = tok.i + 1
    if start < len(doc):
        out.append((start, len(doc)))
    return out


def trim(doc, a: int, b: int) -> tuple[int, int]:
    while a < b and (doc[a].is_space or doc[a].is_punct or doc[a].text in BULLETS):
        a += 1
    while b > a and (doc[b - 1].is_space or doc[b - 1].is_punct):
        b -= 1
    return a, b


def candidates(doc, rule_spans) -> dict[tuple[int, int], set[str]]:
    found: dict[tuple[int, int], set[str]] = defaultdict(set)

    def add(a: int, b: int, tag: str) -> None:
        a, b = trim(doc, a, b)
        words = [t for t in doc[a:b] if not t.is_punct and not t.is_space]
        if not words or len(words) > MAX_WORDS or "\n\n" in doc[a:b].text:
            return
        if not any(t.pos_ in ("NOUN", "PROPN", "VERB") for t in words):
            return
        if len(words) == 1 and words[0].pos_ == "PRON":
            return
        found[(a, b)].add(tag)
        if doc[a].lower_ in LEADING and b - a > 1:
            found[trim(doc, a + 1, b)].add(tag + "-det")

    for nc in doc.noun_chunks:
        add(nc.start, nc.end, "chunk")
        end = nc.end
        for child in nc.root.rights:
            if child.i < end or child.dep_ not in EXTEND_DEPS:
                continue
            end = child.right_edge.i + 1
            add(nc.start, end, "chunk+" + child.dep_)
    for tok in doc:
        if tok.pos_ == "VERB" and tok.dep_ in CLAUSE_DEPS:
            sent_end = tok.sent.end
            right = min(tok.right_edge.i + 1, sent_end)
            if tok.tag_ == "VBG":
                add(tok.i, right, "gerund")
                objs = [c for c in tok.rights if c.dep_ in ("dobj", "prep", "attr")]
                if objs:
                    add(tok.i, objs[0].right_edge.i + 1, "gerund-obj")
            elif any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.lefts):
                add(tok.i, right, "toinf")
    lines = line_bounds(doc)
    prev_colon = False
    for a, b in lines:
        words = [t for t in doc[a:b] if not t.is_space]
        if not words:
            continue
        bullet = words[0].text in BULLETS
        if bullet or prev_colon:
            add(a, b, "line-bullet" if bullet else "line-aftercolon")
        if not bullet:
            prev_colon = words[-1].text == ":"
    for a, b in rule_spans:
        add(a, b, "rule")
    return found


def label_of(doc, a: int, b: int) -> str:
    return " ".join(doc[a:b].text.split())


# ---------------------------------------------------------------- features

def features(doc, a: int, b: int, tags: set[str], line_of: dict[int, tuple[int, int, bool, bool]]) -> list[str]:
    span = doc[a:b]
    root = span.root
    f = ["bias"] + [f"src={t}" for t in sorted(tags)]
    f += [f"root={root.lemma_.lower()}", f"root_pos={root.pos_}", f"root_dep={root.dep_}",
          f"root_tag={root.tag_}"]
    gov = root.head
    if gov is not root:
        f += [f"gov={gov.lemma_.lower()}", f"gov_dep={root.dep_}>{gov.pos_}"]
        g2 = gov.head
        if g2 is not gov:
            f += [f"gov2={g2.lemma_.lower()}", f"path={root.dep_}>{gov.lemma_.lower()}>{g2.lemma_.lower()}"]
    anc = next((t for t in root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if anc is not None:
        f.append(f"verb_anc={anc.lemma_.lower()}")
    f.append(f"sent_root={root.sent.root.lemma_.lower()}")
    # the schema's word classes (schemas/entities.yaml `recommendations`): the lexical class of
    # the governing words up to three steps above the head, of the head and of the first word
    node, hop = root, 0
    while node.head is not node and hop < 3:
        node, hop = node.head, hop + 1
        for cls in CLASSES.get(node.lemma_.lower(), ()):
            f += [f"anc_class={cls}", f"anc{hop}_class={cls}"]
    f += [f"root_class={cls}" for cls in CLASSES.get(root.lemma_.lower(), ())]
    f += [f"root_class={cls}" for cls in CLASSES.get(root.lower_, ()) if root.lower_ != root.lemma_.lower()]
    f += [f"first_class={cls}" for cls in CLASSES.get(first_word_lemma(doc, a), ())]
    first, last = doc[a], doc[b - 1]
    f += [f"first={first.lemma_.lower()}", f"first_pos={first.pos_}", f"last={last.lemma_.lower()}",
          f"last_pos={last.pos_}"]
    if a > 0:
        f.append(f"prev={doc[a - 1].lower_}")
        if a > 1:
            f.append(f"prev2={doc[a - 2].lower_}_{doc[a - 1].lower_}")
    f.append(f"next={doc[b].lower_ if b < len(doc) else '<end>'}")
    words = [t for t in span if not t.is_punct and not t.is_space]
    n = len(words)
    f.append(f"len={min(n, 12)}")
    caps = sum(1 for t in words if t.text[:1].isupper()) / max(n, 1)
    f.append(f"caps={round(caps * 4)}")
    f += sorted({f"w={t.lemma_.lower()}" for t in words if not t.is_stop})
    f += sorted({f"pos_in={t.pos_}" for t in words})
    for ent in span.ents:
        f.append(f"ent={ent.label_}")
        if ent.start == a and ent.end == b:
            f.append(f"ent_whole={ent.label_}")
    la, lb, bullet, after_colon = line_of[a]
    if la == a or (la < a and all(doc[i].is_space or doc[i].is_punct or doc[i].text in BULLETS for i in range(la, a))):
        f.append("line_start")
        if all(doc[i].is_space or doc[i].is_punct for i in range(b, lb)):
            f.append("line_whole")
    if bullet:
        f.append("in_bullet_line")
    if after_colon:
        f.append("after_colon_line")
    return f


def first_word_lemma(doc, a: int) -> str:
    return doc[a].lemma_.lower()


CLASSES: dict[str, tuple[str, ...]] = {}   # word -> the schema's recommendation word classes holding it


def load_classes(schema) -> None:
    by_word: dict[str, set[str]] = defaultdict(set)
    for cls, words in schema.entities.recommendation_words.items():
        for w in words:
            by_word[w.split()[0].lower()].add(cls)
    CLASSES.clear()
    CLASSES.update({w: tuple(sorted(c)) for w, c in by_word.items()})


def line_index(doc) -> dict[int, tuple[int, int, bool, bool]]:
    out = {}
    prev_colon = False
    for a, b in line_bounds(doc):
        words = [t for t in doc[a:b] if not t.is_space]
        bullet = bool(words) and words[0].text in BULLETS
        for i in range(a, b):
            out[i] = (a, b, bullet, prev_colon)
        if words and not bullet:
            prev_colon = words[-1].text == ":"
    return out


# ---------------------------------------------------------------- examples

def examples(pairs, schema, gold=None):
    """One row per candidate: (doc index, start, end, label, features, y) with y 1/0, or None
    (an optional Recommendation: left out of training)."""
    rows = []
    for k, (_source, doc) in enumerate(pairs):
        rule_spans = [(it.start, it.end) for it in find_recommendations(doc, schema.entities)]
        lines = line_index(doc)
        for (a, b), tags in sorted(candidates(doc, rule_spans).items()):
            label = label_of(doc, a, b)
            y = None
            if gold is not None:
                ent = match_node(label, gold)
                y = 1 if ent is not None and ent.type == REC and not ent.optional else 0
                if ent is not None and ent.type == REC and (ent.optional or not tight(label, ent)):
                    y = None   # optional, or a long span around a key: neither taught as right nor wrong
            rows.append((k, a, b, label, features(doc, a, b, tags, lines), y))
    return rows


def tight(label: str, ent) -> bool:
    """A training positive names the proposal, not a clause around it: its key equals a name
    or alias, or it holds a key with at most TIGHT_SLACK words more than the key."""
    key = normalise_key(label)
    if key in ent.names:
        return True
    slack = CONFIG["slack"]
    return any(k in key and len(key.split()) <= len(k.split()) + slack for k in ent.keys)


# ---------------------------------------------------------------- the classifier

class Logistic:
    """L2-regularised logistic regression over binary features, full-batch gradient descent
    with AdaGrad steps: no random state, so training is deterministic."""

    def __init__(self, l2: float | None = None, epochs: int | None = None, rate: float = 0.5,
                 pos_weight: float | None = None) -> None:
        l2 = CONFIG["l2"] if l2 is None else l2
        epochs = CONFIG["epochs"] if epochs is None else epochs
        pos_weight = CONFIG["pos_weight"] if pos_weight is None else pos_weight
        self.l2, self.epochs, self.rate, self.pos_weight = l2, epochs, rate, pos_weight
        self.index: dict[str, int] = {}
        self.w = np.zeros(0)

    def _encode(self, feats: list[list[str]], grow: bool) -> tuple[np.ndarray, np.ndarray]:
        cols, ptr = [], [0]
        for fs in feats:
            for x in fs:
                j = self.index.get(x)
                if j is None and grow:
                    j = self.index[x] = len(self.index)
                if j is not None:
                    cols.append(j)
            ptr.append(len(cols))
        return np.asarray(cols, dtype=np.int64), np.asarray(ptr, dtype=np.int64)

    def _scores(self, cols, ptr) -> np.ndarray:
        sums = np.concatenate([[0.0], np.cumsum(self.w[cols])])
        return sums[ptr[1:]] - sums[ptr[:-1]]

    def fit(self, feats: list[list[str]], y: list[int]) -> Logistic:
        self.index = {}
        cols, ptr = self._encode(feats, grow=True)
        self.w = np.zeros(len(self.index))
        yv = np.asarray(y, dtype=float)
        weight = np.where(yv == 1, self.pos_weight, 1.0)
        lengths = np.diff(ptr)
        hist = np.full(len(self.w), 1e-8)
        for _ in range(self.epochs):
            p = 1 / (1 + np.exp(-self._scores(cols, ptr)))
            err = (p - yv) * weight / len(yv)
            grad = np.bincount(cols, weights=np.repeat(err, lengths), minlength=len(self.w)) + self.l2 * self.w
            hist += grad * grad
            self.w -= self.rate * grad / np.sqrt(hist)
        return self

    def predict(self, feats: list[list[str]]) -> np.ndarray:
        cols, ptr = self._encode(feats, grow=False)
        return 1 / (1 + np.exp(-self._scores(cols, ptr)))

    def top(self, n: int = 25) -> list[tuple[str, float]]:
        names = sorted(self.index, key=lambda x: (-self.w[self.index[x]], x))
        return [(x, round(float(self.w[self.index[x]]), 3)) for x in names[:n]]


def decode(rows, probs, threshold: float) -> dict[int, list[tuple[int, int, str, float]]]:
    """Per document: the candidates above the threshold, best first, none overlapping a better one."""
    by_doc: dict[int, list] = defaultdict(list)
    for row, p in zip(rows, probs, strict=True):
        if p >= threshold:
            by_doc[row[0]].append((-float(p), row[1], row[2], row[3]))
    out = {}
    for k, items in by_doc.items():
        taken: list[tuple[int, int, str, float]] = []
        for negp, a, b, label in sorted(items):
            if all(b <= x or a >= y for x, y, _, _ in taken):
                taken.append((a, b, label, -negp))
        out[k] = sorted(taken)
    return out


# ---------------------------------------------------------------- scoring

def with_model(graph: nx.MultiDiGraph, labels: list[str], *, replace: bool) -> nx.MultiDiGraph:
    g = graph.copy()
    if replace:
        g.remove_nodes_from([n for n, d in graph.nodes(data=True) if d.get("type") == REC])
    keys = {normalise_key(str(d.get("label", n))) for n, d in g.nodes(data=True)}
    added = 0
    for label in labels:
        key = normalise_key(label)
        if key in keys or not key:
            continue
        keys.add(key)
        g.add_node(f"zzmodel-{added:04d}", label=label, type=REC)
        added += 1
    return g


def rec_scores(graph, gold) -> tuple[float, float, float, int, int, int]:
    s = evaluate(graph, gold).per_type.get(REC)
    if s is None:
        return (0.0, 0.0, 0.0, 0, 0, 0)
    return (s.precision, s.recall, s.f1, s.hits, s.predicted, s.gold)


def ceiling(rows, gold) -> tuple[int, int]:
    hit = set()
    for r in rows:
        ent = match_node(r[3], gold)
        if ent is not None and ent.type == REC and not ent.optional:
            hit.add(ent.name)
    required = [e for e in gold.entities if e.type == REC and not e.optional]
    return len(hit), len(required)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("graphdir", type=Path)
    ap.add_argument("--pools", action="store_true")
    ap.add_argument("--thresholds", default="0.5,0.7,0.9")
    ap.add_argument("--held", default=",".join(SETS))
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--pool-threshold", type=float, default=0.7)
    ap.add_argument("--pos-weight", type=float, default=3.0, help="weight of a positive example")
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--type", default="Recommendation", choices=["Recommendation", "Initiative"])
    ap.add_argument("--no-classes", action="store_true", help="leave out the schema word-class features")
    ap.add_argument("--slack", type=int, default=3,
                    help="a key-containing candidate is a training positive only within this many words of the key")
    args = ap.parse_args()
    global REC
    REC = args.type
    CONFIG.update(pos_weight=args.pos_weight, l2=args.l2, epochs=args.epochs, slack=args.slack)
    thresholds = [float(x) for x in args.thresholds.split(",")]
    schema = load_schema()
    if not args.no_classes:
        load_classes(schema)
    nlp = load_pipeline()
    data = {}
    for name, (corpus, goldfile) in SETS.items():
        gold = load_gold(goldfile)
        pairs = parsed(name, corpus, nlp, schema)
        data[name] = (gold, pairs, examples(pairs, schema, gold))
    print("set     ceiling  rules P/R/F1        " + "  ".join(
        f"model@{t} P/R/F1       union@{t} P/R/F1      " for t in thresholds))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    six: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])   # chk8a, chk8b, dev8a, dev8b, dev7a, dev7b
    for held in args.held.split(","):
        gold, pairs, rows = data[held]
        train = [r for s, (_, _, rs) in data.items() if s != held for r in rs if r[5] is not None]
        model = Logistic().fit([r[4] for r in train], [r[5] for r in train])
        probs = model.predict([r[4] for r in rows])
        graph = nx.read_graphml(args.graphdir / f"{held}.graphml", force_multigraph=True)
        got, need = ceiling(rows, gold)
        base = rec_scores(graph, gold)
        cells = [f"{held:7} {got:2d}/{need:<3d}  {base[0]:.2f}/{base[1]:.2f}/{base[2]:.2f} ({base[3]}/{base[4]})"]
        sums = [totals] + ([six] if held in SIX else [])
        for tot in sums:
            _add(tot, "rules", base)
        for t in thresholds:
            chosen = decode(rows, probs, t)
            labels = [lab for k in sorted(chosen) for _, _, lab, _ in chosen[k]]
            m = rec_scores(with_model(graph, labels, replace=True), gold)
            u = rec_scores(with_model(graph, labels, replace=False), gold)
            for tot in sums:
                _add(tot, f"model@{t}", m)
                _add(tot, f"union@{t}", u)
            cells.append(f"{m[0]:.2f}/{m[1]:.2f}/{m[2]:.2f} ({m[3]}/{m[4]})  {u[0]:.2f}/{u[1]:.2f}/{u[2]:.2f} ({u[3]}/{u[4]})")
        for tot in sums:
            tot["ceiling"][0] += got
            tot["ceiling"][1] += got
            tot["ceiling"][2] += need
        print("  ".join(cells), flush=True)
    for title, tot in (("all held-out sets", totals), ("the six sets " + ",".join(SIX), six)):
        print(f"summed over {title} (hits/predicted, hits/gold):")
        for k, (h, p, g) in tot.items():
            prec = h / p if p else 0.0
            rec = h / g if g else 0.0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            print(f"  {k:12} hits {h} predicted {p} gold {g}  P {prec:.3f} R {rec:.3f} F1 {f1:.3f}")
    if args.pools:
        pool_sample(data, schema, nlp, args.pool_threshold, args.sample)


def _add(totals, key, s) -> None:
    totals[key][0] += s[3]
    totals[key][1] += s[4]
    totals[key][2] += s[5]


def pool_sample(data, schema, nlp, threshold: float, n: int) -> None:
    train = [r for _, (_, _, rs) in data.items() for r in rs if r[5] is not None]
    model = Logistic().fit([r[4] for r in train], [r[5] for r in train])
    print("top features:", json.dumps(model.top(30)))
    extractor = Extractor(nlp, schema)
    added = []
    for pool, folder in POOLS.items():
        pairs = parsed(pool, folder, nlp, schema)
        rule_keys = set()
        for source, doc in pairs:
            for e in extractor.process_parsed(source, doc).entities:
                rule_keys.add(normalise_key(e.label))
        rows = examples(pairs, schema)
        chosen = decode(rows, model.predict([r[4] for r in rows]), threshold)
        seen = set()
        for k in sorted(chosen):
            source, doc = pairs[k]
            for a, b, label, p in chosen[k]:
                key = normalise_key(label)
                if key in rule_keys or key in seen:
                    continue
                seen.add(key)
                added.append((pool, source.doc_id, label, round(p, 3), " ".join(doc[a:b].sent.text.split())))
        print(f"pool {pool}: {len(pairs)} pages, {len(seen)} {REC} nodes the model adds at {threshold}")
    for row in random.Random(15).sample(added, min(n, len(added))):
        print("\t".join(str(x) for x in row))


if __name__ == "__main__":
    main()
