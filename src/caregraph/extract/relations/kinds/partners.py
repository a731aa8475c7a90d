"""Partner kinds: `partnered`, a programme done "in partnership with" a body ("the Y scheme, delivered
in partnership with the Harbour Trust", "Our pilot launched in 2020 in partnership with Westshire
Council"): the partner does it too; `named_group`, a body formed with partners and named as it is
formed ("an agency with A and B, which would be known as Y"): each partner is part of it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.schema import RelationPattern
from ...syntax import children_of, negated, sent_at, sent_of
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


@rule_kind("named_group")
def _named_group_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """A body named as it is formed: a passive verb of naming (the pattern's `verbs`: "which would be
    known as Y", "to be known as Y") whose "as" phrase names one entity of the object types, after a
    noun of grouping (the pattern's lemmas: agency, partnership, arrangement) with a "with" phrase that
    lists the partners (of the subject types): "an agency with A and B, which would be known as Y",
    "a shared service arrangement with A, B and C, to be known as Y". The "with" phrase is the last
    one before the verb in its sentence; where the sentence has none and the named thing is a
    definite noun of grouping ("The new agency to be known as Y"), the last one of the sentence
    before. Not a verb of joining ("agreed with A"), nor a negated or hedged naming."""
    for verb in ctx.tokens_with_lemma(pattern.verbs):
        if not any(matches_trigger(verb, v) for v in pattern.verbs) or verb.tag_ != "VBN" \
                or negated(verb) or unasserted(ctx, verb, hearsay=False):
            continue
        named = [a for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "as"
                 for p in children_of(c) if p.dep_ == "pobj" for a in ctx.args_in(p, pattern.object_types)]
        if len(named) != 1:
            continue
        sent = sent_of(verb)
        partners = _grouped_with(ctx, pattern, sent.start, verb.i, named_by=verb)
        if not partners and sent.start > 0 and _definite_group(pattern, verb):
            before = sent_at(ctx.doc, sent.start - 1)
            partners = _grouped_with(ctx, pattern, before.start, before.end)
        partners = [a for a in partners if a.key != named[0].key]
        if partners:
            yield RuleMatch(partners, named, verb)


def _grouped_with(ctx: Context, pattern: RelationPattern, start: int, end: int,
                  named_by: Token | None = None) -> list[Arg]:
    """The partners the last "with" phrase of a noun of grouping between two token indexes lists;
    with `named_by`, the verb of naming in the same sentence, only where that verb names the
    grouping itself (no passive subject, a relative pronoun, or a subject holding the noun)."""
    for k in range(end - 1, start - 1, -1):
        tok = ctx.doc[k]
        if tok.lower_ == "with" and tok.dep_ == "prep":
            if not _grouping(ctx, pattern, tok.head):
                return []
            if named_by is not None and not _names_the_group(named_by, tok.head):
                return []   # "ended its arrangement with A, and its service will be known as Y"
            found: list[Arg] = []
            for p in children_of(tok):
                if p.dep_ == "pobj":
                    for a in [*ctx.args_in(p, pattern.subject_types), *_listed(ctx, p, pattern.subject_types)]:
                        if a not in found:
                            found.append(a)
            return found
    return []


# the dependencies inside a list of names ("A and B", which the parser may take for one name "A and B
# Council", the first a modifier of the last): not a phrase or clause of its own
_LIST_DEPS = frozenset({"conj", "cc", "punct", "compound", "nmod", "appos", "det", "amod"})


def _listed(ctx: Context, tok: Token, types: tuple[str, ...] | list[str]) -> list[Arg]:
    """The names of the allowed types in the list a phrase heads, however the parser hung them (also
    on a word inside a name: "the Borough of A and B Council", "B Council" the object of the name's "of")."""
    found: list[Arg] = []
    todo, seen = [tok], {tok.i}
    while todo:
        t = todo.pop()
        index = ctx.token_mention.get(t.i)
        span = ctx.spans[index] if index is not None else None
        arg = ctx.arg_at(t) if index is not None else None
        if arg is not None and arg.type in types and arg not in found:
            found.append(arg)
        for c in children_of(t):
            inside = span is not None and span.start <= c.i < span.end
            if c.i not in seen and (c.dep_ in _LIST_DEPS or (inside and c.dep_ == "prep")
                                    or (span is not None and c.dep_ == "pobj")):
                seen.add(c.i)
                todo.append(c)
    return found


def _grouping(ctx: Context, pattern: RelationPattern, noun: Token) -> bool:
    """A noun of grouping: its lemma one of the pattern's, or the last word of the name it is in."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    index = ctx.token_mention.get(noun.i)
    span = ctx.spans[index] if index is not None else None
    word = span[-1] if span is not None else noun
    return any(w.lemma_.lower() in pattern.lemmas or w.lower_ in pattern.lemmas for w in (noun, word))


def _names_the_group(verb: Token, noun: Token) -> bool:
    """Does the verb of naming name the noun of grouping: its passive subject absent ("an agency
    with A, to be known as Y"), a relative pronoun ("..., which would be known as Y") or a phrase
    holding the noun? Not another noun ("its adoption service will be known as Y")."""
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
    return not subjects or any(c.tag_ in ("WDT", "WP") or c.lower_ in ("which", "that", "who") or c.i == noun.i or noun in c.subtree for c in subjects)


def _definite_group(pattern: RelationPattern, verb: Token) -> bool:
    """The named thing is a definite noun of grouping: "The new agency to be known as Y"."""
    return any(c.dep_ == "nsubjpass" and (c.lemma_.lower() in pattern.lemmas or c.lower_ in pattern.lemmas)
               and any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in children_of(c))
               for c in children_of(verb))
