"""The `passive_prep` kind: the subject of a passive verb (or the noun a participle
describes) relates to the object of one of the pattern's prepositions. What a programme is
carried out through: "the X service is being tested through the Y pathfinder", "X, funded
under the Y strategy" (PART_OF a programme, ALIGNS_WITH a publication); what a body is
chosen as: "X was selected as the Y pathfinder" (RUNS). Only the passive: in "X delivers
support through Y" the active subject X is the whole and Y its means, and in "the
Department named X as the Y pathfinder" the subject chose, it runs nothing."""

from __future__ import annotations

from collections.abc import Iterator

from ....core.schema import RelationPattern
from ...syntax import negated
from ..context import Context, is_passive, is_question_or_conditional, matches_trigger
from ..registry import RuleMatch, rule_kind


@rule_kind("passive_prep")
def _passive_prep_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ != "VERB" or not any(matches_trigger(tok, lem) for lem in pattern.lemmas):
            continue
        if not is_passive(tok) or negated(tok) or is_question_or_conditional(tok):
            continue
        subjects_tok = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if not subjects_tok and tok.dep_ == "acl":
            subjects_tok = [tok.head]  # "the X service, delivered through Y"
        subjects_tok = [tok.head if s.tag_ in ("WDT", "WP") and tok.dep_ == "relcl" else s for s in subjects_tok]
        if not subjects_tok and tok.dep_ == "relcl":
            subjects_tok = [tok.head]
        objects_tok = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in pattern.preps
                       for p in c.children if p.dep_ == "pobj"]
        subjects = [a for s in subjects_tok for a in ctx.args_in(s, pattern.subject_types)]
        objects = [a for o in objects_tok for a in ctx.args_in(o, pattern.object_types)]
        if subjects and objects:
            yield RuleMatch(subjects, objects, tok)
