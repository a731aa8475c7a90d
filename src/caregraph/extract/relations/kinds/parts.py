"""Kinds of the relations between initiatives, the bodies running them and the publications
behind them.

`passive_prep`: the subject of a passive verb (or the noun a participle describes) relates
to the object of one of the pattern's prepositions. What a programme is carried out
through: "the X service is being tested through the Y pathfinder", "X, funded under the Y
strategy" (PART_OF a programme, ALIGNS_WITH a publication); what a body is chosen as: "X was
selected as the Y pathfinder" (RUNS). Only the passive: in "X delivers support through Y"
the active subject X is the whole and Y its means, and in "the Department named X as the Y
pathfinder" the subject chose, it runs nothing.
`framed`: "Under the X Plan, the council will launch the Y scheme".
`owned_noun_prep`: "X's participation in the Y programme"."""

from __future__ import annotations

from collections.abc import Iterator

from ....core.schema import RelationPattern
from ...syntax import negated
from ..context import Context, is_passive, matches_trigger, unasserted
from ..registry import RuleMatch, rule_kind


@rule_kind("passive_prep")
def _passive_prep_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ != "VERB" or not any(matches_trigger(tok, lem) for lem in pattern.lemmas):
            continue
        if not is_passive(tok) or negated(tok) or unasserted(ctx, tok):
            continue
        subjects_tok = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if not subjects_tok and tok.dep_ == "acl":
            subjects_tok = [tok.head]  # "the X service, delivered through Y"
        subjects_tok = [tok.head if s.tag_ in ("WDT", "WP") and tok.dep_ == "relcl" else s for s in subjects_tok]
        if not subjects_tok and tok.dep_ == "relcl":
            subjects_tok = [tok.head]
        objects_tok = [p for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in pattern.preps
                       for p in c.children if p.dep_ == "pobj"]
        subjects = [a for s in subjects_tok for a in ctx.args_in(s, pattern.subject_types)]
        objects = [a for o in objects_tok for a in ctx.args_in(o, pattern.object_types)]
        if subjects and objects:
            yield RuleMatch(subjects, objects, tok)


@rule_kind("framed")
def _framed_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"Under the X Plan, the council will launch the Y scheme", "As part of the X programme,
    Y will ...": a sentence opening with one of the pattern's phrases and its object frames
    the programmes the main clause names (its verb's subjects and objects)."""
    doc = ctx.doc
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_space and not t.is_punct), None)
        if first is None:
            continue
        words = next((p.split() for p in pattern.lemmas
                      if [t.lower_ for t in doc[first.i : first.i + len(p.split())]] == p.split()), None)
        if words is None:
            continue
        last = doc[first.i + len(words) - 1]
        objects = [a for p in last.children if p.dep_ == "pobj" for a in ctx.args_in(p, pattern.object_types)]
        # the clause the phrase opens: the verb its first word hangs on, after a comma
        verb = first.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        comma = next((t for t in doc[last.i : verb.i] if t.text == ","), None)
        if not objects or comma is None or verb.i < comma.i or negated(verb) or verb.lemma_.lower() in ctx.rules.undoing_verbs:
            continue
        framed = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i > comma.i]
        subjects = [a for c in framed for a in ctx.args_in(c, pattern.subject_types)]
        if subjects:
            yield RuleMatch(subjects, objects, first)


@rule_kind("owned_noun_prep")
def _owned_noun_prep_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"X's participation in the Y programme", "the involvement of X in Y": a noun of the
    pattern's lemmas whose owner (possessor, or "of" object) is the subject and the object of
    one of its prepositions the object."""
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in pattern.lemmas or tok.i in ctx.token_mention:
            continue
        if negated(tok.head):
            continue
        owners = [c for c in tok.children if c.dep_ == "poss"]
        owners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        objects_tok = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in pattern.preps
                       for p in c.children if p.dep_ == "pobj"]
        subjects = [a for o in owners if o.pos_ != "PRON" for a in ctx.args_in(o, pattern.subject_types)]
        objects = [a for o in objects_tok for a in ctx.args_in(o, pattern.object_types)]
        if subjects and objects:
            yield RuleMatch(subjects, objects, tok)
