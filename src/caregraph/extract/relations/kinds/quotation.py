"""Quotation kinds: `quote`, an evaluative word inside a quotation credited to its speaker
("'We welcome the X Strategy,' said Y"), and `response`, "in response to Y" / "its response to
Y". The quotations themselves are found once per document (quotes.py, Context.quotes); the
words said go with what the `quote` kind finds (quotes.quotation)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from ....core.ontology import ORGANISATION, PUBLICATION
from ....core.schema import RelationPattern, RelationRules
from ....core.text import name_key
from ...syntax import (
    NEGATIVE_IMPLICATIVES,
    children_of,
    conjuncts,
    contrast_opens,
    first_conjunct,
    negated,
    sent_of,
    tokens_of,
)
from ...syntax import lines as lines_of
from ..context import (
    Arg,
    Context,
    Quote,
    agent_tokens,
    is_passive,
    is_question_or_conditional,
    speakers_of,
    subject_tokens,
    unasserted,
)
from ..quotes import quotation
from ..registry import RuleMatch, rule_kind
from ..voice import document_voice, office_voice, page_author, quoted
from .verb import criticism_noun

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
    grateful for this review", "the X Programme is very welcome", "the Bill is a landmark"
    (verbs with a first-person subject or in the passive; adjectives and nouns predicated of
    the object or with "for"). A page that speaks as one organisation (voice.py) is that
    organisation's own words outside its quotations: "The Bill is a landmark opportunity" on
    Harbour Trust's written evidence is Harbour Trust's view."""
    doc = ctx.doc
    # the words of the other evaluative classes ("welcome" against "disappointed")
    opposite = {lem for p in ctx.rules.patterns if p.kind == "quote" and p.relation != pattern.relation
                for lem in p.lemmas}
    for quote in ctx.quotes:
        speakers = [a for a in quote.speakers if a.type in pattern.subject_types]
        if not speakers:
            continue
        said = quotation(ctx, quote.verb)
        # a quotation answering a named publication ("In response to Y, X said:") whose
        # evaluative words are all of this class is about that publication
        # (the cheap word test first: a quotation may be a whole document without line breaks)
        quoted_words = tokens_of(doc)[quote.start : quote.end]
        own = [t for t in quoted_words
               if (t.lemma_.lower() in pattern.lemmas or t.lower_ in pattern.lemmas) and _evaluates(t, quote.reported)]
        other = [t for t in quoted_words
                 if (t.lemma_.lower() in opposite or t.lower_ in opposite) and _evaluates(t, quote.reported)]
        topic = [a for a in quote.topic if a.type in pattern.object_types]
        speaker_words = _REPORTED if quote.reported else _FIRST_PERSON
        explicit = False
        criticisms: list[Token] = []
        for match in _evaluations(ctx, pattern, doc[quote.start : quote.end], speakers,
                                  (_FIRST_PERSON, speaker_words), said, quote.verb, own=_own_names(ctx, quote),
                                  criticisms=criticisms):
            explicit = True
            yield match
        # (a word of praise about a criticism, "it is positive to see that concerns about Y were
        # heard", has its own object too: the quotation is not thereby about the topic)
        explicit = explicit or bool(criticisms)
        # (only when no evaluative word names its own object: "we support the review", said in
        # answer to the review's first report, is about the review)
        if topic and own and not other and not explicit:
            yield RuleMatch(speakers, topic, own[0], quote=said)
    voice = document_voice(ctx)
    if voice is not None and voice.type in pattern.subject_types:
        page = Arg(voice.key, voice.type, via_reference=True)
        # ("I" too on a page that names no author: voice.voice_of, "I am delighted to see Y" on the
        # Westshire Commissioner's own page)
        person = _PAGE_PERSON | _AUTHOR_PERSON if ctx.byline_author() is None else _PAGE_PERSON
        yield from _evaluations(ctx, pattern, _unquoted_words(ctx, pattern), [page],
                                (person, person), None, None)
    office = office_voice(ctx) if voice is None and ctx.byline_author() is None else None
    if office is not None and office.type in pattern.subject_types:
        # a page in an office's own first person singular ("As Westshire Children's Commissioner,
        # I ...", then "I am glad the Y Bill has passed"): the office's words
        yield from _evaluations(ctx, pattern, _unquoted_words(ctx, pattern), [Arg(office.key, office.type, via_reference=True)],
                                (_AUTHOR_PERSON, _AUTHOR_PERSON), None, None)
    author = page_author(ctx) if voice is None else None
    if author is not None and author.type in pattern.subject_types:
        # a blog in its author's own voice: "the excellent Y review", "I am glad about Y"
        yield from _evaluations(ctx, pattern, _unquoted_words(ctx, pattern), [author],
                                (_AUTHOR_PERSON, _AUTHOR_PERSON), None, None)


# "there is much / a lot / plenty to welcome in Y": an amount of what the verb does, said to exist
_PLENTY = frozenset({"much", "lot", "plenty", "deal"})
# ... and the amounts that deny it ("there is little / nothing to welcome in Y")
_SCARCITY = frozenset({"little", "nothing", "few"})


def _amount(tok: Token) -> tuple[Token, bool] | None:
    """The amount an infinitive (or its first conjunct: "much to welcome and support") describes
    when the two are said to exist, and whether the existential copula ("there" its expletive) is
    negated: the infinitive's head as the copula's complement ("there is much to welcome", "there
    isn't a lot to support"), or the copula's complement before an infinitive the parser hangs on
    the copula ("there was very little to welcome in Y")."""
    tok = first_conjunct(tok)
    if tok.dep_ in ("relcl", "acl") and tok.head.dep_ == "attr":
        amount: Token | None = tok.head
        copula = tok.head.head
    elif tok.dep_ == "xcomp":
        copula = tok.head
        amount = next((c for c in children_of(copula) if c.dep_ in ("acomp", "attr") and c.i < tok.i), None)
    else:
        return None
    if amount is None or copula.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in children_of(copula)):
        return None
    return amount, negated(copula)


def _plenty(found: tuple[Token, bool] | None) -> bool:
    """"There is much to welcome", "there is a lot to support": the verb's amount (_amount) is plenty."""
    return found is not None and not found[1] and found[0].lower_ in _PLENTY


def _scarcity(found: tuple[Token, bool] | None) -> bool:
    """"There is little to welcome", "nothing to support", "there isn't much to welcome": the
    verb's amount (_amount) denies it."""
    if found is None:
        return False
    amount, denied_ = found
    return amount.lower_ in _SCARCITY or (denied_ and amount.lower_ in _PLENTY)


def scarce(tok: Token) -> bool:
    """Whether a verb's amount denies it ("there is little to welcome in Y")."""
    return _scarcity(_amount(tok))


def _contrasted(tok: Token) -> bool:
    """Does the sentence of a token hold a clause of contrast ("..., but this gap is a flaw",
    "..., although ..."; not "while it is rolled out", "has yet to be funded")?"""
    return contrast_opens(sent_of(tok))


def _copula_ins(found: tuple[Token, bool]) -> list[Token]:
    """The "in" phrases the parser hangs on an amount's copula, before or after the verb ("In Y
    there is much to welcome", "much to welcome in Y and in Z")."""
    return [c for c in children_of(found[0].head) if c.dep_ == "prep" and c.lower_ == "in"]


def _contents(tok: Token, found: tuple[Token, bool]) -> list[Token]:
    """What an amount's verb is "in": the objects of "in" on the verb and on its conjuncts ("much
    to welcome and support in Y"), with their conjuncts ("in Y and Z"), and of an "in" the parser
    hangs on the copula, before or after the verb ("In Y there is much to welcome", "much to
    welcome in Y and in Z")."""
    first = first_conjunct(tok)
    verbs = [first, *conjuncts(first)]
    preps = [c for v in verbs for c in children_of(v) if c.dep_ == "prep" and c.lower_ == "in"]
    preps += _copula_ins(found)
    objects = [p for c in preps for p in children_of(c) if p.dep_ == "pobj"]
    return [*objects, *(c for p in objects for c in conjuncts(p))]


# "we would welcome Y", "we'd be delighted to see Y": what the speaker wishes for, not what she welcomes
_WISHING = frozenset({"would", "'d"})


def _wished(tok: Token) -> bool:
    """Is an evaluative word under "would", itself or as its copula's complement?"""
    verb = tok.head if tok.dep_ in ("acomp", "attr") and tok.head.i != tok.i else tok
    return any(c.dep_ == "aux" and c.lower_ in _WISHING for c in children_of(verb))


def _unquoted_words(ctx: Context, pattern: RelationPattern) -> list[Token]:
    """The words of a pattern's lemmas (by lemma or by form) outside quotations, in text order."""
    doc = ctx.doc
    words = [t for lemma in pattern.lemmas for t in ctx.by_lemma.get(lemma, ()) if not quoted(ctx, t)]
    words += [doc[i] for lemma in pattern.lemmas for i in ctx.by_lower.get(lemma, ())
              if doc[i].lemma_.lower() != lemma and not quoted(ctx, doc[i])]
    return sorted(set(words), key=lambda t: t.i)


_PAGE_PERSON = frozenset({"we"})
_AUTHOR_PERSON = frozenset({"i"})


def _own_names(ctx: Context, quote: Quote) -> frozenset[str]:
    """The entities a quotation's speaker speaks as when it names them: the speaker, and the one
    organisation the speaker speaks for (quotes.speaker_body): "Jane Porter, chief executive of
    Harbour Trust, said: 'Harbour Trust welcomes the X Strategy'" is her welcome as "we welcome"
    would be."""
    keys = {a.key for a in quote.speakers}
    body = ctx.speaker_body(ctx.doc[quote.start]) if ctx.speaker_body is not None and quote.start < len(ctx.doc) else None
    if body is not None:
        keys.add(body.key)
    else:
        # "Jane Porter, Harbour Trust Head of Policy, said:": the one organisation whose name the
        # attribution's subject phrase holds, when no role rule gave her a post
        verb = ctx.doc[quote.verb] if quote.verb < len(ctx.doc) else None
        words = [t.lower_ for s in (children_of(verb) if verb is not None else ()) if s.dep_ == "nsubj" for t in s.subtree]
        phrase = f" {' '.join(words)} "
        named = {e.key for e in ctx.entity.values() if e.type == ORGANISATION
                 and f" {' '.join(t.lower() for t in e.label.split())} " in phrase}
        if len(named) == 1:
            keys |= named
    return frozenset(keys)


def _evaluations(ctx: Context, pattern: RelationPattern, tokens: Iterable[Token], speakers: list[Arg],
                 persons: tuple[frozenset[str], frozenset[str]], said: str | None,
                 attribution: int | None, *, own: frozenset[str] = frozenset(),
                 criticisms: list[Token] | None = None) -> Iterator[RuleMatch]:
    """The evaluative words among `tokens` (one speaker's words) with what each is said of;
    `persons`: the pronouns that are the speaker as the subject of an active verb, and
    otherwise (reported speech: "she was pleased with Y"); `attribution`: the quotation's verb
    of saying (whose reported clause is the speaker's own); `own`: the entities that, named as
    the subject or holder, are the speaker too (_own_names); `criticisms`, when given, collects
    the words said of a noun of criticism (verb.criticism_noun), which support nothing."""
    first_person, speaker_words = persons

    def speaks(word: Token, pronouns: frozenset[str]) -> bool:
        if word.lower_ in pronouns:
            return True
        index = ctx.token_mention.get(word.i)
        return index is not None and ctx.keys[index] in own

    for tok in tokens:
        if tok.lemma_.lower() not in pattern.lemmas and tok.lower_ not in pattern.lemmas:
            continue
        if negated(tok) or unasserted(ctx, tok, hearsay=False) or (tok.dep_ in ("acomp", "attr") and negated(tok.head)):
            continue  # (an adjective under a negated copula: "the Bill is not right"; "we could welcome Y if")
        if _wished(tok):
            continue  # "we would welcome further funding", "I would welcome seeing Y": a wish, not a welcome
        objects_tok: list[Token] = []
        if tok.pos_ == "VERB":
            subj = [c for c in children_of(tok) if c.dep_ == "nsubj"]
            passive_subj = [c for c in children_of(tok) if c.dep_ == "nsubjpass"]
            if subj and all(speaks(c, first_person) for c in subj):
                objects_tok = [c for c in children_of(tok) if c.dep_ == "dobj"]
            elif passive_subj and all(c.lower_ in speaker_words for c in passive_subj):
                # "we were disappointed by Y", "she was pleased with Y"
                objects_tok = [p for c in children_of(tok) if c.dep_ in ("agent", "prep")
                               and c.lower_ in ("by", "with", "about") for p in children_of(c) if p.dep_ == "pobj"]
            elif passive_subj and not any(a.lower_ not in speaker_words for a in agent_tokens(tok)):
                # "Y is welcomed" (not "Y was welcomed by councils": someone else's welcome)
                objects_tok = passive_subj
            elif (not subj and not passive_subj and _plenty(found := _amount(tok)) and found is not None
                  and not _contrasted(tok)):
                # "there is much to welcome in Y", "a lot to support in this review": the
                # speaker's view of what the phrase is in (not "much to welcome in Y, but ...")
                objects_tok = _contents(tok, found)
        elif tok.pos_ == "NOUN" and ctx.token_mention.get(tok.i) is None:
            # "the Bill is a landmark", "Y represents a milestone", "Y is an important step
            # forward": a noun of the class predicated of the object
            verb = _predicating_verb(ctx, tok)
            if verb is not None:
                objects_tok = [c for c in children_of(verb) if c.dep_ == "nsubj"]
        elif (tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.lower_ in ctx.rules.attributive_words
              and tok.head.i in ctx.token_mention):
            # "the excellent Y review", "this welcome Y Strategy": a verdict before the name
            objects_tok = [tok.head]
        elif tok.pos_ == "ADJ":
            if _demanded(ctx, tok) or _others_view(ctx, tok, first_person, attribution):
                continue  # "Y must be good", "Y looks good"; "families told us Y was good"
            if tok.dep_ in ("amod", "compound") and tok.head.dep_ == "attr":
                # "Y is a welcome step", "Y is a landmark opportunity"
                if negated(tok.head.head):
                    continue
                objects_tok = [c for c in children_of(tok.head.head) if c.dep_ == "nsubj"]
            holders = _holders(tok)
            if holders and all(c.lower_ == "it" for c in holders):
                # "it is good to see Y": the speaker's view of the clause's object
                objects_tok = [o for comp in children_of(tok.head) if comp.dep_ in ("xcomp", "ccomp")
                               for o in children_of(comp) if o.dep_ in ("dobj", "nsubj", "nsubjpass")]
                # "it is good to see Y published": the subject of the clause after "see"
                objects_tok += [o for comp in [*children_of(tok.head), *children_of(tok)] if comp.dep_ == "xcomp"
                                for clause in children_of(comp) if clause.dep_ == "ccomp"
                                for o in children_of(clause) if o.dep_ in ("nsubj", "nsubjpass")]
                if objects_tok:
                    # "... to see X, and the proposed Y": a noun the parser coordinated with
                    # the verb is coordinated with its object
                    objects_tok += [c for c in children_of(tok.head) if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
                holders = []
            elif holders and not all(speaks(c, speaker_words) for c in holders):
                # "Y is welcome": the adjective is said of Y; "families were pleased with Y":
                # someone else's feeling
                if tok.dep_ == "conj" and (copula := _copula(tok)) is not None and negated(copula):
                    continue  # "Y is not overdue or welcome"
                objects = [a for c in holders for a in ctx.args_in(c, pattern.object_types)]
                objects += [a for c in holders for a in ctx.proposals_named(c, tok.head, pattern.object_types)
                            if a not in objects and pattern.relation in ctx.rules.stance_relations]
                if objects:
                    yield RuleMatch(speakers, objects, tok, quote=said)
                continue
            preps = [c for c in tok.subtree if c.dep_ in ("prep", "agent")]
            if tok.dep_ == "acomp":  # "I am grateful to X for Y": the parser hangs "for Y" on the verb
                preps += [c for c in children_of(tok.head) if c.dep_ in ("prep", "agent") and c.i > tok.i]
            for prep in [c for c in preps if c.lower_ in ("for", "about", "with", "by")]:
                objects_tok += [p for p in children_of(prep) if p.dep_ == "pobj"]
            for comp in [c for c in children_of(tok) if c.dep_ in ("xcomp", "ccomp")]:
                if comp.dep_ == "ccomp" and pattern.relation in ctx.rules.stance_relations and denied(ctx.rules, comp):
                    continue  # "pleased that the council scrapped Y / has not committed to Y": no support for Y
                objects_tok += [c for c in children_of(comp) if c.dep_ in ("dobj", "nsubj", "nsubjpass")
                                and c.lower_ not in first_person]
                objects_tok += enacted(ctx, comp)
                if comp.lemma_.lower() in _PERCEIVING:
                    objects_tok += _seen(comp, first_person)
        if pattern.relation in ctx.rules.stance_relations:
            # "it is positive to see that concerns raised about Y have been listened to": the
            # criticism of Y is what is welcomed, no support for Y
            kept = [o for o in objects_tok if not criticism_noun(ctx, o)]
            if len(kept) < len(objects_tok) and criticisms is not None:
                criticisms.append(tok)
            objects_tok = kept
        objects = [a for o in objects_tok for a in ctx.args_in(o, pattern.object_types)]
        if pattern.relation in ctx.rules.stance_relations:
            # "we welcome the review's recommendation that X": the proposal as well as the text
            clause = tok if tok.pos_ == "VERB" else tok.head
            objects += [a for o in objects_tok for a in ctx.proposals_named(o, clause, pattern.object_types)
                        if a not in objects]
            if not objects:
                # "we welcome this investment": the page's one programme
                objects = [a for o in objects_tok if (a := ctx.funded_programme(o, pattern.object_types)) is not None][:1]
        if objects:
            yield RuleMatch(speakers, objects, tok, quote=said)


def _described_object(ctx: Context, noun: Token) -> bool:
    """Is a noun the object of a verb of describing, direct ("described Y") or of its "to"
    ("referred to Y")?"""
    verbs = ctx.rules.describing_verbs
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in verbs
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() in verbs


def _predicating_verb(ctx: Context, noun: Token) -> Token | None:
    """The verb that says what its subject is with a noun of praise ("the Bill is a landmark",
    "Y marks a milestone", "Y represents a major step change": the noun or the noun it
    modifies the copula's complement or a marking verb's object), stated (not negated, not
    under a modal of obligation or hedging: "Y must be a milestone", "Y would be a step
    forward"); a noun of progress ("step") only with a word of progress on it and none of
    going back ("an important step forward", "a step in the right direction"; not "a first
    step", "a step backwards")."""
    rules = ctx.rules
    predicate = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun
    verb = predicate.head
    lemma = verb.lemma_.lower()
    if not ((predicate.dep_ == "attr" and lemma == "be") or (predicate.dep_ == "dobj" and lemma in rules.marking_verbs)):
        return None
    if negated(verb) or any(c.dep_ == "aux" and c.lower_ in rules.obligation_words | rules.hedging_modals | {"would"}
                            for c in children_of(verb)):
        return None
    if noun.lemma_.lower() in rules.progress_nouns and not _progressing(ctx, noun, predicate):
        return None
    return verb


def _progressing(ctx: Context, noun: Token, predicate: Token | None = None) -> bool:
    """Does a noun of progress ("step") carry a word of progress and none of going back in its
    phrase (the phrase of `predicate`, the noun it modifies, when given): "an important step
    forward", "a step in the right direction"; not "a first step", "a step backwards"?"""
    rules = ctx.rules
    words = {t.lower_ for t in _phrase(predicate if predicate is not None else noun) if t.i != noun.i}
    return bool(words & rules.progress_words) and not words & rules.regress_words


def denied(rules: RelationRules, clause: Token) -> bool:
    """Does a content clause deny or undo what it is about: negated ("that X has not committed
    to Y"), a verb of undoing (relations.yaml undoing_verbs: "that the council scrapped Y", "that
    Y has been scrapped"), a verb of not doing ("that X failed to commit to Y") or "yet to" ("that
    X has yet to commit to Y", "is yet to sign up"), itself or along the chain of its open
    complements ("that X decided to scrap Y")? A feeling about such a clause is no welcome of Y."""
    at: Token | None = clause
    for _ in range(4):
        if at is None:
            break
        lemma = at.lemma_.lower()
        comps = [c for c in children_of(at) if c.dep_ == "xcomp"]
        if negated(at) or lemma in rules.undoing_verbs:
            return True
        if comps and (lemma in NEGATIVE_IMPLICATIVES or any(c.dep_ == "advmod" and c.lower_ == "yet" for c in children_of(at))):
            return True
        at = comps[0] if comps else None
    return False


# the prepositions whose object a verb of carrying forward acts on ("committed to Y", "invest in Y",
# "press ahead with Y")
_ENACTED_PREPS = frozenset({"to", "in", "into", "with"})


def enacted(ctx: Context, clause: Token) -> list[Token]:
    """What a clause about a feeling carries forward, by one of the schema's enacting_verbs:
    the objects of its prepositions ("pleased that the Government has committed to Y",
    "delighted that ministers are investing GBP 2m in Y", "glad that the council will press
    ahead with Y"); none for a negated clause, one with a modal of hedging or obligation, or
    a verb of undoing ("pleased that X has not signed up to Y", "... has pulled out of Y")."""
    rules = ctx.rules
    if (clause.pos_ != "VERB" or clause.lemma_.lower() not in rules.enacting_verbs or negated(clause)
            or any(c.dep_ == "aux" and c.lower_ in rules.hedging_modals | rules.obligation_words for c in children_of(clause))):
        return []
    heads = [clause, *(c for c in children_of(clause) if c.dep_ in ("prt", "advmod", "dobj"))]
    return [p for h in heads for c in children_of(h) if c.dep_ == "prep" and c.lower_ in _ENACTED_PREPS
            for p in children_of(c) if p.dep_ == "pobj"]


# "pleased to see Y ...", "glad to hear that Y ...": what the feeling is about is the clause after
_PERCEIVING = frozenset({"see", "hear", "note", "learn"})


def _seen(verb: Token, first_person: frozenset[str]) -> list[Token]:
    """What a feeling is about in the clause after a verb of perceiving ("we are pleased to see
    the X pilot is progressing", "... to see Y introduced"): the clause's object when it has one
    ("glad to see the review echo our call": the call, not the review), else its subject; not a
    negated clause ("pleased to see Y has not been cut" is about the cut)."""
    out: list[Token] = []
    for clause in children_of(verb):
        if clause.dep_ != "ccomp" or negated(clause):
            continue
        objects = [c for c in children_of(clause) if c.dep_ == "dobj"]
        out += objects or [c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in first_person]
    return out


_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "pcomp", "xcomp"})


def _phrase(head: Token) -> list[Token]:
    """A noun phrase's words outside the clauses in it ("a step in the right direction", not the
    words of "a step towards ensuring that ...")."""
    out = [head]
    for child in children_of(head):
        if child.dep_ not in _CLAUSES:
            out += _phrase(child)
    return out


_FEELING_ADJECTIVES = frozenset({"grateful", "glad", "happy", "proud", "keen", "sad", "angry"})


def _evaluates(tok: Token, reported: bool) -> bool:
    """An evaluative word the speaker stands behind: not negated, not a verb whose subject is
    someone else ("the council welcomed it" inside a quotation), not someone else's feeling
    ("families were pleased"; participles in -ed and a few adjectives name feelings)."""
    if negated(tok) or is_question_or_conditional(tok) or (tok.dep_ == "acomp" and negated(tok.head)):
        return False
    speaker_words = _REPORTED if reported else _FIRST_PERSON
    if tok.pos_ == "VERB":
        found = _amount(tok)
        if _scarcity(found) or (_plenty(found) and _contrasted(tok)):
            return False  # "there is little to welcome in Y"; "much to welcome in Y, but ...": a mixed response
        if found is not None and _copula_ins(found):
            return False  # "In Y there is much to welcome": about Y (_contents), not a text it answers
        subj = [c for c in children_of(tok) if c.dep_ == "nsubj"]
        return not subj or all(c.lower_ in speaker_words for c in subj)
    # an adjective said of something ("is welcome", "a welcome step"), not a modifier ("good practice")
    if tok.pos_ != "ADJ" or tok.dep_ in ("amod", "compound") and tok.head.dep_ != "attr":
        return False
    feeling = tok.lower_.endswith("ed") or tok.lemma_.lower() in _FEELING_ADJECTIVES
    holders = _holders(tok)
    return not (feeling and holders and not all(c.lower_ in speaker_words for c in holders))


def _copula(adjective: Token) -> Token | None:
    """The verb an adjective (or its first conjunct) is predicated with: "Y is bold and
    ambitious", "Y is an ambitious plan"."""
    adjective = first_conjunct(adjective)
    if adjective.dep_ == "acomp":
        return adjective.head
    if adjective.dep_ in ("amod", "compound") and adjective.head.dep_ == "attr":
        return adjective.head.head
    return None


def _demanded(ctx: Context, adjective: Token) -> bool:
    """An adjective predicated under a modal of obligation, hedging or forecast ("Y must be good
    for families", "Y should be welcome", "Y could be excellent", "Y will be positive") or with a
    verb of appearance ("Y looks good on paper")."""
    copula = _copula(adjective)
    modals = ctx.rules.obligation_words | ctx.rules.hedging_modals | _FORECAST
    return copula is not None and (copula.lemma_.lower() in _APPEARING
                                   or any(c.dep_ == "aux" and c.lower_ in modals for c in children_of(copula)))


_APPEARING = frozenset({"look", "seem", "appear", "sound"})
# "this review will be good": a forecast ("would be welcome" stays: a conditional welcome of a proposal)
_FORECAST = frozenset({"will", "shall"})


def _others_view(ctx: Context, adjective: Token, first_person: frozenset[str], attribution: int | None) -> bool:
    """An adjective predicated in a clause that reports someone else's words or belief inside
    the speaker's ("families told us Y was good", "critics say Y is positive"): the clause is
    the complement of a verb of saying or hearsay, not the quotation's own attribution, whose
    subject is not the speaker."""
    clause = _copula(adjective)
    verbs = ctx.rules.speech_verbs | ctx.rules.hearsay_verbs
    while clause is not None and clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if (clause is None or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in verbs
            or clause.head.i == attribution):
        return False
    subjects = [c for c in children_of(clause.head) if c.dep_ == "nsubj"]
    return any(c.lower_ not in first_person for c in subjects)


def _holders(adjective: Token) -> list[Token]:
    """Whom or what an adjective is said of: the subject of its copula ("Y is welcome"), or
    its own subject when the parser made it the head of its clause ("councils were pleased"); a
    second adjective of a coordination is said of what the first is ("Y is overdue and very welcome")."""
    for _ in range(4):
        if adjective.dep_ != "conj" or adjective.head.pos_ != "ADJ" or adjective.head.i == adjective.i:
            break
        adjective = adjective.head
    if adjective.dep_ == "acomp":
        return [c for c in children_of(adjective.head) if c.dep_ in ("nsubj", "nsubjpass")]
    return [c for c in children_of(adjective) if c.dep_ in ("nsubj", "nsubjpass")]


@rule_kind("response")
def _response_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"in response to Y" and "a response to Y": what the governing clause is about
    responds to the publication Y. "X, published in response to Y" -> X; "In response to Y,
    Jane said" -> Jane; "X released its response to Y" -> X."""
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.lemma_.lower() not in pattern.lemmas:
            continue
        if tok.pos_ == "PROPN" and tok.i in ctx.token_mention:
            # a title: "the Government Response to the Y Review"
            answered = _answered_in_title(ctx, tok, pattern)
            if answered is not None:
                own = ctx.keys[ctx.token_mention[tok.i]]
                yield RuleMatch([Arg(own, ctx.entity[own].type)], [answered], tok)
            continue
        if tok.pos_ not in ("NOUN", "VERB"):
            continue
        targets = [p for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in pattern.preps
                   for p in children_of(c) if p.dep_ == "pobj"]
        objects = [a for t in targets for a in ctx.args_in(t, pattern.object_types)]
        if tok.i in ctx.token_mention:
            # "Response to the Y Consultation" as a title: the name the word opens is the
            # response itself, no publication it responds to
            own = ctx.keys[ctx.token_mention[tok.i]]
            objects = [a for a in objects if a.key != own]
            answered = _answered_in_title(ctx, tok, pattern)
            if not objects and answered is not None:
                # "the Government Response to the Y Review", Y named on its own elsewhere on the page
                yield RuleMatch([Arg(own, ctx.entity[own].type)], [answered], tok)
                continue
        if not objects:
            titled = _line_title_response(ctx, tok, pattern)
            if titled is not None:
                yield titled
            continue
        subjects: list[Arg] = []
        if tok.pos_ == "VERB":  # "responding to Y, Jane said" is the verb rule's
            continue
        run_on = _run_on_title_author(ctx, tok, pattern)
        if run_on is not None:   # "the Report from X A response to Y"
            yield RuleMatch([run_on], objects, tok)
            continue
        named = _apposed_name(ctx, tok, pattern.subject_types)
        owner = [a for c in children_of(tok) if c.dep_ == "poss" for a in ctx.args_in(c, pattern.subject_types)]
        # "Harbour Trust response to Y", "the Harbour Trust statement on Y": a named modifier
        owner += [a for c in children_of(tok) if c.dep_ == "compound" and c.i < tok.i and ctx.token_mention.get(c.i) is not None
                  for a in [ctx.arg_at(c)] if a is not None and a.type in pattern.subject_types and a not in owner]
        if named is not None:  # "X, its response to Y": the response is X
            subjects = [named]
        elif owner:  # "the Department's response to Y", whoever criticises it
            subjects = owner
        elif any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in children_of(tok)):
            continue  # "X welcomed the government's response to Y": the response is another's
        elif tok.dep_ == "pobj" and tok.head.lower_ == "in":
            attach = tok.head.head
            if attach.pos_ in ("NOUN", "PROPN"):
                subjects = ctx.args_in(attach, pattern.subject_types)
            elif attach.pos_ in ("VERB", "AUX"):
                if is_passive(attach):
                    subj = [c for c in children_of(attach) if c.dep_ == "nsubjpass"]
                    if not subj and attach.dep_ in ("acl", "relcl"):
                        subj = [attach.head]
                    subj = [attach.head if s.tag_ in ("WDT", "WP") else s for s in subj]
                    subjects = [a for s in subj for a in ctx.args_in(s, pattern.subject_types)]
                else:
                    dobj = [a for c in children_of(attach) if c.dep_ == "dobj"
                            for a in ctx.args_in(c, (PUBLICATION,))]
                    if dobj:
                        subjects = dobj
                    elif attach.lemma_.lower() in ctx.rules.speech_verbs:
                        subjects = speakers_of(ctx, attach, pattern.subject_types)
                    else:
                        # "X, its strategy to fix Y in response to Z": the noun the clause is on
                        # stands for the name it is in apposition to
                        subjects = [a for s in subject_tokens(attach)
                                    for a in (ctx.args_in(s, pattern.subject_types)
                                              or [n for n in [_apposed_name(ctx, s, (PUBLICATION,))] if n])]
        elif tok.dep_ in ("dobj", "attr") and tok.head.pos_ in ("VERB", "AUX"):
            subjects = [a for s in subject_tokens(tok.head) for a in ctx.args_in(s, pattern.subject_types)]
        if subjects and not negated(tok.head):
            yield RuleMatch(subjects, objects, tok)


def _answered_in_title(ctx: Context, noun: Token, pattern: RelationPattern) -> Arg | None:
    """The publication a title names after its noun of answering and the pattern's preposition
    ("Government Response to the Y Review"): the rest of the title, when it is the name or an
    alias of another publication the page names."""
    index = ctx.token_mention[noun.i]
    prep = noun.i + 1
    if prep >= len(ctx.doc) or ctx.doc[prep].lower_ not in pattern.preps or ctx.token_mention.get(prep) != index:
        return None
    end = prep + 1
    while end < len(ctx.doc) and ctx.token_mention.get(end) == index:
        end += 1
    rest = name_key(ctx.doc[prep + 1 : end].text)
    own = ctx.keys[index]
    found = {e.key for e in ctx.entity.values() if e.key != own and e.type in pattern.object_types
             and any(name_key(n) == rest for n in (e.label, *e.aliases))}
    if len(found) != 1 or not rest:
        return None
    key = found.pop()
    return Arg(key, ctx.entity[key].type)


_DASHES = frozenset({"-", "\u2013", "\u2014", "|"})
_TITLE_TOKENS = 40  # the most tokens a title line holds


def _line_title_response(ctx: Context, noun: Token, pattern: RelationPattern) -> RuleMatch | None:
    """A line that is a title naming a body's response to a publication: "Y - X full
    response" (the publication's name, a dash, the body's name and the noun ending the line,
    with nothing else on it but adjectives before the noun), or the same parts the other way
    round, "X response: Y" (the body's name opening the line, the noun, a colon and the
    publication's name closing it)."""
    if noun.pos_ != "NOUN" or noun.i in ctx.token_mention:
        return None
    line = next((ln for ln in lines_of(ctx.doc) if ln.start <= noun.i < ln.end), None)
    if line is None or len(line) > _TITLE_TOKENS:
        return None  # a title is a short line (and a text without line breaks is one long line)
    words = [t for t in line if not t.is_space]
    while words and words[-1].is_punct:
        words = words[:-1]
    if not words:
        return None
    if words[-1].i != noun.i:
        return _colon_title_response(ctx, noun, pattern, words)
    k = len(words) - 2
    while k >= 0 and words[k].pos_ == "ADJ" and words[k].i not in ctx.token_mention:
        k -= 1
    body_end = k
    while k >= 0 and ctx.token_mention.get(words[k].i) == ctx.token_mention.get(words[body_end].i) is not None:
        k -= 1
    if k == body_end or k < 1 or words[k].text not in _DASHES:
        return None
    body = ctx.arg_at(words[body_end])
    title = ctx.arg_at(words[0])
    if body is None or title is None or body.type not in pattern.subject_types or title.type not in pattern.object_types:
        return None
    # the publication's name runs from the line's start to the dash
    if any(ctx.token_mention.get(t.i) != ctx.token_mention.get(words[0].i) for t in words[:k]):
        return None
    return RuleMatch([body], [title], noun)


def _colon_title_response(ctx: Context, noun: Token, pattern: RelationPattern, words: list[Token]) -> RuleMatch | None:
    """A title line "X response: Y": one name of a body from the line's start to the noun
    (adjectives may stand before the noun: "X initial response: Y"), a colon right after the
    noun, and one name of a publication from the colon to the line's end. Not a line with
    anything else on it ("Read X's response: Y and Z", "Response: Y" with no body)."""
    at = next((n for n, t in enumerate(words) if t.i == noun.i), None)
    if at is None or at + 2 > len(words) - 1 or words[at + 1].text != ":":
        return None
    k = at - 1
    while k >= 0 and words[k].pos_ == "ADJ" and words[k].i not in ctx.token_mention:
        k -= 1
    if k < 0:
        return None
    body_mention = ctx.token_mention.get(words[k].i)
    title_mention = ctx.token_mention.get(words[at + 2].i)
    if body_mention is None or title_mention is None or body_mention == title_mention:
        return None
    if any(ctx.token_mention.get(t.i) != body_mention for t in words[: k + 1]):
        return None  # the body's name opens the line
    if any(ctx.token_mention.get(t.i) != title_mention for t in words[at + 2 :]):
        return None  # the publication's name closes it
    body = ctx.arg_at(words[k])
    title = ctx.arg_at(words[at + 2])
    if body is None or title is None or body.type not in pattern.subject_types or title.type not in pattern.object_types:
        return None
    return RuleMatch([body], [title], noun)


def _run_on_title_author(ctx: Context, noun: Token, pattern: RelationPattern) -> Arg | None:
    """A response's title run on after the body whose text it is: "the Report from the X
    Committee A response to Y" (the capitalised title right after a body named with "from" or
    "by" on a noun of a text)."""
    left = min([noun.i, *(t.i for c in noun.lefts for t in c.subtree)])
    if left < 1 or not ctx.doc[left].text[:1].isupper() or ctx.doc[left].is_sent_start:
        return None
    prev = ctx.doc[left - 1]
    if ctx.token_mention.get(prev.i) is None or prev.dep_ != "pobj" or prev.head.lower_ not in ("from", "by"):
        return None
    text = prev.head.head
    if ctx.schema.entities.heads.get(text.lemma_.lower()) != PUBLICATION or text.i in ctx.token_mention:
        return None
    body = ctx.arg_at(prev)
    return body if body is not None and body.type in pattern.subject_types else None


def _apposed_name(ctx: Context, noun: Token, types: Sequence[str]) -> Arg | None:
    """The name a descriptive noun phrase after a comma stands beside: "Fair Futures, its
    response to Y" (the name right before the comma, or the name the parser made the phrase
    an apposition or a conjunct of). Not a phrase joined by "and" ("X and its response to
    Y" are two texts) and not a subject ("After X, its response to Y was slow")."""
    if ctx.token_mention.get(noun.i) is not None or noun.dep_ in ("nsubj", "nsubjpass"):
        return None
    doc = ctx.doc
    start = min([noun.i, *(t.i for c in noun.lefts for t in c.subtree)])
    if start < 2 or doc[start - 1].text != "," or any(c.dep_ == "cc" for c in children_of(noun)):
        return None
    head = noun
    for _ in range(3):
        if head.dep_ not in ("appos", "conj") or head.head.i == head.i:
            break
        head = head.head
        if ctx.token_mention.get(head.i) is not None:
            break
    at = head if head.i != noun.i and ctx.token_mention.get(head.i) is not None else doc[start - 2]
    if ctx.token_mention.get(at.i) is None:
        return None
    arg = ctx.arg_at(at)
    if arg is None or arg.via_reference or arg.type not in types:
        return None
    return arg


@rule_kind("feeling")
def _feeling_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"X is disappointed by Y", "X was pleased with Y", "X is critical of Y", "X remains
    concerned that Y ...": a person or organisation that feels one of the pattern's adjectives about a publication,
    proposal or programme."""
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ not in ("ADJ", "VERB") or negated(tok) or unasserted(ctx, tok, hearsay=False):
            continue
        if tok.dep_ == "acomp" and negated(tok.head):
            continue  # "X is not pleased with Y"
        holders = _holders(tok) if tok.pos_ == "ADJ" else [c for c in children_of(tok) if c.dep_ == "nsubjpass"]
        # ("we" outside a quotation is the body the text speaks for; inside one it is the speaker's view)
        subjects = [a for h in holders if h.lower_ not in _REPORTED or (h.lower_ == "we" and not ctx.in_quotation(h))
                    for a in ctx.args_in(h, pattern.subject_types)]
        if not subjects:
            continue
        verb = tok.head if tok.dep_ == "acomp" else tok
        objects_tok = [p for h in (tok, verb) for c in children_of(h) if c.dep_ in ("prep", "agent")
                       and c.lower_ in ("by", "with", "about", "at", "over", "of") for p in children_of(c) if p.dep_ == "pobj"]
        stance = pattern.relation in ctx.rules.stance_relations
        # ("X is delighted that Y has been scrapped" is no support for Y)
        objects_tok += [o for c in children_of(tok) if c.dep_ == "ccomp" and not (stance and denied(ctx.rules, c))
                        for o in children_of(c) if o.dep_ in _SUBJ]
        if stance:
            # "X is delighted that the Government has published Y / has committed to Z"
            objects_tok += [o for c in children_of(tok) if c.dep_ == "ccomp" and not denied(ctx.rules, c)
                            for o in [*(d for d in children_of(c) if d.dep_ == "dobj"), *enacted(ctx, c)]]
        objects = [a for o in objects_tok for a in ctx.args_in(o, pattern.object_types)]
        if objects:
            yield RuleMatch(subjects, objects, tok)



@rule_kind("topic")
def _topic_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """A headline "Y: X responds": a verb of the pattern's lemmas that heads its sentence with
    no object of its own, whose sentence opens with a name and a colon; the name is the topic."""
    doc = ctx.doc
    for tok in ctx.tokens_with_lemma(pattern.lemmas):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in pattern.lemmas or tok.dep_ != "ROOT" or negated(tok):
            continue
        if any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp") for c in children_of(tok)):
            continue
        sent = tok.sent
        first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
        if first is None or ctx.token_mention.get(first.i) is None:
            continue
        index = ctx.token_mention[first.i]
        end = first.i
        while end + 1 < sent.end and ctx.token_mention.get(end + 1) == index:
            end += 1
        if end + 1 >= sent.end or doc[end + 1].text != ":":
            continue
        topic = ctx.arg_at(first)
        subjects = [a for s in children_of(tok) if s.dep_ == "nsubj" and s.i > end
                    for a in ctx.args_in(s, pattern.subject_types)]
        if topic is not None and topic.type in pattern.object_types and subjects:
            yield RuleMatch(subjects, [topic], tok)


@rule_kind("description")
def _description_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"X called the Bill a landmark", "X described Y as a milestone", "declaring Y a seminal
    moment": an evaluative word (the pattern's lemmas) in what a verb of describing
    (relations.yaml describing_verbs) says its object is; the verb's subject holds that view."""
    verbs = ctx.rules.describing_verbs
    # (by form too: "as 'groundbreaking'", which the lemmatiser reads as a verb "groundbreake")
    words = {t.i: t for t in [*ctx.tokens_with_lemma(pattern.lemmas), *ctx.tokens_with_lower(pattern.lemmas)]}
    for tok in (words[i] for i in sorted(words)):
        if tok.lemma_.lower() not in pattern.lemmas and tok.lower_ not in pattern.lemmas:
            continue
        phrase = tok.head if tok.dep_ in ("amod", "compound") and tok.head.pos_ in ("NOUN", "PROPN") else tok
        objects_tok: list[Token] = []
        if phrase.dep_ in ("ccomp", "oprd", "xcomp", "dobj") and phrase.head.lemma_.lower() in verbs:
            verb = phrase.head
            # a small clause ("declaring the Bill a landmark") or the verb's object ("called it a landmark")
            objects_tok = [c for c in children_of(phrase) if c.dep_ in _SUBJ]
            objects_tok += [c for c in children_of(verb) if c.dep_ == "dobj" and c.i != phrase.i]
        elif phrase.dep_ in ("pobj", "pcomp") and phrase.head.lower_ == "as" and phrase.head.head.lemma_.lower() in verbs:
            verb = phrase.head.head  # "described Y as a landmark"
            objects_tok = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
            # "referred to Y as a landmark": the object of the verb's "to"
            objects_tok += [p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "to" and c.i < phrase.head.i
                            for p in children_of(c) if p.dep_ == "pobj"]
        elif phrase.dep_ in ("pobj", "pcomp") and phrase.head.lower_ == "as" and _described_object(ctx, phrase.head.head):
            # "described Y as a landmark", "referred to Y as a landmark" with the "as" hung on Y
            objects_tok = [phrase.head.head]
            verb = objects_tok[0].head if objects_tok[0].dep_ == "dobj" else objects_tok[0].head.head
        else:
            continue
        if negated(verb) or unasserted(ctx, verb):
            continue
        if tok.lemma_.lower() in ctx.rules.progress_nouns and not _progressing(ctx, tok):
            continue  # "a step" praises only as "a positive step forward", not "a first step", "a step back"
        objects = [a for o in objects_tok for a in ctx.args_in(o, pattern.object_types)]
        if not objects:
            # "described it as brilliant news", "referred to the announcement as a landmark": the
            # programme or text an event noun stands for (Context.event_referent)
            objects = [a for o in objects_tok if (a := ctx.event_referent(o, pattern.object_types)) is not None][:1]
        if is_passive(verb):
            # "Y was hailed as a landmark by X" (the "by" phrase may hang on the description)
            agents = agent_tokens(verb) + [p for c in children_of(phrase) if c.dep_ == "prep" and c.lower_ == "by"
                                           for p in children_of(c) if p.dep_ == "pobj"]
            subjects = [a for s in agents for a in ctx.args_in(s, pattern.subject_types)]
        else:
            subjects = [a for s in subject_tokens(verb) for a in ctx.args_in(s, pattern.subject_types)]
        if subjects and objects:
            yield RuleMatch(subjects, objects, tok)

