"""The `held_post` kind: a post named by a plain noun that its holder owns ("his role at the
Harbour Trust", "her position with Y", "his Harbour Trust role", "Jane Porter's post at Y"). The
holder is the possessive name, or, for "his" / "her", the person who is the subject of the clause
the noun is in ("Jane Porter will step down from her role at Y": a pronoun bound by its clause's
subject, never the last person named before it)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.ontology import PERSON
from ....core.schema import RelationPattern
from ...syntax import children_of, negated
from ..context import Arg, Context, subject_tokens
from ..registry import RuleMatch, rule_kind

if TYPE_CHECKING:
    from spacy.tokens import Token

_CLAUSE_STEPS = 6  # nouns and prepositions between the post and its clause's verb


@rule_kind("held_post")
def _held_post_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """Each post noun (the pattern's lemmas) with a possessive holder and an organisation: the
    object of one of the pattern's prepositions on the noun, else a name compounded before it."""
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ != "NOUN" or ctx.token_mention.get(tok.i) is not None:
            continue
        owner = next((c for c in children_of(tok) if c.dep_ == "poss"), None)
        holder = _holder(ctx, owner, tok) if owner is not None else None
        if holder is None:
            continue
        bodies = [a for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in pattern.preps
                  for p in children_of(c) if p.dep_ == "pobj"
                  for a in [ctx.arg_at(p)] if a is not None and not a.via_reference and a.type in pattern.object_types]
        if not bodies:
            bodies = [a for c in children_of(tok) if c.dep_ == "compound" and c.i < tok.i
                      for a in [ctx.arg_at(c)] if a is not None and not a.via_reference and a.type in pattern.object_types]
        if bodies:
            yield RuleMatch([holder], bodies[:1], tok)


def _holder(ctx: Context, owner: Token, post: Token) -> Arg | None:
    """The person a possessive names: the name itself ("Jane Porter's role"), or, for "his" or
    "her", the person subject of the clause that holds the post noun."""
    if ctx.person_possessive(owner):
        verb = _clause_verb(post)
        if verb is None or negated(verb):
            return None
        found = [a for s in subject_tokens(verb) for a in [ctx.arg_at(s)] if a is not None and a.type == PERSON]
        return found[0] if len(found) == 1 else None
    if ctx.token_mention.get(owner.i) is None:
        return None
    arg = ctx.arg_at(owner)
    return arg if arg is not None and arg.type == PERSON else None


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a noun is in, up through prepositions and nouns."""
    head = tok
    for _ in range(_CLAUSE_STEPS):
        if head.head is head:
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None
