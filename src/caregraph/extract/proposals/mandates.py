"""Mandates a bill or strategy makes: "the Bill requires each council to publish X", "the
Bill makes it mandatory for councils to offer X", "the strategy introduces a new duty on
councils to provide X", "the Bill will add a section to impose a duty on councils to X".
What is required of whom (the addressee and the infinitive) is the publication's proposal.
Not a mandate of the law in force ("the Harbour Act 1990 requires councils to X", "the
guidance included a requirement for X"), nor one negated, conditional or undone ("the Bill
removes the duty to X"), nor a requirement on a named person or on "you" or "we", nor what a
body or the page requires ("we require all members to X"). The word classes are the
schema's `mandating_verbs`, `mandating_nouns`, `mandating_adjectives` and `undoing_verbs`."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ...core.schema import EntityRules
from ..syntax import children_of, negated, token_flags
from .items import RecommendationItem, word_class
from .phrases import proposal_phrase
from .recommenders import is_binding, is_publication
from .triggers import enactor, previous_enactor

_ADDRESSEE_PREPS = frozenset({"on", "for", "upon"})
_PERSONAL = frozenset({"i", "you", "we", "he", "she", "they", "us", "them", "me", "him", "her"})
_TENTATIVE = frozenset({"will", "would", "shall", "should"})
_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss"})
_CHAIN = 8   # heads walked up from a mandate to the clause whose subject makes it
_STOPS = frozenset({",", "(", ";", ":", "—", "–"})


def mandate_items(doc: Doc, rules: EntityRules) -> Iterator[RecommendationItem]:
    verbs = word_class(rules, "mandating_verbs")
    nouns = word_class(rules, "mandating_nouns")
    adjectives = word_class(rules, "mandating_adjectives")
    for i in _word_indexes(doc, verbs | nouns | adjectives):
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in verbs:
            if any(c.dep_ == "auxpass" for c in children_of(tok)):
                continue  # "X will be required": the needing-verb reading (triggers)
        elif tok.pos_ == "NOUN" and (lemma in nouns or tok.lower_ in nouns):
            pass
        elif tok.pos_ == "ADJ" and tok.lower_ in adjectives and tok.head.lemma_.lower() == "make":
            pass  # "makes it mandatory for X to Y"
        else:
            continue
        item = _mandate(tok, rules)
        if item is not None:
            yield item


def _word_indexes(doc: Doc, words: frozenset[str]) -> list[int]:
    """The indexes of the tokens whose lemma or lower-case form is one of the words: from the
    token array, each distinct string looked up once, not a Token made per word."""
    import numpy
    from spacy.attrs import LEMMA, LOWER

    if not len(doc):
        return []
    def listed(string: str) -> bool:
        return string.lower() in words

    found: list[int] = numpy.flatnonzero(token_flags(doc, LEMMA, listed) | token_flags(doc, LOWER, listed)).tolist()
    return found


def _mandate(anchor: Token, rules: EntityRules) -> RecommendationItem | None:
    found = _addressee_and_infinitive(anchor) or _adjacent_addressee(anchor)
    if found is None:
        return None
    addressee, infinitive = found
    if addressee.ent_type_ == "PERSON" or addressee.lower_ in _PERSONAL:
        return None  # a requirement on a person, or the page's own ("you", "we")
    start = _noun_start(anchor) if anchor.pos_ == "NOUN" else addressee.left_edge.i
    end = infinitive.right_edge.i + 1
    end = next((t.i for t in anchor.doc[infinitive.i + 1 : end] if t.text in _STOPS), end)
    maker = _maker(anchor, range(min(start, addressee.left_edge.i), end), rules)
    if maker is None:
        return None
    if end - start > rules.recommendation_max_words and anchor.pos_ == "NOUN":
        start = anchor.i  # "a new duty on X to Y": "duty on X to Y" when that is short enough
    if end - start > rules.recommendation_max_words:
        # "a duty on councils who are considering X, to offer Y, as Z": no short name to give it
        return None
    item = proposal_phrase(anchor.doc, start, end, rules)
    if item is None:
        return None
    return RecommendationItem(item[0], item[1], anchor.i, maker)


def _noun_start(noun: Token) -> int:
    """Where a mandating noun's phrase begins: its own modifiers ("a new duty"), not a subject
    the parser hung on it ("make it a requirement")."""
    return min([c.left_edge.i for c in children_of(noun) if c.i < noun.i and c.dep_ in _MODIFIERS] + [noun.i])


def _addressee_and_infinitive(anchor: Token) -> tuple[Token, Token] | None:
    """Who is required (the object of "require", the object of "on"/"for" after a noun or
    adjective, or the subject of a "for X to Y" clause) and the infinitive saying what."""
    addressees = [c for c in children_of(anchor) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
    addressees += [p for c in children_of(anchor) if c.dep_ == "prep" and c.lower_ in _ADDRESSEE_PREPS
                   for p in children_of(c) if p.dep_ == "pobj"]
    heads = [anchor, *addressees]
    if anchor.pos_ == "NOUN" and anchor.dep_ in ("dobj", "pobj"):
        heads.append(anchor.head)  # "impose a duty on X to Y": the parser hung Y on the verb
    for head in heads:
        for verb in children_of(head):
            if verb.i <= anchor.i or verb.pos_ != "VERB" or verb.dep_ not in ("acl", "relcl", "advcl", "xcomp", "ccomp"):
                continue
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
                continue
            subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"
                            and any(m.dep_ == "mark" and m.lower_ == "for" for m in children_of(verb))), None)
            if subject is not None:
                return subject, verb
            if addressees and all(a.i < verb.i for a in addressees[:1]):
                return addressees[0], verb
    return None


_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
_ADJACENT = 6   # words of an addressee between "on"/"for" and "to"


def _adjacent_addressee(anchor: Token) -> tuple[Token, Token] | None:
    """"a requirement for local authorities to publish X" read from the words, when the
    parser hung the infinitive elsewhere: the mandate, "for"/"on", a short noun phrase, "to"
    and a verb."""
    doc = anchor.doc
    if anchor.pos_ == "VERB" or anchor.i + 2 >= len(doc) or doc[anchor.i + 1].lower_ not in _ADDRESSEE_PREPS:
        return None
    k = anchor.i + 2
    while k < len(doc) and k - anchor.i - 2 < _ADJACENT and doc[k].pos_ in _NOUN_PHRASE_POS:
        k += 1
    if k == anchor.i + 2 or k + 1 >= len(doc) or doc[k].lower_ != "to" or doc[k + 1].pos_ != "VERB":
        return None
    addressee = doc[k - 1]
    if addressee.pos_ not in ("NOUN", "PROPN"):
        return None
    return addressee, doc[k + 1]


def _maker(anchor: Token, mandate: range, rules: EntityRules) -> int | None:
    """The enacting publication whose clause states the mandate: the first subject up the
    chain of heads (a relative's antecedent; "it" for the bill or strategy of the sentence
    before). Not one that states the law in force, not a clause negated, conditional or undoing."""
    undoing = word_class(rules, "undoing_verbs")
    node = anchor
    tentative = False
    for _ in range(_CHAIN):
        if node.pos_ in ("VERB", "AUX"):
            if negated(node) or node.lemma_.lower() in undoing:
                return None
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children_of(node)):
                return None
            tentative = tentative or any(c.dep_ == "aux" and c.lower_ in _TENTATIVE for c in children_of(node))
            subj = next((c for c in children_of(node) if c.dep_ == "nsubj" and c.i not in mandate), None)
            if subj is not None and subj.tag_ == "WDT" and node.dep_ == "relcl":
                subj = node.head
            if subj is not None:
                return _enacting_maker(subj, rules, tentative=tentative)
        if node.dep_ == "ROOT" or node.head.i == node.i:
            return None
        node = node.head
    return None


def _enacting_maker(subj: Token, rules: EntityRules, *, tentative: bool) -> int | None:
    if subj.pos_ == "PRON" and subj.lower_ in ("it", "this"):
        found = previous_enactor(subj, rules)
        return None if found is None else found.i
    if not is_publication(subj, rules) or is_binding(subj, rules):
        return None
    if not tentative and not enactor(subj, rules):
        return None  # "the report requires a different approach": a report describes
    return subj.i

