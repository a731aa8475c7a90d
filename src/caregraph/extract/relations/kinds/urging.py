"""The `urged_action` kind: who urges another to carry a named text, proposal or programme forward
supports it ("the Harbour Trust urged the Government to implement the Westshire Review", "X called on
ministers to back the Y Programme", "X is pressing the council to fund Y"); the urged party's own stance
is untold (context.py: the open complement of a verb of urging is unrealised).

The trigger is one of the pattern's lemmas ("call" only with "on" or "upon": "called on X to ..."); the
urged clause is an infinitive whose verb is one of the pattern's `verbs` (of carrying forward), and its
object, or the object of one of the pattern's prepositions on it ("to invest in Y", "to continue
with Y"), names Y. Never a negated, hedged, questioned or conditional urge, a negated clause, or a
clause of undoing ("urged ministers to scrap Y": relations.yaml undoing_verbs, not among the verbs)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.ontology import ORGANISATION, PERSON
from ....core.schema import RelationPattern
from ...syntax import children_of, negated
from ..context import Arg, Context, is_question_or_conditional, lemma_forms, subject_tokens, unasserted
from ..registry import RuleMatch, rule_kind
from .verb import about_in_text

if TYPE_CHECKING:
    from spacy.tokens import Token

# "called on / upon X to ...": the words that make "call" a verb of urging
_CALL_ON = frozenset({"on", "upon"})


def _urged_clauses(tok: Token) -> list[Token]:
    """The infinitive clauses a verb of urging governs: on the verb ("urged X to implement Y"), or
    on the urged party ("called on X to implement Y", which the parser may hang on X)."""
    clauses = [c for c in children_of(tok) if c.dep_ in ("xcomp", "ccomp", "advcl")]
    parties = [c for c in children_of(tok) if c.dep_ == "dobj"]
    parties += [p for c in children_of(tok) if c.dep_ in ("prep", "prt") and c.lower_ in _CALL_ON
                for p in children_of(c) if p.dep_ == "pobj"]
    clauses += [x for p in parties for x in children_of(p) if x.dep_ in ("acl", "relcl", "xcomp")]
    # (an infinitive: "to implement Y", not "urged X, who runs Y, ...")
    return [c for c in clauses if c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))]


def _is_trigger(tok: Token, lemmas: frozenset[str]) -> bool:
    """One of the lemmas; "call" only with "on" or "upon" ("called on ministers to ...")."""
    forms = frozenset(lemma_forms(tok))
    if "call" in forms and "call" in lemmas:
        if any(c.dep_ in ("prep", "prt") and c.lower_ in _CALL_ON for c in children_of(tok)):
            return True
    return bool(forms & (lemmas - {"call"}))


def _speaking_subjects(ctx: Context, subject: Token, types: tuple[str, ...]) -> list[Arg]:
    """The entities a subject names; "we" in a person's quotation is the person (the stance
    relations are the speaker's own: relations.yaml speaker_only), in an organisation's its own."""
    if subject.lower_ in ("we", "us") and ctx.in_quotation(subject):
        quote = next((q for q in ctx.quotes if q.start <= subject.i < q.end), None)
        if quote is None or len(quote.speakers) != 1:
            return []
        speaker = quote.speakers[0]
        return [speaker] if speaker.type in types and speaker.type in (PERSON, ORGANISATION) else []
    return ctx.args_in(subject, types)


@rule_kind("urged_action")
def _urged_action_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    lemmas = frozenset(pattern.lemmas)
    verbs = frozenset(pattern.verbs)
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ != "VERB" or not _is_trigger(tok, lemmas):
            continue
        if negated(tok) or unasserted(ctx, tok) or is_question_or_conditional(tok):
            continue
        objects_tok: list[Token] = []
        for clause in _urged_clauses(tok):
            if clause.lemma_.lower() not in verbs or negated(clause) or clause.lemma_.lower() in ctx.rules.undoing_verbs:
                continue
            heads = [clause, *(c for c in children_of(clause) if c.dep_ in ("prt", "advmod"))]
            objects_tok += [c for c in children_of(clause) if c.dep_ == "dobj"]
            objects_tok += [p for h in heads for c in children_of(h) if c.dep_ == "prep" and c.lower_ in pattern.preps
                            for p in children_of(c) if p.dep_ == "pobj"]
        if not objects_tok:
            continue
        subjects = [a for s in subject_tokens(tok) for a in _speaking_subjects(ctx, s, pattern.subject_types)]
        if not subjects:
            continue
        # ("urged ministers to commission a review of Y": a text about Y)
        objects_tok = [o for o in objects_tok if not about_in_text(ctx, o, pattern.object_types)]
        objects = [a for o in objects_tok for a in ctx.args_in(o, pattern.object_types)]
        objects = [a for a in objects if all(a.key != s.key for s in subjects)]
        if objects:
            yield RuleMatch(subjects, objects, tok)
