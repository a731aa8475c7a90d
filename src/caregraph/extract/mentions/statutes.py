"""Enactments' titles read back from their head and year: "the Social Services and Well-being
(Wales) Act 2014", "the Care Planning, Placement and Case Review (England) Regulations 2010",
"the Children (Northern Ireland) Order 1995".

The capitalised-name voter (voters.name_candidates) ends a run at a comma, at a hyphened word
whose second part is in lower case and at a bracket holding a place NER knows, so such a title
came out in pieces ("Act 2014", "Regulations 2010", a Place "Wales"). A head of schema
`statute_heads` followed by a year anchors the title firmly enough to read it back through
those: capitalised words, connectives, a hyphened word ("Well-being"), a bracketed run of
capitalised words, and commas between capitalised words when an "and" closes the list they
open and "the" opens the title. Only titles holding one of those marks are proposed: a plain title is read whole already.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ...core.ontology import PUBLICATION
from ...core.schema import EntityRules
from ..syntax import ends_line
from .voters import Candidate, is_cap

_INNER = frozenset({"and", "of", "for", "&", "in", "on", "to"})   # connectives inside a title
_BRACKET_WORDS = 4    # words of a bracketed part of a title ("(Northern Ireland)"), at most


def _is_year(tok: Token) -> bool:
    return len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in ("18", "19", "20")


def _word(tok: Token) -> bool:
    return tok.is_alpha and is_cap(tok)


def _joined(left: Token, right: Token) -> bool:
    """Are the two tokens written without a space between them?"""
    return not left.whitespace_ and right.i == left.i + 1


def statute_candidates(doc: Doc, rules: EntityRules) -> Iterator[Candidate]:
    """Each title of an enactment ending in a capitalised statute head and a year, where the
    title holds a bracket, a comma or a hyphened word; a Publication by its head."""
    n = len(doc)
    for i in range(1, n - 1):
        head = doc[i]
        if head.lower_ not in rules.statute_heads or not is_cap(head) or not _is_year(doc[i + 1]):
            continue
        start, marked = _title_start(doc, i)
        if start < i and marked:
            yield Candidate(start, i + 2, "name", [(PUBLICATION, rules.weights["head"])], priority=2, head=i)


def _title_start(doc: Doc, head: int) -> tuple[int, bool]:
    """Where the title before the head at `head` starts, and whether it holds a bracket, a
    comma or a hyphened word (the marks that cut the capitalised-name voter's run)."""
    start = head
    marked = comma = False
    comma_after_and = False   # an "and" read (going back) since the title's start: commas may open it
    k = head - 1
    while k >= 0 and not ends_line(doc[k]):
        tok = doc[k]
        if tok.text == ")":
            open_ = _bracket_open(doc, k)
            if open_ is None or open_ == 0 or start != k + 1:
                break
            start, marked, k = open_, True, open_ - 1   # a word must come before the bracket
        elif _word(tok):
            start, k = k, k - 1
        elif (tok.is_alpha and tok.is_lower and k >= 2 and doc[k - 1].text == "-" and _joined(doc[k - 1], tok)
              and _word(doc[k - 2]) and _joined(doc[k - 2], doc[k - 1])):
            start, marked, k = k - 2, True, k - 3   # "Well-being"
        elif tok.lower_ in _INNER and tok.text.islower():
            comma_after_and = comma_after_and or tok.lower_ in ("and", "&")
            k -= 1
        elif tok.text == "," and comma_after_and and k >= 1 and _word(doc[k - 1]) and start == k + 1:
            marked, comma, k = True, True, k - 1
        else:
            break
    while start < head and (doc[start].lower_ == "the" or doc[start].lower_ in _INNER):
        start += 1
    if doc[start].text == "(":
        return head, False   # nothing named before the bracket: "(England) Act 2014" is no title
    if comma and (start == 0 or doc[start - 1].lower_ != "the"):
        return head, False   # "Westby, Eastby and Children Act 2025": a list of names, the last a title
    return start, marked


def _bracket_open(doc: Doc, close: int) -> int | None:
    """The opening bracket of a bracketed run of capitalised words and connectives that closes
    at `close` ("(England)", "(Leaving Care)"), on one line; else None."""
    k = close - 1
    while k >= 0 and close - k <= _BRACKET_WORDS + 1:
        tok = doc[k]
        if ends_line(tok):
            return None
        if tok.text == "(":
            return k if k < close - 1 and _word(doc[k + 1]) else None
        if not (_word(tok) or (tok.lower_ in _INNER and tok.text.islower())):
            return None
        k -= 1
    return None
