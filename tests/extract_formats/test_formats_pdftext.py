"""The library-independent half of the PDF reader, on hand-made lines."""

from __future__ import annotations

import pytest

from caregraph.extract.formats.model import Extracted, page_of
from caregraph.extract.formats.pdf import _pdf_date, assemble
from caregraph.extract.formats.pdftext import Line, PageLines, is_page_number, join_hyphenated, vocabulary

W, H = 595.0, 842.0


def _column(texts: list[str], *, x0: float = 57, x1: float = 480, top: float = 760, pitch: float = 15) -> list[Line]:
    return [Line(t, x0, x1, top - i * pitch, 12) for i, t in enumerate(texts)]


def _page(lines: list[Line], n: int, header: str = "Children's social care review") -> PageLines:
    head = Line(header, 57, 300, 805, 10)
    foot = Line(f"Page {n} of 3", 270, 330, 25, 10)
    return PageLines(lines=(head, *lines, foot), width=W, height=H)


@pytest.mark.parametrize("text", ["12", "Page 12", "Page 12 of 40", "12 / 40", "- 12 -", "– 7 –", "iv", "PAGE 3"])
def test_page_numbers(text: str) -> None:
    assert is_page_number(text)


@pytest.mark.parametrize("text", ["12 local authorities", "Page twelve", "2023 review", "Chapter 2"])
def test_not_page_numbers(text: str) -> None:
    assert not is_page_number(text)


def test_hyphen_rules() -> None:
    words, compounds = vocabulary(["the well-being of children", "a wellbeing board", "co-operation"])
    assert join_hyphenated("chil-\ndren", words, compounds) == "children"
    assert join_hyphenated("chil\ufffedren", words, compounds) == "children"
    # written both ways in the document: the closed form wins
    assert join_hyphenated("well-\nbeing", words, compounds) == "wellbeing"
    assert join_hyphenated("co-\noperation", words, compounds) == "co-operation"
    assert join_hyphenated("anti-\nRacism", words, compounds) == "anti-Racism"
    assert join_hyphenated("line one\nline two", words, compounds) == "line one line two"
    assert join_hyphenated("2019-\n2020", words, compounds) == "2019- 2020"


def test_assemble_three_pages_with_running_lines_columns_and_a_paragraph_across_pages() -> None:
    page1 = _column([
        "The review calls for a",
        "radical reset of children's",
    ], x1=300)
    page2 = _column([
        "social care in England.",
    ], x1=300) + [
        # right column drawn first, then the left one, side by side
        *_column(["Right column text."], x0=320, x1=540, top=700),
        *_column(["Left column text."], x0=57, x1=280, top=700),
    ]
    page3 = _column(["• First item of a list", "that wraps.", "• Second item."])
    text, pages = assemble([_page(page1, 1), _page(page2, 2), _page(page3, 3)])
    assert text == (
        "The review calls for a radical reset of children's social care in England.\n\n"
        "Left column text.\n\nRight column text.\n\n"
        "• First item of a list that wraps.\n• Second item."
    )
    doc = Extracted(text=text, pages=pages)
    assert pages[1] == text.index("social care in England")
    assert page_of(doc, text.index("radical")) == 1
    assert page_of(doc, text.index("England")) == 2
    assert page_of(doc, text.index("Second item")) == 3


def test_empty_page_keeps_page_numbers_aligned() -> None:
    body = _page(_column(["First page sentence."]), 1)
    empty = PageLines(lines=(), width=W, height=H)
    last = _page(_column(["Third page sentence."]), 3)
    text, pages = assemble([body, empty, last])
    assert text == "First page sentence.\n\nThird page sentence."
    assert pages == (0, text.index("Third"), text.index("Third"))
    assert page_of(Extracted(text=text, pages=pages), text.index("Third")) == 3


def test_pdf_dates() -> None:
    assert _pdf_date("D:20231215093000+00'00'") == "2023-12-15"
    assert _pdf_date("20230202") == "2023-02-02"
    assert _pdf_date("D:2023") is None
    assert _pdf_date("garbage") is None


def test_only_running_lines_leave_no_text() -> None:
    text, pages = assemble([_page([], 1), _page([], 2)])
    assert text == "" and pages == (0, 0)
