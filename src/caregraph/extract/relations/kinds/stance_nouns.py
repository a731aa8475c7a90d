"""The `owned_stance` and `owned_intent` kinds. `owned_stance`: a stance told by a noun whose owner holds it ("Harbour Trust's support
for the Y Programme", "the council's long-standing call for Y", "the backing of Jane Porter for Y"):
the owner (a possessor that names someone, or the noun's "of" phrase when it has one of the
pattern's prepositions as well) relates to the object of that preposition. Not a pronoun owner
(which body "their call" is, is a guess), not a text or inquiry about the object ("X's call for an
inquiry into Y", the stance relations' topic exclusion), not a call to undo it ("X's call for the
closure of Y"), and not a noun whose own clause is negated ("X has not given its support for Y").

`owned_intent`: an intent to carry Y forward, told by a verb or a noun of intent ("Westshire Council
has pledged to create Y", "the Harbour Trust's commitment to fund Y"), is its holder's backing of Y."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.schema import RelationPattern
from ...syntax import children_of, conjuncts, negated
from ..context import Context, subject_tokens, unasserted
from ..registry import RuleMatch, rule_kind
from .verb import about_in_text

if TYPE_CHECKING:
    from spacy.tokens import Token


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


# verbs whose object is a plan they make public: the subject owns it ("the Harbour Office set out
# plans to expand Y", "Westshire Council unveiled its pledge to fund Y")
_MAKING_PUBLIC = frozenset({"announce", "unveil", "outline", "confirm", "reveal", "set", "publish", "make"})


def _intent_owners(ctx: Context, noun: Token) -> list[Token]:
    """Who holds an intent told by a noun: its named possessor or compound name ("the Harbour
    Trust's pledge", "Westshire Council plans"), the object of its "by" ("a decision by X"), else the
    subject of a verb that makes it public ("X set out plans", "X announced its decision"); never a
    pronoun or a common noun on its own ("its plan", "the government's plan": which body is a guess)."""
    owners = [c for c in children_of(noun) if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"]
    owners += [p for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "by"
               for p in children_of(c) if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    if owners or any(c.dep_ == "poss" and c.pos_ != "PRON" for c in children_of(noun)):
        return owners
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _MAKING_PUBLIC and not unasserted(ctx, verb):
        return [s for s in subject_tokens(verb) if s.pos_ == "PROPN"]
    return []


def _intended_clauses(tok: Token) -> list[Token]:
    """The infinitive or gerund clauses that say what an intent is to do ("pledged to fund Y", "a
    commitment to fund Y", "committed to funding Y"), with their coordinated verbs ("to create and
    fund Y")."""
    deps = ("xcomp",) if tok.pos_ in ("VERB", "AUX") else ("acl", "relcl")
    clauses = [c for c in children_of(tok) if c.dep_ in deps and c.pos_ == "VERB"
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))]
    clauses += [g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "to"
                for g in children_of(c) if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    return [v for c in clauses for v in (c, *conjuncts(c)) if v.pos_ == "VERB"]


@rule_kind("owned_intent")
def _owned_intent_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """Who commits, pledges or plans to carry Y forward (one of the pattern's `verbs`) backs Y:
    "Westshire Council has pledged to create a register of carers", "the Harbour Trust's commitment
    to fund the Y Programme", "a decision by X to introduce Y". Never a negated, hedged or
    conditional intent, a negated clause, a clause of undoing ("plans to scrap Y": not among the
    verbs), nor a text or inquiry about Y ("plans to commission a review of Y")."""
    verbs = frozenset(pattern.verbs)
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.lemma_.lower() not in pattern.lemmas or tok.i in ctx.token_mention:
            continue
        if tok.pos_ in ("VERB", "AUX"):
            if negated(tok) or unasserted(ctx, tok):
                continue
            owners = subject_tokens(tok)
        elif tok.pos_ == "NOUN":
            if negated(tok) or (tok.head.pos_ in ("VERB", "AUX") and unasserted(ctx, tok.head)):
                continue
            owners = _intent_owners(ctx, tok)
        else:
            continue
        objects_tok = [o for clause in _intended_clauses(tok)
                       if clause.lemma_.lower() in verbs and not negated(clause)
                       for o in children_of(clause) if o.dep_ == "dobj"]
        if not owners or not objects_tok:
            continue
        subjects = [a for o in owners for a in ctx.args_in(o, pattern.subject_types) if not a.via_reference]
        objects_tok = [o for o in objects_tok if not about_in_text(ctx, o, pattern.object_types)]
        objects = [a for o in objects_tok for a in ctx.args_in(o, pattern.object_types)]
        objects = [a for a in objects if all(a.key != s.key for s in subjects)]
        if subjects and objects:
            yield RuleMatch(subjects, objects, tok)
