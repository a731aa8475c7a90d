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

from ..core.ontology import PUBLICATION
from ..core.schema import EntityRules
from ..core.text import is_acronym
from .syntax import conjuncts, negated

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
    """Every proposal phrase in the document, in text order, each once. Computed once per
    document; the mention and relation stages both take the result as an argument."""
    items: dict[tuple[int, int], RecommendationItem] = {}
    for tok in doc:
        for item in _from_token(tok, rules):
            items.setdefault((item.start, item.end), item)
    return sorted(items.values(), key=lambda it: (it.start, it.end))


def _from_token(tok: Token, rules: EntityRules) -> Iterator[RecommendationItem]:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in rules.recommendation_triggers:
        if negated(tok):
            return
        passive = any(c.dep_ == "auxpass" for c in tok.children) or tok.tag_ == "VBN" and tok.dep_ == "acl"
        recommender = _recommender(tok, rules, passive=passive)
        if recommender is None and not passive:
            return
        for start, end in _verb_objects(tok, passive=passive, rules=rules):
            item = _phrase(tok.doc, start, end, rules)
            if item:
                yield RecommendationItem(item[0], item[1], tok.i, recommender)
    elif tok.pos_ == "NOUN" and (tok.lower_ in rules.recommendation_nominals or lemma in rules.recommendation_nominals):
        owner = _noun_owner(tok, rules)
        if owner is None and not _about_recommender(tok, rules):
            return
        for start, end in _noun_objects(tok):
            item = _phrase(tok.doc, start, end, rules)
            if item:
                yield RecommendationItem(item[0], item[1], tok.i, owner)
        if tok.tag_ in ("NNS", "NNPS"):
            for start, end in _such_as_items(tok, rules):
                item = _phrase(tok.doc, start, end, rules)
                if item:
                    yield RecommendationItem(item[0], item[1], tok.i, owner)


def _recommender(verb: Token, rules: EntityRules, *, passive: bool) -> int | None:
    """The token naming who recommends: the subject (or the agent of a passive), when it is a
    recommender noun, a proper name or a pronoun standing for one."""
    if passive:
        # "X was proposed ... in its Y strategy": the publication it was proposed in
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and any(_is_recommender(t, rules) for t in pobj.subtree):
                        return pobj.i
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
        rules.heads.get(t.lower_) == PUBLICATION for t in tok.subtree
    )


def _previous_sentence_names_recommender(tok: Token, rules: EntityRules) -> bool:
    sent = tok.sent
    doc = tok.doc
    if sent.start == 0:
        return False
    previous = doc[sent.start - 1].sent
    return any(_is_recommender(t, rules) for t in list(previous) + list(doc[sent.start : tok.i]))


def _verb_objects(verb: Token, *, passive: bool, rules: EntityRules) -> Iterator[tuple[int, int]]:
    for start, end in _raw_verb_objects(verb, passive=passive, rules=rules):
        head = _phrase_head(verb.doc[start:end])
        if head is not None and (head.lemma_.lower() in rules.recommendation_nominals
                                 or head.lower_ in rules.recommendation_nominals):
            continue  # "suggests recommendations ..." is handled through the noun
        yield start, end


def _phrase_head(span: Span) -> Token | None:
    return span.root if len(span) else None


def _raw_verb_objects(verb: Token, *, passive: bool, rules: EntityRules) -> Iterator[tuple[int, int]]:
    children = list(verb.children)
    if passive:
        subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.lower_ not in ("it", "this", "that"):
            yield from _noun_phrase_and_conjuncts(subj)
        elif verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            yield from _noun_phrase_and_conjuncts(verb.head)
        for child in children:
            if child.dep_ in _CLAUSE_DEPS and _is_proposal_clause(child, rules):
                yield _clause(child)
        return
    dobj = next((c for c in children if c.dep_ == "dobj"), None)
    clause = next((c for c in children if c.dep_ in _CLAUSE_DEPS), None)
    if clause is not None and not _is_proposal_clause(clause, rules):
        clause = None
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
        if child.i < noun.i and child.dep_ in ("compound", "nmod", "poss"):
            for t in child.subtree:
                if _is_recommender(t, rules):
                    return t.i
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


def _about_recommender(noun: Token, rules: EntityRules) -> bool:
    """Does the sentence of a recommending noun name a recommender before it ("the review
    also suggests recommendations ...", "There was also a call on ..." after a sentence about
    the review)?"""
    before = list(noun.sent)[: noun.i - noun.sent.start]
    if any(_is_recommender(t, rules) for t in before):
        return True
    return noun.sent.start > 0 and _previous_sentence_names_recommender(noun, rules) and not any(
        t.pos_ in ("NOUN", "PROPN") and t.dep_ in _SUBJ_DEPS for t in before
    )


def _noun_objects(noun: Token) -> Iterator[tuple[int, int]]:
    """"the recommendation to make X" (an infinitive), "a call on/for X (to Y)"."""
    for child in noun.children:
        if noun.lemma_.lower() == "call":
            break
        if child.dep_ in ("acl", "relcl") and child.i > noun.i and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            yield _clause(child)
        elif child.dep_ == "prep" and child.lower_ in ("for", "on") and noun.lemma_.lower() in ("call",):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    end = max(pobj.right_edge.i, child.right_edge.i)
                    for other in noun.rights:
                        if other.i > end and other.dep_ in ("acl", "xcomp", "advcl"):
                            end = other.right_edge.i
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
    """A noun's phrase without relative clauses or coordination, then each coordinated
    phrase: the noun's own conjuncts, and conjuncts inside its phrase that carry their own
    determiner ("standards for all homes and the creation of X": the parser often hangs
    "the creation" on "homes")."""
    seen = set()
    for tok in [noun, *conjuncts(noun), *_inner_coordinates(noun)]:
        if tok.i not in seen:
            seen.add(tok.i)
            yield _noun_phrase(tok)


def _inner_coordinates(noun: Token) -> list[Token]:
    out = []
    for tok in noun.subtree:
        if tok.i != noun.i and tok.dep_ == "conj" and tok.head.i != noun.i and tok.pos_ == "NOUN" and any(
            c.dep_ == "det" for c in tok.children
        ):
            out.append(tok)
    return out


def _noun_phrase(noun: Token) -> tuple[int, int]:
    """The contiguous phrase of a noun, up to its first relative clause, apposition or
    coordination at any depth."""
    cut = {
        t.i
        for d in noun.subtree
        if d.i != noun.i and d.dep_ in _DROP_DEPS and d.i > noun.i
        for t in d.subtree
    }
    start = noun.left_edge.i
    end = noun.i + 1
    for k in range(noun.i + 1, noun.right_edge.i + 1):
        if k in cut:
            break
        end = k + 1
    return (start, end)


def _clause(head: Token) -> tuple[int, int]:
    return (head.left_edge.i, head.right_edge.i + 1)


def _is_proposal_clause(clause: Token, rules: EntityRules) -> bool:
    """A "that"-clause proposes only with a modal of obligation or a subjunctive
    ("should be", "be replaced"); "suggests that the issues can only be ..." describes."""
    if clause.dep_ != "ccomp":
        return True
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        return clause.tag_ in ("VB", "VBN")
    return any(a.lower_ in rules.recommendation_modals for a in auxes)


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
    if len([t for t in span if not t.is_punct]) < 2 and span[0].pos_ != "PROPN" and not is_acronym(span[0].text):
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
