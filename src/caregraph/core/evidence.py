"""Evidence: the sentence a statement comes from, as a reader would quote it.

spaCy's sentences sometimes run across a paragraph or list-item break, or open with the
closing quote of the sentence before; the evidence is the part of the sentence inside the
anchor's own paragraph, without such a stray quote.
"""

from __future__ import annotations

import re

_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*[\u2022\u00b7*\u2023-] )")
_CLOSERS = "\"'\u201d\u2019)]"


def evidence_bounds(text: str, start: int, end: int, anchor: int) -> tuple[int, int]:
    """Narrow the sentence [start, end) of `text` to the paragraph holding `anchor`."""
    lo, hi = start, end
    for match in _BREAK.finditer(text, start, end):
        if match.end() <= anchor:
            lo = match.end()
        elif match.start() >= anchor:
            hi = match.start()
            break
    while lo < hi and (text[lo].isspace() or (text[lo] in _CLOSERS and _unbalanced(text[lo:hi], text[lo]))):
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _unbalanced(segment: str, quote: str) -> bool:
    """A quote character that opens a segment without a partner later in it closes the
    previous sentence's quotation."""
    if quote in "\u201d\u2019)]":
        return True
    return segment.count(quote) % 2 == 1
