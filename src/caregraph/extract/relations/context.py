"""What the relation rule kinds share: the document context (its mentions, entities,
proposals and lists, indexed), argument lookup and reference resolution.

Arguments are the entities whose mentions cover the subject and object tokens, or that a
reference resolves to ("he" -> the last person; "the review" -> the document's one review).
No spaCy import at module level.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...core.evidence import evidence_bounds
from ...core.ontology import INITIATIVE, ORGANISATION, PERSON, PLACE, PUBLICATION, RECOMMENDATION
from ...core.records import Entity, Mention
from ...core.schema import Schema
from ...core.text import compact_key
from ..syntax import (
    StringIndex,
    children_of,
    conjuncts,
    ends_line,
    line_ends,
    lines,
    memo_of,
    sent_at,
    sent_of,
    sentences,
    span_of,
    text_of,
    token_flags,
    tokens_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..proposals import RecommendationItem


@dataclass(frozen=True, slots=True)
class Arg:
    key: str
    type: str
    via_reference: bool = False


@dataclass(frozen=True, slots=True)
class Quote:
    """Tokens [start, end) of a quotation and the entities that say it (quotes.py finds them)."""

    start: int
    end: int
    speakers: tuple[Arg, ...]
    verb: int
    topic: tuple[Arg, ...] = ()  # the publications the attribution says it responds to
    reported: bool = False       # reported speech ("X said the plan was welcome"): "she" is X
    turn: bool = False           # a transcript's or a debate's turn ("Jane Porter (Con): ..."): a speech


_TEXTS = (PUBLICATION, INITIATIVE)
# determiners of an event noun that stands for a referent named before ("the move", "this decision")
_EVENT_DETERMINERS = frozenset({"the", "this", "that", "these"})


class Context:
    """One parsed document with its mentions and entities, and the lookups rules need."""

    def __init__(
        self,
        doc: Doc,
        mentions: Sequence[Mention],
        mention_keys: Sequence[str],
        entities: Sequence[Entity],
        schema: Schema,
        evidence_of: Callable[[int, int], str],
        proposals: Sequence[RecommendationItem] = (),
    ) -> None:
        self.doc = doc
        self.text = text_of(doc)   # Doc.text joins every token: once, not per relation
        self.schema = schema
        self.proposals = proposals
        self.rules = schema.relations
        self.evidence_of = evidence_of
        self.entity = {e.key: e for e in entities}
        self.mentions = list(mentions)
        self.token_mention: dict[int, int] = {}
        # each mention's tokens (None where its characters fall outside any token)
        self.spans: list[Span | None] = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions]
        for index, span in enumerate(self.spans):
            for tok in span or ():
                self.token_mention.setdefault(tok.i, index)
        self.keys = list(mention_keys)
        # per-document lookups that every reference would otherwise rebuild (pronouns and
        # descriptions are as many as the words, so a walk over all mentions or entities for
        # each grew with the square of a document's length)
        self._mention_starts = [m.start for m in self.mentions]
        # each entity's first mention: the character offset where it starts (`_named_by`)
        self._first_named: dict[str, int] = {}
        for m, k in zip(self.mentions, self.keys, strict=True):
            if k not in self._first_named or m.start < self._first_named[k]:
                self._first_named[k] = m.start
        self._starts_sorted = all(a <= b for a, b in zip(self._mention_starts, self._mention_starts[1:], strict=False))
        self._salient: dict[tuple[str, frozenset[str], bool, bool, bool, bool], Arg | None] = {}
        self._named_before: dict[str, tuple[list[int], list[str | None]]] = {}
        self._governors: dict[str, set[str]] | None = None
        self.lists = _lists(doc, self)
        # quotations, and who "we" is in one: filled by find_relations from quotes.py, which
        # reads the rule kinds (a role phrase gives the speaker's organisation)
        self.quotes: list[Quote] = []
        self.speaker_body: Callable[[Token], Arg | None] | None = None
        self.speaker: Callable[[Token], Arg | None] | None = None
        # who "we" is outside quotations (voice.py) and the publisher the file's metadata names
        self.voice: Callable[[Token], Arg | None] | None = None
        self.publisher: str | None = None
        self.cache: dict[str, Any] = {}  # per-document lookups a helper module computes once
        # token indexes, so that a rule visits only the tokens its trigger words can match
        from spacy.attrs import LEMMA, LOWER

        self.by_lemma = TokensByKey(doc, StringIndex(doc, LEMMA, str.lower), _repaired_lemmas(doc))
        self.by_lower = StringIndex(doc, LOWER)

    def tokens_with_lemma(self, lemmas: Sequence[str]) -> list[Token]:
        """Tokens whose lemma is the first word of one of `lemmas`, in text order."""
        get = self.by_lemma.get
        lists = [tokens for word in _lemma_firsts(lemmas) if (tokens := get(word, ()))]
        if len(lists) == 1:
            return list(lists[0])   # (one word's tokens: in text order already)
        found = {t.i: t for tokens in lists for t in tokens}
        return [found[i] for i in sorted(found)]

    def verbs(self) -> list[Token]:
        """The tokens tagged VERB, in text order (from the token array: no Token made for the
        other words)."""
        found: list[Token] | None = self.cache.get("verbs")
        if found is None:
            from spacy.attrs import POS
            from spacy.parts_of_speech import IDS

            verb, doc = IDS["VERB"], self.doc
            tags: list[int] = doc.to_array(POS).tolist() if len(doc) else []
            found = self.cache["verbs"] = [doc[i] for i, pos in enumerate(tags) if pos == verb]
        return found

    def tokens_with_lower(self, words: Collection[str]) -> list[Token]:
        """Tokens whose lower-case form is one of `words`, in text order."""
        toks = tokens_of(self.doc)
        return [toks[i] for i in sorted({i for w in words for i in self.by_lower.get(w, ())})]

    def tokens_with_word(self, words: Collection[str]) -> list[Token]:
        """Tokens whose lower-case lemma or lower-case form is one of `words`, in text order."""
        doc = self.doc
        found = {t.i: t for w in words for t in self.by_lemma.get(w, ())}
        for w in words:
            for i in self.by_lower.get(w, ()):
                if i not in found:
                    found[i] = doc[i]
        return [found[i] for i in sorted(found)]

    # -- arguments
    def arg_at(self, tok: Token) -> Arg | None:
        """The entity a token names, directly or through a reference."""
        index = self.token_mention.get(tok.i)
        if index is not None:
            key = self.keys[index]
            return Arg(key, self.entity[key].type)
        return self.resolve(tok)

    def args_in(self, tok: Token, types: Sequence[str]) -> list[Arg]:
        """Entities a phrase headed by `tok` names: the token's own, its appositions and
        conjuncts (not one negated on its own, "X but not Z", nor any of "neither X nor Z"),
        else the first entity of an allowed type inside the phrase."""
        out: list[Arg] = self.counted(tok, types)
        if out:
            return out
        if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in children_of(tok)):
            return []  # "backed neither X nor Z"
        # "welcomed X but not Z": a member with a negation of its own is excluded
        for head in [tok, *(c for c in self._name_conjuncts(tok) if not any(n.dep_ == "neg" for n in children_of(c)))]:
            arg = self.arg_at(head)
            if head is not tok and (head.pos_ == "PROPN" or head.is_title) and (arg is None or arg.type not in types):
                continue  # a member of a list that is a name of another type or none: not the names in its brackets
            listed: list[Token] = []  # "seven areas - A, B and C": the names listed with the first
            if arg is None or arg.type not in types:
                for child in children_of(head):
                    if child.dep_ == "appos" and not _crosses_governor(head, child):
                        cand = self.arg_at(child)
                        if cand is not None and cand.type in types:
                            arg = cand
                            listed = conjuncts(child)
                            break
            named = arg is not None and arg.type not in types and not arg.via_reference
            if arg is None or arg.type not in types:
                arg, at = self._first_token_in(head, types)
                listed = ([*self._name_conjuncts(at), *_parallel_objects(at, self.token_mention)]
                          if at is not None and at.i != head.i else [])
                if (named or _agent_clause_on_common_noun(head, self.token_mention)) and at is not None \
                        and _in_clause_on(head, at):
                    # "the Y Review, set up by X, was chaired by Z": a name of another type
                    # with a participle clause on it names no body inside that clause; nor does
                    # a common noun with a passive one ("part of a regional group led by X")
                    arg, listed = None, []
            if arg is not None and arg.type in types and arg not in out:
                out.append(arg)
                for other in listed:
                    more = self.arg_at(other)
                    if more is not None and more.type in types and more not in out:
                        out.append(more)
        return out

    def _name_conjuncts(self, tok: Token) -> list[Token]:
        """The conjuncts of a phrase, also those the parser hung on a word inside a name of the
        list: "A, Blackburn with Darwen, B and C", where "B" and "C" are conjuncts of "Darwen",
        the object of the name's own "with"; and a list the parser took for an apposition with
        conjuncts ("A, B and C": "B" in apposition to "A", "C" joined to "B"), when "A" and "B"
        are names."""
        out = conjuncts(tok)
        if tok.i in self.token_mention:
            for c in children_of(tok):
                if c.dep_ == "appos" and c.i in self.token_mention and not _crosses_governor(tok, c) and any(
                        g.i in self.token_mention for g in self._inner_conjuncts(c)):
                    out += [c, *conjuncts(c)]
        seen = {tok.i, *(c.i for c in out)}
        k = 0
        members = [tok, *out]
        while k < len(members):
            for c in self._inner_conjuncts(members[k]):
                if c.i not in seen:
                    seen.add(c.i)
                    out.append(c)
                    members.append(c)
            k += 1
        return out

    def _inner_conjuncts(self, tok: Token) -> list[Token]:
        """The conjuncts outside the name `tok` is in that the parser hung on a word of that name
        (the token's own too)."""
        index = self.token_mention.get(tok.i)
        span = self.spans[index] if index is not None else None
        if span is None:
            return conjuncts(tok)
        return [c for inner in span for c in conjuncts(inner) if not (span.start <= c.i < span.end)]

    def proposals_named(self, noun: Token, clause: Token, types: Sequence[str]) -> list[Arg]:
        """A noun of proposing that names nothing itself ("the recommendation", "calls") stands,
        for a stance, for each proposal (a Recommendation) that `clause` (the stance's verb or
        copula) names after it, outside clauses of their own joined to it ("endorses
        recommendations for X, in Y and in Z", "welcome the review's recommendation that X"; not
        "... but rejected the call for W")."""
        if (RECOMMENDATION not in types or noun.lemma_.lower() not in self.rules.proposal_nouns
                or noun.i in self.token_mention):
            return []
        other = {t.i for c in clause.subtree if c.i != clause.i and c.pos_ in ("VERB", "AUX")
                 and c.dep_ in ("conj", "advcl", "relcl", "parataxis") and c.head.i == clause.i for t in c.subtree}
        out: list[Arg] = []
        for t in clause.subtree:
            if t.i <= noun.i or t.i in other or t.i not in self.token_mention:
                continue
            key = self.keys[self.token_mention[t.i]]
            if self.entity[key].type == RECOMMENDATION and (arg := Arg(key, RECOMMENDATION)) not in out:
                out.append(arg)
        return out

    def counted(self, tok: Token, types: Sequence[str]) -> list[Arg]:
        """"The two programmes", "both schemes", "the three reviews", "the four authorities": a
        counted plural description stands for the entities of its type named in its sentence and
        the three before it, when exactly that many were named there. A group noun of places or
        bodies (relations.yaml counted_groups: "the four authorities" after "councils in
        Westshire, Eastborough, Northby and Southby") may stand for names of either of its types;
        its definite_references type is tried first, and two other types that both fit leave it
        unresolved."""
        count = _count(tok)
        if count is None or tok.i in self.token_mention:
            return []
        lemma = tok.lemma_.lower()
        first = self.rules.definite_references.get(lemma)
        candidates = [t for t in ((first,) if first else ()) if t in types]
        others = [t for t in self.rules.counted_groups.get(lemma, ()) if t in types and t != first]
        if not candidates and not others:
            return []
        window = sent_of(tok).start
        for _ in range(3):
            if window > 0:
                window = sent_at(self.doc, window - 1).start
        start_char = self.doc[window].idx
        named: dict[str, list[Arg]] = {}
        for index, m in enumerate(self.mentions):
            key = self.keys[index]
            type_ = self.entity[key].type
            if start_char <= m.start and m.end <= tok.idx and (type_ in candidates or type_ in others):
                arg = Arg(key, type_, via_reference=True)
                if arg not in named.setdefault(type_, []):
                    named[type_].append(arg)
        for type_ in candidates:
            if len(named.get(type_, ())) == count:
                return named[type_]
        fits = [named[t] for t in others if len(named.get(t, ())) == count]
        return fits[0] if len(fits) == 1 else []

    def first_in(self, tok: Token, types: Sequence[str]) -> Arg | None:
        return self._first_token_in(tok, types)[0]

    def _misparsed(self, tok: Token) -> set[int]:
        """The tokens of a phrase that `_first_token_in` passes over, made once per head token
        (rules ask for the same phrase for each of their types)."""
        known: dict[int, set[int]] = self.cache.setdefault("misparsed", {})
        found = known.get(tok.i)
        if found is None:
            found = known[tok.i] = {d.i for c in tok.subtree
                         if (c.dep_ == "appos" and _crosses_governor(c.head, c))
                         or (c.dep_ == "amod" and c.i != tok.i and not self._quoted_name(c))
                         or (c.pos_ == "VERB" and c.lemma_.lower() in self.rules.undoing_verbs
                             and c.i != tok.i)  # "a decision to scrap Y"
                         or (c.dep_ == "prep" and c.head.lemma_.lower() in self.rules.answering_nouns)  # "its response to Y"
                         or (c.dep_ == "prep" and c.head.lemma_.lower() in self.rules.undoing_nouns)  # "the closure of Y"
                         # "three interventions from Y": a counted few of Y's parts, not Y
                         or (c.dep_ == "prep" and c.lower_ in ("from", "in", "of")
                             and any(n.dep_ == "nummod" and not _is_year(n) for n in children_of(c.head))
                             and c.head.pos_ == "NOUN")
                         for d in c.subtree}
        return found

    def _quoted_name(self, tok: Token) -> bool:
        """Whether a modifier is a name set in quotation marks right before the noun it names
        ("the ‘Lapwing’ model", which the parser may read as an adjective): the name is the
        phrase's referent, unlike a modifier such as "a Westshire-based charity"."""
        index = self.token_mention.get(tok.i)
        if index is None:
            return False
        start = end = tok.i
        while start > 0 and self.token_mention.get(start - 1) == index:
            start -= 1
        while end + 1 < len(self.doc) and self.token_mention.get(end + 1) == index:
            end += 1
        return (start > 0 and end + 2 == tok.head.i and self.doc[start - 1].text in _QUOTE_MARKS
                and self.doc[end + 1].text in _QUOTE_MARKS)

    def _first_token_in(self, tok: Token, types: Sequence[str]) -> tuple[Arg | None, Token | None]:
        # skipped: a misparsed apposition, and modifiers ("a Cumbria-based charity" names no
        # place as the phrase's referent)
        misparsed = self._misparsed(tok)
        for t in tok.subtree:
            if t.dep_ in ("relcl", "advcl") and t.i != tok.i:
                break
            if t.i in misparsed:
                continue
            index = self.token_mention.get(t.i)
            if index is not None:
                key = self.keys[index]
                if self.entity[key].type in types:
                    while t.head.i != t.i and self.token_mention.get(t.head.i) == index:
                        t = t.head  # the name's head word, which its conjuncts hang on
                    if self.entity[key].type == PLACE and _modifies_common_noun(t, self.token_mention):
                        continue  # "UK government", "the Westshire team": the noun's referent, not the place
                    return Arg(key, self.entity[key].type), t
            elif t.pos_ in ("NOUN", "PROPN"):
                arg = self.resolve(t)
                if arg is not None and arg.type in types:
                    return arg, t
        return None, None

    def resolve(self, tok: Token) -> Arg | None:
        """Pronouns and definite descriptions, conservatively: exactly one candidate."""
        word = tok.lower_
        if word == "it" and tok.pos_ == "PRON":
            return self._previous_subject(tok) if tok.dep_ != "dobj" else self._previous_text(tok)
        if word in ("we", "us", "our") and tok.pos_ == "PRON":
            if self.in_quotation(tok):
                return self.speaker_body(tok) if self.speaker_body is not None and word != "our" else None
            # the page's own voice (voice.py): never the body merely named nearest before
            return self.voice(tok) if self.voice is not None else None
        if word in ("i", "me", "my", "myself") and tok.pos_ == "PRON":
            said = self.speaker(tok) if self.speaker is not None else None
            if said is None and not self.in_quotation(tok):
                # a blog's "I": the person its byline names; with none, the body the page speaks as
                # (voice.py: a commissioner's own page, "in my report Y")
                author = self.byline_author()
                return author if author is not None or self.voice is None else self.voice(tok)
            return said
        if word in ("its", "their") and tok.dep_ == "poss":
            return self._previous_subject(tok)
        if tok.pos_ == "PROPN" and tok.i not in self.token_mention:
            listed = self._listed_surname(tok)
            if listed is not None:
                return listed
        pron_types = self.rules.pronouns.get(word)
        if pron_types and tok.pos_ == "PRON":
            return self._last_before(tok, pron_types)
        ref_type = self.rules.definite_references.get(tok.lemma_.lower()) or self.rules.definite_references.get(word)
        if ref_type and _count(tok) is not None:
            return None  # "the two programmes" stands for two or for none (counted), never for one
        if ref_type and tok.pos_ in ("NOUN", "PROPN"):
            # "the FFC pathfinder": the name modifying the noun is its referent, directly
            for child in children_of(tok):
                index = self.token_mention.get(child.i) if child.dep_ == "compound" else None
                if index is not None and self.entity[self.keys[index]].type == ref_type:
                    return Arg(self.keys[index], ref_type)
            # "published its new report, Fair Futures": the title in apposition is the referent,
            # never another text of the same head noun that the page names elsewhere
            for child in children_of(tok):
                index = (self.token_mention.get(child.i)
                         if child.dep_ == "appos" and child.i > tok.i and not _crosses_governor(tok, child) else None)
                if index is not None and self.entity[self.keys[index]].type == ref_type:
                    return Arg(self.keys[index], ref_type)
        if ref_type and tok.pos_ == "PROPN" and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" and c.i not in self.token_mention for c in children_of(tok)):
            return None  # "the Kestrel Review", a name no mention found: another entity, not "the review"
        if ref_type and tok.pos_ in ("NOUN", "PROPN") and _is_definite(tok):
            # "the report" (not "their report", which may be another body's)
            called = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in children_of(tok))
            # "this legislation" stands for the document's one bill or act
            lemma = tok.lemma_.lower()
            # "X has published its report", "the final report by X": a text of the body's own, not
            # the document's one "Y Review" or "Z Framework"
            owned = any((c.dep_ == "poss" and c.lower_ in ("its", "their")) or (c.dep_ == "prep" and c.lower_ == "by")
                        for c in children_of(tok))
            # "this latest report by X": the document's one report, never a title of no kind
            authored = any(c.dep_ == "prep" and c.lower_ == "by" for c in children_of(tok))
            # "The Harbour Trust has published its report. ... We welcome this report": the text
            # introduced that noun as a body's own, so neither is the document's one "X Review"
            owned = owned or (ref_type == PUBLICATION and self.owned_before(tok))
            heads = self.rules.reference_heads.get(lemma, (lemma,))
            found = self.salient(ref_type, heads=heads, called=called,
                                 other_kinds=not (owned and ref_type == PUBLICATION),
                                 by_head_only=authored and ref_type == PUBLICATION,
                                 local=ref_type == PLACE and lemma in self.rules.local_place_nouns)
            if found is not None and ref_type == PUBLICATION and not self._named_by(found.key, tok.idx) \
                    and self.salient(ref_type, heads=heads, by_head_only=True) != found \
                    and not self._called(self.entity[found.key], heads) and self._introduced_before(tok):
                # "A new report finds X. Commissioned by Y, the report calls for Z. ... The
                # Government published Safe Harbours": "the report" is the unnamed one the page
                # introduced ("a new report"), never the one text the page names only after it
                # when neither that text's name nor the page calls it a report ("the review
                # finds ... the Westshire Review" still is the review; so is "Jane Doe has
                # published her report ... this report ... she chaired the Westshire Review")
                return None
            return found if found is None or not self.own_modifiers(tok, found) else None
        return None

    def _introduced_before(self, tok: Token) -> bool:
        """Whether the text introduced the description's noun before it as a new one, in no
        name: "a new report", "an analysis" ("A new report finds ... the report")."""
        for prev in self.tokens_with_lemma((tok.lemma_.lower(),)):
            if prev.i >= tok.i:
                break
            if prev.i not in self.token_mention and prev.pos_ == "NOUN" and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(prev)):
                return True
        return False

    def _named_by(self, key: str, offset: int) -> bool:
        """Whether an entity is named before a character offset: a mention of it starts before
        the offset, or it has no mention in the text at all (nothing places it after)."""
        first = self._first_named.get(key)
        return first is None or first < offset

    def owned_before(self, tok: Token) -> bool:
        """Whether an earlier mention of the description's noun, in no name, is a body's own
        text: "the Harbour Trust's report", "our new report" (the page's body), "The Westshire
        Panel has published its report" ("its" the owner that the clause's subject names); not
        "the review published its report" (a publication's own report is itself), nor "Jane
        Doe's report" (a person's report may be the review she leads)."""
        for prev in self.tokens_with_lemma((tok.lemma_.lower(),)):
            if prev.i >= tok.i:
                break
            if prev.i in self.token_mention or prev.pos_ != "NOUN":
                continue
            for owner in children_of(prev):
                if owner.dep_ != "poss":
                    continue
                if self._owner_type(owner, prev) == ORGANISATION:
                    return True
        return False

    def _owner_type(self, owner: Token, noun: Token) -> str | None:
        """The type of the entity a possessor of a noun stands for, or None when unknown."""
        index = self.token_mention.get(owner.i)
        if index is not None:
            return self.entity[self.keys[index]].type
        word = owner.lower_
        if word in ("our", "my"):
            if self.in_quotation(owner):
                return None
            # the page's own voice; a page that speaks for no body found is still no publication
            voice = self.voice(owner) if self.voice is not None else None
            return voice.type if voice is not None else ORGANISATION
        if word in ("its", "their") and noun.dep_ == "dobj":
            for subj in noun.head.children:
                if subj.dep_ == "nsubj":
                    found = self.token_mention.get(subj.i)
                    if found is None:
                        found = next((self.token_mention[t.i] for t in subj.lefts if t.i in self.token_mention
                                      and t.dep_ != "poss"), None)
                    return self.entity[self.keys[found]].type if found is not None else None
        return None

    def _listed_surname(self, tok: Token) -> Arg | None:
        """A bare surname in a list of people ("Cllrs Doe, Roe and Poe called for Y"): the one
        person of the page whose name ends in it, when every member of the list is a person,
        named in full or by a surname that only one person of the page bears. A surname two
        people share, a list with a member that is no person, or a word alone names nobody."""
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        members = [first, *conjuncts(first)]
        if len(members) < 2 or tok not in members:
            return None
        surnames = self._surnames()
        found: Arg | None = None
        for member in members:
            index = self.token_mention.get(member.i)
            if index is not None:
                if self.entity[self.keys[index]].type != PERSON:
                    return None
                continue
            if member.pos_ != "PROPN" or not member.is_title or any(
                    c.dep_ in ("compound", "amod", "det", "poss") and c.pos_ != "PROPN" for c in children_of(member)):
                return None
            keys = surnames.get(member.text, set())
            if len(keys) != 1:
                return None
            if member.i == tok.i:
                found = Arg(next(iter(keys)), PERSON, via_reference=True)
        return found

    def _surnames(self) -> dict[str, set[str]]:
        """The last word of each person's name on the page (its label and aliases of two words
        or more), with the people whose name ends in it."""
        cached: dict[str, set[str]] | None = self.cache.get("surnames")
        if cached is None:
            cached = self.cache["surnames"] = {}
            for key in dict.fromkeys(self.keys):
                entity = self.entity[key]
                if entity.type != PERSON:
                    continue
                for name in (entity.label, *entity.aliases):
                    words = name.split()
                    if len(words) >= 2 and words[-1][:1].isupper():
                        cached.setdefault(words[-1], set()).add(key)
        return cached

    def own_modifiers(self, tok: Token, found: Arg) -> bool:
        """Whether a description has a common noun modifying it that no name of its candidate
        holds ("the agency workforce consultation" is not the document's one "Harbour Care
        Consultation"), or a topic of its own after it ("the review into the deaths of Jane Doe"
        is not the document's one "Westshire Care Review"): its modifiers say which one it is,
        another than the candidate."""
        words = [c.lower_ for c in children_of(tok) if c.dep_ == "compound" and c.pos_ == "NOUN"
                 and c.is_lower and c.i not in self.token_mention]
        # the topic's head noun, in no name ("into the deaths", "on harbour wardens")
        words += [p.lower_ for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in self.rules.topic_preps
                  for p in children_of(c) if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.is_lower
                  and p.i not in self.token_mention]
        if not words:
            return False
        entity = self.entity[found.key]
        known = self.known_forms(entity.label)
        names = {w for name in (entity.label, *entity.aliases, *known) for w in name.lower().split()}
        return not any(w in names for w in words)

    def _kind_forms(self, entity: Entity) -> tuple[str, ...]:
        """The gazetteer's names of a publication whose label says no kind of text (entities.yaml
        heads: "Safe Harbours", not "Westshire Care Review", whose own kind decides what it is
        called); none for any other, nor for a programme (a known programme's name, "Harbour
        First Programme", is also the name of many a local programme a page names in short)."""
        kinds = self.schema.entities.heads
        words = entity.label.lower().split()
        if entity.type != PUBLICATION or not words or kinds.get(head_word(entity.label)) == PUBLICATION \
                or kinds.get(words[-1]) == PUBLICATION:
            return ()
        return self.known_forms(entity.label)

    def known_forms(self, label: str) -> tuple[str, ...]:
        """The aliases the gazetteer gives the entry of that name (none for a name it lacks)."""
        forms: dict[str, tuple[str, ...]] | None = self.cache.get("gazetteer_forms")
        if forms is None:
            forms = self.cache["gazetteer_forms"] = {e.name: e.aliases for e in self.schema.gazetteer}
        return forms.get(label, ())

    def in_quotation(self, tok: Token) -> bool:
        """Whether a token is someone's quoted words: in a quotation found with its speaker, or
        between quotation marks opened earlier on its line."""
        if any(q.start <= tok.i < q.end for q in self.quotes):
            return True
        marked = self.cache.get("marked_quotation")
        if marked is None:
            marked = self.cache["marked_quotation"] = _marked_quotation(self.doc)
        return bool(marked[tok.i])

    def person_possessive(self, tok: Token) -> bool:
        """Is a token a possessive pronoun that stands for a person ("his", "her": the schema's
        pronouns of a Person, as the owner of a noun)?"""
        return tok.dep_ == "poss" and PERSON in self.rules.pronouns.get(tok.lower_, ())

    def byline_author(self) -> Arg | None:
        """The one person named alone on a line ("Jane Porter", "By Jane Porter") among the
        document's opening lines, before its first paragraph of running text; None when there
        is no such line or more than one person."""
        if "byline" not in self.cache:
            authors: list[str] = []
            for line in opening_lines(self.doc):
                words = [t for t in line if not (t.is_punct or t.is_space) and t.lower_ != "by"]
                indexes = {self.token_mention.get(t.i) for t in words}
                if words and len(indexes) == 1 and None not in indexes:
                    key = self.keys[next(iter(indexes))]  # type: ignore[index]
                    if self.entity[key].type == PERSON and key not in authors:
                        authors.append(key)
                elif (key := self._signed_line(line, words)) is not None and key not in authors:
                    authors.append(key)
            self.cache["byline"] = Arg(authors[0], PERSON, via_reference=True) if len(authors) == 1 else None
        found: Arg | None = self.cache["byline"]
        return found

    def _signed_line(self, line: Span, words: list[Token]) -> str | None:
        """The person a byline with a post names ("Jane Porter, director of research, the Harbour
        Trust"): a line that opens with one person's name and a comma, names no other person and
        has no verb outside a name (not a sentence: "Jane Porter, the chair, said ...")."""
        first = self.token_mention.get(words[0].i) if words else None
        if first is None or self.entity[self.keys[first]].type != PERSON or len(words) > _SIGNED_LINE_WORDS:
            return None
        rest = [t for t in line if t.i > words[0].i and self.token_mention.get(t.i) != first]
        if not rest or rest[0].text != "," or any(t.pos_ in ("VERB", "AUX") and t.i not in self.token_mention for t in line):
            return None
        for t in rest:
            index = self.token_mention.get(t.i)
            if index is not None and self.entity[self.keys[index]].type == PERSON:
                return None
        return self.keys[first]

    def _previous_subject(self, tok: Token) -> Arg | None:
        """"It" opening a sentence as the subject of a full verb continues the previous
        sentence's subject when that names a body, publication or programme ("The X pathfinder
        was announced in May. It responds to ..."), also by a definite description of the page's
        one text or programme ("The strategy was published in May. It responds to ...": resolve);
        a dummy "it" ("it is clear that") names
        nothing. So does "its" opening a sentence ("X welcomed the Bill. Its president, ...") or
        in apposition to the person who opens it ("X welcomed the Bill. Jane Porter, its
        president, ...")."""
        if tok.dep_ == "poss":
            pass  # "Its president, X, said": the phrase opening the sentence
        elif tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_.lower() in ("be", "seem", "appear", "look", "take"):
            return None  # a dummy "it": "it is clear that"
        before = [t for t in tok.doc[tok.sent.start : tok.i] if t.pos_ not in ("PUNCT", "SPACE")]
        if before and not (tok.dep_ == "poss" and self._apposed_to_opening_person(tok, before)):
            return None
        previous = _sentence_before(tok)
        if previous is None:
            return None
        root = previous.root
        for s in children_of(root):
            if s.dep_ in ("nsubj", "nsubjpass"):
                # the name itself or a name inside the subject's head ("the FFC pathfinder")
                # (not its owner: in "X's report ... It recommends", "it" is the report)
                index = next((self.token_mention[t.i] for t in [s, *s.lefts]
                              if t.i in self.token_mention and t.dep_ != "poss"), None)
                if index is None:
                    # "The strategy was published in May. It responds to ...": a definite
                    # description the page resolves to its one text or programme
                    described = self.resolve(s) if s.pos_ == "NOUN" and _is_definite(s) else None
                    return described if described is not None and described.type in (PUBLICATION, INITIATIVE) else None
                key = self.keys[index]
                type_ = self.entity[key].type
                if type_ in (ORGANISATION, PUBLICATION, INITIATIVE):
                    return Arg(key, type_, via_reference=True)
        return None

    def previous_text(self, tok: Token) -> Arg | None:
        """The text or programme a pronoun ("it", "its") stands for by the previous sentence
        (_previous_text)."""
        return self._previous_text(tok)

    def _previous_text(self, tok: Token) -> Arg | None:
        """"It" as the object of a verb, in a sentence that names no text or programme before
        it, stands for the one text or programme the previous sentence names, when that names
        exactly one thing that is no body, person or place ("The Harbour Office published the
        Westshire Review on Monday. We welcome it."; not after "The Bill introduces the Y
        allowance.", which names two)."""
        if any(t.i in self.token_mention and self.entity[self.keys[self.token_mention[t.i]]].type in _TEXTS
               for t in tok.doc[tok.sent.start : tok.i]):
            return None
        before = _sentence_before(tok)
        if before is None:
            return None
        keys = {self.keys[self.token_mention[t.i]] for t in before if t.i in self.token_mention}
        things = {key for key in keys if self.entity[key].type not in (ORGANISATION, PERSON, PLACE)}
        if len(things) != 1:
            return None
        key = things.pop()
        type_ = self.entity[key].type
        return Arg(key, type_, via_reference=True) if type_ in _TEXTS else None

    def _apposed_to_opening_person(self, tok: Token, before: Sequence[Token]) -> bool:
        """"Jane Porter, its chief executive, said": "its" right after a comma that follows the
        one person's name opening the sentence."""
        indexes = {self.token_mention.get(t.i) for t in before}
        if len(indexes) != 1 or None in indexes or tok.i < 1 or tok.doc[tok.i - 1].text != ",":
            return False
        index = next(iter(indexes))
        return index is not None and self.entity[self.keys[index]].type == PERSON

    def _last_before(self, tok: Token, types: Sequence[str]) -> Arg | None:
        sent_start = sent_of(tok).start
        earliest = sent_at(tok.doc, max(0, sent_start - 1)).start if sent_start else 0
        earliest = sent_at(tok.doc, max(0, earliest - 1)).start if earliest else 0
        start_char = tok.doc[earliest].idx
        # the mentions in the window, last first (all of them when they are not in text order)
        low, high = 0, len(self.mentions)
        if self._starts_sorted:
            low = bisect_left(self._mention_starts, start_char)
            high = bisect_right(self._mention_starts, tok.idx)
        for index in range(high - 1, low - 1, -1):
            m = self.mentions[index]
            if m.end <= tok.idx and m.start >= start_char:
                key = self.keys[index]
                if self.entity[key].type in types:
                    return Arg(key, self.entity[key].type, via_reference=True)
        return None

    def salient(self, type_: str, *, heads: Collection[str], called: bool = False,
                description: Token | None = None, by_head_only: bool = False,
                other_kinds: bool = True, local: bool = False) -> Arg | None:
        """The document's one entity of a type that a description refers to: the one whose
        head is one of `heads`, else (with `called`) the one the text has called by one of
        them, else the only one of the type; None when ambiguous. With `description` (the
        description's head token), an ambiguous choice falls back on the one entity of the
        type the document has named before it, when the description is definite ("the final
        report of the X Review ... The report calls for Y"; not "their report", which may be
        another body's). With `by_head_only`, only the one entity whose head is one of `heads`
        ("according to a landmark review": the document's one review; "a new report" is no
        earlier review). Without `other_kinds`, the document's entities of the type are no answer
        when a name among them says it is another kind of it ("the report" is not the
        document's one "X Review" or "Y Framework" that the text never called a report). With `local`
        (a noun of a local kind of place, "the borough"), the one candidate is no answer
        unless it is a place of a local kind (`_local_place`); a country still counts as a
        candidate, so "the city" beside both Westby and Westland stays unresolved. (Each answer once per question and document, and the fallback by a
        binary search: the entities do not change while the rules run.)"""
        question = (type_, frozenset(heads), called, by_head_only, other_kinds, local)
        if question not in self._salient:
            self._salient[question] = self._salient_entity(type_, heads=heads, called=called, by_head_only=by_head_only,
                                                           other_kinds=other_kinds, local=local)
        found = self._salient[question]
        if found is not None or by_head_only or description is None or not other_kinds or local:
            return found
        if any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in children_of(description)):
            earlier = self._only_named_before(type_, description.idx)
            if earlier is not None and not self.other_kind(self.entity[earlier], type_, heads):
                return Arg(earlier, type_, via_reference=True)
        return None

    def _only_named_before(self, type_: str, offset: int) -> str | None:
        """The key of the one entity of a type with a mention ending at or before a character
        offset, if exactly one has."""
        table = self._named_before.get(type_)
        if table is None:
            ends: list[int] = []
            first: list[str | None] = []   # after k mentions: the one key seen, None for none or several
            seen: set[str] = set()
            for end, key in sorted((m.end, key) for m, key in zip(self.mentions, self.keys, strict=True)
                                   if self.entity[key].type == type_):
                seen.add(key)
                ends.append(end)
                first.append(key if len(seen) == 1 else None)
            table = self._named_before[type_] = (ends, first)
        ends, first = table
        k = bisect_right(ends, offset)
        return first[k - 1] if k else None

    def _salient_entity(self, type_: str, *, heads: Collection[str], called: bool, by_head_only: bool,
                        other_kinds: bool = True, local: bool = False) -> Arg | None:
        same_type = [e for e in self.entity.values() if e.type == type_]
        # the head before "of/for" ("Review of X") or the last word ("X for Children Pathfinder")
        stems = {h.rstrip("s") for h in heads}
        # by its label, or by another name the document gives it ("X: Delivery Plan"), or, for
        # a title of no kind, one the gazetteer knows it by ("Safe Harbours", known as the
        # "Westshire Harbour Strategy": the strategy)
        same_head = [e for e in same_type if any(
            head_word(name) in heads or (name.split() and name.split()[-1].lower().rstrip("s") in stems)
            for name in (e.label, *(a for a in (*e.aliases, *self._kind_forms(e)) if len(a.split()) >= 2)))]
        if by_head_only:
            return Arg(same_head[0].key, type_, via_reference=True) if len(same_head) == 1 else None
        if not same_head and called:
            # the one the text itself has called by that noun: "the final report of X", or an
            # alias ("X's report") that has it as a word
            same_head = [e for e in same_type if self._called(e, heads)]
        if not same_head and not other_kinds and any(
                self.schema.entities.heads.get(head_word(e.label)) == type_ for e in same_type):
            return None
        pool = _outer_names(same_head or same_type)
        if not same_head and len(pool) == 1 and self.other_kind(pool[0], type_, heads):
            return None  # "the review" is not the page's one "X Report", nor "the council" its one department
        if len(pool) != 1 or (local and not self._local_place(pool[0])):
            return None  # ambiguous, or a country for "the borough": still one candidate of every place named
        return Arg(pool[0].key, type_, via_reference=True)

    def other_kind(self, entity: Entity, type_: str, heads: Collection[str]) -> bool:
        """Whether an entity's name says it is another kind of its type than the description's
        nouns `heads` stand for: its head word (or last word) is a head of the type
        (entities.yaml heads) that is none of `heads` nor of the kinds relations.yaml
        reference_kinds lets them stand for ("the review" and "the Westshire Moorings Report";
        "the council" and "the Harbour Department"; not "the report" and "the Westshire Review",
        nor "the charity" and "the Harbour Trust"); or the page calls it by such a head ("the
        review" and the page's one "Safe Harbours", which it introduced as "a report, 'Safe
        Harbours'"). A name of no kind the page never calls by a kind is none."""
        accepted = {h.rstrip("s") for h in heads}
        for head in heads:
            accepted.update(k.rstrip("s") for k in self.rules.reference_kinds.get(head, ()))
        kinds = self.schema.entities.heads
        words = {w for name in (entity.label, *(a for a in entity.aliases if len(a.split()) >= 2))
                 for w in (head_word(name), name.split()[-1].lower() if name.split() else "")}
        named = {w.rstrip("s") for w in words if kinds.get(w) == type_}
        # the kind the page calls it by ("published a report, 'Safe Harbours'")
        named.update(n for n in self._introducing_nouns().get(entity.key, ()) if kinds.get(n) == type_)
        return bool(named) and named.isdisjoint(accepted)

    def _introducing_nouns(self) -> dict[str, set[str]]:
        """Per entity, the nouns (lemma without a plural s) right before a mention that it is the
        title of: "published a report, 'Safe Harbours'", or "a report this month 'Safe Harbours'"
        where the parser hangs the quoted title on the verb whose object the noun is (once per
        document)."""
        found: dict[str, set[str]] | None = self.cache.get("introducing_nouns")
        if found is None:
            found = self.cache["introducing_nouns"] = {}
            for key, span in self.mention_spans():
                nouns: list[Token] = []
                for t in span:
                    if t.dep_ in ("appos", "acl") and span.start - 4 <= t.head.i < span.start:
                        nouns.append(t.head)
                    elif t.dep_ in ("xcomp", "oprd") and t.head.i < span.start:
                        nouns += [c for c in children_of(t.head) if c.dep_ == "dobj" and span.start - 4 <= c.i < span.start]
                found.setdefault(key, set()).update(n.lemma_.lower().rstrip("s") for n in nouns if n.pos_ == "NOUN")
        return found

    def _local_place(self, entity: Entity) -> bool:
        """Whether a place is of a local kind that "the borough", "the county" or "the region"
        may stand for: one of the gazetteer's groups of local areas ("Westshire" among a
        country's councils), or one whose name or the text calls it by a noun of a local kind
        ("Westby Borough", "the county of Westshire"); never a country ("Westland", the page's
        one place when it names visitors from abroad, or "the U.K."). Any local noun stands for
        a place of any local kind ("the borough" for a county): relations.yaml local_place_nouns."""
        key = compact_key(entity.label)
        if key in self.rules.national_keys:
            return False
        nouns = self.rules.local_place_nouns
        return (key in self.rules.local_place_keys or any(w.lower() in nouns for w in entity.label.split())
                or self._called(entity, nouns))

    def _called(self, entity: Entity, heads: Collection[str]) -> bool:
        """Whether the document calls the entity by one of the nouns `heads`: an alias with
        that word, or a mention governed by it ("the final report of X", "X's report")."""
        stems = {h.rstrip("s") for h in heads}
        if any(w.lower().rstrip("s") in stems for alias in entity.aliases for w in alias.split()):
            return True
        return not stems.isdisjoint(self._governing_nouns().get(entity.key, ()))

    def _governing_nouns(self) -> dict[str, set[str]]:
        """Per entity, the nouns (lemma without a plural s) that govern one of its mentions:
        "the final report of X", "X's report", "the X report", a title in apposition after the
        noun ("published its strategy, the Harbour Plan") (once per document)."""
        if self._governors is None:
            self._governors = {}
            for key, span in self.mention_spans():
                root = span.root
                governors = []
                if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i < root.i:
                    governors.append(root.head.head)
                elif root.dep_ == "poss" or (root.dep_ == "compound" and root.head.i > root.i):
                    governors.append(root.head)  # "X's report", "the X report"
                elif root.dep_ == "appos" and root.head.i < root.i:
                    governors.append(root.head)  # "published its strategy, X"
                if self.entity[key].type == ORGANISATION:
                    governors += _class_nouns(span)
                if span.end < len(span.doc) and any(t.dep_ == "compound" and t.head.i == span.end for t in span):
                    # "the Safe Harbours, Built on Care strategy": a long title whose root the
                    # parser hung elsewhere, its last word a modifier of the noun after it
                    governors.append(span.doc[span.end])
                for governor in governors:
                    if governor.pos_ == "NOUN":
                        self._governors.setdefault(key, set()).add(governor.lemma_.lower().rstrip("s"))
        return self._governors

    def only_named(self, type_: str) -> Arg | None:
        """The one entity of a type the whole document names by name, or None (no such entity,
        or two)."""
        keys = {key for key, _span in self.mention_spans(type_)}
        return Arg(next(iter(keys)), type_, via_reference=True) if len(keys) == 1 else None

    def funded_programme(self, noun: Token, types: Sequence[str]) -> Arg | None:
        """The programme a common noun of money or its announcement stands for ("welcomed the
        investment", "the news of the successful funding bid", "this funding announcement"): the
        document's one named programme, when the noun (or its "of" phrase) is one of the schema's
        welcomed_money_nouns and names nothing itself."""
        if INITIATIVE not in types or noun.pos_ != "NOUN" or noun.i in self.token_mention:
            return None
        words = self.rules.welcomed_money_nouns
        nouns = [noun, *(p for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"
                         for p in children_of(c) if p.dep_ == "pobj" and p.pos_ == "NOUN")]
        if not any(n.lemma_.lower() in words or any(c.dep_ == "compound" and c.lemma_.lower() in words
                                                     for c in children_of(n)) for n in nouns):
            return None
        if any(t.i in self.token_mention for t in noun.subtree):
            return None  # "the funding for the X Review": it names its object
        return self.only_named(INITIATIVE)

    def opening_keys(self, kind: str) -> frozenset[str]:
        """The entities of a kind the page's opening names (its title lines and the first sentence
        of running text after them; once per document and kind)."""
        cached = f"opening_keys:{kind}"
        found: frozenset[str] | None = self.cache.get(cached)
        if found is None:
            doc = self.doc
            heads = opening_lines(doc)
            boundary = heads[-1].end if heads else 0
            if boundary < len(doc):
                boundary = sent_at(doc, boundary).end
            found = self.cache[cached] = frozenset(key for key, span in self.mention_spans(kind) if span.start < boundary)
        return found

    def event_referent(self, tok: Token, types: Sequence[str]) -> Arg | None:
        """The programme or publication an event noun that names nothing stands for ("welcomed the
        announcement", "hailed the move", "this decision"; relations.yaml event_nouns, with a
        definite determiner or an owner), or "it" / "this" after a sentence whose subject is one
        ("The rollout was welcomed. Jane Doe described it as brilliant news"): the one the previous
        sentence names or the page's opening names (title lines and first sentence), when the two
        name one between them. Never a guess between two, never a noun of undoing ("the decision
        to scrap it") nor one whose "that" clause states a measure ("the pledge that schools will
        open"), nor one whose own sentence names a text or programme before it."""
        kinds = [t for t in _TEXTS if t in types]
        if not kinds or tok.i in self.token_mention:
            return None
        words = self.rules.event_nouns
        before = _sentence_before(tok)
        if tok.pos_ == "PRON":
            if tok.lower_ not in ("it", "this") or before is None or not any(
                    t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.lemma_.lower() in words
                    and t.i not in self.token_mention for t in before):
                return None
        elif tok.pos_ != "NOUN" or tok.lemma_.lower() not in words or not any(
                (c.dep_ == "det" and c.lower_ in _EVENT_DETERMINERS) or (c.dep_ == "poss" and c.pos_ != "PRON")
                for c in children_of(tok)):
            return None
        if any(c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))
               for c in children_of(tok)):
            return None  # "the pledge that schools will open": a measure its clause states, not the programme
        undoing = self.rules.undoing_verbs | self.rules.undoing_nouns
        if any(t.i in self.token_mention or t.lemma_.lower() in undoing for t in tok.subtree):
            return None  # "the announcement of the Y Fund" names its object; "the decision to scrap it"
        if any(t.i in self.token_mention and self.entity[self.keys[self.token_mention[t.i]]].type in _TEXTS
               for t in tok.doc[sent_of(tok).start : tok.i]):
            return None
        named = ({self.keys[self.token_mention[t.i]] for t in before if t.i in self.token_mention}
                 if before is not None else set())
        # (the one of both: a text the previous sentence names that is not the page's opening one is
        # a second candidate, "... launching a Call for Advice." after a page opening on a review)
        things = {key for key in named if self.entity[key].type in _TEXTS}
        things |= self.opening_keys(INITIATIVE) | self.opening_keys(PUBLICATION)
        if len(things) != 1:
            return None
        key = things.pop()
        return Arg(key, self.entity[key].type, via_reference=True) if self.entity[key].type in kinds else None

    def mention_spans(self, type_: str | None = None) -> Iterator[tuple[str, Span]]:
        """Each mention's entity key and tokens, in mention order (of one type if given)."""
        for key, span in zip(self.keys, self.spans, strict=True):
            if span is not None and (type_ is None or self.entity[key].type == type_):
                yield key, span

    def evidence(self, tok: Token) -> str:
        sent = sent_of(tok)
        start, end = evidence_bounds(self.text, sent.start_char, sent.end_char, tok.idx)
        return self.evidence_of(start, end).strip()


_OPENING_LINES = 12
_RUNNING_TEXT = 25  # tokens: a line this long is a paragraph, not a title or byline


def opening_lines(doc: Doc) -> list[Span]:
    """The document's non-empty lines up to its first paragraph of running text, read once per
    document (rules ask for them hundreds of times on a page); do not change the list."""
    memo = memo_of(doc)
    found: list[Span] | None = memo.get("opening_lines")
    if found is None:
        found = memo["opening_lines"] = _opening_lines(doc)
    return found


def _opening_lines(doc: Doc) -> list[Span]:
    lines: list[Span] = []
    start = 0
    for tok in doc:
        if ends_line(tok):
            line = span_of(doc, start, tok.i + 1)
            start = tok.i + 1
            if not any(not t.is_space for t in line):
                continue
            if len(line) >= _RUNNING_TEXT or len(lines) >= _OPENING_LINES:
                break
            lines.append(line)
    return lines


# the most words a byline with its writer's post may have
_SIGNED_LINE_WORDS = 16

_OPENING_QUOTES = frozenset({"\u201c", "\u2018"})
_CLOSING_QUOTES = frozenset({"\u201d", "\u2019"})
_QUOTE_MARKS = _OPENING_QUOTES | _CLOSING_QUOTES | {'"'}


def _marked_quotation(doc: Doc) -> list[bool]:
    """For each token, whether it lies between quotation marks opened earlier on its line (a
    quotation no speaker was found for is still someone else's words). One pass over the
    document: a text without line breaks is one long line, and a scan back from every token
    would cost the square of its length."""
    marked = [False] * len(doc)
    if not len(doc):
        return marked
    import numpy
    from spacy.attrs import ORTH

    ends = line_ends(doc)
    # only line ends and quotation marks change the state: the tokens between two of them
    # take the state the first leaves (read from the token array, not a Token per word)
    marks = numpy.flatnonzero(token_flags(doc, ORTH, lambda s: s in _QUOTE_MARKS)).tolist()
    closing = set(ends)
    depth = 0
    straight = 0
    start = 0   # the first token not yet marked
    for i in sorted(closing.union(marks)):
        if depth > 0 or straight % 2 == 1:
            marked[start : i + 1] = [True] * (i + 1 - start)
        start = i + 1
        if i in closing:
            depth = straight = 0  # the line ends with this token: the next one starts afresh
            continue
        text = doc[i].text
        if text in _OPENING_QUOTES:
            depth += 1
        elif text in _CLOSING_QUOTES and doc[i].tag_ != "POS":
            depth -= 1
        elif text == '"':
            straight += 1
    if depth > 0 or straight % 2 == 1:
        marked[start:] = [True] * (len(doc) - start)
    return marked


_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12}


def _count(tok: Token) -> int | None:
    """How many a definite counted plural ("the two programmes", "both schemes") stands for."""
    if tok.tag_ != "NNS" or not any(c.lower_ in ("the", "both", "these", "those") for c in children_of(tok)):
        return None
    return next((_COUNTS[c.lower_] if c.lower_ in _COUNTS else int(c.text) for c in children_of(tok)
                 if c.dep_ in ("nummod", "det", "predet") and (c.lower_ in _COUNTS or (c.text.isdecimal() and c.text.isascii() and 1 < int(c.text) < 40))),
                None)


def _parallel_objects(tok: Token, token_mention: dict[int, int]) -> list[Token]:
    """The objects of participles coordinated with the one whose preposition governs `tok`
    ("the changes set out in A and embedded in B": B beside A), each after a preposition of
    its own; also where the parser joined the second participle to one inside A's own title
    ("set out in Safe Homes, Built on Trust and embedded in B"), when its object is another name."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    verbs = [prep.head] if prep.head.tag_ == "VBN" and prep.head.dep_ in ("acl", "relcl") else []
    if verbs:
        verbs += [t for t in tok.subtree if t.i > tok.i and t.tag_ == "VBN" and t.dep_ == "acl"]
    own = token_mention.get(tok.i)
    out = []
    for verb in verbs:
        for other in conjuncts(verb):
            if other.tag_ != "VBN" or other.i < verb.i or any(n.dep_ == "neg" for n in children_of(other)):
                continue
            # (the same preposition: "set out in A and embedded in B", not "proposed by A and funded through B")
            out += [o for p in children_of(other) if p.dep_ == "prep" and p.lower_ == prep.lower_ for o in children_of(p)
                    if o.dep_ == "pobj" and token_mention.get(o.i) is not None and token_mention.get(o.i) != own]
    return out


def _crosses_governor(head: Token, child: Token) -> bool:
    """An apposition that lies beyond the word governing its head is a misparse ("the
    government has published X: Y" with Y taken as in apposition to "government")."""
    gov = head.head
    return gov.i != head.i and min(head.i, child.i) < gov.i < max(head.i, child.i)


def _agent_clause_on_common_noun(head: Token, token_mention: dict[int, int]) -> bool:
    """Whether `head` is a common noun that names nothing with a passive participle clause and its
    "by" agent on it ("a regional group led by X", "a task group, chaired by X"): what the
    phrase names is the group, not its agent."""
    return (head.pos_ == "NOUN" and head.i not in token_mention
            and any(c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in children_of(c))
                    for c in children_of(head)))


def _in_clause_on(head: Token, tok: Token) -> bool:
    """Whether a token is inside a participle clause on `head` ("Y, set up by X")."""
    return any(c.dep_ == "acl" and tok.i in {t.i for t in c.subtree} for c in children_of(head))


def _modifies_common_noun(tok: Token, token_mention: dict[int, int]) -> bool:
    """Whether a name is a compound modifier of a common noun outside any mention ("UK
    government", "the Westshire team"): the phrase names the noun's referent, not the name's."""
    head = tok.head
    return (tok.dep_ == "compound" and head.i > tok.i and head.pos_ == "NOUN"
            and head.i not in token_mention)


def _is_year(tok: Token) -> bool:
    return len(tok.text) == 4 and tok.text.isdigit()


def head_word(label: str) -> str:
    """A name's head word, lower-cased: the word before its first "of"/"for" ("Association of
    Directors ..."), else its last word that is not a number."""
    words = label.lower().split()
    for i, w in enumerate(words[1:], start=1):
        if w in ("of", "for"):
            return words[i - 1]
    words = [w for w in words if not w.isdigit()]
    return words[-1] if words else ""


def _is_definite(tok: Token) -> bool:
    for child in children_of(tok):
        if child.dep_ == "det" and child.lower_ in ("the", "this", "that"):
            return True
        if child.dep_ == "poss" and child.lower_ in ("its", "their", "his", "her"):
            return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.tag_ == "NNS" and not any(
        c.dep_ in ("det", "amod", "compound", "nummod") for c in children_of(tok)
    ):
        # "the first wave of pathfinders": a bare plural under a definite head
        return any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(tok.head.head))
    return tok.dep_ == "poss" or any(c.dep_ == "case" for c in children_of(tok)) and any(
        c.lower_ == "the" for c in children_of(tok)
    )


# the last document asked about and, for each of its tokens, whether the token's sentence is
# a question (held strongly, so the identity test is sound)
_LAST_QUESTIONS: list[tuple[Doc, list[bool]]] = []


def _in_question(tok: Token) -> bool:
    """Whether the sentence of a token ends (its last word) with a question mark. Read once per
    document, sentence by sentence, from Doc.sents: Token.sent walks the token's sentence both
    ways and makes two spans on every call, and rules ask about tens of thousands of tokens.
    A document whose sentences come from a user hook is asked through Token.sent."""
    doc = tok.doc
    if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks:
        return _ends_with_question_mark(tok.sent)
    if not (_LAST_QUESTIONS and _LAST_QUESTIONS[0][0] is doc):
        flags: list[bool] = []
        for sent in sentences(doc):
            flags += [_ends_with_question_mark(sent)] * len(sent)
        _LAST_QUESTIONS[:] = [(doc, flags)]
    return _LAST_QUESTIONS[0][1][tok.i]


def _ends_with_question_mark(sent: Span) -> bool:
    last = next((t for t in reversed(sent) if not t.is_space), None)   # not sent.text: it is rebuilt per call
    return last is not None and last.text.endswith("?")


def is_question_or_conditional(tok: Token) -> bool:
    if _in_question(tok):
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in children_of(tok))


_CONDITIONS = frozenset({"if", "unless"})
_PERSONAL = frozenset({"i", "we", "he", "she", "they", "it"})


def unasserted(ctx: Context, tok: Token, *, hearsay: bool = True) -> bool:
    """Whether the text does not state a trigger verb's clause as so: a question or condition
    (is_question_or_conditional), or the trigger or a word on the way to its subject (a verb it
    complements or is joined to, "may want to join Y"; a subjectless clause on a noun and the
    phrase that noun is in, "not among the councils chosen to run Y") is negated, is hedged by a
    modal of the schema's hedging_modals or an adverb of its hedging_adverbs ("X may back Y",
    "X reportedly backs Y"), is raised from a passive verb of saying ("X is said to back Y"),
    has a condition ("Z would run Y if
    the bid succeeds"), is the object of an opposing preposition ("voted against joining Y"),
    is the open complement of a verb or noun of trying, wishing or pushing ("applied to join Y",
    "urged X to back Y", "its bid to join Y"), is the complement of a verb of undoing ("stopped
    funding Y"), or is a clause under a verb of denial ("X denied
    that it backs Y") or under a verb of saying whose subject names nobody ("critics say X backs
    Y", "it is claimed that X runs Y"; not "the Minister said that X runs Y"). Without
    `hearsay`, a clause under a verb of saying is stated (a quotation's words, whose speaker
    the quotation kinds find on their own).

    Read once per token and `hearsay` (the same trigger word is asked about by every pattern
    of its lemma); the answer depends only on the parse and the document's mentions."""
    known: dict[tuple[int, bool], bool] = ctx.cache.setdefault("unasserted", {})
    found = known.get((tok.i, hearsay))
    if found is None:
        found = known[(tok.i, hearsay)] = _unasserted(ctx, tok, hearsay)
    return found


def _unasserted(ctx: Context, tok: Token, hearsay: bool) -> bool:
    if is_question_or_conditional(tok):
        return True
    rules = ctx.rules
    verb = tok
    for _ in range(8):
        for c in children_of(verb):
            if c.dep_ == "aux" and c.lower_ in rules.hedging_modals:
                return True
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in children_of(c)):
                return True
            if c.dep_ == "neg" and verb.i != tok.i:
                return True
            if c.dep_ == "advmod" and c.lower_ in rules.hedging_adverbs:
                return True
        if verb.dep_ == "pcomp" and verb.head.lower_ in rules.opposing_preps:
            return True
        if verb.dep_ in ("xcomp", "acl") and _verb_forms(verb.head) & rules.unrealised_verbs \
                and not _realised(verb.head, rules.realising_words):
            return True
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in rules.undoing_verbs and not any(
                c.dep_ == "prt" for c in children_of(verb.head)):
            return True  # "X stopped funding Y", "Z will cease to run Y" (not "ended up running Y")
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in rules.hearsay_verbs and is_passive(verb.head):
            return True  # "X is said to back Y"
        if verb.dep_ == "ccomp" and not hearsay:
            return False
        if verb.dep_ == "ccomp":
            said = verb.head
            lemma = said.lemma_.lower()
            return lemma in rules.denial_verbs or (lemma in rules.hearsay_verbs and not _names_someone(ctx, said))
        if verb.head.i == verb.i:
            return False
        if verb.dep_ == "xcomp" or (verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb))):
            verb = verb.head  # (not a clause of its own: "X may join Y, but Z runs W")
        elif verb.dep_ in ("acl", "pobj", "prep", "attr", "acomp") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "agent") for c in children_of(verb)):
            verb = verb.head  # the clause's subject is found up there (subject_tokens)
        else:
            return False
    return False


def _realised(attempt: Token, words: frozenset[str]) -> bool:
    """Whether an attempt is said to have succeeded: "a successful bid to become Y", "X
    successfully applied to join Y" (a word of
    the schema's realising_words on it), "X has been successful in its bid to join Y", "X
    succeeded in its application to join Y" (the attempt the object of "in" on such a word),
    "X won its bid to host Y" (its object). A negation above is read by the caller."""
    if any(c.dep_ in ("amod", "compound", "advmod") and c.lemma_.lower() in words for c in children_of(attempt)):
        return True  # "a successful bid to join Y", "X successfully applied to join Y"
    head = attempt.head
    if attempt.dep_ == "pobj" and head.lower_ == "in":
        head = head.head
        # (the parser may hang "in its bid" on the copula of "has been successful")
        if head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in words for c in children_of(head)):
            return True
    elif attempt.dep_ != "dobj":
        return False
    return head.lemma_.lower() in words or head.lower_ in words


def _verb_forms(tok: Token) -> set[str]:
    """A verb's lemma and the forms a lemmatiser's slip leaves behind ("hopes" -> "hop": also
    "hopes" less its "s", "hoped" less its "d")."""
    low = tok.lower_
    return {tok.lemma_.lower(), low, low.removesuffix("s"), low.removesuffix("d")}


def _names_someone(ctx: Context, verb: Token) -> bool:
    """Whether a verb of saying has a subject that is someone in particular: a name, a
    personal pronoun, a definite description ("the council"), or a passive's "by" agent; not
    "critics", "some", "many", nor a passive with none ("it is claimed")."""
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"] + agent_tokens(verb)
    # "X, who said that ...": the relative pronoun is the noun the clause is on
    subjects = [verb.head if s.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" else s for s in subjects]
    for s in subjects:
        if s.lower_ in _PERSONAL and s.pos_ == "PRON":
            return True
        clause = {t.i for t in verb.subtree} if s.i == verb.head.i else set()  # (not the relative clause's own names)
        if ctx.arg_at(s) is not None or any(t.i in ctx.token_mention and t.i not in clause for t in s.subtree) or any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in children_of(s)):
            return True  # (and "a spokesperson for X")
    return False


_VOWELS = frozenset("aeiou")


def lemma_forms(tok: Token) -> tuple[str, ...]:
    """The token's lemma, and for a verb in "-led"/"-ling" whose lemma the lemmatiser left with
    a stray "e" (its exceptions miss a verb made of a noun in "-al/-el": "trialled", "trialed",
    "trialling" -> "trialle", "triale") also the lemma without it and with the British doubled
    "l" undone ("trial"). Only a vowel before the last "l" ("handled" -> "handle" stays one
    form)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or not lemma.endswith("le") or not tok.lower_.endswith(("led", "ling")):
        return (lemma,)
    stem = lemma[:-1]
    if stem.endswith("ll"):
        stem = stem[:-1]
    return (lemma, stem) if len(stem) > 2 and stem[-2] in _VOWELS else (lemma,)


def matches_trigger(tok: Token, lemma: str) -> bool:
    """"publish" matches the verb (its lemma, or a repaired one: lemma_forms); "set up" a verb
    with its particle; "give evidence" a verb with that object."""
    words = lemma.split()
    if words[0] not in lemma_forms(tok):
        return False
    if len(words) == 1:
        return True
    objects = [c for c in children_of(tok) if c.dep_ in ("prt", "dobj", "attr")]
    # "shared some of her views with Y", "gave much of the evidence": the noun after a quantity
    return any(c.lemma_.lower() == words[1] for c in objects + quantified(objects))


def quantified(nouns: Sequence[Token]) -> list[Token]:
    """The nouns after "of" that words of quantity among `nouns` count ("some of her views")."""
    return [p for c in nouns if c.lower_ in QUANTITIES for of in children_of(c)
            if of.dep_ == "prep" and of.lower_ == "of" for p in children_of(of) if p.dep_ == "pobj"]


QUANTITIES = frozenset({"some", "many", "much", "all", "most", "part", "several", "few", "each", "both", "any"})


# verbs of giving whose recipient, not their subject, does what the purpose clause after them says
# ("X awarded £2m to Y to deliver Z", "X gave Y funding to run Z"); the funded_for kind takes the
# recipient of an active verb of giving as the holder, never its subject
GIVING_VERBS = frozenset({"award", "give", "grant", "allocate", "provide", "offer", "pay"})

# verbs whose object, not their subject, does what the open clause after it says ("X requires,
# obliges, urges, tells, asks Y to do Z")
_OBJECT_CONTROL = frozenset({"require", "oblige", "force", "compel", "urge", "instruct", "direct", "order", "tell", "ask",
                             "encourage", "advise", "invite", "persuade", "remind"})

# verbs of choosing whose plural object, a set of those chosen, does what the open clause after it
# says ("the ministry picked four districts to trial its scheme": the districts trial it, not the
# ministry; "picked two of its centres to host Y", a number of the chooser's own, is its plan)
_CHOOSING = frozenset({"choose", "select", "pick", "name", "appoint", "recruit", "commission", "fund", "task", "enlist"})


def _class_nouns(span: Span) -> list[Token]:
    """The class nouns a text introduces a body's name with: "social care charity X" (the noun
    right before the name, however the parser hangs it), "X, a charity for carers", "X is a
    charity" (so that "the charity" may stand for X)."""
    doc = span.doc
    root = span.root
    found = [doc[span.start - 1]] if span.start > 0 and doc[span.start - 1].is_lower else []
    found += [c for c in children_of(root) if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        found += [c for c in children_of(root.head) if c.dep_ == "attr" and c.i > root.i]
    return found


def subject_tokens(verb: Token) -> list[Token]:
    """The subjects of a verb, inherited through open clauses when it has none of its own:
    "X is one of three areas chosen to deliver Y" -> X delivers Y; "Z asked X to lead Y" -> X."""
    tok = verb
    for _ in range(6):
        deps = ("nsubj",) if tok is verb else ("nsubj", "nsubjpass")
        subj = [c for c in children_of(tok) if c.dep_ in deps]
        if subj:
            out = []
            for s in subj:
                if s.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
                    s = tok.head
                out.append(s)
            return out
        if tok.dep_ == "relcl" and tok is verb:
            return [tok.head]
        # "Y asked X to lead Z": a named object controls the clause (a common one only after a
        # verb of choosing, below); so does a name the parser took for an object predicate ("he's
        # appointed X to lead Z" read as a passive, "'s" for "is": X leads, not he)
        controller = [c for c in children_of(tok.head) if c.dep_ in ("dobj", "oprd") and c.pos_ == "PROPN"] if tok.dep_ == "xcomp" else []
        if (tok.dep_ == "xcomp" and not controller and tok.head.lemma_.lower() in _OBJECT_CONTROL
                and any(c.dep_ == "dobj" for c in children_of(tok.head))):
            # "the Act requires local authorities to publish Y": those required do it (if anyone
            # does), never the one who requires
            return []
        if controller and tok.head.lemma_.lower() != "promise":
            return controller
        chosen = [c for c in children_of(tok.head) if c.dep_ == "dobj" and c.tag_ == "NNS"] if tok.dep_ == "xcomp" else []
        if chosen and tok.head.lemma_.lower() in _CHOOSING:
            # "picked four districts to trial Y", "named two boroughs to host Y": the chosen do it
            # (named only where the object's phrase names them), never the chooser
            return chosen
        if tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in GIVING_VERBS:
            # "the Office awarded £2m to X to deliver Z", "gave X £2m to run Z", "funding was awarded to
            # X to deliver Z": the one given the means does it, not the giver
            recipients = [c for c in children_of(tok.head) if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN")]
            recipients += [p for c in children_of(tok.head) if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                           for p in children_of(c) if p.dep_ == "pobj"]
            if recipients:
                return recipients
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in ("for", "on") and tok.head.head.pos_ == "VERB":
            # "X praised Y for running Z", "thanked Y for leading Z", "congratulated Y on
            # launching Z": the named object did it, not the one who praises
            named = [c for c in children_of(tok.head.head) if c.dep_ == "dobj" and c.pos_ == "PROPN"]
            if named:
                return named
        if tok.dep_ in ("xcomp", "advcl", "conj", "acl", "relcl", "pcomp", "pobj", "prep", "attr", "acomp") and tok.head.i != tok.i:
            # a clause on a noun: the noun is the subject ("areas chosen to deliver") unless
            # the noun is itself predicated of a subject ("X is one of the areas")
            tok = tok.head
            continue
        return []
    return []


def speakers_of(ctx: Context, verb: Token, types: Sequence[str]) -> list[Arg]:
    """The subject of a speech verb; when the parser found none ("In response to Y, Jane
    Porter, chief executive of X, said:" parsed as a coordination), the last person named
    before the verb in its sentence."""
    subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if subjects:
        return [a for s in subjects if s.dep_ == "nsubj" for a in _apposed_person(ctx, s, types) or ctx.args_in(s, types)]
    if PERSON not in types:
        return []
    for i in range(verb.i - 1, sent_of(verb).start - 1, -1):
        if ctx.token_mention.get(i) is not None:
            arg = ctx.arg_at(ctx.doc[i])
            if arg is not None and arg.type == PERSON:
                return [arg]
    return []


def _apposed_person(ctx: Context, subj: Token, types: Sequence[str]) -> list[Arg]:
    """The person named in apposition at the end of a post's phrase ("said the chief executive of
    the Harbour Trust, Jane Porter": the parser hangs the name on the body): the speaker is the
    person, not the body of the post."""
    if PERSON not in types or subj.pos_ != "NOUN" or ctx.token_mention.get(subj.i) is not None:
        return []
    named = [t for t in subj.subtree if t.dep_ == "appos" and t.head.i != subj.i and t.i > subj.i]
    found = [a for t in named if (a := ctx.arg_at(t)) is not None and a.type == PERSON and not a.via_reference]
    return found[-1:]


def first_after(ctx: Context, start: int, types: Sequence[str]) -> list[Arg]:
    doc = ctx.doc
    end = sent_at(doc, start).end if start < len(doc) else start
    for i in range(start, min(end, start + 4)):
        if ctx.token_mention.get(i) is not None:
            arg = ctx.arg_at(doc[i])
            return [arg] if arg is not None and arg.type in types else []
    return []


def is_passive(verb: Token) -> bool:
    """A passive verb: with a passive auxiliary or subject, a "by" agent ("commissioned by X and
    carried out by Y": the second participle, parsed as a finite verb), or a participle on a noun."""
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in children_of(verb)) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl") and not any(c.dep_ == "nsubj" for c in children_of(verb))
    )


def agent_tokens(verb: Token) -> list[Token]:
    """The "by" phrase of a passive; parsers sometimes hang it on a noun inside the clause
    ("appointed as chair of the X review by Y"), so the verb's whole phrase is searched."""
    agents = [c for c in children_of(verb) if c.dep_ == "agent"]
    if not agents:
        agents = [t for t in verb.subtree if t.dep_ == "agent" and t.head.pos_ in ("NOUN", "PROPN")][:1]
    return [p for c in agents for p in children_of(c) if p.dep_ == "pobj"]


class TokensByKey:
    """Tokens by a key (a lower-case lemma), in text order: each key's Tokens made from its
    indexes the first time it is asked for, not a Token per word of the document. `extra`
    files a few tokens under a second key as well (a repaired lemma: lemma_forms)."""

    __slots__ = ("_doc", "_indexes", "_extra", "_made")

    def __init__(self, doc: Doc, indexes: StringIndex, extra: dict[str, list[int]] | None = None) -> None:
        self._doc = doc
        self._indexes = indexes
        self._extra = extra or {}
        self._made: dict[str, list[Token]] = {}

    def get(self, key: str, default: Sequence[Token] = ()) -> Sequence[Token]:
        made = self._made.get(key)
        if made is None:
            where: Sequence[int] = self._indexes.get(key, ())
            if key in self._extra:
                where = sorted({*where, *self._extra[key]})
            if not where:
                return default
            toks = tokens_of(self._doc)
            made = self._made[key] = [toks[i] for i in where]
        return made

    def __contains__(self, key: object) -> bool:
        return key in self._indexes or key in self._extra


_LEMMA_FIRSTS: dict[tuple[str, ...], tuple[str, ...]] = {}


def _lemma_firsts(lemmas: Sequence[str]) -> tuple[str, ...]:
    """The distinct first words of trigger lemmas, each at its last place among them (so a
    token filed under two of them is the later one's, as a walk over every lemma leaves it):
    split once per process."""
    key = lemmas if isinstance(lemmas, tuple) else tuple(lemmas)
    found = _LEMMA_FIRSTS.get(key)
    if found is None:
        found = _LEMMA_FIRSTS[key] = tuple(reversed(dict.fromkeys(lem.split()[0] for lem in reversed(key))))
    return found


def _led_or_ling(text: str) -> bool:
    return text.lower().endswith(("led", "ling"))


def _repaired_lemmas(doc: Doc) -> dict[str, list[int]]:
    """The second lemma of each word lemma_forms repairs ("trialled": "trial"), by token
    index, from the few words that can have one (a text in "-led"/"-ling")."""
    from ..syntax import text_flags

    extra: dict[str, list[int]] = {}
    for i, flag in enumerate(text_flags(doc, _led_or_ling)):
        if flag:
            for form in lemma_forms(doc[i])[1:]:
                extra.setdefault(form, []).append(i)
    return extra


# --------------------------------------------------------------------------- lists


@dataclass(frozen=True, slots=True)
class _List:
    intro: Span
    items: tuple[Arg, ...]


def _lists(doc: Doc, ctx: Context) -> list[_List]:
    """Bulleted or numbered lists introduced by a line ending with a colon, with the entity that
    opens each item."""
    out: list[_List] = []
    current_intro = None
    items: list[Arg] = []
    # only a line's first and last words decide, and an item's first few: a line is read
    # from its ends, not word by word
    for line in lines(doc):
        first, last = line.start, line.end - 1
        while first <= last and doc[first].is_space:
            first += 1
        if first > last:
            continue
        while doc[last].is_space:
            last -= 1
        opening = doc[first].text
        if doc[last].text == ":" and opening not in ("\u2022", "-", "*"):
            if current_intro is not None and items:
                out.append(_List(current_intro, tuple(items)))
            current_intro, items = doc[first : last + 1], []
            continue
        if current_intro is None:
            continue
        # ("1. A", "2) B": a numbered item, its number and the stop or bracket after it)
        numbered = doc[first].is_digit and len(opening) <= 2 and first + 1 <= last and doc[first + 1].text in (".", ")")
        if opening in ("\u2022", "-", "*") or numbered:
            for t in _first_words(doc, first + (2 if numbered else 1), line.end, 5):
                arg = ctx.arg_at(t) if ctx.token_mention.get(t.i) is not None else None
                if arg is not None:
                    if arg not in items:
                        items.append(arg)
                    break
        else:
            if items:
                out.append(_List(current_intro, tuple(items)))
            current_intro, items = None, []
    if current_intro is not None and items:
        out.append(_List(current_intro, tuple(items)))
    return out


def _first_words(doc: Doc, start: int, end: int, count: int) -> list[Token]:
    """The first `count` tokens of [start, end) that are not whitespace."""
    words: list[Token] = []
    for i in range(start, end):
        if len(words) == count:
            break
        tok = doc[i]
        if not tok.is_space:
            words.append(tok)
    return words


def _outer_names(entities: list[Entity]) -> list[Entity]:
    """Entities less those whose name is part of another's ("Safe Harbours" inside "Westshire
    Care: Safe Harbours, Built on Care"): a short form of the same thing, for salience."""
    if len(entities) < 2:
        return entities
    keys = {e.key: " " + " ".join(re.findall(r"\w+", e.label.lower())) + " " for e in entities}
    return [e for e in entities if not any(
        o.key != e.key and keys[e.key] in keys[o.key] and keys[e.key] != keys[o.key] for o in entities)]


def _sentence_before(tok: Token) -> Span | None:
    """The sentence before the token's own, past any white space between them; None in the
    document's first sentence."""
    k = sent_of(tok).start - 1
    while k >= 0 and tok.doc[k].is_space:
        k -= 1
    return sent_at(tok.doc, k) if k >= 0 else None
