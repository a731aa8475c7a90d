"""Proposals a sentence continues: "The review calls for a Westshire care fund. This would also
include a grant for harbour wardens" - what "This" or "These" includes goes on with the proposal
the sentence before it states, so whoever made that one (its named recommender, calling or
proposing) makes each included item too."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ...core.schema import EntityRules
from ..syntax import children_of, negated, sent_at, sentences
from .items import SUBJ_DEPS, RecommendationItem
from .phrases import proposal_phrase, split_list

_CONTINUING_SUBJECTS = frozenset({"this", "these"})
_CONTINUING_VERBS = frozenset({"include"})


def continued_items(doc: Doc, items: list[RecommendationItem], rules: EntityRules) -> Iterator[RecommendationItem]:
    """Each item of "This (also / would) include(s) A and B" that opens a sentence, credited to
    every named recommender of the proposals that start in the sentence just before it on the
    same line. Nothing when that sentence states no proposal with a named recommender ("The
    fund opened in May. This includes a grant"), nor under a negation."""
    makers: dict[int, set[tuple[int, bool]]] = {}
    for item in items:
        if item.recommender is not None:
            makers.setdefault(sent_at(doc, item.start).start, set()).add((item.recommender, item.calls))
    if not makers:
        return
    for sent in sentences(doc):
        verb = _continuing_verb(sent)
        if verb is None:
            continue
        before = sent_at(doc, sent.start - 1)
        found = makers.get(before.start)
        if not found or "\n" in doc[before.end - 1 : sent.start + 1].text:
            continue   # (a sentence of another line or paragraph: not the proposal this one goes on with)
        for start, end in _included(verb):
            item = proposal_phrase(doc, start, end, rules)
            if not item:
                continue
            for recommender, calls in sorted(found):
                yield RecommendationItem(item[0], item[1], verb.i, recommender, calls)


def _continuing_verb(sent: Span) -> Token | None:
    """The including verb of a sentence opened by its subject "This" / "These"."""
    if sent.start == 0:
        return None
    verb = sent.root
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CONTINUING_VERBS or negated(verb):
        return None
    subj = next((c for c in children_of(verb) if c.dep_ in SUBJ_DEPS), None)
    if subj is None or subj.lower_ not in _CONTINUING_SUBJECTS or subj.i != sent.start:
        return None
    return verb


def _included(verb: Token) -> Iterator[tuple[int, int]]:
    """The listed items of the including verb's object (a noun phrase or a gerund clause)."""
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj" or (
        c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and c.i > verb.i)), None)
    if obj is None:
        return
    yield from split_list(verb.doc, obj.left_edge.i, verb.right_edge.i + 1)
