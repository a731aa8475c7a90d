"""Place kinds: `setting`, a sentence opening with a place phrase ("Within X, Y ..."); `named_at`,
a body's name with a place phrase of its own ("Harbour Trust in Westshire", "the Kestrel Family
Centre at Eastby"), or a unit's with its body ("the Fostering Team at Westshire Council");
`run_in`, a programme's name with a place phrase of its own ("the Y scheme in Westshire")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.ontology import ORGANISATION
from ....core.schema import RelationPattern
from ...syntax import conjuncts, sentences
from ..context import Arg, Context
from ..registry import RuleMatch, rule_kind
from .naming import named_as_kind

if TYPE_CHECKING:
    pass


_SUBJ = ("nsubj", "nsubjpass")


@rule_kind("setting")
def _setting_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"Within X, the Y team is ...": a sentence-opening place phrase locates the subject."""
    for sent in sentences(ctx.doc):
        first = next((t for t in sent if not t.is_space and not t.is_punct), None)
        if first is None or first.lower_ not in pattern.preps or first.dep_ != "prep":
            continue
        places = [a for p in first.children if p.dep_ == "pobj" for a in ctx.args_in(p, pattern.object_types)]
        verb = first.head
        subjects = [a for s in verb.children if s.dep_ in _SUBJ for a in ctx.args_in(s, pattern.subject_types)]
        if places and subjects:
            yield RuleMatch(subjects, places, first)


@rule_kind("named_at")
def _named_at_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"the Kestrel Family Centre at Eastby", "Harbour Trust in Westshire and Eastshire": a
    mention of a subject-type entity whose head has a phrase of one of the pattern's prepositions
    whose object is itself the name of an object-type entity (and the names joined to it); not
    "Harbour Trust in its work with Westshire", whose object names no place itself. A pattern
    with lemmas takes only a subject whose name ends in one of them (a unit's head word: "the
    Fostering Team at Westshire Council", "the Children and Families Group of Harbour Trust"); a
    body there is one named as a body (`naming.named_as_kind`: not "the X Centre at Bishop's Marlow"
    with the town taken for a body)."""
    for key, span in ctx.mention_spans():
        if ctx.entity[key].type not in pattern.subject_types:
            continue
        words = ctx.entity[key].label.lower().split()
        if pattern.lemmas and (not words or words[-1] not in pattern.lemmas):
            continue
        root = span.root
        objects = [a for c in root.children if c.dep_ == "prep" and c.lower_ in pattern.preps and c.i >= span.end
                   for p in c.children if p.dep_ == "pobj" for t in [p, *conjuncts(p)]
                   for a in [ctx.arg_at(t)] if a is not None and not a.via_reference and a.type in pattern.object_types
                   and a.key != key and (a.type != ORGANISATION or named_as_kind(ctx, a.key))]
        if objects:
            yield RuleMatch([Arg(key, ctx.entity[key].type)], objects, root)


@rule_kind("run_in")
def _run_in_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"the Y scheme in Westshire has helped 200 families", "Y in Westshire and Eastshire": a
    programme's name (a subject-type entity) whose head has a phrase of one of the pattern's
    prepositions whose object is itself the name of a place (and the names joined to it): the
    place runs it. Not a place of the pattern's `verbs` (a country: "Family Hubs in England" is
    the national programme, not one a place runs), nor a phrase on a verb ("Y was launched in
    Westshire", which the verb rules read), nor a programme named after a noun's preposition ("the
    evaluation of Y in Westshire", "funding for Y in Westshire", "the roll-out of Y by the Harbour
    Trust in Westshire": the phrase may be the noun's, and the noun's own rules read it)."""
    national = frozenset(v.lower() for v in pattern.verbs)
    for key, span in ctx.mention_spans():
        if ctx.entity[key].type not in pattern.subject_types:
            continue
        root = span.root
        if root.dep_ == "compound" and root.head.i == span.end and root.head.pos_ == "NOUN":
            root = root.head  # "the Y scheme in Westshire": the class noun after the name has the phrase
        if root.dep_ == "pobj" and root.head.head.pos_ in ("NOUN", "PROPN"):
            continue  # "the evaluation of Y in Westshire", "funding for Y in Westshire": the place may be the noun's
        places = [a for c in root.children if c.dep_ == "prep" and c.lower_ in pattern.preps and c.i >= span.end
                  for p in c.children if p.dep_ == "pobj" for t in [p, *conjuncts(p)]
                  for a in [ctx.arg_at(t)] if a is not None and not a.via_reference and a.type in pattern.object_types
                  and ctx.entity[a.key].label.lower() not in national]
        if places:
            yield RuleMatch([Arg(key, ctx.entity[key].type)], places, root)
