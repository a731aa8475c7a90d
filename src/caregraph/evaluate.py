"""Evaluate a graph against gold annotations, exactly as spec/gold-format.md defines it.

Reads only the GraphML file and the gold YAML: no spaCy.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import yaml

from .core.ontology import DOCUMENT
from .core.schema import load_schema
from .core.text import normalise_key
from .errors import InputError


@dataclass(frozen=True, slots=True)
class GoldEntity:
    name: str
    type: str
    names: frozenset[str]          # normalised name and aliases
    keys: tuple[str, ...]          # normalised keys
    optional: bool


@dataclass(frozen=True, slots=True)
class Gold:
    documents: tuple[str, ...]
    entities: tuple[GoldEntity, ...]
    relations: tuple[tuple[str, str, str], ...]


@dataclass(slots=True)
class Scores:
    precision: float
    recall: float
    f1: float
    hits: int
    predicted: int
    gold: int


@dataclass(slots=True)
class Evaluation:
    entities_untyped: Scores
    entities_typed: Scores
    duplicates: int
    relations: Scores
    per_relation: dict[str, Scores]
    per_type: dict[str, Scores]
    false_positives: list[dict[str, str]] = field(default_factory=list)
    misses: list[dict[str, str]] = field(default_factory=list)
    duplicate_nodes: list[dict[str, str]] = field(default_factory=list)
    wrong_types: list[dict[str, str]] = field(default_factory=list)
    relation_false_positives: list[dict[str, str]] = field(default_factory=list)
    relation_misses: list[list[str]] = field(default_factory=list)
    per_rule: dict[str, dict[str, float]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def scores(hits: int, predicted: int, gold: int, recalled: int | None = None) -> Scores:
    recalled = hits if recalled is None else recalled
    precision = hits / predicted if predicted else 0.0
    recall = recalled / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(round(precision, 4), round(recall, 4), round(f1, 4), hits, predicted, gold)


def load_gold(path: str | Path) -> Gold:
    file = Path(path)
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"{file}: no such gold file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{file}: cannot read ({exc})") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(f"{file}: malformed YAML{where}: {problem}") from exc
    except RecursionError as exc:
        raise InputError(f"{file}: malformed YAML: nested too deeply") from exc
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise InputError(f"{file}: not a gold file (expected 'entities' and 'relations' lists)")
    entities = []
    names: set[str] = set()
    for i, item in enumerate(data["entities"]):
        if not isinstance(item, dict) or "name" not in item or "type" not in item:
            raise InputError(f"{file}: entities[{i}]: expected a mapping with name and type")
        aliases = _strings(item.get("aliases"), file, f"entities[{i}].aliases")
        keys = _strings(item.get("keys"), file, f"entities[{i}].keys")
        optional = item.get("optional", False)
        if not isinstance(optional, bool):
            raise InputError(f"{file}: entities[{i}].optional: expected true or false")
        entities.append(
            GoldEntity(
                name=str(item["name"]),
                type=str(item["type"]),
                names=frozenset(normalise_key(str(n)) for n in [item["name"], *aliases]),
                keys=tuple(k for k in (normalise_key(k) for k in keys) if k),
                optional=optional,
            )
        )
        names.add(str(item["name"]))
    relations = []
    for i, rel in enumerate(data.get("relations") or []):
        if not isinstance(rel, list) or len(rel) != 3:
            raise InputError(f"{file}: relations[{i}]: expected [subject, RELATION, object]")
        subject, relation, obj = (str(x) for x in rel)
        for end in (subject, obj):
            if end not in names:
                raise InputError(f"{file}: relations[{i}]: '{end}' is not the name of a gold entity")
        relations.append((subject, relation, obj))
    return Gold(tuple(str(d) for d in data.get("documents") or []), tuple(entities), tuple(relations))


def _strings(value: Any, file: Path, path: str) -> list[str]:
    """An optional list of names (a bare string would be read letter by letter)."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(x, (str, int, float)) for x in value):
        raise InputError(f"{file}: {path}: expected a list of strings")
    return [str(x) for x in value]


def match_node(label: str, gold: Gold) -> GoldEntity | None:
    """The first gold entity (in file order) a node label matches."""
    key = normalise_key(label)
    words = len(key.split())
    for entity in gold.entities:
        if key in entity.names:
            return entity
        if entity.keys and words <= 15 and any(k and k in key for k in entity.keys):
            return entity
    return None


def evaluate(graph: nx.MultiDiGraph, gold: Gold, *, unscored: Collection[str] | None = None) -> Evaluation:
    """Score a graph against gold annotations; relations in `unscored` (default: the
    packaged schema's `unscored`, schemas/relations.yaml) are left out of the scores."""
    if unscored is None:
        unscored = load_schema().relations.unscored
    # in id order, so which of two matching nodes is credited does not depend on how the
    # graph was built (a file read back is in id order already)
    nodes = sorted(
        ((n, d) for n, d in graph.nodes(data=True) if d.get("type") != DOCUMENT), key=lambda item: str(item[0])
    )
    credited: dict[str, str] = {}          # gold name -> node
    node_match: dict[str, GoldEntity] = {}
    scored = 0
    typed_hits = 0
    fps, dups, wrong = [], [], []
    per_type_hits: dict[str, int] = defaultdict(int)
    per_type_pred: dict[str, int] = defaultdict(int)
    for node, data in nodes:
        label = str(data.get("label", node))
        type_ = str(data.get("type", ""))
        entity = match_node(label, gold)
        if entity is not None:
            node_match[node] = entity
        if entity is not None and entity.optional:
            continue
        scored += 1
        per_type_pred[type_] += 1
        if entity is None:
            fps.append({"node": node, "label": label, "type": type_})
        elif entity.name in credited:
            dups.append({"node": node, "label": label, "type": type_, "gold": entity.name,
                         "credited": credited[entity.name]})
        else:
            credited[entity.name] = node
            if entity.type == type_:
                typed_hits += 1
                per_type_hits[type_] += 1
            else:
                wrong.append({"node": node, "label": label, "type": type_, "gold_type": entity.type})
    required = [e for e in gold.entities if not e.optional]
    untyped = scores(len(credited), scored, len(required))
    typed = scores(typed_hits, scored, len(required))
    misses = [{"name": e.name, "type": e.type} for e in required if e.name not in credited]
    gold_per_type: dict[str, int] = defaultdict(int)
    for e in required:
        gold_per_type[e.type] += 1
    per_type = {
        t: scores(per_type_hits[t], per_type_pred[t], gold_per_type[t])
        for t in sorted(set(gold_per_type) | set(per_type_pred))
    }

    # relations
    optional_names = {e.name for e in gold.entities if e.optional}
    gold_set = set(gold.relations)
    edge_keys: dict[tuple[str, str, str], dict[str, Any]] = {}
    all_edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for u, v, _k, data in all_edges:
        relation = str(data.get("relation", _k))
        if relation in unscored:
            continue
        eu, ev = node_match.get(u), node_match.get(v)
        if (eu and eu.name in optional_names) or (ev and ev.name in optional_names):
            continue
        edge_keys.setdefault((u, relation, v), data)
    hits_by_rel: dict[str, int] = defaultdict(int)
    pred_by_rel: dict[str, int] = defaultdict(int)
    rule_hits: dict[str, int] = defaultdict(int)
    rule_pred: dict[str, int] = defaultdict(int)
    credited_rel: set[tuple[str, str, str]] = set()
    rel_fps = []
    for (u, relation, v), data in sorted(edge_keys.items()):
        pred_by_rel[relation] += 1
        rules = str(data.get("rule", "")).split("|") if data.get("rule") else ["?"]
        for r in rules:
            rule_pred[r] += 1
        eu, ev = node_match.get(u), node_match.get(v)
        triple = (eu.name, relation, ev.name) if eu and ev else None
        if triple in gold_set and triple not in credited_rel:
            credited_rel.add(triple)
            hits_by_rel[relation] += 1
            for r in rules:
                rule_hits[r] += 1
        else:
            rel_fps.append({
                "source": str(graph.nodes[u].get("label", u)),
                "relation": relation,
                "target": str(graph.nodes[v].get("label", v)),
                "rule": str(data.get("rule", "")),
                "evidence": str(data.get("evidence", "")),
            })
    gold_by_rel: dict[str, int] = defaultdict(int)
    for _, relation, _ in gold_set:  # a relation listed twice in the gold file counts once
        gold_by_rel[relation] += 1
    relations = scores(len(credited_rel), len(edge_keys), len(gold_set))
    per_relation = {
        r: scores(hits_by_rel[r], pred_by_rel[r], gold_by_rel[r])
        for r in sorted(set(gold_by_rel) | set(pred_by_rel))
    }
    per_rule = {
        r: {"precision": round(rule_hits[r] / rule_pred[r], 4), "hits": rule_hits[r], "edges": rule_pred[r]}
        for r in sorted(rule_pred)
    }
    return Evaluation(
        entities_untyped=untyped,
        entities_typed=typed,
        duplicates=len(dups),
        relations=relations,
        per_relation=per_relation,
        per_type=per_type,
        false_positives=fps,
        misses=misses,
        duplicate_nodes=dups,
        wrong_types=wrong,
        relation_false_positives=rel_fps,
        relation_misses=[list(t) for t in sorted(gold_set - credited_rel)],
        per_rule=per_rule,
    )
