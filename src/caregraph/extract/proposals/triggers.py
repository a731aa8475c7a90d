"""The words that introduce proposals, and what they introduce: recommending and calling
verbs ("recommends X", "calls for X", "urges Y to X"), recommending nouns ("a recommendation
to X", "its proposals include A and B"), modals of obligation ("the review says X should
be Y"), "the proposed X" and the lists these open inline."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ...core.schema import EntityRules
from ..syntax import children_of, conjuncts, lines, negated, sent_at, sent_of, token_flags, tokens_of
from .items import CLAUSE_DEPS, SUBJ_DEPS, RecommendationItem, word_class
from .phrases import (
    SUBORDINATORS,
    clause_cut,
    clause_span,
    copular_infinitive_end,
    describes_a_problem,
    list_items,
    noun_phrase,
    noun_phrases,
    passive_infinitive,
    passive_infinitive_span,
    proposal_phrase,
    repeated_complements,
    shares_object,
    split_list,
)
from .recommenders import (
    about_recommender,
    aimed_clause,
    caller,
    find_recommender,
    has_proposal_complement,
    is_binding,
    is_publication,
    is_recommender,
    noun_owner,
    other_subject,
    own_voice,
    person_beside,
    previous_sentence_names_recommender,
)


def calling_entry(tok: Token, rules: EntityRules) -> str | None:
    """The calling-verb entry a verb matches ("urge", "call for", "call on"), or None."""
    lemma = tok.lemma_.lower()
    for entry in word_class(rules, "calling"):
        words = entry.split()
        if words[0] != lemma:
            continue
        if len(words) == 1:
            return entry
        if any(c.dep_ in ("prep", "prt") and c.lower_ == words[1] for c in children_of(tok)):
            return entry
        if any(_marked_infinitive(c, words[1]) or _addressed_infinitive(c, words[1], rules) for c in children_of(tok)):
            # "called for the cap to be scrapped", "calls for the government to fund X": "for"
            # parsed as the clause's mark
            return entry
    return None


def _named_conjuncts(subject: Token) -> list[Token]:
    """The proper names coordinated with a named subject ("A, B and C called for X")."""
    if subject.pos_ != "PROPN":
        return []
    return [c for c in conjuncts(subject) if c.pos_ == "PROPN"]


def _addressed_infinitive(clause: Token, mark: str, rules: EntityRules) -> bool:
    """An active infinitive whose subject the calling verb's preposition marks ("calls for the
    government to fund X": "for" the mark of "fund", "the government" its subject, whom the
    call addresses, as in "calls on the government to fund X"); not one whose subject is who
    would gain (the schema's `beneficiary_heads`: "campaigned for families to have a say"), nor a
    copula's ("called for family hubs to become part of every town": the hubs are what is called
    for, no one addressed; the copular infinitive's own reading keeps them)."""
    if clause.lemma_.lower() in ("be", "become", "remain"):
        return False
    if not (clause.dep_ in ("advcl", "ccomp", "xcomp") and clause.pos_ == "VERB" and clause.tag_ == "VB"
            and any(m.dep_ == "mark" and m.lower_ == mark for m in children_of(clause))
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(clause))):
        return False
    beneficiaries = word_class(rules, "beneficiary_heads")
    subjects = [c for c in children_of(clause) if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        c.pos_ in ("NOUN", "PROPN") and c.lower_ not in beneficiaries and c.lemma_.lower() not in beneficiaries
        for c in subjects)


def _marked_infinitive(clause: Token, mark: str) -> Token | None:
    """The subject of a passive infinitive the parser marks with a calling verb's preposition
    ("called for the cap to be scrapped": "for" the mark of "scrapped", "the cap" its subject)."""
    if clause.dep_ not in ("advcl", "ccomp", "xcomp") or not any(
            m.dep_ == "mark" and m.lower_ == mark for m in children_of(clause)):
        return None
    subj = next((c for c in children_of(clause) if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")), None)
    if subj is None or getattr(passive_infinitive(subj), "i", None) != clause.i:
        return None
    return subj


def coordinated_infinitives(clause: Token, verb: Token, rules: EntityRules) -> list[Token]:
    """The verbs coordinated with a proposed infinitive ("urged ministers to introduce A, extend
    B and scrap C", "proposes to create A and abolish B"): its own conjuncts, and the bare
    verbs (VB) the parser hung on the finite verb that governs it instead, after the infinitive,
    with no subject or modal of their own (a finite verb is never coordinated with a bare one:
    "urged X to do A and said ..." and "... and will publish B" are the speaker's own clauses)."""
    out = [c for c in conjuncts(clause) if c.pos_ == "VERB" and c.tag_ not in ("VBD", "VBZ") and not _own_clause(c)]
    if verb.tag_ in ("VBD", "VBZ", "VBP", "VBG", "VBN"):
        for conj in [c for c in children_of(verb) if c.dep_ == "conj" and c.i > clause.i]:
            for tok in (conj, *conjuncts(conj)):
                if tok.pos_ == "VERB" and tok.tag_ == "VB" and not _own_clause(tok) and tok not in out:
                    out.append(tok)
    # ("to draft and publish a strategy": "publish" shares the object of "draft", whose clause holds both)
    return sorted((t for t in out if not _shares_with_previous(t, rules)), key=lambda t: t.i)


def _shares_with_previous(verb: Token, rules: EntityRules) -> bool:
    """Whether a coordinated verb is the second of two that share its object: the first's clause
    reads both as one measure; not after a procedural verb, whose clause names none ("to review
    and publish the rules": "publish the rules" is the measure)."""
    first = verb.head
    return (verb.dep_ == "conj" and verb.i == first.i + 2 and shares_object(first)
            and first.lemma_.lower() not in word_class(rules, "procedural_verbs"))


def coordinated_gerunds(gerund: Token, verb: Token) -> list[Token]:
    """A proposed gerund and the gerunds coordinated with it ("includes creating A, raising B
    and ending C"): its own conjuncts, and the gerunds the parser hung on the verb that governs
    it instead, after it (as conjuncts, or as complements after a conjunction); none with a
    subject or modal of its own."""
    out = [gerund, *(c for c in conjuncts(gerund) if c.tag_ == "VBG" and not _own_clause(c))]
    doc = gerund.doc
    later = [c for c in children_of(verb) if c.i > gerund.i and (c.dep_ == "conj" or (
        # (or a second complement after "and": "included dredging A before B and lighting C")
        c.dep_ in ("xcomp", "ccomp") and c.left_edge.i > 0 and doc[c.left_edge.i - 1].lower_ in ("and", "or", ",")))]
    for conj in later:
        for tok in (conj, *conjuncts(conj)):
            if tok.tag_ == "VBG" and not _own_clause(tok) and tok not in out:
                out.append(tok)
    return sorted(out, key=lambda t: t.i)


def _own_clause(verb: Token) -> bool:
    """A verb with a subject or a modal of its own: a clause of its own, not an infinitive's partner."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") or (c.dep_ == "aux" and c.tag_ == "MD") for c in children_of(verb))


# the rules last asked about and the words a trigger has (_trigger_words)
_LAST_TRIGGER_WORDS: list[tuple[EntityRules, frozenset[str], frozenset[str]]] = []


def _trigger_words(rules: EntityRules) -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas of every verb and the words of every noun that `from_token` reads further
    (the first word of a verb entry such as "call for"), made once per schema."""
    if _LAST_TRIGGER_WORDS and _LAST_TRIGGER_WORDS[0][0] is rules:
        return _LAST_TRIGGER_WORDS[0][1], _LAST_TRIGGER_WORDS[0][2]
    verbs = frozenset().union(
        *(word_class(rules, key) for key in ("saying_verbs", "needing_verbs", "list_verbs", "wanting_verbs")),
        rules.recommendation_triggers,
        (w for key in ("enacting_verbs", "presenting_verbs", "calling") for entry in word_class(rules, key)
         for w in entry.split()[:1]),
        word_class(rules, "curbing_verbs"),
    )
    nouns = word_class(rules, "umbrella_nouns") | rules.recommendation_nominals
    _LAST_TRIGGER_WORDS[:] = [(rules, verbs, nouns)]
    return verbs, nouns


def trigger_indexes(doc: Doc, rules: EntityRules) -> list[int]:
    """The indexes of the tokens `from_token` reads further (a verb or noun of the trigger words,
    or a modifier), in order: from the token array, each distinct lemma, word and label looked
    up once, not a Token made per word."""
    import numpy
    from spacy.attrs import DEP, LEMMA, LOWER, POS
    from spacy.parts_of_speech import IDS

    if not len(doc):
        return []
    verbs, nouns = _trigger_words(rules)
    pos = doc.to_array(POS)
    # (whole-array tests: each distinct label, lemma and word tested once)
    found = (token_flags(doc, DEP, lambda dep: dep == "amod")
             | ((pos == IDS["VERB"]) & (token_flags(doc, LEMMA, lambda lemma: lemma.lower() in verbs)
                                       | token_flags(doc, LOWER, lambda word: word == "according")))
             | ((pos == IDS["NOUN"]) & (token_flags(doc, LEMMA, lambda lemma: lemma.lower() in nouns)
                                       | token_flags(doc, LOWER, lambda word: word in nouns))))
    out: list[int] = numpy.flatnonzero(found).tolist()
    return out


def from_token(tok: Token, rules: EntityRules) -> Iterator[RecommendationItem]:
    lemma = tok.lemma_.lower()
    verbs, nouns = _trigger_words(rules)
    if tok.dep_ != "amod" and not (
            (tok.pos_ == "VERB" and (lemma in verbs or tok.lower_ == "according"))
            or (tok.pos_ == "NOUN" and (lemma in nouns or tok.lower_ in nouns))):
        return  # no trigger word (nor a modifier): none of the readings below can apply
    if tok.dep_ == "amod" and tok.lower_ in word_class(rules, "proposal_modifiers") and tok.head.pos_ == "NOUN":
        # "the proposed additional support for care leavers": the noun phrase is a proposal
        start, end = noun_phrase(tok.head)
        item = proposal_phrase(tok.doc, start, end, rules)
        if item:
            yield RecommendationItem(item[0], item[1], tok.i, None)
        return
    if tok.pos_ == "VERB" and (lemma in word_class(rules, "saying_verbs") or _according_to(tok)):
        yield from _modal_proposals(tok, rules)
        return
    if tok.pos_ == "VERB" and (_enacting(tok, rules) or lemma in word_class(rules, "curbing_verbs")):
        yield from _enacted(tok, rules)
        if _enacting(tok, rules):   # (not a curb: what is banned is no proposal)
            yield from _framed(tok, rules)
        return
    if tok.pos_ == "VERB" and _presenting(tok, rules):
        yield from _framed(tok, rules)
        return
    if tok.pos_ == "VERB" and lemma in word_class(rules, "needing_verbs") and any(c.dep_ == "auxpass" for c in children_of(tok)):
        yield from _enacted_passive(tok, rules)
        return
    if tok.pos_ == "VERB" and lemma in word_class(rules, "list_verbs"):
        yield from _contents(tok, rules)
        yield from _pronoun_contents(tok, rules)
        yield from _umbrella_contents(tok, rules)
        return
    if tok.pos_ == "VERB" and lemma in word_class(rules, "wanting_verbs"):
        yield from _wanted(tok, rules)
        return
    calling = calling_entry(tok, rules) if tok.pos_ == "VERB" else None
    if tok.pos_ == "VERB" and (lemma in rules.recommendation_triggers or calling):
        if negated(tok):
            return
        passive = any(c.dep_ == "auxpass" for c in children_of(tok)) or tok.tag_ == "VBN" and tok.dep_ == "acl"
        recommender = find_recommender(tok, rules, passive=passive, calling=calling is not None)
        own = recommender is None and not passive and (recommender := own_voice(tok)) is not None
        if recommender is None and not passive:
            return
        calls = calling is not None or own   # ("we proposed X": the speaker's call, as "we called for X")
        spans = _calling_objects(tok, calling, rules) if calling else _verb_objects(tok, passive=passive, rules=rules)
        person = None if calling else person_beside(tok, recommender, passive=passive)
        # "Cllrs A, B and C called on X to Y": each named caller calls for it
        callers = _named_conjuncts(tok.doc[recommender]) if calling and recommender is not None else []
        for start, end in spans:
            item = proposal_phrase(tok.doc, start, end, rules)
            if item:
                yield RecommendationItem(item[0], item[1], tok.i, recommender, calls)
                if person is not None:
                    yield RecommendationItem(item[0], item[1], tok.i, person, False)
                for other in callers:
                    yield RecommendationItem(item[0], item[1], tok.i, other.i, True)
        for start, end in _included_items(tok, rules):
            item = proposal_phrase(tok.doc, start, end, rules)
            if item:
                yield RecommendationItem(item[0], item[1], tok.i, recommender, calls)
    elif tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lower_ in word_class(rules, "umbrella_nouns"):
        yield from _listed_measures(tok, rules)
    elif tok.pos_ == "NOUN" and (tok.lower_ in rules.recommendation_nominals or lemma in rules.recommendation_nominals):
        if lemma == "call" and tok.text[:1].isupper() and not tok.is_sent_start:
            return  # "responses to a Call for Advice": the title of a consultation
        owner = noun_owner(tok, rules)
        if owner is None and lemma == "call":
            # "the committee's calls for X", "X has renewed calls for Y", "X makes a call for Y":
            # whoever owns or makes a call calls for it (SUPPORTS), not the page's publication
            owner = caller(tok, rules)
        complement = has_proposal_complement(tok)
        pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(tok))
        if owner is None and not complement and not pronoun and not about_recommender(tok, rules):
            return
        if owner is None and other_subject(tok, rules):
            return  # "the Government committed to proposals to X": not the review's
        calls = lemma == "call"
        for start, end in _listed_by_noun(tok, rules):
            item = proposal_phrase(tok.doc, start, end, rules)
            if item:
                yield RecommendationItem(item[0], item[1], tok.i, owner, calls)
        if (owner is not None and tok.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i
                and tok.head.ent_type_ not in ("PERSON", "ORG", "GPE", "LOC", "NORP")):
            # "a national harbour allowance, a key recommendation of the review, ...": the name apposed
            for start, end in noun_phrases(tok.head):
                item = proposal_phrase(tok.doc, start, end, rules)
                if item:
                    yield RecommendationItem(item[0], item[1], tok.i, owner, calls)
        counted = tok
        if (tok.dep_ == "pobj" and tok.tag_ in ("NNS", "NNPS") and tok.head.lower_ == "of"
                and tok.head.head.lower_ == "one" and tok.head.head.dep_ == "attr"):
            counted = tok.head.head   # "X was one of the review's recommendations"
        if counted.dep_ == "attr" and counted.head.lemma_.lower() == "be" and not negated(counted.head):
            # "X was a key recommendation of the review": X is the proposal
            subj = next((c for c in children_of(counted.head) if c.dep_ == "nsubj"), None)
            # (not "their call for X is one of its recommendations": the call's own reading names X)
            # (nor a subject the parser cut out of a clause: "to be made a Protected Status is one of ...")
            opens = subj is not None and (subj.left_edge.i == subj.sent.start or tok.doc[subj.left_edge.i - 1].lower_ in (
                ",", ";", ":", "and", "that", "but", "while", "whilst", "(", "\u2014", "\u2013"))
            if (subj is not None and opens and subj.pos_ in ("NOUN", "PROPN")
                    and subj.lemma_.lower() not in rules.recommendation_nominals):
                start, end = noun_phrase(subj)
                item = proposal_phrase(tok.doc, start, end, rules)
                if item:
                    yield RecommendationItem(item[0], item[1], tok.i, owner, calls)
        for start, end in _predicated(tok):
            # "the review's headline recommendation is X", "one of its proposals was X"
            item = proposal_phrase(tok.doc, start, end, rules)
            if item:
                yield RecommendationItem(item[0], item[1], tok.i, owner, calls)
        for start, end in _noun_objects(tok, rules):
            item = proposal_phrase(tok.doc, start, end, rules)
            if item:
                yield RecommendationItem(item[0], item[1], tok.i, owner, calls)
        if tok.tag_ in ("NNS", "NNPS"):
            for start, end in _such_as_items(tok, rules):
                item = proposal_phrase(tok.doc, start, end, rules)
                if item:
                    yield RecommendationItem(item[0], item[1], tok.i, owner, calls)


def _according_to(tok: Token) -> bool:
    return tok.lower_ == "according" and any(c.lower_ == "to" for c in children_of(tok))


def _modal_proposals(tok: Token, rules: EntityRules) -> Iterator[RecommendationItem]:
    """"The review says X should be phased out", "X should be imposed, according to the
    review": a clause with a modal of obligation that a recommender states."""
    if negated(tok):
        return
    if _according_to(tok):
        to = next(c for c in children_of(tok) if c.lower_ == "to")
        source = next((p for p in children_of(to) if p.dep_ == "pobj"), None)
        if source is None or not (is_recommender(source, rules) or source.pos_ == "PROPN"):
            return
        recommender = source.i
        clauses = [tok.head] if tok.head.pos_ in ("VERB", "AUX") else []
    else:
        recommender = find_recommender(tok, rules, passive=False)
        if recommender is None:
            return
        clauses = [c for c in children_of(tok) if c.dep_ == "ccomp"]
    if is_binding(tok.doc[recommender], rules):
        return  # "the Guidance states that X should be Y": a duty in force, not a proposal
    for clause in clauses:
        auxes = [c for c in children_of(clause) if c.dep_ in ("aux", "auxpass")]
        if negated(clause) or not any(a.lower_ in rules.recommendation_modals for a in auxes):
            continue
        if not any(c.dep_ in SUBJ_DEPS and c.pos_ in ("NOUN", "PROPN") for c in children_of(clause)):
            continue  # "it should ...", "we must ...": no proposal named
        start, end = clause_cut(clause)
        item = proposal_phrase(tok.doc, start, end, rules)
        if item:
            # a person or organisation saying what should happen calls for it
            yield RecommendationItem(item[0], item[1], tok.i, recommender, calls=True)


def _enacting(verb: Token, rules: EntityRules) -> bool:
    lemma = verb.lemma_.lower()
    for entry in word_class(rules, "enacting_verbs"):
        words = entry.split()
        if words[0] == lemma and (len(words) == 1 or any(
                c.dep_ in ("prt", "prep") and c.lower_ == words[1] for c in children_of(verb))):
            return True
    return False


def _enacted(verb: Token, rules: EntityRules) -> Iterator[RecommendationItem]:
    """"The Bill will introduce A and B", "the strategy will set up C": what a publication
    (the subject) commits to with a modal of commitment is its proposal; so is what a bill or
    strategy (the schema's `enacting_publications`) does in the present ("the Bill introduces
    tougher rules on X", "it offers more support to Y"). Not an organisation's or person's own
    plans ("the Trust will introduce X"), not a negated or conditional one, not a report's
    present tense ("the report introduces the topic"), not a summary ("introduces a range of
    measures, including A")."""
    if negated(verb) or verb.dep_ in ("advcl", "relcl", "acl", "xcomp", "pcomp"):
        return
    curbing = verb.lemma_.lower() in word_class(rules, "curbing_verbs")
    if any(c.dep_ == "auxpass" for c in children_of(verb)):
        if not curbing:   # ("X will be banned": what is banned is no proposal)
            yield from _enacted_passive(verb, rules)
        return
    committed = any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in word_class(rules, "commitment_modals")
                    for c in children_of(verb))
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in children_of(verb.head) if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ == "it" and subj.pos_ == "PRON":
        # "The Bill includes several measures: it offers X": the publication the sentence before
        # (or this one, before the colon) has as its subject
        subj = previous_enactor(subj, rules) if committed or verb.tag_ == "VBZ" else None
    if subj is None or not is_publication(subj, rules):
        return
    if not committed and not (verb.tag_ == "VBZ" and enactor(subj, rules)):
        # ("the report introduces the topic": only a bill or strategy enacts in the present)
        return
    dobj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if dobj is None:
        return
    if curbing:
        yield from _curbed(verb, dobj, subj, rules)
        return
    members = list(_umbrella_items(dobj, rules))
    if members and not committed:
        return  # "the Bill introduces a range of measures, including A": a summary, not a commitment
    if members:
        # "will introduce a broad range of measures, including A and B": A and B are the proposals
        spans = members
    else:
        first = noun_phrase(dobj)
        spans = [(first[0], _verb_complement_end(verb, first[1])), *list(noun_phrases(dobj))[1:], *_list_tail(dobj, verb)]
    for start, end in spans:
        item = proposal_phrase(verb.doc, start, end, rules)
        if item:
            yield RecommendationItem(item[0], item[1], verb.i, subj.i)


def _curbed(verb: Token, dobj: Token, subj: Token, rules: EntityRules) -> Iterator[RecommendationItem]:
    """"The Bill will protect families against high uniform costs", "the Bill bans X", "it will
    cap Y": a curb a bill or strategy puts on something is named by the whole verb phrase. A
    protection only with what it is against ("protect children" alone is an aim); a ban or cap
    only on a thing, not on people ("limit social workers")."""
    if verb.lemma_.lower() == "protect":
        # (the parser may hang "against" on the object: "protect families against X")
        if not any(c.dep_ == "prep" and c.lower_ in ("against", "from") for c in (*children_of(verb), *children_of(dobj))):
            return
    elif dobj.lemma_.lower() in word_class(rules, "people_heads") or dobj.lower_ in word_class(rules, "people_heads"):
        return
    end = clause_cut(verb)[1]
    item = proposal_phrase(verb.doc, verb.i, end, rules)
    if item:
        yield RecommendationItem(item[0], item[1], verb.i, subj.i)


def _umbrella_items(obj: Token, rules: EntityRules) -> Iterator[tuple[int, int]]:
    """The items listed ("including A and B", "such as A") after an umbrella object: a generic
    head ("measures") or a collection of one ("a range of measures")."""
    umbrella = word_class(rules, "generic_heads")
    heads = [obj]
    if obj.lemma_.lower() in word_class(rules, "collective_heads"):
        heads += [p for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"]
    if not any(h.lemma_.lower() in umbrella or h.lower_ in umbrella for h in heads):
        return
    for head in heads:
        for prep in head.subtree:
            if prep.dep_ == "prep" and _lists_items(prep):
                for pobj in children_of(prep):
                    if pobj.dep_ in ("pobj", "pcomp"):
                        yield from split_list(obj.doc, pobj.left_edge.i, prep.right_edge.i + 1)
                return


_COMPLEMENT_PREPS = frozenset({"on", "to", "for", "of", "between", "across"})


def _verb_complement_end(verb: Token, end: int) -> int:
    """"introduces tougher rules on X", "offers more support to Y": a prepositional phrase the
    parser hung on the verb right after its object belongs to the proposal."""
    for child in children_of(verb):
        if child.i == end and child.dep_ in ("prep", "dative") and child.lower_ in _COMPLEMENT_PREPS and any(
                c.dep_ == "pobj" for c in children_of(child)):
            return child.right_edge.i + 1
    return end


def enactor(tok: Token, rules: EntityRules) -> bool:
    """A publication that enacts what it describes (the schema's `enacting_publications`: "the
    Bill", "the X Strategy"), not a report that describes."""
    words = word_class(rules, "enacting_publications")
    if tok.pos_ == "PROPN":
        return any(t.lower_ in words for t in tok.subtree if t.i <= tok.i)
    return tok.lemma_.lower() in words or tok.lower_ in words


def previous_enactor(tok: Token, rules: EntityRules) -> Token | None:
    """The enacting publication that is the subject of the sentence before (or of this
    sentence's clause before a colon)."""
    doc = tok.doc
    sent = tok.sent
    before = [t for t in doc[sent.start : tok.i] if t.dep_ == "nsubj" and is_publication(t, rules) and enactor(t, rules)]
    if before and any(t.text == ":" for t in doc[before[-1].i : tok.i]):
        return before[-1]
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    subjects = [t for t in previous if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
    return subjects[0] if subjects and is_publication(subjects[0], rules) and enactor(subjects[0], rules) else None


def _enacted_passive(verb: Token, rules: EntityRules) -> Iterator[RecommendationItem]:
    """"Under the Bill, a national register will be created", "a register will be set up by
    the strategy", "new hubs should be established, in the plan": the subject of a passive
    enacting verb with a modal of commitment or obligation, when the sentence names the
    publication that acts (under, by, in it). Not a body that acts ("by the council")."""
    modals = word_class(rules, "commitment_modals") | rules.recommendation_modals
    if not any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in modals for c in children_of(verb)):
        return
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")), None)
    if subj is None:
        subj = _opening_subject(verb)
    if subj is None:
        return
    if negated(verb) or verb.dep_ not in ("ROOT", "conj", "ccomp") or _conditional(verb):
        return
    recommender = find_recommender(verb, rules, passive=True)
    if recommender is None:
        recommender = next((p.i for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "under"
                            for p in children_of(c) if p.dep_ == "pobj"), None)
    if recommender is None:
        # "A pilot of X will be introduced in eight areas" in a passage about a publication (one
        # of the last sentences names one, or proposals): the document's publication commits to it
        if any(c.dep_ == "agent" for c in children_of(verb)) or not about_publication(verb, rules):
            return
    elif not is_publication(verb.doc[recommender], rules):
        return
    spans = [(subj.left_edge.i, subj.right_edge.i + 1)] if subj.dep_.startswith("csubj") else noun_phrases(subj)
    for start, end in spans:
        # (a subject the parser hung inside a clause may run on past its comma)
        end = next((t.i for t in verb.doc[subj.i : end] if t.text == ","), end)
        item = proposal_phrase(verb.doc, start, end, rules)
        if item:
            yield RecommendationItem(item[0], item[1], verb.i, recommender)


def _opening_subject(verb: Token) -> Token | None:
    """The noun phrase a sentence opens with, when the parser made it the subject of a clause
    inside it rather than of the verb ("A pilot of X, equivalent to what Y are entitled to, will
    be introduced": "pilot" hung on "entitled")."""
    sent = verb.sent
    for tok in sent:
        if tok.i >= verb.i:
            return None
        if tok.dep_ in SUBJ_DEPS and tok.pos_ in ("NOUN", "PROPN") and tok.left_edge.i == sent.start and tok.head.i != verb.i:
            return tok
        if tok.dep_ in ("csubjpass", "csubj") and tok.head.i == verb.i and tok.left_edge.i == sent.start and (
                tok.left_edge.pos_ in ("ADJ", "DET", "NOUN")):
            # "New guidance encouraging X to Y will be introduced": the parser made a clause of it
            return tok
    return None


def _conditional(verb: Token) -> bool:
    """"If funding is found, a hub will be created": a clause that holds only on a condition."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children_of(c))
               for c in children_of(verb))


_FRAMING_PREPS = frozenset({"through", "within", "under"})


def _presenting(verb: Token, rules: EntityRules) -> bool:
    """A verb of the schema's `presenting_verbs` ("outline", "set out")."""
    lemma = verb.lemma_.lower()
    return any(words[0] == lemma and (len(words) == 1 or any(c.dep_ in ("prt", "prep") and c.lower_ == words[1]
                                                             for c in children_of(verb)))
               for words in (entry.split() for entry in word_class(rules, "presenting_verbs")))


def _framing_publication(verb: Token, rules: EntityRules) -> Token | None:
    """The publication a clause is framed by ("Through the Harbour Bill, we are creating X",
    "Within the white paper, ministers outline Y", "X, which is being introduced as part of
    this legislation"): the object of "through", "within", "under" or "as part of" on the verb
    or on the verb it is coordinated with."""
    holders = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    for holder in holders:
        for prep in children_of(holder):
            if prep.dep_ != "prep":
                continue
            objects = [c for c in children_of(prep) if c.dep_ == "pobj"]
            if prep.lower_ == "as" and objects and objects[0].lower_ == "part":
                objects = [p for of in children_of(objects[0]) if of.dep_ == "prep" and of.lower_ == "of"
                           for p in children_of(of) if p.dep_ == "pobj"]
            elif prep.lower_ not in _FRAMING_PREPS:
                continue
            for obj in objects:
                if is_publication(obj, rules) or enactor(obj, rules):
                    return obj
    return None


def _taken_up(relcl: Token) -> Token:
    """The noun a plural "which are" takes up: the parser hangs the clause on the last noun of
    a list ("a register of carers and a duty to publish an offer, which are ..."): the nearest
    noun above it with conjuncts of its own, else the noun the clause hangs on."""
    noun = relcl.head
    plural = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("are", "were", "have") for c in children_of(relcl))
    tok = noun
    for _ in range(5):
        if not plural or any(c.dep_ == "conj" for c in children_of(tok)):
            break
        if tok.dep_ == "conj":
            tok = tok.head   # (the head of the list)
            break
        if tok.dep_ not in ("pobj", "prep", "dobj", "acl", "compound"):
            break
        tok = tok.head
    return tok if tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "conj" for c in children_of(tok)) else noun


def _done(verb: Token) -> bool:
    """A verb in the past or the perfect ("was created under the Bill in 2020", "we introduced
    X", "has been set up"): what is done is no proposal."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_.lower() == "have") for c in children_of(verb))


def _framed(verb: Token, rules: EntityRules) -> Iterator[RecommendationItem]:
    """"Through the Harbour Bill, we are creating a register of X": what a verb of enacting or
    presenting brings in, in a clause a publication frames (`_framing_publication`), is that
    publication's proposal, whoever the clause's subject is (not where the subject is itself a
    publication: `_enacted` reads that). In the passive, the subject, or for "which" the noun it
    takes up ("a duty to X, which is being introduced as part of this legislation"). Not a
    negated or conditional clause, a question, nor what is done (`_done`)."""
    if negated(verb) or _conditional(verb) or verb.sent[-1].text == "?" or _done(verb):
        return
    source = _framing_publication(verb, rules)
    if source is None:
        return
    passive = any(c.dep_ == "auxpass" for c in children_of(verb))
    if passive:
        subj = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
            subj = _taken_up(verb)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
            return
        spans = list(noun_phrases(subj))
    else:
        subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "conj":
            subj = next((c for c in children_of(verb.head) if c.dep_ == "nsubj"), None)
        if subj is not None and is_publication(subj, rules):
            return
        dobj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
        if dobj is None:
            return
        spans = list(noun_phrases(dobj))
    for start, end in spans:
        end = next((t.i for t in verb.doc[start:end] if t.text == ","), end)
        item = proposal_phrase(verb.doc, start, end, rules)
        if item:
            yield RecommendationItem(item[0], item[1], verb.i, source.i)


_PASSAGE = 3   # sentences before a committed passive that may name the publication it belongs to


def about_publication(verb: Token, rules: EntityRules) -> bool:
    """Whether the sentence of a verb or one of the few before it names a publication or its
    proposals ("the Strategy", "the proposed reforms", "its recommendations")."""
    doc = verb.doc
    sent = sent_of(verb)
    start = sent.start
    for _ in range(_PASSAGE):
        if start == 0:
            break
        start = sent_at(doc, start - 1).start
    nominals = rules.recommendation_nominals | word_class(rules, "proposal_modifiers")
    first_line = next(iter(lines(doc)), None)
    if first_line is not None and any(is_publication(t, rules) for t in first_line):
        return True  # the page is about a publication ("Government publishes X Strategy")
    return any(
        t.i != verb.i and (is_publication(t, rules) or t.lower_ in nominals or t.lemma_.lower() in nominals)
        for t in doc[start : sent.end])


def _contents(verb: Token, rules: EntityRules) -> Iterator[RecommendationItem]:
    """"It includes measures ..., including A and B", "the strategy includes proposals such as
    A": the items of an umbrella noun that a recommending publication (not a person or
    organisation) includes are its proposals."""
    if negated(verb) or verb.dep_ in ("advcl", "xcomp", "acl", "relcl", "pcomp"):
        return  # "calls for X, to include A" and "measures including A": the proposal's own
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is None:
        return
    if subj.lower_ == "it":
        if not previous_sentence_names_recommender(subj, rules):
            return
    elif not is_publication(subj, rules):
        return
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if not objects:
        return
    # only an umbrella object's items ("measures ..., including A and B"): what else a
    # publication includes may be anything ("interviews with families", "a foreword")
    umbrella = word_class(rules, "generic_heads")
    spans = [
        s
        for o in objects if o.lemma_.lower() in umbrella or o.lower_ in umbrella
        # "measures that X campaigned for, including A and B": the list may hang on the clause
        for prep in o.subtree if prep.dep_ == "prep" and _lists_items(prep)
        for pobj in children_of(prep) if pobj.dep_ in ("pobj", "pcomp")
        for s in split_list(verb.doc, pobj.left_edge.i, prep.right_edge.i + 1)
    ]
    # "the Bill includes measures to cap X, create Y and extend Z": each infinitive on the umbrella
    measures = umbrella | word_class(rules, "umbrella_nouns")
    for o in objects:
        if o.lemma_.lower() not in measures and o.lower_ not in measures:
            continue
        for clause in children_of(o):
            if clause.dep_ in ("acl", "relcl") and clause.pos_ == "VERB" and clause.i > o.i and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)):
                spans += [clause_span(v) for v in (clause, *coordinated_infinitives(clause, verb, rules))]
                break
    # "the Bill includes a set of corporate parenting duties for X": the members of a collection
    collective = word_class(rules, "collective_heads")
    spans += [
        noun_phrase(pobj)
        for o in objects if o.lemma_.lower() in collective
        for prep in children_of(o) if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in children_of(prep) if pobj.dep_ == "pobj" and pobj.tag_ in ("NNS", "NNPS")
    ]
    for start, end in spans:
        item = proposal_phrase(verb.doc, start, end, rules)
        if item:
            yield RecommendationItem(item[0], item[1], verb.i, subj.i)


def _umbrella_contents(verb: Token, rules: EntityRules) -> Iterator[RecommendationItem]:
    """"Other key measures include the introduction of a ferry register and a carers' pass",
    "Measures in the Bill include A and B", "The proposals include creating A and extending B":
    what a plural noun of measures or proposals (the schema's `umbrella_nouns`, or a
    recommending noun) includes, in a passage about a publication, is that publication's
    proposal (its owner's, when the noun names one: "the review's proposals"). Not the page's
    own ("our proposals"), nor another body's ("the council's measures"), nor a list after a
    colon (the bullet reader's)."""
    if negated(verb) or verb.dep_ not in ("ROOT", "conj", "ccomp"):
        return
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ not in ("NNS", "NNPS"):
        return
    word, lemma = subj.lower_, subj.lemma_.lower()
    if not (word in word_class(rules, "umbrella_nouns") or (
            lemma in rules.recommendation_nominals and lemma != "call")):
        return
    if any(c.dep_ == "poss" for c in children_of(subj)) and noun_owner(subj, rules) is None:
        return   # ("our proposals include", "the council's measures include")
    owner = noun_owner(subj, rules)
    if owner is not None and not is_publication(verb.doc[owner], rules):
        return
    if owner is None and not about_publication(verb, rules):
        return
    if verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ":":
        return
    doc = verb.doc
    for start, end in _verb_objects(verb, passive=False, rules=rules):
        while end < len(doc) and doc[end - 1].pos_ == "NOUN" and doc[end].pos_ == "NOUN" and doc[end - 1].whitespace_:
            end += 1   # ("recruiting more harbour help workers": a compound the parser cut at a noun it took for a verb)
        item = proposal_phrase(doc, start, end, rules)
        if item:
            yield RecommendationItem(item[0], item[1], verb.i, owner)


_STANDING_PRONOUNS = frozenset({"this", "these", "it"})


def _pronoun_contents(verb: Token, rules: EntityRules) -> Iterator[RecommendationItem]:
    """"Westshire Trust welcomes some of the strategy's proposals. This includes A and B": the
    items a pronoun subject ("This", "These", "It") opening a sentence includes are the proposals
    the sentence before names as the object of its main verb (the schema's recommending or
    umbrella nouns, plural: "the review's proposals", "some of its measures"). The publication
    they are of proposes each item (its owner, or the main verb's subject when that is a
    publication; left to the page when the sentence names none); the subject of an approving main
    verb ("welcomes", "backs") calls for each. Nothing when the sentence before names no such
    noun ("This is a huge step", "These include widening X" after "many initiatives run here")."""
    if negated(verb) or verb.tag_ not in ("VBZ", "VBP"):
        return  # ("These will include how to X": what a publication is to cover, not its proposals)
    # (or the second verb of the sentence's own: "This is backed by £2m and includes A and B")
    main = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "ROOT" else verb
    if main.dep_ != "ROOT":
        return
    subj = next((c for c in children_of(main) if c.dep_ in SUBJ_DEPS), None)
    if subj is None or subj.lower_ not in _STANDING_PRONOUNS or subj.i != verb.sent.start:
        return
    noun = _previous_proposals(verb, rules)
    if noun is None:
        return
    objects = [c for c in children_of(verb) if c.dep_ == "dobj" or (
        c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and c.i > verb.i)]
    if not objects:
        return
    umbrella = word_class(rules, "generic_heads") | word_class(rules, "umbrella_nouns")
    if objects[0].lemma_.lower() in umbrella or objects[0].lower_ in umbrella:
        return  # ("It includes measures, including A": the umbrella's items are read by _contents)
    doc = verb.doc
    owner = noun_owner(noun, rules)
    if owner is not None and not is_publication(doc[owner], rules):
        owner = None
    root = noun.sent.root
    root_subj = next((c for c in children_of(root) if c.dep_ in SUBJ_DEPS), None)
    if owner is None and root_subj is not None and is_publication(root_subj, rules):
        owner = root_subj.i
    approver = None
    if root.lemma_.lower() in word_class(rules, "approving_verbs") and root_subj is not None and root_subj.dep_ == "nsubj" and (
            root_subj.pos_ == "PROPN" or root_subj.ent_type_ == "ORG" or root_subj.lower_ in ("we", "i")):
        approver = root_subj.i
    if owner is None:
        if approver is None or any(c.dep_ == "poss" and (c.pos_ in ("PROPN", "PRON") or c.ent_type_ in ("ORG", "PERSON"))
                                   for c in children_of(noun)):
            # ("Westshire Trust has published new proposals", "welcomes our / Harbour Trust's
            # proposals": a body's own, no publication's)
            return
        # ("X welcomes some of the government's proposals": another's, the page's publication,
        # found by the relation stage from the pronoun)
        owner = subj.i
    for start, end in split_list(doc, objects[0].left_edge.i, verb.right_edge.i + 1):
        item = proposal_phrase(doc, start, end, rules)
        if not item:
            continue
        yield RecommendationItem(item[0], item[1], noun.i, owner)
        if approver is not None and approver != owner:
            yield RecommendationItem(item[0], item[1], root.i, approver, calls=True)


def _previous_proposals(verb: Token, rules: EntityRules) -> Token | None:
    """The one plural recommending or umbrella noun the main verb of the sentence before has as
    its object, directly or through "of" ("welcomes the direction of some of the X's proposals")."""
    sent = verb.sent
    if sent.start == 0:
        return None
    previous = verb.doc[sent.start - 1].sent
    root = previous.root
    if root.pos_ != "VERB" or negated(root):
        return None
    nouns = rules.recommendation_nominals | word_class(rules, "umbrella_nouns")
    found = []
    for tok in previous:
        if tok.tag_ not in ("NNS", "NNPS") or (tok.lemma_.lower() not in nouns and tok.lower_ not in nouns):
            continue
        node = tok
        while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i != node.head.i:
            node = node.head.head
        # (of the main verb, or of a verb joined to it: "was published today and sets out new measures")
        if node.dep_ == "dobj" and (node.head.i == root.i or node.head.dep_ == "conj" and node.head.head.i == root.i
                                    and node.head.pos_ == "VERB"):
            found.append(tok)
    return found[0] if len(found) == 1 else None


def _wanted(verb: Token, rules: EntityRules) -> Iterator[RecommendationItem]:
    """"X wants the Government to introduce Y", "X would like to see Y": what a person or
    organisation wants someone else to do, or wants to see, it calls for. Not what it wants
    to do itself ("X wants to expand its service")."""
    if negated(verb) or verb.dep_ in ("relcl", "acl", "advcl"):
        return
    recommender = find_recommender(verb, rules, passive=False, calling=True)
    if recommender is None:
        return
    spans: list[tuple[int, int]] = []
    for clause in children_of(verb):
        if clause.dep_ not in ("ccomp", "xcomp") or clause.pos_ != "VERB" or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)):
            continue
        addressee = any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause)) or any(
            c.dep_ == "dobj" and c.i < clause.i for c in children_of(verb))
        if addressee:
            spans.append(clause_span(clause))  # "wants the Government to introduce Y"
            # ("wants councils to create A and extend B": each verb)
            spans.extend(clause_span(conj) for conj in coordinated_infinitives(clause, verb, rules))
        elif clause.lemma_.lower() in word_class(rules, "seeing_verbs"):
            for o in children_of(clause):   # "to see Y"
                if o.dep_ == "dobj":
                    spans.extend(_seen_complement(clause, o, sp) for sp in noun_phrases(o))
    for start, end in spans:
        item = proposal_phrase(verb.doc, start, end, rules)
        if item:
            yield RecommendationItem(item[0], item[1], verb.i, recommender, calls=True)


def _seen_complement(see: Token, obj: Token, span: tuple[int, int]) -> tuple[int, int]:
    """What someone wants to see, with the complement the parser hung on "see" right after the
    object's phrase: "to see investment | in youth clubs", "to see a new duty | to publish X",
    "to see more clarity | as to the rules"
    (seeing takes no such adverbial of its own in a call). The complement runs to the end of
    its subtree, before a comma or a clause of its own."""
    start, end = span
    if end != obj.right_edge.i + 1 or end >= len(see.doc):
        return span
    nxt = see.doc[end]
    if nxt.head.i == see.i and nxt.dep_ == "prep" and (nxt.lower_ != "as" or _as_to(nxt)):
        tail = nxt.right_edge.i + 1
    elif (nxt.lower_ == "to" and nxt.dep_ == "aux" and nxt.head.head.i == see.i and nxt.head.dep_ in ("xcomp", "advcl")
          and nxt.head.tag_ == "VB"):
        tail = nxt.head.right_edge.i + 1
    else:
        return span
    stop = next((t.i for t in see.doc[end:tail] if t.text in (",", ";", ":", "(", "\u2013", "\u2014")
                 or (t.dep_ in ("cc", "conj") and t.head.i == see.i)), tail)
    return (start, stop)


def _as_to(tok: Token) -> bool:
    """"as to" is one preposition of topic ("clarity as to the rules"), not "see X as Y"."""
    return tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to" and tok.nbor(1).dep_ == "prep"


def _predicated(noun: Token) -> Iterator[tuple[int, int]]:
    """"X's key recommendation is A", "One of its recommendations was A and B": the noun phrases
    a copula predicates of a recommending noun (or of "one of" them) that is its subject."""
    subject = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in ("one", "two", "three", "another"):
        subject = noun.head.head
    if subject.dep_ != "nsubj" or subject.head.lemma_.lower() != "be" or negated(subject.head):
        return
    for attr in children_of(subject.head):
        if attr.i > subject.i and subject.tag_ == "NN" and attr.pos_ == "VERB" and (
                attr.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(attr))
                or attr.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(attr))):
            # "one recommendation was to extend X", "the key proposal is that X be Y"
            yield clause_span(attr)
            continue
        if attr.dep_ != "attr" or attr.i < subject.i or attr.pos_ not in ("NOUN", "PROPN"):
            continue
        if subject is noun and noun.tag_ in ("NNS", "NNPS") and attr.tag_ not in ("NNS", "NNPS") and not conjuncts(attr):
            continue  # "its recommendations are a step forward": one thing said of many is a judgement
        yield from noun_phrases(attr)


def _lists_items(prep: Token) -> bool:
    """A preposition that opens the list of an umbrella noun's items: "including", "like",
    "such as"."""
    word = prep.lower_
    return word in ("including", "like") or (
        word == "as" and any(c.lower_ == "such" for c in (*children_of(prep), *children_of(prep.head)) if c.i < prep.i))


def _listed_by_noun(noun: Token, rules: EntityRules) -> Iterator[tuple[int, int]]:
    """"Its recommendations include A, B and C", "Among its proposals are A and B": the
    items of the list the plural noun introduces."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_.lower() in word_class(rules, "list_verbs") and not negated(verb):
        # (or a gerund's clause: "its recommendations include phasing out X and a drive to Y")
        objects = [c for c in children_of(verb) if c.dep_ == "dobj" or (
            c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and c.i > verb.i)]
        gerunds = coordinated_gerunds(objects[0], verb) if objects and objects[0].tag_ == "VBG" else []
        if len(gerunds) > 1:
            # "its ideas listed dredging A and lighting B": each gerund's clause (the
            # parser may hang a later gerund on the list verb); and each item of the list no
            # gerund's clause covers ("listed dredging A, lighting B and a grant for C")
            spans = [clause_span(g) for g in gerunds]
            yield from spans
            for start, end in split_list(noun.doc, objects[0].left_edge.i, verb.right_edge.i + 1):
                if not any(start < e and s < end for s, e in spans):
                    yield start, end
        elif objects:
            yield from split_list(noun.doc, objects[0].left_edge.i, verb.right_edge.i + 1)
    elif noun.dep_ == "pobj" and verb.lower_ == "among" and verb.head.lemma_.lower() == "be" and not negated(verb.head):
        items = [c for c in children_of(verb.head) if c.dep_ in ("nsubj", "attr") and c.i > verb.i]
        if items:
            yield from split_list(noun.doc, items[0].left_edge.i, items[0].right_edge.i + 1)


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
    children = list(children_of(verb))
    if passive:
        subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
        named = subj is not None and subj.lower_ not in ("it", "this", "that")
        if named and any(c.dep_ == "xcomp" and c.lemma_.lower() != "be" for c in children):
            named = False  # "the cabinet is recommended to approve X": the subject is who acts
            subj = None
        if named:
            yield from noun_phrases(subj)
        elif verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            # "the funding recommended by the X Review": the phrase stops before its participle
            # (the recommender is no part of the proposal's name)
            for a, b in noun_phrases(verb.head):
                yield (a, verb.left_edge.i) if a < verb.left_edge.i < b else (a, b)
        for child in children:
            if named and child.dep_ == "xcomp" and child.lemma_.lower() == "be":
                continue  # "the hubs were suggested to be regional bodies": a description
            if child.dep_ in CLAUSE_DEPS and _is_proposal_clause(child, rules):
                yield clause_span(child)
        return
    dobj = next((c for c in children if c.dep_ == "dobj"), None)
    clause = next((c for c in children if c.dep_ in CLAUSE_DEPS), None)
    if clause is not None and not _is_proposal_clause(clause, rules):
        clause = None
    infinitive = passive_infinitive(dobj) if dobj is not None else None
    if dobj is not None and infinitive is not None:
        # "recommended regional hubs to be set up", "proposes the cap to be scrapped"
        yield passive_infinitive_span(dobj, infinitive, rules)
        return
    if dobj is not None and clause is not None and clause.i > dobj.i:
        yield (dobj.left_edge.i, clause_cut(clause)[1])
        return
    if dobj is not None:
        yield from repeated_complements(dobj) or noun_phrases(dobj)
        # "recommends A, a new duty on B to C and D": the parser may hang a later item of the
        # list as a second object of the verb; one after a comma is the list's next item
        for other in children:
            if other.dep_ == "dobj" and other.i > dobj.i and other.left_edge.i > 0 and (
                    other.doc[other.left_edge.i - 1].text in (",", ";")):
                yield from noun_phrases(other)
        yield from _stray_items(dobj, verb)
        yield from _list_tail(dobj, verb)
    elif clause is not None:
        yield clause_span(clause)
        if clause.tag_ == "VBG":
            # "recommends creating A, raising B and ending C": each gerund is a proposal
            for conj in conjuncts(clause):
                if conj.tag_ == "VBG":
                    yield clause_span(conj)
        elif clause.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)):
            # "proposes to create A, extend B and abolish C": each verb is a proposal
            for conj in coordinated_infinitives(clause, verb, rules):
                yield clause_span(conj)
    for child in children:
        # ("recommends on X", not a topic put first: "On X, the review recommends Y")
        if child.dep_ == "prep" and child.lower_ in ("for", "on") and child.i > verb.i:
            for pobj in children_of(child):
                if pobj.dep_ == "pobj":
                    yield from noun_phrases(pobj)


def _list_tail(obj: Token, verb: Token) -> Iterator[tuple[int, int]]:
    """"proposes A, a B, and C": the parser may take B for A's apposition and hang C on the
    verb. A noun coordinated with the verb after its object shows the list; then B after a
    comma is an item too. Without it, "A, a B" is one thing named twice."""
    doc = verb.doc
    tail = [c for c in children_of(verb) if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > obj.right_edge.i
            and any(t.dep_ == "cc" and t.lower_ in ("and", "or") for t in doc[obj.right_edge.i + 1 : c.left_edge.i])]
    if not tail:
        return
    for appos in children_of(obj):
        if appos.dep_ == "appos" and appos.i > obj.i and doc[appos.left_edge.i - 1].text in (",", ";"):
            yield noun_phrase(appos)
    for noun in tail:
        yield from noun_phrases(noun)


_STRAY_DEPS = frozenset({"dobj", "oprd", "npadvmod", "attr"})


def _stray_items(obj: Token, verb: Token) -> Iterator[tuple[int, int]]:
    """"called for A for X, B for Y and C on Z": the parser may hang a later item of the list
    on the verb (a second object, a predicate); a noun of the verb that starts right after a
    comma closing the object's phrase is the list's next item when a conjunction closes the list
    after it, and the list, read by the words from the object to it, gives each item."""
    doc = verb.doc
    for other in [*children_of(verb), *_stray_subjects(obj, verb)]:
        if other.i <= obj.i or other.pos_ not in ("NOUN", "PROPN") or not (
                other.dep_ in _STRAY_DEPS and other.head.i == verb.i or other.dep_ == "nsubj"):
            continue
        first = other.left_edge.i
        if first < 2 or doc[first - 1].text not in (",", ";") or obj.right_edge.i < first - 2:
            continue
        if not any(t.lower_ in ("and", "or") and t.dep_ == "cc" for t in doc[first : other.right_edge.i + 1]):
            # ("X, as committed to in the policy paper, Y": an aside and a title, not a list's items)
            return
        yield from split_list(doc, obj.left_edge.i, other.right_edge.i + 1)
        return


def _stray_subjects(obj: Token, verb: Token) -> list[Token]:
    """"Whilst the review called for A, B and C, D was its central proposal": the parser may end
    a subordinate clause at the first comma and make "B and C" a subject of the main verb too. A
    first of two subjects of one verb above the calling verb, after its object, is such an item."""
    out = []
    head = verb
    while head.dep_ != "ROOT" and head.head.i != head.i:
        head = head.head
        subjects = [c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) >= 2 and subjects[0].i > obj.i and subjects[0].right_edge.i < subjects[1].left_edge.i:
            out.append(subjects[0])
    return out


def _noun_objects(noun: Token, rules: EntityRules) -> Iterator[tuple[int, int]]:
    """"the recommendation to make X" (an infinitive), "a proposal for X", "a call for X (to
    Y)", "a call on Y to X"."""
    is_call = noun.lemma_.lower() == "call"
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.lower_ == "for" and after.dep_ == "mark":
        # "renewed calls for the levy to be devolved": the parser makes "for" the mark of the clause
        subj = _marked_infinitive(after.head, "for")
        if subj is not None:
            yield passive_infinitive_span(subj, after.head, rules)
            return
    for child in children_of(noun):
        if child.i < noun.i:
            continue
        aim = aimed_clause(child) if noun.tag_ == "NNS" and not is_call else None
        if aim is not None:
            # "recommendations aimed at increasing the number of children who can stay at home":
            # the aim, with the relative clause that says whose number
            yield _aim_span(aim)
            break
        if child.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(child)):
            if any(c.dep_ == "prep" and c.lower_ == "for" and noun.i < c.i < child.i for c in children_of(noun)):
                break  # "calls for X to help Y": the clause is X's purpose, read with X below
            yield clause_span(child)
            break  # "the recommendation to introduce X to boost Y": Y is X's purpose
        if child.dep_ in ("acl", "ccomp", "relcl") and child.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in children_of(child)
        ) and _is_proposal_clause(child, rules, mandative=True):
            # "the recommendation that care experience become a protected characteristic"
            yield clause_span(child)
            if noun.tag_ == "NNS":
                yield from _further_that_clauses(child, rules)
            break
        elif child.dep_ == "prep" and child.lower_ == "on" and is_call:
            # "a call on X to Y": the proposal is the clause, X its addressee
            for pobj in children_of(child):
                for clause in children_of(pobj):
                    if clause.dep_ in ("acl", "relcl") and any(c.lower_ == "to" for c in children_of(clause)):
                        yield clause_span(clause)
        elif child.dep_ == "prep" and child.lower_ == "for":
            # ("proposals on X", "recommendations about X": X is their topic, not a proposal)
            for pobj in children_of(child):
                if pobj.dep_ != "pobj":
                    continue
                if not is_call and _topic_head(pobj, rules):
                    continue  # "recommendations for service delivery", "for the medium term": their topic
                infinitive = passive_infinitive(pobj)
                if infinitive is not None:
                    # "proposals for regional hubs to be set up", "a call for the cap to be scrapped"
                    yield passive_infinitive_span(pobj, infinitive, rules)
                    continue
                # "a call for X to become Y": the clause belongs to the proposal
                end = pobj.right_edge.i
                for other in noun.rights:
                    if other.i > end and other.dep_ in ("acl", "xcomp") and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(other)
                    ):
                        end = other.right_edge.i
                if end == pobj.right_edge.i:
                    end = copular_infinitive_end(noun.doc, end + 1) or end
                if end > pobj.right_edge.i:
                    yield (pobj.left_edge.i, end + 1)
                else:
                    # "recommendations for investment in A, in B and in C": each item
                    yield from repeated_complements(pobj) or noun_phrases(pobj)
            for pcomp in children_of(child):
                if pcomp.dep_ == "pcomp" and pcomp.pos_ == "VERB":
                    yield clause_span(pcomp)


def _topic_head(pobj: Token, rules: EntityRules) -> bool:
    """Whether what recommendations are "for" is their topic (topic_heads: "for service delivery",
    "for the medium term", "for improvement to the council") rather than a measure: not when an
    indefinite "a new" makes it one ("for a new inspection system for Westshire") nor when an
    "in" complement names what is to improve ("for improvements in record keeping")."""
    lemma = pobj.lemma_.lower()
    if lemma not in word_class(rules, "topic_heads"):
        return False
    kids = children_of(pobj)
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids) and any(
            t.dep_ == "amod" and t.lower_ == "new" for c in pobj.lefts for t in c.subtree):
        return False  # (the parser may hang "new" on a compound: "a new harbour licensing system")
    return not (lemma in _IMPROVING and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" for p in children_of(c)) for c in kids))


_IMPROVING = frozenset({"improvement"})


def _further_that_clauses(first: Token, rules: EntityRules) -> Iterator[tuple[int, int]]:
    """"the recommendations that A should X, that B should be Y and that C should be Z": each
    later "that"-clause of the list, read by the words (the parser hangs them anywhere): a "that"
    after a comma or "and", its clause up to the next such "that", when it proposes (a modal of
    obligation)."""
    doc = first.doc
    sent = first.sent
    marks = [t for t in doc[first.right_edge.i + 1 : sent.end]
             if t.lower_ == "that" and t.dep_ == "mark" and doc[t.i - 1].lower_ in (",", "and", ";")]
    for n, mark in enumerate(marks):
        verb = mark.head
        if verb.pos_ not in ("VERB", "AUX") or not _is_proposal_clause(verb, rules, mandative=True):
            return
        limit = marks[n + 1].i - 1 if n + 1 < len(marks) else sent.end
        end = min(clause_cut(verb)[1], limit) if verb.left_edge.i > mark.i else limit
        while end > mark.i + 1 and (doc[end - 1].is_punct or doc[end - 1].lower_ == "and"):
            end -= 1
        yield mark.i + 1, end


def _aim_span(verb: Token) -> tuple[int, int]:
    """A verb's phrase up to its sentence's next comma, semicolon, bracket or subordinate clause."""
    doc = verb.doc
    end = verb.right_edge.i + 1
    for k in range(verb.i + 1, end):
        if doc[k].text in (",", ";", "(", ":", "\u2014", "\u2013") or (doc[k].dep_ == "mark" and doc[k].lower_ in SUBORDINATORS):
            end = k
            break
    return (verb.i, end)


def _calling_objects(verb: Token, entry: str, rules: EntityRules) -> Iterator[tuple[int, int]]:
    """What a calling verb calls for: the object of its preposition ("call for X"; "call for X
    to be Y-ed": the clause), else the "to"-clause after its addressee ("call on Y to X", "urge
    Y to X")."""
    words = entry.split()
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(verb))
    if len(words) > 1 and words[1] != "on":
        for child in children_of(verb):
            if child.dep_ in ("prep", "prt") and child.lower_ == words[1]:
                for pobj in children_of(child):
                    if pobj.dep_ == "pobj":
                        # (not "carers were called for interviews to be assessed": summoned)
                        infinitive = None if passive else passive_infinitive(pobj)
                        if infinitive is not None:
                            yield passive_infinitive_span(pobj, infinitive, rules)
                            continue
                        # "calls for support for A, and for B": each item
                        yield from repeated_complements(pobj) or noun_phrases(pobj, inner=False)
                        yield from _stray_items(pobj, verb)  # "calls for A, B for C and D"
                        yield from _list_tail(pobj, verb)  # "calls for A, a B, and C"
                    elif pobj.dep_ == "pcomp" and pobj.pos_ == "VERB":
                        yield clause_span(pobj)
            elif not passive and (subj := _marked_infinitive(child, words[1])) is not None:
                # "has called for the cap to be scrapped": the parser makes "for" the clause's mark
                yield passive_infinitive_span(subj, child, rules)
            elif not passive and _addressed_infinitive(child, words[1], rules):
                # "calls for the government to fund A, extend B and scrap C": what it is to do
                # ("calls for the Bill to include A and B": what it is to contain)
                objects = [c for c in children_of(child) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
                if child.lemma_.lower() in word_class(rules, "list_verbs") and objects:
                    yield from noun_phrases(objects[0])
                    continue
                a, b = clause_span(child)
                # (from its "to": "for the government" is whom the call addresses)
                yield min((t.i for t in children_of(child) if t.dep_ == "aux" and t.lower_ == "to"), default=a), b
                yield from _light_objects(child, rules)
                yield from _added_items(child)
                for conj in coordinated_infinitives(child, verb, rules):
                    yield clause_span(conj)
        return
    holders = [verb, *[c for c in children_of(verb) if c.dep_ == "dobj"],
               *[p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "on" for p in children_of(c) if p.dep_ == "pobj"]]
    for holder in holders:
        for clause in children_of(holder):
            if clause.dep_ in ("xcomp", "acl", "relcl", "ccomp", "advcl") and clause.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)
            ) and (clause.dep_ != "advcl" or clause.i > holder.i):
                if clause.lemma_.lower() in word_class(rules, "approving_verbs"):
                    # "called on the council to back plans for X": what it is to back is called for
                    objects = [c for c in children_of(clause) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
                    if objects:
                        yield from noun_phrases(objects[0])
                        return
                yield clause_span(clause)
                yield from _light_objects(clause, rules)
                for conj in coordinated_infinitives(clause, verb, rules):
                    yield clause_span(conj)
                return


_ADDING_PREPS = frozenset({"alongside"})


def _added_items(clause: Token) -> Iterator[tuple[int, int]]:
    """"to fund X, alongside urgent measures to do Y": what a preposition of addition joins to
    the called-for clause is called for too."""
    for prep in children_of(clause):
        if prep.dep_ == "prep" and prep.lower_ in _ADDING_PREPS and prep.i > clause.i:
            for pobj in children_of(prep):
                if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN"):
                    a, b = noun_phrase(pobj)
                    # (with its own purpose clause: "measures to strengthen retention")
                    yield a, max(b, pobj.right_edge.i + 1 if any(
                        c.dep_ in ("relcl", "acl") and c.tag_ == "VB" for c in children_of(pobj)) else b)


def _light_objects(clause: Token, rules: EntityRules) -> Iterator[tuple[int, int]]:
    """The later objects of a light verb the call names ("called on ministers to introduce a
    national register, as well as a unique number for each child"): the light verb gives way to
    its first object (proposal_phrase), each coordinated object is an item of its own."""
    if clause.lemma_.lower() not in word_class(rules, "light_verbs"):
        return
    for obj in (c for c in children_of(clause) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")):
        for conj in conjuncts(obj):
            if conj.pos_ in ("NOUN", "PROPN"):
                yield noun_phrase(conj)
        # (the parser may hang the later object on the verb: "introduce A, as well as B")
        for conj in children_of(clause):
            if conj.dep_ == "conj" and conj.pos_ in ("NOUN", "PROPN") and conj.i > obj.i:
                yield noun_phrase(conj)


def _included_items(verb: Token, rules: EntityRules) -> Iterator[tuple[int, int]]:
    """Items of a list inside a proposal: "calls for X, to include A, B and C", "recommends X,
    including A and B"."""
    list_verbs = word_class(rules, "list_verbs")
    holders = [verb, *[c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")],
               *[p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "for" for p in children_of(c) if p.dep_ == "pobj"]]
    for holder in holders:
        for child in children_of(holder):
            if child.i < verb.i or (holder is verb and _addressed_infinitive(child, "for", rules)):
                continue  # ("calls for the Bill to include X": X is the call, read as its clause)
            if child.lemma_.lower() in list_verbs and child.pos_ == "VERB" and (
                child.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(child))
            ):
                objects = [c for c in children_of(child) if c.dep_ == "dobj"]
                if objects:
                    yield from split_list(verb.doc, objects[0].left_edge.i, child.right_edge.i + 1)
            elif child.dep_ == "prep" and child.lower_ == "including":
                pobjs = [c for c in children_of(child) if c.dep_ == "pobj"]
                if pobjs:
                    yield from split_list(verb.doc, pobjs[0].left_edge.i, child.right_edge.i + 1)


_UMBRELLA_WINDOW = 8   # words between an umbrella noun and its list cue ("reforms would work in practice, such as")


def _listed_measures(noun: Token, rules: EntityRules) -> Iterator[RecommendationItem]:
    """"Provisions including A, B and C will help", "how some of the reforms would work, such
    as A and B": on a page or passage about a publication, the items of the list a cue opens
    a few words after a plural noun of measures are the publication's proposals (its owner when
    the noun has one: "the Bill's provisions"). Read by the words: the parser hangs the cue on
    any noun nearby. Only a subject's noun ("provisions including A will help") or a part of one
    ("some of the reforms"); not in a negated clause; the list ends at the sentence or at a comma
    before a finite verb (", will all help": the list was a subject); items after "including on"
    are topics."""
    if negated(noun.head) or not about_publication(noun, rules):
        return
    partitive = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("PRON", "DET", "NUM")
    if not (noun.dep_ in ("nsubj", "nsubjpass", "conj") or partitive):
        # the object of a verb or of another preposition: a summary ("the Bill introduces a range of
        # measures, including ...") or what someone calls for ("calls for changes such as ..."),
        # which the verb's own rules read
        return
    doc = noun.doc
    sent = noun.sent
    window_end = min(sent.end, noun.i + 1 + _UMBRELLA_WINDOW)
    owner = noun_owner(noun, rules)
    for cue in sorted(rules.recommendation_list_cues, key=len, reverse=True):
        words = cue.split()
        for k in range(noun.i + 1, window_end):
            if [t.lower_ for t in tokens_of(doc)[k : k + len(words)]] != words:
                continue
            start = k + len(words)
            if start < sent.end and doc[start].pos_ == "ADP":
                return   # "measures ..., including on breakfast clubs, uniform": topics
            if any(t.pos_ == "NOUN" and describes_a_problem(t, rules) for t in doc[noun.i + 1 : k]):
                # "the reforms risk being undermined by barriers, such as A and B": the list
                # names the problems the nearer noun is about, not the measures
                return
            end = next((j for j in range(start, sent.end - 1)
                        if doc[j].text == "," and doc[j + 1].tag_ in ("MD", "VBZ", "VBP", "VBD")), sent.end)
            for a, b in split_list(doc, start, end):
                item = proposal_phrase(doc, a, b, rules)
                if item:
                    yield RecommendationItem(item[0], item[1], noun.i, owner)
            return


def _such_as_items(noun: Token, rules: EntityRules) -> Iterator[tuple[int, int]]:
    """Items of the list after "such as" (or another list cue) within a few words of a plural
    recommending noun: "recommendations ..., such as; A, B and C"."""
    doc = noun.doc
    sent = noun.sent
    window_end = min(sent.end, noun.i + 16)
    for cue in sorted(rules.recommendation_list_cues, key=len, reverse=True):
        words = cue.split()
        for k in range(noun.i + 1, window_end):
            if [t.lower_ for t in tokens_of(doc)[k : k + len(words)]] == words:
                yield from list_items(doc, k + len(words), sent.end)
                return


def _is_proposal_clause(clause: Token, rules: EntityRules, *, mandative: bool = False) -> bool:
    """A "that"-clause proposes only with a modal of obligation or a subjunctive
    ("should be", "be replaced"); "suggests that the issues can only be ..." describes.
    `mandative`: the clause of a recommending noun, where a bare verb is a subjunctive."""
    if clause.dep_ != "ccomp" and not mandative:
        return True
    auxes = [c for c in children_of(clause) if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        # "recommends that X be Y", "recommended that care experience become Y" (a
        # subjunctive); after "suggest" only the VB form: "suggests that X are" describes
        if clause.tag_ in ("VB", "VBN"):
            return True
        # ("recommends the government introduces X": British usage takes the indicative)
        return clause.tag_ in ("VBP", "VBZ") and clause.pos_ == "VERB" and (
            mandative or clause.head.lemma_.lower() in ("recommend", "propose", "urge", "advocate"))
    if all(a.dep_ == "auxpass" and a.lower_ == "be" for a in auxes):
        return True  # "recommended that existing roles be replaced by X": a passive subjunctive
    if mandative and all(a.dep_ == "auxpass" and a.lower_ in ("is", "are") for a in auxes):
        # "the recommendation that a register is introduced" (British usage, as above): with a light
        # verb its subject names the proposal; "that X are treated as if ..." would leave a fragment
        return clause.lemma_.lower() in word_class(rules, "light_verbs")
    return any(a.lower_ in rules.recommendation_modals for a in auxes)
