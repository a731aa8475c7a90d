"""The `recommend` and `recommend_support` kinds: who makes or calls for each proposal found
in the document (ctx.proposals)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.ontology import PERSON, PUBLICATION, RECOMMENDATION
from ....core.schema import RelationPattern
from ...syntax import children_of, lines, negated
from ..context import Arg, Context, is_question_or_conditional
from ..registry import RuleMatch, rule_kind
from .roles import headline_actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...proposals import RecommendationItem


def _proposals(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[Arg | None, Arg, RecommendationItem]]:
    """Each proposal of the document, with the entity its recommender token names (None when
    the text names none) and the item."""
    for item in ctx.proposals:
        target = ctx.arg_at(ctx.doc[item.start])
        if target is None or target.type != RECOMMENDATION:
            continue
        source = None
        if item.recommender is not None:
            tok = ctx.doc[item.recommender]
            source = ctx.arg_at(tok) or ctx.first_in(tok, pattern.subject_types)
            if source is not None and source.type == PERSON and _authored_text(ctx, tok):
                # "Jane Doe's review called for X": the review (found by its head noun in the
                # recommend rule), not the person who wrote it
                source = None
            if source is None and tok.lower_ in ("we", "our") and not any(q.start <= tok.i < q.end for q in ctx.quotes):
                # "We are calling on the Government to: ..." on a page whose opening line has
                # one organisation as its subject ("Harbour Trust responds to X"): that body
                source = headline_actor(ctx)
        yield source, target, item


def _authored_text(ctx: Context, tok: Token) -> bool:
    """A recommending publication's common noun ("review", "report") that a person's name owns
    ("Jane Doe's review"): the text speaks, not its author."""
    recommenders = ctx.schema.entities.recommendation_recommenders
    return (tok.pos_ == "NOUN" and tok.lemma_.lower() in recommenders and ctx.arg_at(tok) is None
            and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in children_of(tok)))


def _previous_subject(ctx: Context, tok: Token) -> Arg | None:
    if tok.sent.start == 0:
        return None
    root = ctx.doc[tok.sent.start - 1].sent.root
    # its subject; or the root itself when the parser made the subject the root
    subjects = [c for c in children_of(root) if c.dep_ in ("nsubj", "nsubjpass")]
    for subj in subjects or ([root] if root.pos_ in ("NOUN", "PROPN") else []):
        arg = ctx.arg_at(subj)
        if arg is not None and arg.type == PUBLICATION and not arg.via_reference:
            return arg
        # "X's report, Fair Futures, was published today. It recommends ...": the name in
        # apposition to the subject
        named = [a for c in children_of(subj) if c.dep_ == "appos"
                 for a in [ctx.arg_at(c)] if a is not None and a.type == PUBLICATION and not a.via_reference]
        if len(named) == 1:
            return named[0]
    return None


def _headline_publication(ctx: Context) -> Arg | None:
    """The one publication the document's first line names ("Government publishes the X
    Strategy"): what the page is about, when it names several."""
    if "headline_publication" not in ctx.cache:  # asked once per proposal; read once per document
        first = next(iter(lines(ctx.doc)), None)
        found = {} if first is None else {
            arg.key: arg for t in first for arg in [ctx.arg_at(t)]
            if arg is not None and arg.type == PUBLICATION and not arg.via_reference}
        ctx.cache["headline_publication"] = next(iter(found.values())) if len(found) == 1 else None
    headline: Arg | None = ctx.cache["headline_publication"]
    return headline


def _another_described(ctx: Context, source: Arg) -> bool:
    """Whether the text speaks of a definite publication by a recommending noun that the
    guessed publication is another kind of ("The Trust published a report, 'Safe Harbours'.
    ... Responding to the Review's proposals ...": "the Review" is a review the page never
    names, so a proposal no one owns is not the report's). Once per document and publication."""
    key = f"another_described:{source.key}"
    if key not in ctx.cache:
        entity = ctx.entity[source.key]
        ctx.cache[key] = any(
            tok.i not in ctx.token_mention and tok.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(tok))
            and ctx.other_kind(entity, PUBLICATION, (tok.lemma_.lower(),))
            for tok in ctx.tokens_with_word(ctx.schema.entities.recommendation_recommenders))
    found: bool = ctx.cache[key]
    return found


def _names_a_body(ctx: Context, tok: Token) -> bool:
    """Whether a possessor names someone other than a publication ("Harbour Trust's report");
    a word the parser took for one inside a quoted title ("the 'Built on Love' strategy") does not."""
    arg = ctx.arg_at(tok)
    return arg is not None and arg.type != PUBLICATION


def _states_the_law(ctx: Context, source: Arg, rec_tok: Token | None) -> bool:
    """Whether a publication found through a reference or for want of a named one states the
    law in force (the schema's `binding_publications`: "the Harbours Act 1989", "the Guidance"),
    when the text's own word for the recommender is no such word: "It recommends X" after "a
    Law Commission report concludes ...", or "the report recommends X", on a page whose one
    named publication is an Act, is not the Act's proposal ("the Act introduces X" is)."""
    if source.type != PUBLICATION:
        return False
    binding = ctx.schema.entities.recommendation_words.get("binding_publications", frozenset())
    if rec_tok is not None and rec_tok.lemma_.lower() in binding:
        return False
    words = {w.strip(".,:;'\u2019").lower() for w in ctx.entity[source.key].label.split()}
    return bool(words & binding)


def _amendment(ctx: Context, item: RecommendationItem) -> bool:
    """Whether a proposal is what an amendment would do (the schema's `amendment_nouns`)."""
    nouns = ctx.schema.entities.recommendation_words.get("amendment_nouns", frozenset())
    return ctx.doc[item.trigger].lemma_.lower() in nouns


_STANDING = ("it", "this", "these")   # pronouns a proposal's finder leaves as its recommender


@rule_kind("recommend")
def _recommend_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """The recommender of each proposal, when the text names one: a publication, or a person
    who proposes it (one who only calls for it supports it)."""
    # with no recommender named ("it was recommended that ..."), the document's one review,
    # report or other recommending publication (the schema's recommender nouns)
    recommenders = tuple(ctx.schema.entities.recommendation_recommenders)
    for source, target, item in _proposals(ctx, pattern):
        rec_tok = ctx.doc[item.recommender] if item.recommender is not None else None
        if rec_tok is not None and rec_tok.lower_ in _STANDING and (source is None or source.type != PUBLICATION):
            # "it" as a recommender stands for a publication: the one the sentence before has
            # as its subject ("The X Strategy was published today. It includes measures ...");
            # so does "This"/"These" opening a list of the proposals the sentence before names
            source = _previous_subject(ctx, rec_tok)
        if rec_tok is None and _amendment(ctx, item):
            continue  # an amendment whose mover the text does not name: not the bill's, nor a review's
        guessed = source is None   # the publication found for want of a named one
        if source is None and (rec_tok is None or rec_tok.lower_ in _STANDING):
            source = ctx.salient(PUBLICATION, heads=recommenders) or _headline_publication(ctx)
            if source is not None and _another_described(ctx, source):
                source = None
        elif source is None and rec_tok is not None and rec_tok.pos_ == "NOUN" and rec_tok.lemma_.lower() in recommenders:
            # "according to a landmark review": the document's one review
            # ("the report calls for X" where the one recommending publication is "the X Review":
            # a description of it by another recommender noun)
            # ("a new report by Y recommends X": an indefinite description is a new publication
            # unless the document's one publication has its head)
            # ("X's report recommends Y": a description a named body owns is that body's, not
            # another publication named before)
            indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(rec_tok)) or any(
                c.dep_ == "poss" and c.pos_ == "PROPN" and _names_a_body(ctx, c) for c in children_of(rec_tok))
            # ("our new report ... the report calls for X": the body's own text the page
            # introduced, not the document's one "X Review" the text never called a report)
            source = ctx.salient(PUBLICATION, heads=(rec_tok.lemma_.lower(),), description=rec_tok,
                                 by_head_only=indefinite, other_kinds=not ctx.owned_before(rec_tok))
            if source is not None and ctx.own_modifiers(rec_tok, source):
                source = None  # "the review into the deaths of Jane Doe": another review than the one named
        if source is None or source.type not in pattern.subject_types or (
                (guessed or source.via_reference) and _states_the_law(ctx, source, rec_tok)):
            continue
        if source.type == PERSON and item.calls:
            continue
        yield RuleMatch([source], [target], ctx.doc[item.trigger])


@rule_kind("recommend_support")
def _recommend_support_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """A person or organisation calling for a proposal ("X is urging the Government to: ...",
    "X called for Y") supports it; an organisation cannot recommend (ontology)."""
    for source, target, item in _proposals(ctx, pattern):
        if item.calls and PERSON in pattern.subject_types:
            speakers = _calling_speakers(ctx, item)
            if speakers:
                # "We also want to see X", said Jane Porter: her call as well as her body's
                yield RuleMatch(speakers, [target], ctx.doc[item.trigger])
        if source is None or source.type not in pattern.subject_types:
            continue
        if source.type == PERSON and not item.calls:
            continue
        yield RuleMatch([source], [target], ctx.doc[item.trigger])


_WE = ("we", "our")


def _calling_speakers(ctx: Context, item: RecommendationItem) -> list[Arg]:
    """The named people who say a call made in the first person plural inside their quotation
    ("Jane Porter, chief executive of the Harbour Trust, said: 'We want to see a duty to
    publish X'"): the speaker calls for it as well as the body "we" stands for (not a
    transcript's or a debate's turn, nor a person known only by a pronoun)."""
    if item.recommender is None or ctx.doc[item.recommender].lower_ not in _WE:
        return []
    at = item.recommender
    return [a for q in ctx.quotes if q.start <= at < q.end and not q.turn and not q.reported
            for a in q.speakers if a.type == PERSON and not a.via_reference]


_OWNER_PREPS = ("from", "of", "in", "by")


@rule_kind("answers_proposals")
def _answers_proposals_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"It responds to recommendations from A, B and C", "the X programme, designed in response
    to recommendations made in Y", "X implements the review's recommendations": what answers a
    publication's proposals (the subject, or the noun a participle describes) relates to the
    publications that made them (the recommending noun's owners, each of a list)."""
    nominals = ctx.schema.entities.recommendation_nominals
    for tok in ctx.tokens_with_word(nominals):
        if tok.pos_ != "NOUN":
            continue
        verb = _answering_verb(tok, pattern)
        if verb is None or negated(verb) or is_question_or_conditional(verb):
            continue
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            subjects_tok = [verb.head]   # "the X programme, designed in response to ..."
        else:
            subjects_tok = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        subjects = [a for s in subjects_tok for a in ctx.args_in(s, pattern.subject_types)]
        objects: list[Arg] = []
        for owner in _proposal_owners(tok):
            # "from A, B on X and C": the parser hangs later names of the list as appositions
            # and conjuncts deep inside the first
            listed = [t for t in owner.subtree if t.dep_ in ("appos", "conj") and t.left_edge.i > 0
                      and ctx.doc[t.left_edge.i - 1].lower_ in (",", "and", "or")]
            for t in [owner, *listed]:
                objects.extend(a for a in ctx.args_in(t, pattern.object_types) if a not in objects)
        if subjects and objects:
            yield RuleMatch(subjects, objects, verb)


def _answering_verb(noun: Token, pattern: RelationPattern) -> Token | None:
    """The verb by which a clause answers the proposals a recommending noun names: "responds
    to them", "(designed) in response to them", "implements them"."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in pattern.lemmas:
        return head
    if noun.dep_ != "pobj" or head.lower_ != "to":
        return None
    gov = head.head
    if gov.pos_ == "VERB" and gov.lemma_.lower() in pattern.lemmas:
        return gov
    if gov.pos_ == "NOUN" and gov.lemma_.lower() in pattern.lemmas and gov.head.lower_ == "in" and (
            gov.head.head.pos_ in ("VERB", "AUX")):
        return gov.head.head   # "designed in response to ..."
    return None


def _proposal_owners(noun: Token) -> list[Token]:
    """Who made the proposals a recommending noun names: its possessor ("the review's
    recommendations"), the object of "from / of / in / by", also through a participle
    ("recommendations made in the X Review")."""
    out = [c for c in children_of(noun) if c.dep_ == "poss"]
    holders = [noun, *[c for c in children_of(noun) if c.dep_ == "acl" and c.tag_ == "VBN"]]
    for holder in holders:
        for prep in children_of(holder):
            if prep.dep_ in ("prep", "agent") and prep.lower_ in _OWNER_PREPS:
                out.extend(p for p in children_of(prep) if p.dep_ == "pobj")
    return out
