"""Relations: typed, directed statements between entities, read from the dependency parse by
the rules of schemas/relations.yaml, each with the sentence that says it.

A rule names a *kind* (one of RULE_KINDS below: a domain-neutral shape such as "a verb with
its subject and object") and the trigger words that anchor it. Arguments are the entities
whose mentions cover the subject and object tokens, or that a reference resolves to
("he" -> the last person; "the review" -> the document's one review). The ontology's
subject and object types are enforced here and again when the graph is assembled.

No spaCy import at module level: config.py reads RULE_KINDS without loading spaCy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .config import RelationPattern, Schema
from .evidence import evidence_bounds
from .records import Entity, Mention, Relation

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SUBJ = ("nsubj", "nsubjpass")
_PERSONAL = ("he", "she", "him", "her", "his")


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
    ) -> None:
        self.doc = doc
        self.schema = schema
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
        for head in [tok, *_conjuncts(tok)]:
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
            return self._salient(ref_type, head=tok.lemma_.lower())
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

    def _salient(self, type_: str, *, head: str) -> Arg | None:
        same_type = [e for e in self.entity.values() if e.type == type_]
        same_head = [e for e in same_type if _head_word(e.label) == head]
        pool = same_head or same_type
        if len(pool) == 1:
            return Arg(pool[0].key, type_, via_reference=True)
        return None

    def evidence(self, tok: Token) -> str:
        sent = tok.sent
        start, end = evidence_bounds(self.doc.text, sent.start_char, sent.end_char, tok.idx)
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


def _conjuncts(tok: Token) -> list[Token]:
    out = []
    for child in tok.children:
        if child.dep_ == "conj":
            out.append(child)
            out.extend(_conjuncts(child))
    return out


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return tok.dep_ in ("xcomp", "conj") and any(c.dep_ == "neg" for c in tok.head.children)


def _is_question_or_conditional(tok: Token) -> bool:
    sent = tok.sent
    if sent.text.rstrip().endswith("?"):
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children)


def _matches_trigger(tok: Token, lemma: str) -> bool:
    """"publish" matches the verb; "set up" a verb with its particle; "give evidence" a verb
    with that object."""
    words = lemma.split()
    if tok.lemma_.lower() != words[0]:
        return False
    if len(words) == 1:
        return True
    return any(c.dep_ in ("prt", "dobj", "attr") and c.lemma_.lower() == words[1] for c in tok.children)


# --------------------------------------------------------------------------- rule kinds


def _subject_tokens(verb: Token) -> list[Token]:
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
            head = tok.head
            if tok.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
                # a clause on a noun: the noun is the subject ("areas chosen to deliver")
                # unless the noun is itself predicated of a subject ("X is one of the areas")
                tok = head
                continue
            tok = head
            continue
        return []
    return []


def _first_after(ctx: Context, start: int, types: Sequence[str]) -> list[Arg]:
    doc = ctx.doc
    end = doc[start].sent.end if start < len(doc) else start
    for i in range(start, min(end, start + 4)):
        if ctx.token_mention.get(i) is not None:
            arg = ctx.arg_at(doc[i])
            return [arg] if arg is not None and arg.type in types else []
    return []


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl") and not any(c.dep_ == "nsubj" for c in verb.children)
    )


def _agent_tokens(verb: Token) -> list[Token]:
    """The "by" phrase of a passive; parsers sometimes hang it on a noun inside the clause
    ("appointed as chair of the X review by Y"), so the verb's whole phrase is searched."""
    agents = [c for c in verb.children if c.dep_ == "agent"]
    if not agents:
        agents = [t for t in verb.subtree if t.dep_ == "agent" and t.head.pos_ in ("NOUN", "PROPN")][:1]
    return [p for c in agents for p in c.children if p.dep_ == "pobj"]


def _verb_rule(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[list[Arg], list[Arg], Token, str | None]]:
    """"X leads Y", "Y, led by X", "Y was launched by X", "X contributed to Y"."""
    for tok in ctx.doc:
        if tok.pos_ not in ("VERB", "AUX") or not any(_matches_trigger(tok, lem) for lem in pattern.lemmas):
            continue
        if _negated(tok) or _is_question_or_conditional(tok):
            continue
        if pattern.preps:
            # "X contributed to Y", "X is based in Y", "X was part of Y"
            heads = [tok, *[c for c in tok.children if c.dep_ in ("prt", "dobj", "attr", "acomp")]]
            objects_tok = [
                p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in pattern.preps
                for p in c.children if p.dep_ == "pobj"
            ]
            subjects_tok = [c for c in tok.children if c.dep_ in _SUBJ] or _subject_tokens(tok)
            if not subjects_tok and tok.dep_ in ("acl", "relcl"):
                subjects_tok = [tok.head]
        elif _is_passive(tok):
            objects_tok = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if not objects_tok and tok.dep_ in ("acl", "relcl"):
                objects_tok = [tok.head]
            objects_tok = [tok.head if o.tag_ in ("WDT", "WP") else o for o in objects_tok]
            subjects_tok = _agent_tokens(tok)
        else:
            subjects_tok = _subject_tokens(tok)
            objects_tok = [c for c in tok.children if c.dep_ in ("dobj", "attr")]
        subjects = [a for s in subjects_tok for a in ctx.args_in(s, pattern.subject_types)]
        if not subjects and tok.tag_ == "VBG" and tok.dep_ == "advcl":
            # "Welcoming the Bill, Jane Smith, chief executive of X, said": the first name after
            comma = next((t.i for t in ctx.doc[tok.i : tok.sent.end] if t.text == ","), None)
            if comma is not None:
                subjects = _first_after(ctx, comma + 1, pattern.subject_types)
        objects = [a for o in objects_tok for a in ctx.args_in(o, pattern.object_types)]
        if subjects and objects:
            yield subjects, objects, tok, None


def _role_rule(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[list[Arg], list[Arg], Token, str | None]]:
    """Role phrases next to a person: "X, the founder of Y", "X, chief executive at Y",
    "X, Y's cabinet member for Z", "Chair of Y, X" (the phrase between commas, read from the
    tokens because parsers often take such appositions for coordination), and "X ... as
    chair of Y" or "X is chair of Y" (from the parse)."""
    doc = ctx.doc
    for index, mention in enumerate(ctx.mentions):
        key = ctx.keys[index]
        if ctx.entity[key].type != "Person":
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        person = Arg(key, "Person")
        found_before = _role_before_name(ctx, span, pattern, exclude=key)
        if found_before is not None:
            target, role, anchor = found_before
            yield [person], [target], anchor, role
        after = _segment_after(span)
        segments = [after, _segment_before(span)]
        if after is not None and after.end < len(doc) and doc[after.end].text == ",":
            # a signature: "Jane Porter, Chief Executive, Harbour Trust"
            following = _segment_after(doc[after.start : after.end])
            if following is not None:
                segments.append(doc[after.start : following.end])
        for segment in segments:
            if segment is None:
                continue
            found = _role_in_segment(ctx, segment, pattern, exclude=key)
            if found is not None:
                target, role, anchor = found
                yield [person], [target], anchor, role
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or not _is_role_word(tok, pattern):
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "as":
            holder = _nearest_person_before(ctx, tok)
        elif tok.dep_ == "attr" and tok.head.lemma_ == "be":
            holder = next((a for s in tok.head.children if s.dep_ == "nsubj"
                           for a in [ctx.arg_at(s)] if a and a.type == "Person"), None)
        else:
            continue
        target = _role_target(ctx, tok, pattern.object_types)
        if holder is not None and target is not None:
            yield [holder], [target], tok, _clean_role(doc[_role_start(tok) : tok.i + 1].text)


def _role_before_name(
    ctx: Context, span: Span, pattern: RelationPattern, *, exclude: str
) -> tuple[Arg, str, Token] | None:
    """"Barnardo's chief executive Lynn Perry", "LGA chair Jane Smith": an organisation, its
    possessive or nothing, then role words, then the person."""
    doc = ctx.doc
    k = span.start - 1
    role_end = k + 1
    while k >= 0 and (doc[k].lower_ in ctx.schema.entities.role_words or _is_role_word(doc[k], pattern)) \
            and ctx.token_mention.get(k) is None:
        k -= 1
    role_tokens = doc[k + 1 : role_end]
    if not role_tokens or not any(_is_role_word(t, pattern) for t in role_tokens):
        return None
    if k >= 0 and doc[k].lower_ in ("'s", "'"):
        k -= 1
    if k < 0 or ctx.token_mention.get(k) is None:
        return None
    arg = ctx.arg_at(doc[k])
    if arg is None or arg.key == exclude or arg.type not in pattern.object_types:
        return None
    return arg, _clean_role(role_tokens.text.lower()), role_tokens[0]


def _is_role_word(tok: Token, pattern: RelationPattern) -> bool:
    return tok.lemma_.lower() in pattern.lemmas or tok.lower_ in pattern.lemmas


_STOPS = frozenset({",", ";", "(", ")", ":", ".", "\"", "!", "?"})


def _segment_after(span: Span) -> Span | None:
    """The phrase after "Person," up to the next comma, verb or sentence end."""
    doc = span.doc
    k = span.end
    if k >= len(doc) or doc[k].text != ",":
        return None
    start = k + 1
    end = start
    sent_end = span.sent.end
    while (
        end < sent_end and doc[end].text not in _STOPS and doc[end].pos_ not in ("VERB", "AUX")
        and not _line_end(doc[end - 1]) and not (doc[end].is_space and "\n" in doc[end].text)
    ):
        end += 1
    return doc[start:end] if end > start else None


def _segment_before(span: Span) -> Span | None:
    """The phrase before ", Person" back to the previous comma or the sentence start."""
    doc = span.doc
    k = span.start - 1
    if k < 1 or doc[k].text != ",":
        return None
    end = k
    start = end
    sent_start = span.sent.start
    while start > sent_start and doc[start - 1].text not in _STOPS and doc[start - 1].pos_ not in ("VERB", "AUX"):
        start -= 1
    return doc[start:end] if end > start else None


def _line_end(tok: Token) -> bool:
    return "\n" in tok.whitespace_


def _role_in_segment(
    ctx: Context, segment: Span, pattern: RelationPattern, *, exclude: str
) -> tuple[Arg, str, Token] | None:
    """In a role phrase with one of the pattern's role words, the last entity of an allowed
    type (the most specific: "the LGA's Children and Young People Board"), and the role."""
    role_tokens = [t for t in segment if _is_role_word(t, pattern)]
    if not role_tokens:
        return None
    targets: list[tuple[int, Arg]] = []
    seen_mentions = set()
    for t in segment:
        index = ctx.token_mention.get(t.i)
        if index is not None:
            if index in seen_mentions:
                continue
            seen_mentions.add(index)
            key = ctx.keys[index]
            if key != exclude and ctx.entity[key].type in pattern.object_types:
                targets.append((t.i, Arg(key, ctx.entity[key].type)))
        elif t.pos_ == "NOUN":
            arg = ctx.resolve(t)
            if arg is not None and arg.type in pattern.object_types and arg.key != exclude:
                targets.append((t.i, arg))
    if not targets:
        return None
    first_at, target = targets[-1]
    # the role is the phrase up to the first entity ("corporate director of ... at X")
    cut = min(i for i, _ in targets)
    if cut <= role_tokens[0].i:
        role_span = [t for t in segment if t.i > cut and not ctx.token_mention.get(t.i)]
        role = " ".join(t.text for t in role_span if t.i >= role_tokens[0].i)
    else:
        role = segment.doc[segment.start : cut].text
    role = _clean_role(role) or _clean_role(segment.text)  # "X, the former Children's Commissioner"
    return target, role, role_tokens[0]


def _clean_role(text: str) -> str:
    words = text.replace(" 's", "'s").strip(" ,;:").split()
    while words and words[0].lower() in ("the", "a", "an", "'s", "its", "their"):
        words = words[1:]
    while words and words[-1].lower() in ("of", "at", "for", "with", "the", "'s", "to", "in"):
        words = words[:-1]
    return " ".join(words)


def _role_start(noun: Token) -> int:
    start = noun.i
    while start > 0 and noun.doc[start - 1].dep_ in ("compound", "amod") and noun.doc[start - 1].head.i >= noun.i:
        start -= 1
    return start


def _nearest_person_before(ctx: Context, tok: Token) -> Arg | None:
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        arg = ctx.arg_at(ctx.doc[i]) if ctx.token_mention.get(i) is not None else None
        if arg and arg.type == "Person":
            return arg
    return None


def _role_target(ctx: Context, noun: Token, types: Sequence[str]) -> Arg | None:
    """The organisation of a role: after "of/at/for", or a possessive before it."""
    for child in noun.children:
        if child.dep_ == "poss":
            arg = ctx.arg_at(child) or ctx.first_in(child, types)
            if arg and arg.type in types:
                return arg
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "at", "for", "with"):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                for t in [pobj, *list(pobj.subtree)]:
                    arg = ctx.arg_at(t)
                    if arg and arg.type in types:
                        return arg
    return None


def _possessive_rule(owner_first: bool):
    def rule(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[list[Arg], list[Arg], Token, str | None]]:
        """"X's Y" where both name entities: the owner runs, contains or wrote the owned."""
        owner_types = pattern.subject_types if owner_first else pattern.object_types
        owned_types = pattern.object_types if owner_first else pattern.subject_types
        if owner_first:
            yield from _pronoun_possessives(ctx, owner_types, owned_types)
        for tok in ctx.doc:
            if tok.lower_ not in ("'s", "'") or tok.dep_ != "case":
                continue
            owner_tok = tok.head
            owned_head = owner_tok.head
            owner = ctx.arg_at(owner_tok)
            if owner is None or owner.type not in owner_types:
                continue
            owned = ctx.token_mention.get(owned_head.i)
            candidates: list[Arg] = []
            if owned is not None and owned != ctx.token_mention.get(owner_tok.i):
                arg = ctx.arg_at(owned_head)
                if arg and not arg.via_reference:
                    candidates.append(arg)
            for child in owned_head.children:
                if child.dep_ == "appos":
                    arg = ctx.arg_at(child)
                    if arg and not arg.via_reference:
                        candidates.append(arg)
            # the owner's name directly followed by the owned name ("LGA's Children ... Board",
            # "Hearth's #CareForCarers campaign")
            for nxt in (tok.i + 1, tok.i + 2):
                if nxt < len(ctx.doc) and ctx.token_mention.get(nxt) is not None:
                    arg = ctx.arg_at(ctx.doc[nxt])
                    if arg and not arg.via_reference:
                        candidates.append(arg)
                    break
            owned_args = [a for a in candidates if a.type in owned_types and a.key != owner.key]
            if not owned_args:
                continue
            if owner_first:
                yield [owner], owned_args[:1], tok, None
            else:
                yield owned_args[:1], [owner], tok, None

    return rule


def _pronoun_possessives(
    ctx: Context, owner_types: Sequence[str], owned_types: Sequence[str]
) -> Iterator[tuple[list[Arg], list[Arg], Token, str | None]]:
    """"X held an event to mark the publication of our Y report": "our", "its" or "their"
    before a named thing belongs to the subject of the clause that governs it."""
    for tok in ctx.doc:
        if tok.dep_ != "poss" or tok.lower_ not in ctx.rules.possessive_pronouns:
            continue
        owned = next(
            (a for t in [tok.head, *tok.head.children] if t.i != tok.i
             for a in [ctx.arg_at(t)] if a is not None and not a.via_reference and a.type in owned_types),
            None,
        )
        if owned is None:
            continue
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subjects = _subject_tokens(verb)
        if any(tok.i in {t.i for t in s.subtree} for s in subjects) and verb.head.i != verb.i:
            subjects = _subject_tokens(verb.head)  # "X said its scheme was growing"
        owners = [a for s in subjects for a in [ctx.arg_at(s)]
                  if a is not None and a.type in owner_types and not a.via_reference]
        if len(owners) == 1 and owners[0].key != owned.key:
            yield owners, [owned], tok, None


def _list_rule(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[list[Arg], list[Arg], Token, str | None]]:
    """"Initiatives in X include:" followed by list items: X relates to each item's name."""
    for lst in ctx.lists:
        intro = lst.intro
        if not any(t.lemma_.lower() in pattern.lemmas or t.lower_ in pattern.lemmas for t in intro):
            continue
        owners = []
        for t in intro:
            arg = ctx.arg_at(t) if ctx.token_mention.get(t.i) is not None else None
            if arg and arg.type in pattern.subject_types and arg not in owners:
                owners.append(arg)
        items = [a for a in lst.items if a.type in pattern.object_types]
        if len(owners) == 1 and items:
            yield owners, items, intro[-1], None


def _phrase_rule(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[list[Arg], list[Arg], Token, str | None]]:
    """"X is in line with Y", "X is an example of Y": a fixed phrase between subject and
    object; "these initiatives" refers to the items of the last list."""
    doc = ctx.doc
    for lemma in pattern.lemmas:
        words = lemma.split()
        for i in range(len(doc) - len(words) + 1):
            if [t.lower_ for t in doc[i : i + len(words)]] != words:
                continue
            last = doc[i + len(words) - 1]
            pobjs = [c for c in last.children if c.dep_ == "pobj"]
            objects = [a for p in pobjs for a in _args_or_inside(ctx, p, pattern.object_types)]
            verb = doc[i]
            while verb.dep_ not in ("ROOT", "relcl", "ccomp", "conj") and verb.head.i != verb.i:
                verb = verb.head
            subjects: list[Arg] = []
            for s in [c for c in verb.children if c.dep_ in _SUBJ]:
                subjects.extend(_list_reference(ctx, s, pattern.subject_types) or ctx.args_in(s, pattern.subject_types))
            if subjects and objects:
                yield subjects, objects, doc[i], None


def _args_or_inside(ctx: Context, tok: Token, types: Sequence[str]) -> list[Arg]:
    args = ctx.args_in(tok, types)
    if args:
        return args
    for t in tok.subtree:
        arg = ctx.arg_at(t)
        if arg and arg.type in types:
            return [arg]
    return []


def _list_reference(ctx: Context, tok: Token, types: Sequence[str]) -> list[Arg]:
    """"these initiatives", "many of these": the items of the last list before the token."""
    words = {t.lower_ for t in tok.subtree}
    if "these" not in words and "those" not in words:
        return []
    before = [lst for lst in ctx.lists if lst.intro[-1].i < tok.i]
    if not before:
        return []
    return [a for a in before[-1].items if a.type in types]


def _setting_rule(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[list[Arg], list[Arg], Token, str | None]]:
    """"Within X, the Y team is ...": a sentence-opening place phrase locates the subject."""
    for sent in ctx.doc.sents:
        first = next((t for t in sent if not t.is_space and not t.is_punct), None)
        if first is None or first.lower_ not in pattern.preps or first.dep_ != "prep":
            continue
        places = [a for p in first.children if p.dep_ == "pobj" for a in ctx.args_in(p, pattern.object_types)]
        verb = first.head
        subjects = [a for s in verb.children if s.dep_ in _SUBJ for a in ctx.args_in(s, pattern.subject_types)]
        if places and subjects:
            yield subjects, places, first, None


def _speech_rule(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[list[Arg], list[Arg], Token, str | None]]:
    """"X said: 'The review represents ...'": a person speaking about a publication that is
    the subject of what they say."""
    for tok in ctx.doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in pattern.lemmas or _negated(tok):
            continue
        speakers = [a for s in tok.children if s.dep_ == "nsubj" for a in ctx.args_in(s, pattern.subject_types)]
        if not speakers:
            continue
        for comp in tok.children:
            if comp.dep_ not in ("ccomp", "dobj"):
                continue
            for s in comp.children if comp.dep_ == "ccomp" else [comp]:
                if comp.dep_ == "ccomp" and s.dep_ not in _SUBJ:
                    continue
                arg = ctx.arg_at(s)
                if arg and arg.type in pattern.object_types:
                    yield speakers, [arg], tok, None
        # a quotation in the next sentence whose subject is the publication
        nxt = tok.sent.end
        if any(c.dep_ in ("ccomp", "dobj") for c in tok.children) or nxt >= len(ctx.doc):
            continue
        following = ctx.doc[nxt].sent
        root = following.root
        for s in root.children:
            if s.dep_ in _SUBJ:
                arg = ctx.arg_at(s)
                if arg and arg.type in pattern.object_types:
                    yield speakers, [arg], tok, None


def _svo_rule(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[list[Arg], list[Arg], Token, str | None]]:
    """Any verb between two named entities that no typed rule took: RELATED_TO, with the verb
    as its predicate."""
    excluded = ctx.rules.related_verbs_excluded
    for tok in ctx.doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() in excluded or _negated(tok):
            continue
        subjects = [a for s in _subject_tokens(tok) if (a := ctx.arg_at(s)) is not None and not a.via_reference]
        objects = [a for o in tok.children if o.dep_ == "dobj" if (a := ctx.arg_at(o)) is not None and not a.via_reference]
        if subjects and objects:
            yield subjects, objects, tok, tok.lemma_.lower()


def _recommend_rule(ctx: Context, pattern: RelationPattern) -> Iterator[tuple[list[Arg], list[Arg], Token, str | None]]:
    """The recommender of each proposal that `recommend` found, when the text names one."""
    from .recommend import find_recommendations

    for item in find_recommendations(ctx.doc, ctx.schema.entities):
        target = ctx.arg_at(ctx.doc[item.start])
        if target is None or target.type != "Recommendation":
            continue
        source = None
        if item.recommender is not None:
            tok = ctx.doc[item.recommender]
            source = ctx.arg_at(tok) or ctx.first_in(tok, pattern.subject_types)
            if source is None and tok.lower_ == "it":
                source = ctx._salient("Publication", head="review")
        else:
            source = ctx._salient("Publication", head="review")
        if source and source.type in pattern.subject_types:
            yield [source], [target], ctx.doc[item.trigger], None


RuleFn = Callable[[Context, RelationPattern], Iterator[tuple[list[Arg], list[Arg], "Token", str | None]]]

RULE_KINDS: dict[str, RuleFn] = {
    "verb": _verb_rule,
    "role": _role_rule,
    "possessive_owner": _possessive_rule(owner_first=True),
    "possessive_owned": _possessive_rule(owner_first=False),
    "list": _list_rule,
    "phrase": _phrase_rule,
    "setting": _setting_rule,
    "speech": _speech_rule,
    "recommend": _recommend_rule,
    "svo": _svo_rule,
}


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


# --------------------------------------------------------------------------- the stage


def find_relations(
    doc: Doc,
    mentions: Sequence[Mention],
    mention_keys: Sequence[str],
    entities: Sequence[Entity],
    schema: Schema,
    *,
    doc_id: str,
    evidence_of: Callable[[int, int], str],
) -> list[Relation]:
    """Every relation the schema's rules find in one document, typed, in text order."""
    ctx = Context(doc, mentions, mention_keys, entities, schema, evidence_of)
    signatures = schema.relations.signatures
    found: list[tuple[int, Relation]] = []
    seen: set[tuple[str, str, str, int]] = set()
    for pattern in schema.relations.patterns:
        subj_ok, obj_ok = signatures[pattern.relation]
        for subjects, objects, anchor, extra in RULE_KINDS[pattern.kind](ctx, pattern):
            for s in subjects:
                for o in objects:
                    source, target = (o, s) if pattern.inverse else (s, o)
                    if source.key == target.key:
                        continue
                    if source.type not in subj_ok or target.type not in obj_ok:
                        continue
                    if pattern.relation in schema.relations.same_type and source.type != target.type:
                        continue
                    marker = (source.key, pattern.relation, target.key, anchor.sent.start)
                    if marker in seen:
                        continue
                    seen.add(marker)
                    confidence = pattern.confidence - (0.1 if (s.via_reference or o.via_reference) else 0.0)
                    found.append(
                        (
                            anchor.i,
                            Relation(
                                source=source.key,
                                target=target.key,
                                relation=pattern.relation,
                                evidence=ctx.evidence(anchor),
                                doc_id=doc_id,
                                rule=pattern.id,
                                confidence=round(confidence, 3),
                                role=extra if pattern.relation == "ROLE_AT" else None,
                                predicate=extra if pattern.relation == "RELATED_TO" else None,
                            ),
                        )
                    )
    found.sort(key=lambda item: item[0])
    return _drop_related_duplicates([r for _, r in found])


def _drop_related_duplicates(relations: list[Relation]) -> list[Relation]:
    """RELATED_TO only where no typed relation links the same two entities."""
    typed = {(r.source, r.target) for r in relations if r.relation != "RELATED_TO"}
    typed |= {(t, s) for s, t in typed}
    return [r for r in relations if r.relation != "RELATED_TO" or (r.source, r.target) not in typed]
