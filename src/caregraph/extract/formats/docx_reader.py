"""Word files (.docx) through python-docx: the body's paragraphs, list items and table cells
in reading order, and the core properties. Headers and footers live in the sections'
parts, not the body, so walking the body leaves them out (they would repeat on every page
and turn a council's name in a footer into an entity of every paragraph)."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from .model import DocMetadata, Extracted, FormatError, join_units

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_COMPANY = re.compile(rb"<(?:\w+:)?Company>([^<]*)</(?:\w+:)?Company>")
_SPACES = re.compile(r"[ \t\u00a0]+")


def read_docx(data: bytes, *, name: str) -> Extracted:
    """The text of a .docx: paragraphs separated by blank lines, list items one per line
    starting with "• ", each table cell's paragraphs in row order. Raises FormatError when
    the bytes are not a zip or not a Word document."""
    document = _open(data, name)
    units = list(_body_units(document))
    if not units:
        raise FormatError(name, "no text in the document body")
    return Extracted(text=join_units(units), pages=(), metadata=_metadata(document, data))


def _open(data: bytes, name: str) -> DocxDocument:
    try:
        return docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise FormatError(name, "not a valid .docx (not a zip file)") from None
    except (PackageNotFoundError, KeyError, ValueError):
        raise FormatError(name, "not a valid .docx (a zip file, but not a Word document)") from None


def _body_units(document: DocxDocument) -> Iterator[tuple[str, bool]]:
    """(text, is_list_item) for the body's paragraphs and tables, in document order."""
    yield from _blocks(document.element.body, document)


def _blocks(element: BaseOxmlElement, parent: Any) -> Iterator[tuple[str, bool]]:
    """Paragraphs and tables under `element`, descending into content controls (w:sdt, where
    Word keeps cover pages and tables of contents) and custom XML wrappers."""
    for child in element.iterchildren():
        if child.tag == f"{_W}p":
            yield from _paragraph(Paragraph(child, parent))
        elif child.tag == f"{_W}tbl":
            yield from _table(Table(child, parent))
        elif child.tag in (f"{_W}sdt", f"{_W}customXml"):
            for content in child.iterchildren(f"{_W}sdtContent") if child.tag == f"{_W}sdt" else [child]:
                yield from _blocks(content, parent)


def _paragraph(paragraph: Paragraph) -> Iterator[tuple[str, bool]]:
    text = _SPACES.sub(" ", paragraph.text).strip()
    if text:
        yield (f"• {text}", True) if _is_list_item(paragraph) else (text, False)


def _table(table: Table) -> Iterator[tuple[str, bool]]:
    """Cells row by row, left to right; a merged cell (which python-docx returns once per
    grid column it spans) only once; nested tables in place. `seen` holds the cell elements
    themselves, not their id(): lxml proxies die and their ids are reused."""
    seen: set[object] = set()
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            yield from _cell(cell)


def _cell(cell: _Cell) -> Iterator[tuple[str, bool]]:
    yield from _blocks(cell._tc, cell)


def _is_list_item(paragraph: Paragraph) -> bool:
    """A list item has numbering (w:numPr), directly or through a "List ..." style; a
    numbered heading ("1.2 Family support") stays a heading."""
    name = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    if name.startswith(("heading", "title", "subtitle", "toc")):
        return False
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None:
        return True
    style = paragraph.style
    while style is not None:
        if style.name and style.name.lower().startswith("list"):
            return True
        element = style.element.pPr
        if element is not None and element.numPr is not None:
            return True
        style = style.base_style
    return False


def _metadata(document: DocxDocument, data: bytes) -> DocMetadata:
    """Title and creation date from the core properties, the publisher from the extended
    properties' Company (python-docx does not read docProps/app.xml, so read it here)."""
    props = document.core_properties
    title = (props.title or "").strip() or None
    created = props.created
    return DocMetadata(
        title=title,
        date=created.date().isoformat() if created else None,
        publisher=_company(data),
    )


def _company(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            app = archive.read("docProps/app.xml")
    except (KeyError, zipfile.BadZipFile):
        return None
    match = _COMPANY.search(app)
    value = match.group(1).decode("utf-8", "replace").strip() if match else ""
    return value or None
