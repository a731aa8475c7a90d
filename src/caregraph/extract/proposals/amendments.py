"""Proposals an amendment to a bill makes: "an amendment to extend X to 25", "we tabled an
amendment to require X", "our amendments seek to extend X", "this amendment would require X
to Y", "Amendment 40, which would require X"; "the amendment in my name" is the speaker's; a
council's motion likewise ("Cllr X introduced the motion for the council to Y, which was seconded
by Cllr Z": X and Z call for it). The proposal is the amendment's infinitive (or its "would"-clause); whoever tables,
moves or owns the amendment calls for it (SUPPORTS). An amendment whose mover the sentence does
not name is nobody's here: no publication proposes it (the bill it would amend does not).
The nouns are the schema's `amendment_nouns`, the verbs of aiming its `aiming_verbs`, of
tabling its `moving_verbs`."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ...core.schema import EntityRules
from ..syntax import children_of, negated, pos_indexes, tokens_of
from .items import RecommendationItem, word_class
from .phrases import clause_cut, proposal_phrase
from .recommenders import find_recommender


def amendment_items(doc: Doc, rules: EntityRules) -> Iterator[RecommendationItem]:
    nouns = word_class(rules, "amendment_nouns")
    if not nouns:
        return
    toks = tokens_of(doc)
    for tok in (toks[i] for i in pos_indexes(doc, "NOUN")):   # (from the token array)
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns:
            continue
        clause = _proposed_clause(tok, rules)
        if clause is None or negated(clause):
            continue
        start, end = clause_cut(clause)
        to = next((c for c in children_of(clause) if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is not None and any(m.dep_ == "mark" and m.lower_ == "for" for m in children_of(clause)):
            start = max(start, to.i)   # ("for the council to treat X": the act, not who is to do it)
        if clause.i == tok.head.i or clause.dep_ == "relcl":
            # "this amendment would require X", "an amendment, which would require X": after the modal
            start = max([start, *(c.i + 1 for c in children_of(clause) if c.dep_ == "aux" and c.i < clause.i)])
        # "to extend X to 25 as the Bill only extends Y": the reason is no part of it
        # ("treat X as if it were Y": a manner, part of it)
        end = min([end, *(c.left_edge.i for c in children_of(clause) if c.dep_ == "advcl" and c.i > clause.i and any(
            m.dep_ == "mark" and m.lower_ == "as" for m in children_of(c)) and not any(
            m.dep_ == "mark" and m.lower_ in ("if", "though") for m in children_of(c)))])
        item = proposal_phrase(doc, start, end, rules)
        if item and not _statement(doc[item[0] : item[1]].root):
            yield RecommendationItem(item[0], item[1], tok.i, _mover(tok, rules), calls=True)
            seconder = _seconder(tok, rules)
            if seconder is not None:
                yield RecommendationItem(item[0], item[1], tok.i, seconder, calls=True)


def _seconder(noun: Token, rules: EntityRules) -> int | None:
    """Who seconds a motion or amendment in its sentence ("..., which was seconded by Cllr Z";
    the parser may hang the relative clause on any word of the motion's text): the agent of a
    passive seconding verb after the noun, a proper name."""
    for tok in noun.doc[noun.i + 1 : noun.sent.end]:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in word_class(rules, "seconding_verbs") and not negated(tok) \
                and any(c.dep_ == "auxpass" for c in children_of(tok)):
            for agent in children_of(tok):
                if agent.dep_ == "agent":
                    name = next((p for p in children_of(agent) if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)
                    if name is not None:
                        return name.i
    return None


def _infinitive(tok: Token) -> bool:
    return tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok))


def _proposed_clause(noun: Token, rules: EntityRules) -> Token | None:
    """The verb of what an amendment proposes: its own infinitive ("an amendment to extend X"),
    one the parser hung on the verb that takes the amendment right after it ("to table an
    amendment (...) to extend X"), the infinitive of a verb of aiming it is the subject of ("our
    amendments seek to extend X") or its "would"-clause ("this amendment would require X")."""
    for child in noun.rights:
        if child.dep_ in ("acl", "relcl") and _infinitive(child):
            return child
        if child.dep_ == "advcl" and _infinitive(child) and any(m.dep_ == "mark" and m.lower_ == "for" for m in children_of(child)):
            return child   # "the motion for the council to treat X as Y"
        if child.dep_ == "relcl" and child.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "would" for c in children_of(child)) \
                and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in children_of(child)):
            return child   # "Amendment 40, which would require X"
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB":
        for child in children_of(head):
            if child.dep_ in ("advcl", "xcomp") and _infinitive(child) and child.left_edge.i == noun.right_edge.i + 1:
                return child
    if noun.dep_ == "nsubj" and head.pos_ == "VERB":
        if head.lemma_.lower() in word_class(rules, "aiming_verbs"):
            return next((c for c in children_of(head) if c.dep_ == "xcomp" and _infinitive(c)), None)
        if any(c.dep_ == "aux" and c.lower_ == "would" for c in children_of(head)):
            return head
    return None


def _mover(noun: Token, rules: EntityRules) -> int | None:
    """Who tables, moves or owns an amendment: a first-person possessor ("our amendments"), or
    the subject of the verb (or of the clause it serves) that takes the amendment as its object
    ("X tabled an amendment", "we worked with Y to table an amendment"), a verb of moving (the
    schema's `moving_verbs`)."""
    for child in children_of(noun):
        if child.dep_ == "poss" and child.lower_ in ("our", "my"):
            return child.i
        if child.dep_ == "prep" and child.lower_ == "in":
            # "the amendment in my name": its mover's
            for name in children_of(child):
                if name.dep_ == "pobj" and name.lower_ in ("name", "names"):
                    owner = next((c for c in children_of(name) if c.dep_ == "poss" and c.lower_ in ("our", "my")), None)
                    if owner is None:
                        # "the amendment in the name of Lord Westby"
                        owner = next((p for c in children_of(name) if c.dep_ == "prep" and c.lower_ == "of"
                                      for p in children_of(c) if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)
                    if owner is not None:
                        return owner.i
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or not _moves(verb, rules):
        return None   # ("X opposed an amendment to Y": not X's)
    recommender = find_recommender(verb, rules, passive=False, calling=True)
    if recommender is None and verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ == "VERB":
        recommender = find_recommender(verb.head, rules, passive=False, calling=True)
    return recommender


def _moves(verb: Token, rules: EntityRules) -> bool:
    lemma = verb.lemma_.lower()
    for entry in word_class(rules, "moving_verbs"):
        words = entry.split()
        if words[0] == lemma and (len(words) == 1 or any(
                c.dep_ in ("prt", "prep") and c.lower_ == words[1] for c in children_of(verb))):
            return True
    return False


def _statement(root: Token) -> bool:
    """A clause with a subject of its own and a finite verb ("seeks to ensure that the whole
    family is able to access support" -> "the whole family is able to ..."): what the amendment
    hopes will be so, not a name of what it does."""
    return root.tag_ in ("VBZ", "VBP", "VBD", "MD") and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(root))
