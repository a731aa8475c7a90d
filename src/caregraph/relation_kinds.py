"""The kinds of relation rule: domain-neutral shapes that a pattern of
schemas/relations.yaml names (`kind: verb`, `kind: role`, ...), each a function from the
document context and the pattern to (subjects, objects, anchor token, extra) tuples.
RULE_KINDS maps the names to the functions; config.py checks patterns against its keys."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from .config import RelationPattern
from .relation_roles import role_rule
from .relations import (
    Arg,
    Context,
    agent_tokens,
    first_after,
    is_passive,
    is_question_or_conditional,
    matches_trigger,
    subject_tokens,
)
from .syntax import negated

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJ = ("nsubj", "nsubjpass")


def _verb_rule(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[list[Arg], list[Arg], Token, str | None]]:
    """"X leads Y", "Y, led by X", "Y was launched by X", "X contributed to Y"."""
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ not in ("VERB", "AUX") or not any(matches_trigger(tok, lem) for lem in pattern.lemmas):
            continue
        if negated(tok) or is_question_or_conditional(tok):
            continue
        if pattern.preps:
            # "X contributed to Y", "X is based in Y", "X was part of Y"
            heads = [tok, *[c for c in tok.children if c.dep_ in ("prt", "dobj", "attr", "acomp")]]
            objects_tok = [
                p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in pattern.preps
                for p in c.children if p.dep_ == "pobj"
            ]
            subjects_tok = [c for c in tok.children if c.dep_ in _SUBJ] or subject_tokens(tok)
            # "the X programme, which is being tested in Y": the relative pronoun is the noun
            subjects_tok = [tok.head if s.tag_ in ("WDT", "WP") and tok.dep_ == "relcl" else s
                            for s in subjects_tok]
            if not subjects_tok and tok.dep_ in ("acl", "relcl"):
                subjects_tok = [tok.head]
        elif is_passive(tok):
            objects_tok = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if not objects_tok and tok.dep_ in ("acl", "relcl"):
                objects_tok = [tok.head]
            objects_tok = [tok.head if o.tag_ in ("WDT", "WP") else o for o in objects_tok]
            subjects_tok = agent_tokens(tok)
        else:
            subjects_tok = subject_tokens(tok)
            objects_tok = [c for c in tok.children if c.dep_ in ("dobj", "attr")]
        subjects = [a for s in subjects_tok for a in ctx.args_in(s, pattern.subject_types)]
        if not subjects and tok.tag_ == "VBG" and tok.dep_ == "advcl":
            # "Welcoming the Bill, Jane Smith, chief executive of X, said": the first name after
            comma = next((t.i for t in ctx.doc[tok.i : tok.sent.end] if t.text == ","), None)
            if comma is not None:
                subjects = first_after(ctx, comma + 1, pattern.subject_types)
        objects = [a for o in objects_tok for a in ctx.args_in(o, pattern.object_types)]
        if subjects and objects:
            yield subjects, objects, tok, None


def _possessive_rule(owner_first: bool):
    def rule(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[list[Arg], list[Arg], Token, str | None]]:
        """"X's Y" where both name entities: the owner runs, contains or wrote the owned."""
        owner_types = pattern.subject_types if owner_first else pattern.object_types
        owned_types = pattern.object_types if owner_first else pattern.subject_types
        if owner_first:
            yield from _pronoun_possessives(ctx, owner_types, owned_types)
        for tok in ctx.doc:
            if tok.lower_ not in ("'s", "'") or tok.dep_ != "case":
                continue
            owner_tok = tok.head
            owned_head = owner_tok.head
            owner = ctx.arg_at(owner_tok)
            if owner is None or owner.type not in owner_types:
                continue
            owned = ctx.token_mention.get(owned_head.i)
            candidates: list[Arg] = []
            if owned is not None and owned != ctx.token_mention.get(owner_tok.i):
                arg = ctx.arg_at(owned_head)
                if arg and not arg.via_reference:
                    candidates.append(arg)
            for child in owned_head.children:
                if child.dep_ == "appos":
                    arg = ctx.arg_at(child)
                    if arg and not arg.via_reference:
                        candidates.append(arg)
            # the owner's name directly followed by the owned name ("LGA's Children ... Board",
            # "Hearth's #CareForCarers campaign")
            for nxt in (tok.i + 1, tok.i + 2):
                if nxt < len(ctx.doc) and ctx.token_mention.get(nxt) is not None:
                    arg = ctx.arg_at(ctx.doc[nxt])
                    if arg and not arg.via_reference:
                        candidates.append(arg)
                    break
            owned_args = [a for a in candidates if a.type in owned_types and a.key != owner.key]
            if not owned_args:
                continue
            if owner_first:
                yield [owner], owned_args[:1], tok, None
            else:
                yield owned_args[:1], [owner], tok, None

    return rule


def _pronoun_possessives(
    ctx: Context, owner_types: Sequence[str], owned_types: Sequence[str]
) -> Iterator[tuple[list[Arg], list[Arg], Token, str | None]]:
    """"X held an event to mark the publication of our Y report": "our", "its" or "their"
    before a named thing belongs to the subject of the clause that governs it."""
    for tok in ctx.doc:
        if tok.dep_ != "poss" or tok.lower_ not in ctx.rules.possessive_pronouns:
            continue
        owned = next(
            (a for t in [tok.head, *tok.head.children] if t.i != tok.i
             for a in [ctx.arg_at(t)] if a is not None and not a.via_reference and a.type in owned_types),
            None,
        )
        if owned is None:
            continue
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subjects = subject_tokens(verb)
        if any(tok.i in {t.i for t in s.subtree} for s in subjects) and verb.head.i != verb.i:
            subjects = subject_tokens(verb.head)  # "X said its scheme was growing"
        owners = [a for s in subjects for a in [ctx.arg_at(s)]
                  if a is not None and a.type in owner_types and not a.via_reference]
        if len(owners) == 1 and owners[0].key != owned.key:
            yield owners, [owned], tok, None


def _list_rule(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[list[Arg], list[Arg], Token, str | None]]:
    """"Initiatives in X include:" followed by list items: X relates to each item's name."""
    for lst in ctx.lists:
        intro = lst.intro
        if not any(t.lemma_.lower() in pattern.lemmas or t.lower_ in pattern.lemmas for t in intro):
            continue
        owners = []
        for t in intro:
            arg = ctx.arg_at(t) if ctx.token_mention.get(t.i) is not None else None
            if arg and arg.type in pattern.subject_types and arg not in owners:
                owners.append(arg)
        items = [a for a in lst.items if a.type in pattern.object_types]
        if len(owners) == 1 and items:
            yield owners, items, intro[-1], None


def _phrase_rule(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[list[Arg], list[Arg], Token, str | None]]:
    """"X is in line with Y", "X is an example of Y": a fixed phrase between subject and
    object; "these initiatives" refers to the items of the last list."""
    doc = ctx.doc
    for lemma in pattern.lemmas:
        words = lemma.split()
        for i in ctx.by_lower.get(words[0], ()):
            if [t.lower_ for t in doc[i : i + len(words)]] != words:
                continue
            last = doc[i + len(words) - 1]
            pobjs = [c for c in last.children if c.dep_ == "pobj"]
            objects = [a for p in pobjs for a in _args_or_inside(ctx, p, pattern.object_types)]
            verb = doc[i]
            while verb.dep_ not in ("ROOT", "relcl", "ccomp", "conj") and verb.head.i != verb.i:
                verb = verb.head
            subjects: list[Arg] = []
            for s in [c for c in verb.children if c.dep_ in _SUBJ]:
                subjects.extend(_list_reference(ctx, s, pattern.subject_types) or ctx.args_in(s, pattern.subject_types))
            if subjects and objects:
                yield subjects, objects, doc[i], None


def _args_or_inside(ctx: Context, tok: Token, types: Sequence[str]) -> list[Arg]:
    args = ctx.args_in(tok, types)
    if args:
        return args
    for t in tok.subtree:
        arg = ctx.arg_at(t)
        if arg and arg.type in types:
            return [arg]
    return []


def _list_reference(ctx: Context, tok: Token, types: Sequence[str]) -> list[Arg]:
    """"these initiatives", "many of these": the items of the last list before the token."""
    words = {t.lower_ for t in tok.subtree}
    if "these" not in words and "those" not in words:
        return []
    before = [lst for lst in ctx.lists if lst.intro[-1].i < tok.i]
    if not before:
        return []
    return [a for a in before[-1].items if a.type in types]


def _setting_rule(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[list[Arg], list[Arg], Token, str | None]]:
    """"Within X, the Y team is ...": a sentence-opening place phrase locates the subject."""
    for sent in ctx.doc.sents:
        first = next((t for t in sent if not t.is_space and not t.is_punct), None)
        if first is None or first.lower_ not in pattern.preps or first.dep_ != "prep":
            continue
        places = [a for p in first.children if p.dep_ == "pobj" for a in ctx.args_in(p, pattern.object_types)]
        verb = first.head
        subjects = [a for s in verb.children if s.dep_ in _SUBJ for a in ctx.args_in(s, pattern.subject_types)]
        if places and subjects:
            yield subjects, places, first, None


def _speech_rule(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[list[Arg], list[Arg], Token, str | None]]:
    """"X said: 'The review represents ...'": a person speaking about a publication that is
    the subject of what they say."""
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in pattern.lemmas or negated(tok):
            continue
        speakers = [a for s in tok.children if s.dep_ == "nsubj" for a in ctx.args_in(s, pattern.subject_types)]
        if not speakers:
            continue
        for comp in tok.children:
            if comp.dep_ not in ("ccomp", "dobj"):
                continue
            for s in comp.children if comp.dep_ == "ccomp" else [comp]:
                if comp.dep_ == "ccomp" and s.dep_ not in _SUBJ:
                    continue
                arg = ctx.arg_at(s)
                if arg and arg.type in pattern.object_types:
                    yield speakers, [arg], tok, None
        # a quotation in the next sentence whose subject is the publication
        nxt = tok.sent.end
        if any(c.dep_ in ("ccomp", "dobj") for c in tok.children) or nxt >= len(ctx.doc):
            continue
        following = ctx.doc[nxt].sent
        root = following.root
        for s in root.children:
            if s.dep_ in _SUBJ:
                arg = ctx.arg_at(s)
                if arg and arg.type in pattern.object_types:
                    yield speakers, [arg], tok, None


def _svo_rule(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[list[Arg], list[Arg], Token, str | None]]:
    """Any verb between two named entities that no typed rule took: RELATED_TO, with the verb
    as its predicate."""
    excluded = ctx.rules.related_verbs_excluded
    for tok in ctx.doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() in excluded or negated(tok):
            continue
        subjects = [a for s in subject_tokens(tok) if (a := ctx.arg_at(s)) is not None and not a.via_reference]
        objects = [a for o in tok.children if o.dep_ == "dobj" if (a := ctx.arg_at(o)) is not None and not a.via_reference]
        if subjects and objects:
            yield subjects, objects, tok, tok.lemma_.lower()


def _recommend_rule(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[list[Arg], list[Arg], Token, str | None]]:
    """The recommender of each proposal that `recommend` found, when the text names one."""
    from .recommend import find_recommendations

    # with no recommender named ("it was recommended that ..."), the document's one review,
    # report or other recommending publication (the schema's recommender nouns)
    recommenders = tuple(ctx.schema.entities.recommendation_recommenders)
    for item in find_recommendations(ctx.doc, ctx.schema.entities):
        target = ctx.arg_at(ctx.doc[item.start])
        if target is None or target.type != "Recommendation":
            continue
        source = None
        if item.recommender is not None:
            tok = ctx.doc[item.recommender]
            source = ctx.arg_at(tok) or ctx.first_in(tok, pattern.subject_types)
            if source is None and tok.lower_ == "it":
                source = ctx.salient("Publication", heads=recommenders)
        else:
            source = ctx.salient("Publication", heads=recommenders)
        if source and source.type in pattern.subject_types:
            yield [source], [target], ctx.doc[item.trigger], None


RuleFn = Callable[[Context, RelationPattern], Iterator[tuple[list[Arg], list[Arg], "Token", str | None]]]

RULE_KINDS: dict[str, RuleFn] = {
    "verb": _verb_rule,
    "role": role_rule,
    "possessive_owner": _possessive_rule(owner_first=True),
    "possessive_owned": _possessive_rule(owner_first=False),
    "list": _list_rule,
    "phrase": _phrase_rule,
    "setting": _setting_rule,
    "speech": _speech_rule,
    "recommend": _recommend_rule,
    "svo": _svo_rule,
}
