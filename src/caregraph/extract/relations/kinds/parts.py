"""Kinds of the relations between initiatives, the bodies running them and the publications
behind them.

`passive_prep`: the subject of a passive verb (or the noun a participle describes) relates
to the object of one of the pattern's prepositions. What a programme is carried out
through: "the X service is being tested through the Y pathfinder", "X, funded under the Y
strategy" (PART_OF a programme, ALIGNS_WITH a publication); what a body is chosen as: "X was
selected as the Y pathfinder" (RUNS). Only the passive: in "X delivers support through Y"
the active subject X is the whole and Y its means, and in "the Department named X as the Y
pathfinder" the subject chose, it runs nothing.
`framed`: "Under the X Plan, the council will launch the Y scheme".
`owned_noun_prep`: "X's participation in the Y programme".
`carried_out_in`: "the roll-out of the Y model in Westshire and Eastshire".
`seat`: "Jane Porter sat on the Y Review's expert panel" (a seat on a body of a text)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ....core.schema import RelationPattern

if TYPE_CHECKING:
    from spacy.tokens import Token
from ...syntax import children_of, negated, pos_indexes, sentences, tokens_of
from ..context import Arg, Context, is_passive, matches_trigger, quantified, subject_tokens, unasserted
from ..registry import RuleMatch, rule_kind


@rule_kind("passive_prep")
def _passive_prep_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ != "VERB" or not any(matches_trigger(tok, lem) for lem in pattern.lemmas):
            continue
        if not is_passive(tok) or negated(tok) or unasserted(ctx, tok):
            continue
        subjects_tok = [c for c in children_of(tok) if c.dep_ == "nsubjpass"]
        if not subjects_tok and tok.dep_ == "acl":
            subjects_tok = [tok.head]  # "the X service, delivered through Y"
        subjects_tok = [tok.head if s.tag_ in ("WDT", "WP") and tok.dep_ == "relcl" else s for s in subjects_tok]
        if not subjects_tok and tok.dep_ == "relcl":
            subjects_tok = [tok.head]
        objects_tok = [p for c in children_of(tok) if c.dep_ in ("prep", "agent") and c.lower_ in pattern.preps
                       for p in children_of(c) if p.dep_ == "pobj"]
        subjects = [a for s in subjects_tok for a in ctx.args_in(s, pattern.subject_types)]
        objects = [a for o in objects_tok for a in ctx.args_in(o, pattern.object_types)]
        if subjects and objects:
            yield RuleMatch(subjects, objects, tok)


@rule_kind("framed")
def _framed_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"Under the X Plan, the council will launch the Y scheme", "As part of the X programme,
    Y will ...": a sentence opening with one of the pattern's phrases and its object frames
    the programmes the main clause names (its verb's subjects and objects)."""
    doc = ctx.doc
    # only a sentence whose first word is the first word of one of the phrases is read
    starts = {i for p in pattern.lemmas for i in ctx.by_lower.get(p.split()[0], ())}
    if not starts:
        return
    for first in _sentence_openings(ctx):
        if first.i not in starts:
            continue
        words = next((p.split() for p in pattern.lemmas
                      if [t.lower_ for t in tokens_of(doc)[first.i : first.i + len(p.split())]] == p.split()), None)
        if words is None:
            continue
        last = doc[first.i + len(words) - 1]
        objects = [a for p in children_of(last) if p.dep_ == "pobj" for a in ctx.args_in(p, pattern.object_types)]
        # the clause the phrase opens: the verb its first word hangs on, after a comma
        verb = first.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        comma = next((t for t in doc[last.i : verb.i] if t.text == ","), None)
        if not objects or comma is None or verb.i < comma.i or negated(verb) or verb.lemma_.lower() in ctx.rules.undoing_verbs:
            continue
        framed = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i > comma.i]
        subjects = [a for c in framed for a in ctx.args_in(c, pattern.subject_types)]
        if subjects:
            yield RuleMatch(subjects, objects, first)


def _sentence_openings(ctx: Context) -> list[Token]:
    """Each sentence's first word (neither space nor punctuation), in text order: once per
    document, for every framed pattern."""
    found: list[Token] | None = ctx.cache.get("sentence_openings")
    if found is None:
        found = ctx.cache["sentence_openings"] = [
            first for sent in sentences(ctx.doc)
            if (first := next((t for t in sent if not t.is_space and not t.is_punct), None)) is not None
        ]
    return found


@rule_kind("owned_noun_prep")
def _owned_noun_prep_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"X's participation in the Y programme", "the involvement of X in Y": a noun of the
    pattern's lemmas whose owner (possessor, or "of" object) is the subject and the object of
    one of its prepositions the object."""
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in pattern.lemmas or tok.i in ctx.token_mention:
            continue
        if negated(tok.head):
            continue
        owners = [c for c in children_of(tok) if c.dep_ == "poss"]
        owners += [p for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"]
        objects_tok = [p for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in pattern.preps
                       for p in children_of(c) if p.dep_ == "pobj"]
        subjects = [a for o in owners if o.pos_ != "PRON" for a in ctx.args_in(o, pattern.subject_types)]
        objects = [a for o in objects_tok for a in ctx.args_in(o, pattern.object_types)]
        if subjects and objects:
            yield RuleMatch(subjects, objects, tok)


# "roll-out": the parser splits the hyphenated noun, its last part the head
_SPLIT_NOUNS = {("roll", "out"): "rollout", ("scale", "up"): "scale-up"}


@rule_kind("carried_out_in")
def _carried_out_in_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"the roll-out of the X model in A and B", "the introduction of X across A": a noun of
    carrying a programme out (the pattern's lemmas) whose "of" object names the programme and
    whose "in"/"across" phrase (on the noun, on the programme's name, or on the verb the noun
    is the object of, after it) names the bodies or places that run it. Not where the noun
    names its agent ("the delivery of X by Z in A": Z's) or its own owner ("Z's roll-out of X
    in A"), nor an undone or negated one."""
    doc = ctx.doc
    toks = tokens_of(doc)
    for tok in (toks[i] for i in pos_indexes(doc, "NOUN", "PROPN")):   # (from the token array)
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in ctx.token_mention:
            continue
        word = tok.lemma_.lower()
        if tok.i >= 2 and doc[tok.i - 1].text == "-":
            word = _SPLIT_NOUNS.get((doc[tok.i - 2].lower_, tok.lower_), word)
        if word not in pattern.lemmas or negated(tok.head):
            continue
        if any(c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ == "by") for c in children_of(tok)):
            continue
        owned = [p for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"]
        objects = [a for o in owned for a in ctx.args_in(o, pattern.object_types) if not a.via_reference]
        if not objects:
            continue
        hosts = [tok, *owned]
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            hosts.append(tok.head)
        places = [p for h in hosts for c in children_of(h) if c.dep_ == "prep" and c.lower_ in pattern.preps
                  and c.i > tok.i for p in children_of(c) if p.dep_ == "pobj"]
        subjects = [a for p in places for a in ctx.args_in(p, pattern.subject_types) if not a.via_reference]
        if subjects:
            yield RuleMatch(subjects, objects, tok)


@rule_kind("seat")
def _seat_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"Jane Porter sat on the Y Review's expert panel", "X served on the advisory board of the Y
    Review", "X was a member of the Y Review's reference group": a trigger verb (the lemmas) with
    one of the prepositions before a common noun of a body (the pattern's `verbs`: panel, board,
    group) that belongs to a text (its possessive, its "of" or "for" phrase, or a name before it):
    the subject took part in the text. Not the text itself ("the council sat on the Y Report for
    months" is a delay)."""
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ not in ("VERB", "AUX") or not any(matches_trigger(tok, lem) for lem in pattern.lemmas):
            continue
        if negated(tok) or unasserted(ctx, tok):
            continue
        heads = [tok, *(c for c in children_of(tok) if c.dep_ in ("prt", "dobj", "attr", "acomp"))]
        heads += quantified(heads)
        units = [p for h in heads for c in children_of(h) if c.dep_ == "prep" and c.lower_ in pattern.preps
                 for p in children_of(c) if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.i not in ctx.token_mention
                 and p.lemma_.lower() in pattern.verbs]
        # "X joined the Y Review's panel"
        units += [c for c in children_of(tok) if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i not in ctx.token_mention
                  and c.lemma_.lower() in pattern.verbs]
        objects = [a for u in units for a in _owning_texts(ctx, u, pattern.object_types)]
        subjects = [a for st in subject_tokens(tok) for a in ctx.args_in(st, pattern.subject_types)]
        if subjects and objects:
            yield RuleMatch(subjects, objects, tok)


def _owning_texts(ctx: Context, unit: Token, types: Sequence[str]) -> list[Arg]:
    """The named entities (of `types`) a body's common noun belongs to: its possessive ("the Y
    Review's panel"), its "of"/"for" phrase ("the panel of the Y Review") or a name modifying it
    ("the Y Review panel")."""
    owners = [c for c in children_of(unit) if c.dep_ in ("poss", "compound") and c.i in ctx.token_mention]
    owners += [p for c in children_of(unit) if c.dep_ == "prep" and c.lower_ in ("of", "for")
               for p in children_of(c) if p.dep_ == "pobj"]
    return [a for o in owners if (a := ctx.arg_at(o)) is not None and not a.via_reference and a.type in types]
