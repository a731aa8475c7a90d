"""Role phrases: who holds which post where ("X, chief executive of Y", "Chair of Y, X",
"Y's chief executive X", "X, Chief Executive, Y", "X ... as chair of Y"). The phrase beside
a person is read from the tokens between commas, because parsers often take such
appositions for coordination; "as chair of" and "is chair of" are read from the parse."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ....core.ontology import PERSON
from ....core.schema import RelationPattern
from ..context import Arg, Context
from ..registry import RuleMatch, rule_kind

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@rule_kind("role")
def role_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """Role phrases next to a person: "X, the founder of Y", "X, chief executive at Y",
    "X, Y's cabinet member for Z", "Chair of Y, X" (the phrase between commas, read from the
    tokens because parsers often take such appositions for coordination), and "X ... as
    chair of Y" or "X is chair of Y" (from the parse)."""
    doc = ctx.doc
    for index, mention in enumerate(ctx.mentions):
        key = ctx.keys[index]
        if ctx.entity[key].type != PERSON:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        person = Arg(key, PERSON)
        found_before = _role_before_name(ctx, span, pattern, exclude=key)
        if found_before is not None:
            target, role, anchor = found_before
            yield RuleMatch([person], [target], anchor, role=role)
        after = _segment_after(span)
        segments = [after, _segment_before(span)]
        if after is not None and after.end < len(doc) and doc[after.end].text == ",":
            # a signature: "Jane Porter, Chief Executive, Harbour Trust"
            following = _segment_after(doc[after.start : after.end])
            if following is not None:
                segments.append(doc[after.start : following.end])
        for segment in segments:
            if segment is None:
                continue
            found = _role_in_segment(ctx, segment, pattern, exclude=key)
            if found is not None:
                target, role, anchor = found
                yield RuleMatch([person], [target], anchor, role=role)
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or not _is_role_word(tok, pattern):
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "as":
            holder = nearest_person_before(ctx, tok)
        elif tok.dep_ == "attr" and tok.head.lemma_ == "be":
            holder = next((a for s in tok.head.children if s.dep_ == "nsubj"
                           for a in [ctx.arg_at(s)] if a and a.type == PERSON), None)
        else:
            continue
        target = _role_target(ctx, tok, pattern.object_types)
        if holder is not None and target is not None:
            yield RuleMatch([holder], [target], tok, role=_clean_role(doc[_role_start(tok) : tok.i + 1].text))


def _role_before_name(
    ctx: Context, span: Span, pattern: RelationPattern, *, exclude: str
) -> tuple[Arg, str, Token] | None:
    """"Barnardo's chief executive Lynn Perry", "LGA chair Jane Smith": an organisation, its
    possessive or nothing, then role words, then the person."""
    doc = ctx.doc
    k = span.start - 1
    role_end = k + 1
    while k >= 0 and (doc[k].lower_ in ctx.schema.entities.role_words or _is_role_word(doc[k], pattern)) \
            and ctx.token_mention.get(k) is None:
        k -= 1
    role_tokens = doc[k + 1 : role_end]
    if not role_tokens or not any(_is_role_word(t, pattern) for t in role_tokens):
        return None
    if k >= 0 and doc[k].lower_ in ("'s", "'"):
        k -= 1
    if k < 0 or ctx.token_mention.get(k) is None:
        return None
    arg = ctx.arg_at(doc[k])
    if arg is None or arg.key == exclude or arg.type not in pattern.object_types:
        return None
    return arg, _clean_role(role_tokens.text.lower()), role_tokens[0]


def _is_role_word(tok: Token, pattern: RelationPattern) -> bool:
    return tok.lemma_.lower() in pattern.lemmas or tok.lower_ in pattern.lemmas


_STOPS = frozenset({",", ";", "(", ")", ":", ".", "\"", "!", "?"})


def _segment_after(span: Span) -> Span | None:
    """The phrase after "Person," up to the next comma, verb or sentence end."""
    doc = span.doc
    k = span.end
    if k >= len(doc) or doc[k].text != ",":
        return None
    start = k + 1
    end = start
    sent_end = span.sent.end
    while (
        end < sent_end and doc[end].text not in _STOPS and doc[end].pos_ not in ("VERB", "AUX")
        and not _line_end(doc[end - 1]) and not (doc[end].is_space and "\n" in doc[end].text)
    ):
        end += 1
    return doc[start:end] if end > start else None


def _segment_before(span: Span) -> Span | None:
    """The phrase before ", Person" back to the previous comma or the sentence start."""
    doc = span.doc
    k = span.start - 1
    if k < 1 or doc[k].text != ",":
        return None
    end = k
    start = end
    sent_start = span.sent.start
    while start > sent_start and doc[start - 1].text not in _STOPS and doc[start - 1].pos_ not in ("VERB", "AUX"):
        start -= 1
    return doc[start:end] if end > start else None


def _line_end(tok: Token) -> bool:
    return "\n" in tok.whitespace_


def _role_in_segment(
    ctx: Context, segment: Span, pattern: RelationPattern, *, exclude: str
) -> tuple[Arg, str, Token] | None:
    """In a role phrase with one of the pattern's role words, the last entity of an allowed
    type (the most specific: "the LGA's Children and Young People Board"), and the role."""
    role_tokens = [t for t in segment if _is_role_word(t, pattern)]
    if not role_tokens:
        return None
    targets: list[tuple[int, Arg]] = []
    seen_mentions = set()
    for t in segment:
        index = ctx.token_mention.get(t.i)
        if index is not None:
            if index in seen_mentions:
                continue
            seen_mentions.add(index)
            key = ctx.keys[index]
            if key != exclude and ctx.entity[key].type in pattern.object_types:
                targets.append((t.i, Arg(key, ctx.entity[key].type)))
        elif t.pos_ == "NOUN":
            arg = ctx.resolve(t)
            if arg is not None and arg.type in pattern.object_types and arg.key != exclude:
                targets.append((t.i, arg))
    if not targets:
        return None
    first_at, target = targets[-1]
    # the role is the phrase up to the first entity ("corporate director of ... at X")
    cut = min(i for i, _ in targets)
    if cut <= role_tokens[0].i:
        role_span = [t for t in segment if t.i > cut and not ctx.token_mention.get(t.i)]
        role = " ".join(t.text for t in role_span if t.i >= role_tokens[0].i)
    else:
        role = segment.doc[segment.start : cut].text
    role = _clean_role(role) or _clean_role(segment.text)  # "X, the former Children's Commissioner"
    return target, role, role_tokens[0]


def _clean_role(text: str) -> str:
    words = text.replace(" 's", "'s").strip(" ,;:").split()
    while words and words[0].lower() in ("the", "a", "an", "'s", "its", "their"):
        words = words[1:]
    while words and words[-1].lower() in ("of", "at", "for", "with", "the", "'s", "to", "in"):
        words = words[:-1]
    return " ".join(words)


def _role_start(noun: Token) -> int:
    start = noun.i
    while start > 0 and noun.doc[start - 1].dep_ in ("compound", "amod") and noun.doc[start - 1].head.i >= noun.i:
        start -= 1
    return start


def nearest_person_before(ctx: Context, tok: Token) -> Arg | None:
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        arg = ctx.arg_at(ctx.doc[i]) if ctx.token_mention.get(i) is not None else None
        if arg and arg.type == PERSON:
            return arg
    return None


def _role_target(ctx: Context, noun: Token, types: Sequence[str]) -> Arg | None:
    """The organisation of a role: after "of/at/for", or a possessive before it."""
    for child in noun.children:
        if child.dep_ == "poss":
            arg = ctx.arg_at(child) or ctx.first_in(child, types)
            if arg and arg.type in types:
                return arg
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "at", "for", "with"):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                for t in [pobj, *list(pobj.subtree)]:
                    arg = ctx.arg_at(t)
                    if arg and arg.type in types:
                        return arg
    return None
