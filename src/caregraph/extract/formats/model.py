"""The records every reader returns, and the one error they raise.

Kept free of any parsing library so that callers (ingest, the CLI) can import the types
without paying for pypdfium2, python-docx or trafilatura.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace

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
class DocMetadata:
    """What a document says about itself. Every field is optional: most files tell little.
    `date` is the publication date as ISO YYYY-MM-DD."""

    title: str | None = None
    date: str | None = None
    url: str | None = None
    publisher: str | None = None

    def merged(self, override: DocMetadata) -> DocMetadata:
        """This metadata with every field that `override` sets taken from `override`
        (a sidecar table, written by a person, beats what a file's producer left in it)."""
        changes = {f.name: getattr(override, f.name) for f in fields(override)}
        return replace(self, **{k: v for k, v in changes.items() if v})

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))


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
