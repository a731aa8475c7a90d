"""Readers for real documents: PDF, DOCX and saved HTML pages, each giving plain text, page
offsets (PDF) and document metadata; plus the optional sources sidecar table.

The parsing libraries are imported lazily, by the reader that needs them, so importing
this package is cheap. Nothing here prints: errors are FormatError, progress a callback.
"""

from __future__ import annotations

from .model import DocMetadata, Extracted, FormatError, PageCallback, page_of
from .sources import TABLE_NAMES, find_sources_table, metadata_for, read_sources_table, table_lookup

__all__ = [
    "TABLE_NAMES",
    "DocMetadata",
    "Extracted",
    "FormatError",
    "PageCallback",
    "find_sources_table",
    "metadata_for",
    "page_of",
    "read_docx",
    "read_html",
    "read_pdf",
    "read_sources_table",
    "table_lookup",
]


def read_pdf(data: bytes, *, name: str, on_page: PageCallback | None = None) -> Extracted:
    """See `caregraph.extract.formats.pdf.read_pdf`."""
    from .pdf import read_pdf as read

    return read(data, name=name, on_page=on_page)


def read_docx(data: bytes, *, name: str) -> Extracted:
    """See `caregraph.extract.formats.docx_reader.read_docx`."""
    from .docx_reader import read_docx as read

    return read(data, name=name)


def read_html(data: bytes | str, *, name: str) -> Extracted:
    """See `caregraph.extract.formats.html_reader.read_html`."""
    from .html_reader import read_html as read

    return read(data, name=name)
