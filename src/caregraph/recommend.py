"""Recommendations: the proposals a review or report makes, read from the parse.

"The review recommends X and the creation of Y", "it was recommended that X", "a call on X to
Y", "the recommendation to X", "recommendations such as; A, B and C". Each item is a short
phrase (at most the schema's max_words) with the token of its recommender, when the text
names one, so that `relations` can link the two. Word lists come from the schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .config import EntityRules

_CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})
_DROP_DEPS = frozenset({"relcl", "appos", "advcl", "punct", "cc", "conj", "prep_drop"})
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class RecommendationItem:
    start: int              # token offsets of the proposal phrase
    end: int
    trigger: int            # the recommending verb or noun
    recommender: int | None  # the token naming who recommends, when the text says


def find_recommendations(doc: Doc, rules: EntityRules) -> list[RecommendationItem]:
    """Every proposal phrase in the document, in text order, each once."""
    items: dict[tuple[int, int], RecommendationItem] = {}
    for tok in doc:
        for item in _from_token(tok, rules):
            items.setdefault((item.start, item.end), item)
    return sorted(items.values(), key=lambda it: (it.start, it.end))


def _from_token(tok: Token, rules: EntityRules) -> Iterator[RecommendationItem]:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in rules.recommendation_triggers:
        if _negated(tok):
            return
        passive = any(c.dep_ == "auxpass" for c in tok.children) or tok.tag_ == "VBN" and tok.dep_ == "acl"
        recommender = _recommender(tok, rules, passive=passive)
        if recommender is None and not passive:
            return
        for start, end in _verb_objects(tok, passive=passive):
            item = _phrase(tok.doc, start, end, rules)
            if item:
                yield RecommendationItem(item[0], item[1], tok.i, recommender)
    elif tok.pos_ == "NOUN" and (tok.lower_ in rules.recommendation_nominals or lemma in rules.recommendation_nominals):
        owner = _noun_owner(tok, rules)
        for start, end in _noun_objects(tok):
            item = _phrase(tok.doc, start, end, rules)
            if item:
                yield RecommendationItem(item[0], item[1], tok.i, owner)
        if tok.tag_ in ("NNS", "NNPS"):
            for start, end in _such_as_items(tok, rules):
                item = _phrase(tok.doc, start, end, rules)
                if item:
                    yield RecommendationItem(item[0], item[1], tok.i, owner)


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _recommender(verb: Token, rules: EntityRules, *, passive: bool) -> int | None:
    """The token naming who recommends: the subject (or the agent of a passive), when it is a
    recommender noun, a proper name or a pronoun standing for one."""
    if passive:
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj.i
        return None
    subj = next((c for c in verb.children if c.dep_ in _SUBJ_DEPS), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ in _SUBJ_DEPS), None)
    if subj is None and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None:
        return None
    if subj.tag_ == "WDT" and verb.dep_ == "relcl":
        subj = verb.head
    if _is_recommender(subj, rules):
        return subj.i
    if subj.lower_ == "it" and _previous_sentence_names_recommender(subj, rules):
        return subj.i
    return None


def _is_recommender(tok: Token, rules: EntityRules) -> bool:
    if tok.lemma_.lower() in rules.recommendation_recommenders or tok.lower_ in rules.recommendation_recommenders:
        return True
    if tok.ent_type_ == "PERSON":
        return True
    return tok.pos_ == "PROPN" and any(
        rules.heads.get(t.lower_) == "Publication" for t in tok.subtree
    )


def _previous_sentence_names_recommender(tok: Token, rules: EntityRules) -> bool:
    sent = tok.sent
    doc = tok.doc
    if sent.start == 0:
        return False
    previous = doc[sent.start - 1].sent
    return any(_is_recommender(t, rules) for t in list(previous) + list(doc[sent.start : tok.i]))


def _verb_objects(verb: Token, *, passive: bool) -> Iterator[tuple[int, int]]:
    children = list(verb.children)
    if passive:
        subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.lower_ not in ("it", "this", "that"):
            yield from _noun_phrase_and_conjuncts(subj)
        elif verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            yield from _noun_phrase_and_conjuncts(verb.head)
        for child in children:
            if child.dep_ in _CLAUSE_DEPS:
                yield _clause(child)
        return
    dobj = next((c for c in children if c.dep_ == "dobj"), None)
    clause = next((c for c in children if c.dep_ in _CLAUSE_DEPS), None)
    if dobj is not None and clause is not None and clause.i > dobj.i:
        yield (dobj.left_edge.i, clause.right_edge.i + 1)
        return
    if dobj is not None:
        yield from _noun_phrase_and_conjuncts(dobj)
    elif clause is not None:
        yield _clause(clause)
    for child in children:
        if child.dep_ == "prep" and child.lower_ in ("for", "on"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield from _noun_phrase_and_conjuncts(pobj)


def _noun_owner(noun: Token, rules: EntityRules) -> int | None:
    """Who makes the recommendation a noun names: "the review's recommendation", "the X
    recommendation", "a recommendation from X", or the subject of the verb governing it."""
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "nmod") and _is_recommender(child, rules):
            return child.i
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and _is_recommender(pobj, rules):
                    return pobj.i
    head = noun.head
    if noun.dep_ in ("dobj", "attr") and head.pos_ == "VERB":
        subj = next((c for c in head.children if c.dep_ in _SUBJ_DEPS), None)
        if subj is not None and (_is_recommender(subj, rules) or subj.lower_ == "it"):
            return subj.i
    return None


def _noun_objects(noun: Token) -> Iterator[tuple[int, int]]:
    """"the recommendation to make X" (an infinitive), "a call on/for X (to Y)"."""
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and child.i > noun.i and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            yield _clause(child)
        elif child.dep_ == "prep" and child.lower_ in ("for", "on") and noun.lemma_.lower() in ("call",):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    end = max(pobj.right_edge.i, child.right_edge.i)
                    yield (pobj.left_edge.i, end + 1)


def _such_as_items(noun: Token, rules: EntityRules) -> Iterator[tuple[int, int]]:
    """Items of the list after "such as" (or another list cue) within a few words of a plural
    recommending noun: "recommendations ..., such as; A, B and C"."""
    doc = noun.doc
    sent = noun.sent
    window_end = min(sent.end, noun.i + 16)
    for cue in sorted(rules.recommendation_list_cues, key=len, reverse=True):
        words = cue.split()
        for k in range(noun.i + 1, window_end):
            if [t.lower_ for t in doc[k : k + len(words)]] == words:
                yield from _list_items(doc, k + len(words), sent.end)
                return


def _list_items(doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
    k = start
    while k < end and (doc[k].is_punct or doc[k].is_space):
        k += 1
    item_start = k
    while k < end:
        tok = doc[k]
        if tok.text in (",", ";") or (tok.lower_ == "and" and tok.dep_ == "cc") or tok.text == ".":
            if k > item_start:
                yield (item_start, k)
            item_start = k + 1
            if tok.text == ".":
                return
        k += 1
    if end > item_start:
        yield (item_start, end)


def _noun_phrase_and_conjuncts(noun: Token) -> Iterator[tuple[int, int]]:
    """A noun's phrase without relative clauses or conjuncts, then each conjunct's phrase.
    "creation of X" style nominals give X (the noun after "of") instead."""
    for tok in [noun, *_conjuncts(noun)]:
        yield _noun_phrase(tok)


def _conjuncts(tok: Token) -> list[Token]:
    out = []
    for child in tok.children:
        if child.dep_ == "conj":
            out.append(child)
            out.extend(_conjuncts(child))
    return out


def _noun_phrase(noun: Token) -> tuple[int, int]:
    start = noun.left_edge.i
    end = noun.i + 1
    for child in noun.rights:
        if child.dep_ in _DROP_DEPS:
            break
        end = child.right_edge.i + 1
    return (start, end)


def _clause(head: Token) -> tuple[int, int]:
    return (head.left_edge.i, head.right_edge.i + 1)


def _phrase(doc: Doc, start: int, end: int, rules: EntityRules) -> tuple[int, int] | None:
    """Trim a proposal phrase: leading function words go; a phrase longer than max_words is
    cut down to its last verb phrase; a nominal "creation of X" becomes X."""
    start, end = _trim(doc, start, end, rules)
    if end - start > rules.recommendation_max_words:
        shorter = _last_verb_phrase(doc[start:end], rules)
        if shorter is None:
            return None
        start, end = _trim(doc, *shorter, rules)
    if start >= end:
        return None
    span = doc[start:end]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in span):
        return None
    if len([t for t in span if not t.is_punct]) < 2 and not span[0].pos_ == "PROPN":
        return None
    return (start, end)


def _trim(doc: Doc, start: int, end: int, rules: EntityRules) -> tuple[int, int]:
    while start < end and (
        doc[start].is_punct or doc[start].is_space or doc[start].lower_ in rules.recommendation_trim
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    # "the creation of X" -> X, when X is a proper name
    if end - start > 3 and doc[start].pos_ == "NOUN" and doc[start + 1].lower_ == "of":
        rest = doc[start + 2 : end]
        if rest and rest[0].pos_ == "PROPN":
            start += 2
    return start, end


def _last_verb_phrase(span: Span, rules: EntityRules) -> tuple[int, int] | None:
    for tok in reversed(span):
        if tok.pos_ == "VERB" and tok.right_edge.i + 1 >= span.end - 1:
            start = tok.i
            if start + 1 < span.end and span.end - start <= rules.recommendation_max_words:
                return (start, span.end)
    return None
