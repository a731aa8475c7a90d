"""What the relation rule kinds share: the document context (its mentions, entities,
proposals and lists, indexed), argument lookup and reference resolution.

Arguments are the entities whose mentions cover the subject and object tokens, or that a
reference resolves to ("he" -> the last person; "the review" -> the document's one review).
No spaCy import at module level.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...core.evidence import evidence_bounds
from ...core.records import Entity, Mention
from ...core.schema import Schema
from ..syntax import conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..proposals import RecommendationItem


@dataclass(frozen=True, slots=True)
class Arg:
    key: str
    type: str
    via_reference: bool = False


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
        self.text = doc.text   # Doc.text joins every token: once, not per relation
        self.schema = schema
        self.proposals = proposals
        self.rules = schema.relations
        self.evidence_of = evidence_of
        self.entity = {e.key: e for e in entities}
        self.mentions = list(mentions)
        self.token_mention: dict[int, int] = {}
        for index, m in enumerate(mentions):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                self.token_mention.setdefault(tok.i, index)
        self.keys = list(mention_keys)
        self.lists = _lists(doc, self)
        # token indexes, so that a rule visits only the tokens its trigger words can match
        self.by_lemma: dict[str, list[Token]] = {}
        self.by_lower: dict[str, list[int]] = {}
        for tok in doc:
            self.by_lemma.setdefault(tok.lemma_.lower(), []).append(tok)
            self.by_lower.setdefault(tok.lower_, []).append(tok.i)

    def tokens_with_lemma(self, lemmas: Sequence[str]) -> list[Token]:
        """Tokens whose lemma is the first word of one of `lemmas`, in text order."""
        found = {t.i: t for lemma in lemmas for t in self.by_lemma.get(lemma.split()[0], ())}
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
        conjuncts, else the first entity of an allowed type inside the phrase."""
        out: list[Arg] = []
        for head in [tok, *conjuncts(tok)]:
            arg = self.arg_at(head)
            if arg is None or arg.type not in types:
                for child in head.children:
                    if child.dep_ == "appos":
                        cand = self.arg_at(child)
                        if cand is not None and cand.type in types:
                            arg = cand
                            break
            if arg is None or arg.type not in types:
                arg = self.first_in(head, types)
            if arg is not None and arg.type in types and arg not in out:
                out.append(arg)
        return out

    def first_in(self, tok: Token, types: Sequence[str]) -> Arg | None:
        for t in tok.subtree:
            if t.dep_ in ("relcl", "advcl") and t.i != tok.i:
                break
            index = self.token_mention.get(t.i)
            if index is not None:
                key = self.keys[index]
                if self.entity[key].type in types:
                    return Arg(key, self.entity[key].type)
            elif t.pos_ in ("NOUN", "PROPN"):
                arg = self.resolve(t)
                if arg is not None and arg.type in types:
                    return arg
        return None

    def resolve(self, tok: Token) -> Arg | None:
        """Pronouns and definite descriptions, conservatively: exactly one candidate."""
        word = tok.lower_
        pron_types = self.rules.pronouns.get(word)
        if pron_types and tok.pos_ == "PRON":
            return self._last_before(tok, pron_types)
        ref_type = self.rules.definite_references.get(tok.lemma_.lower()) or self.rules.definite_references.get(word)
        if ref_type and tok.pos_ in ("NOUN", "PROPN") and _is_definite(tok):
            return self.salient(ref_type, heads=(tok.lemma_.lower(),))
        return None

    def _last_before(self, tok: Token, types: Sequence[str]) -> Arg | None:
        sent_start = tok.sent.start
        earliest = tok.doc[max(0, sent_start - 1)].sent.start if sent_start else 0
        earliest = tok.doc[max(0, earliest - 1)].sent.start if earliest else 0
        start_char = tok.doc[earliest].idx
        for index in range(len(self.mentions) - 1, -1, -1):
            m = self.mentions[index]
            if m.end <= tok.idx and m.start >= start_char:
                key = self.keys[index]
                if self.entity[key].type in types:
                    return Arg(key, self.entity[key].type, via_reference=True)
        return None

    def salient(self, type_: str, *, heads: Collection[str]) -> Arg | None:
        """The document's one entity of a type that a description refers to: the one whose
        head is one of `heads`, else the only one of the type; None when ambiguous."""
        same_type = [e for e in self.entity.values() if e.type == type_]
        same_head = [e for e in same_type if _head_word(e.label) in heads]
        pool = same_head or same_type
        if len(pool) == 1:
            return Arg(pool[0].key, type_, via_reference=True)
        return None

    def evidence(self, tok: Token) -> str:
        sent = tok.sent
        start, end = evidence_bounds(self.text, sent.start_char, sent.end_char, tok.idx)
        return self.evidence_of(start, end).strip()


def _head_word(label: str) -> str:
    words = label.lower().split()
    for i, w in enumerate(words[1:], start=1):
        if w in ("of", "for"):
            return words[i - 1]
    words = [w for w in words if not w.isdigit()]
    return words[-1] if words else ""


def _is_definite(tok: Token) -> bool:
    for child in tok.children:
        if child.dep_ == "det" and child.lower_ in ("the", "this", "that"):
            return True
        if child.dep_ == "poss" and child.lower_ in ("its", "their", "his", "her"):
            return True
    return tok.dep_ == "poss" or any(c.dep_ == "case" for c in tok.children) and any(
        c.lower_ == "the" for c in tok.children
    )


def is_question_or_conditional(tok: Token) -> bool:
    sent = tok.sent
    if sent.text.rstrip().endswith("?"):
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children)


def matches_trigger(tok: Token, lemma: str) -> bool:
    """"publish" matches the verb; "set up" a verb with its particle; "give evidence" a verb
    with that object."""
    words = lemma.split()
    if tok.lemma_.lower() != words[0]:
        return False
    if len(words) == 1:
        return True
    return any(c.dep_ in ("prt", "dobj", "attr") and c.lemma_.lower() == words[1] for c in tok.children)


def subject_tokens(verb: Token) -> list[Token]:
    """The subjects of a verb, inherited through open clauses when it has none of its own:
    "X is one of three areas chosen to deliver Y" -> X delivers Y."""
    tok = verb
    for _ in range(6):
        deps = ("nsubj",) if tok is verb else ("nsubj", "nsubjpass")
        subj = [c for c in tok.children if c.dep_ in deps]
        if subj:
            out = []
            for s in subj:
                if s.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
                    s = tok.head
                out.append(s)
            return out
        if tok.dep_ == "relcl" and tok is verb:
            return [tok.head]
        if tok.dep_ in ("xcomp", "advcl", "conj", "acl", "relcl", "pcomp", "pobj", "prep", "attr") and tok.head.i != tok.i:
            # a clause on a noun: the noun is the subject ("areas chosen to deliver") unless
            # the noun is itself predicated of a subject ("X is one of the areas")
            tok = tok.head
            continue
        return []
    return []


def first_after(ctx: Context, start: int, types: Sequence[str]) -> list[Arg]:
    doc = ctx.doc
    end = doc[start].sent.end if start < len(doc) else start
    for i in range(start, min(end, start + 4)):
        if ctx.token_mention.get(i) is not None:
            arg = ctx.arg_at(doc[i])
            return [arg] if arg is not None and arg.type in types else []
    return []


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl") and not any(c.dep_ == "nsubj" for c in verb.children)
    )


def agent_tokens(verb: Token) -> list[Token]:
    """The "by" phrase of a passive; parsers sometimes hang it on a noun inside the clause
    ("appointed as chair of the X review by Y"), so the verb's whole phrase is searched."""
    agents = [c for c in verb.children if c.dep_ == "agent"]
    if not agents:
        agents = [t for t in verb.subtree if t.dep_ == "agent" and t.head.pos_ in ("NOUN", "PROPN")][:1]
    return [p for c in agents for p in c.children if p.dep_ == "pobj"]


# --------------------------------------------------------------------------- lists


@dataclass(frozen=True, slots=True)
class _List:
    intro: Span
    items: tuple[Arg, ...]


def _lists(doc: Doc, ctx: Context) -> list[_List]:
    """Bulleted lists introduced by a line ending with a colon, with the entity that opens
    each item."""
    lines: list[tuple[int, int]] = []
    start = 0
    for tok in doc:
        if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text):
            lines.append((start, tok.i + 1))
            start = tok.i + 1
    if start < len(doc):
        lines.append((start, len(doc)))
    out: list[_List] = []
    current_intro = None
    items: list[Arg] = []
    for a, b in lines:
        words = [t for t in doc[a:b] if not t.is_space]
        if not words:
            continue
        if words[-1].text == ":" and words[0].text not in ("\u2022", "-", "*"):
            if current_intro is not None and items:
                out.append(_List(current_intro, tuple(items)))
            current_intro, items = doc[words[0].i : words[-1].i + 1], []
            continue
        if current_intro is None:
            continue
        if words[0].text in ("\u2022", "-", "*"):
            for t in words[1:6]:
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
