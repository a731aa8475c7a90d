"""A page's own title under a line that names its publication's kind: a publishing site sets the
kind of a text on a line of its own above its title ("Policy paper" over "Harbour care: reform
statement", "Research and analysis" over "Improving the Westshire offer for carers").

No capitalised-name voter sees such a title: it is written in sentence case, often with a colon
("Harbour care: reform statement"), or its words are common ones. The kind line says what it is:
a publication, whatever its head noun, unless the head names a programme (a policy paper about
the Harbour Grant is titled by the grant's name, which the other voters find as an Initiative).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from ...core.ontology import PUBLICATION
from ...core.schema import EntityRules
from ..syntax import text_of
from .voters import Candidate

__all__ = ["kind_line_titles"]

# the kind line stands among the page's first lines (after its navigation), not in its body
_FIRST_LINES = 8
# a title is a line of one to this many words; a longer line is a sentence of the body
_LONGEST_TITLE = 20
# marks a title does not end with (a sentence's stop, a list's colon)
_TRAILING = ".:;,"


def kind_line_titles(doc: Doc, rules: EntityRules) -> Iterator[Candidate]:
    """The line right after the first line that is only a publication's kind (schema
    `publication_kind_lines`, in any case), among the page's first lines: a Publication
    named by the whole line; none where its last head noun names another type (a programme's
    name: "Harbour pathfinder programme and carers pilot (HCP)"), nor a reply's title ("The
    Harbour Panel's response to the Safe Coasts consultation"), whose words the relation rules
    read (the body responded to the text it names: both names stay mentions of their own)."""
    kinds = rules.publication_kind_lines
    if not kinds:
        return
    text = text_of(doc)
    lines: list[tuple[int, int]] = []
    pos = 0
    while len(lines) < _FIRST_LINES and pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop]
        if line.strip():
            start = pos + len(line) - len(line.lstrip())
            lines.append((start, pos + len(line.rstrip())))
        pos = stop + 1
    for (a, b), (c, d) in zip(lines, lines[1:], strict=False):
        if text[a:b].lower() not in kinds:
            continue
        while d > c and text[d - 1] in _TRAILING:
            d -= 1
        span = doc.char_span(c, d, alignment_mode="contract")
        if span is None or not span.text[:1].isupper() or not 2 <= len(span) <= _LONGEST_TITLE \
                or text[c:d].lower() in kinds:
            return
        if _last_head(span, rules) not in (None, PUBLICATION) or _a_reply(span, rules):
            return
        cand = Candidate(span.start, span.end, "kind_line", [(PUBLICATION, rules.weights["list"])], priority=3)
        cand.kinds.add("quoted")  # the layout frames the title as quotation marks would: its words
        # may be common ones in lower case ("Harbour care: reform statement")
        yield cand
        return


def _last_head(span: Span, rules: EntityRules) -> str | None:
    """The type the line's last head noun names (schema heads), None when it has none."""
    for tok in reversed(span):
        type_ = rules.heads.get(tok.lower_) if tok.is_alpha else None
        if type_ is not None:
            return type_
    return None


def _a_reply(span: Span, rules: EntityRules) -> bool:
    """Does the line hold a reply's head noun and "to" ("response to", schema reply_heads)?"""
    return any(tok.lower_ in rules.reply_heads and tok.i + 1 < span.end and span.doc[tok.i + 1].lower_ == "to"
               for tok in span)
