"""Quotations and who says them: "X said: 'A.' / 'B.'" (quoted paragraphs after an
attribution closing its paragraph), "'A,' said X. 'B.'" (a quotation of several paragraphs,
each reopened with the mark, before its attribution), "X responded to Y." followed by a
quoted paragraph, and reported speech ("X said the plan was welcome"). A quotation's "we" is
the organisation speaking, or the one organisation a role phrase gives the speaking person.

find_relations fills Context.quotes and Context.speaker_body from here before any rule runs;
the role kind is read from the registry, so no rule module is imported. The speech and
quotation kinds attach the words said (`quotation`) to what they find: the one place a
relation's `quote` comes from.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...core.ontology import ORGANISATION, PERSON, PUBLICATION, ROLE_AT
from ..syntax import negated
from .context import Arg, Context, Quote, speakers_of
from .registry import KINDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_OPENING_QUOTES = frozenset({"\u201c", "\u2018", '"', "'"})
_CLOSING_QUOTES = frozenset({"\u201d", "\u2019", '"', "'"})
_LINES = re.compile(r"\n\s*")


def find_quotes(ctx: Context) -> list[Quote]:
    """The document's quotations attributed to a person or organisation, in text order of
    their speech verbs."""
    doc = ctx.doc
    speech = ctx.rules.speech_verbs
    if not speech:
        return []
    paragraphs = _paragraphs(doc)
    para_of: dict[int, int] = {}
    for n, (a, b) in enumerate(paragraphs):
        for i in range(a, b):
            para_of[i] = n
    out: list[Quote] = _transcript_turns(ctx, paragraphs)
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in speech or verb.i not in para_of:
            continue
        if negated(verb):
            continue
        speakers = tuple(speakers_of(ctx, verb, (PERSON, ORGANISATION)))
        if not speakers:
            continue
        topic = _topic(ctx, verb)
        # reported speech: "X said the strategy was a welcome step"
        for comp in verb.children:
            if comp.dep_ == "ccomp" and comp.i > verb.i:
                span = [t.i for t in comp.subtree]
                out.append(Quote(min(span), max(span) + 1, speakers, verb.i, topic, reported=True))
        n = para_of[verb.i]
        p_start, p_end = paragraphs[n]
        # "'A,' said X": the quoted text before the verb in its paragraph
        before = [t for t in doc[p_start : verb.i] if t.text in _CLOSING_QUOTES or t.text[-1:] in _CLOSING_QUOTES]
        if before and _opens_with_quote(doc, p_start, p_end):
            out.append(Quote(_opened_before(doc, paragraphs, n), before[-1].i + 1, speakers, verb.i, topic))
            # and the quotation it resumes after the attribution: '"A," said X. "B."'
            resumed = next((t.i for t in doc[verb.sent.end : p_end] if _is_opening(t)), None)
            if resumed is not None and verb.sent.end < p_end:
                out.append(Quote(resumed, _runs_on_to(doc, paragraphs, n), speakers, verb.i, topic))
            continue
        # "X said: 'A ...'" in the same paragraph
        rest = [t for t in doc[verb.i + 1 : p_end] if not t.is_space]
        start = None
        if len(rest) >= 2 and rest[0].text == ":" and _is_opening(rest[1]):
            start = rest[1].i
        elif rest and not (rest[-1].text == ":" or verb.sent.end >= p_end or rest[-1].i < verb.sent.end):
            continue  # the attribution does not close its paragraph
        end = p_end if start is not None else None
        # then the quoted paragraphs that follow
        k = n + 1
        while k < len(paragraphs) and _opens_with_quote(doc, *paragraphs[k]):
            if start is None:
                start = paragraphs[k][0]
            end = paragraphs[k][1]
            k += 1
        if start is not None and end is not None and end > start:
            out.append(Quote(start, end, speakers, verb.i, topic))
    return out


def quotation(ctx: Context, verb: int) -> str | None:
    """The words said at a speech verb (or a transcript turn's colon), verbatim without the
    quotation marks, paragraphs joined by a blank line and a quotation resumed after its
    attribution by " … "; None unless the attribution is certain: a direct quotation (not
    reported speech) with one speaker, named rather than a pronoun."""
    by_verb: dict[int, list[Quote]] | None = ctx.cache.get("quotes_by_verb")
    if by_verb is None:   # once per document: a transcript has a quotation per turn
        by_verb = {}
        for q in ctx.quotes:
            if not q.reported:
                by_verb.setdefault(q.verb, []).append(q)
        ctx.cache["quotes_by_verb"] = by_verb
    parts = sorted({(q.start, q.end): q for q in by_verb.get(verb, ())}.values(), key=lambda q: q.start)
    if not parts or any(len(q.speakers) != 1 or q.speakers[0].via_reference for q in parts):
        return None
    words = [text for q in parts if (text := _words(ctx.doc[q.start : q.end].text))]
    return " … ".join(words) or None


def _words(text: str) -> str:
    """A quotation's text without its marks: each paragraph's opening mark, and the closing
    mark at the end of a quotation that opened with one."""
    paragraphs = [p.strip() for p in _LINES.split(text) if p.strip()]
    if not paragraphs:
        return ""
    marked = paragraphs[0][0] in _OPENING_QUOTES
    paragraphs = [p[1:].lstrip() if p[0] in _OPENING_QUOTES else p for p in paragraphs]
    if marked and paragraphs[-1][-1:] in _CLOSING_QUOTES:
        paragraphs[-1] = paragraphs[-1][:-1].rstrip()
    return "\n\n".join(p for p in paragraphs if p)


def _continues(doc: Doc, start: int, end: int) -> bool:
    """A paragraph of a quotation that goes on in the next: it opens with a mark and has no
    other mark that could close it."""
    words = [t for t in doc[start:end] if not t.is_space]
    return bool(words) and _is_opening(words[0]) and not any(
        t.text in _CLOSING_QUOTES or t.text[-1:] in _CLOSING_QUOTES for t in words[1:])


def _opened_before(doc: Doc, paragraphs: list[tuple[int, int]], n: int) -> int:
    """Where a quotation closing in paragraph n opened: the first of the paragraphs before
    it that each open with a mark and run on ("'A.' / 'B,' said X")."""
    while n > 0 and _continues(doc, *paragraphs[n - 1]):
        n -= 1
    return paragraphs[n][0]


def _runs_on_to(doc: Doc, paragraphs: list[tuple[int, int]], n: int) -> int:
    """Where a quotation resumed in paragraph n ends: with that paragraph, or, when it does
    not close there, with the paragraphs after it that reopen with a mark (the last one
    closing it)."""
    words = [t for t in doc[paragraphs[n][0] : paragraphs[n][1]] if not t.is_space]
    if words and (words[-1].text in _CLOSING_QUOTES or words[-1].text[-1:] in _CLOSING_QUOTES):
        return paragraphs[n][1]
    while n + 1 < len(paragraphs) and _opens_with_quote(doc, *paragraphs[n + 1]):
        n += 1
        if not _continues(doc, *paragraphs[n]):
            break
    return paragraphs[n][1]


def _transcript_turns(ctx: Context, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """A transcript's turns: a paragraph opening with a person's name and a colon ("Jane
    Porter: I worked for ...", "Q12 Jane Porter: ...") is that person speaking."""
    doc = ctx.doc
    out: list[Quote] = []
    for start, end in paragraphs:
        words = [t for t in doc[start:end] if not t.is_space]
        colon = next((k for k, t in enumerate(words[:8]) if t.text == ":"), None)
        if colon is None or colon == 0 or colon + 1 >= len(words):
            continue
        # only a name (and perhaps a question number, "Q12") before the colon
        head = words[:colon]
        if not all(t.pos_ == "PROPN" or t.i in ctx.token_mention or t.like_num
                   or (t.text[:1] == "Q" and t.text[1:].isdigit()) for t in head):
            continue
        people = {ctx.keys[ctx.token_mention[t.i]] for t in head if t.i in ctx.token_mention}
        if len(people) != 1:
            continue
        key = people.pop()
        # not a post taken for a name ("Chair:", "Chancellor:")
        label = ctx.entity[key].label
        if ctx.entity[key].type != PERSON or (len(label.split()) == 1 and label.lower() in ctx.schema.entities.role_words):
            continue
        out.append(Quote(words[colon + 1].i, end, (Arg(key, PERSON),), words[colon].i))
    return out


def speaker(ctx: Context, tok: Token) -> Arg | None:
    """"I" inside a quotation: its one speaking person."""
    quote = next((q for q in ctx.quotes if q.start <= tok.i < q.end), None)
    if quote is None or len(quote.speakers) != 1 or quote.speakers[0].type != PERSON:
        return None
    return Arg(quote.speakers[0].key, PERSON, via_reference=True)


def speaker_body(ctx: Context, tok: Token) -> Arg | None:
    """"We" inside a quotation: the organisation speaking, or the one organisation the text
    gives the speaking person a post at ("Jane Porter, chief executive of X, said: 'We run
    ...'")."""
    quote = next((q for q in ctx.quotes if q.start <= tok.i < q.end), None)
    if quote is None or len(quote.speakers) != 1:
        return None
    speaker = quote.speakers[0]
    if speaker.type == ORGANISATION:
        return Arg(speaker.key, speaker.type, via_reference=True)
    if speaker.type != PERSON:
        return None
    posts = [o for o in _posts(ctx).get(speaker.key, [])]
    if len(posts) == 1:
        return Arg(posts[0].key, posts[0].type, via_reference=True)
    return None


def _posts(ctx: Context) -> dict[str, list[Arg]]:
    """Who holds a post where, by the schema's ROLE_AT rules of the role kind (once per
    document)."""
    cached = ctx.cache.get("posts")
    if cached is not None:
        return cached
    posts: dict[str, list[Arg]] = {}
    ctx.cache["posts"] = posts
    role_rule = KINDS.get("role")
    for pattern in ctx.rules.patterns:
        if role_rule is None or pattern.kind != "role" or pattern.relation != ROLE_AT:
            continue
        for match in role_rule(ctx, pattern):
            for s in match.subjects:
                for o in match.objects:
                    if o.type == ORGANISATION and o not in posts.setdefault(s.key, []):
                        posts[s.key].append(o)
    return posts


def _topic(ctx: Context, verb: Token) -> tuple[Arg, ...]:
    """"In response to Y, X said:", "Responding to Y, X said:", "X responded to Y:": Y."""
    out: list[Arg] = []
    for tok in verb.sent:
        if tok.lemma_.lower() not in ("response", "respond") or tok.i > verb.i:
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        out.extend(a for a in ctx.args_in(pobj, (PUBLICATION,)) if a not in out)
    return tuple(out)


def _paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the non-empty lines, in order."""
    out: list[tuple[int, int]] = []
    start = 0
    for tok in doc:
        if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text):
            out.append((start, tok.i + 1))
            start = tok.i + 1
    if start < len(doc):
        out.append((start, len(doc)))
    return [(a, b) for a, b in out if any(not t.is_space for t in doc[a:b])]


def _is_opening(tok: Token) -> bool:
    return tok.text in _OPENING_QUOTES or tok.text[:1] in _OPENING_QUOTES


def _opens_with_quote(doc: Doc, start: int, end: int) -> bool:
    first = next((t for t in doc[start:end] if not t.is_space), None)
    return first is not None and _is_opening(first)
