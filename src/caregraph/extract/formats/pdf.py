"""PDF through PDFium (pypdfium2): text layer, line positions and document info, one page at
a time. Chosen over pypdf by measurement (see README.md beside this file)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .model import DocMetadata, Extracted, FormatError, PageCallback, join_units
from .pdftext import (
    Line,
    PageLines,
    clean_line,
    join_hyphenated,
    page_paragraphs,
    running_keys,
    vocabulary,
)

_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_PRODUCER_TITLE = re.compile(r"^(?:microsoft (?:word|powerpoint) - )", re.IGNORECASE)
_FILE_TITLE = re.compile(r"\.(?:docx?|pdf|indd|pptx?|html?)$|^untitled", re.IGNORECASE)
_CONTINUES = re.compile(r"[^.!?:;\"'”’)\]]$")


def read_pdf(data: bytes, *, name: str, on_page: PageCallback | None = None) -> Extracted:
    """The text of a PDF with the offset where each page starts, and its document info.

    Pages are read one at a time and their PDFium handles closed at once, so memory holds
    the file's bytes and the lines of text, never many rendered pages. `on_page(done,
    total)` is called after each page. Raises FormatError for an encrypted, corrupt or
    text-less PDF."""
    doc = _open(data, name)
    try:
        total = len(doc)
        if total == 0:
            raise FormatError(name, "not a valid PDF (truncated or corrupt)")
        metadata = _metadata(doc)
        pages = []
        for index, page in enumerate(_page_lines(doc, name)):
            pages.append(page)
            if on_page is not None:
                on_page(index + 1, total)
    finally:
        doc.close()
    if not any(line.text for page in pages for line in page.lines):
        raise FormatError(name, "no text layer (scanned?); OCR is not supported")
    text, offsets = assemble(pages)
    if not text:
        raise FormatError(name, "no text left after removing running headers and page numbers")
    return Extracted(text=text, pages=offsets, metadata=metadata)


def assemble(pages: list[PageLines]) -> tuple[str, tuple[int, ...]]:
    """The document's text and each page's start offset. A paragraph cut by a page break
    (no sentence end before it, lower case after it) is joined back into one."""
    running = running_keys(pages)
    per_page = [page_paragraphs(page, running) for page in pages]
    words, compounds = vocabulary(text for paras in per_page for text, _ in paras)
    out: list[tuple[str, bool]] = []
    offsets: list[int | None] = []
    length = 0
    for paras in per_page:
        start = None
        for raw, item in paras:
            text = join_hyphenated(raw, words, compounds)
            prev = out[-1] if out else None
            if start is None and prev and _continues(prev, text, item):
                joined = join_hyphenated(f"{prev[0]}\n{text}", words, compounds)
                if joined.endswith(text):
                    length += len(joined) - len(prev[0]) - len(text)
                    start = length
                    length += len(text)
                    out[-1] = (joined, prev[1])
                    continue
            if prev:
                length += 1 if (item and prev[1]) else 2
            if start is None:
                start = length
            out.append((text, item))
            length += len(text)
        offsets.append(start)
    body = join_units(out)
    return body, _fill_empty_starts(offsets, len(body))


def _continues(prev: tuple[str, bool], text: str, item: bool) -> bool:
    """Whether `text`, first on its page, carries on the last paragraph of the page before."""
    return not item and bool(_CONTINUES.search(prev[0])) and text[:1].islower()


def _fill_empty_starts(starts: list[int | None], end: int) -> tuple[int, ...]:
    """A page without text starts where the next page with text starts (or at the end), so
    that page numbers stay aligned with the PDF's and offsets never go backwards."""
    filled: list[int] = []
    following = end
    for start in reversed(starts):
        following = following if start is None else start
        filled.append(following)
    return tuple(reversed(filled))


def _open(data: bytes, name: str) -> pdfium.PdfDocument:
    """Open the bytes, mapping PDFium's load errors to one-line FormatErrors."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise FormatError(name, "encrypted PDF (password required)") from None
        raise FormatError(name, "not a valid PDF (truncated or corrupt)") from None


def _page_lines(doc: pdfium.PdfDocument, name: str) -> Iterator[PageLines]:
    """Each page's lines with their positions, closing every page handle before the next."""
    for index in range(len(doc)):
        try:
            page = doc[index]
        except pdfium.PdfiumError:
            raise FormatError(name, f"not a valid PDF (page {index + 1} unreadable)") from None
        try:
            textpage = page.get_textpage()
            try:
                lines = tuple(_lines(textpage))
            finally:
                textpage.close()
            width, height = page.get_size()
        finally:
            page.close()
        yield PageLines(lines=lines, width=width, height=height)


def _lines(textpage: pdfium.PdfTextPage) -> Iterator[Line]:
    """The text layer's visual lines, each placed by the boxes of its first and last
    characters: two character-box calls per line, not one per glyph. PDFium separates lines
    with CR LF, but joins a line ending in a hyphen to the next one, marking the hyphen
    U+FFFE: split there again (keeping the mark) so that each piece gets its own place."""
    raw = textpage.get_text_range()
    pos = 0
    for piece in re.split(r"(?<=[\ufffe\x02])|\r\n", raw):
        start = raw.find(piece, pos) if piece else pos
        pos = start + len(piece)
        text = clean_line(piece)
        if not text:
            continue
        first = start + (len(piece) - len(piece.lstrip()))
        last = start + len(piece.rstrip()) - 1
        left, bottom, _, top = textpage.get_charbox(first, loose=True)
        _, _, right, _ = textpage.get_charbox(last, loose=True)
        yield Line(text=text, x0=left, x1=max(right, left), y=bottom, height=max(top - bottom, 1.0))


def _metadata(doc: pdfium.PdfDocument) -> DocMetadata:
    """Title and creation date from the document info dictionary, when they look real (not a
    file name a producer copied in)."""
    try:
        info = doc.get_metadata_dict(skip_empty=True)
    except pdfium.PdfiumError:
        return DocMetadata()
    title = _PRODUCER_TITLE.sub("", (info.get("Title") or "").strip())
    if _FILE_TITLE.search(title):
        title = ""
    return DocMetadata(title=title or None, date=_pdf_date(info.get("CreationDate", "")))


def _pdf_date(value: str) -> str | None:
    """A PDF date string ("D:20231130120000+00'00'") as YYYY-MM-DD, when it has a full date."""
    match = _PDF_DATE.match(value.strip())
    if not match or not match.group(3):
        return None
    year, month, day = match.groups()
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return None
    return f"{year}-{month}-{day}"
