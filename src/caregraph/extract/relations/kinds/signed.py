"""The `signed_reply` kind: a letter or statement whose title says it answers a publication
("Response to the Harbour Office's consultation - Westshire Care Strategy", "Our response to the Y
Review") and that is signed (a valediction line, the pattern's lemmas: "Yours sincerely", then a
line that is one person's name) is its signatory's response to that publication, and the response
of the organisation the page speaks as (voice.py), where there is one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.ontology import PERSON
from ....core.schema import RelationPattern
from ...syntax import lines
from ..context import Arg, Context, opening_lines
from ..registry import RuleMatch, rule_kind
from ..voice import document_voice

if TYPE_CHECKING:
    from spacy.tokens import Span

_ARTICLES = frozenset({"our", "the", "a", "an"})


@rule_kind("signed_reply")
def _signed_reply_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """The signatory (and the page's own organisation) of a signed reply RESPONDED_TO the one
    publication its title line answers (the module's docstring)."""
    title = _answered(ctx, pattern)
    if title is None:
        return
    target, anchor = title
    signatory = _signatory(ctx, pattern)
    if signatory is None:
        return
    subjects = [signatory]
    voice = document_voice(ctx)
    if voice is not None and voice.type in pattern.subject_types:
        subjects.append(Arg(voice.key, voice.type))
    yield RuleMatch(subjects, [target], anchor[0])


def _answered(ctx: Context, pattern: RelationPattern) -> tuple[Arg, Span] | None:
    """The one publication a title line names when it opens with a reply's head noun and "to"
    (entities.yaml reply_heads), with that line; None when no opening line does or it names two."""
    heads = ctx.schema.entities.reply_heads
    for line in opening_lines(ctx.doc):
        words = [t for t in line if not (t.is_space or t.is_punct)]
        if words[:1] and words[0].lower_ in _ARTICLES:
            words = words[1:]
        if len(words) < 3 or words[0].lower_ not in heads or words[1].lower_ != "to":
            continue
        # (a name of the reply itself, "Response to the Harbour Office Strategy", is not what it answers)
        keys = {ctx.keys[i] for t in line if (i := ctx.token_mention.get(t.i)) is not None
                and ctx.entity[ctx.keys[i]].type in pattern.object_types
                and not _names_a_reply(ctx.entity[ctx.keys[i]].label, heads)}
        if len(keys) == 1:
            key = keys.pop()
            return Arg(key, ctx.entity[key].type), line
        return None
    return None


def _names_a_reply(label: str, heads: frozenset[str]) -> bool:
    """Does a name open with a reply's head noun (after an article)?"""
    words = label.lower().split()
    if words[:1] and words[0] in _ARTICLES:
        words = words[1:]
    return bool(words) and words[0] in heads


def _signatory(ctx: Context, pattern: RelationPattern) -> Arg | None:
    """The one person named alone on the first non-empty line after a valediction line."""
    valedictions = frozenset(pattern.lemmas)
    doc_lines = [line for line in lines(ctx.doc) if any(not t.is_space for t in line)]
    for n, line in enumerate(doc_lines[:-1]):
        said = " ".join(t.lower_ for t in line if not (t.is_space or t.is_punct))
        if said not in valedictions:
            continue
        words = [t for t in doc_lines[n + 1] if not (t.is_space or t.is_punct)]
        keys = {ctx.keys[i] if (i := ctx.token_mention.get(t.i)) is not None else None for t in words}
        if len(keys) == 1 and None not in keys:
            key = next(iter(keys))
            if key is not None and ctx.entity[key].type == PERSON:
                return Arg(key, PERSON)
        return None
    return None
