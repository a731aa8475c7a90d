"""Publications named by their span of years: "the 10 Year Westshire Plan", "the council's
ten-year harbour strategy"; "a (new) 5-year plan for the Eastborough coast" describes a plan (an
indefinite article before the number, past its adjectives), it names none. In lower case too
("the 10-year health plan", "responds to 10 year health plan"): on unannotated pages such forms
are nearly all one national plan's, which pages name in capitals as well.

A number opens such a title, so the capitalised-name run that sees "Year Westshire Plan" starts
after it and cuts the title at its number; in lower case no name voter sees it at all. The
title runs from the number to the noun of a plan (`numbered_nouns`), through the word "year"
and at most three words between; a mention inside it (the cut "Year Westshire Plan") gives way
to it, and so does one running on past its end (one title, not two overlapping). Not a number
of years that counts something else ("a plan for 10 years", "10 years of planning"): "year"
stands right after the number, and the noun of a plan right after the words that qualify it
(no function word among them; "and" only between capitalised words).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from ...core.ontology import PUBLICATION
from ...core.records import Mention
from ...core.schema import EntityRules
from ...core.text import canonical_name
from ..syntax import span_sent, text_of

_MAX_BETWEEN = 3


@lru_cache(maxsize=8)
def _shape(nouns: frozenset[str]) -> re.Pattern[str]:
    """A number, "year(s)" right after it (a space or a hyphen between), up to three words, the
    noun of a plan."""
    alternatives = "|".join(sorted(re.escape(n) for n in nouns))
    return re.compile(r"(?<![\w-])([0-9]{1,3}|[A-Za-z]+(?:-[A-Za-z]+)?)[ -][Yy]ears?[ -]((?:[A-Za-z][\w'\u2019]*[ -]){0,%d}?)((?i:%s))\b"
                      % (_MAX_BETWEEN, alternatives))


def numbered_titles(doc: Doc, rules: EntityRules, *, doc_id: str,
                    sent_index: dict[int, int]) -> tuple[list[Mention], list[tuple[int, int]]]:
    """The Publication mentions of the document's titles opened by a span of years, and the
    character spans they cover (the mentions inside them give way)."""
    nouns = rules.numbered_nouns
    if not nouns:
        return [], []
    text = text_of(doc)
    found: list[Mention] = []
    covered: list[tuple[int, int]] = []
    for match in _shape(nouns).finditer(text):
        number, between = match.group(1), match.group(2)
        if not number.isdigit() and (any(n not in rules.number_words and n not in _TENS for n in number.lower().split("-"))
                                     or number.lower().endswith(_ORDINAL)):
            continue  # "10", "ten", "twenty-five"; not "first-year plan", a plan for a first year
        words = between.replace("-", " ").split()
        if not _qualifiers(words):
            continue  # only words that qualify the noun ("health", "Westshire"), not "a 10 year old plan"
        span = doc.char_span(match.start(), match.end(), alignment_mode="strict")
        if span is None or span[-1].pos_ not in ("NOUN", "PROPN"):
            continue  # "10 years plan to ..." with "plan" a verb
        owner = _determiner(doc, span.start)
        if owner is not None and owner.lower_ in _INDEFINITE:
            continue  # "a (new) 10-year plan for the coast" describes a plan; "the 10 Year Plan" names one
        sent = span_sent(span)
        name = canonical_name(span.text, rules)
        found.append(Mention(doc_id=doc_id, start=span.start_char, end=span.end_char, text=span.text, name=name,
                             votes=((PUBLICATION, rules.weights["cue"]),), rule="numbered",
                             sent=sent_index.get(sent.start, 0) if sent_index else 0))
        covered.append((span.start_char, span.end_char))
    return found, covered


def _qualifiers(words: list[str]) -> bool:
    """The words between "year" and the noun qualify it: no function word ("a 10 year old plan",
    "10 years of the plan"), no age; "and"/"&" only between capitalised words ("the 10 Year
    Health and Care Plan", not "10 year olds and plan")."""
    for k, word in enumerate(words):
        low = word.lower()
        if low in _AGES or low in _FUNCTION:
            return False
        if low in ("and", "&"):
            if k == 0 or k + 1 >= len(words) or not (words[k - 1][:1].isupper() and words[k + 1][:1].isupper()):
                return False
    return True


def _determiner(doc: Doc, start: int) -> Token | None:
    """The word that determines the title, past any adjectives or adverbs before its number ("a
    10-year plan", "published a new 10-year plan", "the council's ambitious ten-year plan")."""
    i = start - 1
    while i >= 0 and (doc[i].pos_ in ("ADJ", "ADV") or doc[i].text == ","):
        i -= 1
    return doc[i] if i >= 0 else None


# between "year" and the noun, never a word of a title: determiners, pronouns, prepositions and
# other function words ("10 years of the plan", "10 years in which our plan ...")
_FUNCTION = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "its", "it", "his", "her", "their", "our", "my", "your",
    "we", "they", "he", "she", "i", "you", "which", "who", "what", "whose", "each", "every", "any", "some", "no",
    "of", "in", "on", "at", "by", "for", "from", "to", "with", "into", "over", "under", "after", "before",
    "since", "during", "through", "about", "across", "per", "as", "than", "or", "but", "nor", "is", "are",
    "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "not",
    "so", "if", "when", "while", "where",
})
# after "year", a child's age, never a word of a title: "a 10 year old plan"
_AGES = frozenset({"old", "olds"})
_ORDINAL = ("st", "nd", "rd", "th")
# the numbers past twelve that open a span of years ("fifteen-year", "twenty-five year")
_TENS = frozenset({"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                   "thirty", "forty", "fifty"})
_INDEFINITE = frozenset({"a", "an"})
