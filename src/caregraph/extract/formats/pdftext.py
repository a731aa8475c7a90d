"""From the lines of a PDF's pages to plain text: the library-independent half of the PDF
reader, so it can be tested on hand-made lines.

A PDF has no paragraphs, only glyphs placed on a page; a text-layer library gives us lines
with their positions. This module drops running headers/footers and page numbers, puts the
blocks of a page in reading order (columns left to right), rebuilds paragraphs and list
items from lines, and rejoins words hyphenated across line ends.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

#: Marks that a text layer may leave for a hyphen at a line end: PDFium reports a hyphen it
#: judges to be a line-end break as U+FFFE (or 0x02) and joins the two lines itself.
LINE_END_HYPHENS = "\ufffe\x02"
_SOFT_HYPHEN = "\u00ad"
#: Hyphens a producer may draw at a line end: ASCII, and U+2010 (Chromium/Skia's choice
#: when it breaks a word at a soft hyphen).
_HYPHENS = "-\u2010"
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "\u2010": "-", "\u2011": "-"}
)
_BULLET = re.compile(r"^\s*(?:[•●▪◦○■□➢►‣⁃∙·*\uf0b7\uf0a7]|[-–—](?=\s))\s*")
_PAGE_NUMBER = re.compile(
    r"^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$"  # 12, Page 12, Page 12 of 40, 12/40
    r"|^[-–—]\s*\d{1,4}\s*[-–—]$"  # - 12 -
    r"|^[ivxlcdm]{1,7}$",  # roman numerals of front matter
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f]+")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
#: Share of the page height, top and bottom, where running headers and footers live.
_MARGIN_BAND = 0.09


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text on a page. Coordinates are PDF points with the origin at the page's
    bottom left: `y` is the line's bottom, `height` its font box height."""

    text: str
    x0: float
    x1: float
    y: float
    height: float


@dataclass(frozen=True, slots=True)
class PageLines:
    """The lines of one page in the text layer's order, with the page size."""

    lines: tuple[Line, ...]
    width: float
    height: float


@dataclass(slots=True)
class _Block:
    """Lines that follow each other down one column at the usual line pitch."""

    lines: list[Line]

    @property
    def x0(self) -> float:
        return min(line.x0 for line in self.lines)

    @property
    def x1(self) -> float:
        return max(line.x1 for line in self.lines)

    @property
    def top(self) -> float:
        return max(line.y + line.height for line in self.lines)

    @property
    def bottom(self) -> float:
        return min(line.y for line in self.lines)


def clean_line(text: str) -> str:
    """Typography that a text layer leaves in a line: ligatures, odd spaces, soft hyphens,
    Unicode hyphens (U+2010/U+2011, which Skia draws) as ASCII ones."""
    text = text.translate(_LIGATURES).replace(_SOFT_HYPHEN, "")
    return _SPACES.sub(" ", text).strip()


def running_keys(pages: Sequence[PageLines]) -> set[str]:
    """Keys (see `_key`) of the lines that run across pages as headers or footers.

    A line counts when it sits at the page's edge (in the top or bottom margin band, or
    first/last in the text layer's order) and the same text, digits normalised, sits there
    on enough pages: two in a document of up to four pages with text (a cover or a blank
    page has none), three in a longer one. Three, not "most", because running headers often
    change with each chapter."""
    with_text = [page for page in pages if page.lines]
    if len(with_text) < 2:
        return set()
    seen: Counter[str] = Counter()
    for page in with_text:
        seen.update({_key(line.text) for line in _edge_lines(page)})
    need = 2 if len(with_text) <= 4 else 3
    return {key for key, count in seen.items() if count >= need and key}


def page_paragraphs(page: PageLines, running: set[str]) -> list[tuple[str, bool]]:
    """The page's paragraphs in reading order as (text, is_list_item), without running
    lines and page numbers. Line ends are still marked: words are rejoined later, once the
    whole document's vocabulary is known."""
    edge = {id(line) for line in _edge_lines(page)}
    kept = [
        line
        for line in page.lines
        if line.text
        and not (id(line) in edge and (_key(line.text) in running or is_page_number(line.text)))
    ]
    blocks = _reading_order(_blocks(kept))
    out: list[tuple[str, bool]] = []
    for block in blocks:
        out.extend(_block_paragraphs(block))
    return out


def is_page_number(text: str) -> bool:
    """"12", "Page 12 of 40", "- 12 -", "iv": a line that is only a page number."""
    return bool(_PAGE_NUMBER.match(text.strip()))


def vocabulary(texts: Iterable[str]) -> tuple[set[str], set[str]]:
    """Lower-cased words and hyphenated compounds seen anywhere in the document, to decide
    whether a hyphen at a line end is a break ("chil-dren") or a real one ("well-being")."""
    words: set[str] = set()
    compounds: set[str] = set()
    for text in texts:
        for match in _WORD.finditer(text.replace("\n", " ")):
            token = match.group().lower()
            (compounds if "-" in token else words).add(token)
    return words, compounds


def join_hyphenated(text: str, words: set[str], compounds: set[str]) -> str:
    """Rejoin words split at a line end. "\\n" marks a line end inside a paragraph, and
    U+FFFE/0x02 a hyphen that the text layer already joined. A hyphen (- or U+2010) at a
    line end is
    dropped ("chil-\\ndren" -> "children") unless the document writes the hyphenated form
    and never the closed one ("well-\\nbeing" stays "well-being")."""

    def decide(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        closed, compound = (left + right).lower(), f"{left}-{right}".lower()
        if compound in compounds and closed not in words:
            return f"{left}-{right}"
        if right[:1].isupper():  # "Anti-\nRacism": a capital after the break is kept apart
            return f"{left}-{right}"
        return left + right

    marks = re.escape(LINE_END_HYPHENS)
    text = re.sub(rf"([^\W\d_]+)(?:[{marks}]\n?|[{_HYPHENS}]\n)([^\W\d_]+)", decide, text)
    text = re.sub(rf"[{marks}]", "-", text)
    return text.replace("\n", " ")


def _key(text: str) -> str:
    """A line's identity across pages: lower case, digits replaced, spaces squeezed."""
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def _edge_lines(page: PageLines) -> list[Line]:
    """Lines where headers, footers and page numbers live: in the top or bottom margin band,
    or first or last in the text layer's order (PDF producers often draw them first/last)."""
    lines = [line for line in page.lines if line.text]
    band = page.height * _MARGIN_BAND
    picked = {
        id(line): line
        for line in lines
        if line.y + line.height >= page.height - band or line.y <= band
    }
    for line in lines[:2] + lines[-2:]:
        picked.setdefault(id(line), line)
    return list(picked.values())


def _pitch(lines: Sequence[Line]) -> float:
    """The page's usual distance between baselines of consecutive lines in one column."""
    steps = [
        prev.y - line.y
        for prev, line in pairwise(lines)
        if _overlap(prev.x0, prev.x1, line.x0, line.x1) and 0 < prev.y - line.y < 3 * line.height
    ]
    if steps:
        return median(steps)
    heights = [line.height for line in lines if line.height > 0]
    return 1.2 * median(heights) if heights else 12.0


def _blocks(lines: Sequence[Line]) -> list[_Block]:
    """Split the page's lines, in text-layer order, into blocks: a block goes on while each
    line sits one line pitch below the last and overlaps it horizontally."""
    if not lines:
        return []
    pitch = _pitch(lines)
    blocks = [_Block([lines[0]])]
    for line in lines[1:]:
        prev = blocks[-1].lines[-1]
        step = prev.y - line.y
        if _overlap(prev.x0, prev.x1, line.x0, line.x1) and 0 < step <= pitch * 1.3:
            blocks[-1].lines.append(line)
        else:
            blocks.append(_Block([line]))
    return blocks


def _reading_order(blocks: list[_Block]) -> list[_Block]:
    """Blocks top to bottom, and side by side blocks (columns) left to right.

    Blocks whose vertical extents overlap, directly or through a chain, form a band; bands
    are read top to bottom. Within a band the blocks fall into columns (no horizontal
    overlap between columns), read left to right, each top to bottom. A one-column page
    keeps its order; a two-column page drawn right column first is read left column first."""
    bands: list[list[_Block]] = []
    extents: list[tuple[float, float]] = []
    for block in blocks:
        lo, hi = block.bottom, block.top
        hits = [i for i, (b_lo, b_hi) in enumerate(extents) if lo < b_hi and b_lo < hi]
        merged = [block]
        for i in reversed(hits):
            merged = bands.pop(i) + merged
            b_lo, b_hi = extents.pop(i)
            lo, hi = min(lo, b_lo), max(hi, b_hi)
        bands.append(merged)
        extents.append((lo, hi))
    order = sorted(range(len(bands)), key=lambda i: -extents[i][1])
    return [block for i in order for block in _columns(bands[i])]


def _columns(band: list[_Block]) -> list[_Block]:
    """The blocks of one band, column by column from the left, top to bottom in each."""
    if len(band) == 1:
        return band
    column_of: dict[int, int] = {}
    rights: list[float] = []  # right edge of each column so far
    for block in sorted(band, key=lambda b: b.x0):
        if rights and block.x0 < rights[-1]:
            rights[-1] = max(rights[-1], block.x1)
        else:
            rights.append(block.x1)
        column_of[id(block)] = len(rights) - 1
    return sorted(band, key=lambda b: (column_of[id(b)], -b.top))


def _block_paragraphs(block: _Block) -> list[tuple[str, bool]]:
    """Paragraphs and list items of one block. A new one starts at a bullet, or after a
    line that ends a sentence well short of the block's right edge."""
    width = max(block.x1 - block.x0, 1.0)
    out: list[tuple[list[str], bool]] = []
    ended = True
    for line in block.lines:
        bullet = _BULLET.match(line.text)
        text = line.text[bullet.end() :] if bullet else line.text
        if bullet or ended or not out:
            out.append(([text], bool(bullet)))
        else:
            out[-1][0].append(text)
        short = line.x1 < block.x1 - 0.2 * width
        ended = short and bool(_SENTENCE_END.search(text))
    return [
        (("• " if item else "") + "\n".join(parts), item) for parts, item in out if any(parts)
    ]


def _overlap(a0: float, a1: float, b0: float, b1: float) -> bool:
    return a0 < b1 and b0 < a1
