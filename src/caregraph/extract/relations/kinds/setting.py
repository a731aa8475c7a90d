"""Place kinds: `setting`, a sentence opening with a place phrase ("Within X, Y ..."); `named_at`,
a body's name with a place phrase of its own ("Harbour Trust in Westshire", "the Kestrel Family
Centre at Eastby"), or a unit's with its body ("the Fostering Team at Westshire Council");
`run_in`, a programme's name with a place phrase of its own ("the Y scheme in Westshire");
`named_paren`, a body's name before a parenthesis of places ("Harbour Trust (Westshire)");
`place_wide`, a place's name before "wide" ("a Westshire-wide service")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.ontology import INITIATIVE, ORGANISATION
from ....core.schema import RelationPattern
from ...syntax import children_of, conjuncts, negated, sentences
from ..context import Arg, Context
from ..registry import RuleMatch, rule_kind
from .naming import named_as_kind

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_SUBJ = ("nsubj", "nsubjpass")
# the prepositions of a place one is at or goes to: a programme named as their object is a venue or an event
# ("spoke at the Y Conference in Westshire"), and the place phrase on it says where it is, not who runs it
_VENUE_PREPS = frozenset({"at", "to"})


@rule_kind("setting")
def _setting_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"Within X, the Y team is ...": a sentence-opening place phrase locates the subject; or
    the programme the verb names, when it has one: its object ("In X, the Office is launching
    the Y Pilot": the pilot is in X, not the office that launches it) or, for a subject that
    names nothing by name, the programme in its "as part of" phrase ("In X, this is delivered as part
    of the Y Hub")."""
    for sent in sentences(ctx.doc):
        first = next((t for t in sent if not t.is_space and not t.is_punct), None)
        if first is None or first.lower_ not in pattern.preps or first.dep_ != "prep":
            continue
        places = [a for p in children_of(first) if p.dep_ == "pobj" for a in ctx.args_in(p, pattern.object_types)]
        verb = first.head
        subjects = [a for s in children_of(verb) if s.dep_ in _SUBJ for a in ctx.args_in(s, pattern.subject_types)]
        if INITIATIVE in pattern.subject_types:
            named = [a for c in children_of(verb) if c.dep_ == "dobj" for a in [ctx.arg_at(c)]
                     if a is not None and a.type == INITIATIVE and not a.via_reference]
            if not named and all(a.via_reference for a in subjects):
                named = [a for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "as"
                         for p in children_of(c) if p.dep_ == "pobj" and p.lower_ == "part"
                         for o in children_of(p) if o.dep_ == "prep" and o.lower_ == "of"
                         for q in children_of(o) if q.dep_ == "pobj" for a in [ctx.arg_at(q)]
                         if a is not None and a.type == INITIATIVE and not a.via_reference]
            subjects = named or subjects
        if places and subjects:
            yield RuleMatch(subjects, places, first)


@rule_kind("named_at")
def _named_at_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"the Kestrel Family Centre at Eastby", "Harbour Trust in Westshire and Eastshire": a
    mention of a subject-type entity whose head has a phrase of one of the pattern's prepositions
    whose object is itself the name of an object-type entity (and the names joined to it); not
    "Harbour Trust in its work with Westshire", whose object names no place itself. A pattern
    with lemmas takes only a subject whose name ends in one of them (a unit's head word: "the
    Fostering Team at Westshire Council", "the Children and Families Group of Harbour Trust"); a
    body there is one named as a body (`naming.named_as_kind`: not "the X Centre at Bishop's Marlow"
    with the town taken for a body)."""
    for key, span in ctx.mention_spans():
        if ctx.entity[key].type not in pattern.subject_types:
            continue
        words = ctx.entity[key].label.lower().split()
        if pattern.lemmas and (not words or words[-1] not in pattern.lemmas):
            continue
        root = span.root
        objects = [a for c in children_of(root) if c.dep_ == "prep" and c.lower_ in pattern.preps and c.i >= span.end
                   for p in children_of(c) if p.dep_ == "pobj" for t in [p, *conjuncts(p)]
                   for a in [ctx.arg_at(t)] if a is not None and not a.via_reference and a.type in pattern.object_types
                   and a.key != key and (a.type != ORGANISATION or named_as_kind(ctx, a.key))]
        if objects:
            yield RuleMatch([Arg(key, ctx.entity[key].type)], objects, root)


@rule_kind("run_in")
def _run_in_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"the Y scheme in Westshire has helped 200 families", "Y in Westshire and Eastshire": a
    programme's name (a subject-type entity) whose head has a phrase of one of the pattern's
    prepositions whose object is itself the name of a place (and the names joined to it): the
    place runs it. Not a place of the pattern's `verbs` (a country: "Family Hubs in England" is
    the national programme, not one a place runs), nor a phrase on a verb ("Y was launched in
    Westshire", which the verb rules read), nor a programme named after a noun's preposition ("the
    evaluation of Y in Westshire", "funding for Y in Westshire", "the roll-out of Y by the Harbour
    Trust in Westshire": the phrase may be the noun's, and the noun's own rules read it), nor a
    programme one is at or goes to (`_VENUE_PREPS`: "spoke at the Y Conference in Westshire", "welcomed
    her to the Y Hub in Eastby": a venue or an event, whose place phrase says where it is)."""
    national = frozenset(v.lower() for v in pattern.verbs)
    for key, span, root in _programme_heads(ctx, pattern):
        if root.dep_ == "pobj" and root.head.head.pos_ in ("NOUN", "PROPN"):
            continue  # "the evaluation of Y in Westshire", "funding for Y in Westshire": the place may be the noun's
        if root.dep_ == "pobj" and root.head.lower_ in _VENUE_PREPS:
            continue  # "spoke at the Y Conference in Westshire", "welcomed her to the Y Hub in Eastby": a venue's place
        places = [a for c in children_of(root) if c.dep_ == "prep" and c.lower_ in pattern.preps and c.i >= span.end
                  for p in children_of(c) if p.dep_ == "pobj" for t in [p, *conjuncts(p)]
                  for a in [ctx.arg_at(t)] if a is not None and not a.via_reference and a.type in pattern.object_types
                  and ctx.entity[a.key].label.lower() not in national]
        if places:
            yield RuleMatch([Arg(key, ctx.entity[key].type)], places, root)


def _programme_heads(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[str, Span, Token]]:
    """Each mention of a subject-type entity with the word its phrases hang on: the name's head,
    or the class noun right after the name ("the Y scheme in Westshire": "scheme")."""
    for key, span in ctx.mention_spans():
        if ctx.entity[key].type not in pattern.subject_types:
            continue
        root = span.root
        if root.dep_ == "compound" and root.head.i == span.end and root.head.pos_ == "NOUN":
            root = root.head
        yield key, span, root


@rule_kind("national_in")
def _national_in_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"Harbour Hubs across Westland", "the launch of the Y Zones across Westland": a programme's
    name (a subject-type entity) whose head, or the noun of the pattern's lemmas whose "of" phrase
    it is (a launch or roll-out; not "the use of Y"), has a phrase of one of the pattern's
    prepositions whose object is one of the pattern's `verbs` (a country): the national programme
    is located there (the places `run_in` leaves out)."""
    national = frozenset(v.lower() for v in pattern.verbs)
    for key, span, root in _programme_heads(ctx, pattern):
        owners = [root]
        owner = root.head.head
        if root.dep_ == "pobj" and root.head.lower_ == "of" and owner.pos_ == "NOUN" and owner.lemma_.lower() in pattern.lemmas:
            owners.append(owner)  # "the roll-out of Y across Westland" (a noun of the lemmas; not "the use of Y")
        places = [a for o in owners for c in children_of(o) if c.dep_ == "prep" and c.lower_ in pattern.preps
                  and c.i >= span.end for p in children_of(c) if p.dep_ == "pobj" for t in [p, *conjuncts(p)]
                  for a in [ctx.arg_at(t)] if a is not None and not a.via_reference and a.type in pattern.object_types
                  and ctx.entity[a.key].label.lower() in national]
        if places:
            yield RuleMatch([Arg(key, ctx.entity[key].type)], places, root)


_LIST_WORDS = frozenset({",", "and", "&"})


@rule_kind("named_paren")
def _named_paren_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"the Harbour Trust (Westshire)", "Kestrel Children's Services (Eastby, Westby and
    Northby)": a body's name followed by a parenthesis that holds nothing but the names of
    object-type entities (places) and the commas and "and" of their list; the body is located in
    each. Not a parenthesis with any other word ("Harbour Trust (in Westshire since 2010)") nor one
    naming anything else (an acronym, a body); a name a reference stands for is no place of it."""
    doc = ctx.doc
    for key, span in ctx.mention_spans():
        if ctx.entity[key].type not in pattern.subject_types:
            continue
        opening = span.end
        if opening >= len(doc) or doc[opening].text != "(":
            continue
        found: list[Arg] = []
        at = opening + 1
        closed = False
        while at < len(doc):
            tok = doc[at]
            if tok.text == ")":
                closed = True
                break
            index = ctx.token_mention.get(at)
            if index is None:
                if tok.lower_ not in _LIST_WORDS:
                    break
                at += 1
                continue
            arg = ctx.arg_at(tok)
            if arg is None or arg.via_reference or arg.type not in pattern.object_types or arg.key == key:
                break
            if all(a.key != arg.key for a in found):
                found.append(arg)
            while at < len(doc) and ctx.token_mention.get(at) == index:
                at += 1
        if closed and found:
            yield RuleMatch([Arg(key, ctx.entity[key].type)], found, span.root)


@rule_kind("place_wide")
def _place_wide_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"the Harbour Hub is a Westshire-wide service", "Kestrel Care, a Westshire wide
    partnership", "the Westshire-wide Harbour Hub": a place's name before one of the pattern's
    lemmas (written apart or after a hyphen) on a noun locates what that noun names: the noun's
    own name, the subject it is predicated of, or the name it is in apposition to."""
    doc = ctx.doc
    for tok in ctx.tokens_with_lower(pattern.lemmas):
        if tok.dep_ != "amod" or tok.head.i <= tok.i or tok.i == 0:
            continue
        before = doc[tok.i - 1]
        if before.text == "-" and tok.i >= 2:
            before = doc[tok.i - 2]
        place = ctx.arg_at(before) if ctx.token_mention.get(before.i) is not None else None
        if place is None or place.via_reference or place.type not in pattern.object_types:
            continue
        noun = tok.head
        own = ctx.arg_at(noun) if ctx.token_mention.get(noun.i) is not None else None
        if own is not None and own.key != place.key and own.type in pattern.subject_types:
            subjects = [own]
        elif noun.dep_ == "attr" and noun.head.lemma_ == "be" and not negated(noun.head):
            subjects = [a for c in children_of(noun.head) if c.dep_ in _SUBJ
                        for a in [ctx.arg_at(c)] if a is not None and a.type in pattern.subject_types]
        elif noun.dep_ == "appos":
            subjects = [a for a in [ctx.arg_at(noun.head)] if a is not None and a.type in pattern.subject_types]
        else:
            continue
        subjects = [a for a in subjects if a.key != place.key]
        if subjects:
            yield RuleMatch(subjects, [place], tok)
