"""Evidence that a capitalised name is not a person's, whatever NER says.

The small NER model calls many two-word capitalised phrases people ("Front Line", "Unique
Identifier"). A person's name is never written in lower case in running text, is not set in
quotation marks as a term, has no acronym defined after it, is not taken up by "which" and does
not open with a generic word of the domain ("Family Help", "Care Link"); a name that shows one
of these
in a document loses the person votes NER alone gave it (votes with evidence of their own, an
honorific, a given name, a pronoun or a speech verb, keep it a person).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ...core.text import acronym_core, initials, is_acronym
from ..syntax import text_of

OPENING_QUOTES = frozenset({"'", '"', "\u2018", "\u201c"})
CLOSING_QUOTES = frozenset({"'", '"', "\u2019", "\u201d"})


def quoted(doc: Doc, start: int, end: int) -> bool:
    """Is the span set in quotation marks as a term ("passed through 'Front Line'")?"""
    return (start > 0 and end < len(doc) and doc[start - 1].text in OPENING_QUOTES
            and doc[end].text in CLOSING_QUOTES)


def defines_acronym(doc: Doc, start: int, end: int, skip: frozenset[str]) -> bool:
    """Is the span followed by a bracketed acronym that ends in its initials ("Unique
    Identifier (UI)", "... Unique Identifier (SUI)")? A party after a member's name ("(SNP)")
    spells no initials of the name."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    acronym = doc[end + 1].text
    if not is_acronym(acronym):
        return False
    own = initials(doc[start:end].text, skip)
    return len(own) >= 2 and acronym_core(acronym).endswith(own)


_WORD_RUN = re.compile(r"\w+")
# (only runs without a capital A-Z: a name is asked for in lower case, so a pair with one is
# never looked up, and most of a page's pairs hold a name's or a sentence's capital)
_WORD_PAIR = re.compile(r"(?<!\w)([^\WA-Z]+)(?= ([^\WA-Z]+)(?!\w))")


class WordStarts:
    """A document's text with where each pair of words (runs of word characters one space
    apart) starts, made once per document: asking whether the text writes a name in lower
    case then tries only the places where the name's first two words stand. (A search of the
    whole text for every name cost names times text, minutes on a long report.) Only pairs
    of words without a capital A-Z are indexed: `written_in_lower_case` asks for none other."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[tuple[str, str], list[int]] = {}
        # one match per pair: a whole run (nothing of a word before it), one space, the next run
        for pair in _WORD_PAIR.finditer(text):
            self.starts.setdefault((pair[1], pair[2]), []).append(pair.start())


# the last document indexed and its WordStarts: both senses that ask (mentions/senses.py) read
# the same document (held strongly, so the identity test is sound), and Doc.text joins every token
_LAST_STARTS: list[tuple[Doc, WordStarts]] = []


def word_starts(doc: Doc) -> WordStarts:
    """The WordStarts of a document's text, made once per document."""
    if _LAST_STARTS and _LAST_STARTS[0][0] is doc:
        return _LAST_STARTS[0][1]
    starts = WordStarts(text_of(doc))
    _LAST_STARTS[:] = [(doc, starts)]
    return starts


@lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])")


def written_in_lower_case(text: WordStarts, name: str) -> bool:
    """Does the text also write the name, of two words or more, all in lower case ("the Family
    Help Strategy" ... "direct delivery of family help")?"""
    words = name.split()
    if len(words) < 2 or not all(w.isalpha() for w in words):
        return False
    lowered = [w.lower() for w in words]
    pattern = _phrase_pattern(" ".join(lowered))
    if any(_WORD_RUN.fullmatch(w) is None for w in lowered[:2]):  # a letter whose lower case is no word character
        return pattern.search(text.text) is not None
    # a match starts where a run of word characters does (nothing of a word before it); that
    # run is the first word itself (a space follows it) and the next run the second word
    return any(pattern.match(text.text, at) for at in text.starts.get((lowered[0], lowered[1]), ()))


def opens_with_generic_word(name: str, generic_words: frozenset[str], first_names: frozenset[str] = frozenset()) -> bool:
    """Does a name of two words or more open with a generic word of the domain (schema
    generic_words: "family", "care", "local" ...) that is no given name ("Bill" is one)?"""
    words = name.split()
    return len(words) >= 2 and words[0].lower() in generic_words and words[0] not in first_names


def taken_up_by_which(doc: Doc, end: int) -> bool:
    """Is the name followed by a relative clause on "which" ("Harbour Lane, which advises
    councils, ..."), as a thing is and a person never is?"""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "which"
