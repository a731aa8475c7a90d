"""The `speech` kind: a person saying something whose subject is a publication."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.schema import RelationPattern
from ...syntax import children_of, negated
from ..context import Arg, Context
from ..quotes import quotation
from ..registry import RuleMatch, rule_kind

if TYPE_CHECKING:
    from spacy.tokens import Token


_SUBJ = ("nsubj", "nsubjpass")


@rule_kind("speech")
def _speech_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"X said: 'The review represents ...'": a person speaking about a publication that is
    the subject of what they say; the words said (quotes.quotation) go with it."""
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in pattern.lemmas or negated(tok):
            continue
        speakers = [a for s in children_of(tok) if s.dep_ == "nsubj" for a in ctx.args_in(s, pattern.subject_types)]
        if not speakers:
            continue
        for comp in children_of(tok):
            if comp.dep_ not in ("ccomp", "dobj"):
                continue
            for s in children_of(comp) if comp.dep_ == "ccomp" else [comp]:
                if comp.dep_ == "ccomp" and s.dep_ not in _SUBJ:
                    continue
                arg = said_of(ctx, s)
                if arg and arg.type in pattern.object_types:
                    yield RuleMatch(speakers, [arg], tok, quote=quotation(ctx, tok.i))
        # a quotation in the next sentence whose subject is the publication
        nxt = tok.sent.end
        if any(c.dep_ in ("ccomp", "dobj") for c in children_of(tok)) or nxt >= len(ctx.doc):
            continue
        following = ctx.doc[nxt].sent
        root = following.root
        for s in children_of(root):
            if s.dep_ in _SUBJ:
                arg = said_of(ctx, s)
                if arg and arg.type in pattern.object_types:
                    yield RuleMatch(speakers, [arg], tok, quote=quotation(ctx, tok.i))


def said_of(ctx: Context, tok: Token) -> Arg | None:
    """The publication a subject names: by name, or a description that may stand for it ("This
    report" for the page's "Annual Report 2020", "This legislation" for its one bill, "The
    strategy" for a name that tells no kind); not a description of another kind of text than
    its name says ("This cross-party report" is no "Spending Review", whatever reference gives
    as the page's one publication)."""
    arg = ctx.arg_at(tok)
    if arg is None or not arg.via_reference or tok.i in ctx.token_mention or tok.pos_ != "NOUN":
        return arg
    heads = ctx.schema.entities.heads
    noun = tok.lemma_.lower()
    accepted = {noun, *ctx.rules.reference_heads.get(noun, ())}
    entity = ctx.entity[arg.key]
    words = {w.strip(",.:;()").lower() for name in (entity.label, *entity.aliases) for w in name.split()}
    if words & accepted or not any(heads.get(w) == arg.type for w in words):
        return arg
    return None
