"""A learned pair classifier over candidate entity pairs (issue 15's invitation), off by default.

A *candidate* is an ordered pair of entities named in one sentence (or a quotation's speaker and
an entity named inside the quotation) whose types the ontology allows for one of the learned
relations, and which the rules did not already relate by that relation. Its features are
transparent strings: the lemmas on the dependency path between the two names, the trigger-word
classes of schemas/relations.yaml on that path and between the names, the two types, their order
and distance, whether the pair is inside a quotation, whether the sentence is negated, and what
the rules found for the same pair. A model is one weight vector per relation (logistic
regression) and a threshold; scoring is a dot product, deterministic, with no third-party import.

`tools/train_relations.py` builds the weight file from the gold sets and measures it leave-one-
set-out. The weights live in a small JSON file (sorted keys); `find_relations` adds the model's
edges (rule ``model-<relation>``) only when a model is passed to it.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ...core.ontology import AUTHORED, LOCATED_IN, PART_OF, RECOMMENDS, RESPONDED_TO, ROLE_AT, RUNS, SUPPORTS
from ...core.records import Relation
from ...errors import ModelError, first_line
from ..pair_switch import MODEL_ENV, read_weights, weights_digest

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .context import Context

MAX_NAMES = 12          # a sentence naming more entities than this is a list: no candidates
MAX_BETWEEN = 12        # words between two names read as features
MAX_PATH = 8            # dependency path steps read as features
WINDOW = 1              # name-bearing sentences apart a pair's two names may be (0: one sentence)


@dataclass(frozen=True, slots=True)
class Candidate:
    source: str
    target: str
    relation: str
    anchor: int              # token index of the evidence sentence's anchor
    features: tuple[str, ...]
    ruled: bool = False      # the rules relate the pair already (recorded for silver training only)


@dataclass(frozen=True, slots=True)
class PairModel:
    """One weight vector (feature -> weight), a bias and a threshold per relation."""

    weights: dict[str, dict[str, float]]
    bias: dict[str, float]
    threshold: dict[str, float]

    @property
    def relations(self) -> tuple[str, ...]:
        return tuple(sorted(self.weights))

    def probability(self, relation: str, features: Sequence[str]) -> float:
        w = self.weights[relation]
        z = self.bias[relation] + sum(w.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        data = {r: {"bias": round(self.bias[r], 6), "threshold": round(self.threshold[r], 6),
                    "weights": {f: round(v, 6) for f, v in sorted(self.weights[r].items()) if round(v, 6)}}
                for r in self.relations}
        return json.dumps(data, sort_keys=True, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> PairModel:
        return cls.from_data(json.loads(text))

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> PairModel:
        return cls(weights={r: {str(f): float(v) for f, v in d["weights"].items()} for r, d in data.items()},
                   bias={r: float(d["bias"]) for r, d in data.items()},
                   threshold={r: float(d["threshold"]) for r, d in data.items()})


@lru_cache(maxsize=4)
def load_model(path: str, digest: str = "") -> PairModel:
    """The pair model in the weight file at `path`, cached by the path and the file's digest
    (`digest`, from pair_switch.weights_digest: a file rewritten in place is read again, as the
    result cache's tag reads it). A file that cannot be read or is not a weight file is a
    ModelError naming it."""
    return PairModel.from_data(read_weights(path))


def named_model() -> PairModel | None:
    """The pair model named by $CAREGRAPH_PAIR_MODEL (None when none is named), loaded and checked:
    a missing or malformed file is a ModelError (exit code 4)."""
    path = os.environ.get(MODEL_ENV)
    if not path:
        return None
    try:
        digest = weights_digest(path)
    except OSError as exc:
        raise ModelError(f"{path} (${MODEL_ENV}): cannot read the pair model's weight file "
                         f"({first_line(exc)})") from None
    return load_model(path, digest)


def trigger_classes(ctx: Context) -> dict[str, frozenset[str]]:
    """lemma -> the relations whose rules it triggers (one-word trigger lemmas of the schema)."""
    found = ctx.cache.get("learned_triggers")
    if found is None:
        classes: dict[str, set[str]] = {}
        for pattern in ctx.schema.relations.patterns:
            for lemma in pattern.lemmas:
                if " " not in lemma:
                    classes.setdefault(lemma.lower(), set()).add(pattern.relation)
        found = ctx.cache["learned_triggers"] = {k: frozenset(v) for k, v in classes.items()}
    return found  # type: ignore[no-any-return]


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def _path(a: Token, b: Token) -> tuple[list[Token], list[Token], Token | None]:
    """The tokens from a up to the lowest common ancestor (exclusive) and from b up to it, and the
    ancestor itself (None when the two are in different trees)."""
    up_a = [a, *a.ancestors]
    index = {t.i: n for n, t in enumerate(up_a)}
    climb: list[Token] = []
    for t in (b, *b.ancestors):
        if t.i in index:
            return up_a[: index[t.i]], climb, t
        climb.append(t)
    return up_a, climb, None


def _sentence_gap(a: Token, b: Token) -> int:
    """0 for one sentence, else 1 + the number of sentences between the two tokens' (capped at 3)."""
    if a.sent.start == b.sent.start:
        return 0
    lo, hi = (a, b) if a.i < b.i else (b, a)
    gap = 1
    sent = lo.sent
    while gap < 3 and sent.end < len(sent.doc) and sent.end <= hi.sent.start - 1:
        sent = sent.doc[sent.end].sent
        if sent.start >= hi.sent.start:
            break
        gap += 1
    return gap


def pair_features(ctx: Context, s: Span, o: Span, s_type: str, o_type: str, rule_found: Sequence[str],
                  *, speaker: bool = False) -> list[str]:
    """The features of one ordered pair of names (source span s, target span o) in a sentence."""
    triggers = trigger_classes(ctx)
    feats = [f"types:{s_type}>{o_type}"]
    forward = s.start < o.start
    feats.append("order:fwd" if forward else "order:back")
    lo, hi = (s, o) if forward else (o, s)
    gap = max(0, hi.start - lo.end)
    feats.append(f"dist:{min(gap, 6) if gap < 6 else (10 if gap < 10 else (20 if gap < 20 else 99))}")
    if speaker:
        feats.append("speaker")
    a, b = s.root, o.root
    feats.append(f"sdep:{a.dep_}")
    feats.append(f"odep:{b.dep_}")
    up_a, up_b, lca = _path(a, b) if a.sent.start == b.sent.start else ([a], [b], None)
    if lca is None:
        feats.append("path:none")
    else:
        steps = [*up_a[1:], *up_b[1:]]
        for t in steps[:MAX_PATH]:
            if t.i in ctx.token_mention:
                continue
            lemma = _lemma(t)
            feats.append(f"p:{lemma}")
            for r in triggers.get(lemma, ()):
                feats.append(f"ptrig:{r}")
        if lca is not a and lca is not b:
            lemma = _lemma(lca)
            feats.append(f"lca:{lemma}")
            feats.append(f"lcapos:{lca.pos_}")
            for r in triggers.get(lemma, ()):
                feats.append(f"lcatrig:{r}")
        else:
            feats.append("lca:end")
        feats.append(f"plen:{min(len(steps), 5)}")
        feats.append(f"deps:{'/'.join(t.dep_ for t in up_a[:3])}|{'/'.join(t.dep_ for t in up_b[:3])}")
    if gap <= MAX_BETWEEN and a.sent.start == b.sent.start:
        doc = ctx.doc
        for i in range(lo.end, hi.start):
            t = doc[i]
            if t.is_alpha and i not in ctx.token_mention:
                lemma = _lemma(t)
                feats.append(f"b:{lemma}")
                for r in triggers.get(lemma, ()):
                    feats.append(f"btrig:{r}")
    sent = a.sent
    sgap = _sentence_gap(a, b)
    feats.append(f"sgap:{sgap}")
    for tag, root in (("sroot", a.sent.root), ("oroot", b.sent.root)):
        lemma = _lemma(root)
        feats.append(f"{tag}:{lemma}")
        for r in triggers.get(lemma, ()):
            feats.append(f"{tag}trig:{r}")
    if any(t.dep_ == "neg" for t in sent):
        feats.append("neg")
    if ctx.in_quotation(b):
        feats.append("q:obj")
    if ctx.in_quotation(a):
        feats.append("q:subj")
    for r in rule_found:
        feats.append(f"rule:{r}")
    if not rule_found:
        feats.append("rule:none")
    return feats


def candidates(ctx: Context, found: Sequence[Relation], relations: Sequence[str],
               posts: frozenset[str], *, with_ruled: bool = False) -> Iterator[Candidate]:
    """Every candidate pair of one document (see the module docstring), in text order; with
    `with_ruled`, also the pairs the rules relate already (marked `ruled`: silver positives)."""
    signatures = ctx.schema.relations.signatures
    same_type = ctx.schema.relations.same_type
    said: dict[frozenset[str], list[str]] = {}
    have: set[tuple[str, str, str]] = set()
    for r in found:
        said.setdefault(frozenset((r.source, r.target)), []).append(r.relation)
        have.add((r.source, r.relation, r.target))
    by_sent: dict[int, list[int]] = {}
    for index, span in enumerate(ctx.spans):
        key = ctx.keys[index] if index < len(ctx.keys) else None
        if span is None or not key or key not in ctx.entity or key in posts:
            continue
        by_sent.setdefault(span.root.sent.start, []).append(index)

    def pairs_of(index_a: int, index_b: int, speaker: bool) -> Iterator[Candidate]:
        ka, kb = ctx.keys[index_a], ctx.keys[index_b]
        if ka == kb:
            return
        ta, tb = ctx.entity[ka].type, ctx.entity[kb].type
        span_a, span_b = ctx.spans[index_a], ctx.spans[index_b]
        assert span_a is not None and span_b is not None
        feats: list[str] | None = None
        for rel in relations:
            subj_ok, obj_ok = signatures.get(rel, ((), ()))
            if ta not in subj_ok or tb not in obj_ok or (rel in same_type and ta != tb):
                continue
            ruled = (ka, rel, kb) in have
            if ruled and not with_ruled:
                continue
            if feats is None:
                feats = pair_features(ctx, span_a, span_b, ta, tb,
                                      sorted(set(said.get(frozenset((ka, kb)), ()))), speaker=speaker)
            yield Candidate(ka, kb, rel, max(span_a.start, span_b.start) if not speaker else span_b.start,
                            tuple(feats), ruled)

    sentences = sorted(by_sent.items())
    for n, (_, members) in enumerate(sentences):
        if len(members) > MAX_NAMES:
            continue
        near = [m for _, others in sentences[max(0, n - WINDOW): n + WINDOW + 1]
                if len(others) <= MAX_NAMES for m in others]
        for x in members:
            for y in near:
                if x != y:
                    yield from pairs_of(x, y, False)
    for quote in ctx.quotes:
        if not quote.speakers:
            continue
        inside = [i for i, span in enumerate(ctx.spans)
                  if span is not None and quote.start <= span.start < quote.end
                  and ctx.keys[i] in ctx.entity and ctx.keys[i] not in posts]
        for speaker in quote.speakers:
            named = [i for i, k in enumerate(ctx.keys) if k == speaker.key and ctx.spans[i] is not None]
            if not named or speaker.key in posts:
                continue
            # the speaker's mention nearest before the quotation's verb stands for the speaker
            before = [i for i in named if ctx.spans[i].start <= quote.verb]  # type: ignore[union-attr]
            first = before[-1] if before else named[0]
            for y in inside[:MAX_NAMES]:
                if ctx.spans[y].root.sent.start == ctx.spans[first].root.sent.start:  # type: ignore[union-attr]
                    continue  # a pair of one sentence is a candidate already
                yield from pairs_of(first, y, True)


# set by tools/train_relations.py to record every candidate of a run (doc_id, candidate, evidence)
RECORDER: Callable[[str, Candidate, str], None] | None = None


def recording() -> bool:
    return RECORDER is not None


def active_model() -> PairModel | None:
    """The pair model named by $CAREGRAPH_PAIR_MODEL, or None (the default: rules only). The
    result cache keys on the file's digest (`model_tag`); a Dask worker on another machine sees
    its own environment, so the switch is for local runs and tools/train_relations.py."""
    return named_model()



def learned_relations(ctx: Context, found: Sequence[Relation], model: PairModel | None, posts: frozenset[str],
                      *, doc_id: str) -> list[tuple[int, Relation]]:
    """The model's relations of one document: the candidates whose probability reaches their
    relation's threshold, each with its sentence as evidence and rule ``model-<relation>``."""
    recorder = RECORDER
    relations = model.relations if model is not None else (RECORDED_RELATIONS if recorder else ())
    if not relations:
        return []
    added: list[tuple[int, Relation]] = []
    seen: set[tuple[str, str, str]] = set()
    for cand in candidates(ctx, found, relations, posts, with_ruled=recorder is not None):
        anchor = ctx.doc[cand.anchor]
        if recorder is not None:
            recorder(doc_id, cand, ctx.evidence(anchor))
        if model is None or cand.ruled or cand.relation not in model.weights:
            continue
        p = model.probability(cand.relation, cand.features)
        if p < model.threshold[cand.relation] or (cand.source, cand.relation, cand.target) in seen:
            continue
        seen.add((cand.source, cand.relation, cand.target))
        added.append((cand.anchor, Relation(
            source=cand.source, target=cand.target, relation=cand.relation, evidence=ctx.evidence(anchor),
            doc_id=doc_id, rule=f"model-{cand.relation.lower().replace('_', '-')}", confidence=round(p, 3))))
    return added


RECORDED_RELATIONS: tuple[str, ...] = (SUPPORTS, RECOMMENDS, RUNS, ROLE_AT, AUTHORED, RESPONDED_TO, LOCATED_IN, PART_OF)
