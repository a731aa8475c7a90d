"""The `evidence_page` kind: a page of evidence to a committee, laid out as parliaments publish
it: a title line naming one publication (the bill or inquiry, "Westshire Care Bill"), then among
the opening lines one that opens with the pattern's lemmas ("Written evidence submitted by the
Harbour Trust (WCB12)"). Those the line names gave evidence on the title's publication: they
CONTRIBUTED_TO it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.ontology import INITIATIVE, ORGANISATION, PERSON, PLACE
from ....core.schema import RelationPattern
from ..context import Arg, Context, opening_lines
from ..registry import RuleMatch, rule_kind

if TYPE_CHECKING:
    from spacy.tokens import Span


@rule_kind("evidence_page")
def _evidence_page_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """Everyone an evidence line names CONTRIBUTED_TO the one publication the title line names
    (the module's docstring)."""
    found = opening_lines(ctx.doc)
    if len(found) < 2:
        return
    title = _named(ctx, found[0], pattern.object_types)
    if len(title) != 1 or len(_named(ctx, found[0], (PERSON, ORGANISATION, INITIATIVE, PLACE))) > 0:
        return  # a title that names one publication and nothing else
    openers = [lemma.split() for lemma in pattern.lemmas]
    for line in found[1:]:
        words = [t for t in line if not (t.is_space or t.is_punct)]
        opener = next((o for o in openers if [t.lower_ for t in words[: len(o)]] == o), None)
        if opener is None:
            continue
        rest = ctx.doc[words[len(opener) - 1].i + 1 : line.end] if len(words) > len(opener) else None
        subjects = _named(ctx, rest, pattern.subject_types) if rest is not None else []
        if subjects:
            yield RuleMatch(subjects, title, words[0])
        return


def _named(ctx: Context, span: Span, types: tuple[str, ...] | list[str]) -> list[Arg]:
    """The entities of the types that mentions in the span name, each once, in order."""
    out: list[Arg] = []
    for t in span:
        index = ctx.token_mention.get(t.i)
        if index is None:
            continue
        key = ctx.keys[index]
        if ctx.entity[key].type in types and all(a.key != key for a in out):
            out.append(Arg(key, ctx.entity[key].type))
    return out
