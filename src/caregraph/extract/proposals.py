"""Recommendations: the proposals a review or report makes, or that a person or organisation
calls for, read from the parse.

"The review recommends X and the creation of Y", "it was recommended that X", "a call on X to
Y", "the recommendation to X", "recommendations such as; A, B and C", "calls for X, to include
A, B and C", "its recommendations include A and B", "the proposed X", "proposals for X", "the
review says X should be Y", "X was a key recommendation of Y", and the bullets under a line
such as "X is urging the Government to:". Each item is a short phrase (at most the schema's
max_words; a light verb gives way to its object, generic and vague heads are no proposal)
with the token of its recommender, when the text names one, and whether it is called for
rather than proposed, so that `relations` can credit it: a publication or a proposing person
RECOMMENDS it, an organisation or a person calling for it SUPPORTS it. Word lists come from
the schema's `recommendations` section.
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
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class RecommendationItem:
    start: int              # token offsets of the proposal phrase
    end: int
    trigger: int            # the recommending verb or noun
    recommender: int | None  # the token naming who recommends, when the text says
    calls: bool = False     # called for (urged, pressed for) rather than proposed: a person or
                            # organisation calling for it SUPPORTS it, a publication RECOMMENDS it


def find_recommendations(doc: Doc, rules: EntityRules) -> list[RecommendationItem]:
    """Every proposal phrase in the document, in text order, once per recommender. Computed
    once per document; the mention and relation stages both take the result as an argument."""
    items: dict[tuple[int, int, int | None], RecommendationItem] = {}
    for tok in doc:
        for item in _from_token(tok, rules):
            items.setdefault((item.start, item.end, item.recommender), item)
    for item in _bullet_items(doc, rules):
        items.setdefault((item.start, item.end, item.recommender), item)
    for item in _earlier_recommenders(doc, list(items.values()), rules):
        items.setdefault((item.start, item.end, item.recommender), item)
    # one item per phrase and recommender; a phrase also found without one keeps the named
    named = {(it.start, it.end) for it in items.values() if it.recommender is not None}
    items = {k: it for k, it in items.items() if it.recommender is not None or (it.start, it.end) not in named}
    unique = {(it.start, it.end, it.recommender): it for it in _same_names(doc, list(items.values()))}
    return sorted(unique.values(), key=lambda it: (it.start, it.end))


def _same_names(doc: Doc, items: list[RecommendationItem]) -> list[RecommendationItem]:
    """One name for one proposal within a document: a phrase that another phrase of the
    document begins with, and whose head it shares ("a five-year early career framework" and
    "the five-year early career framework for social workers"), names both."""
    words = {(it.start, it.end): [t.lower_ for t in doc[it.start : it.end]] for it in items}
    out = []
    for item in items:
        mine = words[(item.start, item.end)]
        head = doc[item.start : item.end].root
        shorter = [
            other for other in items
            if 2 <= other.end - other.start < len(mine)
            and words[(other.start, other.end)] == mine[: other.end - other.start]
            and doc[other.start : other.end].root.lower_ == head.lower_
            and head.i < item.start + (other.end - other.start)
        ]
        if shorter:
            cut = min(other.end - other.start for other in shorter)
            item = RecommendationItem(item.start, item.start + cut, item.trigger, item.recommender, item.calls)
        out.append(item)
    return out


def _earlier_recommenders(doc: Doc, items: list[RecommendationItem], rules: EntityRules) -> Iterator[RecommendationItem]:
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
            if _has_proposal_complement(tok) or item.start <= tok.i < item.end:
                continue
            owner = _noun_owner(tok, rules)
            if owner is not None and owner != item.recommender:
                yield RecommendationItem(item.start, item.end, tok.i, owner, item.calls)


def _words(rules: EntityRules, key: str) -> frozenset[str]:
    return rules.recommendation_words.get(key, frozenset())


def _calling(tok: Token, rules: EntityRules) -> str | None:
    """The calling-verb entry a verb matches ("urge", "call for", "call on"), or None."""
    lemma = tok.lemma_.lower()
    for entry in _words(rules, "calling"):
        words = entry.split()
        if words[0] != lemma:
            continue
        if len(words) == 1:
            return entry
        if any(c.dep_ in ("prep", "prt") and c.lower_ == words[1] for c in tok.children):
            return entry
    return None


def _from_token(tok: Token, rules: EntityRules) -> Iterator[RecommendationItem]:
    lemma = tok.lemma_.lower()
    if tok.dep_ == "amod" and tok.lower_ in _words(rules, "proposal_modifiers") and tok.head.pos_ == "NOUN":
        # "the proposed additional support for care leavers": the noun phrase is a proposal
        start, end = _noun_phrase(tok.head)
        item = _phrase(tok.doc, start, end, rules)
        if item:
            yield RecommendationItem(item[0], item[1], tok.i, None)
        return
    if tok.pos_ == "VERB" and (lemma in _words(rules, "saying_verbs") or _according_to(tok)):
        yield from _modal_proposals(tok, rules)
        return
    if tok.pos_ == "VERB" and lemma in _words(rules, "list_verbs"):
        yield from _contents(tok, rules)
        return
    calling = _calling(tok, rules) if tok.pos_ == "VERB" else None
    if tok.pos_ == "VERB" and (lemma in rules.recommendation_triggers or calling):
        if negated(tok):
            return
        passive = any(c.dep_ == "auxpass" for c in tok.children) or tok.tag_ == "VBN" and tok.dep_ == "acl"
        recommender = _recommender(tok, rules, passive=passive, calling=calling is not None)
        if recommender is None and not passive:
            return
        spans = _calling_objects(tok, calling) if calling else _verb_objects(tok, passive=passive, rules=rules)
        for start, end in spans:
            item = _phrase(tok.doc, start, end, rules)
            if item:
                yield RecommendationItem(item[0], item[1], tok.i, recommender, calling is not None)
        for start, end in _included_items(tok, rules):
            item = _phrase(tok.doc, start, end, rules)
            if item:
                yield RecommendationItem(item[0], item[1], tok.i, recommender, calling is not None)
    elif tok.pos_ == "NOUN" and (tok.lower_ in rules.recommendation_nominals or lemma in rules.recommendation_nominals):
        owner = _noun_owner(tok, rules)
        complement = _has_proposal_complement(tok)
        pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
        if owner is None and not complement and not pronoun and not _about_recommender(tok, rules):
            return
        if owner is None and _other_subject(tok, rules):
            return  # "the Government committed to proposals to X": not the review's
        calls = lemma == "call"
        for start, end in _listed_by_noun(tok, rules):
            item = _phrase(tok.doc, start, end, rules)
            if item:
                yield RecommendationItem(item[0], item[1], tok.i, owner, calls)
        if tok.dep_ == "attr" and tok.head.lemma_.lower() == "be" and not negated(tok.head):
            # "X was a key recommendation of the review": X is the proposal
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                start, end = _noun_phrase(subj)
                item = _phrase(tok.doc, start, end, rules)
                if item:
                    yield RecommendationItem(item[0], item[1], tok.i, owner, calls)
        for start, end in _noun_objects(tok, rules):
            item = _phrase(tok.doc, start, end, rules)
            if item:
                yield RecommendationItem(item[0], item[1], tok.i, owner, calls)
        if tok.tag_ in ("NNS", "NNPS"):
            for start, end in _such_as_items(tok, rules):
                item = _phrase(tok.doc, start, end, rules)
                if item:
                    yield RecommendationItem(item[0], item[1], tok.i, owner, calls)


def _according_to(tok: Token) -> bool:
    return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)


def _modal_proposals(tok: Token, rules: EntityRules) -> Iterator[RecommendationItem]:
    """"The review says X should be phased out", "X should be imposed, according to the
    review": a clause with a modal of obligation that a recommender states."""
    if negated(tok):
        return
    if _according_to(tok):
        to = next(c for c in tok.children if c.lower_ == "to")
        source = next((p for p in to.children if p.dep_ == "pobj"), None)
        if source is None or not (_is_recommender(source, rules) or source.pos_ == "PROPN"):
            return
        recommender = source.i
        clauses = [tok.head] if tok.head.pos_ in ("VERB", "AUX") else []
    else:
        recommender = _recommender(tok, rules, passive=False)
        if recommender is None:
            return
        clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    for clause in clauses:
        auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        if negated(clause) or not any(a.lower_ in rules.recommendation_modals for a in auxes):
            continue
        if not any(c.dep_ in _SUBJ_DEPS and c.pos_ in ("NOUN", "PROPN") for c in clause.children):
            continue  # "it should ...", "we must ...": no proposal named
        start, end = _clause_cut(clause)
        item = _phrase(tok.doc, start, end, rules)
        if item:
            # a person or organisation saying what should happen calls for it
            yield RecommendationItem(item[0], item[1], tok.i, recommender, calls=True)


def _contents(verb: Token, rules: EntityRules) -> Iterator[RecommendationItem]:
    """"It includes measures ..., including A and B", "the strategy includes proposals such as
    A": the items of an umbrella noun that a recommending publication (not a person or
    organisation) includes are its proposals."""
    if negated(verb) or verb.dep_ in ("advcl", "xcomp", "acl", "relcl", "pcomp"):
        return  # "calls for X, to include A" and "measures including A": the proposal's own
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return
    if subj.lower_ == "it":
        if not _previous_sentence_names_recommender(subj, rules):
            return
    elif not _is_publication(subj, rules):
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return
    # only an umbrella object's items ("measures ..., including A and B"): what else a
    # publication includes may be anything ("interviews with families", "a foreword")
    umbrella = _words(rules, "generic_heads")
    spans = [
        s
        for o in objects if o.lemma_.lower() in umbrella or o.lower_ in umbrella
        # "measures that X campaigned for, including A and B": the list may hang on the clause
        for prep in o.subtree if prep.dep_ == "prep" and prep.lower_ == "including"
        for pobj in prep.children if pobj.dep_ in ("pobj", "pcomp")
        for s in _split_list(verb.doc, pobj.left_edge.i, prep.right_edge.i + 1)
    ]
    # "the Bill includes a set of corporate parenting duties for X": the members of a collection
    collective = _words(rules, "collective_heads")
    spans += [
        _noun_phrase(pobj)
        for o in objects if o.lemma_.lower() in collective
        for prep in o.children if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children if pobj.dep_ == "pobj" and pobj.tag_ in ("NNS", "NNPS")
    ]
    for start, end in spans:
        item = _phrase(verb.doc, start, end, rules)
        if item:
            yield RecommendationItem(item[0], item[1], verb.i, subj.i)


def _listed_by_noun(noun: Token, rules: EntityRules) -> Iterator[tuple[int, int]]:
    """"Its recommendations include A, B and C", "Among its proposals are A and B": the
    items of the list the plural noun introduces."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_.lower() in _words(rules, "list_verbs") and not negated(verb):
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects:
            yield from _split_list(noun.doc, objects[0].left_edge.i, verb.right_edge.i + 1)
    elif noun.dep_ == "pobj" and verb.lower_ == "among" and verb.head.lemma_.lower() == "be" and not negated(verb.head):
        items = [c for c in verb.head.children if c.dep_ in ("nsubj", "attr") and c.i > verb.i]
        if items:
            yield from _split_list(noun.doc, items[0].left_edge.i, items[0].right_edge.i + 1)


def _has_proposal_complement(noun: Token) -> bool:
    """"a recommendation for X", "proposals to X": the noun names what is proposed."""
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ == "prep" and child.lower_ in ("for", "on") and any(c.dep_ in ("pobj", "pcomp") for c in child.children):
            return True
        if child.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return True
    return False


def _other_subject(noun: Token, rules: EntityRules) -> bool:
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
        if first_verb and tok.lemma_.lower() in _words(rules, "response_verbs"):
            return False
        first_verb = False
        subj = next((c for c in tok.children if c.dep_ in _SUBJ_DEPS), None)
        if subj is not None and noun.i not in {t.i for t in subj.subtree}:
            if _is_recommender(subj, rules) or subj.pos_ == "PRON":
                return False
            return subj.pos_ == "PROPN" or subj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
    return False


def _recommender(verb: Token, rules: EntityRules, *, passive: bool, calling: bool = False) -> int | None:
    """The token naming who recommends: the subject (or the agent of a passive), when it is a
    recommender noun, a proper name or a pronoun standing for one. Someone calling for a
    proposal may also be an organisation (any proper name) or a person's pronoun."""
    if passive:
        # "X was proposed ... in its Y strategy": the publication it was proposed in (the
        # parser may hang it on the agent: "proposed by the government - ... - in its Y")
        subject = {t.i for c in verb.children if c.dep_ in _SUBJ_DEPS for t in c.subtree}
        for child in verb.subtree:
            if child.dep_ == "prep" and child.lower_ == "in" and child.i not in subject:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and _is_recommender(pobj, rules):
                        return pobj.i
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj.i
        return None
    # "in its report, the committee recommends X": the publication proposes
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and _is_publication(pobj, rules):
                    return pobj.i
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
    if subj.pos_ == "PROPN" or subj.ent_type_ in ("ORG", "PERSON") or subj.lower_ in ("he", "she"):
        return subj.i  # a person or organisation: the relation stage decides by its type
    if calling and subj.lower_ == "we":
        return subj.i  # "we are calling on the Government to: ...": the speaker's calls
    return None


def _is_recommender(tok: Token, rules: EntityRules) -> bool:
    if tok.lemma_.lower() in rules.recommendation_recommenders or tok.lower_ in rules.recommendation_recommenders:
        return True
    if tok.ent_type_ == "PERSON":
        return True
    return tok.pos_ == "PROPN" and any(
        rules.heads.get(t.lower_) == PUBLICATION for t in tok.subtree
    )


def _is_publication(tok: Token, rules: EntityRules) -> bool:
    """A recommender noun ("the report") or a name whose head says publication ("the X Bill")."""
    if tok.lemma_.lower() in rules.recommendation_recommenders or tok.lower_ in rules.recommendation_recommenders:
        return True
    return tok.pos_ == "PROPN" and any(rules.heads.get(t.lower_) == PUBLICATION for t in tok.subtree)


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
        named = subj is not None and subj.lower_ not in ("it", "this", "that")
        if named and any(c.dep_ == "xcomp" and c.lemma_.lower() != "be" for c in children):
            named = False  # "the cabinet is recommended to approve X": the subject is who acts
            subj = None
        if named:
            yield from _noun_phrase_and_conjuncts(subj)
        elif verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            yield from _noun_phrase_and_conjuncts(verb.head)
        for child in children:
            if named and child.dep_ == "xcomp" and child.lemma_.lower() == "be":
                continue  # "the hubs were suggested to be regional bodies": a description
            if child.dep_ in _CLAUSE_DEPS and _is_proposal_clause(child, rules):
                yield _clause(child)
        return
    dobj = next((c for c in children if c.dep_ == "dobj"), None)
    clause = next((c for c in children if c.dep_ in _CLAUSE_DEPS), None)
    if clause is not None and not _is_proposal_clause(clause, rules):
        clause = None
    if dobj is not None and clause is not None and clause.i > dobj.i:
        yield (dobj.left_edge.i, _clause_cut(clause)[1])
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
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of", "in"):
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


def _noun_objects(noun: Token, rules: EntityRules) -> Iterator[tuple[int, int]]:
    """"the recommendation to make X" (an infinitive), "a proposal for X", "a call for X (to
    Y)", "a call on Y to X"."""
    is_call = noun.lemma_.lower() == "call"
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            yield _clause(child)
            break  # "the recommendation to introduce X to boost Y": Y is X's purpose
        if child.dep_ in ("acl", "ccomp") and child.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in child.children
        ) and _is_proposal_clause(child, rules, mandative=True):
            # "the recommendation that care experience become a protected characteristic"
            yield _clause(child)
            break
        elif child.dep_ == "prep" and child.lower_ == "on" and is_call:
            # "a call on X to Y": the proposal is the clause, X its addressee
            for pobj in child.children:
                for clause in pobj.children:
                    if clause.dep_ in ("acl", "relcl") and any(c.lower_ == "to" for c in clause.children):
                        yield _clause(clause)
        elif child.dep_ == "prep" and child.lower_ == "for":
            # ("proposals on X", "recommendations about X": X is their topic, not a proposal)
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                # "a call for X to become Y": the clause belongs to the proposal
                end = pobj.right_edge.i
                for other in noun.rights:
                    if other.i > end and other.dep_ in ("acl", "xcomp") and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in other.children
                    ):
                        end = other.right_edge.i
                if end == pobj.right_edge.i:
                    end = _copular_infinitive_end(noun.doc, end + 1) or end
                if end > pobj.right_edge.i:
                    yield (pobj.left_edge.i, end + 1)
                else:
                    yield from _noun_phrase_and_conjuncts(pobj)
            for pcomp in child.children:
                if pcomp.dep_ == "pcomp" and pcomp.pos_ == "VERB":
                    yield _clause(pcomp)


_COPULAR_INFINITIVE = (("to", "become"), ("to", "be", "made"), ("to", "be", "treated", "as"),
                       ("to", "be", "recognised", "as"), ("to", "be", "recognized", "as"))


def _copular_infinitive_end(doc: Doc, i: int) -> int | None:
    """The last token of "to become Y" / "to be made Y" read off the words right after a
    proposal's object, where the parser attached the infinitive elsewhere ("a call for X to be
    made a Y is ..." parsed with "made" as the root): Y is the noun phrase that follows."""
    for words in _COPULAR_INFINITIVE:
        if i + len(words) > len(doc) or tuple(t.lower_ for t in doc[i : i + len(words)]) != words:
            continue
        k = i + len(words)
        last = None
        while k < len(doc) and (doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN") or doc[k].tag_ in ("VBN", "HYPH")) \
                and not (doc[k].pos_ == "DET" and last is not None) and not _breaks_line(doc[k - 1]):
            if doc[k].pos_ in ("NOUN", "PROPN"):
                last = k
            k += 1
        return last
    return None


def copular_complement(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The status a proposal phrase confers: Y of "X to become Y" / "X to be made Y", as a
    token range, or None."""
    for k in range(start + 1, end):
        if doc[k].lower_ == "to":
            last = _copular_infinitive_end(doc, k)
            if last is not None and last < end:
                words = next(w for w in _COPULAR_INFINITIVE if tuple(t.lower_ for t in doc[k : k + len(w)]) == w)
                return (k + len(words), last + 1)
    return None


def _calling_objects(verb: Token, entry: str) -> Iterator[tuple[int, int]]:
    """What a calling verb calls for: the object of its preposition ("call for X"), else the
    "to"-clause after its addressee ("call on Y to X", "urge Y to X")."""
    words = entry.split()
    if len(words) > 1 and words[1] != "on":
        for child in verb.children:
            if child.dep_ in ("prep", "prt") and child.lower_ == words[1]:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        yield from _noun_phrase_and_conjuncts(pobj, inner=False)
                    elif pobj.dep_ == "pcomp" and pobj.pos_ == "VERB":
                        yield _clause(pobj)
        return
    holders = [verb, *[c for c in verb.children if c.dep_ == "dobj"],
               *[p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]]
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ in ("xcomp", "acl", "relcl", "ccomp") and clause.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
            ):
                yield _clause(clause)
                for conj in conjuncts(clause):
                    if conj.pos_ == "VERB":
                        yield _clause(conj)
                return


def _included_items(verb: Token, rules: EntityRules) -> Iterator[tuple[int, int]]:
    """Items of a list inside a proposal: "calls for X, to include A, B and C", "recommends X,
    including A and B"."""
    list_verbs = _words(rules, "list_verbs")
    holders = [verb, *[c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")],
               *[p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]]
    for holder in holders:
        for child in holder.children:
            if child.i < verb.i:
                continue
            if child.lemma_.lower() in list_verbs and child.pos_ == "VERB" and (
                child.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            ):
                objects = [c for c in child.children if c.dep_ == "dobj"]
                if objects:
                    yield from _split_list(verb.doc, objects[0].left_edge.i, child.right_edge.i + 1)
            elif child.dep_ == "prep" and child.lower_ == "including":
                pobjs = [c for c in child.children if c.dep_ == "pobj"]
                if pobjs:
                    yield from _split_list(verb.doc, pobjs[0].left_edge.i, child.right_edge.i + 1)


def _split_list(doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The items of an inline list "A, B, C, and D": split at commas and semicolons, and at
    a conjunction that joins whole items (its head is an item's head, or a determiner
    follows it), not one inside an item ("reforms to training and practice")."""
    end = min(end, doc[start].sent.end)
    pieces: list[tuple[int, int]] = []
    a = start
    for k in range(start, end):
        if doc[k].text in (",", ";"):
            if k > a:
                pieces.append((a, k))
            a = k + 1
    if end > a:
        pieces.append((a, end))
    for a, b in pieces:
        while a < b and (doc[a].lower_ in ("and", "or") or doc[a].is_punct or doc[a].is_space):
            a += 1
        if a >= b:
            continue
        root = doc[a:b].root
        cut = next((t.i for t in doc[a:b] if t.dep_ == "cc" and t.lower_ in ("and", "or") and t.i + 1 < b
                    and (t.head.i == root.i or doc[t.i + 1].dep_ in ("det", "poss"))), None)
        if cut is not None:
            yield (a, cut)
            yield (cut + 1, b)
        else:
            yield (a, b)


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


def _noun_phrase_and_conjuncts(noun: Token, *, inner: bool = True) -> Iterator[tuple[int, int]]:
    """A noun's phrase without relative clauses or coordination, then each coordinated
    phrase: the noun's own conjuncts, and conjuncts inside its phrase that carry their own
    determiner ("standards for all homes and the creation of X": the parser often hangs
    "the creation" on "homes")."""
    seen = set()
    for tok in [noun, *conjuncts(noun), *(_inner_coordinates(noun) if inner else ())]:
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
    subordinate clause at any depth, or its own coordination; a coordination deeper inside
    stays ("reforms to training and practice") unless the coordinated noun has its own
    determiner ("standards for all homes and the creation of X": another item)."""
    cut = set()
    for d in noun.subtree:
        if d.i <= noun.i:
            continue
        own = d.head.i == noun.i
        if (_subordinate(d) or d.dep_ in ("appos", "prep_drop")
                or (d.dep_ in ("punct", "cc", "conj") and own)
                or (d.dep_ in ("cc", "conj") and d.head.pos_ in ("VERB", "AUX"))
                or (d.dep_ == "conj" and any(c.dep_ == "det" for c in d.children))
                or (d.dep_ == "punct" and d.text in (";", "(", "\u2014", "\u2013"))):
            cut.update(t.i for t in d.subtree)
    start = noun.left_edge.i
    end = noun.i + 1
    for k in range(noun.i + 1, noun.right_edge.i + 1):
        if k in cut:
            break
        end = k + 1
    while end - 1 > noun.i and (noun.doc[end - 1].is_punct or noun.doc[end - 1].dep_ == "cc"):
        end -= 1
    return (start, end)


def _clause(head: Token) -> tuple[int, int]:
    return _clause_cut(head)


def _is_proposal_clause(clause: Token, rules: EntityRules, *, mandative: bool = False) -> bool:
    """A "that"-clause proposes only with a modal of obligation or a subjunctive
    ("should be", "be replaced"); "suggests that the issues can only be ..." describes.
    `mandative`: the clause of a recommending noun, where a bare verb is a subjunctive."""
    if clause.dep_ != "ccomp" and not mandative:
        return True
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        # "recommends that X be Y", "recommended that care experience become Y" (a
        # subjunctive); after "suggest" only the VB form: "suggests that X are" describes
        if clause.tag_ in ("VB", "VBN"):
            return True
        # ("recommends the government introduces X": British usage takes the indicative)
        return clause.tag_ in ("VBP", "VBZ") and clause.pos_ == "VERB" and (
            mandative or clause.head.lemma_.lower() in ("recommend", "propose", "urge", "advocate"))
    return any(a.lower_ in rules.recommendation_modals for a in auxes)


def _phrase(doc: Doc, start: int, end: int, rules: EntityRules) -> tuple[int, int] | None:
    """Trim a proposal phrase: it stops at a line break; a light verb gives way to its object
    ("provide X" -> X) and "ensure" to its clause; leading function words go; a phrase longer
    than max_words is cut down to its last verb phrase; a nominal "creation of X" becomes X.
    A phrase whose head names no proposal (generic or vague nouns, a publication) is none."""
    for k in range(start, end - 1):
        if _breaks_line(doc[k]):
            end = k + 1
            break
    start, end = _reduce(doc, start, end, rules)
    start, end = _trim(doc, start, end, rules)
    if end - start > rules.recommendation_max_words and doc[start:end].root.lemma_.lower() != "be":
        # (a copular clause's proposal is in its predicate: the last verb phrase below)
        start, end = _shorten(doc, start, end, rules)
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
    if not _names_a_proposal(span, rules):
        return None
    return (start, end)


def _shorten(doc: Doc, start: int, end: int, rules: EntityRules) -> tuple[int, int]:
    """A phrase too long for a name loses its last modifiers: a noun phrase its trailing
    prepositional phrases ("response for teenagers at risk of abuse by predators outside their
    families" -> "... by predators"), a clause its trailing infinitive or prepositional phrase
    ("X should be imposed on Y to fund Z" -> "X should be imposed on Y")."""
    head = doc[start:end].root
    while end - start > rules.recommendation_max_words:
        if head.pos_ in ("NOUN", "PROPN"):
            cuts = [t.i for t in doc[head.i + 1 : end] if t.dep_ == "prep"]
        else:
            cuts = [t.left_edge.i for t in head.rights
                    if t.i < end and t.dep_ in ("prep", "advcl", "npadvmod", "xcomp", "acl")]
        cuts = [c for c in cuts if c - start >= 2]
        if not cuts:
            break
        end = cuts[-1]
    return start, end


def _breaks_line(tok: Token) -> bool:
    return "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)


def _reduce(doc: Doc, start: int, end: int, rules: EntityRules) -> tuple[int, int]:
    """A clause whose verb is light names its proposal by its object ("introduce an ECF",
    "provide sustainable funding"); "ensure X happens" by its clause."""
    for _ in range(3):
        span = doc[start:end]
        if not len(span):
            break
        root = span.root
        lemma = root.lemma_.lower()
        if root.pos_ not in ("VERB", "AUX"):
            break
        inside = [c for c in root.children if start <= c.i < end]
        if lemma in _words(rules, "light_verbs"):
            # "provide X" -> X; "X should be introduced" -> X
            obj = next((c for c in inside if c.dep_ == "dobj"), None)
            subj = next((c for c in inside if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")), None)
            if obj is not None:
                a, b = _noun_phrase(obj)
                start, end = a, min(b, end)
            elif subj is not None:
                a, b = _noun_phrase(subj)
                a, b = _trim(doc, a, min(b, end), rules)
                if b - a < 2:
                    break  # "a levy should be imposed": one word alone says less than the clause
                start, end = a, b
            else:
                break
        elif lemma in _words(rules, "clause_verbs"):
            clause = next((c for c in inside if c.dep_ in ("ccomp", "xcomp")), None)
            if clause is None:
                break
            a, b = _clause_cut(clause)
            start, end = a, min(b, end)
        else:
            break
    return start, end


_CUT_PUNCT = frozenset({",", ";", ":", "(", "\u2014", "\u2013", "--"})
_SUBORDINATORS = frozenset({"so", "that", "because", "although", "though", "while", "whilst", "when",
                            "whenever", "if", "unless", "whereas", "since", "until", "where"})


def _clause_cut(head: Token) -> tuple[int, int]:
    """A clause up to its first subordinate clause ("so that ...", "which ..."), apposition,
    comma or coordinated verb ("reforms reach all carers, including ..." -> "reforms reach
    all carers"); an infinitive stays ("the first country to recognise X")."""
    cut = set()
    for d in head.subtree:
        if d.i <= head.i:
            continue
        if (_subordinate(d)
                or d.dep_ in ("appos", "parataxis")
                or (d.dep_ in ("conj", "cc") and d.head.pos_ in ("VERB", "AUX"))
                or (d.dep_ == "punct" and d.text in _CUT_PUNCT)):
            cut.update(t.i for t in d.subtree)
    end = head.i + 1
    for k in range(head.i + 1, head.right_edge.i + 1):
        if k in cut:
            break
        end = k + 1
    return (head.left_edge.i, end)


def _subordinate(tok: Token) -> bool:
    if tok.dep_ not in ("relcl", "advcl"):
        return False
    first = tok.left_edge
    if first.i > 0 and first.nbor(-1).text in _CUT_PUNCT:
        return True
    if first.tag_ in ("WDT", "WP", "WP$", "WRB"):
        return True
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATORS and c.i < tok.i for c in tok.children)


_LIST_PREPS = frozenset({"such", "as", "like", "including"})


def _names_a_proposal(span: Span, rules: EntityRules) -> bool:
    """A vague head ("level", "number", "months") never names a proposal; a generic one
    ("reforms", "a step change", "a reset") only with a complement that is not itself generic
    ("reforms to social work training", not "a rethink of the system"); a publication ("the
    review") is no proposal."""
    head = span.root
    first = span[0]
    if first.tag_ in ("VB", "VBP") and first.lemma_.lower() in _words(rules, "procedural_verbs"):
        return False  # "approve funding of X" in a committee's list, whatever the parse made of it
    if head.pos_ in ("VERB", "AUX"):
        # "it was recommended that members note the report": procedure, not a proposal
        return head.lemma_.lower() not in _words(rules, "procedural_verbs")
    if any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in span if t.i < head.i):
        return False  # a finite verb before the head: a misparsed clause ("the system is failing families")
    words = {head.lower_, head.lemma_.lower()}
    if words & _words(rules, "vague_heads") or words & rules.recommendation_nominals:
        return False  # "a call for X" is found through the noun: X is the proposal
    if (any(w in rules.recommendation_recommenders for w in words) and head.pos_ != "PROPN"
            and (head.i == span.start or not words & _words(rules, "instrument_heads"))):
        return False  # "calls for the review to be set up", "a new strategy"; not "an early career framework"
    if head.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"):
        return False
    if not words & _words(rules, "generic_heads"):
        return True
    generic_complements = _words(rules, "generic_complements")
    for prep in head.children:
        if prep.dep_ != "prep" or not (span.start <= prep.i < span.end) or prep.lower_ in _LIST_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ in ("pobj", "pcomp") and pobj.i < span.end:
                if pobj.lower_ not in generic_complements and pobj.lemma_.lower() not in generic_complements:
                    return True
    return False


def _bullet_items(doc: Doc, rules: EntityRules) -> Iterator[RecommendationItem]:
    """Items of a bulleted list whose introducing line (ending with a colon) holds a
    recommending or calling verb with its recommender ("X is urging ministers to:", "The
    review recommends:") or a recommending noun ("Its recommendations include:")."""
    lines: list[tuple[int, int]] = []
    start = 0
    for tok in doc:
        if _breaks_line(tok):
            lines.append((start, tok.i + 1))
            start = tok.i + 1
    if start < len(doc):
        lines.append((start, len(doc)))
    intro: tuple[int, int | None, bool] | None = None   # trigger, recommender, calls
    for a, b in lines:
        words = [t for t in doc[a:b] if not t.is_space]
        if not words:
            continue
        bullet = _is_bullet(words[0])
        if not bullet and words[-1].text == ":":
            intro = _list_intro(words, rules)
            continue
        if not bullet:
            intro = None
            continue
        if intro is None:
            continue
        body = words[1:] if words[0].text in _BULLETS or words[0].like_num else words
        if words[0].like_num and body and body[0].text in (".", ")"):
            body = body[1:]  # "1. A national register ..."
        if not body:
            continue
        item_end = body[-1].i + 1
        for t in body[1:]:
            if t.is_sent_start or t.text in (".", ";", ":") or (
                t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _ITEM_CUTS
            ):
                item_end = t.i  # ("• A headline, before ...: its explanation": the headline is the item)
                break
        if body[0].lower_ in _words(rules, "procedural_verbs"):
            continue  # "• note the report", "• approve funding of X" (often tagged a noun)
        if body[0].lower_ in _words(rules, "light_verbs") and len(body) > 2 and body[1].pos_ in ("DET", "ADJ", "NOUN", "NUM", "SYM"):
            body = body[1:]  # "• introduce a carers' allowance": the parser may take the verb for a noun
        span = _bullet_phrase(doc, body[0].i, item_end)
        if span is None:
            continue
        item = _phrase(doc, span[0], span[1], rules)
        if item:
            yield RecommendationItem(item[0], item[1], intro[0], intro[1], intro[2])


_ITEM_CUTS = _SUBORDINATORS | {"before", "after", "once", "which", "who"}
_BULLETS = ("\u2022", "-", "*", "\u2023", "\u00b7", "\u25aa", "\u25cf")


def _is_bullet(tok: Token) -> bool:
    if tok.text in _BULLETS or tok.text.startswith("\u2022"):
        return True
    return tok.like_num and tok.i + 1 < len(tok.doc) and tok.nbor(1).text in (".", ")")


def _list_intro(words: list[Token], rules: EntityRules) -> tuple[int, int | None, bool] | None:
    modals = rules.recommendation_modals
    for tok in words:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _words(rules, "saying_verbs") and not negated(tok) and any(
            t.i > tok.i and t.lower_ in modals and not negated(t.head) for t in words
        ):
            # "X believes (that) there are areas where the Bill should be amended:": the speaker's calls
            recommender = _recommender(tok, rules, passive=False, calling=True)
            return None if recommender is None else (tok.i, recommender, True)
        calling = _calling(tok, rules) if tok.pos_ == "VERB" else None
        if tok.pos_ == "VERB" and (tok.lemma_.lower() in rules.recommendation_triggers or calling):
            if negated(tok):
                return None
            passive = any(c.dep_ == "auxpass" for c in tok.children)
            recommender = _recommender(tok, rules, passive=passive, calling=calling is not None)
            if recommender is None and not passive:
                return None
            return (tok.i, recommender, calling is not None)
        if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and (
            tok.lower_ in rules.recommendation_nominals or tok.lemma_.lower() in rules.recommendation_nominals
        ):
            owner = _noun_owner(tok, rules)
            pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
            if owner is None and not pronoun and not _about_recommender(tok, rules):
                return None
            return (tok.i, owner, tok.lemma_.lower() == "call")
    return None


def _bullet_phrase(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The phrase of one list item: its head noun's phrase, or its verb's clause."""
    roots = [t for t in doc[start:end] if not (start <= t.head.i < end) or t.head.i == t.i]
    for root in roots:
        if root.pos_ in ("NOUN", "PROPN"):
            a, b = _noun_phrase(root)
            return (max(a, start), min(b, end))
        if root.pos_ in ("VERB", "AUX"):
            a, b = _clause_cut(root)
            return (max(a, start), min(b, end))
    return None


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
