"""The records every reader returns, and the one error they raise.

Kept free of any parsing library so that callers (ingest, the CLI) can import the types
without paying for pypdfium2, python-docx or trafilatura.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from ...core.records import DocMetadata

__all__ = ["DocMetadata", "Extracted", "FormatError", "PageCallback", "join_units", "page_of"]

#: Progress callback: called with (pages done, pages in total) after each page.
PageCallback = Callable[[int, int], None]


class FormatError(Exception):
    """A file that cannot be read as the format it claims. str() is one line that names the
    file, so the CLI can print it as a warning (or fail with it under --strict) without a
    traceback."""

    def __init__(self, name: str, problem: str) -> None:
        self.name = name
        self.problem = problem
        super().__init__(f"{name}: {problem}")


@dataclass(frozen=True, slots=True)
class Extracted:
    """A document's plain text: paragraphs separated by blank lines, list items one per
    line starting with "• ". `pages` holds the offset in `text` where each page starts
    (pages[0] == 0 for a paged format; empty for formats without pages)."""

    text: str
    pages: tuple[int, ...] = ()
    metadata: DocMetadata = field(default_factory=DocMetadata)


def page_of(extracted: Extracted, offset: int) -> int | None:
    """The 1-based page holding character `offset` of `extracted.text`, or None for an
    unpaged document. Offsets between pages (the blank line after a page) belong to the
    page before."""
    if not extracted.pages or offset < 0:
        return None
    return max(1, bisect_right(extracted.pages, offset))


def join_units(units: list[tuple[str, bool]]) -> str:
    """Paragraphs joined by a blank line; consecutive list items ("• ...") by a newline."""
    parts: list[str] = []
    for i, (text, item) in enumerate(units):
        if i:
            parts.append("\n" if (item and units[i - 1][1]) else "\n\n")
        parts.append(text)
    return "".join(parts)
