"""Graph: assemble the per-document results into one graph, as the ontology says.

Results are folded in one at a time, in any order, as they arrive (GraphAssembler.add), and
only what the graph needs is kept: each document's mentions as small tuples, its relations,
and one summary per distinct (name, type) of local entity; the results themselves are let go.
At the end (finish) the summaries are merged across documents (resolve.merge_entities: a
summary stands for every local entity with that name and type, which the merge would join
anyway), every node gets a stable id made from its type and label, relations are mapped onto
the merged nodes, checked against the ontology's types again, and parallel edges of one
relation are merged (weights summed, documents unioned, the evidence of the first document
kept). Document nodes link to what they mention; those edges are made document by document
while the graph is written, never all held at once.

Everything is sorted, so the same results give the same graph, whatever their order.
AssembledGraph streams itself as GraphML or becomes a NetworkX graph for the other formats.
"""

from __future__ import annotations

import heapq
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ..core.ontology import DOCUMENT, LOCATED_IN, MENTIONS, ORGANISATION, PLACE
from ..core.records import DocResult, Entity
from ..core.schema import Schema
from ..core.text import normalise_key, unique_id
from ..extract.resolve import merge_entities
from .view import GraphRows, Row

if TYPE_CHECKING:
    import networkx as nx




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
    quote: str | None = None

    def attributes(self) -> dict[str, Any]:
        attrs: dict[str, Any] = {
            "relation": self.relation,
            "label": self.relation,
            "weight": float(self.weight),
            "evidence": self.evidence,
            "documents": sorted(self.documents),
            "confidence": round(self.confidence, 3),
            "rule": "|".join(sorted(self.rules)),
        }
        if self.role:
            attrs["role"] = self.role
        if self.predicate:
            attrs["predicate"] = self.predicate
        if self.quote:
            attrs["quote"] = self.quote
        return attrs


@dataclass(slots=True)
class _Summary:
    """Every local entity of one name and type, across documents: what the merge needs.
    `key` and `evidence` are those of the local entity first by (document, key)."""

    label: str
    type: str
    key: str
    first: str
    evidence: str
    mentions: int = 0
    aliases: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    votes: dict[str, Fraction] = field(default_factory=dict)

    def entity(self) -> Entity:
        return Entity(
            key=self.key,
            label=self.label,
            type=self.type,
            aliases=tuple(sorted(self.aliases)),
            mentions=self.mentions,
            documents=tuple(sorted(self.documents)),
            evidence=self.evidence,
            # exact sums, so the order results arrive in cannot change a type by a rounding
            votes=tuple(sorted((t, float(w)) for t, w in self.votes.items())),
        )


@dataclass(frozen=True, slots=True)
class _Doc:
    path: str
    sha256: str
    length: int
    mentions: tuple[tuple[int, int, str], ...]      # (summary index, mentions, evidence)


@dataclass(frozen=True, slots=True)
class _Said:
    """A relation as a document said it, between two summaries."""

    doc_id: str
    order: int
    source: int
    target: int
    relation: str
    evidence: str
    rule: str
    confidence: float
    role: str | None
    predicate: str | None
    quote: str | None = None


class GraphAssembler:
    """Folds per-document results into a graph; `finish` gives the AssembledGraph."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self._index: dict[tuple[str, str], int] = {}
        self._summaries: list[_Summary] = []
        self._docs: dict[str, list[_Doc]] = {}
        self._said: list[_Said] = []

    def add(self, result: DocResult) -> None:
        intern = sys.intern
        doc_id = intern(result.doc_id)
        local: dict[str, int] = {}
        mentions = []
        for entity in result.entities:
            index = self._summary(entity, doc_id)
            local[entity.key] = index
            mentions.append((index, entity.mentions, intern(entity.evidence)))
        self._docs.setdefault(doc_id, []).append(
            _Doc(result.path, result.sha256, result.length, tuple(mentions)))
        for order, relation in enumerate(result.relations):
            source, target = local.get(relation.source), local.get(relation.target)
            if source is None or target is None:
                continue
            self._said.append(_Said(
                doc_id, order, source, target, intern(relation.relation), intern(relation.evidence),
                intern(relation.rule), relation.confidence, relation.role, relation.predicate, relation.quote))

    def _summary(self, entity: Entity, doc_id: str) -> int:
        ident = (entity.label, entity.type)
        index = self._index.get(ident)
        if index is None:
            index = self._index[ident] = len(self._summaries)
            self._summaries.append(_Summary(
                label=sys.intern(entity.label), type=sys.intern(entity.type), key=entity.key,
                first=doc_id, evidence=entity.evidence))
        summary = self._summaries[index]
        first = entity.documents[0] if entity.documents else doc_id
        if (first, entity.key) < (summary.first, summary.key):
            summary.first, summary.key, summary.evidence = first, entity.key, entity.evidence
        summary.mentions += entity.mentions
        summary.aliases.update(entity.aliases)
        summary.documents.update(entity.documents or (doc_id,))
        for type_, weight in entity.votes:
            summary.votes[type_] = summary.votes.get(type_, 0) + Fraction(weight)
        return index

    def finish(self) -> AssembledGraph:
        schema = self.schema
        summaries = [s.entity() for s in self._summaries]
        merged, mapping = merge_entities(summaries, schema.entities)
        node_id = _node_ids(merged)
        node_of = [node_id[mapping[s.key]] for s in summaries]
        entity_of = {node_id[e.key]: e for e in merged}

        edges: dict[tuple[str, str, str], _EdgeAcc] = {}
        for said in sorted(self._said, key=lambda s: (s.doc_id, s.order)):
            _add_relation(edges, said, node_of[said.source], node_of[said.target], entity_of, schema)
        if schema.relations.located_heads:
            _located_by_name(edges, merged, node_id, schema.relations.located_heads)
        _apply_subsumption(edges, schema)

        doc_nodes = _document_ids(list(self._docs), taken=set(entity_of))
        return AssembledGraph(
            entities=[(node_id[e.key], e) for e in merged],
            # two inputs with one id (rare): their parts in an order of their own
            documents={doc_nodes[d]: (d, sorted(parts, key=lambda p: (p.path, p.sha256)))
                       for d, parts in self._docs.items()},
            node_of=node_of,
            relations=sorted(edges.items()),
        )


class AssembledGraph(GraphRows):
    """The finished graph: entity and document nodes, relation edges, and the mention edges
    of each document made when asked for. Nodes and edges come out sorted by id (view.GraphRows)."""

    def __init__(
        self,
        *,
        entities: list[tuple[str, Entity]],
        documents: dict[str, tuple[str, list[_Doc]]],
        node_of: list[str],
        relations: list[tuple[tuple[str, str, str], _EdgeAcc]],
    ) -> None:
        self._entities = dict(entities)
        self._documents = documents
        self._node_of = node_of
        self._relations = relations
        self._node_ids = sorted([*self._entities, *documents])

    def number_of_nodes(self) -> int:
        return len(self._node_ids)

    def nodes(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(id, attributes) of every node, sorted by id."""
        for node in self._node_ids:
            entity = self._entities.get(node)
            if entity is not None:
                yield node, {
                    "label": entity.label,
                    "type": entity.type,
                    "aliases": list(entity.aliases),
                    "mentions": entity.mentions,
                    "documents": list(entity.documents),
                    "evidence": entity.evidence,
                }
            else:
                doc_id, parts = self._documents[node]
                last = parts[-1]
                yield node, {"label": doc_id, "type": DOCUMENT, "path": last.path,
                             "sha256": last.sha256, "length": last.length}

    def edges(self) -> Iterator[Row]:
        """(source, target, relation, attributes) of every edge, sorted by (source, relation,
        target): the relation edges merged with each document's mention edges."""
        relations = ((u, v, rel, acc.attributes()) for (u, rel, v), acc in self._relations)
        return heapq.merge(relations, self._mention_edges(), key=lambda row: (row[0], row[2], row[1]))

    def _mention_edges(self) -> Iterator[Row]:
        for node in sorted(self._documents):
            doc_id, parts = self._documents[node]
            accs: dict[str, _EdgeAcc] = {}
            for part in parts:
                for index, mentions, evidence in part.mentions:
                    acc = accs.setdefault(self._node_of[index], _EdgeAcc(MENTIONS, confidence=1.0))
                    acc.weight += mentions
                    acc.evidence = acc.evidence or evidence
                    acc.documents.add(doc_id)
                    acc.rules.add("mention")
            for target in sorted(accs):
                yield node, target, MENTIONS, accs[target].attributes()

    def counts(self) -> tuple[Counter[str], Counter[str]]:
        """Nodes by type and edges by relation."""
        types = Counter(e.type for e in self._entities.values())
        types[DOCUMENT] += len(self._documents)
        relations = Counter(rel for (_, rel, _), _acc in self._relations)
        relations[MENTIONS] += sum(
            len({self._node_of[i] for part in parts for i, _, _ in part.mentions})
            for _, parts in self._documents.values())
        return types, relations

    def to_networkx(self) -> nx.MultiDiGraph:
        import networkx as nx

        graph = nx.MultiDiGraph()
        for node, attrs in self.nodes():
            graph.add_node(node, **attrs)
        for u, v, rel, attrs in self.edges():
            graph.add_edge(u, v, key=rel, **attrs)
        return graph


def build_graph(results: Iterable[DocResult], schema: Schema) -> nx.MultiDiGraph:
    """One NetworkX graph from per-document results (in any order)."""
    return assemble(results, schema).to_networkx()


def assemble(results: Iterable[DocResult], schema: Schema) -> AssembledGraph:
    assembler = GraphAssembler(schema)
    for result in results:
        assembler.add(result)
    return assembler.finish()


def _node_ids(entities: Sequence[Entity]) -> dict[str, str]:
    ids: dict[str, str] = {}
    used: set[str] = set()
    for entity in sorted(entities, key=lambda e: (e.type, normalise_key(e.label), e.label, e.key)):
        ids[entity.key] = unique_id(f"{slug(entity.type)}-{slug(entity.label)}", used)
    return ids


def _document_ids(doc_ids: Sequence[str], *, taken: set[str]) -> dict[str, str]:
    """Document node ids, unique even where two ids slug alike ("a b" and "a-b")."""
    ids: dict[str, str] = {}
    used = set(taken)
    for doc_id in sorted(set(doc_ids)):
        ids[doc_id] = unique_id("document-" + slug(doc_id), used)
    return ids


def _add_relation(
    edges: dict[tuple[str, str, str], _EdgeAcc],
    said: _Said,
    source_id: str,
    target_id: str,
    entity_of: dict[str, Entity],
    schema: Schema,
) -> None:
    if source_id == target_id:
        return
    source, target = entity_of[source_id], entity_of[target_id]
    subject_types, object_types = schema.relations.signatures[said.relation]
    if source.type not in subject_types or target.type not in object_types:
        return
    if said.relation in schema.relations.same_type and source.type != target.type:
        return
    acc = edges.setdefault((source_id, said.relation, target_id), _EdgeAcc(said.relation))
    acc.weight += 1
    acc.documents.add(said.doc_id)
    if not acc.evidence:
        acc.evidence = said.evidence
        acc.role = said.role
        acc.predicate = said.predicate
    if said.quote and not acc.quote:   # the first document's (in assembly order) that has one
        acc.quote = said.quote
    acc.confidence = max(acc.confidence, said.confidence)
    acc.rules.add(said.rule)
def _located_by_name(
    edges: dict[tuple[str, str, str], _EdgeAcc],
    entities: Sequence[Entity],
    node_id: dict[str, str],
    heads: frozenset[str],
) -> None:
    """A local body whose name contains a place's whole name is located there."""
    places = [e for e in entities if e.type == PLACE]
    for org in entities:
        if org.type != ORGANISATION or normalise_key(org.label).split()[-1] not in heads:
            continue
        words = f" {normalise_key(org.label)} "
        found = [p for p in places if f" {normalise_key(p.label)} " in words]
        # the most specific place only ("West Sussex", not also "Sussex")
        found = [p for p in found if not any(
            q is not p and f" {normalise_key(p.label)} " in f" {normalise_key(q.label)} " for q in found)]
        for place in found:
            key = (node_id[org.key], LOCATED_IN, node_id[place.key])
            acc = edges.setdefault(key, _EdgeAcc(LOCATED_IN))
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
