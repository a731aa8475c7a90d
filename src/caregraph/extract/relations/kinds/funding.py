"""The `funded_for` kind: a body or place given money for a programme runs it. "Westshire Council
has received £2m for the Y scheme", "Eastborough was awarded £1.2 million for Y", "the council
secured funding for the Y pilot, and £1m for Z": the money is the verb's object (an amount, or a
noun of the schema's funding_nouns), the programme the object of its "for"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.schema import RelationPattern
from ...syntax import children_of, conjuncts, negated
from ..context import Context, is_passive, matches_trigger, unasserted
from ..registry import RuleMatch, rule_kind

if TYPE_CHECKING:
    from spacy.tokens import Token


@rule_kind("funded_for")
def _funded_for_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """The subject of an active verb of getting (receive, secure, win) or of a passive one of
    giving ("was awarded", "has been allocated") whose object is money, with the programme after
    the money's "for" (or the verb's); every amount joined to the first has its own "for"
    ("£2m for A, and £1m for B")."""
    for verb in ctx.tokens_with_lemma(pattern.lemmas):
        if verb.pos_ != "VERB" or not any(matches_trigger(verb, lem) for lem in pattern.lemmas):
            continue
        if negated(verb) or unasserted(ctx, verb):
            continue
        holders = [c for c in children_of(verb) if c.dep_ == ("nsubjpass" if is_passive(verb) else "nsubj")]
        if not holders:
            continue
        money = [m for c in children_of(verb) if c.dep_ == "dobj" for m in (c, *conjuncts(c)) if _is_money(ctx, m)]
        if not money:
            continue
        # ("... £2m for A, and £1m for B": the parser may join the second amount to the verb)
        money += [c for c in children_of(verb) if c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN") and _is_money(ctx, c)]
        fors = [p for h in (verb, *money) for c in children_of(h) if c.dep_ == "prep" and c.lower_ in pattern.preps
                for p in children_of(c) if p.dep_ == "pobj"]
        objects = [a for p in fors for a in ctx.args_in(p, pattern.object_types)]
        subjects = [a for h in holders for a in ctx.args_in(h, pattern.subject_types)]
        if subjects and objects:
            yield RuleMatch(subjects, list(dict.fromkeys(objects)), verb)


def _is_money(ctx: Context, tok: Token) -> bool:
    """An amount ("£2.4 million", "$3m") or a noun of funding (the schema's funding_nouns)."""
    if tok.lemma_.lower() in ctx.rules.funding_nouns:
        return True
    return any(t.tag_ == "$" or t.text[:1] in "£$€" for t in tok.subtree if t.i <= tok.i)
