"""List kinds: `list`, a line ending in ":" naming one subject, then list items (the
objects); `phrase`, a fixed phrase between subject and object ("in line with"), where
"these initiatives" refers to the items of the last list; `attendance`, the people of a
"Members present:" line of minutes or a transcript; and `member_list`, the people of a bulleted
list a line introduces as a body's members ("Also on the board are:")."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ....core.ontology import RUNS
from ....core.schema import RelationPattern
from ...syntax import children_of, conjuncts, ends_line, line_start, negated, tokens_of
from ..context import Arg, Context, head_word, unasserted
from ..registry import RuleMatch, rule_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_SUBJ = ("nsubj", "nsubjpass")


@rule_kind("list")
def _list_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"Initiatives in X include:" followed by list items: X relates to each item's name; X
    may be a description the document resolves ("The programme will test:")."""
    for lst in ctx.lists:
        intro = lst.intro
        if not any(t.lemma_.lower() in pattern.lemmas or t.lower_ in pattern.lemmas for t in intro):
            continue
        owners = []
        for t in intro:
            arg = ctx.arg_at(t) if ctx.token_mention.get(t.i) is not None else None
            if arg and arg.type in pattern.subject_types and arg not in owners:
                owners.append(arg)
        if not owners:
            # "The pathfinders will test:": a definite description as the line's subject
            for t in intro:
                if t.pos_ == "NOUN" and t.i not in ctx.token_mention and _describes_owner(t, pattern.lemmas):
                    arg = ctx.resolve(t)
                    if arg and arg.type in pattern.subject_types and arg not in owners:
                        owners.append(arg)
        items = [a for a in lst.items if a.type in pattern.object_types]
        if len(owners) == 1 and items:
            yield RuleMatch(owners, items, intro[-1])


def _describes_owner(tok: Token, lemmas: Sequence[str]) -> bool:
    """A description in a list's opening line that can name the list's owner: the line's
    subject ("The pathfinders will test:"), or "the" noun after "in" on the subject or on a
    participle of the pattern's verbs that modifies it ("Measures in the strategy include:",
    "Measures announced in the strategy include:"); not another noun ("Councils taking part
    in the programme include:" names no owner by "programme")."""
    if tok.dep_ in _SUBJ:
        return True
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(tok)):
        return False
    host = prep.head
    if host.dep_ == "acl" and host.lemma_.lower() in lemmas:
        host = host.head
    return host.dep_ in _SUBJ


@rule_kind("phrase")
def _phrase_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"X is in line with Y", "X is an example of Y": a fixed phrase between subject and
    object; "these initiatives" refers to the items of the last list."""
    doc = ctx.doc
    toks = tokens_of(doc)
    for lemma in pattern.lemmas:
        words = lemma.split()
        for i in ctx.by_lower.get(words[0], ()):
            if [t.lower_ for t in toks[i : i + len(words)]] != words:
                continue
            last = doc[i + len(words) - 1]
            # ("an example of what the Y review proposed": the clause after the preposition holds Y)
            pobjs = [c for c in children_of(last) if c.dep_ == "pobj"]
            pobjs += [s for c in children_of(last) if c.dep_ == "pcomp" and c.lemma_.lower() in ctx.rules.proposing_verbs
                      and not negated(c) for s in children_of(c) if s.dep_ in _SUBJ]
            objects = [a for p in pobjs for a in _args_or_inside(ctx, p, pattern.object_types)]
            verb = doc[i]
            while verb.dep_ not in ("ROOT", "relcl", "ccomp", "conj") and verb.head.i != verb.i:
                verb = verb.head
            subjects: list[Arg] = []
            for s in [c for c in children_of(verb) if c.dep_ in _SUBJ]:
                subjects.extend(_list_reference(ctx, s, pattern.subject_types) or ctx.args_in(s, pattern.subject_types))
            if not subjects and objects:
                subjects = _made_object(ctx, doc[i], pattern.subject_types)
            if subjects and objects:
                yield RuleMatch(subjects, objects, doc[i])


def _made_object(ctx: Context, first: Token, types: Sequence[str]) -> list[Arg]:
    """"Westshire Council opened the Harbour Hub as part of the Y programme": where the phrase
    modifies an active verb of setting something up (one of the running patterns' verbs:
    "open", "launch", "set up", "create") whose subject is no argument of the pattern, the verb's
    direct object is what the phrase places (the hub is part of Y, not the council); not the
    object of another verb ("closed the Harbour Hub as part of Y", "reviewed the Harbour Hub in
    line with Y": the act, not the hub, is part of Y), not a phrase on a noun ("plans to expand
    X as part of Y" is read on "expand" alone), nor a negated or unasserted verb ("may open")."""
    verb = first.head
    if (first.dep_ != "prep" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _setting_up_verbs(ctx)
            or negated(verb) or unasserted(ctx, verb)):
        return []
    found: list[Arg] = []
    for obj in (c for c in children_of(verb) if c.dep_ == "dobj"):
        for tok in [obj, *conjuncts(obj)]:
            arg = _named_or_classed(ctx, tok)
            if arg is not None and arg.type in types and arg not in found:
                found.append(arg)
    return found


def _setting_up_verbs(ctx: Context) -> frozenset[str]:
    """The verbs of setting a thing up or running it (relations.yaml: the lemmas of the verb
    patterns of the running relation, "open", "launch", "create", "set up", "roll out"; not the
    first word of a phrase, "take part"; once per document)."""
    found: frozenset[str] | None = ctx.cache.get("lists:setting_up")
    if found is None:
        found = ctx.cache["lists:setting_up"] = frozenset(
            words[0] for p in ctx.rules.patterns if p.relation == RUNS and p.kind == "verb" for lem in p.lemmas
            if len(words := lem.split()) == 1 or words[1] in _PARTICLES)
    return found


_PARTICLES = frozenset({"up", "out", "in"})


def _named_or_classed(ctx: Context, tok: Token) -> Arg | None:
    """The entity a noun names itself, or the name just before it that its class noun follows
    ("the Harbour Hub service"); not a name inside a complement ("a review of the Harbour Hub")."""
    if ctx.token_mention.get(tok.i) is not None:
        return ctx.arg_at(tok)
    before = [c for c in children_of(tok) if c.dep_ == "compound" and c.i == tok.i - 1]
    if before and ctx.token_mention.get(before[0].i) is not None:
        return ctx.arg_at(before[0])
    return None


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


@rule_kind("attendance")
def _attendance_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """Minutes and transcripts: "Members present: A (Chair); B; C" after a heading naming a
    body whose head is one of the pattern's lemmas (committee, board, panel): each person
    named holds a seat on the nearest such body named before the line; with none named before
    it ("Harbour Inquiry / Oral evidence / Members present: ..." and then "welcome to this
    session of the Westshire Committee"), on the first one named in the next 400 tokens."""
    doc = ctx.doc
    for i in ctx.by_lower.get("present", ()):
        colon = i + 1
        if colon >= len(doc) or doc[colon].text != ":":
            continue
        opening = i
        while opening > 0 and "\n" not in doc[opening - 1].whitespace_ and not doc[opening - 1].is_space:
            opening -= 1
        if i - opening > 2:  # "Present:", "Members present:", "Councillors present:"
            continue
        end = colon + 1
        while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and not doc[end].is_space:
            end += 1
        # the body named above the line, else (a transcript headed by its inquiry's title, the
        # committee named in the chair's opening words) the first one named soon after it; not
        # when a body of another kind is named above ("Harbour Trust annual report / Present:")
        above = range(opening - 1, -1, -1)
        body = _seat_body(ctx, above, pattern)
        if body is None and not _any_named(ctx, above, pattern.object_types):
            body = _seat_body(ctx, range(end, min(len(doc), end + _ATTENDANCE_AFTER)), pattern, after=True)
        if body is None:
            continue
        separator = ";" if any(t.text == ";" for t in doc[colon + 1 : end]) else ","
        segment: list[Token] = []
        for t in [*doc[colon + 1 : end], None]:
            if t is not None and t.text != separator:
                segment.append(t)
                continue
            person = next((a for u in segment if u.i in ctx.token_mention
                           for a in [ctx.arg_at(u)] if a is not None and a.type in pattern.subject_types), None)
            if person is not None:
                # "A (Chair)": the post in brackets
                opened = next((k for k, u in enumerate(segment) if u.text == "("), None)
                closed = next((k for k, u in enumerate(segment) if u.text == ")"), None)
                role = (" ".join(u.text for u in segment[opened + 1 : closed])
                        if opened is not None and closed is not None and closed > opened + 1 else None)
                yield RuleMatch([person], [body], segment[0], role=role)
            segment = []


# how many tokens after a "Members present:" line its body may be named when none is named above it
_ATTENDANCE_AFTER = 400


def _seat_body(ctx: Context, positions: range, pattern: RelationPattern, *, after: bool = False) -> Arg | None:
    """The first body among the tokens at `positions` whose head is one of the pattern's lemmas;
    `after` the line, not one that is a person's affiliation (a witness line "I: Jane Doe, Chair,
    Harbour Safeguarding Board": a person named before it on its line with no colon between)."""
    for k in positions:
        index = ctx.token_mention.get(k)
        if index is None:
            continue
        entity = ctx.entity[ctx.keys[index]]
        if entity.type in pattern.object_types and head_word(entity.label) in pattern.lemmas:
            if after and _affiliation_on_line(ctx, k, index, pattern.subject_types):
                continue
            return Arg(entity.key, entity.type)
    return None


def _any_named(ctx: Context, positions: range, types: Sequence[str]) -> bool:
    """Is an entity of one of `types` named at any of the tokens at `positions`?"""
    for k in positions:
        index = ctx.token_mention.get(k)
        if index is not None and ctx.entity[ctx.keys[index]].type in types:
            return True
    return False


def _affiliation_on_line(ctx: Context, k: int, index: int, people: Sequence[str]) -> bool:
    """Is a person named on the line of token `k` (of mention `index`), before it or after it,
    with no colon between ("Jane Doe, Chair, Harbour Safeguarding Board"; "Harbour Safeguarding
    Board, represented by Omar Farouk")?"""
    doc = ctx.doc

    def person_at(j: int) -> bool:
        other = ctx.token_mention.get(j)
        return other is not None and other != index and ctx.entity[ctx.keys[other]].type in people

    for j in range(k - 1, line_start(doc, k) - 1, -1):
        if doc[j].text == ":":
            break
        if person_at(j):
            return True
    j = k
    while not ends_line(doc[j]) and j + 1 < len(doc):
        j += 1
        if doc[j].text == ":":
            break
        if person_at(j):
            return True
    return False


_BULLETS = ("\u2022", "-", "*")


@rule_kind("member_list")
def _member_list_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """A bulleted list of people that a line ending in ":" introduces as a body's members ("Also
    on the board are:", "Members of the Harbour Panel include:", "The panel's members are:"): each
    person opening an item holds a seat on that body. The line names the body (a name whose head
    is one of the pattern's lemmas) or the definite noun alone ("the board") for the document's one
    organisation so headed, and speaks of membership: one of the pattern's `verbs` ("members",
    "sit"), or "on" just before the body. Not a list of witnesses or speakers ("The committee
    heard from:"), nor of bodies ("Members of the Harbour Panel include: Westshire Council")."""
    doc = ctx.doc
    for lst in ctx.lists:
        intro = lst.intro
        body = _introduced_body(ctx, intro, pattern)
        if body is None:
            continue
        k = intro.end
        while k < len(doc):
            line = _line_from(doc, k)
            words = [t for t in line if not t.is_space]
            k = line.end
            if not words:
                continue
            if words[0].text not in _BULLETS:
                break
            for t in words[1:6]:
                if ctx.token_mention.get(t.i) is None:
                    continue
                arg = ctx.arg_at(t)
                if arg is not None and arg.type in pattern.subject_types and not arg.via_reference:
                    yield RuleMatch([arg], [body], t)
                break


def _line_from(doc: Doc, start: int) -> Span:
    """The line that starts at token `start`: up to the token whose trailing space breaks it."""
    end = start
    while end < len(doc) and "\n" not in doc[end].whitespace_ and not (doc[end].is_space and "\n" in doc[end].text):
        end += 1
    return doc[start : min(end + 1, len(doc))]


def _introduced_body(ctx: Context, intro: Span, pattern: RelationPattern) -> Arg | None:
    """The body whose members a list's introduction announces, or None."""
    words = [t for t in intro if not t.is_space]
    cue = {t.i for t in words if t.lower_ in pattern.verbs or t.lemma_.lower() in pattern.verbs}
    for t in words:
        index = ctx.token_mention.get(t.i)
        if index is not None:
            entity = ctx.entity[ctx.keys[index]]
            if entity.type in pattern.object_types and head_word(entity.label) in pattern.lemmas:
                start = t.i
                while start > intro.start and ctx.token_mention.get(start - 1) == index:
                    start -= 1
                if cue or _on_before(ctx.doc, start):
                    return Arg(entity.key, entity.type)
            continue
        if t.lower_ in pattern.lemmas and t.i > 0 and ctx.doc[t.i - 1].lower_ == "the" and (
                cue or _on_before(ctx.doc, t.i - 1)):
            # "Also on the board are:": the document's one organisation of that head noun
            keys = {key for key, entity in ctx.entity.items()
                    if entity.type in pattern.object_types and head_word(entity.label) == t.lower_}
            if len(keys) == 1:
                key = keys.pop()
                return Arg(key, ctx.entity[key].type)
    return None


def _on_before(doc: Doc, start: int) -> bool:
    """Is "on" the word before `start` (past a "the")? "Also on the board are:"."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and doc[k].lower_ == "on"
