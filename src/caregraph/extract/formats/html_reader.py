"""Saved web pages through trafilatura: the page's main text without its chrome (navigation,
cookie banners, newsletter boxes, related links, footers), and the metadata the page
declares (title, publication date through htmldate, canonical url, site name).

A cookie banner that reaches the NLP stage becomes a Person ("Cookie Policy"); removing
chrome is the point of this reader. When trafilatura finds no main text (a very short
page), a plain fallback keeps the page's block text minus the usual chrome elements.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import trafilatura
from lxml import etree
from lxml import html as lxml_html
from trafilatura.utils import decode_file

from .model import DocMetadata, Extracted, FormatError, join_units

_SPACES = re.compile(r"\s+")
_CHROME_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template")
_CHROME_HINT = re.compile(r"cookie|consent|banner|newsletter|subscribe|related|share|breadcrumb|menu|nav", re.IGNORECASE)
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "blockquote", "pre", "dd", "dt"}


def read_html(data: bytes | str, *, name: str) -> Extracted:
    """The main text of a saved page (paragraphs separated by blank lines, list items as
    "• " lines) and its metadata. Bytes are decoded by trafilatura's guesser (declared
    charset, else detection), since saved pages are often cp1252. Raises FormatError when
    the page has no text at all."""
    page = decode_file(data) if isinstance(data, bytes) else data
    if not page.strip():
        raise FormatError(name, "empty file (no text)")
    result = trafilatura.bare_extraction(
        page, with_metadata=True, include_tables=True, include_comments=False, favor_precision=True
    )  # precision: on a short page the balanced default keeps the <nav> text ("Home News")
    body = getattr(result, "body", None)  # a Document (a dict only with as_dict=True)
    units = list(_units(body)) if body is not None else []
    if not units:
        units = list(_fallback_units(page))
    if not units:
        raise FormatError(name, "no main text found in the page")
    return Extracted(text=join_units(units), pages=(), metadata=_metadata(result, page))


def _units(body: etree._Element) -> Iterator[tuple[str, bool]]:
    """(text, is_list_item) from trafilatura's XML body: head/p/quote as paragraphs, list
    items as items, table cells one by one."""
    for element in body.iterchildren():
        tag = element.tag
        if tag == "list":
            for item in element.iter("item"):
                text = _squeeze(_own_text(item))
                if text:
                    yield f"• {text}", True
        elif tag == "table":
            for cell in element.iter("cell"):
                text = _squeeze("".join(cell.itertext()))
                if text:
                    yield text, False
        else:
            text = _squeeze("".join(element.itertext()))
            if text:
                yield text, False


def _own_text(item: etree._Element) -> str:
    """An item's text without the items of a list nested in it (they follow as their own)."""
    parts = [item.text or ""]
    for child in item:
        if child.tag != "list":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts)


def _fallback_units(page: str) -> Iterator[tuple[str, bool]]:
    """Block text of the page minus chrome elements and elements whose class or id says
    chrome: for pages too short for trafilatura's scoring."""
    try:
        root = lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return
    for element in list(root.iter(*_CHROME_TAGS)):
        element.drop_tree()
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        hint = f"{element.get('class', '')} {element.get('id', '')}"
        if _CHROME_HINT.search(hint):
            element.drop_tree()
    for element in root.iter(*_BLOCKS):
        if any(isinstance(a.tag, str) and a.tag in _BLOCKS for a in element.iterancestors()):
            continue
        text = _squeeze(element.text_content())
        if text:
            yield (f"• {text}", True) if element.tag == "li" else (text, False)


def _metadata(result: object | None, page: str) -> DocMetadata:
    """Title, date, url and site name as trafilatura reads them (meta tags, JSON-LD,
    canonical link, htmldate for the date); the metadata alone when the body was empty."""
    if result is None:
        result = trafilatura.extract_metadata(page)
    if result is None:
        return DocMetadata()

    def get(attr: str) -> str | None:
        value = getattr(result, attr, None)
        return _squeeze(value) or None if isinstance(value, str) else None

    date = get("date")
    return DocMetadata(
        title=get("title"),
        date=date[:10] if date and re.match(r"\d{4}-\d{2}-\d{2}", date) else None,
        url=get("url"),
        publisher=get("sitename"),
    )


def _squeeze(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
