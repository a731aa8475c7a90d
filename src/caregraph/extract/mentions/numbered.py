"""Publications named by their span of years: "the 10 Year Westshire Plan", "the council's
ten-year harbour strategy"; "a 5-year plan for the Eastborough coast" describes a plan (an
indefinite article before the number), it names none.

A number opens such a title, so the capitalised-name run that sees "Year Westshire Plan" starts
after it and cuts the title at its number; in lower case no name voter sees it at all. The
title runs from the number to the noun of a plan (`numbered_nouns`), through the word "year"
and at most three words between; a mention inside it (the cut "Year Westshire Plan") gives way
to it. Not a number of years that counts something else ("a plan for 10 years", "10 years of
planning"): "year" stands right after the number, and the noun of a plan right after the words
that qualify it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

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
    return re.compile(r"\b([0-9]{1,3}|[A-Za-z]+)[ -][Yy]ears?[ -]((?:[A-Za-z][\w'\u2019]*[ -]){0,%d}?)((?i:%s))\b"
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
        if not number.isdigit() and (number.lower() not in rules.number_words or number.lower().endswith(_ORDINAL)):
            continue  # "10", "ten"; not "first-year plan", a plan for a first year
        words = between.replace("-", " ").split()
        if len(words) > _MAX_BETWEEN or any(w.lower() in STOP_WORDS or w.lower() in _AGES for w in words):
            continue  # only words that qualify the noun ("health", "Westshire"), not "a 10 year old plan"
        span = doc.char_span(match.start(), match.end(), alignment_mode="strict")
        if span is None or span[-1].pos_ not in ("NOUN", "PROPN"):
            continue  # "10 years plan to ..." with "plan" a verb
        if any(t.text == "\n" or t.is_space for t in span):
            continue
        if span.start > 0 and doc[span.start - 1].lower_ in _INDEFINITE:
            continue  # "a 10-year plan for the coast" describes a plan; "the 10 Year Plan" names one
        sent = span_sent(span)
        name = canonical_name(span.text, rules)
        found.append(Mention(doc_id=doc_id, start=span.start_char, end=span.end_char, text=span.text, name=name,
                             votes=((PUBLICATION, rules.weights["cue"]),), rule="numbered",
                             sent=sent_index.get(sent.start, 0) if sent_index else 0))
        covered.append((span.start_char, span.end_char))
    return found, covered


# after "year", a child's age, never a word of a title: "a 10 year old plan"
_AGES = frozenset({"old", "olds"})
_ORDINAL = ("st", "nd", "rd", "th")
_INDEFINITE = frozenset({"a", "an"})
