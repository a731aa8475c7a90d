"""Graph: assemble the per-document results into one graph, as the ontology says.

Results are folded in one at a time, in any order, as they arrive (GraphAssembler.add), and
only what the graph needs is kept: each document's mentions as small tuples, its relations,
and one summary per distinct (name, type) of local entity; the results themselves are let go.
At the end (finish) the summaries are merged across documents (resolve.merge_entities: a
summary stands for every local entity with that name and type, which the merge would join
anyway), a known body no text names by its gazetteer name is labelled by a form the texts
write (graph/labels.py), the curation file's corrections are applied (graph/curation.py), every
node gets a stable id made from its label (a relabelled body's from the gazetteer name), never
its type (graph/ids.py), relations are mapped onto the merged nodes (an edge whose ends the
corpus-wide vote typed otherwise than its document did is kept and flagged `type_conflict`,
never dropped), and parallel edges of one relation are merged (weights summed, documents
unioned, the evidence of the first document kept). Document nodes link to what they mention;
those edges are made document by document while the graph is written, never all held at once.

Everything is sorted, so the same results give the same graph, whatever their order.
AssembledGraph streams itself as GraphML or becomes a NetworkX graph for the other formats.
"""

from __future__ import annotations

import heapq
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ..core.ontology import DOCUMENT, INITIATIVE, LOCATED_IN, MENTIONS, ORGANISATION, PLACE, RUNS
from ..core.records import DocMetadata, DocResult, Entity
from ..core.schema import Schema
from ..core.text import council_style_place, key_words, normalise_key
from ..extract.resolve import bare_kind_nouns, merge_entities
from .curation import Curated, Curation, EdgeOp, apply_curation, id_node_ids
from .ids import document_ids
from .labels import written_labels
from .view import GraphRows, Row

if TYPE_CHECKING:
    import networkx as nx


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
    type_conflict: str | None = None    # the ends' types no longer fit the relation
    curation: str | None = None         # an edge the curation file added: its file and line
    page: int | None = None          # the page of `evidence` (paged formats)
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
        if self.page is not None:
            attrs["page"] = self.page
        if self.role:
            attrs["role"] = self.role
        if self.predicate:
            attrs["predicate"] = self.predicate
        if self.type_conflict:
            attrs["type_conflict"] = self.type_conflict
        if self.curation:
            attrs["curated"] = True
            attrs["curation"] = self.curation
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
    page: int | None = None
    mentions: int = 0
    aliases: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    votes: dict[str, Fraction] = field(default_factory=dict)
    written: Counter[str] = field(default_factory=Counter)

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
            page=self.page,
        )


@dataclass(frozen=True, slots=True)
class _Doc:
    path: str
    sha256: str
    length: int
    mentions: tuple[tuple[int, int, str, int | None], ...]   # (summary index, mentions, evidence, page)
    metadata: DocMetadata = DocMetadata()


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
    page: int | None
    quote: str | None = None


class GraphAssembler:
    """Folds per-document results into a graph; `finish` gives the AssembledGraph."""

    def __init__(self, schema: Schema, *, curation: Curation | None = None) -> None:
        self.schema = schema
        self.curation = curation
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
            mentions.append((index, entity.mentions, intern(entity.evidence), entity.page))
        self._docs.setdefault(doc_id, []).append(
            _Doc(result.path, result.sha256, result.length, tuple(mentions), result.metadata))
        for order, relation in enumerate(result.relations):
            source, target = local.get(relation.source), local.get(relation.target)
            if source is None or target is None:
                continue
            self._said.append(_Said(
                doc_id, order, source, target, intern(relation.relation), intern(relation.evidence),
                intern(relation.rule), relation.confidence, relation.role, relation.predicate, relation.page,
                relation.quote))

    def _summary(self, entity: Entity, doc_id: str) -> int:
        ident = (entity.label, entity.type)
        index = self._index.get(ident)
        if index is None:
            index = self._index[ident] = len(self._summaries)
            self._summaries.append(_Summary(
                label=sys.intern(entity.label), type=sys.intern(entity.type), key=entity.key,
                first=doc_id, evidence=entity.evidence, page=entity.page))
        summary = self._summaries[index]
        first = entity.documents[0] if entity.documents else doc_id
        if (first, entity.key) < (summary.first, summary.key):
            summary.first, summary.key, summary.evidence = first, entity.key, entity.evidence
            summary.page = entity.page
        summary.mentions += entity.mentions
        summary.aliases.update(entity.aliases)
        summary.documents.update(entity.documents or (doc_id,))
        for type_, weight in entity.votes:
            summary.votes[type_] = summary.votes.get(type_, 0) + Fraction(weight)
        # the forms the texts write (a name the text writes labels the local entity)
        summary.written.update(dict(entity.written) or {entity.label: entity.mentions})
        return index

    def finish(self) -> AssembledGraph:
        schema = self.schema
        summaries = [s.entity() for s in self._summaries]
        merged, mapping = merge_entities(summaries, schema.entities)
        # a kind noun alone ("Panel") that no merge joined to a name: no node, no edges
        bare = bare_kind_nouns(merged, schema.entities)
        merged = [e for e in merged if e.key not in bare]
        # a known body labelled by a form its texts write, the entry's name kept for its id
        written: dict[str, Counter[str]] = defaultdict(Counter)
        for summary in self._summaries:
            if (key := mapping[summary.key]) not in bare:
                written[key].update(summary.written)
        shown = written_labels(merged, written, schema.entities)
        id_labels = {e.key: was.label for e, was in zip(shown, merged, strict=True) if e.label != was.label}
        # the analyst's corrections, made to the labels the graph shows: before ids are made
        curated = (apply_curation(self.curation, shown, types=schema.entities.types, id_labels=id_labels)
                   if self.curation is not None else Curated(entities=list(shown), remap={}, id_labels=id_labels))
        entities = curated.entities
        node_id = id_node_ids(entities, curated.id_labels)
        keys = [None if mapping[s.key] in bare else curated.key(mapping[s.key]) for s in summaries]
        node_of = [node_id[k] if k is not None else None for k in keys]
        entity_of = {node_id[e.key]: e for e in entities}

        edges: dict[tuple[str, str, str], _EdgeAcc] = {}
        for said in sorted(self._said, key=lambda s: (s.doc_id, s.order)):
            source, target = node_of[said.source], node_of[said.target]
            if source is not None and target is not None:
                _add_relation(edges, said, source, target, entity_of, schema)
        if schema.relations.located_heads:
            local = frozenset(normalise_key(e.name) for e in schema.gazetteer if e.group and e.type == PLACE and not e.common)
            _located_by_name(edges, entities, node_id, schema.relations.located_heads,
                             regions=frozenset(normalise_key(r) for r in schema.relations.located_regions),
                             modifiers=schema.entities.place_modifiers - _BEFORE_PLACE - _NOT_MODIFIERS,
                             initiative_heads=frozenset(w for w, t in schema.entities.heads.items() if t == INITIATIVE),
                             local_places=local, council_styles=schema.entities.council_styles)
            # the areas of one council each: the local areas but the regions and the metropolitan
            # counties, whose programmes are regional
            areas = local - {normalise_key(r) for r in schema.relations.located_regions | schema.relations.regional_areas}
            _run_by_name(edges, entities, node_id, councils_areas=areas)
            _area_council_runs(edges, entity_of, councils_areas=areas)
        _apply_subsumption(edges, schema)
        warnings = list(curated.warnings)
        for edge_op in curated.edge_ops:
            _apply_edge_op(edges, edge_op, node_id, entity_of, schema, warnings)
        doc_nodes = document_ids(list(self._docs), taken=set(entity_of))
        return AssembledGraph(
            entities=[(node_id[e.key], e) for e in entities],
            # two inputs with one id (rare): their parts in an order of their own
            documents={doc_nodes[d]: (d, sorted(parts, key=lambda p: (p.path, p.sha256)))
                       for d, parts in self._docs.items()},
            node_of=node_of,
            relations=sorted(edges.items()),
            curated={node_id[k]: tuple(where) for k, where in curated.touched.items() if k in node_id},
            curation_warnings=warnings,
        )


class AssembledGraph(GraphRows):
    """The finished graph: entity and document nodes, relation edges, and the mention edges
    of each document made when asked for. Nodes and edges come out sorted by id (view.GraphRows)."""

    def __init__(
        self,
        *,
        entities: list[tuple[str, Entity]],
        documents: dict[str, tuple[str, list[_Doc]]],
        node_of: list[str | None],
        relations: list[tuple[tuple[str, str, str], _EdgeAcc]],
        curated: dict[str, tuple[str, ...]] | None = None,
        curation_warnings: Sequence[str] = (),
    ) -> None:
        self._entities = dict(entities)
        self._curated = curated or {}
        # curation operations that matched nothing (or too much): warnings for the summary
        self.curation_warnings = list(curation_warnings)
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
                attrs: dict[str, Any] = {
                    "label": entity.label,
                    "type": entity.type,
                    "aliases": list(entity.aliases),
                    "mentions": entity.mentions,
                    "documents": list(entity.documents),
                    "evidence": entity.evidence,
                }
                if node in self._curated:
                    attrs["curated"] = True
                    attrs["curation"] = list(self._curated[node])
                if entity.page is not None:
                    attrs["page"] = entity.page
                yield node, attrs
            else:
                doc_id, parts = self._documents[node]
                last = parts[-1]
                yield node, {"label": doc_id, "type": DOCUMENT, "path": last.path,
                             "sha256": last.sha256, "length": last.length, **dict(last.metadata.items())}

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
                for index, mentions, evidence, page in part.mentions:
                    target = self._node_of[index]
                    if target is None:     # dropped by the curation file
                        continue
                    acc = accs.setdefault(target, _EdgeAcc(MENTIONS, confidence=1.0))
                    acc.weight += mentions
                    if not acc.evidence:
                        acc.evidence, acc.page = evidence, page
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
            len({self._node_of[i] for part in parts for i, _, _, _ in part.mentions} - {None})
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


def assemble(results: Iterable[DocResult], schema: Schema, *, curation: Curation | None = None) -> AssembledGraph:
    assembler = GraphAssembler(schema, curation=curation)
    for result in results:
        assembler.add(result)
    return assembler.finish()


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
    acc = edges.get((source_id, said.relation, target_id))
    if acc is None:
        # each document checked the types it saw; a type the corpus-wide vote (or the curation
        # file) decided otherwise keeps the edge, flagged, rather than dropping it
        conflict = _type_conflict(said.relation, entity_of[source_id], entity_of[target_id], schema)
        acc = edges[(source_id, said.relation, target_id)] = _EdgeAcc(said.relation, type_conflict=conflict)
    acc.weight += 1
    acc.documents.add(said.doc_id)
    if not acc.evidence:
        acc.evidence = said.evidence
        acc.page = said.page
        acc.role = said.role
        acc.predicate = said.predicate
    if said.quote and not acc.quote:   # the first document's (in assembly order) that has one
        acc.quote = said.quote
    acc.confidence = max(acc.confidence, said.confidence)
    acc.rules.add(said.rule)


def _type_conflict(relation: str, source: Entity, target: Entity, schema: Schema) -> str | None:
    """Why the ends' types do not fit the relation's signature (None: they fit)."""
    subject_types, object_types = schema.relations.signatures[relation]
    problems = []
    if source.type not in subject_types:
        problems.append(f"subject is {source.type}, not {' or '.join(subject_types)}")
    if target.type not in object_types:
        problems.append(f"object is {target.type}, not {' or '.join(object_types)}")
    if relation in schema.relations.same_type and source.type != target.type:
        problems.append(f"{source.type} and {target.type} differ")
    return "; ".join(problems) or None


def _apply_edge_op(
    edges: dict[tuple[str, str, str], _EdgeAcc],
    edge_op: EdgeOp,
    node_id: dict[str, str],
    entity_of: dict[str, Entity],
    schema: Schema,
    warnings: list[str],
) -> None:
    """A curation file's `drop` or `add` of one edge, its ends already resolved to entities."""
    op = edge_op.op
    source, target = node_id.get(edge_op.source), node_id.get(edge_op.target)
    if source is None or target is None:   # an end dropped by a later operation
        warnings.append(f"{op.where}: {op.describe()}: an end of the edge was dropped")
        return
    relation = op.edge[1] if op.edge else ""
    key = (source, relation, target)
    if op.op == "drop":
        if edges.pop(key, None) is None:
            warnings.append(f"{op.where}: {op.describe()}: no such edge")
        return
    acc = edges[key] = _EdgeAcc(relation, weight=1, evidence=op.note or "", confidence=1.0,
                                rules={"curation"}, curation=op.where)
    acc.type_conflict = _type_conflict(relation, entity_of[source], entity_of[target], schema)


def _located_by_name(
    edges: dict[tuple[str, str, str], _EdgeAcc],
    entities: Sequence[Entity],
    node_id: dict[str, str],
    heads: frozenset[str],
    *,
    modifiers: frozenset[str] = frozenset(),
    initiative_heads: frozenset[str] = frozenset(),
    local_places: frozenset[str] = frozenset(),
    regions: frozenset[str] = frozenset(),
    council_styles: frozenset[str] = frozenset(),
) -> None:
    """A local body whose name contains a place's whole name is located there; so is a council
    named by its style, "of" and the place ("London Borough of Westby", `council_styles`); so is a body
    whose name ends with a place's whole name after a word of its own, a national or regional
    body or branch ("Harbour Trust England", "Social Care Westshire", "Adopt North Westshire"; not "the
    Commissioner for Westshire", whose place follows a preposition, nor a heading in capitals);
    and a programme whose name opens with a place's whole name and goes on with a word of its own
    that is no preposition or conjunction ("Eastborough Family Hubs", "Westshire Harbour Pilot",
    "North Westshire Steps Together"; not "Westshire and Eastby Hubs", "Westshire for Families"), a
    one-word place's name only before a programme's head noun (`initiative_heads`: "Eastby Family
    Hubs") unless the place is a local authority's area (`local_places`, keys: the gazetteer's
    groups, not its common words) or ends with one
    of the `regions` (keys) after a word of its own, as a regional hub's does ("Fostering North
    Westshire", "Foster with the Eastern Region"; a programme named after one council's area is
    the council's service, which runs it). Not a place
    inside another's name after a word of `modifiers` ("North East Westshire Council" is not in
    "Westshire")."""
    places = [e for e in entities if e.type == PLACE]
    for org in entities:
        words_of = key_words(org.label)
        if org.type == INITIATIVE:
            found = [p for p in places if _opens_with_place(
                org.label, words_of, key_words(p.label), None if normalise_key(p.label) in local_places else initiative_heads)
                     or (normalise_key(p.label) in regions
                         and _named_after_place(org.label, words_of, key_words(p.label)))]
        elif org.type != ORGANISATION:
            continue
        elif words_of[-1] not in heads:
            found = [p for p in places if _named_after_place(org.label, words_of, key_words(p.label))
                     or _council_of_place(words_of, key_words(p.label), council_styles)]
        else:
            found = [p for p in places if _contains_place(words_of, key_words(p.label), modifiers)]
        # the most specific place only ("West Sussex", not also "Sussex")
        found = [p for p in found if not any(
            q is not p and f" {normalise_key(p.label)} " in f" {normalise_key(q.label)} " for q in found)]
        for place in found:
            _name_edge(edges, (node_id[org.key], LOCATED_IN, node_id[place.key]), org, "located-by-name")


def _council_of_place(words: Sequence[str], place: Sequence[str], council_styles: frozenset[str]) -> bool:
    """Is the name a council's style, "of" and the place's whole name ("London Borough of Westby")?"""
    return bool(place) and council_style_place(words, council_styles) == list(place)


def _name_edge(edges: dict[tuple[str, str, str], _EdgeAcc], key: tuple[str, str, str], named: Entity, rule: str) -> None:
    """An edge a name states ("Westby Carers Trust" is located in Westby): its evidence is the
    named entity's, weight 1 and confidence 0.7 unless a sentence already gave it."""
    acc = edges.setdefault(key, _EdgeAcc(key[1]))
    if acc.weight == 0:
        acc.weight = 1
        acc.evidence = named.evidence
        acc.page = named.page
        acc.documents.update(named.documents)
        acc.confidence = 0.7
    acc.rules.add(rule)


def _run_by_name(
    edges: dict[tuple[str, str, str], _EdgeAcc],
    entities: Sequence[Entity],
    node_id: dict[str, str],
    *,
    councils_areas: frozenset[str],
) -> None:
    """A programme named after one council's area is that council's service, and the area runs it:
    its name opens with the area's whole name and goes on with a word of its own that is no
    preposition or conjunction ("Eastborough Steps Together"), or ends with it after such a word
    ("Families First Eastborough"). Only the areas of one council (`councils_areas`: keys of the
    gazetteer's local areas, not a region nor a metropolitan county, whose programmes are
    regional: "Fostering North Westshire" is located there); not a heading in capitals."""
    places = [e for e in entities if e.type == PLACE and normalise_key(e.label) in councils_areas]
    for programme in entities:
        if programme.type != INITIATIVE:
            continue
        words = key_words(programme.label)
        for place in places:
            area = key_words(place.label)
            if not (_opens_with_place(programme.label, words, area, None)
                    or _named_after_place(programme.label, words, area)):
                continue
            _name_edge(edges, (node_id[place.key], RUNS, node_id[programme.key]), programme, "runs-by-name")


_COUNCIL = "council"


def _area_council_runs(
    edges: dict[tuple[str, str, str], _EdgeAcc],
    entity_of: dict[str, Entity],
    *,
    councils_areas: frozenset[str],
) -> None:
    """A council area that runs a programme runs it through its council: where a page that says
    the area runs it ("Eastborough will take part in the Y pilot") names the area's council too
    (a body whose name holds the area's, LOCATED_IN it by name: "Eastborough Borough Council",
    "City of Eastborough Council"), the council runs it as well, on that page's word. Only one
    council of the area on the page, and only an area of one council (`councils_areas`: not a
    region, whose name a council's may begin with)."""
    councils: dict[str, list[str]] = defaultdict(list)
    for (u, relation, v), acc in edges.items():
        if (relation == LOCATED_IN and "located-by-name" in acc.rules and entity_of[u].type == ORGANISATION
                and key_words(entity_of[u].label)[-1:] == [_COUNCIL]):
            councils[v].append(u)
    added: dict[tuple[str, str, str], _EdgeAcc] = {}
    for (u, relation, v), acc in edges.items():
        area = entity_of[u]
        if relation != RUNS or area.type != PLACE or normalise_key(area.label) not in councils_areas:
            continue
        for council in councils.get(u, ()):
            pages = acc.documents & set(entity_of[council].documents)
            others = [c for c in councils[u] if c != council and acc.documents & set(entity_of[c].documents)]
            key = (council, RUNS, v)
            if not pages or others or key in edges:
                continue
            new = added.setdefault(key, _EdgeAcc(RUNS, evidence=acc.evidence, page=acc.page, confidence=0.7))
            new.weight += 1
            new.documents.update(pages)
            new.rules.add("runs-area-council")
    edges.update(added)


# words after which a place's name says what a body is for or about, not where it is
_BEFORE_PLACE = frozenset({"for", "of", "in", "across", "throughout", "to", "from", "the", "and", "&"})


# place words that name the place itself, not a part of it ("City of Westby", "the Westby Isles")
_NOT_MODIFIERS = frozenset({"all", "city", "county"})


def _contains_place(words: list[str], place: list[str], modifiers: frozenset[str]) -> bool:
    """Whether a body's name holds a place's whole name, not after a word that makes another
    place of it ("North East Westshire", "Greater Westby")."""
    n = len(place)
    return bool(place) and any(words[i : i + n] == place and (i == 0 or words[i - 1] not in modifiers)
                               for i in range(len(words) - n + 1))


def _opens_with_place(label: str, words: list[str], place: list[str], heads: frozenset[str] | None) -> bool:
    """Whether a programme's name is a place's whole name and a word or more of its own, the first
    no preposition or conjunction ("Eastborough Family Hubs", "North Westshire Steps Together"; not
    "Westshire and Eastby Hubs", "Eastborough for Families", "Westshire with Families"); after a
    one-word place, with `heads` (a place no local authority's area), the name ends in one of
    them, a programme's head noun ("Eastby Family Hubs"; not "Eastby Steps Together": one
    capitalised word is too often a name's first word, or a word NER took for a place); not a
    heading in capitals."""
    n = len(place)
    if not place or len(words) <= n or words[:n] != place or words[n] in _BEFORE_PROGRAMME_PLACE:
        return False
    if n == 1 and heads is not None and words[-1] not in heads:
        return False
    letters = [c for c in label if c.isalpha()]
    return not (len(label.split()) > 2 and all(c.isupper() for c in letters))


# after a place opening a programme's name, words that say what it is for or with ("Westshire
# with Families", "Eastborough on Track", "Westshire at Home"), besides _BEFORE_PLACE's (a name that
# ends with a place keeps "with" before it: "Foster with the Eastern Region", _named_after_place)
_BEFORE_PROGRAMME_PLACE = _BEFORE_PLACE | frozenset({"with", "on", "at"})


def _named_after_place(label: str, words: list[str], place: list[str]) -> bool:
    """Whether a body's name ends with a place's whole name after a word of its own that is no
    preposition or conjunction; three words or more in capitals are a heading, no body's name."""
    n = len(place)
    if not place or len(words) <= n or words[-n:] != place or words[-n - 1] in _BEFORE_PLACE:
        return False
    letters = [c for c in label if c.isalpha()]
    return not (len(label.split()) > 2 and all(c.isupper() for c in letters))


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
