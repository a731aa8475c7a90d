"""Partner kind: `partnered`, a programme done "in partnership with" a body ("the Y scheme, delivered
in partnership with the Harbour Trust", "Our pilot launched in 2020 in partnership with Westshire
Council"): the partner does it too."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.schema import RelationPattern
from ...syntax import children_of, negated
from ..context import Arg, Context, is_passive, matches_trigger, unasserted
from ..registry import RuleMatch, rule_kind
from .verb import _described_noun

if TYPE_CHECKING:
    from spacy.tokens import Token


@rule_kind("partnered")
def _partnered_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """A noun of partnership (the pattern's lemmas) after "in", with a "with" phrase naming the
    partners (of the subject types), under a verb of doing (the pattern's `verbs`: delivered,
    launched, run), neither negated nor hedged. The programme (one of the object types) is what the
    verb is done to: a passive verb's subject or the noun its participle describes ("the Y
    scheme, delivered in partnership with X"), an active verb's object ("Westshire Council runs Y
    in partnership with X"), or the subject of an intransitive one ("Our pilot launched in 2020 in
    partnership with X"); a definite description stands for the page's programme it resolves to."""
    for noun in ctx.tokens_with_lemma(pattern.lemmas):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep" or noun.i in ctx.token_mention:
            continue
        verb = prep.head
        if verb.pos_ != "VERB" or not any(matches_trigger(verb, v) for v in pattern.verbs) \
                or negated(verb) or unasserted(ctx, verb):
            continue
        partners = [a for w in children_of(noun) if w.dep_ == "prep" and w.lower_ == "with"
                    for p in children_of(w) if p.dep_ == "pobj" for a in ctx.args_in(p, pattern.subject_types)]
        done = _programmes(ctx, verb, pattern.object_types)
        if partners and len(done) == 1:
            yield RuleMatch(partners, done, noun)


def _programmes(ctx: Context, verb: Token, types: tuple[str, ...] | list[str]) -> list[Arg]:
    """What the verb of a partnership is done to (see `_partnered_rule`)."""
    if is_passive(verb):
        targets = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
        if not targets and verb.dep_ in ("acl", "relcl"):
            targets = [t for t in [_described_noun(ctx, verb)] if t is not None]
    else:
        targets = [c for c in children_of(verb) if c.dep_ == "dobj"] \
            or [c for c in children_of(verb) if c.dep_ == "nsubj"]
    found: list[Arg] = []
    for target in targets:
        arg = ctx.arg_at(target)
        if arg is None and target.pos_ == "NOUN":
            arg = ctx.resolve(target) or _owned_description(ctx, target)
        if arg is None:
            named = [a for t in target.subtree if t.i < verb.i and t.i in ctx.token_mention
                     for a in [ctx.arg_at(t)] if a is not None and a.type in types]
            arg = named[-1] if named else None
        if arg is not None and arg.type in types and arg not in found:
            found.append(arg)
    return found


def _owned_description(ctx: Context, noun: Token) -> Arg | None:
    """"Our pilot", "the council's scheme": a programme noun with an owner stands for the page's one
    programme of that head (else its one programme), as "the pilot" does."""
    lemma = noun.lemma_.lower()
    ref_type = ctx.rules.definite_references.get(lemma)
    if ref_type is None or not any(c.dep_ == "poss" for c in children_of(noun)):
        return None
    return ctx.salient(ref_type, heads=ctx.rules.reference_heads.get(lemma, (lemma,)), called=True)
