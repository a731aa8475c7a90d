"""The document's own voice: the one organisation, if any, that "we / us / our" OUTSIDE
quotations stands for on a page a body publishes about itself ("We welcome the X Review" on
Harbour Trust's statement is Harbour Trust's welcome).

Decided once per document, conservatively, from structural evidence only; each piece names
one organisation of the document:

- the file's own metadata (an HTML site name, a DOCX company) naming it;
- the text identifying itself: "At X, we ...", "We at X ...", "We are X", "X (we)", "X is a charity
  that ..." (a copula with one of the schema's `voice.self_nouns`);
- the opening sentence making it the actor of a statement ("X welcomes ...", "X responds to
  ...": `voice.statement_verbs`), or a title naming its text ("X statement on ...", "Response
  from X": `voice.statement_nouns`); a statement in the simple present in the body ("X
  believes ...", "X calls on ...");
- a short byline ("Posted by X") or a footer line ("X is a registered charity") naming it,
  or a first line that is its name alone (a site's header);
- a standfirst introducing the page's author at it, in the present tense ("X's director of
  policy Jane Porter explains how we ..."), or a title naming a speech of one person who holds
  a post at it ("Jane Porter's speech at the Westshire Conference").

Nothing resolves when the evidence names two organisations, when a quoted speaker speaks for
another one or another one takes a stance in the text's own words (a page reporting several
voices; on a page saying "we", a stance told in the simple past is an event it comments on), when the text reports what the organisation said in the past tense (a report about
it, not by it), or when the page is a debate or a transcript (speaker turns, or one of
`voice.transcript_markers`): "we" there is a party, a committee or the government.
Proximity alone (the last organisation named before "we") is never evidence.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from ...core.ontology import ORGANISATION, PERSON
from ..syntax import children_of, conjuncts, lines, negated, spaces, span_tokens
from ..syntax import sentences as doc_sentences
from .context import Arg, Context, is_question_or_conditional, opening_lines
from .quotes import posts, speaker_body

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

FIRST_PERSON_PLURAL = frozenset({"we", "us", "our"})

_OPENING = frozenset({"\u201c", "\u2018", "\u00ab"})
_CLOSING = frozenset({"\u201d", "\u2019", "\u00bb"})
_PENDING = "pending"   # cache marker while the voice is being decided (the role rules it runs resolve "we" too)
_OPENING_SENTENCES = 4  # the opening statement is the first sentence with a verb among these
_NAME_TOKENS = 20  # no organisation's name before a title's statement noun is longer


def voice_of(ctx: Context, tok: Token) -> Arg | None:
    """The organisation a first-person plural pronoun outside any quotation stands for; also a
    singular one ("I", "my") on a page that names no author (no byline) and is no transcript:
    the office or body the page speaks as ("In my report, Families Together, ..." on the
    Westshire Commissioner's own page); with no such body, the one office "As X, I ..." names
    (office_voice)."""
    if quoted(ctx, tok):
        return None
    if tok.lower_ in FIRST_PERSON_SINGULAR:
        if ctx.byline_author() is not None:
            return None
    elif tok.lower_ not in FIRST_PERSON_PLURAL:
        return None
    voice = document_voice(ctx)
    if voice is None and tok.lower_ in FIRST_PERSON_SINGULAR:
        voice = office_voice(ctx)
    return Arg(voice.key, voice.type, via_reference=True) if voice is not None else None


def office_voice(ctx: Context) -> Arg | None:
    """The office a page speaks as in the first person singular: the one organisation its
    text names in "As X, I ..." outside quotations ("As Westshire Children's Commissioner, I
    welcome the Y Bill" on the Commissioner's own page), on a page that is no transcript. Two
    offices so named, or none, name nothing."""
    if "office_voice" not in ctx.cache:
        keys: list[str] = []
        if not is_transcript(ctx):
            for tok in ctx.tokens_with_lower(("as",)):
                key = _office_of(ctx, tok)
                if key is not None and key not in keys:
                    keys.append(key)
        ctx.cache["office_voice"] = Arg(keys[0], ORGANISATION) if len(keys) == 1 else None
    found: Arg | None = ctx.cache["office_voice"]
    return found


def _office_of(ctx: Context, tok: Token) -> str | None:
    """"As X, I <verb>": X, the organisation the preposition's object names, when "I" is the
    subject of the verb it modifies, after it, and neither is quoted."""
    if tok.dep_ != "prep" or quoted(ctx, tok):
        return None
    objects = [c for c in children_of(tok) if c.dep_ == "pobj"]
    if len(objects) != 1:
        return None
    # "I" right after the phrase and its comma, the subject of a verb the phrase hangs on
    # (directly, or through a word the parser took for its head: "Updated 2 May As X, I ...")
    after = max(t.i for t in objects[0].subtree) + 1
    if after + 1 >= len(ctx.doc) or ctx.doc[after].text != ",":
        return None
    subject = ctx.doc[after + 1]
    if subject.lower_ != "i" or subject.dep_ != "nsubj" or quoted(ctx, subject):
        return None
    if subject.head not in (tok.head, *tok.head.ancestors):
        return None
    # the object is the office's name itself ("As Westshire Children's Commissioner"), not a
    # post at a body ("As a trustee of the Harbour Trust, I": the trustee speaks, not the Trust)
    key = _org(ctx, objects[0])
    people = [t for t in objects[0].subtree if (i := ctx.token_mention.get(t.i)) is not None
              and ctx.entity[ctx.keys[i]].type == PERSON]
    return key if key is not None and not people else None


def quoted(ctx: Context, tok: Token) -> bool:
    """Whether a token lies inside a quotation: an attributed one or one between quotation
    marks on its line (`Context.in_quotation`), or speech set out after "X said:"."""
    if ctx.in_quotation(tok):
        return True
    inside = ctx.cache.get("voice_after_colon")
    if inside is None:
        inside = ctx.cache["voice_after_colon"] = _after_speech_colon(ctx)
    return tok.i in inside


def document_voice(ctx: Context) -> Arg | None:
    """The organisation the document speaks as, or None (see the module's docstring)."""
    cached = ctx.cache.get("voice")
    if cached is not None:
        return None if cached == _PENDING else cached  # type: ignore[no-any-return]
    ctx.cache["voice"] = _PENDING
    voice = _decide(ctx)
    ctx.cache["voice"] = voice if voice is not None else _PENDING
    return voice


def page_body(ctx: Context) -> Arg | None:
    """The organisation the page is by, on the same evidence as its voice but whether or not
    it says "we" outside quotations: a press release's "Director of Policy Jane Porter said"
    under "Harbour Trust statement on ..." speaks for Harbour Trust (kinds/roles.page_role)."""
    if "page_body" not in ctx.cache:
        voice = document_voice(ctx)
        ctx.cache["page_body"] = voice if voice is not None else _decide(ctx, pronoun=False)
    found: Arg | None = ctx.cache["page_body"]
    return found


FIRST_PERSON_SINGULAR = frozenset({"i", "my", "me"})
_PERSONAL_PRONOUNS = 2  # "I" or "my" twice outside quotations: a piece in its author's own voice


def page_author(ctx: Context) -> Arg | None:
    """The person a page speaks as: the one person its byline names ("By Jane Porter") on a page
    that no organisation speaks as, that is no debate or transcript, and that says "I" or "my"
    outside quotations (a blog or an opinion piece in its author's voice; not a reporter's news
    story, which reports others in the third person)."""
    if "page_author" not in ctx.cache:
        found: Arg | None = None
        author = ctx.byline_author()
        if author is not None and document_voice(ctx) is None and not is_transcript(ctx):
            doc = ctx.doc
            own = sum(1 for w in FIRST_PERSON_SINGULAR for i in ctx.by_lower.get(w, ())
                      if doc[i].pos_ == "PRON" and not quoted(ctx, doc[i]))
            found = author if own >= _PERSONAL_PRONOUNS else None
        ctx.cache["page_author"] = found
    result: Arg | None = ctx.cache["page_author"]
    return result


def _decide(ctx: Context, *, pronoun: bool = True) -> Arg | None:
    doc = ctx.doc
    if pronoun and not any(not quoted(ctx, doc[i]) for w in FIRST_PERSON_PLURAL for i in ctx.by_lower.get(w, ())):
        return None  # no first person outside quotations: nothing to decide
    if is_transcript(ctx):
        return None
    found = evidence(ctx)
    keys = {key for key, _ in found}
    if len(keys) != 1:
        return None
    key = keys.pop()
    if _reported_on(ctx, key) or _rival_stance(ctx, key, told=not pronoun):
        return None
    # a quotation whose speaker speaks for another body: the page reports several voices
    for quote in ctx.quotes:
        body = speaker_body(ctx, doc[quote.start]) if quote.start < len(doc) else None
        if body is not None and body.key != key:
            return None
        if any(s.type == ORGANISATION and s.key != key for s in quote.speakers):
            return None
    return Arg(key, ORGANISATION)


def _reported_on(ctx: Context, key: str) -> bool:
    """A report about the organisation rather than by it: outside quotations the text tells
    what it said, in the past ("Harbour Trust said the review was overdue")."""
    for lemma in ctx.rules.speech_verbs:
        for tok in ctx.by_lemma.get(lemma, ()):
            if tok.pos_ != "VERB" or tok.tag_ != "VBD" or quoted(ctx, tok):
                continue
            if any(s.dep_ == "nsubj" and _org(ctx, s) == key for s in children_of(tok)):
                return True
    return False


def _rival_stance(ctx: Context, key: str, *, told: bool = True) -> bool:
    """Another organisation takes a stance in the text's own words, in any clause and tense
    ("... and the Y Association welcomes the Z Review"): the page reports more than one voice.
    With `told` False (a page that says "we" outside quotations), a stance the text tells in
    the simple past is an event the page comments on, not a second voice ("The Westshire Office
    rejected the review's call for Y. We remain concerned ...")."""
    for tok in ctx.tokens_with_lemma(sorted(ctx.rules.voice.statement_verbs)):
        if tok.pos_ != "VERB" or quoted(ctx, tok) or (not told and tok.tag_ == "VBD"):
            continue
        subjects = [c for s in children_of(tok) if s.dep_ == "nsubj" for c in (s, *conjuncts(s))]
        if any((k := _org(ctx, s)) is not None and k != key for s in subjects):
            return True
    return False


def evidence(ctx: Context) -> list[tuple[str, str]]:
    """(organisation key, cue) for each piece of evidence of the document's voice."""
    out: list[tuple[str, str]] = []
    key = _publisher(ctx)
    if key is not None:
        out.append((key, "metadata"))
    out += [(k, "self") for k in _self_identified(ctx)]
    out += [(k, "described") for k in _self_described(ctx)]
    out += [(k, "opening") for k in _opening_actor(ctx)]
    out += [(k, "stance") for k in _present_stance(ctx)]
    out += [(k, "feeling") for k in _present_feeling(ctx)]
    out += [(k, "line") for k in _byline_or_footer(ctx)]
    out += [(k, "masthead") for k in _masthead(ctx)]
    out += [(k, "author") for k in _author_body(ctx)]
    out += [(k, "speech") for k in _speech_title(ctx)]
    return out


# --------------------------------------------------------------------------- evidence


def _org(ctx: Context, tok: Token) -> str | None:
    """The organisation a token names itself (no reference)."""
    index = ctx.token_mention.get(tok.i)
    if index is None:
        return None
    key = ctx.keys[index]
    return key if ctx.entity[key].type == ORGANISATION else None


def _publisher(ctx: Context) -> str | None:
    """The one organisation of the document that the file's metadata names as its publisher."""
    return _named(ctx, ctx.publisher or "")


def _named(ctx: Context, text: str) -> str | None:
    """The one organisation of the document that `text` names: its label, an alias or the
    initials of one ("The Harbour Trust", "HT")."""
    name = _norm(text)
    if not name:
        return None
    matches = [e.key for e in ctx.entity.values() if e.type == ORGANISATION
               and any(_norm(n) == name or _initials(n) == name for n in (e.label, *e.aliases))]
    return matches[0] if len(matches) == 1 else None


def _self_identified(ctx: Context) -> list[str]:
    """"At X, we ...", "Here at X we ...", "We at X ...", "We are X", "X (we) ..."."""
    out: list[str] = []
    for i in ctx.by_lower.get("we", ()):
        tok = ctx.doc[i]
        # "X (we) ...", "X ("we", "us")": the name the pronoun glosses
        k = i - 1
        while k >= 0 and (ctx.doc[k].text in _OPENING or ctx.doc[k].text == '"' or ctx.doc[k].is_space):
            k -= 1
        if k >= 1 and ctx.doc[k].text == "(" and (named := _org(ctx, ctx.doc[k - 1])) is not None:
            out.append(named)
            continue
        if tok.pos_ != "PRON" or quoted(ctx, tok):
            continue
        verb = tok.head
        places = [c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "at"]
        if tok.dep_ == "nsubj":
            places += [c for h in (verb, *[a for a in children_of(verb) if a.dep_ == "advmod" and a.i < tok.i])
                       for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "at" and c.i < tok.i]
            if verb.lemma_.lower() == "be":
                out += [k for a in children_of(verb) if a.dep_ == "attr" if (k := _org(ctx, a)) is not None]
        # "At X, we", and "At X and Y, we ...": every body the phrase names (two: the page speaks
        # for neither alone, _decide)
        out += sorted({k for p in places for t in p.subtree if (k := _org(ctx, t)) is not None})
    return out


def _self_described(ctx: Context) -> list[str]:
    """"X is a charity that ...", "X is the professional body for ...": a copula outside
    quotations whose subject is an organisation and whose complement is a self noun."""
    nouns = ctx.rules.voice.self_nouns
    out: list[str] = []
    for tok in ctx.by_lemma.get("be", ()):
        if tok.dep_ != "ROOT" or quoted(ctx, tok) or tok.tag_ not in ("VBZ", "VBP"):
            continue
        # the complement, or a description in apposition to it ("X is the Y Cooperative, a
        # not-for-profit social enterprise")
        complements = [c for c in children_of(tok) if c.dep_ == "attr"]
        complements += [a for c in complements for a in children_of(c) if a.dep_ == "appos"]
        attrs = [c for c in complements if c.lemma_.lower() in nouns and _org(ctx, c) is None]
        if not attrs:
            continue
        out += [k for s in children_of(tok) if s.dep_ == "nsubj" if (k := _org(ctx, s)) is not None]
    return out


def _opening_actor(ctx: Context) -> list[str]:
    """The organisation that is the subject of the opening statement ("X welcomes the Y
    Review", "X responds to ..."), or a title naming its text ("X statement on ...",
    "Response from X", "X's response to ...")."""
    voice = ctx.rules.voice
    out: list[str] = []
    # the first sentences with a word (read no further: a document without line breaks is one
    # long first line, and its sentences are many)
    sentences = list(itertools.islice((s for s in doc_sentences(ctx.doc) if any(not (t.is_space or t.is_punct) for t in s)),
                                      _OPENING_SENTENCES))
    if not sentences:
        return out
    first_line = _first_line(ctx.doc)
    for tok in first_line if first_line is not None else ():
        if tok.lemma_.lower() not in voice.statement_nouns or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        # the words before the noun on its line, at most a name's length of them: a document
        # without line breaks is one line, and its statement nouns are many
        start = max(first_line.start, tok.i - _NAME_TOKENS)
        before = [t for t in ctx.doc[start : tok.i] if not t.is_space]
        if before and before[-1].lower_ in ("'s", "\u2019s"):
            before = before[:-1]
        if before and (k := _org(ctx, before[-1])) is not None:
            out.append(k)  # "X statement on", "X's response to"
        elif before and (index := ctx.token_mention.get(tok.i)) is not None:
            # the title read as one name ("X Statement on Y", "Westshire Review: HT Response to
            # the Final Report"): the words of that name before the noun name X (all of the
            # line's before it when the name opens the line)
            span = ctx.spans[index]
            own = [t for t in before if span is not None and t.i >= span.start]
            words = before if start == first_line.start and (span is None or span.start <= start) else own
            k = _named(ctx, " ".join(t.text for t in words)) if words else None
            if k is not None:
                out.append(k)
        after = list(itertools.islice((t for t in ctx.doc[tok.i + 1 : first_line.end] if not t.is_space), 2))
        if len(after) == 2 and after[0].lower_ in ("from", "by") and (k := _org(ctx, after[1])) is not None:
            out.append(k)  # "Response from X"
    out += _heading_statement(ctx, first_line)
    for sent in sentences[:_OPENING_SENTENCES]:
        root = sent.root
        if root.pos_ not in ("VERB", "AUX"):
            continue  # a title or a date line: look further
        if any(root.lemma_.lower() == v.split()[0] for v in voice.statement_verbs) and not quoted(ctx, root):
            out += [k for s in children_of(root) if s.dep_ == "nsubj" if (k := _org(ctx, s)) is not None]
        break
    return out


_HEADING_WORDS = 12


def _heading_statement(ctx: Context, first_line: Span | None) -> list[str]:
    """A heading line among the opening lines (after the first) that is one organisation's
    statement and nothing before it: "Harbour Trust's response to the Westshire Review",
    "Harbour Trust statement on ..." (a letter's or a page's own title under its header lines)."""
    nouns = ctx.rules.voice.statement_nouns
    out: list[str] = []
    for line in opening_lines(ctx.doc):
        if first_line is not None and line.start == first_line.start:
            continue
        words = [t for t in line if not t.is_space]
        if not words or len(words) > _HEADING_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words):
            continue
        if words[0].lower_ == "the":
            words = words[1:]
        index = ctx.token_mention.get(words[0].i) if words else None
        if index is None:
            continue
        k = 0
        while k < len(words) and ctx.token_mention.get(words[k].i) == index:
            k += 1
        if k < len(words) and words[k].lower_ in ("'s", "\u2019s"):
            k += 1
        if k < len(words) and words[k].lemma_.lower() in nouns and words[k].pos_ in ("NOUN", "PROPN") \
                and (key := _org(ctx, words[0])) is not None:
            out.append(key)
    return out


def _present_stance(ctx: Context) -> list[str]:
    """"X welcomes this legislation.", "X believes that ...", "X calls on ...": an organisation
    that is the subject of a statement verb in the simple present, in a main clause outside
    quotations (a page speaking for itself; a news report tells in the past, "X welcomed")."""
    verbs = ctx.rules.voice.statement_verbs
    out: list[str] = []
    for tok in ctx.tokens_with_lemma(sorted(verbs)):
        if tok.tag_ != "VBZ" or quoted(ctx, tok) or is_question_or_conditional(tok) or negated(tok):
            continue
        if tok.dep_ != "ROOT" and not (tok.dep_ == "conj" and tok.head.dep_ == "ROOT"):
            continue
        out += [k for s in children_of(tok) if s.dep_ == "nsubj" if (k := _org(ctx, s)) is not None]
    return out


def _present_feeling(ctx: Context) -> list[str]:
    """"Harbour Trust is pleased that ...", "Harbour Trust is very grateful to ...": an
    organisation that is the subject of "is" in the simple present with one of
    `voice.statement_adjectives` as its complement, in a main clause outside quotations (a news
    report tells the feeling in the past, "X was pleased", or as speech, "X said it was pleased")."""
    adjectives = ctx.rules.voice.statement_adjectives
    out: list[str] = []
    for tok in ctx.tokens_with_lower(sorted(adjectives)):
        if tok.dep_ != "acomp":
            continue
        verb = tok.head
        if verb.lemma_.lower() != "be" or verb.tag_ != "VBZ" or quoted(ctx, verb):
            continue
        if is_question_or_conditional(verb) or negated(verb):
            continue
        if verb.dep_ != "ROOT" and not (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
            continue
        out += [k for s in children_of(verb) if s.dep_ == "nsubj" if (k := _org(ctx, s)) is not None]
    return out


def _author_body(ctx: Context) -> list[str]:
    """A standfirst introducing the page's author at her organisation, in the present tense:
    "Harbour Trust's director of policy Jane Porter explains how we ...", "Jane Porter, chief
    executive of Harbour Trust, sets out ...": the one organisation the person holds a post at
    (by the role rules), when she is the subject of the first sentence with a verb."""
    for sent in [s for s in doc_sentences(ctx.doc) if any(not (t.is_space or t.is_punct) for t in s)][:_OPENING_SENTENCES]:
        root = sent.root
        if root.pos_ not in ("VERB", "AUX"):
            continue  # a title or a date line: look further
        if root.tag_ != "VBZ" or root.pos_ != "VERB" or root.lemma_.lower() in ("be", "have") \
                or root.lemma_.lower() in ctx.rules.voice.reported_verbs or quoted(ctx, root) or negated(root):
            return []  # (not "X is cabinet member at Y": a description of her, not her page)
        # the subject phrase names one person ("X's director of policy Jane Porter")
        people = {ctx.keys[i] for s in children_of(root) if s.dep_ == "nsubj" for t in s.subtree
                  if (i := ctx.token_mention.get(t.i)) is not None and ctx.entity[ctx.keys[i]].type == PERSON}
        if len(people) != 1:
            return []
        held = [o for o in posts(ctx).get(people.pop(), []) if not o.via_reference]
        return [held[0].key] if len(held) == 1 else []
    return []


_SPEECH_LINES = 8  # a speech's title is among the page's first lines (after a site's notice or two)
_SPEECH_TITLE_WORDS = 20  # (a title names the event too: "... speech at the 2030 Westshire Conference")


def _speech_title(ctx: Context) -> list[str]:
    """A heading line among the page's first that titles one person's speech ("Jane Porter's speech
    at the Westshire Conference", "Jane Porter speech to the Harbour Forum", "Speech by Jane
    Porter"): the page is the speech, and its "we" the one organisation the person holds a post at
    (by the role rules: "Jane Porter, Harbour Trust's chief executive, spoke at ..."); nothing when
    she holds posts at two, or none."""
    nouns = ctx.rules.voice.speech_nouns
    filled = itertools.islice((line for line in lines(ctx.doc) if any(not t.is_space for t in line)), _SPEECH_LINES)
    for line in filled:
        words = [t for t in line if not t.is_space]
        if len(words) > _SPEECH_TITLE_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words):
            continue
        for n, tok in enumerate(words):
            if tok.lemma_.lower() not in nouns or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            # the speaker: the person the words before the noun name, or the one after "by"
            before = words[:n]
            if before and before[-1].lower_ in ("'s", "\u2019s"):
                before = before[:-1]
            named = before[-1:] if before else []
            if n + 2 < len(words) and words[n + 1].lower_ == "by":
                named = [words[n + 2]]
            people = {ctx.keys[i] for t in named if (i := ctx.token_mention.get(t.i)) is not None
                      and ctx.entity[ctx.keys[i]].type == PERSON}
            if len(people) != 1:
                continue
            held = [o for o in posts(ctx).get(people.pop(), []) if not o.via_reference]
            return [held[0].key] if len(held) == 1 else []
    return []


def _masthead(ctx: Context) -> list[str]:
    """The page's first line is one organisation's name alone (a site's header: "Westshire
    County Council", "The Harbour Trust")."""
    line = _first_line(ctx.doc)
    if line is None:
        return []
    words = [t for t in line if not (t.is_space or t.is_punct)]
    if words and words[0].lower_ == "the":
        words = words[1:]
    keys = {ctx.keys[i] if (i := ctx.token_mention.get(t.i)) is not None else None for t in words}
    if len(keys) != 1 or None in keys:
        return []
    key = next(iter(keys))
    return [key] if key is not None and ctx.entity[key].type == ORGANISATION else []


def _byline_or_footer(ctx: Context) -> list[str]:
    """A short line "Posted by X" / "By X", or a footer line ("X is a registered charity",
    "(c) 2024 X") naming one organisation and no other."""
    voice = ctx.rules.voice
    out: list[str] = []
    words_before = _words_before(ctx)
    for line in lines(ctx.doc):
        if words_before[line.end] - words_before[line.start] > 40:
            continue   # (no footer is longer, and a byline is at most 16 words)
        words = [t for t in span_tokens(line) if not t.is_space]
        if not words:
            continue
        text = " ".join(t.lower_ for t in words)
        orgs = {k for t in words if (k := _org(ctx, t)) is not None}
        people = {ctx.keys[ctx.token_mention[t.i]] for t in words if ctx.token_mention.get(t.i) is not None
                  and ctx.entity[ctx.keys[ctx.token_mention[t.i]]].type == PERSON}
        if len(orgs) != 1 or len(people) > 1:
            continue
        if not people and len(words) <= 40 and any(cue in text and re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", text) for cue in voice.footers):
            out.append(next(iter(orgs)))
            continue
        if len(words) > 16:
            continue
        for cue in voice.bylines:
            # "Posted by X"; "From Jane Porter, chief executive at X": the author's body
            n = len(cue.split())
            if len(words) > n + 1 and words[n].text == ":":
                n += 1   # "From: X"
            if len(words) > n + 1 and words[n].lower_ == "the":
                n += 1   # "By the X"
            if " ".join(t.lower_ for t in words[: len(cue.split())]) == cue and len(words) > n and (
                    _org(ctx, words[n]) is not None
                    or (people and any(ctx.token_mention.get(t.i) is not None for t in words[n : n + 3]))):
                out.append(next(iter(orgs)))
                break
    return out


def _words_before(ctx: Context) -> list[int]:
    """For each token index i (and len(doc)), how many tokens before it are not whitespace:
    the words of a line are counted without a Token made per word."""
    found: list[int] | None = ctx.cache.get("voice_words_before")
    if found is None:
        from spacy.attrs import IS_SPACE

        spaces: list[int] = ctx.doc.to_array(IS_SPACE).tolist() if len(ctx.doc) else []
        found = ctx.cache["voice_words_before"] = [0, *itertools.accumulate(1 - s for s in spaces)]
    return found


def is_transcript(ctx: Context) -> bool:
    """A debate or a transcript: two or more speaker turns ("Jane Porter: ...", "The Chair:
    ..."), one of the schema's transcript markers, or one of its record markers on a heading
    line. Decided once per document."""
    found: bool | None = ctx.cache.get("is_transcript")
    if found is None:
        found = ctx.cache["is_transcript"] = _is_transcript(ctx)
    return found


_HEADING_LINE_WORDS = 16  # a line naming a transcript's record ("Oral evidence: Family support") is no longer


def _is_transcript(ctx: Context) -> bool:
    markers = ctx.rules.voice.transcript_markers
    low = ctx.text.lower()
    # (a marker the text does not hold anywhere is not searched for as a word)
    if any(m in low and re.search(rf"(?<!\w){re.escape(m)}(?!\w)", low) for m in markers):
        return True
    if any(_on_heading_line(low, m) for m in ctx.rules.voice.record_markers if m in low):
        return True
    role_words = {w.lower() for w in ctx.schema.entities.role_words}
    turns = 0
    doc = ctx.doc
    space = spaces(doc)
    colons = ctx.by_lower.get(":", ())   # (in text order) a line with no colon has no turn
    if not colons:
        return False
    for line in lines(doc):
        k = bisect_left(colons, line.start)
        if k == len(colons) or colons[k] >= line.end:
            continue
        # the first words are all that is read: a colon among the first ten and a word after it
        words = [doc[k] for k in itertools.islice((k for k in range(line.start, line.end) if not space[k]), 11)]
        colon = next((k for k, t in enumerate(words[:10]) if t.text == ":"), None)
        if not colon or colon + 1 >= len(words):
            continue
        head = words[:colon]
        person = any(ctx.token_mention.get(t.i) is not None
                     and ctx.entity[ctx.keys[ctx.token_mention[t.i]]].type == PERSON for t in head)
        if person or head[-1].lower_ in role_words:
            turns += 1
    return turns >= 2


def _on_heading_line(low: str, marker: str) -> bool:
    """Whether the (lower-cased) text names `marker` as a word on a short line: a heading ("Oral
    evidence: Family support", "Read Hansard text"), not a sentence of running text ("We gave
    oral evidence to the Westshire Committee in May and set out our case for ...")."""
    for found in re.finditer(rf"(?<!\w){re.escape(marker)}(?!\w)", low):
        start = low.rfind("\n", 0, found.start()) + 1
        end = low.find("\n", found.end())
        if len(low[start : end if end >= 0 else len(low)].split()) <= _HEADING_LINE_WORDS:
            return True
    return False


# --------------------------------------------------------------------------- helpers


def _first_line(doc: Doc) -> Span | None:
    return next((line for line in lines(doc) if any(not t.is_space for t in line)), None)


def _after_speech_colon(ctx: Context) -> frozenset[int]:
    """Speech set out without quotation marks: what follows "X said:" on its line, or the
    paragraph after a line that ends so ("Jane Porter, chief executive of X, said:")."""
    speech = ctx.rules.speech_verbs
    inside: set[int] = set()
    colons = ctx.by_lower.get(":", [])   # (in text order) only a line with a colon is read word by word
    if not colons:
        return frozenset()
    filled = [line for line in lines(ctx.doc) if any(not t.is_space for t in line)]
    for n, line in enumerate(filled):
        at = bisect_left(colons, line.start)
        if at == len(colons) or colons[at] >= line.end:
            continue
        words = [t for t in line if not t.is_space]
        for k, tok in enumerate(words[:-1]):
            if words[k + 1].text != ":" or tok.lemma_.lower() not in speech or tok.pos_ != "VERB":
                continue
            if k + 2 < len(words):
                inside.update(range(words[k + 2].i, line.end))
            elif n + 1 < len(filled):
                inside.update(range(filled[n + 1].start, filled[n + 1].end))
    return frozenset(inside)


def _norm(name: str) -> str:
    name = name.lower().replace("&", " and ")
    name = re.sub(r"[^\w\s]", " ", name)
    words = name.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _initials(name: str) -> str:
    words = [w for w in _norm(name).split() if w not in ("of", "for", "and", "the", "in")]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""
