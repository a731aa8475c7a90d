"""Proposals named as what someone welcomes a publication's emphasis on: "we welcome the
emphasis placed on X" (the speaker calls for X), "the focus in the strategy on X is welcome, as
is the focus on Y" (the publication proposes X and Y); and as what a publication or someone
stresses the need for ("the review stresses the need for X", "she highlighted the need for Y":
the schema's `need_nouns` as the object of its `stressing_verbs`); and as what a welcomed plan,
measure, commitment or decision is to do ("Harbour Trust supports plans to open a respite centre":
the schema's `intent_nouns` with an infinitive, the object of an `approving_verbs` verb). The words come from the schema's
`recommendations` section: `emphasis_nouns` (the noun whose "on"-phrase names the proposal),
`approving_verbs` and `approving_adjectives` (the welcome). Not a negated welcome, not an
emphasis nobody approves ("the review's focus on X is misplaced"), and not the aim a focus
serves ("the focus on outcomes for children": the schema's `aim_objects`)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ...core.schema import EntityRules
from ..syntax import children_of, conjuncts, negated, pos_indexes, tokens_of
from .items import RecommendationItem, word_class
from .phrases import clause_cut, noun_phrases, proposal_phrase, repeated_complements, split_list
from .recommenders import find_recommender, is_publication
from .triggers import coordinated_infinitives


def welcomed_items(doc: Doc, rules: EntityRules) -> Iterator[RecommendationItem]:
    nouns = word_class(rules, "emphasis_nouns")
    needs = word_class(rules, "need_nouns")
    intents = word_class(rules, "intent_nouns")
    toks = tokens_of(doc)
    for tok in (toks[i] for i in pos_indexes(doc, "NOUN")):   # (from the token array)
        if tok.pos_ != "NOUN":
            continue
        if tok.lemma_.lower() in needs:
            yield from _stressed_needs(tok, rules)
            continue
        if tok.lemma_.lower() in intents:
            yield from _welcomed_intent(tok, rules)
            continue
        if tok.lemma_.lower() not in nouns:
            continue
        welcome = _welcome(tok, rules)
        if welcome is None:
            continue
        trigger, recommender, calls = welcome
        for start, end in _emphasised(tok, rules):
            item = proposal_phrase(doc, start, end, rules)
            if item:
                yield RecommendationItem(item[0], item[1], trigger, recommender, calls)


def emphasis_makers(doc: Doc, rules: EntityRules) -> Iterator[RecommendationItem]:
    """"Harbour Trust welcomes the review's focus on X", "we welcome the emphasis placed on Y":
    the emphasis a speaker welcomes is the text's it answers, which proposes what it is on,
    beside the speaker's call (`welcomed_items`): its owner when a publication owns it, else
    (a definite emphasis nobody owns) no recommender named, for the relation stage to credit
    the document's one recommending publication. Not an emphasis another owns ("the Council's
    focus", "our focus"), one pointed to ("this focus"), nor a negated welcome. Run after the
    proposals with a named recommender are settled (`find_recommendations`): an unnamed maker
    stays beside the named welcomer."""
    nouns = word_class(rules, "emphasis_nouns")
    toks = tokens_of(doc)
    for tok in (toks[i] for i in pos_indexes(doc, "NOUN")):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns:
            continue
        welcome = _welcome(tok, rules)
        if welcome is None or not welcome[2]:
            continue   # (an emphasis that "is welcome" is already its publication's)
        owner = _owner(tok, rules)
        if owner is None and (any(c.dep_ == "poss" for c in children_of(tok)) or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in children_of(tok))):
            continue
        for start, end in _emphasised(tok, rules):
            item = proposal_phrase(doc, start, end, rules)
            if item:
                yield RecommendationItem(item[0], item[1], welcome[0], owner, False)


def _welcome(noun: Token, rules: EntityRules) -> tuple[int, int | None, bool] | None:
    """The welcome of an emphasis, as (trigger, recommender, calls): the object of an approving
    verb ("X welcomes the focus on Y": X calls for Y), or the subject of "is welcome" (also "as
    is the focus on Y" after one: the publication whose emphasis it is proposes Y)."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in word_class(rules, "approving_verbs"):
        if negated(head):
            return None
        recommender = find_recommender(head, rules, passive=False, calling=True)
        return None if recommender is None else (head.i, recommender, True)
    if noun.dep_ != "nsubj" or head.lemma_.lower() != "be":
        return None
    clause = head
    if not _approves(clause, rules) and clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in children_of(clause)):
        clause = clause.head   # "X is welcome, as is the focus on Y"
    if not _approves(clause, rules):
        return None
    return (clause.i, _owner(noun, rules), False)


def _approves(clause: Token, rules: EntityRules) -> bool:
    return clause.lemma_.lower() == "be" and not negated(clause) and any(
        c.dep_ == "acomp" and c.lower_ in word_class(rules, "approving_adjectives") for c in children_of(clause))


def _owner(noun: Token, rules: EntityRules) -> int | None:
    """The publication whose emphasis it is: "the review's focus", "the emphasis in the strategy"."""
    for child in children_of(noun):
        if child.dep_ == "poss" and is_publication(child, rules):
            return child.i
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "within"):
            for pobj in children_of(child):
                if pobj.dep_ == "pobj" and is_publication(pobj, rules):
                    return pobj.i
    return None


def _emphasised(noun: Token, rules: EntityRules) -> Iterator[tuple[int, int]]:
    """What the emphasis is on: the "on"-phrase of the noun, of a participle ("the emphasis
    placed on X") or of the publication the parser hung it on ("the emphasis in the strategy on X")."""
    holders = [noun, *[c for c in children_of(noun) if c.dep_ == "acl" and c.tag_ == "VBN"],
               *[p for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in ("in", "of", "within")
                 for p in children_of(c) if p.dep_ == "pobj" and is_publication(p, rules)]]
    aims = word_class(rules, "aim_objects")
    for holder in holders:
        for prep in children_of(holder):
            if prep.dep_ != "prep" or prep.lower_ != "on" or prep.i < noun.i:
                continue
            for obj in children_of(prep):
                if obj.dep_ == "pcomp" and obj.pos_ == "VERB":
                    # "the focus on tackling X and addressing Y": each gerund's clause (what follows
                    # a comma inside one may be its objects or a measure of its own: read neither)
                    yield clause_cut(obj)
                    yield from (clause_cut(c) for c in conjuncts(obj) if c.tag_ == "VBG")
                    yield from _later_objects(obj)
                elif obj.dep_ == "pobj" and obj.lemma_.lower() not in aims and obj.lower_ not in aims:
                    phrases = repeated_complements(obj) or list(noun_phrases(obj))
                    yield from (_with_direction(obj.doc, a, b, rules) for a, b in phrases)
            yield from _list_after(prep)


def _with_direction(doc: Doc, start: int, end: int, rules: EntityRules) -> tuple[int, int]:
    """"The focus on shifting help away from courts and more towards families": a
    direction (`direction_words`) right after the emphasised phrase belongs to it, wherever the
    parser hung it (often on the welcoming verb), and so does a second one joined by "and"."""
    directions = word_class(rules, "direction_words")

    def direction(i: int) -> int | None:
        # the end of a direction phrase opening at token i ("away from X", "towards Y")
        if i >= len(doc) or doc[i].lower_ not in directions:
            return None
        last = max(t.i for t in doc[i].subtree)
        return last + 1 if last > i else None

    after = direction(end)
    if after is None:
        return start, end
    end = after
    if end + 1 < len(doc) and doc[end].dep_ == "cc" and doc[end].lower_ == "and":
        second = doc[end + 1]
        inner = next((t.i for t in second.subtree if t.lower_ in directions), None)
        if second.left_edge.i == end + 1 and inner is not None and inner <= end + 2:
            tail = direction(inner)
            if tail is not None and tail > inner:
                end = max(tail, second.right_edge.i + 1)
    return start, end


_ITEM_DEPS = frozenset({"npadvmod", "dobj", "oprd", "attr", "appos", "conj", "nsubj"})


def _later_objects(gerund: Token) -> Iterator[tuple[int, int]]:
    """"The focus on providing A through B, C and D": the parser may make C a second object of
    the gerund, after a comma; C and what a conjunction joins to it are the list's later items."""
    doc = gerund.doc
    objects = [c for c in children_of(gerund) if c.dep_ == "dobj"]
    later = [o for o in objects[1:] if o.left_edge.i > 0 and doc[o.left_edge.i - 1].text in (",", ";")]
    if not objects or not later:
        return
    first = later[0].left_edge.i
    end = gerund.right_edge.i + 1
    if not any(t.dep_ == "cc" and t.lower_ in ("and", "or") for t in doc[first:end]):
        return
    yield from ((a, b) for a, b in split_list(doc, objects[0].left_edge.i, end) if a >= first)


def _list_after(prep: Token) -> Iterator[tuple[int, int]]:
    """"The focus on providing A, B and C is welcome": the parser may end the "on"-phrase at the
    first comma and hang the rest of the list elsewhere in the clause. A noun's phrase that
    starts right after a comma closing the phrase, lies outside it and is closed by a
    conjunction is the rest of the list; each item of it (a gerund's clause as it stands)."""
    doc = prep.doc
    first = prep.right_edge.i + 2
    if first >= len(doc) or doc[first - 1].text != "," or doc[first].sent.start != prep.sent.start:
        return
    item = doc[first]
    while item.head.i != item.i and item.head.left_edge.i == first:
        item = item.head
    if item.pos_ not in ("NOUN", "PROPN") or item.dep_ not in _ITEM_DEPS or prep.i in {t.i for t in item.subtree}:
        return
    if not any(t.dep_ == "cc" and t.lower_ in ("and", "or") for t in item.subtree):
        return   # ("the focus on X, a welcome change": an apposition, not a list)
    # read from the start of the "on"-phrase: the list's first item is before the comma
    yield from ((a, b) for a, b in split_list(doc, prep.i + 1, item.right_edge.i + 1) if a >= first)


def _stressed_needs(noun: Token, rules: EntityRules) -> Iterator[RecommendationItem]:
    """"The report highlights the need for X": what a publication (RECOMMENDS) or a person or
    organisation (SUPPORTS) stresses the need for; not "reducing the need for X" (a verb that is
    no verb of stressing), not a need nobody named states ("the board discussed the need for X")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in word_class(rules, "stressing_verbs"):
        return
    if negated(verb):
        return
    recommender = find_recommender(verb, rules, passive=False, calling=True)
    if recommender is None:
        return
    subject = noun.doc[recommender]
    if subject.pos_ == "NOUN" and any(c.dep_ == "poss" for c in children_of(subject)):
        return  # "our group's inquiry highlighted the need for X": a publication this page does not name
    for prep in children_of(noun):
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for obj in children_of(prep):
            if obj.dep_ != "pobj":
                continue
            clause = next((c for c in children_of(obj) if c.dep_ in ("acl", "relcl") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))), None)
            # "the need for X to do Y": X with its infinitive; else each of a list
            spans = [(obj.left_edge.i, clause_cut(clause)[1])] if clause is not None else list(noun_phrases(obj))
            for start, end in spans:
                item = proposal_phrase(noun.doc, start, end, rules)
                if item:
                    yield RecommendationItem(item[0], item[1], verb.i, recommender, calls=True)


def _welcomed_intent(noun: Token, rules: EntityRules) -> Iterator[RecommendationItem]:
    """"Harbour Trust supports plans to open a respite centre", "we welcome measures to cap
    agency rates", "Jane Doe applauded the Westshire Council's pledge to build a harbour
    lookout": what a welcomed plan, measure, commitment or decision (the schema's
    `intent_nouns`, the object of an `approving_verbs` verb) is to do is a proposal. The
    approver (a name, "we" or "I") calls for it; a publication that owns the intent ("the
    strategy's plans to X") proposes it. Not a negated welcome, not an intent without an
    infinitive ("we welcome the plans"), not one whose approver and owner the text leaves unnamed,
    not one granted in a concession ("though we back plans to X, ...")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in word_class(rules, "approving_verbs"):
        return
    if negated(verb) or any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in children_of(verb)):
        return   # ("though we back plans to X, we hope for more": a concession)
    clause = next((c for c in children_of(noun) if c.dep_ in ("acl", "relcl") and c.i > noun.i and c.tag_ == "VB"
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))), None)
    if clause is None or negated(clause):
        return
    approver = find_recommender(verb, rules, passive=False, calling=True)
    if approver is None:
        # "The charity, Harbour Trust, has welcomed ...": the name in apposition to the subject
        subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        named = None if subj is None else next((c for c in children_of(subj) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        approver = None if named is None else named.i
    owner = _owner(noun, rules)
    if approver is None and owner is None:
        return
    for infinitive in [clause, *coordinated_infinitives(clause, verb, rules)]:
        start, end = clause_cut(infinitive)
        item = proposal_phrase(noun.doc, start, end, rules)
        if not item:
            continue
        if approver is not None:
            yield RecommendationItem(item[0], item[1], verb.i, approver, calls=True)
        if owner is not None and owner != approver:
            yield RecommendationItem(item[0], item[1], verb.i, owner, calls=False)


_CONCESSIVE = frozenset({"while", "whilst", "although", "though"})
