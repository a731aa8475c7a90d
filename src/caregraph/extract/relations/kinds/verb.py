"""Verb kinds: "X leads Y" with its subject and object (active, passive, with a
preposition), and `svo`, any verb between two named entities, with the verb as predicate."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ....core.ontology import ORGANISATION, PERSON, PUBLICATION
from ....core.schema import RelationPattern
from ...syntax import CONTRAST_WORDS, children_of, conjuncts, negated, sent_at, sent_of, span_tokens
from ..context import (
    Arg,
    Context,
    agent_tokens,
    first_after,
    is_passive,
    lemma_forms,
    matches_trigger,
    quantified,
    subject_tokens,
    unasserted,
)
from ..quotes import OPENING_QUOTES
from ..registry import RuleMatch, rule_kind

if TYPE_CHECKING:
    from spacy.tokens import Token


_SUBJ = ("nsubj", "nsubjpass")


def _joint_action(verb: Token) -> bool:
    """"X joined Y in calling for Z": the object is a partner in an action ("in" with a
    gerund right after the object), not what the verb acts on; not a list of what the object
    is for that the parser hung on the verb ("endorses recommendations for Z, in assisting W,
    and in ...")."""
    ends = {max(t.i for t in o.subtree) for o in children_of(verb) if o.dep_ == "dobj"}
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and c.i - 1 in ends
        and any(p.dep_ in ("pobj", "pcomp") and p.tag_ == "VBG" for p in children_of(c))
        for c in children_of(verb)
    )


# verbs of taking part with a partner in an action named by a gerund ("X joined Y in welcoming Z")
_JOINING = frozenset({"join"})


def _joining_partners(verb: Token) -> list[Token]:
    """"X joined Y in welcoming Z", "we join Y in calling for Z": the gerund's partners, the
    objects of the verb of joining whose "in" phrase it is."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "in" or prep.dep_ != "prep":
        return []
    joining = prep.head
    if joining.lemma_.lower() not in _JOINING or joining.pos_ != "VERB" or negated(joining):
        return []
    return [c for c in children_of(joining) if c.dep_ == "dobj" and c.i < prep.i]


# adverbs that qualify a stance as partial ("X partly supports Y")
_PARTIAL = frozenset({"partly", "partially"})


def _partial(verb: Token) -> bool:
    """A verb qualified as partial: "partly", "partially" or "in part" on it."""
    return any((c.dep_ == "advmod" and c.lower_ in _PARTIAL)
               or (c.dep_ == "prep" and c.lower_ == "in" and [p.lower_ for p in children_of(c)] == ["part"])
               for c in children_of(verb))


def _organisation_speaking(ctx: Context, tok: Token) -> bool:
    """Whether "we" in a quotation is an organisation's own statement: the quotation's one
    speaker is an organisation ("Harbour Trust has issued the following statement: '...'")."""
    quote = next((q for q in ctx.quotes if q.start <= tok.i < q.end), None)
    return quote is not None and len(quote.speakers) == 1 and quote.speakers[0].type == ORGANISATION


def _text_of_its(ctx: Context, obj: Token) -> Arg | None:
    """A common noun naming nothing, owned by "its" or with a relative clause whose subject is
    "it" ("its ambition", "the opportunity it brings"): the one text or programme the previous
    sentence names, when its own sentence names none before the pronoun (Context.previous_text)."""
    if obj.pos_ != "NOUN" or ctx.arg_at(obj) is not None:
        return None
    pronouns = [c for c in children_of(obj) if c.dep_ == "poss" and c.lower_ == "its"]
    pronouns += [s for c in children_of(obj) if c.dep_ == "relcl"
                 for s in children_of(c) if s.dep_ == "nsubj" and s.lower_ == "it" and s.pos_ == "PRON"]
    return ctx.previous_text(pronouns[0]) if len(pronouns) == 1 else None


def _apposed_name(ctx: Context, tok: Token) -> Token:
    """"Jane Porter, a former teacher who founded Y": a description in apposition to a name,
    the antecedent of the clause's relative pronoun, stands for the name."""
    if tok.dep_ == "appos" and tok.pos_ == "NOUN" and ctx.token_mention.get(tok.i) is None \
            and ctx.token_mention.get(tok.head.i) is not None:
        return tok.head
    return tok


def _reported_subject(ctx: Context, verb: Token, subj: Token) -> Token:
    """"The Harbour Trust said it backed Y": "it" or "they" subject of a clause reported by a
    speech verb is that verb's subject."""
    if subj.lower_ not in ("it", "they") or subj.pos_ != "PRON":
        return subj
    clause = verb
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in ctx.rules.speech_verbs:
        return subj
    speakers = [c for c in children_of(clause.head) if c.dep_ == "nsubj"]
    if len(speakers) != 1 or speakers[0].pos_ not in ("PROPN", "NOUN"):
        return subj
    named = ctx.arg_at(speakers[0])
    # "Jane Porter said it ...": "it" is no person
    return speakers[0] if named is not None and named.type != PERSON else subj


def _described_noun(ctx: Context, participle: Token) -> Token | None:
    """What a participle clause describes ("the X Report, commissioned by Y"): the noun it hangs
    on; for a common noun that names nothing and is no reference ("an event chaired by X, Jane
    Porter from Y"), the last name before the clause in that noun's phrase ("this year's X
    Barometer, to be published by Y"), else the name the noun's description opens its sentence
    with (`opening_apposition`: "Westby Links, a scheme run by Y"), else none; never a name inside
    the clause (what X chaired is the event, not the body named after X)."""
    head = participle.head
    if (ctx.token_mention.get(head.i) is not None or head.pos_ != "NOUN"
            or head.lemma_.lower() in ctx.rules.definite_references):
        return head
    inside = {t.i for t in participle.subtree}
    before = [t for t in head.subtree if t.i < participle.i and t.i not in inside and ctx.token_mention.get(t.i) is not None]
    return before[-1] if before else opening_apposition(ctx, head)


# the words a description in apposition may open with ("Y, a scheme ...", "Y, the scheme ...")
_DESCRIPTION_OPENERS = frozenset({"a", "an", "the"})


def opening_apposition(ctx: Context, noun: Token) -> Token | None:
    """"Westby Links, a scheme run by the Harbour Trust, helps ...": a name opening its sentence,
    then a comma and a description, which the parser takes for an adverb or a subject of its
    own, or hangs the description's noun on a word before it ("Westby Links, a small and
    hopeful scheme run by X"); the description's noun stands for the name. None
    unless the words between the comma and the noun are the description's own (no comma, no
    verb of a clause) and the name is a mention that opens the sentence and does not depend on
    the noun."""
    doc, sent = noun.doc, sent_of(noun)
    comma = noun.i - 1
    while comma > sent.start and noun.i - comma <= 8 and doc[comma].text != ",":
        if doc[comma].pos_ in ("AUX", "PUNCT") or (doc[comma].pos_ == "VERB" and doc[comma].dep_ not in ("amod", "compound", "acl", "conj")):
            return None
        comma -= 1
    if doc[comma].text != "," or comma + 1 >= noun.i or doc[comma + 1].lower_ not in _DESCRIPTION_OPENERS:
        return None
    name = doc[comma - 1] if comma - 1 >= sent.start else None
    index = ctx.token_mention.get(name.i) if name is not None else None
    if name is None or index is None:
        return None
    first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    if first is None or ctx.token_mention.get(first.i) != index or noun in name.ancestors:
        return None
    return name


@rule_kind("verb")
def _verb_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"X leads Y", "Y, led by X", "Y was launched by X", "X contributed to Y"."""
    return _verb_matches(ctx, pattern)


def _verb_matches(ctx: Context, pattern: RelationPattern, *, mixed_only: bool = False) -> Iterator[RuleMatch]:
    """The verb kind's matches; with `mixed_only`, only a stance verb's with a reservation
    (mixed_verdict), which the stance relation itself leaves out."""
    firsts = _trigger_firsts(pattern.lemmas)
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ not in ("VERB", "AUX") and not _mistagged_verb(tok):
            continue
        # (matches_trigger for the lemmas whose first word is one of the token's lemma forms:
        # the others cannot match)
        forms = lemma_forms(tok)
        if not any(matches_trigger(tok, lem) for lem, first in firsts if first in forms):
            continue
        if negated(tok) or unasserted(ctx, tok):
            continue
        clause_name = -1  # the token of a name the parser read as a clause of the verb (_name_read_as_clause)
        if pattern.preps:
            # "X contributed to Y", "X is based in Y", "X was part of Y"
            heads = [tok, *[c for c in children_of(tok) if c.dep_ in ("prt", "dobj", "attr", "acomp")]]
            heads += quantified(heads)  # "shared some of its views with Y"
            # ("gave evidence to the committee": the parser's "dative" is a preposition too)
            objects_tok = [
                p for h in heads for c in children_of(h) if c.dep_ in ("prep", "dative") and c.lower_ in pattern.preps
                for p in children_of(c) if p.dep_ == "pobj"
            ]
            # "X called for Y to be adopted": the preposition marks a clause whose subject is Y
            # (not "for Y to be scrapped": a call to undo Y is no support for it)
            objects_tok += [
                s for c in children_of(tok) if c.dep_ in ("advcl", "ccomp")
                if any(m.dep_ == "mark" and m.lower_ in pattern.preps for m in children_of(c))
                and c.lemma_.lower() not in ctx.rules.undoing_verbs and not negated(c)
                for s in children_of(c) if s.dep_ in _SUBJ
            ]
            named = _name_before_participle(ctx, tok, pattern.inverse)
            subjects_tok = [named] if named is not None else (
                [c for c in children_of(tok) if c.dep_ in _SUBJ] or _before_participle(tok, subject_tokens(tok)))
            # "the X programme, which is being tested in Y": the relative pronoun is the noun
            subjects_tok = [tok.head if s.tag_ in ("WDT", "WP") and tok.dep_ == "relcl" else s
                            for s in subjects_tok]
            if not subjects_tok and tok.dep_ in ("acl", "relcl") and (
                    ctx.arg_at(tok.head) is not None
                    or any(t.i < tok.i and t.i in ctx.token_mention for t in tok.head.subtree)):
                # (only a noun that names something before the clause, "the Y model being trialled
                # in Z": "the opportunity to comment on Y" is no actor, and a name inside the clause
                # is what it is about, not who acts)
                subjects_tok = [tok.head]
        elif is_passive(tok):
            objects_tok = [c for c in children_of(tok) if c.dep_ == "nsubjpass"]
            passive = tok
            if not objects_tok and tok.dep_ == "conj" and is_passive(tok.head):
                # "Y, commissioned by X and carried out by Z": the first participle's object
                passive = tok.head
                objects_tok = [c for c in children_of(passive) if c.dep_ == "nsubjpass"]
            if not objects_tok and passive.dep_ in ("acl", "relcl"):
                objects_tok = [t for t in [_described_noun(ctx, passive)] if t is not None]
            if not objects_tok and tok.dep_ == "advcl":
                # "the X Report, to be published by Y": a clause after a comma that the parser
                # hung on the main verb describes the name before the comma
                first = min(t.i for t in tok.subtree)
                if first >= 2 and ctx.doc[first - 1].text == "," and ctx.token_mention.get(first - 2) is not None:
                    objects_tok = [ctx.doc[first - 2]]
                elif _opening_participle(tok):
                    # "Commissioned by X, the Y Review will report in May": a participle clause
                    # opening the sentence describes the main clause's subject
                    objects_tok = [c for c in children_of(tok.head) if c.dep_ in _SUBJ]
            # ("the X project, which was funded by Y and led by Z": the pronoun of the first
            # participle stands for the noun that participle's clause describes, not for it)
            objects_tok = [passive.head if o.tag_ in ("WDT", "WP") else o for o in objects_tok]
            # "the X Review, a report commissioned by Y": the description in apposition to a name
            objects_tok = [o.head if o.dep_ == "appos" and o.pos_ == "NOUN" and ctx.token_mention.get(o.i) is None
                           and ctx.token_mention.get(o.head.i) is not None else o for o in objects_tok]
            # ("Y, a scheme run by X, helps ...", the name opening the sentence misparsed as an adverb)
            objects_tok = [(opening_apposition(ctx, o) or o) if o.pos_ == "NOUN" and ctx.token_mention.get(o.i) is None
                           else o for o in objects_tok]
            subjects_tok = agent_tokens(tok)
            if pattern.relation in ctx.rules.stance_relations:
                # "funded by GBP 5m from X", "backed by GBP 5 million of funding from X": the giver
                subjects_tok = [s for a in subjects_tok for s in _money_source(ctx, tok, a)]
        else:
            if _joint_action(tok):
                continue
            objects_tok = [c for c in children_of(tok) if c.dep_ in ("dobj", "attr")]
            if not objects_tok and (read := _name_read_as_clause(ctx, tok)) is not None:
                clause_name = read.i
                objects_tok = [read]
            named = _name_before_participle(ctx, tok, pattern.inverse)
            subjects_tok = [named] if named is not None else _before_participle(tok, subject_tokens(tok))
            if named is not None and tok.dep_ == "amod":
                # ("comprising A" read as one noun: A is the participle's object)
                objects_tok += [tok.head]
            # "the X pilot, which the council is running": the relative pronoun is the noun
            objects_tok = [tok.head if o.tag_ in ("WDT", "WP") and tok.dep_ == "relcl" else o for o in objects_tok]
            # "gave its backing for Y", "expressed support for Y": a trigger noun's beneficiary
            nouns = [c for c in objects_tok for lem in pattern.lemmas
                     if len(lem.split()) == 2 and lem.split()[0] == tok.lemma_.lower() and c.lemma_.lower() == lem.split()[1]]
            if nouns:
                objects_tok += [p for h in [tok, *nouns] for c in children_of(h)
                                if c.dep_ in ("prep", "dative") and c.lower_ in ("for", "to", "behind")
                                for p in children_of(c) if p.dep_ == "pobj"]
        subjects_tok = [_reported_subject(ctx, tok, _apposed_name(ctx, s)) for s in subjects_tok]
        if pattern.relation in ctx.rules.speaker_only:
            # "we welcome X" in Jane's quotation: Jane's view, not her organisation's (a statement
            # an organisation itself issues speaks as it: "Harbour Trust said: 'We welcome X'")
            subjects_tok = [s for s in subjects_tok if s.lower_ not in ("we", "us") or not ctx.in_quotation(s)
                            or _organisation_speaking(ctx, s)]
        if pattern.relation in ctx.rules.stance_relations:
            # "X joined Y in welcoming Z": the partner takes the stance too
            subjects_tok += [p for p in _joining_partners(tok) if p not in subjects_tok]
        if pattern.relation in ctx.rules.stance_relations and _partial(tok):
            continue  # "X agreed with Y in part", "X partly backs Y": a qualified stance, no support
        if pattern.relation in ctx.rules.stance_relations and _obliged(ctx, tok):
            # "X should back Y": someone's proposal for X, not X's stance (a page's or a
            # speaker's own "we should back Y" is the quotation kind's evaluative word)
            continue
        # "X welcomes Y. However, serious concerns remain": a response to a text (the mixed_verb kind)
        mixed = pattern.relation in ctx.rules.stance_relations and _mixed_lemma(ctx, tok) and mixed_verdict(ctx, tok)
        if mixed_only and not mixed:
            continue
        subjects = [a for s in subjects_tok for a in _subject_args(ctx, tok, s, pattern.subject_types)]
        if not subjects and tok.tag_ == "VBG" and ((tok.dep_ == "advcl" and tok.i < tok.head.i)
                                                   or (tok.dep_ == "csubj" and tok.i == tok.sent.start)):
            # "Welcoming the Bill, Jane Smith, chief executive of X, said": the first name after
            # (an opening participle the parser may take for the clause's subject; not one after the
            # main verb, "the figures come from Y, consisting of A, B and C": B is no subject)
            comma = next((t.i for t in ctx.doc[tok.i : tok.sent.end] if t.text == ","), None)
            if comma is not None:
                subjects = first_after(ctx, comma + 1, pattern.subject_types)
        if pattern.government_subjects:
            # "the Department for Harbours launched the Y pilot": the department backs the pilot that
            # councils run ("only": the stance pattern; "never": the running one)
            subjects = [a for a in subjects if government_body(ctx.entity[a.key].label, ctx.rules.government_first_words,
                                                          ctx.rules.government_last_words)
                        == (pattern.government_subjects == "only")]
        if not subjects:
            continue   # (what follows only narrows the objects: no match without a subject)
        # "published (in May) a new report, 'Y'": a quoted title after the verb's noun of a text
        title = (_quoted_title_after(ctx, tok) if pattern.relation in ctx.rules.made_relations
                 and PUBLICATION in pattern.object_types and not is_passive(tok) else None)
        if pattern.relation in ctx.rules.made_relations:
            # "launched an inquiry into Y": the verb acts on the inquiry, not on its topic
            objects_tok = [o for o in objects_tok if not _topic_noun(ctx, o)]
            # "published a paper reviewing Y", "evidence submitted to Y": the paper, not Y
            objects_tok = [o for o in objects_tok if not _named_in_clause_only(ctx, o, pattern.object_types)]
            # "published its report, responding to the X Strategy, 'Y'": a name behind the verb's
            # adverbial clause is that clause's, which the parser hung on the verb as a second object
            objects_tok = [o for o in objects_tok if not _behind_clause(tok, o)]
            # "commissioned X to conduct an analysis", "X was commissioned to be the delivery
            # partner": the one engaged to do the work, not the work made
            objects_tok = [o for o in objects_tok if not _engaged_to_act(tok, o)]
        if pattern.relation in ctx.rules.stance_relations:
            # "welcomed an evaluation of Y", "backed calls for an inquiry into Y": a text about Y
            objects_tok = [o for o in objects_tok if not about_in_text(ctx, o, pattern.object_types)]
            # "welcomed the concerns raised about Y": a criticism of Y, no support for it
            objects_tok = [o for o in objects_tok if not criticism_noun(ctx, o)]
        if pattern.relation in ctx.rules.answering_relations:
            # "Jane Porter reflected on her 2011 review", "the Office responded to its consultation":
            # the subject's own text, no answer to another's
            objects_tok = [o for o in objects_tok if not _own_text(o, subjects)]
        relative = _relative_object(tok, objects_tok, pattern.preps)
        if relative is not None:
            # "the measures that X has campaigned for, including Y", "the plan, which X welcomed"
            objects_tok = [o for o in objects_tok if not _is_relative_pronoun(o)]
        if pattern.verbs:
            # "Y comprises 15 local authorities including A and B": a common noun the verb takes
            # is one of the pattern's group nouns (not "comprises three stages, including A's review")
            objects_tok = [o for o in objects_tok if ctx.token_mention.get(o.i) is not None
                           or o.lemma_.lower() in pattern.verbs or o.lower_ in pattern.verbs]
        # (a name read as a clause is only that name: not the first name of the object's type in
        # the clause, when the name's own is of another type)
        objects = [a for o in objects_tok for a in (
            ctx.args_in(o, pattern.object_types) if o.i != clause_name
            else [n for n in [ctx.arg_at(o)] if n is not None and n.type in pattern.object_types])]
        if title is not None and (named := ctx.arg_at(title)) is not None and named not in objects:
            objects.append(named)
        if pattern.relation in ctx.rules.stance_relations:
            # "endorses recommendations for X, Y and Z": each proposal as well as the text
            objects += [a for o in objects_tok for a in ctx.proposals_named(o, tok, pattern.object_types)
                        if a not in objects]
            # (a verb of setting up names what it sets up, never a referent of the words below:
            # "launching the largest investment in Y" sets up no programme of the page's)
            referents = not pattern.government_subjects
            if not objects and referents:
                # "the investment has been welcomed by X": the page's one programme
                objects = [a for o in objects_tok if (a := ctx.funded_programme(o, pattern.object_types)) is not None][:1]
            if not objects and referents:
                # "X welcomes its ambition", "welcomes the opportunity it brings": the text or
                # programme the previous sentence names
                objects = [a for o in objects_tok if (a := _text_of_its(ctx, o)) is not None
                           and a.type in pattern.object_types][:1]
        if not objects and not pattern.government_subjects and (pattern.relation in ctx.rules.stance_relations
                                                              or pattern.relation in ctx.rules.answering_relations):
            # "X welcomed the announcement", "hailed the move", "responded to the news": the programme
            # or text named just before or in the page's opening (Context.event_referent)
            objects = [a for o in objects_tok if (a := ctx.event_referent(o, pattern.object_types)) is not None][:1]
        if relative is not None:
            objects += [a for a in _named_or_listed(ctx, relative, pattern.object_types) if a not in objects]
        if pattern.relation in ctx.rules.stance_relations:
            # "the Committee's recommendation that Z commits to supporting this": a verb inside
            # the words that name a proposal is part of it, no stance on it
            own = ctx.token_mention.get(tok.i)
            if own is not None:
                objects = [a for a in objects if a.key != ctx.keys[own]]
        if pattern.relation in ctx.rules.commissioning_relations:
            # "the Harbour Bill, launched by the Department": a law is its maker's own act
            objects = [a for a in objects if head_word(ctx.entity[a.key].label) not in ctx.rules.own_text_heads]
        if mixed:
            objects = [a for a in objects if (a.type == PUBLICATION) == mixed_only]
        if subjects and objects:
            yield RuleMatch(subjects, objects, tok)


_TITLE_GAP = frozenset({",", ":"})


def _quoted_title_after(ctx: Context, verb: Token) -> Token | None:
    """"published (in May) a new report, 'Y'", "wrote a report this month 'Y'": the noun of a
    text right after the verb (past a bracket, an article and a few lower-case modifiers) and a
    title in quotation marks right after that noun (past a comma, an article or a phrase of time),
    which the parser hung anywhere: the first token of the title's name. None when anything
    else comes between, or the name there is no Publication's."""
    doc = ctx.doc
    # (a word-by-word walk of a few kinds of tokens, each step checked: not held to the verb's
    # sentence, which the parser may end at a bracket: "published (20 May) a report, 'Y'")
    stop = len(doc)
    k = verb.i + 1
    if k < stop and doc[k].text == "(":
        k = next((i + 1 for i in range(k + 1, min(stop, k + _BRACKET)) if doc[i].text == ")"), stop)
    if k < stop and doc[k].dep_ in ("det", "poss") and doc[k].pos_ in ("DET", "PRON"):
        k += 1
    for _ in range(_TEXT_MODIFIERS):
        if k >= stop or ctx.token_mention.get(k) is not None or not (doc[k].is_lower or doc[k].like_num):
            return None
        lemma = doc[k].lemma_.lower()
        if doc[k].pos_ == "NOUN" and (ctx.rules.definite_references.get(lemma) == PUBLICATION
                                      or lemma in ctx.rules.title_nouns):
            break
        if doc[k].pos_ not in ("ADJ", "NUM", "NOUN") and not doc[k].like_num:
            return None
        k += 1
    else:
        return None
    k += 1
    for _ in range(_TITLE_GAP_WORDS):
        if k >= stop or doc[k].text in OPENING_QUOTES:
            break
        if not (doc[k].text in _TITLE_GAP or doc[k].dep_ == "npadvmod" or (doc[k].dep_ == "det" and doc[k].head.dep_ == "npadvmod")
                or (doc[k].dep_ == "det" and k + 1 < stop and doc[k + 1].text in OPENING_QUOTES)):
            return None
        k += 1
    if k + 1 >= stop or doc[k].text not in OPENING_QUOTES:
        return None
    if doc[k + 1].lower_ in ("the", "a", "an") and ctx.token_mention.get(k + 1) is None:
        k += 1  # "'The Harbour Plan'" named "Harbour Plan"
    index = ctx.token_mention.get(k + 1) if k + 1 < stop else None
    if index is None or ctx.entity[ctx.keys[index]].type != PUBLICATION:
        return None
    return doc[k + 1]


_BRACKET = 8          # "(20 May 2024)"
_TEXT_MODIFIERS = 5   # "its first annual report"
_TITLE_GAP_WORDS = 3  # ", this month", "a"


_TRIGGER_FIRSTS: dict[tuple[str, ...], tuple[tuple[str, str], ...]] = {}


def government_body(label: str, first_words: frozenset[str], last_words: frozenset[str]) -> bool:
    """Whether a body's name opens with a word of national government that opens one ("Department
    for Harbours", "Ministry of Westland Affairs") or ends with one that closes one ("Westland
    Government", "Westland Treasury"); not "Westshire County Council Education Department" (a
    council's department: the word that opens a national body's name closes it), "Westshire Local
    Government Forum", nor "Westshire Council"."""
    names = [w.strip(".,'’()").lower() for w in label.split()]
    names = [w for w in names if w]
    return bool(names) and (names[0] in first_words or names[-1] in last_words)


def _trigger_firsts(lemmas: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """Each trigger lemma with its first word, in order (split once per process)."""
    key = tuple(lemmas)
    found = _TRIGGER_FIRSTS.get(key)
    if found is None:
        found = _TRIGGER_FIRSTS[key] = tuple((lem, lem.split()[0]) for lem in key)
    return found


def _name_read_as_clause(ctx: Context, verb: Token) -> Token | None:
    """A name opening with a verb's form that the parser read as a clause of the verb before it
    ("the council will pilot Making Harbours Safe", "X welcomed Keeping Westshire Warm": the
    title's first word an xcomp or ccomp of the verb): that first word, when it opens a mention,
    is capitalised, follows the verb at once (or after "the") and has no "to" or subject of its
    own (not "agreed to Support Y", "said Making Y work is hard")."""
    for child in children_of(verb):
        if (child.dep_ not in ("xcomp", "ccomp") or child.pos_ not in ("VERB", "AUX") or not child.is_title
                or child.i - verb.i not in (1, 2) or (child.i - verb.i == 2 and ctx.doc[verb.i + 1].lower_ != "the")):
            continue
        index = ctx.token_mention.get(child.i)
        span = ctx.spans[index] if index is not None else None
        if span is None or span.start != child.i \
                or any(c.dep_ in ("aux", "nsubj", "nsubjpass", "mark") for c in children_of(child)):
            continue
        return child
    return None


def _mistagged_verb(tok: Token) -> bool:
    """A verb the parser tagged a plural noun and joined to a verb ("the Y hub, which launched in
    2024 and comprises of 15 authorities"): a bare noun (no determiner, possessive or number)
    conjoined to a verb, with a preposition or object of its own."""
    return (tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in children_of(tok))
            and any(c.dep_ in ("prep", "dobj") for c in children_of(tok)))


# possessive pronouns that stand for a subject of each type
_OWN_PRONOUNS = {PERSON: frozenset({"his", "her", "their"}), ORGANISATION: frozenset({"its", "their"})}


def head_word(label: str) -> str:
    """The head word of a name, lower-cased: its last word of letters, or the last before "of"
    or "for" ("Children Act 1989" -> "act", "Independent Review of Y" -> "review")."""
    words = label.split()
    cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in ("of", "for")), len(words))
    letters = [w for w in words[:cut] if w.isalpha()]
    return letters[-1].lower() if letters else ""


def _own_text(obj: Token, subjects: Sequence[Arg]) -> bool:
    """Whether an object noun has a possessive pronoun that can stand for the verb's subject
    ("her review" of a person, "its consultation" of a body)."""
    words = {w for s in subjects for w in _OWN_PRONOUNS.get(s.type, ())}
    return any(c.dep_ == "poss" and c.lower_ in words for c in children_of(obj))


def _mixed_lemma(ctx: Context, verb: Token) -> bool:
    """Whether a verb is one of the mixed_verb patterns' lemmas (the verbs of welcome)."""
    lemmas = ctx.cache.get("mixed_lemmas")
    if lemmas is None:
        lemmas = ctx.cache["mixed_lemmas"] = frozenset(
            lem for p in ctx.rules.patterns if p.kind == "mixed_verb" for lem in p.lemmas)
    return verb.lemma_.lower() in lemmas


# words that open a sentence of reservation after the welcome ("However, ...", "But ...")
_CONTRAST_OPENERS = frozenset({"however", "but", "yet", "nevertheless", "nonetheless"})
_RESERVATION_SENTENCES = 2  # the welcome's reservation comes in the next sentence or the one after


def _criticism(ctx: Context) -> frozenset[str]:
    """The lexical class of criticism: the lemmas of the reaction pattern of the relation that is
    no stance (relations.yaml, responded-reaction), without the contrast words."""
    found = ctx.cache.get("criticism_words")
    if found is None:
        found = ctx.cache["criticism_words"] = frozenset(
            lem for p in ctx.rules.patterns if p.kind == "reaction" and p.relation not in ctx.rules.stance_relations
            for lem in p.lemmas) - CONTRAST_WORDS
    return found  # type: ignore[no-any-return]


def criticism_noun(ctx: Context, tok: Token) -> bool:
    """A common noun of criticism that names nothing ("concerns about Y", "the worries raised over
    Y"): what a stance on it is about is the criticism, not its topic (_criticism)."""
    return tok.pos_ == "NOUN" and ctx.token_mention.get(tok.i) is None and tok.lemma_.lower() in _criticism(ctx)


def mixed_verdict(ctx: Context, verb: Token) -> bool:
    """Whether a verb of welcome comes with a reservation of its speaker: a contrast word and a
    word of criticism (not negated) in the verb's sentence outside its object ("X welcomes Y but
    is concerned that ...", "While X welcomes Y, it regrets ..."), or in the next sentence or the
    one after, the first that opens with a contrast word or holds "however", when no other person
    or body is named up to it ("X welcomes Y. However, serious concerns remain about ..."). Not "X
    welcomes Y's plans to tackle concerns about Z" (inside the object), not "X welcomes Y.
    However, Z is disappointed" (another voice)."""
    criticism = _criticism(ctx)
    sent = sent_of(verb)
    inside = {t.i for c in children_of(verb) if c.dep_ in ("dobj", "attr", "prep") for t in c.subtree}
    own = [t for t in span_tokens(sent) if t.i != verb.i and t.i not in inside]
    if _reserved(own, criticism, require_contrast=True):
        return True
    own_names = {ctx.keys[i] for c in children_of(verb) if c.dep_ in _SUBJ for t in c.subtree
                 if (i := ctx.token_mention.get(t.i)) is not None}
    end = sent.end
    for _ in range(_RESERVATION_SENTENCES):
        if end >= len(ctx.doc):
            return False
        nxt = sent_at(ctx.doc, end)
        end = nxt.end
        nxt_words = span_tokens(nxt)
        named = {ctx.keys[i] for t in nxt_words if (i := ctx.token_mention.get(t.i)) is not None
                 and ctx.entity[ctx.keys[i]].type in (PERSON, ORGANISATION)}
        if named - own_names:
            return False  # another voice: "However, Z is disappointed"
        words = [t for t in nxt_words if not (t.is_space or t.is_punct)]
        if words and (words[0].lower_ in _CONTRAST_OPENERS or any(t.lower_ == "however" for t in words)):
            return _reserved(words, criticism, require_contrast=False)
    return False


def _reserved(tokens: Sequence[Token], criticism: frozenset[str], *, require_contrast: bool) -> bool:
    """A word of criticism that no negation undoes among the tokens (after a contrast word, when
    one is required)."""
    seen_contrast = not require_contrast
    for t in tokens:
        if t.lower_ in CONTRAST_WORDS:
            seen_contrast = True
            continue
        if seen_contrast and (t.lemma_.lower() in criticism or t.lower_ in criticism) and not negated(t) \
                and not any(c.dep_ == "neg" for c in children_of(t.head) if t.dep_ in ("acomp", "dobj", "attr")):
            return True
    return False


@rule_kind("mixed_verb")
def _mixed_verb_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"X welcomes Y. However, serious concerns remain", "X welcomed Y but is concerned ...": a verb of
    welcome (this pattern's lemmas, read as the stance relation's verb rule reads them) with a
    reservation of its speaker (mixed_verdict) is a response to Y, not support for it."""
    stance = next(iter(sorted(ctx.rules.stance_relations)), None)
    if stance is None:
        return
    as_stance = replace(pattern, relation=stance)
    for match in _verb_matches(ctx, as_stance, mixed_only=True):
        yield match


def _money_source(ctx: Context, verb: Token, agent: Token) -> list[Token]:
    """The agent of a passive, or, when it is a sum of money ("by GBP 5m", "by GBP 5 million of
    funding"), the "from" phrase that gives it, on the sum, its "of" noun or the verb."""
    if not (agent.like_num or agent.tag_ == "$" or agent.pos_ == "NUM"):
        return [agent]
    holders = [agent, verb, *(p for c in children_of(agent) if c.dep_ == "prep" and c.lower_ == "of"
                               for p in children_of(c) if p.dep_ == "pobj")]
    givers = [p for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "from"
              for p in children_of(c) if p.dep_ == "pobj"]
    return givers or [agent]


def _opening_participle(verb: Token) -> bool:
    """A past participle opening its sentence as a clause on the main verb, a comma after the
    clause ("Funded by X, the Y programme will ..."; not "Once funded by X, ...", whose clause
    has a subordinator and may not hold)."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.head.i < verb.i:
        return False
    span = list(verb.subtree)
    first, last = span[0].i, span[-1].i
    doc = verb.doc
    return (first == verb.sent.start and verb.i == first and last + 1 < len(doc)
            and doc[last + 1].text == "," and not any(c.dep_ == "mark" for c in children_of(verb)))


def _obliged(ctx: Context, verb: Token) -> bool:
    """A verb under a modal or verb of obligation ("X should back Y", "must support", "needs to
    back"; of a verb it is joined to: "should welcome and back Y")."""
    words = ctx.rules.obligation_words
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "aux" and c.lower_ in words for h in heads for c in children_of(h)) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words)


def _name_before_participle(ctx: Context, verb: Token, describing: bool = False) -> Token | None:
    """The name a present participle right after it describes: "the Harbour Alliance, comprising
    A and B" (the participle a clause on the name), or, where the parser hung the participle
    elsewhere, the name right before it past a dash ("the Harbour Alliance - comprising A and B -
    said": on the main verb, or on "A" as its adjective) or past a comma when the main verb's
    subject comes after the participle ("the Harbour Alliance, consisting of A, B and C, said",
    with "B" taken for the subject). A participle that `describing` (a pattern read backwards,
    whose subject is the whole: "comprising", "consisting of") takes the name that ends right
    before it past a comma or a dash wherever its head is ("X works with the Harbour Alliance,
    comprising A and B", the participle on "works": X is no whole of A and B); any other keeps the
    main verb's subject there ("X wrote to Westshire Council, welcoming Y": X welcomes Y). None
    for any other participle."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl", "amod"):
        return None
    if verb.dep_ == "acl" and verb.head.i < verb.i and ctx.arg_at(verb.head) is not None:
        return verb.head
    if verb.dep_ == "acl" and not describing:
        return None
    before = verb.i - 2
    if before < verb.sent.start or ctx.token_mention.get(before) is None:
        return None
    mark = ctx.doc[verb.i - 1].text
    if describing:
        span = ctx.spans[ctx.token_mention[before]]
        return ctx.doc[before] if mark in _DASHES | {","} and span is not None and span.end == before + 1 else None
    if verb.head.i < verb.i:
        return None
    if mark in _DASHES:
        return ctx.doc[before]
    if mark == "," and verb.dep_ == "advcl" and not any(
            c.dep_ in _SUBJ and c.i < verb.i for c in children_of(verb.head)):
        return ctx.doc[before]
    return None


def _before_participle(verb: Token, subjects: list[Token]) -> list[Token]:
    """The subjects of a participle clause inherited from the main verb that come before it:
    "the Harbour Alliance, consisting of A, B and C, said" with "B" taken for a second subject
    of "said" (a member of the participle's own list, never who it describes)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return subjects
    return [s for s in subjects if s.i < verb.i] or subjects


_DASHES = frozenset({"-", "\u2013", "\u2014"})


def _subject_args(ctx: Context, verb: Token, subj: Token, types: Sequence[str]) -> list[Arg]:
    """The entities a subject token names (the nearest member, for a singular relative clause on
    a coordination: _antecedent)."""
    one = _antecedent(verb, subj)
    if one.i == subj.i:
        return ctx.args_in(subj, types)
    arg = ctx.arg_at(one)
    return [arg] if arg is not None and arg.type in types else []


def _antecedent(verb: Token, subj: Token) -> Token:
    """"X and Z, which runs Y": a relative clause whose verb is singular is on one member of the
    coordination it follows, the nearest before it, though the parser hangs it on the first
    (not "X and Z, which run Y", nor "which ran Y")."""
    if verb.dep_ == "relcl" and subj.i == verb.head.i and (
            verb.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBZ" for c in children_of(verb))):
        members = [m for m in [subj, *conjuncts(subj)] if m.i < verb.i]
        if len(members) >= 2:
            return max(members, key=lambda m: m.i)
    return subj


def _topic_noun(ctx: Context, tok: Token) -> bool:
    """A common noun that names no entity itself and has a topic phrase ("an inquiry into Y",
    "a report on Y")."""
    topics = ctx.rules.topic_preps
    if tok.lemma_.lower() in ctx.rules.topic_nouns:
        topics = topics | {"of"}  # "an evaluation of Y", "a review of the Y programme"
    return (tok.pos_ == "NOUN" and ctx.arg_at(tok) is None
            and any(c.dep_ == "prep" and c.lower_ in topics for c in children_of(tok)))


def about_in_text(ctx: Context, tok: Token, types: Sequence[str]) -> bool:
    """Whether the first name of an allowed type in a phrase is the topic of a text or inquiry
    noun inside it that names nothing itself ("an evaluation of Y", "calls for an inquiry into
    Y", "the consultation on Y"; the schema's topic_nouns with an "of" or topic preposition)."""
    first = next((t for t in tok.subtree if t.i in ctx.token_mention
                  and ctx.entity[ctx.keys[ctx.token_mention[t.i]]].type in types), None)
    if first is None:
        return False
    topics = ctx.rules.topic_preps | {"of"}
    at = first
    while at.i != tok.i and at.head.i != at.i:
        prep = at.head
        if (at.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in topics
                and prep.head.lemma_.lower() in ctx.rules.topic_nouns and prep.head.i not in ctx.token_mention):
            return True
        at = at.head
    return False


def _engaged_to_act(verb: Token, obj: Token) -> bool:
    """Whether a verb's object is the one it engages to act: the active verb's direct object
    followed by the verb's open clause ("commissioned X to conduct Y", the object controls the
    infinitive), or the passive subject of a verb with a clause "to be" a noun ("X was
    commissioned to be the delivery partner"); not a purpose clause ("launched the X Review to
    improve outcomes", which the parser hangs on the verb as an adverbial clause)."""
    def infinitive(c: Token) -> bool:
        return any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
    if obj.dep_ == "dobj":
        return any(c.dep_ == "xcomp" and c.i > obj.i and infinitive(c) for c in children_of(verb))
    if obj.dep_ == "nsubjpass":
        return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() == "be" and infinitive(c)
                   and any(a.dep_ == "attr" and a.pos_ == "NOUN" for a in children_of(c)) for c in children_of(verb))
    return False


def _behind_clause(verb: Token, obj: Token) -> bool:
    """Whether an object of a verb comes after one of the verb's adverbial or participle clauses
    that itself follows the verb ("published its report, responding to the Strategy, 'Y'"): the
    verb governs what comes before its clause, not a name behind it."""
    return obj.dep_ != "nsubjpass" and any(
        c.dep_ in ("advcl", "xcomp", "ccomp") and verb.i < c.i < obj.i for c in children_of(verb)
    )


def _named_in_clause_only(ctx: Context, tok: Token, types: Sequence[str]) -> bool:
    """A common noun that names no entity itself, whose first name of an allowed type is inside
    a participle clause on it ("a paper reviewing Y", "evidence submitted to Y"); a clause that
    gives the noun its name ("a report entitled Y", "a scheme called Y": an object predicate)
    names the noun's referent."""
    if tok.pos_ != "NOUN" or ctx.arg_at(tok) is not None:
        return False
    clauses = [c for c in children_of(tok) if c.dep_ == "acl" and not any(g.dep_ == "oprd" for g in children_of(c))]
    if not clauses:
        return False
    inside = {t.i for c in clauses for t in c.subtree}
    for t in tok.subtree:
        index = ctx.token_mention.get(t.i)
        if index is not None and ctx.entity[ctx.keys[index]].type in types:
            return t.i in inside
    return False


def _is_relative_pronoun(tok: Token) -> bool:
    return tok.tag_ in ("WDT", "WP") or (tok.lower_ in ("that", "which", "who") and tok.pos_ == "PRON")


def _relative_object(verb: Token, objects_tok: list[Token], preps: Sequence[str]) -> Token | None:
    """The noun a relative clause is on, when the clause's object is its relative pronoun ("the
    plan, which X welcomed") or a stranded preposition ("the measures X has campaigned for")."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(_is_relative_pronoun(o) for o in objects_tok):
        return verb.head
    stranded = [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i
                and not any(p.dep_ in ("pobj", "pcomp") for p in children_of(c))]
    return verb.head if stranded and not objects_tok else None


# prepositions that list a noun's members ("measures including A and B", "reforms such as A")
_LISTING = frozenset({"including", "like", "as"})


def _named_or_listed(ctx: Context, noun: Token, types: Sequence[str]) -> list[Arg]:
    """The entity a noun names, else the named entities its "including" / "such as" phrase
    lists."""
    own = ctx.arg_at(noun)
    if own is not None:
        return [own] if own.type in types else []
    out: list[Arg] = []
    for prep in children_of(noun):
        if prep.dep_ != "prep" or prep.lower_ not in _LISTING:
            continue
        if prep.lower_ == "as" and not any(c.lower_ == "such" for c in [*children_of(noun), *children_of(prep)]):
            continue
        for t in prep.subtree:
            if ctx.token_mention.get(t.i) is None:
                continue
            arg = ctx.arg_at(t)
            if arg is not None and not arg.via_reference and arg.type in types and arg not in out:
                out.append(arg)
    return out


@rule_kind("svo")
def _svo_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """Any verb between two named entities that no typed rule took: RELATED_TO, with the verb
    as its predicate."""
    excluded = ctx.rules.related_verbs_excluded
    for tok in ctx.verbs():
        # the objects first: most verbs name none, and then nothing else about them is read
        # (every check below depends only on the parse and the document's mentions)
        objects = [a for o in children_of(tok) if o.dep_ == "dobj" if (a := ctx.arg_at(o)) is not None and not a.via_reference]
        if not objects or tok.lemma_.lower() in excluded or negated(tok) or unasserted(ctx, tok):
            continue
        subjects = [a for s in subject_tokens(tok) if (a := ctx.arg_at(_antecedent(tok, s))) is not None
                    and not a.via_reference]
        if subjects:
            yield RuleMatch(subjects, objects, tok, predicate=tok.lemma_.lower())
