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

import itertools
import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Any

from ...core.ontology import ORGANISATION, PERSON, PLACE, PUBLICATION, ROLE_AT
from ..syntax import children_of, lines, negated, sent_of, sentences, tokens_of
from .context import Arg, Context, Quote, speakers_of
from .registry import KINDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A quotation runs to the end of its paragraph (and over the quoted paragraphs after it), but
# over no more than this many sentences: a paragraph is the whole document when its text has
# no line breaks (what some PDF and HTML extraction gives), and a quotation is not. The
# longest in the development corpora (data/raw and the shared dev sets) runs over 11.
MAX_QUOTE_SENTENCES = 20

OPENING_QUOTES = frozenset({"\u201c", "\u2018", '"', "'"})
_CLOSING_QUOTES = frozenset({"\u201d", "\u2019", '"', "'"})
_LINES = re.compile(r"\n\s*")


def find_quotes(ctx: Context) -> list[Quote]:
    """The document's quotations attributed to a person or organisation, in text order of
    their speech verbs. Every look-up along a paragraph goes through indexes made in one pass
    over the document (_Marks), so the cost does not grow with the paragraph's length: a
    paragraph is the whole document when its text has no line breaks."""
    doc = ctx.doc
    speech = ctx.rules.speech_verbs
    if not speech:
        return []
    paragraphs = _paragraphs(doc)
    para_of: dict[int, int] = {}
    for n, (a, b) in enumerate(paragraphs):
        for i in range(a, b):
            para_of[i] = n
    marks = _Marks(doc)
    sentences = _Sentences(doc)
    out: list[Quote] = _transcript_turns(ctx, paragraphs) + _heading_turns(ctx, paragraphs, marks)
    turns = len(out)  # (a turn's paragraph may hold its own attribution: '"A," said X' under a name line)
    # a verb with its object ("issue statement": "X has issued the following statement:")
    phrases = {s.split()[0]: s.split()[1] for s in speech if len(s.split()) == 2}
    for verb in ctx.verbs():   # (the tokens tagged VERB, from the token array)
        if verb.pos_ != "VERB" or verb.i not in para_of:
            continue
        lemma = verb.lemma_.lower()
        if lemma not in speech and not (lemma in phrases and any(
                c.dep_ == "dobj" and c.lemma_.lower() == phrases[lemma] for c in children_of(verb))):
            continue
        if negated(verb):
            continue
        if any(q.start <= verb.i < q.end and not q.reported for q in out[turns:]):
            continue  # a verb inside a quotation already found is the speaker's words, no attribution
        speakers = tuple(speakers_of(ctx, verb, (PERSON, ORGANISATION)))
        if not speakers:
            continue
        topic = _topic(ctx, verb)
        # reported speech: "X said the strategy was a welcome step", and its inverted form
        # without quotation marks: "the strategy is a welcome step, says X" (with the marks it is
        # a quotation, found below)
        for comp in children_of(verb):
            if comp.dep_ == "ccomp" and (comp.i > verb.i or _unquoted_before(doc, comp, verb)):
                span = [t.i for t in comp.subtree]
                out.append(Quote(min(span), max(span) + 1, speakers, verb.i, topic, reported=True))
        n = para_of[verb.i]
        p_start, p_end = paragraphs[n]
        verb_sent = sent_of(verb)
        sent_end = verb_sent.end
        # "'A,' said X": the quoted text before the verb in its paragraph (up to its last
        # closing mark)
        closing = marks.last_closing[verb.i - 1] if verb.i > p_start else -1
        # (a straight mark that opens the paragraph closes nothing: '"X is pleased that Y has
        # responded to Z ...' is someone's quotation going on, not Y's words before "responded")
        if closing >= p_start and closing > marks.next_word[p_start] and marks.opens_with_quote(p_start, p_end):
            # (opened in this paragraph or in the reopened paragraphs before it: "'A.' / 'B,' said X")
            opened = _opened_before(marks, paragraphs, n)
            out.append(Quote(max(opened, sentences.earliest_start(closing)), closing + 1, speakers, verb.i, topic))
            # and the quotation it resumes after the attribution: '"A," said X. "B."'
            resumed = marks.next_opening[sent_end] if sent_end < p_end else p_end
            if resumed < p_end:
                ends = min(_runs_on_to(marks, paragraphs, n), sentences.latest_end(resumed))
                out.append(Quote(resumed, ends, speakers, verb.i, topic))
            continue
        if closing >= verb_sent.start > p_start and marks.opens_with_quote(verb_sent.start, verb.i):
            # '... report. "A," said X': a quotation that opens the verb's own sentence inside a
            # paragraph that opened otherwise (only that sentence's quoted words)
            out.append(Quote(marks.next_word[verb_sent.start], closing + 1, speakers, verb.i, topic))
            continue
        # "X said: 'A ...'" in the same paragraph: the first two words after the verb and
        # the paragraph's last word
        first = marks.next_word[verb.i + 1]
        second = marks.next_word[first + 1] if first < p_end else p_end
        last = marks.last_word[p_end - 1]
        start = None
        if second < p_end and doc[first].text == ":" and _is_opening(doc[second]):
            start = second
        elif last > verb.i and not (doc[last].text == ":" or sent_end >= p_end or last < sent_end):
            continue  # the attribution does not close its paragraph
        end = p_end if start is not None else None
        # then the quoted paragraphs that follow
        k = n + 1
        while k < len(paragraphs) and marks.opens_with_quote(*paragraphs[k]):
            if start is None:
                start = paragraphs[k][0]
            end = paragraphs[k][1]
            k += 1
        if start is not None and end is not None and end > start:
            out.append(Quote(start, min(end, sentences.latest_end(start)), speakers, verb.i, topic))
    return out


def _unquoted_before(doc: Doc, clause: Token, verb: Token) -> bool:
    """"The strategy is a welcome step, says X": a clause before its verb of saying, the comma
    between them, and no quotation mark from the clause's first word to the verb."""
    first = min(t.i for t in clause.subtree)
    last = max(t.i for t in clause.subtree)
    return (last < verb.i and doc[verb.i - 1].text == "," and clause.sent.start == verb.sent.start
            and not any(_opening_text(t.text) or t.text in _CLOSING_QUOTES for t in doc[first : verb.i]))


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
    marked = paragraphs[0][0] in OPENING_QUOTES
    paragraphs = [p[1:].lstrip() if p[0] in OPENING_QUOTES else p for p in paragraphs]
    if marked and paragraphs[-1][-1:] in _CLOSING_QUOTES:
        paragraphs[-1] = paragraphs[-1][:-1].rstrip()
    return "\n\n".join(p for p in paragraphs if p)


class _Sentences:
    """Where a quotation of at most MAX_QUOTE_SENTENCES sentences may begin or end."""

    def __init__(self, doc: Doc) -> None:
        self.length = len(doc)
        try:
            self.starts = [sent.start for sent in sentences(doc)]
        except ValueError:   # no sentence boundaries: no bound
            self.starts = []

    def latest_end(self, start: int) -> int:
        """The end of the last sentence a quotation beginning at token `start` may cover."""
        k = bisect_right(self.starts, start) - 1 + MAX_QUOTE_SENTENCES
        return self.starts[k] if 0 < k < len(self.starts) else self.length

    def earliest_start(self, last: int) -> int:
        """The start of the first sentence a quotation ending at token `last` may cover."""
        k = bisect_right(self.starts, last) - MAX_QUOTE_SENTENCES
        return self.starts[k] if 0 < k < len(self.starts) else 0


class _Marks:
    """Where the quotation marks and words of a document are, from one pass over it:
    `last_closing[i]` the last token at or before i that ends with a closing mark (-1: none),
    `next_opening[i]` the first at or after i that starts with an opening mark, `next_word[i]`
    the first token at or after i that is not whitespace, `last_word[i]` the last at or before
    i (len(doc) or -1 where there is none)."""

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        if not n:
            self.last_closing, self.last_word = [], []
            self.next_opening, self.next_word = [0], [0]
            return
        # from the token array, each distinct word read once; the running last/next indexes
        # are cumulative maxima/minima over the array (no Python step per token)
        import numpy
        from spacy.attrs import IS_SPACE, ORTH

        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, IS_SPACE])
        orths, which = numpy.unique(rows[:, 0], return_inverse=True)
        texts = [strings[int(orth)] for orth in orths]
        closing = numpy.array([t in _CLOSING_QUOTES or t[-1:] in _CLOSING_QUOTES for t in texts], dtype=bool)[which]
        opening = numpy.array([_opening_text(t) for t in texts], dtype=bool)[which]
        word = rows[:, 1] == 0
        index = numpy.arange(n, dtype=numpy.int64)
        self.last_closing = _running_last(numpy.where(closing, index, -1))
        self.last_word = _running_last(numpy.where(word, index, -1))
        self.next_opening = _running_next(numpy.where(opening, index, n)) + [n]
        self.next_word = _running_next(numpy.where(word, index, n)) + [n]

    def opens_with_quote(self, start: int, end: int) -> bool:
        """Does the first word of tokens [start, end) open a quotation?"""
        first = self.next_word[start]
        return first < end and self._opening(first)

    def _opening(self, i: int) -> bool:
        return self.next_opening[i] == i

    def closes(self, i: int) -> bool:
        """Does token i end with a closing mark?"""
        return self.last_closing[i] == i


def _running_last(marked: Any) -> list[int]:
    """For each position, the largest value at or before it (values: an index or -1)."""
    import numpy

    values: list[int] = numpy.maximum.accumulate(marked).tolist()
    return values


def _running_next(marked: Any) -> list[int]:
    """For each position, the smallest value at or after it (values: an index or len)."""
    import numpy

    values: list[int] = numpy.minimum.accumulate(marked[::-1])[::-1].tolist()
    return values


def _continues(marks: _Marks, start: int, end: int) -> bool:
    """A paragraph [start, end) of a quotation that goes on in the next: it opens with a mark
    and has no other mark that could close it."""
    first = marks.next_word[start]
    return first < end and marks.opens_with_quote(start, end) and marks.last_closing[end - 1] <= first


def _opened_before(marks: _Marks, paragraphs: list[tuple[int, int]], n: int) -> int:
    """Where a quotation closing in paragraph n opened: the first of the paragraphs before
    it that each open with a mark and run on ("'A.' / 'B,' said X")."""
    while n > 0 and _continues(marks, *paragraphs[n - 1]):
        n -= 1
    return paragraphs[n][0]


def _runs_on_to(marks: _Marks, paragraphs: list[tuple[int, int]], n: int) -> int:
    """Where a quotation resumed in paragraph n ends: with that paragraph, or, when it does
    not close there, with the paragraphs after it that reopen with a mark (the last one
    closing it)."""
    start, end = paragraphs[n]
    last = marks.last_word[end - 1]
    if last >= start and marks.closes(last):
        return end
    while n + 1 < len(paragraphs) and marks.opens_with_quote(*paragraphs[n + 1]):
        n += 1
        if not _continues(marks, *paragraphs[n]):
            break
    return paragraphs[n][1]


def _transcript_turns(ctx: Context, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """A transcript's turns: a paragraph opening with a person's name and a colon ("Jane
    Porter: I worked for ...", "Q12 Jane Porter: ...") is that person speaking; so are the
    paragraphs under a speaker line, up to the next one (`_speaker_line`)."""
    doc = ctx.doc
    out: list[Quote] = []
    sentences = _Sentences(doc)
    heads = [(n, key) for n, (start, end) in enumerate(paragraphs)
             if (key := _speaker_line(ctx, start, end)) is not None]
    for (n, key), following in zip(heads, [*heads[1:], (len(paragraphs), "")], strict=False):
        if n + 1 >= following[0]:
            continue  # no words under the line: a list of names
        start, stop = paragraphs[n + 1][0], paragraphs[following[0] - 1][1]
        out.append(Quote(start, min(stop, sentences.latest_end(start)), (Arg(key, PERSON),), paragraphs[n][1] - 1,
                         turn=True))
    for start, end in paragraphs:
        # the first words are all that is read: a colon among the first eight and a word after it
        words = list(itertools.islice((t for t in tokens_of(doc)[start:end] if not t.is_space), _TURN_HEAD + 1))
        # the colon may close a bracket in one token: "Lord Hale of Eastby (LD):"
        colon = next((k for k, t in enumerate(words[:_TURN_HEAD]) if t.text.endswith(":") and not t.text.strip("():")), None)
        if colon is None or colon == 0 or colon + 1 >= len(words):
            continue
        # only a name (and perhaps a question number, "Q12") before the colon, with asides in
        # brackets: a party tag or a seat ("Jane Porter (Westby) (Con):"), or, after a post, the
        # name itself ("The Minister for Care (Baroness Kestrel) (Lab):")
        head, bracketed = _outside_brackets(words[: colon + 1])  # with the colon, which may close a bracket
        if head is None or not head:
            continue
        if not all(t.pos_ == "PROPN" or t.i in ctx.token_mention or t.like_num
                   or (t.text[:1] == "Q" and t.text[1:].isdigit()) for t in head):
            if not (bracketed and head[0].lower_ == "the" and _names_one_person(ctx, bracketed)):
                continue
            # a post and the name in brackets after it
            head = [t for t in bracketed if (i := ctx.token_mention.get(t.i)) is not None
                    and ctx.entity[ctx.keys[i]].type == PERSON]
        elif not any(t.i in ctx.token_mention for t in head):
            continue
        people = {ctx.keys[ctx.token_mention[t.i]] for t in head if t.i in ctx.token_mention}
        if len(people) != 1:
            continue
        key = people.pop()
        # not a post taken for a name ("Chair:", "Chancellor:")
        label = ctx.entity[key].label
        if ctx.entity[key].type != PERSON or (len(label.split()) == 1 and label.lower() in ctx.schema.entities.role_words):
            continue
        out.append(Quote(words[colon + 1].i, end, (Arg(key, PERSON),), words[colon].i, turn=True))
    return out


_TURN_HEAD = 24  # words before a turn's colon: a post, the name and party in brackets


def _outside_brackets(words: list[Token]) -> tuple[list[Token] | None, list[Token]]:
    """The words outside brackets and those inside them; None for the first when the
    brackets do not pair or a word follows a bracket outside any ("Jane Porter (Con) said")."""
    outside: list[Token] = []
    inside: list[Token] = []
    depth = 0
    seen_bracket = False
    for t in words:
        text = t.text.rstrip(":")
        if not text:
            continue  # the colon itself
        if text == "(":
            depth += 1
            seen_bracket = True
        elif text == ")":
            depth -= 1
            if depth < 0:
                return None, inside
        elif depth:
            inside.append(t)
        elif seen_bracket:
            return None, inside
        else:
            outside.append(t)
    return (outside if depth == 0 else None), inside


def _names_one_person(ctx: Context, words: list[Token]) -> bool:
    people = {ctx.keys[i] for t in words if (i := ctx.token_mention.get(t.i)) is not None
              and ctx.entity[ctx.keys[i]].type == PERSON}
    return len(people) == 1


def _person_tokens(ctx: Context) -> list[int]:
    """The indexes of the tokens in a person's mention, in text order (once per document)."""
    found: list[int] | None = ctx.cache.get("person_tokens")
    if found is None:
        found = ctx.cache["person_tokens"] = sorted(
            i for i, m in ctx.token_mention.items() if ctx.entity[ctx.keys[m]].type == PERSON)
    return found


def _speaker_line(ctx: Context, start: int, end: int) -> str | None:
    """The person a transcript's speaker line names, a line that stands over the words of one
    speaker: a name card, the name and a caption word, then the speaker's title ("Jane
    Porter Portrait Jane Porter (Westshire) (Lab)", "Jane Porter Portrait The Minister of
    State, Department for X (Jane Porter)"), the name with asides in brackets ("Jane Porter
    (Harbour Trust)"), or the name and a colon closing the line ("Jane Porter:"). None for a
    name alone on its line (a byline or a list of names)."""
    # (a paragraph with no word of a person's mention is none: found without reading its words)
    named = _person_tokens(ctx)
    k = bisect_left(named, start)
    if k == len(named) or named[k] >= end:
        return None
    doc = ctx.doc
    words = [t for t in tokens_of(doc)[start:end] if not t.is_space]
    if len(words) < 2 or any(t.pos_ == "VERB" and not t.is_title for t in words):
        return None
    people = {ctx.keys[i] for t in words if (i := ctx.token_mention.get(t.i)) is not None
              and ctx.entity[ctx.keys[i]].type == PERSON}
    if len(people) != 1:
        return None
    key = next(iter(people))
    caption = next((k for k, t in enumerate(words[:_CARD_WORDS]) if t.lower_ in ctx.schema.entities.trailing_words), None)
    if caption is not None and caption > 0 and caption + 1 < len(words) and all(
            t.is_title or t.lower_ in _NAME_PARTICLES for t in words[:caption]):
        return key  # "Jane Porter Portrait ...": a page's speaker card, whatever the title after it says
    first = ctx.token_mention.get(words[0].i)
    if first is None or ctx.keys[first] != key:
        return None
    k = 1
    while k < len(words) and ctx.token_mention.get(words[k].i) == first:
        k += 1
    rest = words[k:]
    while rest and rest[0].pos_ == "PROPN" and rest[0].is_title:
        rest = rest[1:]  # a surname the mention left out
    if len(rest) == 1 and rest[0].text == ":":
        return key
    depth = 0
    for t in rest:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0:
            return None  # words outside brackets: a sentence, not a speaker line
    return key if rest and depth == 0 and rest[0].text == "(" else None


def _heading_turns(ctx: Context, paragraphs: list[tuple[int, int]], marks: _Marks) -> list[Quote]:
    """A round-up's turns: a line that is only one person's or organisation's name ("Harbour
    Trust", "Jane Porter", "The Commissioner of Westshire", "Jane Porter, writing in the Westshire
    Post") over a paragraph that opens with a quotation mark is that one
    speaking; the quotation runs over the paragraphs after it that reopen with a mark."""
    doc = ctx.doc
    out: list[Quote] = []
    sentences = _Sentences(doc)
    for n, (start, end) in enumerate(paragraphs[:-1]):
        if end - start > _HEADING_TOKENS or not marks.opens_with_quote(*paragraphs[n + 1]):
            continue
        line = [t for t in doc[start:end] if not t.is_space]
        comma = next((k for k, t in enumerate(line) if t.text == ","), len(line))
        # an aside after a comma with no finite verb ("Jane Porter, writing in the Westshire Post")
        if any(t.tag_ in _FINITE for t in line[comma:]):
            continue
        words = [t for t in line[:comma] if not t.is_punct]
        if not words or any(t.i not in ctx.token_mention and t.pos_ not in ("DET", "ADP") for t in words):
            continue
        # one speaker, and perhaps the place it is of ("The Children's Commissioner of Westshire")
        keys = {ctx.keys[ctx.token_mention[t.i]] for t in words if t.i in ctx.token_mention}
        named = [k for k in keys if ctx.entity[k].type != PLACE]
        if len(named) != 1 or ctx.entity[named[0]].type not in (PERSON, ORGANISATION):
            continue
        key = named[0]
        type_ = ctx.entity[key].type
        k = n + 1
        while k + 1 < len(paragraphs) and _continues(marks, *paragraphs[k]) and marks.opens_with_quote(*paragraphs[k + 1]):
            k += 1
        q_start = paragraphs[n + 1][0]
        out.append(Quote(q_start, min(paragraphs[k][1], sentences.latest_end(q_start)), (Arg(key, type_),), words[-1].i))
    return out


_HEADING_TOKENS = 16  # the most tokens a line that names a speaker holds
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})
_CARD_WORDS = 8  # the name before a card's caption word ("Baroness Smith of Westshire Portrait")
_NAME_PARTICLES = frozenset({"of", "de", "la", "le", "du", "da", "van", "von", "der"})


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
    held = posts(ctx).get(speaker.key, [])
    if len(held) == 1:
        return Arg(held[0].key, held[0].type, via_reference=True)
    return None


def posts(ctx: Context) -> dict[str, list[Arg]]:
    """Who holds a post where, by the schema's ROLE_AT rules of the role kind (once per
    document)."""
    cached = ctx.cache.get("posts")
    if cached is not None:
        return cached
    held_by: dict[str, list[Arg]] = {}
    ctx.cache["posts"] = held_by
    role_rule = KINDS.get("role")
    for pattern in ctx.rules.patterns:
        if role_rule is None or pattern.kind != "role" or pattern.relation != ROLE_AT:
            continue
        for match in role_rule(ctx, pattern):
            for s in match.subjects:
                for o in match.objects:
                    if o.type == ORGANISATION and o not in held_by.setdefault(s.key, []):
                        held_by[s.key].append(o)
    return held_by


def _topic(ctx: Context, verb: Token) -> tuple[Arg, ...]:
    """"In response to Y, X said:", "Responding to Y, X said:", "X responded to Y:": Y."""
    out: list[Arg] = []
    for tok in verb.sent:
        if tok.lemma_.lower() not in ("response", "respond") or tok.i > verb.i:
            continue
        for prep in children_of(tok):
            if prep.dep_ == "prep" and prep.lower_ == "to":
                for pobj in children_of(prep):
                    if pobj.dep_ == "pobj":
                        out.extend(a for a in ctx.args_in(pobj, (PUBLICATION,)) if a not in out)
    return tuple(out)


def _paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the non-empty lines, in order."""
    return [(line.start, line.end) for line in lines(doc) if any(not t.is_space for t in line)]


def _is_opening(tok: Token) -> bool:
    return _opening_text(tok.text)


def _opening_text(text: str) -> bool:
    return text in OPENING_QUOTES or text[:1] in OPENING_QUOTES
