"""The `known` kind: a relation that holds between two gazetteer entries by what they are
(relations.yaml `known_relations`, each with its source), stated by any document that names both
(or, for a fact marked `as_subject`, by a clause whose subject is the subject entry and that names
the object): the government's strategy that answers a review responds to it wherever a page names
the two; a body supports a proposal where "the Harbour Office is working to develop Y", not
wherever a page names the body."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.schema import RelationPattern, gazetteer_form_key
from ..context import Arg, Context
from ..registry import RuleMatch, rule_kind

if TYPE_CHECKING:
    from spacy.tokens import Token


@rule_kind("known")
def _known_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """Each known relation of the pattern's relation whose two entries the document names (an
    entity whose label is the entry's name, of the pattern's types), anchored on the first sentence that names both,
    else on the subject's first mention."""
    facts = [f for f in ctx.rules.known_relations if f.relation == pattern.relation]
    if not facts:
        return
    named: dict[str, str] = {}   # the form key of an entity's label -> its key
    for key, entity in ctx.entity.items():
        named.setdefault(gazetteer_form_key(entity.label), key)
    for fact in facts:
        subject, obj = named.get(gazetteer_form_key(fact.subject)), named.get(gazetteer_form_key(fact.object))
        if subject is None or obj is None or subject == obj:
            continue
        if ctx.entity[subject].type not in pattern.subject_types or ctx.entity[obj].type not in pattern.object_types:
            continue  # the pattern's own types: "part-known" joins publications, "part-known-programme" programmes
        anchor = _clause_anchor(ctx, subject, obj) if fact.as_subject else _anchor(ctx, subject, obj)
        if anchor is not None:
            yield RuleMatch([Arg(subject, ctx.entity[subject].type)], [Arg(obj, ctx.entity[obj].type)], anchor)


def _anchor(ctx: Context, subject: str, obj: str) -> Token | None:
    """The first token of the subject's mention in the first sentence that names the object too,
    else of its first mention."""
    firsts: dict[int, Token] = {}   # sentence start -> the subject's first token there
    object_sentences: set[int] = set()
    for key, span in zip(ctx.keys, ctx.spans, strict=True):
        if span is None or len(span) == 0:
            continue
        if key == subject:
            firsts.setdefault(span.sent.start, span[0])
        elif key == obj:
            object_sentences.add(span.sent.start)
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
