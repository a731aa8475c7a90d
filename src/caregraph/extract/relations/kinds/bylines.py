"""The `byline` kind: the person a page's byline names wrote the publication its title names,
when the page speaks of itself as that publication ("The Fair Futures Report / By Jane Porter /
This report sets out ..."). A reporter's story about a report ("By Jane Porter" over "Fair
Futures Report warns of crisis", "the report found ...") never refers to itself as "this report"."""

from __future__ import annotations

from collections.abc import Iterator

from ....core.ontology import PUBLICATION
from ....core.schema import RelationPattern
from ...syntax import children_of
from ..context import Arg, Context, head_word, opening_lines
from ..registry import RuleMatch, rule_kind

# the determiners of a text that speaks of itself ("this report", "this paper")
_SELF = frozenset({"this"})


@rule_kind("byline")
def _byline_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    author = ctx.byline_author()
    if author is None or author.type not in pattern.subject_types or PUBLICATION not in pattern.object_types:
        return
    lines = opening_lines(ctx.doc)
    if not lines:
        return
    title = lines[0]
    named = {ctx.keys[i] for t in title if (i := ctx.token_mention.get(t.i)) is not None
             and ctx.entity[ctx.keys[i]].type == PUBLICATION}
    if len(named) != 1:
        return
    key = next(iter(named))
    head = head_word(ctx.entity[key].label)
    # (the first "this <head>" after the title: the page calling itself by the title's head noun)
    for tok in ctx.doc[title.end :]:
        if tok.lemma_.lower() == head and tok.pos_ == "NOUN" and tok.i not in ctx.token_mention \
                and any(c.dep_ == "det" and c.lower_ in _SELF for c in children_of(tok)):
            yield RuleMatch([author], [Arg(key, PUBLICATION)], tok)
            return
