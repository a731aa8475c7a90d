"""Noun-phrase kinds: `apposition` ("X, the leading charity in Y"), `by` ("the X Report by
Y"), `hyphen` ("a Y-commissioned review") and `members` ("areas taking part in X include A,
B and C")."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ....core.ontology import INITIATIVE
from ....core.schema import RelationPattern
from ...syntax import children_of, negated, pos_indexes, tokens_of
from ..context import Arg, Context, is_passive, matches_trigger, subject_tokens, unasserted
from ..quotes import OPENING_QUOTES
from ..registry import RuleMatch, rule_kind

if TYPE_CHECKING:
    from spacy.tokens import Token


_POSSESSIVE = "'s"


@rule_kind("apposition")
def _apposition_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"X, the leading foster care charity in Y", "X is a charity in Y": a class noun (the
    pattern's lemmas) in apposition to, or predicated of, an entity, with one of the
    pattern's prepositions before the object (or before the object of a "with" phrase whose
    noun is one of the pattern's `verbs`: "X is a charity with offices in Y"); or an entity in
    apposition to the class noun ("Y's leading charity, X,")."""
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ != "NOUN" or ctx.token_mention.get(tok.i) is not None:
            continue
        if tok.dep_ == "appos":
            subjects = [a for a in [ctx.arg_at(tok.head)] if a is not None and a.type in pattern.subject_types]
        elif tok.dep_ == "attr" and tok.head.lemma_ == "be" and not negated(tok.head):
            subjects = [a for c in children_of(tok.head) if c.dep_ == "nsubj"
                        for a in [ctx.arg_at(c)] if a is not None and a.type in pattern.subject_types]
        else:
            subjects = []
        places = [p for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in pattern.preps
                  for p in children_of(c) if p.dep_ == "pobj"]
        objects = [a for p in places for a in ctx.args_in(p, pattern.object_types)]
        if not subjects:
            # "Westshire's leading charity, the Harbour Trust,", "the largest charity in Westshire,
            # the Harbour Trust,": a name in apposition to the class noun (or, as the parser hangs
            # it, to the place that ends the noun's phrase)
            subjects = [a for h in [tok, *places] for c in children_of(h) if c.dep_ == "appos" and c.i > h.i
                        for a in [ctx.arg_at(c)] if a is not None and not a.via_reference
                        and a.type in pattern.subject_types]
        # "X is a charity with offices in Y and Z": a noun of the pattern's `verbs` (a body's
        # premises) after "with" on the class noun (or on its own phrase's noun, where the parser
        # hangs it: "the association for harbour work with offices in Y"), and its phrase of the preps
        owners = [tok, *(p for c in children_of(tok) if c.dep_ == "prep" for p in children_of(c) if p.dep_ == "pobj")]
        objects += [a for o in owners for c in children_of(o) if c.dep_ == "prep" and c.lower_ == "with"
                    for n in children_of(c) if n.dep_ == "pobj" and n.lemma_.lower() in pattern.verbs
                    for q in children_of(n) if q.dep_ == "prep" and q.lower_ in pattern.preps
                    for p in children_of(q) if p.dep_ == "pobj" for a in ctx.args_in(p, pattern.object_types)]
        if _POSSESSIVE in pattern.preps:
            # (with "'s" among the preps, a possessive before the noun too: "X, Westshire's leading
            # charity", "X is the UK's largest union")
            objects += [a for c in children_of(tok) if c.dep_ == "poss" and any(k.dep_ == "case" for k in children_of(c))
                        for a in [ctx.arg_at(c)] if a is not None and a.type in pattern.object_types]
        if subjects and objects:
            yield RuleMatch(subjects, objects, tok)


@rule_kind("by")
def _by_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"the X Report by Y", "a new study by Y, 'X'": a named publication (or a description
    of one with an apposed name, or "the report" when the document has one) with a "by"
    phrase; the agent wrote it. With `preps`, those prepositions instead of "by" ("Fair Futures,
    a report from the Harbour Trust")."""
    for by in ctx.tokens_with_lower(pattern.preps or ("by",)):
        head = by.head
        if by.dep_ != "prep" or head.pos_ not in ("NOUN", "PROPN"):
            continue
        pobjs = [p for p in children_of(by) if p.dep_ == "pobj"]
        owned = ctx.arg_at(head) if ctx.token_mention.get(head.i) is not None else None
        if owned is None and head.lemma_.lower() in pattern.lemmas:
            # the title in apposition: to the noun, or (a parser's attachment) to the agent
            apposed = [c for t in [head, *pobjs] for c in children_of(t) if c.dep_ == "appos"]
            owned = next((a for c in apposed for a in [ctx.arg_at(c)]
                          if a is not None and not a.via_reference and a.type in pattern.object_types), None)
            if owned is None and head.dep_ == "appos" and ctx.token_mention.get(head.head.i) is not None:
                # "the X Review, a report by Y,": the description is in apposition to the name
                named = ctx.arg_at(head.head)
                owned = named if named is not None and not named.via_reference else None
            if owned is None and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in children_of(head)):
                # "the report, by Y, found": the document's one report
                owned = ctx.resolve(head)
        if owned is None or owned.type not in pattern.object_types:
            continue
        agents = [a for p in pobjs for a in [ctx.arg_at(p)] if a is not None and a.type in pattern.subject_types]
        if agents:
            yield RuleMatch(agents, [owned], by)


@rule_kind("hyphen")
def _hyphen_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"a DfE-commissioned review", "the Y-commissioned X Review": a name joined by a hyphen to
    a participle of the pattern's verbs is its agent; the object is the publication named
    right after it, or the one the phrase is in apposition to ("X, a Y-commissioned review")."""
    doc = ctx.doc
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.tag_ != "VBN" or tok.i < 2 or doc[tok.i - 1].text not in ("-", "\u2010", "\u2011"):
            continue
        if ctx.token_mention.get(tok.i - 2) is None:
            continue
        agent = ctx.arg_at(doc[tok.i - 2])
        if agent is None or agent.type not in pattern.subject_types:
            continue
        mention_start = tok.i - 2
        while mention_start > 0 and ctx.token_mention.get(mention_start - 1) == ctx.token_mention.get(tok.i - 2):
            mention_start -= 1
        owned = None
        for i in range(tok.i + 1, min(len(doc), tok.i + 5)):
            if ctx.token_mention.get(i) is not None:
                arg = ctx.arg_at(doc[i])
                owned = arg if arg is not None and arg.type in pattern.object_types else None
                break
        if owned is None:
            k = mention_start - 1
            while k >= 0 and doc[k].lower_ in ("a", "an", "the"):
                k -= 1
            if k >= 1 and doc[k].text == "," and ctx.token_mention.get(k - 1) is not None:
                arg = ctx.arg_at(doc[k - 1])
                owned = arg if arg is not None and arg.type in pattern.object_types else None
        if owned is not None and owned.key != agent.key:
            yield RuleMatch([agent], [owned], tok)


@rule_kind("members")
def _members_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"Areas taking part in the X programme include A, B and C" (or a list after
    "include:"): the subject is a class noun of the pattern's lemmas (areas, councils,
    partners) whose phrase names one initiative; each member named runs it. With a copula,
    "The X pilot areas are A, B and C", the programme is named by the noun's own modifiers or
    its "in/for/of" phrase ("the areas in the X programme are"), or, for a definite noun that
    names none ("The local authorities analysed are A, B and C"), by its antecedent: the same
    noun a sentence or three before as the place a named programme is carried out ("the
    roll-out of the X model in five local authorities")."""
    for tok in [*ctx.tokens_with_lemma(("include",)), *_enumerating_copulas(ctx)]:
        if tok.pos_ not in ("VERB", "AUX") or negated(tok) or unasserted(ctx, tok):
            continue
        copula = tok.lemma_.lower() == "be"
        subj = [c for c in _copula_subjects(tok) if c.lemma_.lower() in pattern.lemmas] if copula else \
            [c for c in children_of(tok) if c.dep_ == "nsubj" and c.lemma_.lower() in pattern.lemmas]
        if len(subj) != 1:
            continue
        programme = (_own_programme(ctx, subj[0], pattern.object_types) or _clause_programme(ctx, subj[0], pattern)
                     or _antecedent_programme(ctx, subj[0], pattern)
                     if copula else ctx.first_in(subj[0], pattern.object_types))
        programmes = [programme] if programme is not None else _others_programmes(ctx, subj[0], pattern)
        if not programmes:
            continue
        members = [a for c in children_of(tok) if c.dep_ == ("attr" if copula else "dobj")
                   for a in ctx.args_in(c, pattern.subject_types)]
        if not members:
            lst = next((lst for lst in ctx.lists if lst.intro.start <= tok.i < lst.intro.end), None)
            members = [a for a in lst.items if a.type in pattern.subject_types] if lst else []
        if members:
            yield RuleMatch(members, programmes, tok)


# sentences before "the other councils are" where the group may have been named (further back
# when the two give the group's number: "the 20 other local authorities")
_OTHERS_SENTENCES = 3
_OTHERS_COUNTED_SENTENCES = 8


def _others_programmes(ctx: Context, noun: Token, pattern: RelationPattern) -> list[Arg]:
    """For "the (20) other local authorities" that name no programme, the programmes of the
    nearest sentence before, within three (eight with the group's number), that names the same group ("Along with 20 other local
    authorities, Westshire Council has received funding for Y and Z", "Westshire is one of seven
    councils chosen to pilot Y"): its other members run what that sentence says the one named
    there runs. The group's number, if both give one, agrees. A plural "other areas" with no
    determiner and no "of" phrase ("Other areas selected include A and B") takes only the one
    programme that the earlier group noun's own clause names with one of the pattern's `verbs`
    ("Westshire is one of seven areas chosen to deliver Y")."""
    if not any(c.dep_ == "amod" and c.lower_ == "other" for c in children_of(noun)):
        return []
    bare = not any(c.dep_ in ("det", "poss") for c in children_of(noun))
    if bare and (noun.tag_ != "NNS" or any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun))):
        return []
    if not bare and not any(c.dep_ == "det" and c.lower_ in ("the", "these") for c in children_of(noun)):
        return []
    number = {c.lower_ for c in children_of(noun) if c.dep_ == "nummod"}
    start = noun.sent.start
    for _ in range(_OTHERS_COUNTED_SENTENCES if number else _OTHERS_SENTENCES):
        if start <= 0:
            break
        sent = ctx.doc[start - 1].sent
        start = sent.start
        groups = [t for t in sent if t.lemma_.lower() == noun.lemma_.lower() and t.pos_ == "NOUN"
                  and (not number or number == {c.lower_ for c in children_of(t) if c.dep_ == "nummod"})]
        if not groups:
            continue
        if bare:
            clause = [arg for t in groups for arg in [_clause_programme(ctx, t, pattern)] if arg is not None]
            return clause[:1] if len(set(clause)) == 1 else []
        named: list[Arg] = []
        for t in sent:
            arg = ctx.arg_at(t) if t.i in ctx.token_mention else None
            if arg is not None and not arg.via_reference and arg.type in pattern.object_types and arg not in named:
                named.append(arg)
        return named
    return []


def _enumerating_copulas(ctx: Context) -> list[Token]:
    """Present or past "be" with a named predicate listed with others ("are A, B and C")."""
    return [t for t in ctx.tokens_with_lemma(("be",)) if t.lower_ in ("are", "were")
            and any(c.dep_ == "attr" and c.pos_ == "PROPN" and any(g.dep_ == "conj" for g in children_of(c))
                    for c in children_of(t))]


def _copula_subjects(be: Token) -> list[Token]:
    """The subject of "be"; where the parser took a participle on the subject for the main verb
    ("The areas chosen are A, B": "are" a clause under "chosen"), that participle's subject."""
    own = [c for c in children_of(be) if c.dep_ == "nsubj"]
    if own or be.dep_ != "ccomp" or be.head.tag_ not in ("VBN", "VBD") or be.head.i != be.i - 1:
        return own
    return [c for c in children_of(be.head) if c.dep_ == "nsubj"]


def _own_programme(ctx: Context, noun: Token, types: Sequence[str]) -> Arg | None:
    """The initiative a class noun's own words name: a modifier before it ("the X pilot
    areas") or the object of its "in/for/of" ("the areas in the X programme")."""
    near = [c for c in noun.lefts if c.dep_ in ("compound", "nmod")]
    near += [p for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in ("in", "for", "of")
             for p in children_of(c) if p.dep_ == "pobj"]
    for t in near:
        arg = ctx.arg_at(t) or ctx.first_in(t, types)
        if arg is not None and not arg.via_reference and arg.type in types:
            return arg
    return None


def _clause_programme(ctx: Context, noun: Token, pattern: RelationPattern) -> Arg | None:
    """The one programme a class noun's own clause names with one of the pattern's `verbs` ("the
    councils taking part in the Y pilot are", "the areas chosen to deliver Y were"), the clause
    neither negated nor undoing ("the councils that dropped Y are")."""
    named: list[Arg] = []
    for clause in (c for c in children_of(noun) if c.dep_ in ("acl", "relcl")):
        if not any(matches_trigger(clause, v) for v in pattern.verbs) or negated(clause) \
                or clause.lemma_.lower() in ctx.rules.undoing_verbs:
            return None
        for t in clause.subtree:
            arg = ctx.arg_at(t) if t.i in ctx.token_mention else None
            if arg is not None and not arg.via_reference and arg.type in pattern.object_types and arg not in named:
                named.append(arg)
    return named[0] if len(named) == 1 else None


def _antecedent_programme(ctx: Context, noun: Token, pattern: RelationPattern) -> Arg | None:
    """For a definite class noun that names no programme ("The local authorities are"), the
    programme named where the same noun was last used, in the three sentences before, as the
    place something is carried out: the object of "in"/"across" on a noun or verb whose
    other words name one initiative ("the roll-out of the X model in five local authorities",
    "X is being tested in seven areas")."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these") for c in children_of(noun)):
        return None
    start = noun.sent.start
    for _ in range(3):
        if start > 0:
            start = ctx.doc[start - 1].sent.start
    for earlier in reversed(ctx.doc[start : noun.sent.start]):
        if earlier.lemma_.lower() != noun.lemma_.lower() or earlier.dep_ != "pobj":
            continue
        prep = earlier.head
        if prep.lower_ not in ("in", "across") or prep.dep_ != "prep":
            return None
        host = prep.head
        # a verb's object or subject ("evaluate the roll-out of X across five areas"), not its
        # other phrases ("..., as part of the Y programme")
        parts = [c for c in children_of(host) if c.dep_ in ("dobj", "nsubjpass", "nsubj")] if host.pos_ in ("VERB", "AUX") \
            else [host]
        skip = {t.i for t in prep.subtree}
        named: list[Arg] = []
        for t in (u for part in parts for u in part.subtree):
            if t.i in skip:
                continue
            arg = ctx.arg_at(t) if t.i in ctx.token_mention else None
            if arg is not None and not arg.via_reference and arg.type in pattern.object_types and arg not in named:
                named.append(arg)
        return named[0] if len(named) == 1 else None
    return None


_COPULAS = frozenset({"be", "become", "remain"})


@rule_kind("member_noun")
def _member_noun_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"X is a Y pathfinder", "X, one of the Y pilot areas, said": a noun naming a place in a
    programme (the pattern's lemmas), with the programme's name before it or after "for/in/of",
    said of a body or place (as a predicate, in apposition or after "one of"), itself or as the
    modifier of a common noun ("one of three pathfinder organisations", "a trailblazer
    council")."""
    for tok, objects in _member_nouns(ctx, pattern):
        phrase = tok
        if (tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i
                and tok.head.i not in ctx.token_mention):
            # "one of three pathfinder organisations", "X, a trailblazer council": the noun the
            # place in a programme describes is what is said of the body
            phrase = tok = tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
            phrase = tok.head.head  # "one of the Y pathfinders"
        holders = _said_of(ctx, phrase)
        if holders is None:
            continue
        if phrase.dep_ == "pobj" and phrase.head.lower_ == "as" and phrase.head.head.pos_ == "VERB":
            # "X was chosen as a pathfinder for Y", "the DfE named X as a Y trailblazer", "X
            # will act as a pilot site for Y": the object of the verb, else its subject
            verb = phrase.head.head
            if negated(verb) or unasserted(ctx, verb):
                continue
            holders = ([c for c in children_of(verb) if c.dep_ in ("dobj", "oprd")]
                       or [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
                       or ([] if is_passive(verb) else [c for c in children_of(verb) if c.dep_ == "nsubj"]))
        elif phrase.dep_ == "pobj" and phrase.head.lower_ == "as" and phrase.head.head.pos_ == "NOUN":
            # "X's role as a Y pathfinder", "their experience as Y trailblazers": the owner
            holders = [c for c in children_of(phrase.head.head) if c.dep_ == "poss"]
        subjects = [a for h in holders for a in ctx.args_in(h, pattern.subject_types)]
        if subjects:
            yield RuleMatch(subjects, objects, tok)


def _said_of(ctx: Context, noun: Token) -> list[Token] | None:
    """What a noun is said of: the subject of its copula ("X is a Y"), the head it stands in
    apposition to ("X, a Y"), the subject of a copula whose "among" it is ("X is among the
    Y"); None where the copula is negated or not asserted ("X is not a Y", "X could be a Y");
    no tokens for any other place of the noun."""
    if noun.dep_ == "attr" and noun.head.lemma_ in _COPULAS:
        if negated(noun.head) or unasserted(ctx, noun.head) or _aimed_at(ctx, noun.head):
            return None
        return subject_tokens(noun.head)
    if noun.dep_ == "appos":
        return [noun.head]
    if noun.dep_ == "prep" and noun.lower_ == "among" and noun.head.lemma_ in _COPULAS:
        # "X is among the councils ..."
        if negated(noun.head) or unasserted(ctx, noun.head):
            return None
        return subject_tokens(noun.head)
    return []


def _aimed_at(ctx: Context, verb: Token) -> bool:
    """"apply to become one of the pilot areas", "hopes to become one of them": an infinitive
    on a verb of trying or wishing (the schema's unrealised_verbs), also where the parser hung
    it as an adverbial clause or the lemmatiser missed the verb ("hopes" -> "hop")."""
    if verb.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return False
    head = verb.head
    forms = {head.lemma_.lower(), head.lower_, head.lower_.removesuffix("s"), head.lower_.removesuffix("d")}
    return bool(forms & ctx.rules.unrealised_verbs)


_CLAUSES = frozenset({"relcl", "acl", "advcl", "xcomp", "ccomp", "conj"})


@rule_kind("one_of")
def _one_of_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"X is one of three areas chosen to deliver the Y programme", "X, one of 75 authorities
    to be part of Y": a body or place said to be one of a group whose own clause (on "one" or
    on the group's noun) has a verb of the pattern's lemmas (being chosen for, taking part in,
    running a programme) with the object as its object, predicate or the object of its
    preposition ("to be part of Y"); a copula's predicate too ("to be a Y Pathfinder"). The
    group may be the copula's own predicate or the object of its "among" ("A and B are the
    first areas to pilot Y", "X is among the councils testing Y"). Not where the group's
    clause is negated or undoes the object ("one of the councils that scrapped Y")."""
    doc = ctx.doc
    # only "one" and nouns are read (indexes of the token array, not a Token per word)
    toks = tokens_of(doc)
    for one in (toks[i] for i in sorted({*ctx.by_lower.get("one", ()), *pos_indexes(doc, "NOUN")})):
        if one.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(one)):
            holders = _said_of(ctx, one)
            groups = [p for c in children_of(one) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c)
                      if p.dep_ == "pobj"]
        elif one.pos_ == "NOUN" and one.i not in ctx.token_mention and (
                one.dep_ == "attr" or (one.dep_ == "pobj" and one.head.lower_ == "among")):
            # "A and B are the first areas to pilot Y", "A is among the councils testing Y": the
            # group is the copula's own predicate, or the object of its "among"
            holders = _said_of(ctx, one if one.dep_ == "attr" else one.head)
            groups = []
        else:
            continue
        if not holders:
            continue
        clauses = [c for h in (one, *groups) for c in children_of(h) if c.dep_ in ("relcl", "acl")]
        objects: list[Arg] = []
        for clause in clauses:
            for verb in _clause_verbs(clause):
                if negated(verb) or verb.lemma_.lower() in ctx.rules.undoing_verbs:
                    break
                said = [c for c in children_of(verb) if c.dep_ in ("dobj", "attr")]
                if any(matches_trigger(verb, lem) for lem in pattern.lemmas):
                    # its object, or the object of one of the preps on it or on its object
                    said += [p for h in (verb, *said) for c in children_of(h) if c.dep_ == "prep"
                             and c.lower_ in pattern.preps for p in children_of(c) if p.dep_ == "pobj"]
                elif verb.lemma_ in _COPULAS:
                    # "to be a Y Pathfinder": a programme's own name as the predicate
                    said = [o for o in said if ctx.token_mention.get(o.i) is not None]
                else:
                    continue
                objects += [a for o in said for a in ctx.args_in(o, pattern.object_types) if a not in objects]
        subjects = [a for h in holders for a in ctx.args_in(h, pattern.subject_types)]
        if subjects and objects:
            yield RuleMatch(subjects, objects, one)


def _clause_verbs(clause: Token) -> list[Token]:
    """The verbs of a clause and of the open or complement clauses under it, in order, the
    clause's own first ("chosen today to deliver": chosen, deliver)."""
    out = [clause]
    for tok in clause.subtree:
        if tok is not clause and tok.pos_ in ("VERB", "AUX") and tok.dep_ in _CLAUSES and tok.head.i in {v.i for v in out}:
            out.append(tok)
    return out


def _member_nouns(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[Token, list[Arg]]]:
    """Each noun of a place in a programme (the pattern's lemmas) with the programmes it
    names: one named before it or after "for/in/of" ("the Y pathfinder", "a pathfinder for
    Y"); else, when it names none, the document's one programme called by that noun ("X
    was selected as one of three pathfinders", "a pathfinder in the government's new
    programme", where the Y Pathfinder is the page's only pathfinder). A programme's own
    name ending in the noun is its place too: "X is a Y Pathfinder", "A and B were named as the
    first Y pathfinders"."""
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in pattern.lemmas:
            continue
        index = ctx.token_mention.get(tok.i)
        if index is not None:
            # the noun ends a programme's name: "a Y Pathfinder" (indefinite: one of its places),
            # never "the Y Pathfinder" itself
            span = ctx.spans[index]
            arg = ctx.arg_at(tok)
            if (span is None or arg is None or arg.type not in pattern.object_types or tok.i != span.end - 1
                    or span.root.dep_ not in ("attr", "pobj", "appos")):
                continue
            before = ctx.doc[span.start - 1] if span.start > 0 else None
            # ("named A and B as the first Y pathfinders": a plural after "as", places of it too)
            plural_as = tok.tag_ == "NNS" and span.root.dep_ == "pobj" and span.root.head.lower_ == "as"
            if not plural_as and (before is None or before.lower_ not in ("a", "an")):
                continue
            yield span.root, [arg]
            continue
        named = [c for c in tok.lefts if c.dep_ in ("compound", "nmod", "amod")]
        objects = [a for c in named for a in [ctx.arg_at(c)]
                   if a is not None and not a.via_reference and a.type in pattern.object_types]
        # ("X became a trailblazer for Y": the parser may hang "for Y" on the copula)
        hosts = [tok, tok.head] if tok.dep_ == "attr" and tok.head.lemma_ in _COPULAS else [tok]
        preps = [p for h in hosts for c in children_of(h) if c.dep_ == "prep" and c.lower_ in ("for", "in", "of")
                 and c.i > tok.i for p in children_of(c) if p.dep_ == "pobj"]
        objects += [a for p in preps for a in ctx.args_in(p, pattern.object_types) if a not in objects]
        generic = {noun for noun, type_ in ctx.rules.definite_references.items() if type_ == INITIATIVE}
        if (not objects and INITIATIVE in pattern.object_types and not any(c.dep_ != "amod" for c in named)
                and all(p.lemma_.lower() in generic for p in preps)):
            # a bare "pathfinder(s)", or one "in the new programme": the page's one so called
            one = ctx.salient(INITIATIVE, heads=(tok.lemma_.lower(),), by_head_only=True)
            objects = [one] if one is not None else []
        if objects:
            yield tok, objects


@rule_kind("compound_owner")
def _compound_owner_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"a Harbour Trust report, Fair Futures, ...": a class noun (the pattern's lemmas) whose
    modifier names the subject and whose apposition names the object."""
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in pattern.lemmas or ctx.token_mention.get(tok.i) is not None:
            continue
        owners = {a for c in tok.lefts if c.dep_ in ("compound", "nmod")
                  for a in [ctx.arg_at(c)] if a is not None and not a.via_reference and a.type in pattern.subject_types}
        if not owners:
            owners = {a for a in [_owner_before(ctx, tok)] if a is not None and a.type in pattern.subject_types}
        if len(owners) != 1:
            continue
        owned = [a for c in children_of(tok) if c.dep_ == "appos" and c.i > tok.i
                 for a in [ctx.arg_at(c)] if a is not None and not a.via_reference and a.type in pattern.object_types]
        if not owned:
            title = _title_after(ctx, tok)
            owned = [title] if title is not None and title.type in pattern.object_types else []
        if owned:
            yield RuleMatch(list(owners), owned[:1], tok)


# words of a class noun's own phrase between a body's name and the noun ("policy", "research",
# "new", "recent", "draft": "the Harbour Office's new policy paper", "the Harbour Office draft guide")
_CLASS_MODIFIERS = 2


def _owner_before(ctx: Context, noun: Token) -> Arg | None:
    """The body whose name ends right before a class noun's modifiers, when the parser hung the
    name elsewhere: "the Harbour Office (HO) policy paper", "the Harbour Office policy paper
    Fair Futures". At most _CLASS_MODIFIERS plain lower-case words between, and the body's
    acronym in brackets after its name."""
    doc = ctx.doc
    k = noun.i - 1
    plain = 0
    while k >= 0 and plain < _CLASS_MODIFIERS and ctx.token_mention.get(k) is None and doc[k].is_lower \
            and doc[k].pos_ in ("NOUN", "ADJ"):
        k -= 1
        plain += 1
    if k >= 2 and doc[k].text == ")" and doc[k - 2].text == "(" and ctx.token_mention.get(k - 3) is not None:
        k -= 3  # "the Harbour Office (HO) report"
    if k < 0 or ctx.token_mention.get(k) is None:
        return None
    arg = ctx.arg_at(doc[k])
    return arg if arg is not None and not arg.via_reference else None


def _title_after(ctx: Context, noun: Token) -> Arg | None:
    """The name that starts right after a class noun (after a comma or an opening quotation
    mark): "the Harbour Office policy paper, Fair Futures", "the Harbour Trust report 'Fair
    Futures'", on the noun's line; the parser often takes such a title for the subject of what
    follows."""
    doc = ctx.doc
    k = noun.i + 1
    while k < len(doc) and (doc[k].text == "," or doc[k].text in OPENING_QUOTES) and "\n" not in doc[k - 1].whitespace_:
        k += 1
    if k >= len(doc) or "\n" in doc[k - 1].whitespace_:
        return None
    index = ctx.token_mention.get(k)
    if index is None or (k > 0 and ctx.token_mention.get(k - 1) == index):
        return None
    arg = ctx.arg_at(doc[k])
    return arg if arg is not None and not arg.via_reference else None


@rule_kind("act_noun")
def _act_noun_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"the Harbour Office's publication of the Westshire Strategy", "the Office's publication in
    May 2023, of Y": the noun of an act (the pattern's lemmas) whose possessive names the actor
    (the subject) and whose "of" names what it acted on (the object); the "of" phrase after a
    date the parser hung elsewhere counts. Not a noun that is itself a name, nor one in a clause
    that is not asserted."""
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in pattern.lemmas or ctx.token_mention.get(tok.i) is not None:
            continue
        if tok.head.pos_ in ("VERB", "AUX") and (negated(tok.head) or unasserted(ctx, tok.head)):
            continue
        owners = [a for c in children_of(tok) if c.dep_ in ("poss", "nmod") and c.i < tok.i
                  for a in [ctx.arg_at(c)] if a is not None and a.type in pattern.subject_types]
        if len(owners) != 1:
            continue
        of = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"), None) or _of_after_date(tok)
        if of is None:
            continue
        objects = [a for p in children_of(of) if p.dep_ == "pobj"
                   for a in [ctx.arg_at(p)] if a is not None and a.type in pattern.object_types]
        if objects:
            yield RuleMatch(owners, objects[:1], tok)


# words of a date phrase between an act's noun and its "of" ("publication in February 2023, of Y")
_DATE_WORDS = frozenset({"in", "on", ","})


def _of_after_date(noun: Token) -> Token | None:
    """The "of" right after a date phrase that follows the noun (every word between a date entity
    word or one of _DATE_WORDS, at least one date word), in the noun's sentence."""
    doc = noun.doc
    k, dated = noun.i + 1, False
    while k < noun.sent.end and (doc[k].lower_ in _DATE_WORDS or doc[k].ent_type_ == "DATE"):
        dated = dated or doc[k].ent_type_ == "DATE"
        k += 1
    return doc[k] if dated and k < noun.sent.end and doc[k].lower_ == "of" else None
