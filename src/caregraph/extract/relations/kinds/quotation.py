"""Quotation kinds: `quote`, an evaluative word inside a quotation credited to its speaker
("'We welcome the X Strategy,' said Y"), and `response`, "in response to Y" / "its response to
Y". The quotations themselves are found once per document (quotes.py, Context.quotes)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.ontology import PUBLICATION
from ....core.schema import RelationPattern
from ...syntax import negated
from ..context import Arg, Context, is_passive, is_question_or_conditional, speakers_of, subject_tokens
from ..registry import RuleMatch, rule_kind

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJ = ("nsubj", "nsubjpass")

_FIRST_PERSON = frozenset({"we", "i"})
# the speaker in reported speech ("X said she was pleased with Y")
_REPORTED = frozenset({"we", "i", "he", "she", "they"})


@rule_kind("quote")
def _quote_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """An evaluative word inside a quotation, about a named publication, proposal or
    programme, credited to the quotation's speaker: "We welcome the X Strategy", "I am
    grateful for this review", "the X Programme is very welcome" (verbs with a first-person
    subject or in the passive; adjectives predicated of the object or with "for")."""
    doc = ctx.doc
    # the words of the other evaluative classes ("welcome" against "disappointed")
    opposite = {lem for p in ctx.rules.patterns if p.kind == "quote" and p.relation != pattern.relation
                for lem in p.lemmas}
    for quote in ctx.quotes:
        speakers = [a for a in quote.speakers if a.type in pattern.subject_types]
        if not speakers:
            continue
        # a quotation answering a named publication ("In response to Y, X said:") whose
        # evaluative words are all of this class is about that publication
        # (the cheap word test first: a quotation may be a whole document without line breaks)
        own = [t for t in doc[quote.start : quote.end]
               if (t.lemma_.lower() in pattern.lemmas or t.lower_ in pattern.lemmas) and _evaluates(t, quote.reported)]
        other = [t for t in doc[quote.start : quote.end]
                 if (t.lemma_.lower() in opposite or t.lower_ in opposite) and _evaluates(t, quote.reported)]
        topic = [a for a in quote.topic if a.type in pattern.object_types]
        explicit = False
        for tok in doc[quote.start : quote.end]:
            if tok.lemma_.lower() not in pattern.lemmas and tok.lower_ not in pattern.lemmas:
                continue
            if negated(tok) or is_question_or_conditional(tok):
                continue
            objects_tok: list[Token] = []
            if tok.pos_ == "VERB":
                subj = [c for c in tok.children if c.dep_ == "nsubj"]
                passive_subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
                if subj and all(c.lower_ in _FIRST_PERSON for c in subj):
                    objects_tok = [c for c in tok.children if c.dep_ == "dobj"]
                elif passive_subj and all(c.lower_ in (_REPORTED if quote.reported else _FIRST_PERSON)
                                          for c in passive_subj):
                    # "we were disappointed by Y", "she was pleased with Y"
                    objects_tok = [p for c in tok.children if c.dep_ in ("agent", "prep")
                                   and c.lower_ in ("by", "with", "about") for p in c.children if p.dep_ == "pobj"]
                elif passive_subj:
                    objects_tok = passive_subj
            elif tok.pos_ == "ADJ":
                if tok.dep_ == "amod" and tok.head.dep_ == "attr":
                    # "Y is a welcome step"
                    objects_tok = [c for c in tok.head.head.children if c.dep_ == "nsubj"]
                speaker_words = _REPORTED if quote.reported else _FIRST_PERSON
                holders = _holders(tok)
                if holders and all(c.lower_ == "it" for c in holders):
                    # "it is good to see Y": the speaker's view of the clause's object
                    objects_tok = [o for comp in tok.head.children if comp.dep_ in ("xcomp", "ccomp")
                                   for o in comp.children if o.dep_ in ("dobj", "nsubj", "nsubjpass")]
                    if objects_tok:
                        # "... to see X, and the proposed Y": a noun the parser coordinated with
                        # the verb is coordinated with its object
                        objects_tok += [c for c in tok.head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
                    holders = []
                elif holders and not all(c.lower_ in speaker_words for c in holders):
                    # "Y is welcome": the adjective is said of Y; "families were pleased with Y":
                    # someone else's feeling
                    objects = [a for c in holders for a in ctx.args_in(c, pattern.object_types)]
                    if objects:
                        explicit = True
                        yield RuleMatch(speakers, objects, tok)
                    continue
                preps = [c for c in tok.subtree if c.dep_ in ("prep", "agent")]
                if tok.dep_ == "acomp":  # "I am grateful to X for Y": the parser hangs "for Y" on the verb
                    preps += [c for c in tok.head.children if c.dep_ in ("prep", "agent") and c.i > tok.i]
                for prep in [c for c in preps if c.lower_ in ("for", "about", "with", "by")]:
                    objects_tok += [p for p in prep.children if p.dep_ == "pobj"]
                for comp in [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]:
                    objects_tok += [c for c in comp.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
                                    and c.lower_ not in _FIRST_PERSON]
            objects = [a for o in objects_tok for a in ctx.args_in(o, pattern.object_types)]
            if objects:
                explicit = True
                yield RuleMatch(speakers, objects, tok)
        # (only when no evaluative word names its own object: "we support the review", said in
        # answer to the review's first report, is about the review)
        if topic and own and not other and not explicit:
            yield RuleMatch(speakers, topic, own[0])


_FEELING_ADJECTIVES = frozenset({"grateful", "glad", "happy", "proud", "keen", "sad", "angry"})


def _evaluates(tok: Token, reported: bool) -> bool:
    """An evaluative word the speaker stands behind: not negated, not a verb whose subject is
    someone else ("the council welcomed it" inside a quotation), not someone else's feeling
    ("families were pleased"; participles in -ed and a few adjectives name feelings)."""
    if negated(tok) or is_question_or_conditional(tok):
        return False
    speaker_words = _REPORTED if reported else _FIRST_PERSON
    if tok.pos_ == "VERB":
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        return not subj or all(c.lower_ in speaker_words for c in subj)
    # an adjective said of something ("is welcome", "a welcome step"), not a modifier ("good practice")
    if tok.pos_ != "ADJ" or tok.dep_ in ("amod", "compound") and tok.head.dep_ != "attr":
        return False
    feeling = tok.lower_.endswith("ed") or tok.lemma_.lower() in _FEELING_ADJECTIVES
    holders = _holders(tok)
    return not (feeling and holders and not all(c.lower_ in speaker_words for c in holders))


def _holders(adjective: Token) -> list[Token]:
    """Whom or what an adjective is said of: the subject of its copula ("Y is welcome"), or
    its own subject when the parser made it the head of its clause ("councils were pleased")."""
    if adjective.dep_ == "acomp":
        return [c for c in adjective.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [c for c in adjective.children if c.dep_ in ("nsubj", "nsubjpass")]


@rule_kind("response")
def _response_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"in response to Y" and "a response to Y": what the governing clause is about
    responds to the publication Y. "X, published in response to Y" -> X; "In response to Y,
    Jane said" -> Jane; "X released its response to Y" -> X."""
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ not in ("NOUN", "VERB") or tok.lemma_.lower() not in pattern.lemmas:
            continue
        targets = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in pattern.preps
                   for p in c.children if p.dep_ == "pobj"]
        objects = [a for t in targets for a in ctx.args_in(t, pattern.object_types)]
        if not objects:
            continue
        subjects: list[Arg] = []
        if tok.pos_ == "VERB":  # "responding to Y, Jane said" is the verb rule's
            continue
        owner = [a for c in tok.children if c.dep_ == "poss" for a in ctx.args_in(c, pattern.subject_types)]
        if owner:  # "the Department's response to Y", whoever criticises it
            subjects = owner
        elif any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
            continue  # "X welcomed the government's response to Y": the response is another's
        elif tok.dep_ == "pobj" and tok.head.lower_ == "in":
            attach = tok.head.head
            if attach.pos_ in ("NOUN", "PROPN"):
                subjects = ctx.args_in(attach, pattern.subject_types)
            elif attach.pos_ in ("VERB", "AUX"):
                if is_passive(attach):
                    subj = [c for c in attach.children if c.dep_ == "nsubjpass"]
                    if not subj and attach.dep_ in ("acl", "relcl"):
                        subj = [attach.head]
                    subj = [attach.head if s.tag_ in ("WDT", "WP") else s for s in subj]
                    subjects = [a for s in subj for a in ctx.args_in(s, pattern.subject_types)]
                else:
                    dobj = [a for c in attach.children if c.dep_ == "dobj"
                            for a in ctx.args_in(c, (PUBLICATION,))]
                    if dobj:
                        subjects = dobj
                    elif attach.lemma_.lower() in ctx.rules.speech_verbs:
                        subjects = speakers_of(ctx, attach, pattern.subject_types)
                    else:
                        subjects = [a for s in subject_tokens(attach) for a in ctx.args_in(s, pattern.subject_types)]
        elif tok.dep_ in ("dobj", "attr") and tok.head.pos_ in ("VERB", "AUX"):
            subjects = [a for s in subject_tokens(tok.head) for a in ctx.args_in(s, pattern.subject_types)]
        if subjects and not negated(tok.head):
            yield RuleMatch(subjects, objects, tok)


@rule_kind("feeling")
def _feeling_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"X is disappointed by Y", "X was pleased with Y", "X remains concerned that Y ...": a
    person or organisation that feels one of the pattern's adjectives about a publication,
    proposal or programme."""
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ not in ("ADJ", "VERB") or negated(tok) or is_question_or_conditional(tok):
            continue
        holders = _holders(tok) if tok.pos_ == "ADJ" else [c for c in tok.children if c.dep_ == "nsubjpass"]
        # "we" outside quotations is the page's own voice (voice.py)
        subjects = [a for h in holders if h.lower_ not in _REPORTED or (ctx.voice is not None and ctx.voice(h))
                    for a in ctx.args_in(h, pattern.subject_types)]
        if not subjects:
            continue
        verb = tok.head if tok.dep_ == "acomp" else tok
        objects_tok = [p for h in (tok, verb) for c in h.children if c.dep_ in ("prep", "agent")
                       and c.lower_ in ("by", "with", "about", "at", "over") for p in c.children if p.dep_ == "pobj"]
        objects_tok += [o for c in tok.children if c.dep_ == "ccomp" for o in c.children if o.dep_ in _SUBJ]
        objects = [a for o in objects_tok for a in ctx.args_in(o, pattern.object_types)]
        if objects:
            yield RuleMatch(subjects, objects, tok)

