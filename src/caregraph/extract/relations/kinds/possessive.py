"""Possessive kinds: "X's Y" where both name entities (`possessive_owner`: X is the
subject; `possessive_owned`: Y is), and "our Y" owned by the subject of the clause. A pattern
with lemmas takes only an owned name that ends in one of them (a unit's head word: "the
LGA's Children and Young People Board")."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ....core.ontology import COMMISSIONED, INITIATIVE, PUBLICATION
from ....core.schema import RelationPattern
from ...syntax import children_of, sent_of
from ..context import Arg, Context, subject_tokens
from ..registry import RuleFn, RuleMatch, rule_kind
from .roles import own_body

if TYPE_CHECKING:
    from spacy.tokens import Token


def _possessive_rule(owner_first: bool) -> RuleFn:
    def rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
        """"X's Y" where both name entities: the owner runs, contains or wrote the owned."""
        owner_types = pattern.subject_types if owner_first else pattern.object_types
        owned_types = pattern.object_types if owner_first else pattern.subject_types
        if owner_first:
            yield from (m for m in _pronoun_possessives(ctx, owner_types, owned_types)
                        if all(_made_for_owner(ctx, pattern, a) for a in m.objects))
        for tok in ctx.tokens_with_lower(("'s", "'")):
            if tok.dep_ != "case":
                continue
            owner_tok = tok.head
            owned_head = owner_tok.head
            if owned_head.i < tok.i:
                continue  # "Harbour Aid, Marlowe's and ...": a possessive owns what follows it, never what precedes
            owner = ctx.arg_at(owner_tok)
            if owner is None or owner.type not in owner_types:
                continue
            if tok.i in ctx.token_mention and (inside := ctx.arg_at(tok)) is not None and inside.key == owner.key:
                continue  # "the Council's Forward Plan" named as one title: a possessive inside the owner's own name
            owned = ctx.token_mention.get(owned_head.i)
            candidates: list[Arg] = []
            if owned is not None and owned != ctx.token_mention.get(owner_tok.i):
                arg = ctx.arg_at(owned_head)
                if arg and not arg.via_reference:
                    candidates.append(arg)
            for child in children_of(owned_head):
                if child.dep_ == "appos":
                    arg = ctx.arg_at(child)
                    if arg and not arg.via_reference:
                        candidates.append(arg)
            if owned is None:
                # "the Harbour Office's plan, entitled Y": a clause that gives the noun its name
                # (an object predicate) names what the owner has
                for child in children_of(owned_head):
                    if child.dep_ == "acl" and child.i > owned_head.i:
                        for name in children_of(child):
                            arg = ctx.arg_at(name) if name.dep_ == "oprd" and name.i in ctx.token_mention else None
                            if arg and not arg.via_reference:
                                candidates.append(arg)
            titled = _titled_text(ctx, tok, owner.key)
            if titled is not None and titled[1].type in owned_types and not _clause_after_comma(ctx, *titled):
                # "the Harbour Office's (HO) 2023 policy paper Safe Harbours": the title right after
                # the owner's noun of a text, read in text order (the parser hangs such titles anywhere)
                candidates.append(titled[1])
            if owned is None and owned_head.dep_ == "appos" and ctx.token_mention.get(owned_head.head.i) is not None:
                # "Fair Futures, the Harbour Trust's latest report": the name the phrase describes
                arg = ctx.arg_at(owned_head.head)
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
            # a bare head word ("the Care Leavers' Association" read as "Association") is the
            # tail of the owner's own name, not a thing the owner has
            owned_args = [a for a in candidates if a.type in owned_types and a.key != owner.key
                          and not _bare_head(ctx, a) and _ends_in(ctx, a, pattern.lemmas)
                          and (not owner_first or _made_for_owner(ctx, pattern, a))]
            if not owned_args:
                continue
            if owner_first:
                yield RuleMatch([owner], owned_args[:1], tok)
            else:
                yield RuleMatch(owned_args[:1], [owner], tok)

    return rule


def _made_for_owner(ctx: Context, pattern: RelationPattern, owned: Arg) -> bool:
    """Whether an owner's text fits a made relation's pattern: a text whose name opens with one of
    the schema's independent_words ("the Harbour Office's Independent Review of Y") was made for the
    owner by someone else, so it is the owner's only as one it commissioned; any other text is the
    owner's as one it wrote, not one it commissioned. Relations that make nothing take both."""
    if pattern.relation not in ctx.rules.made_relations or owned.type != PUBLICATION:
        return True
    words = ctx.entity[owned.key].label.lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    independent = bool(words) and words[0] in ctx.rules.independent_words
    return independent == (pattern.relation == COMMISSIONED)


def _names_the_owned(ctx: Context, head: Token, owned: Arg) -> bool:
    """The possessed noun is the name itself, has it in apposition, or is a noun of the
    name's kind after it ("our X programme"; not "our X response"), or, for a programme, a noun
    of its own parts after it (`programme_parts`: "our X constellations", "our X hubs")."""
    named = [head, *(c for c in children_of(head) if c.dep_ == "appos")]
    lemma = head.lemma_.lower()
    if ctx.rules.definite_references.get(lemma) == owned.type:
        named += [c for c in children_of(head) if c.dep_ == "compound"]
    elif owned.type == INITIATIVE and lemma in ctx.rules.programme_parts:
        # (the name right before the noun, as the parser hangs it: a compound, or an adjective
        # for a one-word name: "our Harbour constellations")
        named += [c for c in children_of(head) if c.dep_ in _MODIFIERS and c.i < head.i
                  and ctx.token_mention.get(c.i) is not None and ctx.token_mention.get(head.i - 1) == ctx.token_mention.get(c.i)]
    return any(a == owned for t in named for a in [ctx.arg_at(t)] if ctx.token_mention.get(t.i) is not None) \
        or _title_after(ctx, head, (owned.type,)) == owned or _part_on(ctx, head, (owned.type,)) == owned


def _part_on(ctx: Context, head: Token, types: Sequence[str]) -> Arg | None:
    """The programme named after "on" on a noun of its parts ("our work on the Harbour Pilot")."""
    if head.lemma_.lower() not in ctx.rules.programme_parts or INITIATIVE not in types:
        return None
    return next((a for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "on"
                 for p in children_of(c) if p.dep_ == "pobj" for a in [ctx.arg_at(p)]
                 if a is not None and not a.via_reference and a.type == INITIATIVE), None)


def _title_after(ctx: Context, head: Token, types: Sequence[str]) -> Arg | None:
    """The name right after a noun of its kind, past an opening quotation mark or a comma, that
    the parser hung elsewhere ("my report ‘Families Together’ ...": the title of the report)."""
    if ctx.token_mention.get(head.i) is not None:
        return None
    at = head.i + 1
    while at < len(ctx.doc) and at <= head.i + 2 and ctx.doc[at].text in _BEFORE_TITLE:
        at += 1
    index = ctx.token_mention.get(at) if at < len(ctx.doc) else None
    if index is None or ctx.token_mention.get(at - 1) == index:
        return None  # (no name, or one that starts before: not a title after the noun)
    key = ctx.keys[index]
    type_ = ctx.entity[key].type
    lemma = head.lemma_.lower()
    if type_ not in types or (ctx.rules.definite_references.get(lemma) != type_
                              and not (type_ == PUBLICATION and lemma in ctx.rules.title_nouns)):
        return None  # ("its statutory guidance Y": a noun of a text that a title may follow, title_nouns)
    return Arg(key, type_)


def _titled_text(ctx: Context, case: Token, owner: str) -> tuple[Token, Arg] | None:
    """The noun of a text after an owner's possessive, past the owner's acronym in brackets and a
    few lower-case words or a year, and the title right after it: "the Harbour Office's (HO) 2023
    policy paper Safe Harbours" -> (paper, Safe Harbours)."""
    doc = ctx.doc
    k = case.i + 1
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and (
            ctx.token_mention.get(k + 1) is None or ctx.keys[ctx.token_mention[k + 1]] == owner):
        k += 3
    for _ in range(_TEXT_MODIFIERS + 1):
        if k >= len(doc) or ctx.token_mention.get(k) is not None or doc[k].is_punct:
            return None
        word = doc[k]
        if word.pos_ == "NOUN" and (title := _title_after(ctx, word, _TEXTS)) is not None:
            return word, title
        if not _noun_modifier(word):
            return None
        k += 1
    return None


def _noun_modifier(word: Token) -> bool:
    """Whether a lower-case word or a number may stand before the noun of a text as its modifier
    ("its 2023 statutory policy paper"); a preposition, an article, a pronoun or a possessive ends
    the run ("the Harbour Trust's response to the paper Safe Harbours" names no text of the Trust)."""
    if word.pos_ in _NOT_MODIFIERS or word.tag_ == "POS":
        return False
    if word.like_num:
        return True
    return word.is_lower and (word.dep_ in _NOUN_MODIFIER_DEPS or word.pos_ in _NOUN_MODIFIER_POS)


_NOT_MODIFIERS = frozenset({"ADP", "DET", "PRON", "PART"})
_NOUN_MODIFIER_DEPS = frozenset({"amod", "compound", "nummod"})
_NOUN_MODIFIER_POS = frozenset({"ADJ", "NOUN", "NUM"})


_TEXT_MODIFIERS = 4   # "its first statutory policy paper Y"


def _clause_after_comma(ctx: Context, head: Token, title: Arg) -> bool:
    """Whether a name after the noun and a comma opens the next clause rather than naming the noun
    ("After the Harbour Trust's consultation, the Westshire Review found ..."): it is no aside
    closed by a comma, a bracket or the sentence's end ("the Harbour Office's paper, Safe
    Harbours, set out ...")."""
    doc = ctx.doc
    stop = sent_of(head).end
    if head.i + 1 >= stop or doc[head.i + 1].text != ",":
        return False
    end = head.i + 2
    while end < stop and (ctx.token_mention.get(end) is None or ctx.keys[ctx.token_mention[end]] != title.key):
        end += 1
    while end < stop and ctx.token_mention.get(end) is not None and ctx.keys[ctx.token_mention[end]] == title.key:
        end += 1
    return end < stop and doc[end].text not in (",", ")", ";", ".", "\u2019", "'", "\"", "\u201d")


_MODIFIERS = frozenset({"compound", "amod", "nmod"})
_BEFORE_TITLE = frozenset({"‘", "“", '"', "'", ","})


def _ends_in(ctx: Context, arg: Arg, heads: Sequence[str]) -> bool:
    """Whether the owned name ends in one of the pattern's head words, when it has any ("the
    LGA's Children and Young People Board" names a unit of the LGA; "the council's Woodhouse
    Family Centre" or "His Majesty's Chief Inspector, Estyn" names none)."""
    if not heads:
        return True
    words = ctx.entity[arg.key].label.lower().split()
    return bool(words) and words[-1] in heads


def _bare_head(ctx: Context, arg: Arg) -> bool:
    words = ctx.entity[arg.key].label.split()
    return len(words) == 1 and words[0].lower() in ctx.schema.entities.heads


def _pronoun_possessives(
    ctx: Context, owner_types: Sequence[str], owned_types: Sequence[str], pronouns: Sequence[str] | None = None
) -> Iterator[RuleMatch]:
    """"X held an event to mark the publication of our Y report": "our", "its" or "their"
    before a named thing belongs to the subject of the clause that governs it (`pronouns`:
    only these)."""
    for tok in ctx.tokens_with_lower(tuple(pronouns) if pronouns is not None else (*ctx.rules.possessive_pronouns, _MY)):
        if tok.dep_ != "poss":
            continue
        owned = next(
            (a for t in [tok.head, *children_of(tok.head)] if t.i != tok.i
             for a in [ctx.arg_at(t)] if a is not None and not a.via_reference and a.type in owned_types),
            None,
        ) or _title_after(ctx, tok.head, owned_types) or _part_on(ctx, tok.head, owned_types)
        if owned is None:
            continue
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        # ("my" is the writer's or the speaker's, whoever the clause's subject: below)
        subjects = subject_tokens(verb) if tok.lower_ != _MY else []
        if any(tok.i in {t.i for t in s.subtree} for s in subjects) and verb.head.i != verb.i:
            subjects = subject_tokens(verb.head)  # "X said its scheme was growing"
        owners = [a for s in subjects for a in [ctx.arg_at(s)]
                  if a is not None and a.type in owner_types and not a.via_reference]
        if not owners and tok.lower_ in _THIRD_PERSON and owned.type == PUBLICATION:
            # "the recommendations made by the Harbour Panel in its report Y": a passive clause's
            # "its/their" is its agent's
            owners = [a for c in children_of(verb) if c.dep_ == "agent" for p in children_of(c) if p.dep_ == "pobj"
                      for a in [ctx.arg_at(p)] if a is not None and a.type in owner_types and not a.via_reference]
        if (not owners and tok.lower_ == "our" and ctx.token_mention.get(tok.i) is None
                and _names_the_owned(ctx, tok.head, owned)):
            # "our report, X", "our X programme" outside quotations: the page's own body (its
            # voice, else the one it speaks for: roles.own_body); not "our X response", whose X
            # is what the response is about
            body = own_body(ctx, tok)
            if (body is None and owned.type == INITIATIVE and tok.head.lemma_.lower() in ctx.rules.programme_parts
                    and ctx.speaker_body is not None and ctx.in_quotation(tok)):
                # a quotation's "our X hubs", "our work on X" (a noun of the programme's parts, not
                # "our X programme", which a minister says of a national one): the speaker's
                # organisation's programme
                body = ctx.speaker_body(tok)
            if body is not None and body.type in owner_types:
                owners = [body]
        elif (not owners and tok.lower_ == _MY and ctx.token_mention.get(tok.i) is None
              and _names_the_owned(ctx, tok.head, owned)):
            # "my report, X", "In my X Review, I heard ...": the one "my" stands for (a quotation's
            # speaker, a blog's byline author, or the office whose own page has no author:
            # voice.voice_of)
            writer = ctx.resolve(tok)
            if writer is not None and writer.type in owner_types:
                owners = [writer]
        if len(owners) == 1 and owners[0].key != owned.key:
            yield RuleMatch(owners, [owned], tok)


_MY = "my"
_THIRD_PERSON = frozenset({"its", "their"})
_TEXTS = (PUBLICATION,)


rule_kind("possessive_owner")(_possessive_rule(owner_first=True))


@rule_kind("my_owner")
def _my_owner_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"As I set out in my report 'Y'", "In my Y Review, I heard ...": what "my" names is the
    writer's or the speaker's own (a quotation's or a debate turn's speaker, a blog's byline
    author); never "X's Y" nor "his Y", whose owner may only have led it."""
    yield from _pronoun_possessives(ctx, pattern.subject_types, pattern.object_types, (_MY,))
rule_kind("possessive_owned")(_possessive_rule(owner_first=False))
