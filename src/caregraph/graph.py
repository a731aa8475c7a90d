"""Graph: assemble the per-document results into one NetworkX graph, as the ontology says.

Entities are merged across documents (resolve.merge_entities); every node gets a stable id
made from its type and label; relations are mapped onto the merged nodes, checked against the
ontology's types again, and parallel edges of one relation are merged (weights summed,
documents unioned, the first evidence kept). Document nodes link to what they mention.
Everything is sorted, so the same results give the same graph.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import networkx as nx

from .config import Schema
from .names import normalise_key
from .records import DocResult, Entity, Relation
from .resolve import merge_entities

DOCUMENT = "Document"
MENTIONS = "MENTIONS"


def slug(text: str) -> str:
    """An NMTOKEN-safe, readable id part: ascii letters, digits and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower() or "x"


@dataclass(slots=True)
class _EdgeAcc:
    relation: str
    weight: int = 0
    evidence: str = ""
    documents: set[str] = field(default_factory=set)
    confidence: float = 0.0
    rules: set[str] = field(default_factory=set)
    role: str | None = None
    predicate: str | None = None


def build_graph(results: Sequence[DocResult], schema: Schema) -> nx.MultiDiGraph:
    """One graph from per-document results (in any order: they are sorted by id)."""
    results = sorted(results, key=lambda r: r.doc_id)
    local = [e for r in results for e in r.entities]
    merged, mapping = merge_entities(local, schema.entities)
    node_id = _node_ids(merged)
    entity_of = {e.key: e for e in merged}

    graph = nx.MultiDiGraph()
    for entity in sorted(merged, key=lambda e: node_id[e.key]):
        graph.add_node(
            node_id[entity.key],
            label=entity.label,
            type=entity.type,
            aliases=list(entity.aliases),
            mentions=entity.mentions,
            documents=list(entity.documents),
            evidence=entity.evidence,
        )

    edges: dict[tuple[str, str, str], _EdgeAcc] = {}
    doc_nodes = _document_ids([r.doc_id for r in results], taken=set(graph.nodes))
    for result in results:
        doc_node = doc_nodes[result.doc_id]
        graph.add_node(
            doc_node,
            label=result.doc_id,
            type=DOCUMENT,
            path=result.path,
            sha256=result.sha256,
            length=result.length,
        )
        for entity in result.entities:
            target = node_id[mapping[entity.key]]
            acc = edges.setdefault((doc_node, MENTIONS, target), _EdgeAcc(MENTIONS))
            acc.weight += entity.mentions
            acc.documents.add(result.doc_id)
            acc.evidence = acc.evidence or entity.evidence
            acc.confidence = 1.0
            acc.rules.add("mention")
        for relation in result.relations:
            _add_relation(edges, relation, mapping, entity_of, node_id, schema)
    if schema.relations.located_heads:
        _located_by_name(edges, merged, node_id, schema.relations.located_heads)
    _apply_subsumption(edges, schema)

    for (u, rel, v), acc in sorted(edges.items()):
        attrs = {
            "relation": rel,
            "label": rel,
            "weight": float(acc.weight),
            "evidence": acc.evidence,
            "documents": sorted(acc.documents),
            "confidence": round(acc.confidence, 3),
            "rule": "|".join(sorted(acc.rules)),
        }
        if acc.role:
            attrs["role"] = acc.role
        if acc.predicate:
            attrs["predicate"] = acc.predicate
        graph.add_edge(u, v, key=rel, **attrs)
    return graph


def _node_ids(entities: Sequence[Entity]) -> dict[str, str]:
    ids: dict[str, str] = {}
    used: set[str] = set()
    for entity in sorted(entities, key=lambda e: (e.type, normalise_key(e.label), e.label, e.key)):
        base = f"{slug(entity.type)}-{slug(entity.label)}"
        candidate, n = base, 2
        while candidate in used:
            candidate, n = f"{base}-{n}", n + 1
        used.add(candidate)
        ids[entity.key] = candidate
    return ids


def _document_ids(doc_ids: Sequence[str], *, taken: set[str]) -> dict[str, str]:
    """Document node ids, unique even where two ids slug alike ("a b" and "a-b")."""
    ids: dict[str, str] = {}
    used = set(taken)
    for doc_id in sorted(set(doc_ids)):
        base = "document-" + slug(doc_id)
        candidate, n = base, 2
        while candidate in used:
            candidate, n = f"{base}-{n}", n + 1
        used.add(candidate)
        ids[doc_id] = candidate
    return ids


def _add_relation(
    edges: dict[tuple[str, str, str], _EdgeAcc],
    relation: Relation,
    mapping: dict[str, str],
    entity_of: dict[str, Entity],
    node_id: dict[str, str],
    schema: Schema,
) -> None:
    source = entity_of[mapping[relation.source]]
    target = entity_of[mapping[relation.target]]
    if source.key == target.key:
        return
    subject_types, object_types = schema.relations.signatures[relation.relation]
    if source.type not in subject_types or target.type not in object_types:
        return
    if relation.relation in schema.relations.same_type and source.type != target.type:
        return
    key = (node_id[source.key], relation.relation, node_id[target.key])
    acc = edges.setdefault(key, _EdgeAcc(relation.relation))
    acc.weight += 1
    acc.documents.add(relation.doc_id)
    if not acc.evidence:
        acc.evidence = relation.evidence
        acc.role = relation.role
        acc.predicate = relation.predicate
    acc.confidence = max(acc.confidence, relation.confidence)
    acc.rules.add(relation.rule)


def _located_by_name(
    edges: dict[tuple[str, str, str], _EdgeAcc],
    entities: Sequence[Entity],
    node_id: dict[str, str],
    heads: frozenset[str],
) -> None:
    """A local body whose name contains a place's whole name is located there."""
    places = [e for e in entities if e.type == "Place"]
    for org in entities:
        if org.type != "Organisation" or normalise_key(org.label).split()[-1] not in heads:
            continue
        words = f" {normalise_key(org.label)} "
        found = [p for p in places if f" {normalise_key(p.label)} " in words]
        # the most specific place only ("West Sussex", not also "Sussex")
        found = [p for p in found if not any(
            q is not p and f" {normalise_key(p.label)} " in f" {normalise_key(q.label)} " for q in found)]
        for place in found:
            key = (node_id[org.key], "LOCATED_IN", node_id[place.key])
            acc = edges.setdefault(key, _EdgeAcc("LOCATED_IN"))
            if acc.weight == 0:
                acc.weight = 1
                acc.evidence = org.evidence
                acc.documents.update(org.documents)
                acc.confidence = 0.7
            acc.rules.add("located-by-name")


def _apply_subsumption(edges: dict[tuple[str, str, str], _EdgeAcc], schema: Schema) -> None:
    """Drop a weaker relation where a stronger one links the same two nodes."""
    by_pair: dict[tuple[str, str], set[str]] = defaultdict(set)
    for u, rel, v in edges:
        by_pair[(u, v)].add(rel)
    for (u, v), rels in by_pair.items():
        for strong in sorted(rels):
            for weak in schema.relations.subsumes.get(strong, ()):
                if weak in rels and weak != strong:
                    edges.pop((u, weak, v), None)
