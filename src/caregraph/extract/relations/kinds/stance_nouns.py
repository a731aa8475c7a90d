"""The `owned_stance` kind: a stance told by a noun whose owner holds it ("Harbour Trust's support
for the Y Programme", "the council's long-standing call for Y", "the backing of Jane Porter for Y"):
the owner (a possessor that names someone, or the noun's "of" phrase when it has one of the
pattern's prepositions as well) relates to the object of that preposition. Not a pronoun owner
(which body "their call" is, is a guess), not a text or inquiry about the object ("X's call for an
inquiry into Y", the stance relations' topic exclusion), not a call to undo it ("X's call for the
closure of Y"), and not a noun whose own clause is negated ("X has not given its support for Y")."""

from __future__ import annotations

from collections.abc import Iterator

from ....core.schema import RelationPattern
from ...syntax import children_of, negated
from ..context import Context, unasserted
from ..registry import RuleMatch, rule_kind
from .verb import about_in_text


@rule_kind("owned_stance")
def _owned_stance_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in pattern.lemmas or tok.i in ctx.token_mention:
            continue
        if any(c.dep_ == "neg" for c in children_of(tok.head)) or negated(tok) or (
                tok.head.pos_ in ("VERB", "AUX") and unasserted(ctx, tok.head)):
            continue
        objects_tok = [p for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in pattern.preps
                       for p in children_of(c) if p.dep_ == "pobj"]
        if not objects_tok:
            continue
        owners = [c for c in children_of(tok) if c.dep_ == "poss" and c.pos_ != "PRON"]
        owners += [p for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c)
                   if p.dep_ == "pobj" and p.pos_ != "PRON"]
        subjects = [a for o in owners for a in ctx.args_in(o, pattern.subject_types) if not a.via_reference]
        if pattern.relation in ctx.rules.stance_relations:
            objects_tok = [o for o in objects_tok if not about_in_text(ctx, o, pattern.object_types)]
        objects = [a for o in objects_tok for a in ctx.args_in(o, pattern.object_types)]
        objects = [a for a in objects if all(a.key != s.key for s in subjects)]
        if subjects and objects:
            yield RuleMatch(subjects, objects, tok)
