"""The `funded_for` kind: a body or place given money for a programme runs it. "Westshire Council
has received £2m for the Y scheme", "Eastborough was awarded £1.2 million for Y", "the council
secured funding for the Y pilot, and £1m for Z": the money is the verb's object (an amount, or a
noun of the schema's funding_nouns, or a share of either: "a share of the £5m"), the programme the
object of its "for" (or of another of the pattern's preps: "£2m under the Y programme", "£3m as
part of the Y Fund"), or named in the money's own phrase ("new Y funding", "a share of the Y
fund"); the holder may be the subject of a clause the verb's own is open on ("Westshire was
picked to receive a portion of the Y funding"), or
the recipient of an active verb of giving ("the Harbour Office granted Westshire £2m for Y")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.schema import RelationPattern
from ...syntax import children_of, conjuncts, negated
from ..context import GIVING_VERBS, Context, is_passive, matches_trigger, subject_tokens, unasserted
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
        passive = is_passive(verb)
        if not passive and verb.lemma_.lower() in GIVING_VERBS:
            # "the Office granted Westshire £2m for Z": the recipient holds the money, never the giver
            holders = _recipients(verb)
        else:
            holders = [c for c in children_of(verb) if c.dep_ == ("nsubjpass" if passive else "nsubj")]
        if not holders and not passive and verb.lemma_.lower() not in GIVING_VERBS:
            # "Westshire was picked to receive a portion of Y funding": the subject of the clause the
            # verb's own is open on (never a giver's: "awarded £2m to X to run Y" is X's)
            holders = subject_tokens(verb)
        if not holders:
            continue
        money = [m for c in children_of(verb) if c.dep_ == "dobj" for m in (c, *conjuncts(c)) if _is_money(ctx, m)]
        if not money:
            continue
        # ("... £2m for A, and £1m for B": the parser may join the second amount to the verb)
        money += [c for c in children_of(verb) if c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN") and _is_money(ctx, c)]
        fors = [_part_of(ctx, p) for h in (verb, *money) for c in children_of(h) if c.dep_ == "prep"
                and c.lower_ in pattern.preps for p in children_of(c) if p.dep_ == "pobj"]
        objects = [a for p in fors if p is not None for a in ctx.args_in(p, pattern.object_types)]
        if not objects:
            # "received new Y funding", "a share of the £5m Y fund": the money's own phrase names it
            objects = [a for m in money for a in ctx.args_in(m, pattern.object_types)]
        subjects = [a for h in holders for a in ctx.args_in(h, pattern.subject_types)]
        if subjects and objects:
            yield RuleMatch(subjects, list(dict.fromkeys(objects)), verb)


def _recipients(verb: Token) -> list[Token]:
    """The indirect object of an active verb of giving: "granted Westshire £2m" -> Westshire, and
    the object of a "to" the parser reads as one ("awarded £2m to Eastborough")."""
    found = []
    for c in children_of(verb):
        if c.dep_ != "dative":
            continue
        if c.pos_ == "ADP":
            found += [p for p in children_of(c) if p.dep_ == "pobj"]
        else:
            found.append(c)
    return found


def _part_of(ctx: Context, tok: Token) -> Token | None:
    """The object of a preposition, or the "of" object of a noun of a part (share_nouns) after
    "as" ("money as a share of the Y Fund" -> Fund); None for an "as" object that is no part
    ("£2m as a grant")."""
    if tok.head.lower_ != "as":
        return tok
    if tok.lemma_.lower() not in ctx.rules.share_nouns:
        return None
    return next((p for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"
                 for p in children_of(c) if p.dep_ == "pobj"), None)


def _is_money(ctx: Context, tok: Token) -> bool:
    """An amount ("£2.4 million", "$3m"), a noun of funding (the schema's funding_nouns), or a
    share of either ("a portion of the £4m", "a share of the funding": share_nouns)."""
    if tok.lemma_.lower() in ctx.rules.funding_nouns:
        return True
    if any(t.tag_ == "$" or t.text[:1] in "£$€" for t in tok.subtree if t.i <= tok.i):
        return True
    return tok.lemma_.lower() in ctx.rules.share_nouns and any(
        _is_money(ctx, p) for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"
        for p in children_of(c) if p.dep_ == "pobj")
