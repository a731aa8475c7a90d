"""Who makes a proposal: the subject or agent of a recommending verb, the owner of a
recommending noun ("the review's recommendation", "a recommendation from X"), and whether a
noun is someone else's proposal or names its own."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ...core.ontology import PUBLICATION
from ...core.schema import EntityRules
from ..syntax import children_of, negated
from .items import SUBJ_DEPS, RecommendationItem, word_class


def earlier_recommenders(doc: Doc, items: list[RecommendationItem], rules: EntityRules) -> Iterator[RecommendationItem]:
    """"X was proposed in the Y strategy - based on a recommendation from the Z review": a
    recommending noun with an owner but no object of its own, in the sentence of a proposal
    that a verb states, credits the proposal to its owner too."""
    for item in items:
        trigger = doc[item.trigger]
        if trigger.pos_ != "VERB":
            continue
        for tok in trigger.sent:
            if tok.pos_ != "NOUN" or tok.i == item.trigger or not (
                tok.lower_ in rules.recommendation_nominals or tok.lemma_.lower() in rules.recommendation_nominals
            ):
                continue
            if has_proposal_complement(tok) or item.start <= tok.i < item.end:
                continue
            owner = noun_owner(tok, rules)
            if owner is not None and owner != item.recommender:
                yield RecommendationItem(item.start, item.end, tok.i, owner, item.calls)


def approvers(doc: Doc, items: list[RecommendationItem], rules: EntityRules) -> Iterator[RecommendationItem]:
    """"We endorse the recommendation to X", "Harbour Trust welcomes the review's proposals for
    Y": whoever approves of another's recommending noun (the schema's `approving_verbs`, its
    object or the object of its preposition) calls for each proposal the noun names, beside
    the recommender that made it. The approver is a name or "we"/"I"; not under a negation."""
    approving = word_class(rules, "approving_verbs")
    seen: dict[int, Token | None] = {}
    for item in items:
        if item.calls or item.trigger in seen and seen[item.trigger] is None:
            continue
        if item.trigger not in seen:
            seen[item.trigger] = _approver(doc[item.trigger], rules, approving)
        who = seen[item.trigger]
        if who is not None and who.i != item.recommender:
            yield RecommendationItem(item.start, item.end, item.trigger, who.i, True)


def _approver(noun: Token, rules: EntityRules, approving: frozenset[str]) -> Token | None:
    if noun.pos_ != "NOUN" or not (noun.lower_ in rules.recommendation_nominals or noun.lemma_.lower() in rules.recommendation_nominals):
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in approving or negated(verb):
        return None
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in children_of(verb.head) if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.pos_ == "PROPN" or subj.ent_type_ == "ORG" or subj.lower_ in ("we", "i"):
        return subj
    return None


def has_proposal_complement(noun: Token) -> bool:
    """"a recommendation for X", "proposals to X": the noun names what is proposed."""
    for child in children_of(noun):
        if child.i < noun.i:
            continue
        if child.dep_ == "prep" and child.lower_ in ("for", "on") and any(c.dep_ in ("pobj", "pcomp") for c in children_of(child)):
            return True
        if child.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(child)):
            return True
        if aimed_clause(child) is not None:
            return True
        if child.dep_ in ("acl", "ccomp", "relcl") and child.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in children_of(child)) and any(
                c.dep_ == "aux" and c.lower_ in ("should", "must") for c in children_of(child)):
            return True   # "the recommendations that X should Y"
    return False


_AIMING_PARTICIPLES = frozenset({"aim", "design", "intend", "target"})


def aimed_clause(clause: Token) -> Token | None:
    """The gerund of "recommendations aimed at increasing X" (an aim participle on a proposing
    noun, with "at" and a gerund, or "designed to reduce X": the infinitive): the recommendations
    are named by what they do."""
    if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.lemma_.lower() not in _AIMING_PARTICIPLES or negated(clause):
        return None
    for c in children_of(clause):
        if c.dep_ == "prep" and c.lower_ == "at":
            gerund = next((g for g in children_of(c) if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if gerund is not None:
                return gerund
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c)):
            return c
    return None


def other_subject(noun: Token, rules: EntityRules) -> bool:
    """Is a recommending noun someone else's own proposal: governed by a verb that is no verb
    of response, under a subject that names no recommender ("the Government committed to
    prioritising proposals to X")? "X welcomed proposals for Y", "X rejected the call for Y"
    respond to another's proposal."""
    tok = noun
    first_verb = True
    for _ in range(8):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if first_verb and tok.lemma_.lower() in word_class(rules, "response_verbs"):
            return False
        first_verb = False
        subj = next((c for c in children_of(tok) if c.dep_ in SUBJ_DEPS), None)
        if subj is not None and noun.i not in {t.i for t in subj.subtree}:
            if is_recommender(subj, rules) or subj.pos_ == "PRON":
                return False
            return subj.pos_ == "PROPN" or subj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
    return False


def find_recommender(verb: Token, rules: EntityRules, *, passive: bool, calling: bool = False) -> int | None:
    """The token naming who recommends: the subject (or the agent of a passive), when it is a
    recommender noun, a proper name or a pronoun standing for one. Someone calling for a
    proposal may also be an organisation (any proper name) or a person's pronoun."""
    if passive:
        # "X was proposed ... in its Y strategy": the publication it was proposed in (the
        # parser may hang it on the agent: "proposed by the government - ... - in its Y")
        subject = {t.i for c in children_of(verb) if c.dep_ in SUBJ_DEPS for t in c.subtree}
        for child in verb.subtree:
            if child.dep_ == "prep" and child.lower_ == "in" and child.i not in subject:
                for pobj in children_of(child):
                    if pobj.dep_ == "pobj" and is_recommender(pobj, rules):
                        return pobj.i
        for child in children_of(verb):
            if child.dep_ == "agent":
                for pobj in children_of(child):
                    if pobj.dep_ == "pobj":
                        return pobj.i
        return None
    # "in its report, the committee recommends X": the publication proposes
    for child in children_of(verb):
        if child.dep_ == "prep" and child.lower_ == "in":
            for pobj in children_of(child):
                if pobj.dep_ == "pobj" and is_publication(pobj, rules):
                    return pobj.i
    subj = next((c for c in children_of(verb) if c.dep_ in SUBJ_DEPS), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in children_of(verb.head) if c.dep_ in SUBJ_DEPS), None)
    if subj is None and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None and verb.tag_ == "VBG":
        subj = _participle_subject(verb)
    if subj is None:
        return None
    if subj.tag_ == "WDT" and verb.dep_ == "relcl":
        subj = verb.head
    if is_recommender(subj, rules):
        return subj.i
    if subj.lower_ == "it" and previous_sentence_names_recommender(subj, rules):
        return subj.i
    if subj.pos_ == "PROPN" or subj.ent_type_ in ("ORG", "PERSON") or subj.lower_ in ("he", "she"):
        return subj.i  # a person or organisation: the relation stage decides by its type
    if calling and subj.lower_ in ("we", "i"):
        # "we are calling on the Government to: ...", "I have called on ministers to X": the
        # speaker's calls (the relation stage finds who "I" is: a quotation's speaker, a
        # byline, the body the page speaks as)
        return subj.i
    return None


def own_voice(verb: Token) -> int | None:
    """The first-person subject of a proposing verb ("we proposed a harbour levy", "I recommend a
    ferry pass for every islander"): the speaker's own proposal, whom the relation stage finds as
    it does for a call ("we called for X": a quotation's speaker, a byline, the body the page
    speaks as). Not a verb under a condition ("if we proposed X")."""
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in children_of(verb.head) if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("we", "i"):
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in children_of(verb)):
        return None
    return subj.i


def person_beside(verb: Token, recommender: int | None, *, passive: bool) -> int | None:
    """The person who makes a proposal in a publication that `find_recommender` gave ("In the
    X Review, Jane Doe recommended Y", "Y, proposed by Jane Doe in her X Review"): the active
    subject or the passive agent, a person's name (or "he"/"she"), beside the publication. Both
    propose it."""
    if recommender is None:
        return None
    if passive:
        cands = [p for c in children_of(verb) if c.dep_ == "agent" for p in children_of(c) if p.dep_ == "pobj"]
    else:
        cands = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    for cand in cands:
        if cand.i != recommender and (cand.ent_type_ == "PERSON" or cand.lower_ in ("he", "she")):
            return cand.i
    return None


def _participle_subject(verb: Token) -> Token | None:
    """The subject of the clause a participle without one of its own hangs on: "X warns,
    calling for Y", "X was joined by Z in calling for Y" (the clause's subject, also a passive
    one). Not a participle that modifies a noun ("a report calling for Y": the noun is the
    relative's subject, read as such) nor one under a negated or conditional clause."""
    if verb.dep_ == "advcl":
        clause = verb.head
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in ("in", "by", "while", "when"):
        clause = verb.head.head
    else:
        return None
    if clause.pos_ not in ("VERB", "AUX") or negated(clause) or clause.i > verb.i:
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children_of(verb)):
        return None
    return next((c for c in children_of(clause) if c.dep_ in SUBJ_DEPS), None)


def is_recommender(tok: Token, rules: EntityRules) -> bool:
    if tok.lemma_.lower() in rules.recommendation_recommenders or tok.lower_ in rules.recommendation_recommenders:
        return True
    if tok.ent_type_ == "PERSON":
        return True
    return tok.pos_ == "PROPN" and any(
        rules.heads.get(t.lower_) == PUBLICATION for t in tok.subtree
    )


def is_publication(tok: Token, rules: EntityRules) -> bool:
    """A recommender noun ("the report") or a name whose head says publication ("the X Bill")."""
    if tok.lemma_.lower() in rules.recommendation_recommenders or tok.lower_ in rules.recommendation_recommenders:
        return True
    return tok.pos_ == "PROPN" and any(rules.heads.get(t.lower_) == PUBLICATION for t in tok.subtree)


def is_binding(tok: Token, rules: EntityRules) -> bool:
    """A publication that states the law in force (the schema's `binding_publications`: "the
    Guidance", "the Code of Guidance", "the Harbours Act 1989"), not one that proposes."""
    words = word_class(rules, "binding_publications")
    if tok.pos_ == "PROPN":
        return any(t.lower_ in words for t in tok.subtree if t.pos_ == "PROPN")
    return tok.lemma_.lower() in words or tok.lower_ in words


def previous_sentence_names_recommender(tok: Token, rules: EntityRules) -> bool:
    sent = tok.sent
    doc = tok.doc
    if sent.start == 0:
        return False
    previous = doc[sent.start - 1].sent
    return any(is_recommender(t, rules) for t in list(previous) + list(doc[sent.start : tok.i]))


def noun_owner(noun: Token, rules: EntityRules) -> int | None:
    """Who makes the recommendation a noun names: "the review's recommendation", "the X
    recommendation", "a recommendation from X", or the subject of the verb governing it."""
    for child in children_of(noun):
        if child.dep_ in ("poss", "compound", "nmod") and is_recommender(child, rules):
            return child.i
        if child.i < noun.i and child.dep_ in ("compound", "nmod", "poss"):
            for t in child.subtree:
                if is_recommender(t, rules):
                    return t.i
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of", "in"):
            for pobj in children_of(child):
                if pobj.dep_ == "pobj" and is_recommender(pobj, rules):
                    return pobj.i
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.i > noun.i and not negated(child):
            # "the proposals set out in the X strategy", "recommendations made by the review"
            for prep in children_of(child):
                if prep.dep_ in ("prep", "agent") and prep.lower_ in ("in", "by", "within"):
                    # (the parser may bury the head of a quoted title: "in the 'Built on Y' strategy")
                    named = [t for t in prep.subtree if t.i > prep.i and is_recommender(t, rules)]
                    if named:
                        return named[-1].i
    if (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN"
            and noun.head.head.lower_ in word_class(rules, "collective_heads")):
        # "the review made a series of recommendations": the collection's maker
        noun = noun.head.head
    head = noun.head
    if noun.dep_ in ("dobj", "attr") and head.pos_ == "VERB":
        subj = next((c for c in children_of(head) if c.dep_ in SUBJ_DEPS), None)
        if subj is not None and (is_recommender(subj, rules) or subj.lower_ == "it"):
            return subj.i
    return None


def caller(noun: Token, rules: EntityRules) -> int | None:
    """Who makes the call a noun names, when no recommender owns it: its possessor ("the
    committee's calls for X", "the Network's calls for Y"), or the subject of the verb that makes
    it ("X has renewed calls for Y", "X makes a call for Y"); not a pronoun ("its calls": the
    publication's), and not the subject of a verb that answers another's call ("X welcomed calls
    for Y", "X rejected the call") or of a negated one."""
    for child in children_of(noun):
        if child.dep_ == "poss" and child.i < noun.i and child.pos_ in ("NOUN", "PROPN"):
            return child.i
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or negated(verb):
        return None
    if verb.lemma_.lower() in word_class(rules, "response_verbs"):
        return None
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in children_of(verb.head) if c.dep_ == "nsubj"), None)
    if subj is not None and (subj.pos_ == "PROPN" or subj.ent_type_ in ("ORG", "PERSON")):
        return subj.i
    return None


def about_recommender(noun: Token, rules: EntityRules) -> bool:
    """Does the sentence of a recommending noun name a recommender before it ("the review
    also suggests recommendations ...", "There was also a call on ..." after a sentence about
    the review)?"""
    before = list(noun.sent)[: noun.i - noun.sent.start]
    if any(is_recommender(t, rules) for t in before):
        return True
    return noun.sent.start > 0 and previous_sentence_names_recommender(noun, rules) and not any(
        t.pos_ in ("NOUN", "PROPN") and t.dep_ in SUBJ_DEPS for t in before
    )
