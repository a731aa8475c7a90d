"""The `setting` kind: a sentence opening with a place phrase ("Within X, Y ...")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.schema import RelationPattern
from ..context import Context
from ..registry import RuleMatch, rule_kind

if TYPE_CHECKING:
    pass


_SUBJ = ("nsubj", "nsubjpass")


@rule_kind("setting")
def _setting_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """"Within X, the Y team is ...": a sentence-opening place phrase locates the subject."""
    for sent in ctx.doc.sents:
        first = next((t for t in sent if not t.is_space and not t.is_punct), None)
        if first is None or first.lower_ not in pattern.preps or first.dep_ != "prep":
            continue
        places = [a for p in first.children if p.dep_ == "pobj" for a in ctx.args_in(p, pattern.object_types)]
        verb = first.head
        subjects = [a for s in verb.children if s.dep_ in _SUBJ for a in ctx.args_in(s, pattern.subject_types)]
        if places and subjects:
            yield RuleMatch(subjects, places, first)
