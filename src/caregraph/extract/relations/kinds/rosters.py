"""Roster kinds: `agent_list`, the bodies listed after "The Y programme is delivered by:";
`bare_participation`, "Westshire has been chosen to take part" after a sentence naming Y; `roster`,
the places or bodies listed after a lead-in that names a group of places in a
programme. "The areas taking part in the Y programme are:" and a bulleted list, "Y will run
in three areas: A, B and C", "The Y pilot areas: A, B and C", or "The local authorities are:
A, B and C" after a sentence that names Y and the same kind of place, or "They are A in the North,
B in the South and C" right after "Y will begin in seven areas": each item runs Y."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ....core.schema import RelationPattern
from ...syntax import children_of, ends_line, negated, sent_at, tokens_of
from ..context import Arg, Context, lemma_forms, matches_trigger, opening_lines, subject_tokens, unasserted
from ..registry import RuleMatch, rule_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# words an inline list may hold between its names ("A, B and C", "A; B; and C")
_JOINERS = frozenset({",", ";", "and", "or", "&", ".", "the"})
_NEGATIONS = frozenset({"not", "no", "n't", "never", "neither", "nor"})
# sentences before a lead-in that names no programme where its programme may be named
_ANTECEDENT_SENTENCES = 2


@rule_kind("roster")
def _roster_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """A lead-in ending in a colon whose group noun (the pattern's lemmas: areas, councils,
    sites) is its head, a subject or predicate, or the object of a verb's preposition ("run in
    three areas:"), not a noun's ("funding for the areas:"); whose verbs are all of the
    pattern's `verbs` (taking part, being chosen, delivering), none negated; and which names
    one programme, or whose subject is a definite description the page resolves to one ("The
    pilot will begin in seven areas:"), or, for a definite group noun that names none ("The local
    authorities are:"), follows within two sentences one that names exactly one programme and a
    group noun, else, when neither names a programme outside a quotation, the page's own
    programme (`_page_programme`). The items: a bulleted list's, or an inline list to the end of the sentence that
    holds nothing but names and joining words."""
    for intro, items in _rosters(ctx, pattern.subject_types):
        nouns = [t for t in intro if t.pos_ == "NOUN" and t.lemma_.lower() in pattern.lemmas
                 and t.i not in ctx.token_mention and _group_place(t, intro)]
        if not nouns or not _plain_lead_in(intro, pattern):
            continue
        programmes = _named(ctx, intro, pattern.object_types)
        if not programmes:
            programmes = _described(ctx, nouns[0], pattern.object_types)
        if not programmes and any(c.dep_ == "det" and c.lower_ in ("the", "these") for c in children_of(nouns[0])):
            near = _antecedent(ctx, intro, pattern)
            programmes = near if near is not None else _page_programme(ctx, pattern.object_types)
        if len(programmes) == 1:
            yield RuleMatch(items, programmes, intro[-1])
    yield from _pronoun_rosters(ctx, pattern)


# the subjects of "They are A, B and C" that stand for a group of places named just before
_GROUP_PRONOUNS = frozenset({"they", "these"})
# the verbs of such a sentence ("They are A and B", "They include A and B")
_LISTING_VERBS = frozenset({"be", "include"})


def _pronoun_rosters(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"The Y pilot will begin in seven areas. They are Westshire in the North, Eastborough in the
    South and Northby.": a sentence whose subject is "they"/"these" and whose predicate, to its end,
    is a list of names (each may carry "in" and the region it lies in, which is not an item) or "in"
    and such a list; the sentence right before holds a plural group noun of the pattern's lemmas
    under a verb of the pattern's `verbs` (neither negated nor unasserted) and names exactly one
    programme. Each item runs it."""
    doc = ctx.doc
    for pron in ctx.tokens_with_lower(_GROUP_PRONOUNS):
        verb = pron.head
        if pron.dep_ != "nsubj" or verb.lemma_.lower() not in _LISTING_VERBS or verb.dep_ != "ROOT" \
                or verb.i != pron.i + 1 or pron.i != pron.sent.start or negated(verb) or unasserted(ctx, verb):
            continue
        items = _located_items(ctx, doc[verb.i + 1 : pron.sent.end], pattern.subject_types)
        if len(items) < 2:
            continue
        before = next(_sentences_before(doc, pron.sent.start, 1), None)
        if before is None or not _group_before(ctx, before, pattern):
            continue
        programmes = _named(ctx, list(before), pattern.object_types)
        if len(programmes) == 1:
            yield RuleMatch(items, programmes, verb)


def _group_before(ctx: Context, sent: Span, pattern: RelationPattern) -> bool:
    """Whether a sentence holds a plural group noun of the pattern's lemmas, not inside a name, whose
    nearest verb above is one of the pattern's `verbs` and is stated ("will begin in seven areas",
    "seven councils have been chosen")."""
    for noun in sent:
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in pattern.lemmas or noun.i in ctx.token_mention:
            continue
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX") and (verb.lemma_.lower() in pattern.verbs
                                             or any(matches_trigger(verb, v) for v in pattern.verbs)) \
                and not negated(verb) and not unasserted(ctx, verb):
            return True
    return False


def _located_items(ctx: Context, span: Span, types: Sequence[str]) -> list[Arg]:
    """The names of an inline list that may give each item's region after "in" ("Westshire in the
    North, Eastborough in the South and Northby"): the items, not the regions; nothing but names,
    joining words and such locators, optionally after an opening "in"."""
    items: list[Arg] = []
    last: int | None = None    # the mention of the token before
    locator = False            # an "in" after an item: the next name is its region
    for k, t in enumerate(span):
        index = ctx.token_mention.get(t.i)
        if index is not None:
            if index != last:
                if locator:
                    locator = False
                else:
                    arg = ctx.arg_at(t)
                    if arg is None or arg.type not in types:
                        return []
                    if arg not in items:
                        items.append(arg)
            last = index
            continue
        last = None
        if t.lower_ == "in" and (k == 0 or (items and not locator)):
            locator = k > 0
        elif t.lower_ not in _JOINERS and not t.is_space:
            return []
    return items if not locator else []


def _rosters(ctx: Context, types: Sequence[str]) -> Iterator[tuple[Span, list[Arg]]]:
    """Each lead-in with its items: a bulleted list's (Context.lists), and the names after a
    colon inside a line, to the end of the sentence or line."""
    for lst in ctx.lists:
        items = [a for a in lst.items if a.type in types]
        lead = lst.intro[:-1] if lst.intro[-1].text == ":" else lst.intro
        if items and len(lead):
            yield lead, items
    doc = ctx.doc
    toks = tokens_of(doc)
    for i in ctx.by_lower.get(":", ()):
        colon = toks[i]
        if ends_line(colon) or i + 1 >= len(doc) or toks[i + 1].is_space:
            continue
        start = sent_at(doc, i).start
        while start < i and any(ends_line(t) for t in doc[start:i]):
            start += 1
        end = i + 1
        # (to the end of the colon's sentence, or of the one the parser starts right after it: "in these
        # areas: | A, B and C.")
        while end < len(doc) and not toks[end].is_space and sent_at(doc, end).start <= i + 1:
            if ends_line(toks[end]):
                end += 1
                break
            end += 1
        items = _inline_items(ctx, doc[i + 1 : end], types)
        if items and start < i:
            yield doc[start:i], items


def _inline_items(ctx: Context, span: Span, types: Sequence[str]) -> list[Arg]:
    """The names of an inline list, when it holds nothing else ("Westshire, Eastborough and Northby",
    not "Westshire £2m, Eastborough £3m"); at least two names, or one that ends the sentence."""
    items: list[Arg] = []
    for t in span:
        if t.i in ctx.token_mention:
            arg = ctx.arg_at(t)
            if arg is None or arg.type not in types:
                return []
            if arg not in items:
                items.append(arg)
        elif t.lower_ not in _JOINERS and not t.is_space:
            return []
    return items


def _group_place(noun: Token, intro: Span) -> bool:
    """The group noun is what the lead-in lists: its head, a subject or predicate, or the object
    of a verb's preposition ("delivered in the following areas"), not a noun's ("funding for
    the pilot areas", "allocations per area")."""
    if noun.head.i == noun.i or not (intro.start <= noun.head.i < intro.end):
        return True
    if noun.dep_ in ("nsubj", "nsubjpass", "attr", "dobj", "appos", "conj"):
        return True
    return noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX")


def _plain_lead_in(intro: Span, pattern: RelationPattern) -> bool:
    """No negation, and no verb but the pattern's (not "Areas that applied to join Y are:",
    "The areas compared with Y are:")."""
    for t in intro:
        if t.lower_ in _NEGATIONS or t.dep_ == "neg":
            return False
        if t.pos_ == "VERB" and not _pattern_verb(t, pattern) and not (
                t.dep_ == "xcomp" and t.head.pos_ == "VERB" and _pattern_verb(t.head, pattern)
                and any(c.lower_ == "to" and c.dep_ == "aux" for c in children_of(t))):
            return False  # ("areas selected to reflect a mix of regions": the purpose of a verb of the pattern's)
    return True


def _described(ctx: Context, noun: Token, types: Sequence[str]) -> list[Arg]:
    """The programme a definite description names as the subject of the group noun's verb ("The
    pilot will begin in seven areas:", "This scheme runs in three councils:"): the one the page
    resolves it to (Context.resolve), never a name of its own (those are `_named`)."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    found: list[Arg] = []
    for subj in children_of(verb):
        if subj.dep_ not in ("nsubj", "nsubjpass") or subj.pos_ != "NOUN" or subj.i in ctx.token_mention \
                or subj.i == noun.i or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in children_of(subj)):
            continue
        arg = ctx.resolve(subj)
        if arg is not None and arg.type in types and arg not in found:
            found.append(arg)
    return found


# a word of a name or line, for comparing them case-blind ("Harbour Hubs", "harbour hubs")
_WORD = re.compile(r"\w+")
# opening lines of a page (its headline and standfirst) where the page's own programme is named
_HEADLINE_LINES = 4


def _page_programme(ctx: Context, types: Sequence[str]) -> list[Arg]:
    """The page's own programme, for a definite list of areas no sentence near it names one for ("The
    12 pilot areas are:"): the one programme its headline names ("Westshire Hubs get £3m
    boost"), else the one programme the whole page names."""
    key = "page_programme:" + ",".join(types)
    if key not in ctx.cache:  # read once per document
        lines = opening_lines(ctx.doc)[:_HEADLINE_LINES]
        named = [a for line in lines for a in _named(ctx, line, types)]
        # (a headline may write the name in other case, "Harbour hubs get £3m boost", where no mention is found)
        words = [" ".join(t.lower_ for t in line if not t.is_space) for line in lines]
        named += [Arg(e.key, e.type) for e in ctx.entity.values() if e.type in types and any(
            f" {' '.join(t.lower() for t in _WORD.findall(e.label))} " in f" {' '.join(_WORD.findall(w))} " for w in words)]
        keys = {a.key for a in named}
        if len(keys) == 1:
            ctx.cache[key] = [named[0]]
        else:
            only = None if keys else next((a for a in (ctx.only_named(t) for t in types) if a is not None), None)
            ctx.cache[key] = [only] if only is not None else []
    found: list[Arg] = ctx.cache[key]
    return found


def _pattern_verb(tok: Token, pattern: RelationPattern) -> bool:
    return any(matches_trigger(tok, v) for v in pattern.verbs) or bool(set(lemma_forms(tok)) & set(pattern.verbs))


def _named(ctx: Context, span: Span | list[Token], types: Sequence[str]) -> list[Arg]:
    named: list[Arg] = []
    for t in span:
        if t.i in ctx.token_mention:
            arg = ctx.arg_at(t)
            if arg is not None and not arg.via_reference and arg.type in types and arg not in named:
                named.append(arg)
    return named


def _antecedent(ctx: Context, intro: Span, pattern: RelationPattern) -> list[Arg] | None:
    """The one programme of the nearest sentence before the lead-in, within two, that names
    programmes and a group noun of the pattern's ("seven areas have been selected to take part
    in the Y programme. The local authorities are:"); none when that nearest sentence names no
    group noun; None when neither sentence names a programme outside a quotation (someone's words
    quoted, "'Harbour Hubs bring services together,' the minister said", introduce no list)."""
    for sent in _sentences_before(ctx.doc, intro.start, _ANTECEDENT_SENTENCES):
        named = _named(ctx, [t for t in sent if not ctx.in_quotation(t)], pattern.object_types)
        if named:
            groups = any(t.lemma_.lower() in pattern.lemmas and t.i not in ctx.token_mention for t in sent)
            return named if groups else []
    return None


def _sentences_before(doc: Doc, start: int, count: int) -> Iterator[Span]:
    """Up to `count` sentences before the token index `start`, nearest first."""
    for _ in range(count):
        if start <= 0:
            return
        sent = doc[start - 1].sent
        start = sent.start
        yield sent


@rule_kind("agent_list")
def _agent_list_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"The Y programme is being delivered by:" and a list: a lead-in ending in the "by" of a
    passive verb of the pattern's lemmas, not negated nor hedged, whose subject names one
    programme; each listed body or place (of the pattern's subject types) does it."""
    for lst in ctx.lists:
        lead = lst.intro[:-1] if lst.intro[-1].text == ":" else lst.intro
        if len(lead) < 3 or lead[-1].lower_ != "by" or lead[-1].dep_ != "agent":
            continue
        verb = lead[-1].head
        if not any(matches_trigger(verb, lem) for lem in pattern.lemmas) or negated(verb) or unasserted(ctx, verb):
            continue
        done = [a for c in children_of(verb) if c.dep_ == "nsubjpass" for a in ctx.args_in(c, pattern.object_types)]
        items = [a for a in lst.items if a.type in pattern.subject_types]
        if len(done) == 1 and items:
            yield RuleMatch(items, done, lead[-1])


# sentences before a bare "X will take part" where the programme it takes part in may be named
_BARE_SENTENCES = 2


@rule_kind("bare_participation")
def _bare_participation_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"The Y programme will test new support. Westshire and Eastborough have been chosen to take
    part.": a verb of taking part (the pattern's lemmas) with no object of its own, not negated
    nor hedged, in a sentence that names no programme; the programme is the one the nearest
    sentence before, within two, names (exactly one)."""
    doc = ctx.doc
    for verb in ctx.tokens_with_lemma(tuple(lem.split()[0] for lem in pattern.lemmas)):
        if verb.pos_ != "VERB" or not any(matches_trigger(verb, lem) for lem in pattern.lemmas):
            continue
        if any(c.dep_ in ("prep", "dobj") and c.lower_ != "part" for c in children_of(verb)):
            continue  # "take part in Z", "join Z": an object of its own, which the verb rules read
        if negated(verb) or unasserted(ctx, verb):
            continue
        sent = verb.sent
        if _named(ctx, list(sent), pattern.object_types):
            continue
        subjects = [a for s in subject_tokens(verb) for a in ctx.args_in(s, pattern.subject_types)]
        if not subjects:
            continue
        for earlier in _sentences_before(doc, sent.start, _BARE_SENTENCES):
            named = _named(ctx, list(earlier), pattern.object_types)
            if named:
                if len(named) == 1:
                    yield RuleMatch(subjects, named, verb)
                break
