"""Recommendations: the proposals a review or report makes, or that a person or organisation
calls for, read from the parse.

"The review recommends X and the creation of Y", "we proposed X" (the speaker's, as a call), "it
was recommended that X", "a call on X to
Y", "the recommendation to X", "recommendations such as; A, B and C", "calls for X, to include
A, B and C", "its recommendations include A and B", "the proposed X", "proposals for X", "the
review says X should be Y", "X was a key recommendation of Y", "the Bill will introduce X",
"under the Bill, X will be created", "the Bill introduces X" (a bill or strategy in the present),
"a pilot of X will be introduced" on a page about a publication, "Through the Bill, we are
creating X" (a clause a publication frames), "Other key measures include A and B" (on a page
about a publication), and the bullets under a line
such as "X is urging the Government to:", "The Bill will:", "The strategy sets out six pillars:",
"The proposals set out in the X strategy are organised under six pillars:" or "Our asks:", and
the mandates a bill or strategy makes ("the Bill requires each council to X", "a new duty on
councils to X"). Each item is a short phrase (at most the schema's
max_words; a light verb gives way to its object, generic and vague heads are no proposal)
with the token of its recommender, when the text names one, and whether it is called for
rather than proposed, so that `relations` can credit it: a publication or a proposing person
RECOMMENDS it, an organisation or a person calling for it SUPPORTS it. Word lists come from
the schema's `recommendations` section.

The package by concern: `triggers` (the verbs, nouns and modals that introduce proposals and
what they introduce), `recommenders` (who makes one), `phrases` (cutting and trimming a
proposal phrase, inline lists), `bullets` (bulleted lists under a proposing line), `mandates` (what a bill or
strategy requires of a body), `welcomes` (what a welcomed emphasis is on), `amendments` (what an amendment
to a bill would do), `continuations` ("This also includes X" after a proposal), `items`
(the found item and shared word classes).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...core.schema import EntityRules
from .amendments import amendment_items
from .bullets import bullet_items
from .continuations import continued_items
from .items import RecommendationItem
from .mandates import mandate_items
from .phrases import copular_complement
from .recommenders import approvers, earlier_recommenders
from .triggers import from_token, trigger_indexes
from .welcomes import emphasis_makers, welcomed_items

__all__ = ["RecommendationItem", "copular_complement", "find_recommendations"]


def find_recommendations(doc: Doc, rules: EntityRules) -> list[RecommendationItem]:
    """Every proposal phrase in the document, in text order, once per recommender. Computed
    once per document; the mention and relation stages both take the result as an argument."""
    items: dict[tuple[int, int, int | None], RecommendationItem] = {}
    for i in trigger_indexes(doc, rules):   # (the tokens no reading of from_token skips)
        for item in from_token(doc[i], rules):
            items.setdefault((item.start, item.end, item.recommender), item)
    for item in bullet_items(doc, rules):
        items.setdefault((item.start, item.end, item.recommender), item)
    for item in mandate_items(doc, rules):
        items.setdefault((item.start, item.end, item.recommender), item)
    for item in welcomed_items(doc, rules):
        items.setdefault((item.start, item.end, item.recommender), item)
    for item in amendment_items(doc, rules):
        items.setdefault((item.start, item.end, item.recommender), item)
    for item in earlier_recommenders(doc, list(items.values()), rules):
        items.setdefault((item.start, item.end, item.recommender), item)
    # one item per phrase and recommender; a phrase also found without one keeps the named
    named = {(it.start, it.end) for it in items.values() if it.recommender is not None}
    items = {k: it for k, it in items.items() if it.recommender is not None or (it.start, it.end) not in named}
    # (after that: an approver of another's proposal leaves its maker, named or not, in place)
    for item in approvers(doc, list(items.values()), rules):
        items.setdefault((item.start, item.end, item.recommender), item)
    for item in emphasis_makers(doc, rules):   # (the maker of a welcomed emphasis, named or not)
        items.setdefault((item.start, item.end, item.recommender), item)
    for item in continued_items(doc, list(items.values()), rules):   # ("This also includes X")
        items.setdefault((item.start, item.end, item.recommender), item)
    unique = {(it.start, it.end, it.recommender): it
              for it in _same_nouns(doc, _same_names(doc, list(items.values())), rules)}
    return sorted(unique.values(), key=lambda it: (it.start, it.end))


def _same_names(doc: Doc, items: list[RecommendationItem]) -> list[RecommendationItem]:
    """One name for one proposal within a document: a phrase that another phrase of the
    document begins with, and whose head it shares ("a five-year early career framework" and
    "the five-year early career framework for social workers"), names both."""
    words = {(it.start, it.end): [t.lower_ for t in doc[it.start : it.end]] for it in items}
    out = []
    for item in items:
        mine = words[(item.start, item.end)]
        head = doc[item.start : item.end].root
        shorter = [
            other for other in items
            if 2 <= other.end - other.start < len(mine)
            and words[(other.start, other.end)] == mine[: other.end - other.start]
            and doc[other.start : other.end].root.lower_ == head.lower_
            and head.i < item.start + (other.end - other.start)
        ]
        if shorter:
            cut = min(other.end - other.start for other in shorter)
            item = RecommendationItem(item.start, item.start + cut, item.trigger, item.recommender, item.calls)
        out.append(item)
    return out


_SAME_NOUNS_MIN = 3


def _same_nouns(doc: Doc, items: list[RecommendationItem], rules: EntityRules) -> list[RecommendationItem]:
    """One name for one proposal written twice within a document: a later phrase whose content
    words (nouns and their modifiers, by lemma, three or more; words of degree left out) are
    exactly an earlier one's ("making care experience an additional protected characteristic" ...
    "treat care experience as if it were a protected characteristic") takes the earlier phrase's
    words."""
    degree = rules.recommendation_words.get("degree_modifiers", frozenset())

    def words(item: RecommendationItem) -> frozenset[str]:
        # (a noun by its lemma, a modifier as written: "protected" is a participle or a proper noun)
        return frozenset(t.lemma_.lower() if t.pos_ in ("NOUN", "PROPN") else t.lower_ for t in doc[item.start : item.end]
                         if (t.pos_ in ("NOUN", "PROPN") or t.dep_ in ("amod", "compound"))
                         and t.lower_ not in degree and t.lemma_.lower() not in degree)
    ordered = sorted(items, key=lambda it: (it.start, it.end))
    # the phrase that names the group: the first whose recommender the text leaves unnamed (the
    # relation stage finds that one's publication by where it stands), else the first
    canonical: dict[frozenset[str], RecommendationItem] = {}
    for item in ordered:
        key = words(item)
        if len(key) >= _SAME_NOUNS_MIN and (key not in canonical or (
                canonical[key].recommender is not None and item.recommender is None)):
            canonical[key] = item
    out = []
    for item in ordered:
        named = canonical.get(words(item))
        if named is not None and (named.start, named.end) != (item.start, item.end):
            item = RecommendationItem(named.start, named.end, item.trigger, item.recommender, item.calls)
        out.append(item)
    return out
