"""The `council_post` kind: a post that only a local council has ("Councillor Jane Porter",
"cabinet member for children, Jane Porter", "Labour opposition member Jane Porter", "Jane Porter,
portfolio holder for schools"), held by a person on a page that names one local council and no
other organisation in the person's sentence: the post is at that council, which the text need
not name beside the person."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.ontology import ORGANISATION, PERSON, PLACE
from ....core.schema import RelationPattern
from ....core.text import key_words, normalise_key
from ..context import Arg, Context
from ..registry import RuleMatch, rule_kind
from .roles import (
    bracketed_after,
    clean_role,
    contact_post,
    is_role_word,
    page_actor,
    segment_after,
    segment_before,
    with_honorific,
)

if TYPE_CHECKING:
    from spacy.tokens import Span

_BEFORE_WORDS = 8   # a post written before the name ("Former Labour county council leader Jane Porter")


@rule_kind("council_post")
def _council_post_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """Each person whose honorific, or the post before or after whose name, is one of the
    pattern's words (a councillor's posts), at the page's council: the page's actor (roles.py:
    its opening line's subject, the body the page is by, its lead's subject) when that is a
    council, else the one local council the document names (an organisation whose name is a
    place's with "Council" at its end); never where the person's sentence names another
    organisation."""
    actor = page_actor(ctx)
    council = actor if actor is not None and _is_council(ctx, actor.key) else _one_local_council(ctx)
    if council is None:
        return
    phrases = [f" {p} " for p in pattern.lemmas]
    done: set[str] = set()
    for key, named in ctx.mention_spans(PERSON):
        if key in done:
            continue
        if _other_bodies(ctx, named.sent, council.key):
            continue  # a sentence naming another body: the post may be there
        span = with_honorific(ctx, named)
        title = ctx.doc[span.start : named.start]
        before = _post_before(named) if span.start == named.start else None
        # (an honorific the mention kept inside the name: "Councillor Jane Porter" as one span)
        inside = named[:1] if len(named) > 1 and named[0].lower_.rstrip(".") in ctx.schema.entities.honorifics else None
        for part in (title, inside, before, segment_before(span), segment_after(span), bracketed_after(span)):
            if part is None or len(part) == 0:
                continue
            text = f" {' '.join(t.lower_.rstrip('.') for t in part if not t.is_space)} "
            found = next((p for p in phrases if p in text), None)
            if found is not None:
                done.add(key)
                anchor = next(t for t in part if not t.is_punct)
                yield RuleMatch([Arg(key, PERSON)], [council], anchor, role=" ".join(part.text.strip(" ,").split()))
                break


@rule_kind("contact_post")
def _contact_post_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """The person a page's contact line names with a post ("Contact: Jane Porter, Democratic
    Services Officer  Tel: ...", roles.contact_post) holds it at the page's body: its actor
    (roles.page_actor), else the one local council the document names (a council's committee
    pages name their officers so and seldom say whose they are)."""
    body = page_actor(ctx) or _one_local_council(ctx)
    if body is None:
        return
    for key, named in ctx.mention_spans(PERSON):
        post = contact_post(ctx, named, body.key)
        role = [t for t in post if is_role_word(t, pattern)] if post is not None else []
        if post is not None and role:
            yield RuleMatch([Arg(key, PERSON)], [body], role[0], role=clean_role(post.text))


def _other_bodies(ctx: Context, sent: Span, council: str) -> set[str]:
    """The organisations other than the council that a sentence names outside quotations (a body
    named in what a councillor says is no post of theirs), and not a local party ("Westby and
    Eastby Labour", "the Westby Labour Group": a councillor's party post is beside the council's
    seat, never in its place)."""
    found: set[str] = set()
    for t in sent:
        index = ctx.token_mention.get(t.i)
        if index is None or (key := ctx.keys[index]) == council or key in found:
            continue
        if ctx.entity[key].type == ORGANISATION and not ctx.in_quotation(t) and not _party(ctx, key):
            found.add(key)
    return found


_PARTY_UNITS = frozenset({"group", "party", "branch", "association"})


def _party(ctx: Context, key: str) -> bool:
    """Whether a body's name ends with a party's name (entities.yaml party_tags), or with a
    party's unit after it ("Labour Group")."""
    words = normalise_key(ctx.entity[key].label).split()
    if words and words[-1] in _PARTY_UNITS:
        words = words[:-1]
    tags = ctx.schema.entities.party_tags
    return any(" ".join(words[-n:]) in tags for n in (1, 2, 3) if len(words) >= n)


def _post_before(named: Span) -> Span | None:
    """The words before a name back to the sentence start or a punctuation mark, when they end
    right before it ("Labour opposition member Jane Porter"); none after a comma."""
    doc = named.doc
    start = named.start
    while (start > named.sent.start and named.start - start < _BEFORE_WORDS and not doc[start - 1].is_punct
           and not doc[start - 1].is_space and doc[start - 1].pos_ not in ("VERB", "AUX")):
        start -= 1
    return doc[start : named.start] if start < named.start else None


def _is_council(ctx: Context, key: str) -> bool:
    entity = ctx.entity[key]
    return entity.type == ORGANISATION and normalise_key(entity.label).split()[-1:] == ["council"]


def _one_local_council(ctx: Context) -> Arg | None:
    """The document's one organisation named as a local council: its name ends with "Council"
    and contains a place's whole name ("Westshire County Council"); None for none or several."""
    places = [f" {_and_key(e.label)} " for e in ctx.entity.values() if e.type == PLACE]
    # ... or a place the gazetteer knows, which the document names only inside the council's name
    # ("Westshire City Council" on a page that never names Westshire alone)
    places += _gazetteer_places(ctx)
    councils = [key for key, e in ctx.entity.items() if _is_council(ctx, key)
                and any(p in f" {_and_key(e.label)} " for p in places)]
    return Arg(councils[0], ORGANISATION) if len(councils) == 1 else None


def _gazetteer_places(ctx: Context) -> list[str]:
    """The gazetteer's place names and aliases, each as " key " (made once per schema, keyed by
    the digest of its files, which a new schema object of other content never shares)."""
    schema = ctx.schema
    found: list[str] | None = _GAZETTEER_PLACES.get(schema.digest)
    if found is None:
        found = [f" {_and_key(n)} " for e in schema.gazetteer if e.type == PLACE for n in (e.name, *e.aliases)]
        _GAZETTEER_PLACES.clear()
        _GAZETTEER_PLACES[schema.digest] = found
    return found


_GAZETTEER_PLACES: dict[str, list[str]] = {}


def _and_key(name: str) -> str:
    """A name's key with an ampersand read as "and" (core.text.key_words, as graph.assemble reads
    a body's name for its place)."""
    return " ".join(key_words(name))
