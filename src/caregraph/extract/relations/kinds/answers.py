"""The `answers_list` kind: a publication that responds to the recommendations of several
others, named in a list ("The strategy responds to recommendations from the X Review, the Y
Panel report on Z and the W Authority's market study", "It responds to the recommendations
made by:" and a list of lines, "the plan responded to reviews ..., including the X Review and
the Y Report", "The plan is a response to the findings of three reviews:" and a list, "It
came in response to recommendations made by the X Review and the Y Report"). The parser reads such lists poorly (a title's "report" taken
for a verb, a second title hung on the first as an apposition), so the names are read in text
order: every publication named after the noun, to the end of its sentence, or through the list
of lines a colon at its end opens."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.schema import RelationPattern
from ...syntax import children_of, lines, negated
from ..context import Arg, Context, subject_tokens, unasserted
from ..registry import RuleMatch, rule_kind
from .verb import _subject_args

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_BULLETS = frozenset({"-", "\u2022", "*", "\u2013", "\u25cf", "\u25aa", "\u00b7"})
_LIST_LINES = 8   # no list of the publications a text answers is longer


@rule_kind("answers_list")
def _answers_list_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """Lemmas are "VERB NOUN" pairs ("respond recommendation"): the verb, its "to" and the noun."""
    pairs = [tuple(lem.split()) for lem in pattern.lemmas if len(lem.split()) == 2]
    verbs = {v for v, _n in pairs}
    for tok in ctx.tokens_with_lemma(tuple(verbs)):
        if tok.pos_ not in ("VERB", "NOUN") or negated(tok) or unasserted(ctx, tok):
            continue
        if tok.pos_ == "NOUN" and tok.i in ctx.token_mention:
            continue  # "the Harbour Response to the X Review" is a title, the response kind's
        # the answered texts are several ("the recommendations of", "reviews that", a capitalised
        # "the Recommendations of", which the tagger reads as a proper plural and leaves unlemmatised),
        # never "the review"
        nouns = [p for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in pattern.preps
                 for p in children_of(c) if p.dep_ == "pobj" and p.tag_ in ("NNS", "NNPS")
                 and (tok.lemma_.lower(), _singular(p)) in pairs]
        if not nouns:
            continue
        clause = tok if tok.pos_ == "VERB" else _answering_clause(tok)
        if clause is None or (clause is not tok and (negated(clause) or unasserted(ctx, clause))):
            continue
        if clause is tok:
            subjects = [a for s in subject_tokens(tok) for a in _subject_args(ctx, tok, s, pattern.subject_types)]
        else:
            # the subject itself names the response ("The X Strategy, and its Y Annex, is a response
            # to ..." is the Strategy's; "The scheme, part of the X Strategy, is ..." nobody's)
            subjects = [a for s in _subjects_of(clause) for a in [ctx.arg_at(s)]
                        if a is not None and a.type in pattern.subject_types]
        if len(subjects) != 1:
            continue
        objects = [a for a in _named_after(ctx, nouns[0], pattern.object_types) if a.key != subjects[0].key]
        if len(objects) >= 2:   # a list: one name alone is the verb kind's
            yield RuleMatch(subjects, objects, tok)


def _singular(noun: Token) -> str:
    """A plural noun's lemma; a proper plural's ("Recommendations") without its "s"."""
    if noun.tag_ == "NNPS" and noun.lower_.endswith("s"):
        return noun.lower_[:-1]
    return noun.lemma_.lower()


def _answering_clause(noun: Token) -> Token | None:
    """The clause a noun of answering is said of: "X is a response to ..." (the copula), "X
    comes in response to ...", "X was released as a response to ..." (the verb of the "in" or
    "as" phrase); none for another's response ("sets out the government's response to ...")."""
    if any(c.dep_ == "poss" for c in children_of(noun)):
        return None
    if noun.dep_ == "attr" and noun.head.pos_ in ("AUX", "VERB"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "as") and noun.head.head.pos_ in ("AUX", "VERB"):
        return noun.head.head
    return None


def _subjects_of(clause: Token) -> list[Token]:
    """The subjects of a clause, the passive's included ("X was released as a response ...")."""
    own = [c for c in children_of(clause) if c.dep_ == "nsubjpass"]
    return own or subject_tokens(clause)


def _named_after(ctx: Context, noun: Token, types: tuple[str, ...]) -> list[Arg]:
    """The entities of the types named after the noun to the end of its sentence, and, where the
    sentence ends in a colon, on the list lines that follow it."""
    sent = noun.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    end_char = sent.end_char
    if last is not None and last.text == ":":
        end_char = _list_end(ctx, sent)
    out: list[Arg] = []
    for key, span in zip(ctx.keys, ctx.spans, strict=True):
        if span is None or span.start <= noun.i or span.end_char > end_char:
            continue
        entity = ctx.entity[key]
        arg = Arg(key, entity.type)
        if entity.type in types and arg not in out:
            out.append(arg)
    return out


def _list_end(ctx: Context, sent: Span) -> int:
    """Where the list of lines after a sentence ending in a colon ends: the last of the
    following lines that open with a bullet, before the first that does not."""
    end = sent.end_char
    following = [line for line in lines(ctx.doc) if line.start_char >= sent.end_char]
    for line in following[:_LIST_LINES]:
        words = [t for t in line if not t.is_space]
        if not words:
            continue
        if words[0].text not in _BULLETS:
            break
        end = line.end_char
    return end
