"""Relations: typed, directed statements between entities, read from the dependency parse by
the rules of schemas/relations.yaml, each with the sentence that says it.

A rule names a *kind* (a domain-neutral shape such as "a verb with its subject and object",
registered in registry.KINDS by the modules of kinds/) and the trigger words that anchor it.
`compile_rules` checks every pattern's kind before any work; `find_relations` runs the
patterns over one document's index (context.Context). The ontology's subject and object types
are enforced here and again when the graph is assembled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from ...core.ontology import ORGANISATION, PERSON, PLACE, RELATED_TO, ROLE_AT
from ...core.records import Entity, Mention, Relation
from ...core.schema import Schema
from ...core.text import compact_key, normalise_key
from ..kind_names import check_rule_kinds
from ..syntax import sent_of
from . import kinds  # noqa: F401 - registers every rule kind
from .context import Context, head_word
from .learned import active_model, learned_relations, recording
from .quotes import find_quotes, speaker, speaker_body
from .registry import KINDS, RuleFn
from .voice import voice_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..proposals import RecommendationItem


def compile_rules(schema: Schema) -> tuple[RuleFn, ...]:
    """The rule function of each pattern, in the schema's order; a SchemaError naming the
    file and key path (`relations.yaml: patterns[4].kind: unknown kind ...`) for a kind that
    no module registered."""
    check_rule_kinds(schema)
    return tuple(KINDS[pattern.kind] for pattern in schema.relations.patterns)


def find_relations(
    doc: Doc,
    mentions: Sequence[Mention],
    mention_keys: Sequence[str],
    entities: Sequence[Entity],
    schema: Schema,
    *,
    doc_id: str,
    evidence_of: Callable[[int, int], str],
    proposals: Sequence[RecommendationItem] = (),
    publisher: str | None = None,
) -> list[Relation]:
    """Every relation the schema's rules find in one document, typed, in text order;
    `publisher` is the name the file's own metadata gives its publisher (voice.py). The learned
    pair classifier (learned.py) adds its edges only when $CAREGRAPH_PAIR_MODEL names a weight
    file (off by default; it did not beat the rules, tools/learned_relations.md)."""
    ctx = Context(doc, mentions, mention_keys, entities, schema, evidence_of, proposals)
    ctx.quotes = find_quotes(ctx)
    ctx.speaker_body = partial(speaker_body, ctx)
    ctx.speaker = partial(speaker, ctx)
    ctx.publisher = publisher
    ctx.voice = partial(voice_of, ctx)
    signatures = schema.relations.signatures
    posts = _posts(entities, schema)
    found: list[tuple[int, Relation]] = []
    seen: set[tuple[str, str, str, int]] = set()
    for pattern, rule in zip(schema.relations.patterns, compile_rules(schema), strict=True):
        subj_ok, obj_ok = signatures[pattern.relation]
        for match in rule(ctx, pattern):
            anchor = match.anchor
            for s in match.subjects:
                for o in match.objects:
                    source, target = (o, s) if pattern.inverse else (s, o)
                    if source.key == target.key or source.key in posts or target.key in posts:
                        continue
                    if source.type not in subj_ok or target.type not in obj_ok:
                        continue
                    if pattern.relation in schema.relations.same_type and source.type != target.type:
                        continue
                    if pattern.relation in schema.relations.national_relations and _national(ctx, source.key, schema):
                        continue
                    marker = (source.key, pattern.relation, target.key, sent_of(anchor).start)
                    if marker in seen:
                        continue
                    seen.add(marker)
                    confidence = pattern.confidence - (0.1 if (s.via_reference or o.via_reference) else 0.0)
                    found.append(
                        (
                            anchor.i,
                            Relation(
                                source=source.key,
                                target=target.key,
                                relation=pattern.relation,
                                evidence=ctx.evidence(anchor),
                                doc_id=doc_id,
                                rule=pattern.id,
                                confidence=round(confidence, 3),
                                # a role phrase also finds LEADS and FOUNDED; only ROLE_AT keeps it
                                role=match.role if pattern.relation == ROLE_AT else None,
                                predicate=match.predicate,
                                quote=match.quote,
                            ),
                        )
                    )
    model = active_model()
    if model is not None or recording():
        rule_found = [r for _, r in found]
        found.extend(learned_relations(ctx, rule_found, model, posts, doc_id=doc_id))
    found.sort(key=lambda item: item[0])
    relations = _drop_known_place_doubles([r for _, r in found], entities, schema.relations.located_heads,
                                          schema.relations.known_pattern_ids)
    return _drop_related_duplicates(relations)


def _national(ctx: Context, key: str, schema: Schema) -> bool:
    """Whether an entity is a country of the schema's `national_places` ("Y, a scheme led by the
    Harbour Trust across Westland": the country says how far the scheme reaches, not who runs it)."""
    entity = ctx.entity[key]
    return entity.type == PLACE and compact_key(entity.label) in schema.relations.national_keys


def _posts(entities: Sequence[Entity], schema: Schema) -> frozenset[str]:
    """Names of a post that the entity stage took for a body or a text ("Registered Manager",
    "Children and Families Minister", "Children's Services Spokesperson for the Westshire
    Network", "Head of Procurement"): not a person's, and the head word of the name (its last, or
    the one before "of"/"for") is one of the schema's post_words and no head word of a type
    ("Harbour Commissioner for Westshire" is a body). A post is no workplace and no actor."""
    words = schema.relations.post_words
    heads = schema.entities.heads
    return frozenset(
        e.key for e in entities
        if e.type != PERSON and (head := head_word(e.label)) in words and head not in heads
    )


def _drop_known_place_doubles(relations: list[Relation], entities: Sequence[Entity], heads: frozenset[str],
                              known: frozenset[str]) -> list[Relation]:
    """A place's edge that only a sourced fact gives (the `known` kind: "Westshire RUNS the Y
    pathfinder" where a sentence names both) is dropped where the document states the same of the
    local body named after the place ("Westshire" and "Westshire County Council", the body's last
    word one of the schema's located_heads): the text says who does it, and the fact adds nothing.
    A place the text itself says does it keeps its edge beside its council's ("approval for
    Westshire to join the Y pathfinder" beside "the Cabinet agreed that Westshire Council join it")."""
    places = {e.key: f" {normalise_key(e.label)} " for e in entities if e.type == PLACE}
    bodies: dict[str, set[str]] = {}
    for e in entities:
        name = normalise_key(e.label)
        if e.type == ORGANISATION and name.split() and name.split()[-1] in heads:
            for key, place in places.items():
                if place in f" {name} ":
                    bodies.setdefault(key, set()).add(e.key)
    said = {(r.source, r.relation, r.target) for r in relations}
    return [r for r in relations
            if r.rule not in known or not any((body, r.relation, r.target) in said for body in bodies.get(r.source, ()))]


def _drop_related_duplicates(relations: list[Relation]) -> list[Relation]:
    """The catch-all relation only where no typed relation links the same two entities."""
    typed = {(r.source, r.target) for r in relations if r.relation != RELATED_TO}
    typed |= {(t, s) for s, t in typed}
    return [r for r in relations if r.relation != RELATED_TO or (r.source, r.target) not in typed]
