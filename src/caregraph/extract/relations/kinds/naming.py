"""The `name_owner` kind: a name that opens with another entity's whole name ("the Westby
Authority's study of carers", "the Harbour Panel report into Y", "the Kestrel Office (KO) review
of Z"): the entity whose name it opens with relates to it (wrote it), though the text names the
two as one phrase and no possessive or verb between two names says so. The `name_part` kind: a
unit named after its body ("the Harbour Trust Children and Families Group" is part of Harbour
Trust). The `name_trial` kind: a programme named by a proposal and a word of trial ("the Harbour
Hub pathfinders" try out the Harbour Hub).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ....core.schema import GazetteerEntry, RelationPattern
from ....core.text import normalise_key
from ..context import Arg, Context, head_word
from ..registry import RuleMatch, rule_kind

if TYPE_CHECKING:
    from spacy.tokens import Token

_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
_BRACKETED = re.compile(r"\([^()]*\)")


_NAMES: list[tuple[tuple[GazetteerEntry, ...], frozenset[str]]] = []   # the last schema's, computed once


def _entry_names(gazetteer: tuple[GazetteerEntry, ...]) -> frozenset[str]:
    """The normalised names of the gazetteer's entries (computed once per schema, not per page)."""
    if not _NAMES or _NAMES[0][0] is not gazetteer:
        _NAMES[:] = [(gazetteer, frozenset(normalise_key(g.name) for g in gazetteer))]
    return _NAMES[0][1]


@rule_kind("name_owner")
def _name_owner_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """A mention of an object-type entity whose first words are the whole name (or an alias) of
    a subject-type entity of the document, followed by a possessive, an opening bracket (the
    subject's acronym) or one of the pattern's head words; the subject's name is a body's (its
    head word is one of the schema's heads of its type, or it is a gazetteer entry's: not
    "Implementation of Children" cut from a headline), and not a one-word name that the document
    also writes in lower case as a common word ("the Harbourage Strategy" is no text of a body called
    "Harbourage")."""
    seen: set[tuple[str, str]] = set()
    for owner, key, words, k in _opening_names(ctx, pattern.subject_types, pattern.object_types):
        after = words[k]
        if after.lower_ in _POSSESSIVE or after.text == "(" or after.lemma_.lower() in pattern.lemmas \
                or _described_rest(words[k:], pattern.lemmas):
            if (owner.key, key) not in seen:
                seen.add((owner.key, key))
                yield RuleMatch([owner], [Arg(key, ctx.entity[key].type)], words[0])


# the most words of a description after a body's name ("2019 general election manifesto")
_DESCRIBED_WORDS = 5


def _described_rest(rest: Sequence[Token], heads: Sequence[str]) -> bool:
    """Do the words after a body's name describe a text of one of the head words: lower-case
    words or a year, the last a head word ("the Harbour Party 2019 general election manifesto")?"""
    return (0 < len(rest) <= _DESCRIBED_WORDS and (rest[-1].lemma_.lower() in heads or rest[-1].lower_ in heads)
            and all(t.is_lower or (t.like_num and len(t.text) == 4) for t in rest))


@rule_kind("name_part")
def _name_part_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """A unit named after its body: a subject-type mention whose first words are the whole name
    of an object-type entity (a body's, as for `name_owner`), followed by at least two more
    words, the last of them one of the pattern's head words ("the Harbour Trust Children and
    Families Group", "the Westshire Assembly Public Services Committee"); not "the Harbour Office
    Committee", a committee named by what it watches, nor a possessive ("Harbour Trust's members'
    committee", `possessive_owned`)."""
    seen: set[tuple[str, str]] = set()
    for whole, key, words, k in _opening_names(ctx, pattern.object_types, pattern.subject_types, any_name=True):
        rest = words[k:]
        if (len(rest) < 2 or rest[0].lower_ in _POSSESSIVE or rest[0].text == "("
                or rest[-1].lemma_.lower() not in pattern.lemmas and rest[-1].lower_ not in pattern.lemmas):
            continue
        if (key, whole.key) not in seen:
            seen.add((key, whole.key))
            yield RuleMatch([Arg(key, ctx.entity[key].type)], [whole], words[0])


@rule_kind("name_trial")
def _name_trial_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """A programme named by a proposal and one word of trial ("the Harbour Hub pathfinders",
    "HH pilots"): it tries out that proposal. The proposal's whole name or alias, in either
    number ("Harbour Hubs" is tried by "Harbour Hub pilots"), then only one of the pattern's
    head words. Read from each mention as the page writes it (never a name the gazetteer gave
    the programme), a bracketed acronym inside it and hyphens left out ("Harbour Co-Operative
    (HC) Pilot" tries "Harbour Cooperatives")."""
    forms: dict[str, Arg] = {}
    for key, entity in ctx.entity.items():
        if entity.type in pattern.object_types:
            for form in (entity.label, *entity.aliases):
                name = _trial_key(form)
                if len(name) > 3:
                    forms.setdefault(name, Arg(key, entity.type))
                    forms.setdefault(name[:-1] if name.endswith("s") else name + "s", Arg(key, entity.type))
    if not forms:
        return
    seen: set[tuple[str, str]] = set()
    for key, span in ctx.mention_spans():
        if ctx.entity[key].type not in pattern.subject_types:
            continue
        words = [t for t in span if not t.is_space]
        tried = _tried(" ".join(t.text for t in words), pattern.lemmas)
        proposal = forms.get(tried) if tried else None
        if proposal is None or proposal.key == key or (key, proposal.key) in seen:
            continue
        seen.add((key, proposal.key))
        yield RuleMatch([Arg(key, ctx.entity[key].type)], [proposal], words[0])


def _trial_key(name: str) -> str:
    """A name's key for the trial comparison: no bracketed part, no hyphen ("Harbour
    Co-Operative (HC)" -> "harbour cooperative")."""
    return normalise_key(_BRACKETED.sub(" ", name).replace("-", ""))


def _tried(name: str, trial_words: Sequence[str]) -> str | None:
    """The key of what a name of two words or more ending in a word of trial tries out (its
    words before that last one), else None."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in trial_words:
        return None
    return _trial_key(" ".join(words[:-1]))


def _opening_names(ctx: Context, owner_types: Sequence[str], named_types: Sequence[str], *, any_name: bool = False
                   ) -> Iterator[tuple[Arg, str, list[Token], int]]:
    """Each mention of a `named_types` entity whose first k words are the whole name (or an
    alias) of another entity of the document of `owner_types`, a body's (its head word is one of
    the schema's heads of its type, or a gazetteer entry's; with `any_name`, any name of the type:
    "Harbour Trust England", a branch named by its place) and not a one-word name the document also writes
    in lower case: (the owner, the mention's key, its words, k), the longest such k."""
    forms: dict[str, Arg] = {}
    for key, entity in ctx.entity.items():
        if entity.type not in owner_types:
            continue
        if not any_name and not named_as_kind(ctx, key):
            continue
        for form in (entity.label, *entity.aliases):
            name = normalise_key(form)
            if name and not (len(name.split()) == 1 and _common_word(ctx, name)):
                forms.setdefault(name, Arg(key, entity.type))
    if not forms:
        return
    longest = max(len(f.split()) for f in forms)
    for key, span in ctx.mention_spans():
        if ctx.entity[key].type not in named_types:
            continue
        words = [t for t in span if not t.is_space]
        for k in range(min(longest, len(words) - 1), 0, -1):
            if words[k - 1].is_punct or words[k - 1].lower_ in _POSSESSIVE:
                continue  # (a key drops the possessive: the name is the words before it)
            owner = forms.get(normalise_key(" ".join(t.text for t in words[:k])))
            if owner is None or owner.key == key:
                continue
            yield owner, key, words, k
            break


def named_as_kind(ctx: Context, key: str) -> bool:
    """Whether an entity's name says what it is: its head word is one of the schema's heads of
    its type ("Harbour Trust", "University of Westby"), or it is a gazetteer entry's; not a name
    the type came to by votes alone ("Bishop's Marlow" taken for a body)."""
    entity = ctx.entity[key]
    return (ctx.schema.entities.heads.get(head_word(entity.label)) == entity.type
            or normalise_key(entity.label) in _entry_names(ctx.schema.gazetteer))


def _common_word(ctx: Context, word: str) -> bool:
    """Whether the document writes a word in lower case somewhere (a common noun, not a name)."""
    return any(ctx.doc[i].text == word for i in ctx.by_lower.get(word, ()))
