"""Role phrases: who holds which post where ("X, chief executive of Y", "Chair of Y, X",
"Y's chief executive X", "X, Chief Executive, Y", "X ... as chair of Y"). The phrase beside
a person is read from the tokens between commas, because parsers often take such
appositions for coordination; "as chair of" and "is chair of" are read from the parse."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import TYPE_CHECKING

from ....core.ontology import ORGANISATION, PERSON, PUBLICATION, ROLE_AT
from ....core.schema import RelationPattern
from ...syntax import children_of, ends_line, lines, negated, sentences, span_of, span_sent, tokens_of
from ..context import Arg, Context, head_word, opening_lines, subject_tokens
from ..registry import RuleMatch, rule_kind
from ..voice import is_transcript, page_body, quoted

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@rule_kind("role")
def role_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """Role phrases next to a person: "X, the founder of Y", "X, chief executive at Y",
    "X, Y's cabinet member for Z", "Chair of Y, X" (the phrase between commas, read from the
    tokens because parsers often take such appositions for coordination), and "X ... as
    chair of Y" or "X is chair of Y" (from the parse)."""
    doc = ctx.doc
    for key, named in ctx.mention_spans(PERSON):
        person = Arg(key, PERSON)
        # the name with its honorific ("Harbour Trust's CEO, Dr Jane Porter", "Y chief executive Dame
        # Jane Porter"): a post before the name comes before the honorific
        span = with_honorific(ctx, named)
        found_before = _role_before_name(ctx, _past_own_post(ctx, span, pattern), pattern, exclude=key)
        if found_before is not None:
            target, role, anchor = found_before
            yield RuleMatch([person], [target], anchor, role=role)
        stop = _other_person(ctx, key)
        after = segment_after(_past_asides(ctx, span, pattern.object_types), stop)
        segments = [after, segment_before(span, stop), bracketed_after(span), _line_after(span, stop)]
        if after is not None and after.end < len(doc) and doc[after.end].text == ",":
            # a signature: "Jane Porter, Chief Executive, Harbour Trust"; a capitalised name
            # inside the role ("Head of Policy and Public Affairs, Harbour Trust") is part of
            # the title when the next segment names the organisation
            following = segment_after(doc[after.start : after.end], stop)
            if following is not None:
                signature = doc[after.start : following.end]
                if _names_target(ctx, following, pattern.object_types, exclude=key):
                    segments[0] = signature
                elif not _names_any(ctx, after, pattern.object_types, exclude=key):
                    # (not when the post names its body: "X, chair of Y (Y), the largest
                    # shareholder of Z" holds no post at Z)
                    segments.append(signature)
                # a longer one: "Jane Porter MBE, Survivor, Public Speaker, and Ambassador for X"
                further = following
                for _ in range(2):
                    if further.end >= len(doc) or doc[further.end].text != ",":
                        break
                    further = segment_after(doc[further.start : further.end], stop)
                    if further is None:
                        break
                    segments.append(further)
                    if _names_target(ctx, further, pattern.object_types, exclude=key) and _ends_item(further):
                        # a post, its unit, then the body, closing the line or the list's item:
                        # "Jane Porter, Director of Policy, Care Services, Harbour Trust" (the
                        # unit's words are the post's, whatever the mention stage made of them:
                        # the body is the signature's last name; a unit that is a body of its
                        # own, "Director, Policy Lab, Harbour Trust", keeps the post too)
                        if _names_target(ctx, following, pattern.object_types, exclude=key):
                            segments.append(signature)
                        segments[0] = doc[after.start : further.end]
                        break
        signed_before = _signature_before(ctx, segments[1], stop, pattern.object_types, exclude=key)
        if signed_before is not None:
            segments.append(signed_before)
        source = _from_segment(ctx, after, pattern.object_types, exclude=key) if pattern.relation == ROLE_AT else None
        if source is not None and after is not None:
            yield RuleMatch([person], [source], after[0])
        if pattern.relation == ROLE_AT:
            affiliation = (_affiliation(ctx, span, pattern.object_types, exclude=key)
                           or _shared_affiliation(ctx, span, pattern.object_types, exclude=key))
            if affiliation is not None:
                yield RuleMatch([person], [affiliation[0]], affiliation[1])
            bracketed = _bracketed_body(ctx, span, pattern.object_types, exclude=key)
            if bracketed is not None:
                yield RuleMatch([person], [bracketed[0]], bracketed[1])
            signed = _signature_line(ctx, span, pattern, exclude=key)
            if signed is not None:
                yield RuleMatch([person], [signed[0]], signed[1], role=signed[2])
        for segment in segments:
            if segment is None:
                continue
            found = _role_in_segment(ctx, segment, pattern, exclude=key)
            if found is not None:
                target, role, anchor = found
                owner = _possessor_of(ctx, segment, target, pattern.object_types) if pattern.relation == ROLE_AT else None
                yield RuleMatch([person], [*_coordinated_before(ctx, segment, target, pattern.object_types), target,
                                           *([owner] if owner is not None else [])], anchor, role=role)
    for tok in ctx.tokens_with_word(pattern.lemmas):   # (the role words: is_role_word)
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "as":
            # (or the speaker's "I" in "I declare an interest as chair of Y")
            holder = nearest_person_before(ctx, tok) or _first_person_holder(ctx, tok.head)
        elif (copula := _copula_of(tok)) is not None:
            # "X is chair of Y", "X, who is chair of Y", "X, who used to be chair of Y", "X is on
            # the board of Z and trustee of Y"
            holder = next((a for s in subject_tokens(copula)
                           for a in [ctx.arg_at(s)] if a and a.type == PERSON), None)
        elif tok.dep_ in ("oprd", "attr") and tok.head.lemma_.lower() in _NAMING_VERBS and not negated(tok.head):
            # "X was appointed chair of Y", "Z named X director of Y", "X became chief executive of Y"
            holder = _named_holder(ctx, tok.head)
        else:
            continue
        target = _role_target(ctx, tok, pattern.object_types)
        copula = _copula_of(tok) if target is None else None
        if copula is not None and holder is not None:
            # "X went on to be a director of children's services for 18 years at Y, Z and W
            # County Councils": the body after "at" that the parser hung on the copula
            bodies = [a for c in children_of(copula) if c.dep_ == "prep" and c.lower_ == "at"
                      for p in children_of(c) if p.dep_ == "pobj" for a in ctx.args_in(p, pattern.object_types)]
            if bodies:
                yield RuleMatch([holder], bodies, tok, role=clean_role(doc[_role_start(tok) : tok.i + 1].text))
                continue
        if target is None and tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in _JOIN_VERBS:
            # "X joins Y as director of policy"
            target = next((a for c in children_of(tok.head.head) if c.dep_ == "dobj"
                           for a in [ctx.arg_at(c)] if a and a.type in pattern.object_types), None)
        if target is None and tok.dep_ == "pobj" and any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                                         for c in children_of(tok)):
            # "Westshire Council has appointed X as its new director": "its" is the appointing body
            target = next((a for s in subject_tokens(tok.head.head) for a in [ctx.arg_at(s)]
                           if a and a.type in pattern.object_types and not a.via_reference), None)
        if holder is not None and target is not None:
            # "as a member of the Harbour Trust's youth board": the post is on the board (the
            # most specific body), and at its owner too
            unit = _owned_unit(ctx, tok, target, pattern.object_types) if pattern.relation == ROLE_AT else None
            yield RuleMatch([holder], [*([unit] if unit is not None else []), target], tok,
                            role=clean_role(doc[_role_start(tok) : tok.i + 1].text))



_JOIN_VERBS = frozenset({"join", "rejoin"})


def _copula_of(tok: Token) -> Token | None:
    """The copula a role noun is the predicate of, through the conjuncts before it: "X is chair
    of Y", "X is director of Z and trustee of Y", "X is on the board of Z and trustee of Y" (a
    seat the copula states, then the post coordinated with it)."""
    base = tok
    while base.dep_ == "conj" and base.head.i < base.i:
        base = base.head
    if base.dep_ == "attr" and base.head.lemma_ == "be":
        return base.head
    if (base is not tok and base.dep_ == "pobj" and base.head.lower_ == "on" and base.head.dep_ == "prep"
            and base.head.head.lemma_ == "be"):
        return base.head.head
    return None

_HONORIFIC_WORDS = 3  # "Rt Hon", "Right Honourable", "Cllr Dr"


def with_honorific(ctx: Context, span: Span) -> Span:
    """A person's name with the honorifics before it ("Dr Jane Porter", "the Rt Hon Jane
    Porter" from "Rt"): the mention stage leaves them out of the name."""
    doc = span.doc
    toks = tokens_of(doc)
    honorifics = ctx.schema.entities.honorifics
    start = span.start
    moved = True
    while moved:
        moved = False
        for n in range(_HONORIFIC_WORDS, 0, -1):
            if start - n < 0 or any(ctx.token_mention.get(j) is not None for j in range(start - n, start)):
                continue
            words = toks[start - n : start]
            if words[0].text[:1].isupper() and " ".join(t.lower_.rstrip(".") for t in words) in honorifics:
                start -= n
                moved = True
                break
    return span if start == span.start else doc[start : span.end]

# verbs that give someone a post named by their object predicate ("was appointed chair of Y")
_NAMING_VERBS = frozenset({"appoint", "reappoint", "name", "elect", "re-elect", "make", "become", "remain"})


def _named_holder(ctx: Context, verb: Token) -> Arg | None:
    """Who a naming verb gives the post: its passive subject ("X was appointed"), its object
    ("the board appointed X chair"), else its subject ("X became chair")."""
    for deps in (("nsubjpass",), ("dobj",), ("nsubj",)):
        found = [a for c in children_of(verb) if c.dep_ in deps for a in [ctx.arg_at(c)] if a is not None]
        if found:
            return found[0] if found[0].type == PERSON else None
    if verb.dep_ in ("relcl", "acl"):
        head = ctx.arg_at(verb.head)  # "Jane Porter, who was appointed chair of Y"
        return head if head is not None and head.type == PERSON else None
    return None


def _bracketed_body(ctx: Context, span: Span, types: Sequence[str], *, exclude: str) -> tuple[Arg, Token] | None:
    """A speaker's organisation in brackets after the name, with no post: "Jane Porter
    (Harbour Trust) said". Only when the brackets hold that one name and the person is the
    subject of a verb, or the name opens a line of names and their bodies with no verb (a
    transcript's speaker line "Jane Porter (Harbour Trust)", a byline "Jane Porter (Harbour
    Trust) and Tom Reed (Westshire College)")."""
    inside = bracketed_after(span)
    if inside is None or (span.root.dep_ not in ("nsubj", "nsubjpass") and not _names_line(ctx, span)
                          and not _listed(inside)):
        return None
    words = [t for t in inside if not (t.is_punct or t.pos_ == "DET")]
    indexes = {ctx.token_mention.get(t.i) for t in words}
    if not words or len(indexes) != 1 or None in indexes:
        return None
    arg = ctx.arg_at(words[0])
    if arg is None or arg.via_reference or arg.key == exclude or arg.type not in types:
        return None
    return arg, words[0]


_NAME_LINKS = frozenset({"and", "&", ","})
_LIST_ENDS = frozenset({",", ";", "and", "&", ".", ":"})


def _listed(inside: Span) -> bool:
    """Whether a bracketed aside closes an item of a list of names ("presentations by Jane
    Porter (Harbour Trust), Tom Reed (Westshire College) and ..."; "Members: Jane Porter
    (Harbour Trust)" at a line's end): a comma, semicolon, "and", a full stop or the line's end
    follows the closing bracket, not more words of the sentence ("Jane Porter (Harbour Trust)
    report")."""
    doc = inside.doc
    close = inside.end
    if close >= len(doc) or doc[close].text != ")":
        return False
    if "\n" in doc[close].whitespace_ or close + 1 >= len(doc):
        return True
    nxt = doc[close + 1]
    return nxt.lower_ in _LIST_ENDS or (nxt.is_space and "\n" in nxt.text)


def _names_line(ctx: Context, span: Span) -> bool:
    """Whether a name stands on a line of its own with only bracketed asides and other names
    joined by "and" ("Jane Porter (Harbour Trust)", "Jane Porter (X) and Tom Reed (Y)")."""
    line = next((ln for ln in lines(ctx.doc) if ln.start <= span.start < ln.end), None)
    if line is None:
        return False
    depth = 0
    for t in line:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and not t.is_space and t.lower_ not in _NAME_LINKS:
            index = ctx.token_mention.get(t.i)
            if index is None or ctx.entity[ctx.keys[index]].type != PERSON:
                if t.lower_.rstrip(".") not in ctx.schema.entities.honorifics:
                    return False
        if t.pos_ in ("VERB", "AUX") and depth == 0:
            return False
    return True


@rule_kind("page_role")
def page_role_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """A speaker whose post names no organisation ("Director of Policy Jane Porter said:",
    "Jane Porter, Head of Research, said"), or a byline's author among the opening lines, holds
    it at the page's one actor: the organisation that is the subject of the document's opening
    line ("Harbour Trust welcomes the X Review") when that line names no other organisation,
    else the organisation the page is by (voice.page_body: "Harbour Trust statement on ...",
    a footer "Harbour Trust is a registered charity"), else the one that opens the page's lead
    under its headline ("Westshire Council is set to launch ..."); never where the person's
    sentence names another organisation."""
    actor = page_actor(ctx)
    if actor is None:
        return
    opening = {t.i for line in opening_lines(ctx.doc)[:_BYLINE_LINES] for t in line}
    for key, span in ctx.mention_spans(PERSON):
        sent = span_sent(span)
        if any(ctx.token_mention.get(t.i) is not None and ctx.keys[ctx.token_mention[t.i]] != actor.key
               and ctx.entity[ctx.keys[ctx.token_mention[t.i]]].type == ORGANISATION for t in sent):
            continue  # a sentence naming another body: the post may be there
        # a speaker ("Director of Policy Jane Porter said"), or the page's byline or letterhead
        # among its opening lines ("Letter from Jane Porter, Director of Policy")
        # ... or a name on its own line with its post on the next, a signature or a team page's
        # entry ("Jane Porter" / "Policy Lead")
        below = _line_after(span)
        if span.start not in opening and below is None and not any(
                t.pos_ == "VERB" and t.lemma_.lower() in ctx.rules.speech_verbs for t in sent):
            continue
        for segment in (_title_before(span), segment_after(_past_asides(ctx, span, pattern.object_types)), below):
            role = _unnamed_post(ctx, segment, pattern)
            if role is not None and segment is not None:
                yield RuleMatch([Arg(key, PERSON)], [actor], role, role=clean_role(segment.text))
                break


def _unnamed_post(ctx: Context, segment: Span | None, pattern: RelationPattern) -> Token | None:
    """The first post word of a segment beside a name that names no entity, when the segment is
    a capitalised post or one a post's opening word starts ("director of children's services",
    "chief executive"; not "a member of the public")."""
    if segment is None or any(ctx.token_mention.get(t.i) is not None for t in segment):
        return None
    role = [t for t in segment if is_role_word(t, pattern)]
    if role and (segment[0].is_title or segment[0].is_upper or segment[0].lower_ in ctx.schema.entities.role_openers):
        return role[0]
    return None


@rule_kind("prior_role")
def prior_role_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """A speaker whose post names no organisation, in a sentence that names none, holds it at
    the one organisation the sentence before names: "The plan was criticised by the Harbour
    Trust. Chief executive Jane Porter said: ..." (a news story's speaker after the body it
    quotes). Not on a page with an actor of its own (page_role gives the post there), nor for a
    speaker inside a quotation."""
    if page_actor(ctx) is not None:
        return
    sents = sentences(ctx.doc)
    starts = [s.start for s in sents]
    for key, span in ctx.mention_spans(PERSON):
        sent = span_sent(span)
        index = bisect.bisect_right(starts, sent.start) - 1
        if index < 1 or quoted(ctx, span[0]) or _organisations_in(ctx, sent):
            continue
        if not any(t.pos_ == "VERB" and t.lemma_.lower() in ctx.rules.speech_verbs for t in sent):
            continue
        bodies = _organisations_in(ctx, sents[index - 1])
        if len(bodies) > 1:
            # several named: the one that acts, as the subject or the passive's agent ("The
            # Westshire Council report was criticised by the Harbour Trust.")
            bodies = _organisations_in(ctx, sents[index - 1], acting=True)
        if len(bodies) != 1:
            continue
        for segment in (_title_before(span), segment_after(_past_asides(ctx, span, pattern.object_types))):
            role = _unnamed_post(ctx, segment, pattern)
            if role is not None and segment is not None:
                yield RuleMatch([Arg(key, PERSON)], [Arg(bodies.pop(), ORGANISATION)], role, role=clean_role(segment.text))
                break


def _acts(tok: Token) -> bool:
    """Whether a word is a verb's subject or a passive's agent, or joined to one ("A and B met")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")


def _organisations_in(ctx: Context, sent: Span, *, acting: bool = False) -> set[str]:
    """The organisations a sentence names (by name, not by a reference such as "the charity");
    with `acting`, only those whose name is a verb's subject or a passive's agent."""
    found = set()
    for t in sent:
        index = ctx.token_mention.get(t.i)
        if acting and not _acts(t):
            continue
        if index is not None and ctx.entity[ctx.keys[index]].type == ORGANISATION:
            arg = ctx.arg_at(t)
            if arg is not None and not arg.via_reference:
                found.add(arg.key)
    return found


_BYLINE_LINES = 3  # a byline or letterhead is among a page's first lines

# the words that open a page's contact line ("Contact: Jane Porter, ...", "Contact officer: ...")
_CONTACT_WORDS = frozenset({"contact", "officer", "contacts"})
# words after a contact's post that start the means of contact ("Tel: 01234", "Email: ...")
_CONTACT_MEANS = frozenset({"tel", "telephone", "phone", "email", "e-mail", "mobile", "ext"})


def contact_post(ctx: Context, span: Span, actor: str) -> Span | None:
    """The post after a name on a page's contact line, the line that opens with "Contact:"
    ("Contact: Jane Porter, Democratic Services Officer  Tel: 01234 567890", "Contact officer:
    Jane Porter  Scrutiny Adviser"): the capitalised words after the name (and a comma or a
    spaced dash) up to the line's end, a bracket or the means of contact; None for any other
    line, for a post that names an organisation or when the line names another person or
    another organisation than the page's actor."""
    doc = span.doc
    line = next((ln for ln in lines(doc) if ln.start <= span.start < ln.end), None)
    if line is None:
        return None
    words = [t for t in line if not t.is_space]
    colon = next((i for i, t in enumerate(words[:3]) if t.text == ":"), None)
    if colon is None or colon == 0 or words[0].lower_ not in ("contact", "contacts") \
            or any(t.lower_ not in _CONTACT_WORDS for t in words[:colon]):
        return None
    for t in line:
        index = ctx.token_mention.get(t.i)
        if index is not None and not (span.start <= t.i < span.end) and ctx.keys[index] != actor:
            return None  # another person or body on the line ("Contact: Jane Porter or Tom Reed")
    k = span.end
    while k < line.end and (doc[k].is_space or doc[k].text == "," or _spaced_dash(doc[k])):
        k += 1
    end = k
    while end < line.end and not (doc[end].text in _STOPS or doc[end].like_email or doc[end].like_num
                                  or doc[end].lower_ in _CONTACT_MEANS):
        end += 1
    post = [t for t in doc[k:end] if not t.is_space]
    if not post or not (post[0].is_title or post[0].is_upper):
        return None
    return doc[post[0].i : post[-1].i + 1]


def _first_sentence(doc: Doc) -> Span | None:
    """The document's first sentence with a word in it; None for a document of punctuation."""
    return next((s for s in sentences(doc) if not all(t.is_space or t.is_punct for t in s)), None)


def _headline_actor(ctx: Context) -> Arg | None:
    """The organisation that is the subject of the document's opening line, when that line
    names no other organisation."""
    first = _first_sentence(ctx.doc)
    if first is None:
        return None
    orgs = {ctx.keys[ctx.token_mention[t.i]] for t in first if ctx.token_mention.get(t.i) is not None
            and ctx.entity[ctx.keys[ctx.token_mention[t.i]]].type == ORGANISATION}
    if len(orgs) != 1:
        return None
    for subj in (c for c in children_of(first.root) if c.dep_ == "nsubj"):
        arg = ctx.arg_at(subj)
        if arg is not None and arg.type == ORGANISATION and not arg.via_reference and arg.key in orgs:
            return arg
    return None


def _lead_actor(ctx: Context) -> Arg | None:
    """The organisation whose name opens the page's lead, the first of its opening lines with
    a verb ("Westshire Council is set to launch ..." under a headline), as the subject of that
    line's verb, when the line names no other organisation."""
    filled = (line for line in lines(ctx.doc) if any(not t.is_space for t in line))
    for line in itertools.islice(filled, _BYLINE_LINES):
        words = [t for t in line if not t.is_space]
        if not any(t.pos_ in ("VERB", "AUX") for t in words):
            continue
        if words and words[0].lower_ == "the":
            words = words[1:]
        orgs = {ctx.keys[i] for t in words if (i := ctx.token_mention.get(t.i)) is not None
                and ctx.entity[ctx.keys[i]].type == ORGANISATION}
        index = ctx.token_mention.get(words[0].i) if words else None
        if not orgs:
            continue  # a headline about something else: the lead follows
        if len(orgs) != 1 or index is None or ctx.keys[index] not in orgs:
            return None
        head = words[0]
        while ctx.token_mention.get(head.head.i) == index and head.head.i != head.i:
            head = head.head
        verb = head.head
        if head.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and line.start <= verb.i < line.end:
            return Arg(ctx.keys[index], ORGANISATION)
        # a lead the parser joined to an unpunctuated headline: the name, then a finite verb
        after = next((t for t in words if ctx.token_mention.get(t.i) != index), None)
        if after is not None and after.tag_ in ("VBZ", "VBP", "VBD", "MD") and after.pos_ in ("VERB", "AUX"):
            return Arg(ctx.keys[index], ORGANISATION)
        return None
    return None


headline_actor = _headline_actor  # for other kinds: the page's one actor ("we" outside quotations)


def page_actor(ctx: Context) -> Arg | None:
    """The organisation the page speaks for: its opening line's subject, else the body the page
    is by (voice.page_body), else the subject of its lead (computed once per document)."""
    if "page_actor" not in ctx.cache:
        ctx.cache["page_actor"] = _headline_actor(ctx) or page_body(ctx) or _lead_actor(ctx)
    found: Arg | None = ctx.cache["page_actor"]
    return found


def _title_before(span: Span) -> Span | None:
    """Capitalised words opening the sentence before a name: "Director of Policy Jane Porter"."""
    start = span_sent(span).start
    while start < span.start and (span.doc[start].is_space or span.doc[start].is_punct):
        start += 1
    if start >= span.start or any(t.pos_ in ("VERB", "AUX") or t.text in _STOPS for t in span.doc[start : span.start]):
        return None
    return span.doc[start : span.start]


def _affiliation(ctx: Context, span: Span, types: Sequence[str], *, exclude: str) -> tuple[Arg, Token] | None:
    """A speaker's organisation without a post: "Jane Porter of the Harbour Trust said",
    "Jane Porter from the Harbour Trust told ...", "the Harbour Trust's Jane Porter said". The
    person must be the subject of the verb that follows, so that "visitors from X" or "a letter
    from X" are not read as posts."""
    doc = ctx.doc
    listed = _listed_from(ctx, span, types, exclude=exclude) or _at_body(ctx, span, types, exclude=exclude)
    if listed is not None:
        return listed
    head = span.root
    if head.dep_ != "nsubj":
        return None
    verb = head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    k = span.end
    if k + 1 < len(doc) and doc[k].lower_ in ("of", "from") and doc[k].i < verb.i:
        j = k + 1
        while j < verb.i and doc[j].pos_ == "DET":
            j += 1
        index = ctx.token_mention.get(j)
        if index is None:
            return None
        end = j
        while end + 1 < len(doc) and ctx.token_mention.get(end + 1) == index:
            end += 1
        after = end + 1
        if after < len(doc) and doc[after].text == "(":
            after = _bracketed_name_end(doc, after)  # "X from Y (ACR) said"
        if after != verb.i and not (after < len(doc) and doc[after].text == ","):
            return None
        arg = ctx.arg_at(doc[j])
        if arg is not None and arg.key != exclude and arg.type in types and not arg.via_reference:
            return arg, doc[k]
        return None
    k = span.start - 1
    if k >= 1 and doc[k].lower_ in ("'s", "\u2019s") and ctx.token_mention.get(k - 1) is not None:
        arg = ctx.arg_at(doc[k - 1])
        if arg is not None and arg.key != exclude and arg.type in types and not arg.via_reference:
            return arg, doc[k]
    return None


def _shared_affiliation(ctx: Context, span: Span, types: Sequence[str], *, exclude: str) -> tuple[Arg, Token] | None:
    """Two people, the body after the second, then their verb: "Jane Porter and Dr Tom Reed from
    the Harbour Trust presented the report" (both are from it). The first is the verb's subject,
    the second its one conjunct, and "from/of" and the body's whole name come between the second
    and the verb."""
    doc = ctx.doc
    head = span.root
    if head.dep_ != "nsubj" or head.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = head.head
    people = [c for c in children_of(head) if c.dep_ == "conj"
              and (a := ctx.arg_at(c)) is not None and a.type == PERSON and not a.via_reference]
    if len(people) != 1 or people[0].i > verb.i:
        return None
    index = ctx.token_mention.get(people[0].i)
    other = ctx.spans[index] if index is not None else None
    if other is None or other.end + 1 >= verb.i or doc[other.end].lower_ not in ("from", "of"):
        return None
    j = other.end + 1
    while j < verb.i and doc[j].pos_ == "DET":
        j += 1
    body = ctx.token_mention.get(j)
    if body is None:
        return None
    end = j
    while end + 1 < len(doc) and ctx.token_mention.get(end + 1) == body:
        end += 1
    if end + 1 != verb.i:
        return None
    arg = ctx.arg_at(doc[j])
    if arg is None or arg.key == exclude or arg.type not in types or arg.via_reference:
        return None
    return arg, doc[other.end]


# what may close an item of a list of names ("A from X, B from Y and C from Z have written")
_ITEM_ENDS = frozenset({",", ";", "and", "&"})


def _listed_from(ctx: Context, span: Span, types: Sequence[str], *, exclude: str) -> tuple[Arg, Token] | None:
    """An item of a list of people, each "from" a body, that is the subject of a verb:
    "Jane Porter from Harbour Trust, Tom Reed MBE from Westshire Council and Anna Green from
    the Kestrel Society have written to ..." (parsers rarely give such lists one shape). The
    item must be a name (with post-nominal letters), "from", a body's whole name (with its
    acronym in brackets) and the end of the item, and the list's last item must run into a
    verb of its sentence, so that "visits from Jane Porter from Harbour Trust to Westshire" or
    "Jane Porter from Westshire" (a place) are not read as posts. A list of one is left to the
    subject's own reading (`_affiliation`)."""
    doc = ctx.doc
    sentence_end = span_sent(span).end
    item = _from_item(ctx, span.end, types, exclude=exclude)
    if item is None:
        return None
    body, after = item
    k, items = after, 1
    # on past the later items: "<name> from <body>" each, to the verb after the last
    while k < sentence_end and doc[k].text in _ITEM_ENDS:
        k += 1
        if k < sentence_end and doc[k].lower_ == "and":
            k += 1
        person = ctx.token_mention.get(k)
        if person is None or ctx.entity[ctx.keys[person]].type != PERSON:
            return None
        while k < sentence_end and ctx.token_mention.get(k) == person:
            k += 1
        nxt = _from_item(ctx, k, types, exclude="")
        if nxt is None:
            return None
        k, items = nxt[1], items + 1
    # and back over the earlier items to the start of the sentence
    j = span.start
    while j > span.sent.start and (doc[j - 1].is_space or doc[j - 1].lower_.rstrip(".") in ctx.schema.entities.honorifics):
        j -= 1
    if j > span.sent.start:
        if doc[j - 1].text not in _ITEM_ENDS:
            return None
        items += 1
    if items < 2 or k >= sentence_end or doc[k].pos_ not in ("VERB", "AUX"):
        return None
    return body, doc[span.end]


def _body_after(ctx: Context, k: int, prep: str, types: Sequence[str], *, exclude: str) -> tuple[Arg, int, int] | None:
    """After a name at token k: its post-nominal letters, `prep` ("at", "from") and a body's
    whole name of one of `types` (not `exclude`, not a reference); the body, the index of
    `prep` and the index right after the body's name."""
    doc = ctx.doc
    end = len(doc)
    while k < end and doc[k].text in ctx.schema.entities.post_nominals:
        k += 1
    if k + 1 >= end or doc[k].lower_ != prep:
        return None
    j = k + 1
    while j < end and doc[j].pos_ == "DET":
        j += 1
    index = ctx.token_mention.get(j)
    if index is None:
        return None
    arg = ctx.arg_at(doc[j])
    if arg is None or arg.key == exclude or arg.type not in types or arg.via_reference:
        return None
    after = j
    while after < end and ctx.token_mention.get(after) == index:
        after += 1
    return arg, k, after


def _at_body(ctx: Context, span: Span, types: Sequence[str], *, exclude: str) -> tuple[Arg, Token] | None:
    """A name with "at" and a body's whole name right after it, which closes the phrase: "led by
    Professor Jane Porter at Harbour University, the team ...", "instructed by Tom Reed at the
    Kestrel Society." Not where the body's name is a modifier ("Jane Porter at the Harbour Trust
    conference", "at Harbour Trust's offices": a place she was at), nor a place ("Jane Porter at
    Westshire"), which is no organisation."""
    doc = ctx.doc
    found = _body_after(ctx, span.end, "at", types, exclude=exclude)
    if found is None:
        return None
    arg, k, after = found
    if after < len(doc) and (doc[after].lower_ in ("'s", "\u2019s") or doc[after].pos_ in ("NOUN", "PROPN", "NUM")):
        return None
    return arg, doc[k]


def _from_item(ctx: Context, k: int, types: Sequence[str], *, exclude: str) -> tuple[Arg, int] | None:
    """After a name at token k: its post-nominal letters, "from", a body's whole name (and its
    acronym in brackets); the body and where the item ends, when a list mark or a verb follows."""
    doc = ctx.doc
    end = len(doc)
    found = _body_after(ctx, k, "from", types, exclude=exclude)
    if found is None:
        return None
    arg, _, after = found
    if after < end and doc[after].text == "(":
        after = _bracketed_name_end(doc, after)
    if after >= end or not (doc[after].text in _ITEM_ENDS or doc[after].pos_ in ("VERB", "AUX")):
        return None
    return arg, after


# words that may open a byline before the name ("By Jane Porter, Westshire Gazette", "Author: Jane Porter")
_BYLINE_OPENERS = frozenset({"by", "author", "authors", "written", "posted", "from", "reporter", "words"})
# a photo credit names who took or supplied a picture, not where the person pictured works
# what parts a byline's fields ("Jane Porter, Harbour Post | 9 June 2021")
_FIELD_SEPARATORS = frozenset({"|", "\u00b7", "\u2022"})
_CREDIT_WORDS = frozenset({"photo", "photograph", "image", "picture", "credit", "pictured", "source", "copyright"})


def _signature_line(
    ctx: Context, span: Span, pattern: RelationPattern, *, exclude: str
) -> tuple[Arg, Token, str | None] | None:
    """A byline or signature that is one short line: the person's name opens it (after "By" or
    "Author:"), and the line has no verb, no bracket and no other person; the person works at
    the last organisation named before a field separator ("|", or a spaced dash after the first
    one), with or without a post and a
    comma before it: "Jane Porter, Westshire Gazette", "Jane Porter Social affairs editor The
    Harbour Post | 9 Jun 2021", "Jane Porter Family Law Solicitor, Kestrel Legal, Norwich",
    "Jane Porter \u2013 Harbour Forum", "County Councillor Jane Porter, Westshire Council" (a title
    before the name), "Jane Porter, Head of Service for Early Help, Westshire
    Council" (a unit named inside the post is not the workplace). Not a photo credit ("Jane
    Porter (photo: Harbour Trust)"), not a name in running text ("Jane Porter, Harbour Trust's
    new chair, said ..." has its verb), not a name joined to a body by a lower-case word ("Jane
    Porter and Harbour Trust")."""
    doc = ctx.doc
    line = _line_of(ctx, span.start)
    if line is None:
        return None
    # (counted up to one word past the limit: a text without line breaks is one long line, read
    # once per person otherwise)
    words = list(itertools.islice((t for t in line if not t.is_space), _BYLINE_WORDS + 6))
    if not words or len(words) > _BYLINE_WORDS + 5:
        return None
    before = [t for t in doc[line.start : span.start] if not (t.is_space or t.is_punct)]
    if any(t.lower_ not in _BYLINE_OPENERS and t.lower_.rstrip(".") not in ctx.schema.entities.honorifics
           for t in before) and not (_title_words(ctx, before, pattern)
                                     and not any(t.is_punct for t in doc[line.start : span.start])):
        return None  # (a title runs into the name: not "Deputy Director, Enabling People, ...")
    posts = ctx.rules.post_words
    found: list[tuple[Arg, Token]] = []
    fields_end = False
    for t in doc[span.end : line.end]:
        if t.is_space:
            continue
        index = ctx.token_mention.get(t.i)
        if (t.pos_ in ("VERB", "AUX") and index is None) or t.text in ("(", ")", "[", "]") or t.lower_ in _CREDIT_WORDS:
            return None  # (a verb the tagger saw inside a name is a name's word: "Fostering Forum")
        # (a spaced dash after the body parts it from a title: "Jane Porter, Harbour Trust Director - our response")
        fields_end = fields_end or t.text in _FIELD_SEPARATORS or (bool(found) and _spaced_dash(t))
        if index is None:
            continue
        key = ctx.keys[index]
        entity = ctx.entity[key]
        if entity.type == PERSON and key != exclude:
            return None
        if not fields_end and entity.type in pattern.object_types and key != exclude \
                and head_word(entity.label) not in posts and (not found or found[-1][0].key != key):
            found.append((Arg(key, entity.type), t))
    if not found:
        return None
    # the last body before a field separator: "Head of Service for Y, Harbour Trust" (a unit named
    # inside the post), "Jane Porter Social affairs editor The Harbour Post | 9 Jun 2021 18.09 BST"
    target, anchor = found[-1]
    between = [t for t in doc[span.end : anchor.i] if not t.is_space]
    while between and ctx.token_mention.get(between[-1].i) is not None \
            and ctx.keys[ctx.token_mention[between[-1].i]] == target.key:
        between.pop()
    if between and not (between[0].is_punct or _spaced_dash(between[0]) or between[0].text[:1].isupper()):
        return None  # "Jane Porter and Harbour Trust", "Jane Porter at the Harbour Trust" are prose
    role = clean_role(" ".join(t.text for t in between if not t.is_punct and ctx.token_mention.get(t.i) is None))
    return target, anchor, (role or None)


def _line_of(ctx: Context, i: int) -> Span | None:
    """The line that holds token i (by bisection over the lines' starts, made once per document)."""
    doc_lines = lines(ctx.doc)
    starts: list[int] = ctx.cache.setdefault("line_starts", [ln.start for ln in doc_lines])
    k = bisect.bisect_right(starts, i) - 1
    return doc_lines[k] if k >= 0 and i < doc_lines[k].end else None


def _title_words(ctx: Context, words: Sequence[Token], pattern: RelationPattern) -> bool:
    """Whether the words before a name on its line are a capitalised title with a post word
    ("County Councillor Jane Porter, Westshire Council": "Councillor" may be read as the name's
    honorific, the name's span then starting there)."""
    return bool(words) and all(t.text[:1].isupper() for t in words) and len(words) <= _HONORIFIC_WORDS and any(
        is_role_word(t, pattern) or t.lower_ in ctx.rules.post_words for t in [*words, words[-1].doc[words[-1].i + 1]])


def _from_segment(ctx: Context, segment: Span | None, types: Sequence[str], *, exclude: str) -> Arg | None:
    """"Jane Porter, from the Harbour Trust, said", "Jane Porter, of the Harbour Trust (HT),
    warned": a phrase that is only "from" or "of" and an organisation's name (with its
    acronym in brackets)."""
    if segment is None or len(segment) < 2 or segment[0].lower_ not in ("from", "of"):
        return None
    opening = next((t.i for t in segment if t.text == "("), segment.end)
    rest = [t for t in segment.doc[segment.start + 1 : opening] if t.pos_ != "DET"]
    keys = {ctx.keys[i] if (i := ctx.token_mention.get(t.i)) is not None else None for t in rest}
    if len(keys) != 1 or None in keys:
        return None
    arg = ctx.arg_at(rest[0])
    if arg is None or arg.key == exclude or arg.type not in types:
        return None
    return arg


def own_body(ctx: Context, our: Token) -> Arg | None:
    """The organisation a page's "our" before a post stands for ("Our chief executive Jane
    Porter reflects on ...", "our Chief Executive, Jane Porter"), outside quotations: the page's
    voice (voice.py), else the organisation the page speaks for (`page_actor`), else, on a page
    that is no debate or transcript, the one organisation the page names at all, where it names
    it as the subject of a verb in the present tense (a charity's blog that names itself once:
    `_speaks_as`). None inside a quotation, or where the page names several bodies, or its one
    body only as another's ("Our chief executive Jane Porter met the Harbour Office")."""
    if quoted(ctx, our):
        return None
    found = ctx.resolve(our) or page_actor(ctx)
    if found is not None:
        return found
    if is_transcript(ctx):
        return None
    bodies = [key for key, entity in ctx.entity.items() if entity.type == ORGANISATION]
    if len(bodies) != 1 or not _speaks_as(ctx, bodies[0], our.sent.start):
        return None
    return Arg(bodies[0], ORGANISATION, via_reference=True)


_PRESENT = frozenset({"VBZ", "VBP"})
_PLURAL = frozenset({"NNS", "NNPS"})


def _speaks_as(ctx: Context, key: str, sentence: int) -> bool:
    """Whether a page names an organisation, outside quotations and outside the sentence that
    starts at `sentence`, as the one that speaks: the subject of a verb in the present tense
    ("Harbour Trust is committed to ...", "Harbour Trust believes ..."); not a body the page
    only reports on ("Last year Harbour Trust published ...") or names as a place or a partner
    beside its own "we" ("we held an event in Parliament")."""
    for index, span in enumerate(ctx.spans):
        if span is None or len(span) == 0 or ctx.keys[index] != key:
            continue
        if span.sent.start == sentence or quoted(ctx, span[0]):
            continue
        root = span.root
        verb = root.head
        if root.dep_ == "nsubj" and any(t.tag_ in _PRESENT for t in (verb, *children_of(verb))
                                         if t.i == verb.i or t.dep_ in ("aux", "auxpass")):
            return True
    return False


def _role_before_name(
    ctx: Context, span: Span, pattern: RelationPattern, *, exclude: str
) -> tuple[Arg, str, Token] | None:
    """"Barnardo's chief executive Lynn Perry", "LGA chair Jane Smith": an organisation, its
    possessive or nothing, then role words, then the person."""
    doc = ctx.doc
    k = span.start - 1
    role_end = k + 1
    while k >= 0 and (doc[k].lower_ in ctx.schema.entities.role_words or is_role_word(doc[k], pattern)
                      or _title_modifier(doc, k, role_end, pattern, ctx.schema.entities.role_words)) \
            and (ctx.token_mention.get(k) is None or _own_mention(ctx, k, exclude)):
        k -= 1
    if k >= 0 and ctx.token_mention.get(k) is None:
        # "Harbour Trust director of policy & practice Jane Porter": a title whose role word
        # governs an "of/for" phrase of plain words
        k = _titled_role_start(ctx, k, role_end, pattern)
    role_tokens = span_of(doc, k + 1, role_end)
    if not role_tokens or not any(is_role_word(t, pattern) for t in role_tokens):
        return None
    if k >= 0 and doc[k].lower_ in ("'s", "'"):
        k -= 1
    if k >= 0 and ctx.token_mention.get(k) is None and doc[k].lower_ == "our":
        # "Our chief executive Jane Porter reflects on ...": the page's own body (one post, not
        # "our co-chairs Jane Porter and Tom Reed")
        if any(t.tag_ in _PLURAL for t in role_tokens):
            return None
        arg = own_body(ctx, doc[k])
    elif k < 0 or ctx.token_mention.get(k) is None:
        return None
    else:
        arg = ctx.arg_at(doc[k])
    if arg is None or arg.key == exclude or arg.type not in pattern.object_types:
        return None
    return arg, clean_role(role_tokens.text.lower()), role_tokens[0]


def _title_modifier(doc: Doc, k: int, role_end: int, pattern: RelationPattern, role_words: Collection[str]) -> bool:
    """Whether token k is a word inside a post written before a name that is no post word of
    its own: a lower-case adjective, participle or noun before a post word or another such word
    ("Harbour Trust national officer Jane Doe", "managing director"), or the "and" after a post
    word ("Harbour Trust's founder and managing director Jane Doe"). Never the word right before
    the name: the title ends with a post word ("Harbour Trust hosted foster carer Jane Doe")."""
    if k + 1 >= role_end:
        return False  # (the name's own word: a title ends with a post word)
    tok, nxt = doc[k], doc[k + 1]
    if tok.lower_ in ("and", "&"):
        return k > 0 and (is_role_word(doc[k - 1], pattern) or doc[k - 1].lower_ in role_words)
    return tok.is_lower and tok.tag_ in ("JJ", "VBG", "NN") and (is_role_word(nxt, pattern) or nxt.is_lower)


def _own_mention(ctx: Context, k: int, key: str) -> bool:
    """Whether token k is inside a mention of the person `key` (a post the mention took in)."""
    index = ctx.token_mention.get(k)
    return index is not None and ctx.keys[index] == key


_TITLE_LINKS = frozenset({"of", "for", "and", "&"})
_TITLE_WORDS = 10


def _past_own_post(ctx: Context, span: Span, pattern: RelationPattern) -> Span:
    """A person's mention that took in the capitalised post before the name ("Harbour Trust
    Chair Cllr Jane Porter", the mention "Chair Cllr Jane Porter"): the name from its honorifics
    on, so that the post is read before it as a post written outside the mention would be; the
    span unchanged where it opens with no post."""
    doc = span.doc
    honorifics = ctx.schema.entities.honorifics
    i = span.start
    while i < span.end - 1 and is_role_word(doc[i], pattern) and doc[i].lower_.rstrip(".") not in honorifics:
        i += 1
    j = i
    while j < span.end - 1 and doc[j].lower_.rstrip(".") in honorifics:
        j += 1
    if i == span.start or j == i:
        return span  # (no post, or a post with no honorific between it and the name: as read)
    return doc[i : span.end]


def _titled_role_start(ctx: Context, k: int, role_end: int, pattern: RelationPattern) -> int:
    """Where a role title before a name begins when it carries an "of/for" phrase of plain
    words ("director of policy & practice", "head of children's services"): the index before
    its first word, which must be a role word right after a name; else `k` unchanged."""
    doc = ctx.doc
    toks = tokens_of(doc)
    j = k
    while j >= 0 and role_end - j <= _TITLE_WORDS and ctx.token_mention.get(j) is None and (
            toks[j].lower_ in _TITLE_LINKS or toks[j].lower_ in ("'s", "\u2019s", ",")
            or (toks[j].pos_ in ("NOUN", "PROPN", "ADJ") and not toks[j].is_punct)):
        j -= 1
    if j < 0 or ctx.token_mention.get(j) is None:
        return k
    if toks[j + 1].lower_ in ("'s", "\u2019s"):
        j += 1  # "Harbour Trust's director of policy, research and campaigns Jane Porter"
    title = doc[j + 1 : role_end]
    if not title or not is_role_word(title[0], pattern) or any("\n" in t.whitespace_ for t in title):
        return k
    # the of/for phrase comes before any comma ("director of policy, campaigns and research")
    link = next((t.i for t in title if t.lower_ in ("of", "for")), None)
    comma = next((t.i for t in title if t.text == ","), None)
    if link is None or (comma is not None and comma < link) or title[-1].text == ",":
        return k
    return j


def is_role_word(tok: Token, pattern: RelationPattern) -> bool:
    """Is the word one of the pattern's posts (by lemma or as written)?"""
    return tok.lemma_.lower() in pattern.lemmas or tok.lower_ in pattern.lemmas


_STOPS = frozenset({",", ";", "(", ")", ":", ".", "\"", "!", "?"})


def _no_stop(tok: Token) -> bool:
    return False


def _other_person(ctx: Context, key: str) -> Callable[[Token], bool]:
    """A token that names another person ends a role phrase: in "X, former Y chair Z" the
    organisation Y belongs to Z's role, not to X."""

    def stop(tok: Token) -> bool:
        index = ctx.token_mention.get(tok.i)
        if index is None:
            return False
        other = ctx.keys[index]
        return other != key and ctx.entity[other].type == PERSON

    return stop


def _names_target(ctx: Context, segment: Span, types: Sequence[str], *, exclude: str) -> bool:
    """Whether a segment is (mostly) the name of an entity of an allowed type."""
    for t in segment:
        index = ctx.token_mention.get(t.i)
        if index is not None:
            key = ctx.keys[index]
            return key != exclude and ctx.entity[key].type in types
        if not (t.is_punct or t.pos_ == "DET"):
            return False
    return False


def _names_any(ctx: Context, segment: Span, types: Sequence[str], *, exclude: str) -> bool:
    """Whether a segment names an entity of an allowed type anywhere."""
    return any(ctx.token_mention.get(t.i) is not None and ctx.keys[ctx.token_mention[t.i]] != exclude
               and ctx.entity[ctx.keys[ctx.token_mention[t.i]]].type in types for t in segment)


def segment_after(span: Span, stop: Callable[[Token], bool] = _no_stop) -> Span | None:
    """The phrase after "Person," up to the next comma, verb or sentence end; none when
    another person's name ends it."""
    doc = span.doc
    k = span.end
    if k >= len(doc) or not (doc[k].text == "," or _spaced_dash(doc[k])):
        return None
    start = k + 1
    end = start
    sent_end = span_sent(span).end
    while True:
        while (
            end < sent_end and (t := doc[end]).text not in _STOPS and t.pos_ not in ("VERB", "AUX")
            and not _line_end(doc[end - 1]) and not (t.is_space and "\n" in t.text)
            and not stop(t)
        ):
            end += 1   # (each token made once per step, not once per test)
        if not (end < sent_end and end > start and doc[end].text == "(" and _possessive_mark(doc[end - 1])):
            break
        # a body's acronym between its possessive and what it owns: "chair of the Harbour
        # Trust's (HT) Youth Board" runs on to the board
        close = _bracketed_name_end(doc, end)
        if close == end:
            break
        end = close
    if end < sent_end and stop(doc[end]):
        if end - 1 > start and doc[end - 1].lower_ == "and":
            return doc[start : end - 1]  # "X, chief executive of Y and Z, ...": two people, each with a post
        return None  # "X, former Y chair Z": the phrase is Z's
    if end > start and end < len(doc) and doc[end].text == "(" and not _line_end(doc[end - 1]):
        end = _bracketed_name_end(doc, end)
    return doc[start:end] if end > start else None


def _ends_item(segment: Span) -> bool:
    """Whether a segment closes its line, sentence or list item (a full stop, a semicolon, a
    line break or the document's end follows it)."""
    doc = segment.doc
    k = segment.end
    if k >= len(doc) or _line_end(doc[k - 1]):
        return True
    return doc[k].text in (".", ";") or (doc[k].is_space and "\n" in doc[k].text)


_DASHES = frozenset({"-", "\u2013", "\u2014"})


def _spaced_dash(tok: Token) -> bool:
    """A dash set apart by spaces, which parts a name from its post as a comma does ("Jane
    Porter \u2013 Chair of Y said", "Answered by Jane Porter - Minister of State (Y)"); not the
    hyphen inside a word ("Under-Secretary")."""
    return tok.text in _DASHES and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_) and bool(tok.whitespace_)


_BRACKET_WORDS = 12


def _bracketed_name_end(doc: Doc, opening: int) -> int:
    """Where a post's segment ends when brackets on its line follow it: after them when they
    hold a capitalised name ("Parliamentary Under-Secretary (Department for Harbours)"),
    else at the opening bracket. Whether the name is an organisation's is the role finder's
    question."""
    close = next((i for i in range(opening + 1, min(len(doc), opening + _BRACKET_WORDS + 2))
                  if doc[i].text in (")", "(") or _line_end(doc[i - 1])), None)
    if close is None or doc[close].text != ")" or close == opening + 1:
        return opening
    inside = [t for t in doc[opening + 1 : close] if not (t.is_punct or t.pos_ == "DET")]
    if not inside or not inside[0].text[:1].isupper() or any(t.pos_ in ("VERB", "AUX") for t in inside):
        return opening
    return close + 1


def segment_before(span: Span, stop: Callable[[Token], bool] = _no_stop) -> Span | None:
    """The phrase before ", Person" back to the previous comma, other person or the
    sentence start."""
    doc = span.doc
    k = span.start - 1
    if k < 1 or doc[k].text != ",":
        return None
    end = k
    start = end
    sent_start = span_sent(span).start
    while (
        start > sent_start and doc[start - 1].text not in _STOPS and doc[start - 1].pos_ not in ("VERB", "AUX")
        and not stop(doc[start - 1])
    ):
        start -= 1
    if start > sent_start and stop(doc[start - 1]):
        return None
    if start - 2 >= sent_start and doc[start - 1].text == "," and stop(doc[start - 2]):
        return None  # "X, chief executive of Y, Z and W": the phrase is X's, one item before Z
    return doc[start:end] if end > start else None


_ASIDE_WORDS = 5


def _signature_before(
    ctx: Context, before: Span | None, stop: Callable[[Token], bool], types: Sequence[str], *, exclude: str
) -> Span | None:
    """A signature that comes before the name: "Chief Executive, Harbour Trust, Dr Jane Porter,
    said:", the post opening its sentence and the body's whole name between it and the name (as
    "Jane Porter, Chief Executive, Harbour Trust" puts them after it): the post and the body as one
    segment. Not when the phrase before the body names a body itself ("Chair of Y, Harbour Trust,
    ...": a list) or does not open the sentence."""
    if before is None or not _names_target(ctx, before, types, exclude=exclude):
        return None
    post = segment_before(before, stop)
    if post is None or post.start != _sentence_opening(post) or _names_any(ctx, post, types, exclude=exclude):
        return None
    return before.doc[post.start : before.end]


def _sentence_opening(span: Span) -> int:
    """The first token of a span's sentence that is no space or punctuation."""
    start = span_sent(span).start
    while start < span.start and (span.doc[start].is_space or span.doc[start].is_punct):
        start += 1
    return start


def _past_asides(ctx: Context, span: Span, types: Sequence[str]) -> Span:
    """The name with the short asides in brackets that follow it, which an apposed post
    comes after: "Jane Porter (Labour), chief executive of Y", "Tom Reed (Westshire) (Lab),
    chair of Y", "Jane Porter (pictured), ...". An aside that names a body of the object's
    types is that person's affiliation (`_bracketed_body`), not an aside; nor is a long one."""
    doc = span.doc
    end = span.end
    while end < len(doc) and doc[end].text == "(":
        close = next((i for i in range(end + 1, min(len(doc), end + _ASIDE_WORDS + 2)) if doc[i].text == ")"), None)
        if close is None or close == end + 1:
            break
        inside = doc[end + 1 : close]
        if any("\n" in t.text or "\n" in t.whitespace_ for t in inside) or (
                any(t.pos_ in ("VERB", "AUX") for t in inside) and not _caption_word(inside)):
            break
        if any(a is not None and a.type in types for t in inside for a in [ctx.arg_at(t)]):
            break
        end = close + 1
    return span if end == span.end else doc[span.start : end]


def _caption_word(inside: Span) -> bool:
    """A photograph's caption word in brackets after a name, a past participle alone ("Jane
    Porter (pictured), chief executive of Y"): an aside, though the parser tags it a verb."""
    return len(inside) == 1 and inside[0].tag_ == "VBN" and inside[0].is_lower


def bracketed_after(span: Span) -> Span | None:
    """The role in brackets after a name: "Jane Porter (Assistant Director, Early Years at
    Westshire Council)"; commas inside the brackets belong to the role, and so does a line the
    brackets wrap onto (minutes set in short lines: "Jane Porter (Director" / "of Care) added:"),
    never a blank line."""
    doc = span.doc
    k = span.end
    if k >= len(doc) or doc[k].text != "(":
        return None
    end = k + 1
    limit = min(len(doc), k + 40)
    while end < limit and doc[end].text not in (")", "(") and not (doc[end].is_space and doc[end].text.count("\n") > 1):
        end += 1
    if end >= limit or doc[end].text != ")":
        return None
    return doc[k + 1 : end] if end > k + 1 else None


def _line_end(tok: Token) -> bool:
    return "\n" in tok.whitespace_


_BYLINE_WORDS = 15


def _line_after(span: Span, stop: Callable[[Token], bool] = _no_stop) -> Span | None:
    """A byline or signature: a name alone on its line, then a post on the next line
    ("Jane Porter" / "Chief Executive (Harbour Trust)"). The next line must be short and
    verbless, so that a paragraph that follows a name is not read as its post, and name no
    other person (a list of names, one a line: "Mrs Jane Porter" / "Members: Mr Tom Reed (Y)")."""
    doc = span.doc
    start = span.start
    while start > 0 and not ends_line(doc[start - 1]):
        start -= 1
        if not (doc[start].is_punct or doc[start].is_space):
            return None
    k = span.end - 1
    while not ends_line(doc[k]):
        k += 1
        if k >= len(doc):
            return None
        if not (doc[k].is_punct or doc[k].is_space):
            return None
    k += 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    end = k
    while end < len(doc) and not ends_line(doc[end]):
        end += 1
    if end < len(doc) and not doc[end].is_space:
        end += 1  # the line's last word carries the line break
    line = [t for t in doc[k:end] if not t.is_space]
    if not line or len(line) > _BYLINE_WORDS or any(t.pos_ in ("VERB", "AUX") or stop(t) for t in line):
        return None
    return doc[line[0].i : line[-1].i + 1]


def _role_in_segment(
    ctx: Context, segment: Span, pattern: RelationPattern, *, exclude: str
) -> tuple[Arg, str, Token] | None:
    """In a role phrase with one of the pattern's role words, the last entity of an allowed
    type (the most specific: "the LGA's Children and Young People Board"), and the role."""
    role_tokens = [t for t in segment if is_role_word(t, pattern)]
    if not role_tokens:
        return None
    targets: list[tuple[int, Arg]] = []
    seen_mentions = set()
    for t in segment:
        if targets and t.pos_ == "ADP" and t.lower_ in _SETTING_PREPS:
            break  # "chief executive of Y on Parliament TV": where the post holder is seen, not the post
        index = ctx.token_mention.get(t.i)
        if index is not None:
            if index in seen_mentions:
                continue
            seen_mentions.add(index)
            key = ctx.keys[index]
            # a name that opens with the role word is the role glued to a name
            # ("Ambassador for the X Foundation" taken as one organisation), not a workplace
            glued = is_role_word(t, pattern) and t.lower_ not in ctx.schema.entities.heads
            if key != exclude and ctx.entity[key].type in pattern.object_types and not glued \
                    and not _an_audience(ctx, t):
                inner = _glued_post(ctx, index, pattern)
                if inner is None:
                    targets.append((t.i, Arg(key, ctx.entity[key].type)))
                elif inner.key not in (exclude, key) and inner.type in pattern.object_types:
                    targets.append((t.i, inner))
        elif t.pos_ == "NOUN" or (t.pos_ == "PRON" and t.dep_ == "poss"):
            arg = ctx.resolve(t)
            if arg is None and t.lower_ == "our" and not any(r.tag_ in _PLURAL for r in role_tokens):
                # "our Chief Executive, Jane Porter"; not "our two co-chairs, Jane Porter and Tom
                # Reed", the posts of a group the page speaks about as well as of its own body
                arg = own_body(ctx, t)
            if arg is not None and arg.type in pattern.object_types and arg.key != exclude:
                targets.append((t.i, arg))
    if not targets:
        return None
    first_at, target = targets[-1]
    if target.type == PUBLICATION and any(
        t.pos_ in ("NOUN", "PROPN") and t.i not in ctx.token_mention for t in segment.doc[role_tokens[-1].i + 1 : first_at]
    ):
        return None  # "the author of a report on X": a publication only when the role noun governs it
    # the role is the phrase up to the first entity ("corporate director of ... at X")
    cut = min(i for i, _ in targets)
    if cut <= role_tokens[0].i:
        role_span = [t for t in segment if t.i > cut and not ctx.token_mention.get(t.i)]
        role = " ".join(t.text for t in role_span if t.i >= role_tokens[0].i)
    else:
        role = segment.doc[segment.start : cut].text
    role = clean_role(role) or clean_role(segment.text)  # "X, the former Children's Commissioner"
    return target, role, role_tokens[0]


def _an_audience(ctx: Context, t: Token) -> bool:
    """Is the mention opening at `t` the audience of someone's words ("Speaking to the Harbour
    Gazette", "told the Harbour Gazette": `audience_verbs`), not a workplace?"""
    verbs = ctx.rules.audience_verbs
    k = t.i - 1
    while k >= 0 and ctx.doc[k].pos_ == "DET":
        k -= 1   # "to the Harbour Gazette"
    before = ctx.doc[k] if k >= 0 else None
    if before is not None and before.lower_ == "to" and before.head.lemma_.lower() in verbs:
        return True
    root = t
    while root.head.i != root.i and ctx.token_mention.get(root.head.i) == ctx.token_mention.get(t.i):
        root = root.head
    return root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() == "tell"


# words that make a name's opening words a post ("Former Chief Executive Westshire Council")
_POST_MODIFIERS = frozenset({"former", "acting", "interim", "outgoing", "incoming"})

_NOT_GLUED = Arg("", "")


def _glued_post(ctx: Context, index: int, pattern: RelationPattern) -> Arg | None:
    """A post the mention stage took into an organisation's name: "RCPCH Officer for Child
    Protection", "Children's Services Spokesperson for the Westshire Network" (a role word
    beside the name of another organisation of the document, which is the post's workplace),
    "Former Chief Executive Westshire Council" (a name opening with a post's modifier and a
    role word: no workplace). None for a name that is no such thing ("Harbour Commissioner
    for Westshire", "Association of Directors of Harbour Services")."""
    span = ctx.spans[index]
    key = ctx.keys[index]
    if span is None or not any(is_role_word(t, pattern) for t in span):
        return None
    words = [t for t in span if not t.is_punct]
    if len(words) > 1 and words[0].lower_ in _POST_MODIFIERS and is_role_word(words[1], pattern):
        return _NOT_GLUED
    text = f" {' '.join(t.lower_ for t in words)} "
    inner: list[Arg] = []
    for other, entity in ctx.entity.items():
        if other == key or entity.type not in pattern.object_types:
            continue
        names = (entity.label, *entity.aliases)
        if any(len(n) > 2 and f" {' '.join(n.lower().split())} " in text and not any(
                _is_role_word_text(w, pattern) for w in n.split()) for n in names):
            inner.append(Arg(other, entity.type))
    return inner[0] if len(inner) == 1 else None


def _is_role_word_text(word: str, pattern: RelationPattern) -> bool:
    return word.lower() in pattern.lemmas


# prepositions that, after the organisation of a post, say where or when, not whose
_SETTING_PREPS = frozenset({"on", "in", "during", "via"})


def _possessor_of(ctx: Context, segment: Span, target: Arg, types: Sequence[str]) -> Arg | None:
    """"vice chair of the Harbour Trust's Youth Board": a post on a body that an organisation's
    possessive names is also a post at that organisation."""
    doc = ctx.doc
    first = next((t.i for t in segment if ctx.token_mention.get(t.i) is not None
                  and ctx.keys[ctx.token_mention[t.i]] == target.key), None)
    if first is not None and first - 1 > segment.start and doc[first - 1].text == ")":
        # past the owner's acronym: "the Harbour Trust's (HT) Youth Board"
        opening = next((i for i in range(first - 2, max(segment.start, first - _BRACKET_WORDS - 2) - 1, -1)
                        if doc[i].text == "("), None)
        first = opening if opening is not None else first
    if first is None or first - 2 < segment.start or not _possessive_mark(doc[first - 1]):
        return None
    arg = ctx.arg_at(doc[first - 2]) if ctx.token_mention.get(first - 2) is not None else None
    if arg is None or arg.type not in types or arg.key == target.key:
        return None
    return arg


_UNIT_WORDS = 6  # no more words between a body's possessive and the name of the unit it owns


def _owned_unit(ctx: Context, noun: Token, owner: Arg, types: Sequence[str]) -> Arg | None:
    """The body that the role's organisation owns by a possessive right after the role noun's
    first mention of it ("member of the Harbour Trust's youth board": the Youth Board, when it is
    a name of the document), within a few words and no punctuation, verb, preposition or "and", and
    inside the phrase of the noun the possessive attaches to."""
    doc = ctx.doc
    end = noun.sent.end
    k = next((t.i for t in doc[noun.i + 1 : end] if ctx.token_mention.get(t.i) is not None
              and ctx.keys[ctx.token_mention[t.i]] == owner.key), None)
    if k is None:
        return None
    index = ctx.token_mention[k]
    while k < end and ctx.token_mention.get(k) == index:
        k += 1
    if k >= end or not _possessive_mark(doc[k]):
        return None
    possessor = doc[k].head
    possessed = possessor.head if possessor.dep_ == "poss" else possessor
    for t in doc[k + 1 : min(end, k + 1 + _UNIT_WORDS)]:
        i = ctx.token_mention.get(t.i)
        if i is not None and ctx.keys[i] != owner.key:
            if not _owned_by(t, possessed):
                return None
            arg = ctx.arg_at(t)
            return arg if arg is not None and arg.type in types and not arg.via_reference else None
        if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "CCONJ"):
            return None
    return None


def _owned_by(tok: Token, possessed: Token) -> bool:
    """Is `tok` the noun the possessive attaches to, or under it by no conjunct's arc ("the Harbour
    Trust's youth fund and Westshire Council": the council is the fund's conjunct, no unit of it)?"""
    while tok != possessed:
        if tok.dep_ == "conj" or tok.head == tok:
            return False
        tok = tok.head
    return True


def _possessive_mark(tok: Token) -> bool:
    """The possessive "'s" (with a straight or a curly apostrophe)."""
    return tok.lower_ in ("'s", "\u2019s")


def _coordinated_before(ctx: Context, segment: Span, target: Arg, types: Sequence[str]) -> list[Arg]:
    """"professor at Harbour University and Westshire College", "chair of Harbour Trust, Westshire
    College and the Kent Forum": the organisations joined by "and" (and commas before it) to the
    role's last one share the role."""
    doc = ctx.doc
    first = next((t.i for t in segment if ctx.token_mention.get(t.i) is not None
                  and ctx.keys[ctx.token_mention[t.i]] == target.key), None)
    if first is None:
        return []
    k = first - 1
    while k >= segment.start and doc[k].lower_ != "and" and ctx.token_mention.get(k) is None:
        k -= 1
    if k - 1 < segment.start or doc[k].lower_ != "and" or ctx.token_mention.get(k - 1) is None or first - k > 4:
        return []
    found: list[Arg] = []
    while True:
        arg = ctx.arg_at(doc[k - 1])
        if arg is None or arg.type not in types or arg.key == target.key or arg in found:
            break
        found.insert(0, arg)
        # the item before: back over this name to a comma ("A, B and C")
        j = k - 1
        index = ctx.token_mention.get(j)
        while j - 1 >= segment.start and ctx.token_mention.get(j - 1) == index:
            j -= 1
        if j - 1 >= segment.start and doc[j - 1].pos_ == "DET":
            j -= 1  # ", the Kent Forum"
        if j - 1 < segment.start or doc[j - 1].text != ",":
            break
        k = j - 1
        if k - 1 < segment.start or ctx.token_mention.get(k - 1) is None:
            break
    return found


def clean_role(text: str) -> str:
    """A post's words without leading articles or possessives and trailing prepositions ("the chair of" -> "chair")."""
    words = text.replace(" 's", "'s").strip(" ,;:").split()
    while words and words[0].lower() in ("the", "a", "an", "'s", "its", "their", "and", "or"):
        words = words[1:]
    while words and words[-1].lower() in ("of", "at", "for", "with", "the", "'s", "to", "in"):
        words = words[:-1]
    return " ".join(words)


def _role_start(noun: Token) -> int:
    start = noun.i
    while start > 0 and noun.doc[start - 1].dep_ in ("compound", "amod") and noun.doc[start - 1].head.i >= noun.i:
        start -= 1
    return start


def _first_person_holder(ctx: Context, prep: Token) -> Arg | None:
    """The person a speaker's or writer's "I" stands for, as the subject of the verb an "as"
    phrase hangs from, directly or through its object ("I declare an interest as chair of Y")."""
    verb = prep.head
    for _ in range(2):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    return next((a for s in subject_tokens(verb) if s.lower_ == "i" and s.i < prep.i
                 for a in [ctx.arg_at(s)] if a and a.type == PERSON), None)


def nearest_person_before(ctx: Context, tok: Token) -> Arg | None:
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        arg = ctx.arg_at(ctx.doc[i]) if ctx.token_mention.get(i) is not None else None
        if arg and arg.type == PERSON:
            return arg
    return None


def _role_target(ctx: Context, noun: Token, types: Sequence[str]) -> Arg | None:
    """The organisation of a role: after "of/at/for", or a possessive before it."""
    for child in children_of(noun):
        if child.dep_ == "poss":
            arg = ctx.arg_at(child) or ctx.first_in(child, types)
            if arg and arg.type in types:
                return arg
    for child in children_of(noun):
        if child.dep_ == "prep" and child.lower_ in ("of", "at", "for", "with"):
            for pobj in children_of(child):
                # (a name the parser read as a clause: "trustee of Every Child Counts Here")
                if pobj.dep_ not in ("pobj", "pcomp"):
                    continue
                for t in [pobj, *list(pobj.subtree)]:
                    arg = ctx.arg_at(t)
                    if arg and arg.type in types:
                        return arg
    return None

