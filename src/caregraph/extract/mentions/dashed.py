"""Titles set off by a pair of dashes after a publication's noun: "our new report – A Place
to Call Home – sets out ...", "a report - Harbour Reforms: the Next Steps - which states ...".

The dashes frame the title as quotation marks would (voters.quoted_candidates); no capitalised-
name voter sees a title whose words are mostly common ones ("A Place to Call Home"), and one
with a colon is cut at it. The title is a publication's: it stands right after the noun.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ...core.ontology import ORGANISATION, PERSON, PLACE, PUBLICATION
from ...core.schema import EntityRules
from ..syntax import ends_line, ents_of, text_flags, tokens_of
from .voters import Candidate, head_type, is_cap

_DASHES = frozenset({"-", "\u2013", "\u2014"})
_LONGEST = 16          # the closing dash's distance in tokens from the opening one, at most
# marks that end a sentence or open a clause of its own: no title holds them
_BREAKS = frozenset({".", "!", ";", "(", ")", '"', "\u201c", "\u201d"})
_NAMED = frozenset({"PERSON", "GPE", "LOC", "DATE"})
_OTHER_TYPES = frozenset({ORGANISATION, PERSON, PLACE})
_LONGEST_PERSON = 3    # words of a person's name


def _is_dash(text: str) -> bool:
    return text in _DASHES


def dashed_candidates(doc: Doc, rules: EntityRules) -> Iterator[Candidate]:
    """A title-case run between two spaced dashes of one kind, right after a lower-case noun of
    a publication (cues_before: "report", "strategy"); none where the run is a person's, a
    place's or a date's name ("the report – Jane Doe – says"), or holds a sentence's end."""
    dash = text_flags(doc, _is_dash)
    if not any(dash):
        return
    toks = tokens_of(doc)
    n = len(doc)
    for i in (k for k, flag in enumerate(dash) if flag):
        if i == 0 or not toks[i - 1].whitespace_ or not toks[i].whitespace_ or ends_line(toks[i]):
            continue  # a hyphen inside a word, or a dash that ends its line
        cue = toks[i - 1]
        if not (cue.text.islower() and rules.cues_before.get(cue.lower_) == PUBLICATION):
            continue
        j = i + 1
        while j < n and j - i <= _LONGEST and not dash[j] and toks[j].text not in _BREAKS and not ends_line(toks[j]):
            j += 1
        if j >= n or j - i > _LONGEST or not dash[j] or toks[j].text != toks[i].text or j == i + 1:
            continue
        if not toks[j - 1].whitespace_:
            continue  # "- Harbour-led -": the closing mark is a hyphen
        inner = doc[i + 1 : j]
        words = [t for t in inner if t.is_alpha]
        caps = sum(1 for t in words if is_cap(t))
        if not is_cap(inner[0]) or caps * 2 < len(words):
            continue
        if _a_name(inner, words, rules):
            continue
        yield Candidate(i + 1, j, "quoted", [(PUBLICATION, rules.weights["quoted"])], priority=3)


def _a_name(inner: Span, words: list[Token], rules: EntityRules) -> bool:
    """Is the run between the dashes a body's, a person's, a place's name or a date ("– the
    Harbour Trust –", "– Jane Doe –", "– May 2024 –"), by NER, its head noun or a given name
    that opens a short run of capitalised words?"""
    if any(e.start == inner.start and e.end == inner.end and e.label_ in _NAMED for e in ents_of(inner.doc)):
        return True
    if head_type(inner, rules)[0] in _OTHER_TYPES:
        return True
    return (len(words) <= _LONGEST_PERSON and words[0].text in rules.first_names
            and all(is_cap(t) for t in words))
