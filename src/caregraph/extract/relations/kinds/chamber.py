"""The `peer_chamber` kind: a peer named with a party tag in brackets ("Lord Hale (Crossbench)",
"Baroness Porter of Westby (Labour), shadow spokesperson for schools") sits in the chamber the
pattern names (its lemmas: the chamber's name), when the page names that chamber: a member
listed so speaks there as its member. Without the party tag a peer's title alone says nothing of
the page (a peer quoted for a committee's report, an honorary title)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ....core.ontology import ORGANISATION, PERSON
from ....core.schema import RelationPattern
from ....core.text import normalise_key
from ..context import Arg, Context
from ..registry import RuleMatch, rule_kind

if TYPE_CHECKING:
    from spacy.tokens import Span

_TAG_WORDS = 5   # at most so many words between the brackets ("Labour (Co-op) - Life peer")


@rule_kind("peer_chamber")
def _peer_chamber_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """Each person whose name opens with a peerage title (entities.yaml peerage_titles) and
    whose mention is followed by a bracketed party tag (party_tags, with or without a standing
    after a dash), at the organisation the document names whose name is one of the lemmas."""
    names = {normalise_key(n) for n in pattern.lemmas}
    chamber = next((key for key, e in ctx.entity.items() if e.type == ORGANISATION and normalise_key(e.label) in names), None)
    if chamber is None:
        return
    rules = ctx.schema.entities
    done: set[str] = set()
    for key, named in ctx.mention_spans(PERSON):
        if key in done or ctx.entity[key].label.split()[0].lower() not in rules.peerage_titles:
            continue
        if _party_tag_after(named, rules.party_tags):
            done.add(key)
            yield RuleMatch([Arg(key, PERSON)], [Arg(chamber, ORGANISATION)], named[0], role="member")


def _party_tag_after(named: Span, tags: frozenset[str]) -> bool:
    """Whether "(" and a party tag follow the name, the tag alone in the brackets or before a
    spaced dash ("(Crossbench)", "(Labour - Life peer)")."""
    doc = named.doc
    if named.end >= len(doc) or doc[named.end].text != "(":
        return False
    words = []
    for tok in doc[named.end + 1 : named.end + 2 + _TAG_WORDS]:
        if tok.text in (")", "-", "\u2013", "\u2014"):
            return " ".join(words).lower() in tags or "".join(w for w in words).lower() in tags
        words.append(tok.text)
    return False
