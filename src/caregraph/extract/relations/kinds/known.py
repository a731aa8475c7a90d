"""The `known` kind: a relation that holds between two gazetteer entries by what they are
(relations.yaml `known_relations`, each with its source), stated by any document that names both
(or, for a fact marked `as_subject`, by a clause whose subject is the subject entry and that names
the object; for a fact marked `capitals`, by a page that writes each end with a capital at least
once, "Harbour Care" and not only "harbour care"): the government's strategy that answers a review responds to it wherever a page names
the two; a body supports a proposal where "the Harbour Office is working to develop Y", not
wherever a page names the body.

A fact one of whose ends is a place (a gazetteer entry of type Place: "Westshire runs the Harbour
Pathfinder") is also stated by the place's council ("Westshire County Council": the place's name and
a council word, `kind_names`), and only by a sentence that names both ends and does not deny or hedge
it: a place is named on many pages for what it is, not for the programme. A sentence that names no
programme but lists the place with another that the same fact's object has as its subject ("testing
began in Westshire and Eastborough", both known pilots of Y) states it on a page that names Y
elsewhere: two of one programme's known places side by side are its places, not a coincidence."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ....core.ontology import ORGANISATION, PLACE
from ....core.schema import RelationPattern, gazetteer_form_key
from ...syntax import negated, span_sent
from ..context import Arg, Context, unasserted
from ..registry import RuleMatch, rule_kind

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@rule_kind("known")
def _known_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """Each known relation of the pattern's relation whose two entries the document names (an
    entity whose label is the entry's name, of the pattern's types), anchored on the first sentence that names both,
    else on the subject's first mention."""
    facts = _facts_of(ctx).get(pattern.relation)
    if not facts:
        return
    named = _named(ctx)   # the form key of an entity's label -> its key
    local = _place_names(ctx)
    # the places each object of a place fact has as subjects (its known pilots)
    peers: dict[str, set[str]] = {}
    for _fact, subject_key, object_key in facts:
        if subject_key in local:
            peers.setdefault(object_key, set()).add(subject_key)
    for fact, subject_key, object_key in facts:
        if subject_key in local or object_key in local:
            places = _places(ctx)
            yield from _local_fact(ctx, pattern, named, places, fact.subject, fact.object,
                                   peers.get(object_key, set()))
            continue
        subject, obj = named.get(subject_key), named.get(object_key)
        if subject is None or obj is None or subject == obj:
            continue
        if ctx.entity[subject].type not in pattern.subject_types or ctx.entity[obj].type not in pattern.object_types:
            continue  # the pattern's own types: "part-known" joins publications, "part-known-programme" programmes
        if fact.capitals and not (_named_with_capitals(ctx, subject) and _named_with_capitals(ctx, obj)):
            continue  # "respite through harbour care": the common phrase, not the named strand
        anchor = _clause_anchor(ctx, subject, obj) if fact.as_subject else _anchor(ctx, subject, obj)
        if anchor is not None:
            yield RuleMatch([Arg(subject, ctx.entity[subject].type)], [Arg(obj, ctx.entity[obj].type)], anchor)


def _named_with_capitals(ctx: Context, key: str) -> bool:
    """Whether the document writes one of the entity's mentions as a name: every content word
    capitalised ("Harbour Care", not only "harbour care": a page that names a strand of a
    programme only in lower case speaks of the practice, not of the named part). A mention
    capitalised only at the start of a sentence ("Harbour care is ...") or in capitals
    throughout (a heading, "HARBOUR CARE") is no name; a one-word short form in capitals is."""
    return any(k == key and span is not None and _title_cased(span.text)
               for k, span in zip(ctx.keys, ctx.spans, strict=True))


_MINOR_WORDS = frozenset({"a", "an", "the", "of", "for", "and", "in", "on", "to", "at", "by", "with", "into"})


def _title_cased(text: str) -> bool:
    words = [w for w in re.split(r"[\s/\-\u2010\u2011\u2013\u2014]+", text) if w[:1].isalpha()]
    content = [w for w in words if w.lower() not in _MINOR_WORDS]
    if not content or (len(content) > 1 and text.isupper()):
        return False
    return all(w[0].isupper() for w in content)


# the rules last asked about and their known relations by relation, each with the form keys of
# its subject and object (held strongly, so the identity test is sound; rules never change)
_LAST_FACTS: list[tuple[Any, dict[str, list[tuple[Any, str, str]]]]] = []


def _facts_of(ctx: Context) -> dict[str, list[tuple[Any, str, str]]]:
    """The known relations by relation, each with the form keys of its subject and object (made
    once per process and rules, not per document and pattern)."""
    rules = ctx.rules
    if _LAST_FACTS and _LAST_FACTS[0][0] is rules:
        return _LAST_FACTS[0][1]
    found: dict[str, list[tuple[Any, str, str]]] = {}
    for f in rules.known_relations:
        found.setdefault(f.relation, []).append((f, gazetteer_form_key(f.subject), gazetteer_form_key(f.object)))
    _LAST_FACTS[:] = [(rules, found)]
    return found


def _named(ctx: Context) -> dict[str, str]:
    """The form key of each entity's label -> the key of the first entity with it (once per
    document; read only)."""
    named: dict[str, str] | None = ctx.cache.get("known_named")
    if named is None:
        named = ctx.cache["known_named"] = {}
        for key, entity in ctx.entity.items():
            named.setdefault(gazetteer_form_key(entity.label), key)
    return named


def _anchor(ctx: Context, subject: str, obj: str) -> Token | None:
    """The first token of the subject's mention in the first sentence that names the object too,
    else of its first mention."""
    firsts: dict[int, Token] = {}   # sentence start -> the subject's first token there
    object_sentences: set[int] = set()
    for key, span in zip(ctx.keys, ctx.spans, strict=True):
        if span is None or len(span) == 0:
            continue
        if key == subject:
            firsts.setdefault(span_sent(span).start, span[0])
        elif key == obj:
            object_sentences.add(span_sent(span).start)
    if not firsts:
        return None
    both = sorted(s for s in firsts if s in object_sentences)
    return firsts[both[0]] if both else firsts[min(firsts)]


def _clause_anchor(ctx: Context, subject: str, obj: str) -> Token | None:
    """The first token of the first mention of the subject that is the subject (or a passive's
    "by" agent) of a verb whose clause names the object ("the Harbour Office is working with
    councils to develop Y", "Y was set up by the Harbour Office"); None when no clause does ("the
    Harbour Office-approved pathfinder for Y", "a bid to the Harbour Office to become Y")."""
    objects = {t.i for key, span in zip(ctx.keys, ctx.spans, strict=True) if key == obj and span is not None
               for t in span}
    for key, span in zip(ctx.keys, ctx.spans, strict=True):
        if key != subject or span is None or len(span) == 0:
            continue
        root = span.root
        if root.dep_ in ("nsubj", "nsubjpass"):
            verb = root.head
        elif root.dep_ == "pobj" and root.head.dep_ == "agent":
            verb = root.head.head
        else:
            continue
        if any(t.i in objects for t in verb.subtree):
            return span[0]
    return None


def _place_names(ctx: Context) -> frozenset[str]:
    """The form keys of the gazetteer's places."""
    schema = ctx.schema
    if _LAST_PLACE_NAMES and _LAST_PLACE_NAMES[0][0] is schema:
        return _LAST_PLACE_NAMES[0][1]
    names = frozenset(gazetteer_form_key(e.name) for e in schema.gazetteer if e.type == PLACE)
    _LAST_PLACE_NAMES[:] = [(schema, names)]
    return names


# the schema last asked about and the form keys of its gazetteer's places (once per process)
_LAST_PLACE_NAMES: list[tuple[Any, frozenset[str]]] = []


def _places(ctx: Context) -> dict[str, list[str]]:
    """The form key of each gazetteer place the document names -> the keys of the entities that are it
    or its council ("Westshire", "Westshire Council", "Westshire County Council", "City of Westshire
    Council"), the place's first."""
    cached: dict[str, list[str]] | None = ctx.cache.get("known_places")
    if cached is not None:
        return cached
    names = _place_names(ctx)
    councils = sorted({gazetteer_form_key(k) for k in ctx.schema.entities.kind_names} | {"council"}, key=len)
    found: dict[str, list[str]] = {}
    for key, entity in sorted(ctx.entity.items(), key=lambda item: (item[1].type != PLACE, item[0])):
        label = gazetteer_form_key(entity.label)
        if entity.type == PLACE and label in names:
            found.setdefault(label, []).append(key)
        elif entity.type == ORGANISATION:
            for council in councils:
                place = label[: -len(council) - 1] if label.endswith(" " + council) else ""
                place = place[len("city of "):] if place.startswith("city of ") else place
                if place in names:
                    found.setdefault(place, []).append(key)
                    break
    ctx.cache["known_places"] = found
    return found


def _local_fact(ctx: Context, pattern: RelationPattern, named: dict[str, str], places: dict[str, list[str]],
                subject_name: str, object_name: str, peers: set[str]) -> Iterator[RuleMatch]:
    """A fact with a place end: each pair of an entity that is the subject (the place, or its council)
    and one that is the object, of the pattern's types, named in one sentence that states it, or
    named in a sentence with another of the object's known places (`peers`, form keys) that names no
    entity of the object's types."""
    def ends(name: str) -> list[str]:
        form = gazetteer_form_key(name)
        return places.get(form) or ([named[form]] if form in named else [])
    for subject in ends(subject_name):
        for obj in ends(object_name):
            if subject == obj or ctx.entity[subject].type not in pattern.subject_types \
                    or ctx.entity[obj].type not in pattern.object_types:
                continue
            anchor = _stated_together(ctx, subject, obj)
            if anchor is None:
                others = {key for form in peers - {gazetteer_form_key(subject_name)} for key in places.get(form, ())}
                anchor = _listed_with_peers(ctx, subject, others, pattern.object_types)
            if anchor is not None:
                yield RuleMatch([Arg(subject, ctx.entity[subject].type)], [Arg(obj, ctx.entity[obj].type)], anchor)


def _stated_together(ctx: Context, subject: str, obj: str) -> Token | None:
    """The first token of the subject's mention in the first sentence that names the object too and
    whose verbs above the two mentions are neither negated nor unasserted ("Westshire is not taking
    part in Y", "Westshire may join Y"); None when no sentence does."""
    spans: dict[int, list[tuple[str, Span]]] = {}
    for key, span in zip(ctx.keys, ctx.spans, strict=True):
        if span is not None and len(span) and key in (subject, obj):
            spans.setdefault(span_sent(span).start, []).append((key, span))
    for start in sorted(spans):
        found = spans[start]
        firsts = [s for k, s in found if k == subject]
        if not firsts or not any(k == obj for k, _ in found):
            continue
        if all(_stated(ctx, s.root) for _, s in found):
            return firsts[0][0]
    return None


def _listed_with_peers(ctx: Context, subject: str, peers: set[str], types: Sequence[str]) -> Token | None:
    """The first token of the subject's mention in the first sentence that also names one of `peers`
    (entity keys), names no entity of `types`, and whose verbs above those mentions are neither
    negated nor unasserted; None when no sentence does."""
    if not peers:
        return None
    spans: dict[int, list[tuple[str, Span]]] = {}
    for key, span in zip(ctx.keys, ctx.spans, strict=True):
        if span is not None and len(span):
            spans.setdefault(span_sent(span).start, []).append((key, span))
    for start in sorted(spans):
        found = spans[start]
        firsts = [s for k, s in found if k == subject]
        listed = [s for k, s in found if k == subject or k in peers]
        if not firsts or len(listed) == len(firsts) or any(ctx.entity[k].type in types for k, _ in found):
            continue
        if all(_stated(ctx, s.root) for s in listed):
            return firsts[0][0]
    return None


def _stated(ctx: Context, tok: Token) -> bool:
    """Whether no verb above a mention's head is negated or unasserted."""
    seen = 0
    while seen < 12:
        if tok.pos_ in ("VERB", "AUX") and (negated(tok) or unasserted(ctx, tok)):
            return False
        if tok.head.i == tok.i:
            return True
        tok, seen = tok.head, seen + 1
    return True
