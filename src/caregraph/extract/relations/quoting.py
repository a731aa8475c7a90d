"""The words a speech relation quotes: what stands between quotation marks, verbatim.

Deliberately small: the quotation marks of the sentence the speech rule already matched
(or of the sentence after it that it matched); no attribution of its own. Reported speech
("X said the review was late") is not a quotation and gives none."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

# opening and closing marks; a plain apostrophe is left out (it is mostly an apostrophe)
_PAIRS = (("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019"))


def quoted(span: Span, doc_text: str | None = None) -> str | None:
    """The text inside the first pair of quotation marks that opens in the span, without the
    marks; it may run on past the span, across paragraphs, to the closing mark. `doc_text` is
    the document's text when the caller has it (Doc.text joins every token on each call)."""
    text = span.text
    for opening, closing in _PAIRS:
        start = text.find(opening)
        if start < 0:
            continue
        end = text.find(closing, start + 1)
        if end < 0 and span.end < len(span.doc):   # the quotation runs on past this sentence
            whole = span.doc.text if doc_text is None else doc_text
            begin = span.start_char + start + 1
            end_in_whole = whole.find(closing, begin)
            inside = whole[begin:end_in_whole] if end_in_whole >= 0 else ""
        else:
            inside = text[start + 1:end] if end > start else ""
        # a quotation of several paragraphs reopens each one with the mark: not the words said
        inside = inside.replace("\n\n" + opening, "\n\n").strip()
        if inside:
            return inside
    return None
