"""The `recommend` kind: the recommender of each proposal found in the document."""

from __future__ import annotations

from collections.abc import Iterator

from ....core.ontology import PUBLICATION, RECOMMENDATION
from ....core.schema import RelationPattern
from ..context import Context
from ..registry import RuleMatch, rule_kind


@rule_kind("recommend")
def _recommend_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """The recommender of each proposal of the document (ctx.proposals), when the text
    names one."""
    # with no recommender named ("it was recommended that ..."), the document's one review,
    # report or other recommending publication (the schema's recommender nouns)
    recommenders = tuple(ctx.schema.entities.recommendation_recommenders)
    for item in ctx.proposals:
        target = ctx.arg_at(ctx.doc[item.start])
        if target is None or target.type != RECOMMENDATION:
            continue
        source = None
        if item.recommender is not None:
            tok = ctx.doc[item.recommender]
            source = ctx.arg_at(tok) or ctx.first_in(tok, pattern.subject_types)
            if source is None and tok.lower_ == "it":
                source = ctx.salient(PUBLICATION, heads=recommenders)
        else:
            source = ctx.salient(PUBLICATION, heads=recommenders)
        if source and source.type in pattern.subject_types:
            yield RuleMatch([source], [target], ctx.doc[item.trigger])
