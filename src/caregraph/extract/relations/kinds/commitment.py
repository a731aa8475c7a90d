"""The `commitment` kind: a speaker's commitment, in her own turn of a debate or a transcript,
to implement a publication or its recommendations ("The Minister (Jane Doe): We have committed
to implement the recommendations of the Westshire Review", "we will take forward the Westshire
Review", "we accept the review's recommendations") is her support of it.

Only a turn (quotes.py `_transcript_turns`: "Jane Doe (Con): ...", a speaker card), only a verb
of the pattern's lemmas ("take forward": the verb and its particle) that the speaker states of
herself ("we", "I") or whose clause is what the speaker commits to ("we have made a commitment
to implement ...", "I am committed to delivering ..."); never negated, hedged or conditional
("we could implement Y if ...", "we will not accept Y"). The object is a publication by name or
by description ("the review"), or recommendations (findings, proposals) of one: "of Y", "Y's",
"each one of those recommendations" after a sentence naming one publication alone.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.ontology import PUBLICATION
from ....core.schema import RelationPattern
from ...syntax import children_of, negated
from ..context import Arg, Context, Quote, unasserted
from ..quotes import quotation
from ..registry import RuleMatch, rule_kind
from .speech import said_of

if TYPE_CHECKING:
    from spacy.tokens import Token

_FIRST_PERSON = frozenset({"we", "i"})
# what a speaker commits to: "we have committed to implement Y", "a commitment to implement Y"
_COMMITTING = frozenset({"commit", "committed", "commitment", "pledge", "promise", "determined"})
# modals that make a commitment a possibility ("we could take forward Y")
_HEDGES = frozenset({"would", "could", "may", "might", "should", "can"})
# what a text's recommendations are called
_PARTS = frozenset({"recommendation", "finding", "proposal"})
# "each one of those recommendations", "all of the review's recommendations"
_QUANTIFIERS = frozenset({"one", "each", "all", "many", "most", "some", "every"})


@rule_kind("commitment")
def _commitment_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """Each turn's committed verbs of the pattern's lemmas, credited to the turn's speaker."""
    # a verb and its particle, if any ("take forward")
    verbs: dict[str, str | None] = {}
    for lemma in pattern.lemmas:
        words = lemma.split()
        verbs[words[0]] = words[1] if len(words) > 1 else None
    for quote in ctx.quotes:
        if not quote.turn:
            continue
        speakers = [a for a in quote.speakers if a.type in pattern.subject_types]
        if not speakers:
            continue
        for tok in ctx.doc[quote.start : quote.end]:
            lemma = tok.lemma_.lower()
            if tok.pos_ != "VERB" or lemma not in verbs:
                continue
            particle = verbs[lemma]
            if particle is not None and not any(c.lower_ == particle and c.dep_ in ("prt", "advmod") for c in children_of(tok)):
                continue
            if not _committed(ctx, tok):
                continue
            targets = [a for a in _objects(ctx, tok, quote) if a.type in pattern.object_types
                       and all(a.key != s.key for s in speakers)]
            if len(targets) == 1:
                yield RuleMatch(speakers, targets, tok, quote=quotation(ctx, quote.verb))


def _stated(ctx: Context, verb: Token) -> bool:
    """Neither negated, hedged nor conditional, itself or (a conjunct) as its first conjunct."""
    return not (negated(verb) or unasserted(ctx, verb, hearsay=False)
                or any(c.dep_ == "aux" and c.lower_ in _HEDGES for c in children_of(verb)))


def _committed(ctx: Context, verb: Token) -> bool:
    """Does the speaker state the verb of herself ("we will implement Y", "we accept Y") or
    commit to it ("we have committed to implement Y", "we have made a commitment to implement
    Y", "I am committed to delivering Y")?"""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "implement and explore": the first conjunct's clause
    if not _stated(ctx, verb):
        return False
    if _first_person_subject(verb):
        return True
    if verb.dep_ not in ("xcomp", "advcl", "acl", "pcomp") or verb.head.i == verb.i:
        return False
    head = verb.head
    if head.dep_ == "prep" and head.head.i != head.i:
        head = head.head  # "committed to delivering Y"
    if head.lemma_.lower() not in _COMMITTING and head.lower_ not in _COMMITTING:
        return False
    # the one who commits: the subject of the verb, of its copula, or of the verb whose object
    # the noun is ("we have made a commitment to ...")
    clause = head.head if head.dep_ in ("dobj", "acomp", "attr") and head.head.i != head.i else head
    return _stated(ctx, clause) and (not head.pos_ == "VERB" or _stated(ctx, head)) and _first_person_subject(clause)


def _first_person_subject(verb: Token) -> bool:
    subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(c.lower_ in _FIRST_PERSON for c in subjects)


def _objects(ctx: Context, verb: Token, quote: Quote) -> list[Arg]:
    """The publications a committed verb's object names (the module's docstring), each once."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if not objects:
        # "implement and explore each one of those recommendations": the object of a conjunct
        objects = [o for c in children_of(verb) if c.dep_ == "conj" and c.pos_ == "VERB"
                   for o in children_of(c) if o.dep_ == "dobj"]
    objects += [c for o in list(objects) for c in children_of(o) if c.dep_ == "conj"]
    out: list[Arg] = []
    for obj in objects:
        for arg in _named(ctx, obj, quote):
            if all(a.key != arg.key for a in out):
                out.append(arg)
    return out


def _named(ctx: Context, obj: Token, quote: Quote) -> list[Arg]:
    """A publication an object names: itself, or the text whose recommendations it is."""
    if obj.lower_ in _QUANTIFIERS or obj.lemma_.lower() in _QUANTIFIERS:
        inner = [p for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"]
        if len(inner) != 1:
            return []
        obj = inner[0]
    if obj.lemma_.lower() not in _PARTS:
        arg = said_of(ctx, obj)
        return [arg] if arg is not None and arg.type == PUBLICATION else []
    # the recommendations of Y, Y's recommendations
    owners = [p for c in children_of(obj) if c.dep_ == "prep" and c.lower_ in ("of", "from", "in") for p in children_of(c)
              if p.dep_ == "pobj"]
    owners += [c for c in children_of(obj) if c.dep_ in ("poss", "compound")]
    if owners:
        found = [a for o in owners if (a := said_of(ctx, o)) is not None and a.type == PUBLICATION]
        return found
    # "those recommendations", "these recommendations": the one publication the sentence before
    # (within the turn) names
    if not any(c.dep_ == "det" and c.lower_ in ("these", "those") for c in children_of(obj)):
        return []
    sent = obj.sent
    if sent.start <= quote.start:
        return []
    before = ctx.doc[sent.start - 1].sent
    named: list[Arg] = []
    for tok in before:
        if tok.i < quote.start:
            continue
        arg = said_of(ctx, tok) if (tok.i in ctx.token_mention or tok.pos_ == "NOUN") else None
        if arg is not None and arg.type == PUBLICATION and all(a.key != arg.key for a in named):
            named.append(arg)
    return named if len(named) == 1 else []
