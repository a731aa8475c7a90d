"""A proposal found in a document (`RecommendationItem`) and what the finders share: the
schema's word classes and the dependency labels of subjects and clauses."""

from __future__ import annotations

from dataclasses import dataclass

from ...core.schema import EntityRules

CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})
SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class RecommendationItem:
    start: int              # token offsets of the proposal phrase
    end: int
    trigger: int            # the recommending verb or noun
    recommender: int | None  # the token naming who recommends, when the text says
    calls: bool = False     # called for (urged, pressed for) rather than proposed: a person or
                            # organisation calling for it SUPPORTS it, a publication RECOMMENDS it


def word_class(rules: EntityRules, key: str) -> frozenset[str]:
    return rules.recommendation_words.get(key, frozenset())
