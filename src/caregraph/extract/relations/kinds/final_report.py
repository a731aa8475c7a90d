"""The `final_report` kind: a review's final report is the text of the review itself, so the
person whose final report it is wrote the review his role names in the same sentence
("Harbour Review chair Jane Doe's final report", "In her final report, the chair of the
Westshire Review, Jane Doe, said ..."). A review that is only "Jane Doe's review" or "her
report" names no more than the person who led it (the possessive kinds leave it to LEADS).

`lemmas`: the noun of the text ("report"); `verbs`: the modifier that makes it the review's own
last text ("final"); `preps`: the role nouns that tie the person to the review ("chair")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.ontology import PERSON
from ....core.schema import RelationPattern
from ...syntax import children_of, sent_of
from ..context import Arg, Context
from ..registry import RuleMatch, rule_kind

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@rule_kind("final_report")
def _final_report_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    for noun in ctx.tokens_with_lemma(pattern.lemmas):
        if noun.pos_ != "NOUN" or noun.i in ctx.token_mention:
            continue
        kids = children_of(noun)
        if not any(c.dep_ == "amod" and c.lower_ in pattern.verbs for c in kids):
            continue
        owner = next((c for c in kids if c.dep_ == "poss"), None)
        if owner is None:
            continue
        roles = [(person, text) for person, text in _roles_in(ctx, sent_of(noun), pattern)
                 if person.type in pattern.subject_types and text.type in pattern.object_types]
        if ctx.person_possessive(owner):   # the sentence's one person whose role is named
            people = {p for p, _ in roles}
            if len(people) != 1:
                continue
        else:
            named = ctx.arg_at(owner)
            if named is None or named.type != PERSON:
                continue
            roles = [(p, t) for p, t in roles if p == named]
        texts = list(dict.fromkeys(t for _, t in roles))
        if len(texts) == 1:
            yield RuleMatch([roles[0][0]], texts, noun)


def _roles_in(ctx: Context, sent: Span, pattern: RelationPattern) -> Iterator[tuple[Arg, Arg]]:
    """(person, text) for each role noun of the sentence that ties a named person to a named
    text: the text a compound, a possessive or an "of" phrase of the noun ("Harbour Review chair",
    "the Harbour Review's chair", "the chair of the Harbour Review"), the person the name the noun modifies or stands in apposition with
    ("Harbour Review chair Jane Doe", "the chair of Y, Jane Doe")."""
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in pattern.preps or tok.i in ctx.token_mention:
            continue
        texts = [c for c in children_of(tok) if c.dep_ in ("compound", "poss")]
        texts += [p for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"
                  for p in children_of(c) if p.dep_ == "pobj"]
        people = [tok.head] if tok.dep_ in ("compound", "appos") else []
        people += [c for c in children_of(tok) if c.dep_ == "appos"]
        for p in _args(ctx, people):
            for t in _args(ctx, texts):
                yield p, t


def _args(ctx: Context, tokens: list[Token]) -> list[Arg]:
    return [a for t in tokens if (a := ctx.arg_at(t)) is not None]
