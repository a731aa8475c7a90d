"""The PDF reader on PDFs printed by headless Chromium in the test, and on broken ones."""

from __future__ import annotations

import io

import pypdf
import pytest
from pdf_pages import paged_html, print_pdf

from caregraph.extract.formats import Extracted, FormatError, page_of, read_pdf

HEADER = "Stable Homes, Built on Love: consultation response"

PAGE_ONE = """
<h1>Kinship care</h1>
<p>The review found that the experience of chil-<br>dren in care depends on where they live.
The well-being of every family matters to the Department for Education.</p>
<p>Local authorities should support kinship carers with an allowance, and well-<br>being
must be measured in every area of England.</p>
"""
# A text bullet (as Word's PDFs have); Chromium draws its default disc as a shape, not text.
PAGE_TWO = """
<p>Ofsted will inspect the new regional care cooperatives from 2025 and report to the
Secretary of State every year on their progress.</p>
<ul style="list-style-type: '• '"><li>A national kinship allowance.</li><li>A new virtual school head role.</li></ul>
"""


@pytest.fixture(scope="module")
def two_pages() -> bytes:
    return print_pdf(paged_html([PAGE_ONE, PAGE_TWO], header=HEADER, title="Kinship care response"))


@pytest.fixture(scope="module")
def two_pages_read(two_pages: bytes) -> Extracted:
    return read_pdf(two_pages, name="response.pdf")


@pytest.mark.browser
def test_pages_start_where_their_text_starts(two_pages_read: Extracted) -> None:
    doc = two_pages_read
    assert doc.pages[0] == 0 and len(doc.pages) == 2
    ofsted = doc.text.index("Ofsted will inspect")
    assert doc.pages[1] == ofsted
    assert page_of(doc, 0) == 1
    assert page_of(doc, doc.text.index("Local authorities")) == 1
    assert page_of(doc, ofsted) == 2
    assert page_of(doc, len(doc.text) - 1) == 2


@pytest.mark.browser
def test_running_header_footer_and_page_numbers_are_dropped(two_pages_read: Extracted) -> None:
    text = two_pages_read.text
    assert "consultation response" not in text
    assert "Page 1 of 2" not in text and "Page 2" not in text
    assert text.startswith("Kinship care\n\nThe review found")


@pytest.mark.browser
def test_hyphenated_line_ends_are_rejoined_and_real_hyphens_kept(two_pages_read: Extracted) -> None:
    text = two_pages_read.text
    assert "experience of children in care" in text
    assert "chil-" not in text and "\ufffe" not in text
    # "well-being" is written whole elsewhere, so the break at its hyphen keeps the hyphen.
    assert "and well-being must be measured" in text


@pytest.mark.browser
def test_paragraphs_are_rebuilt_and_list_items_are_bullets(two_pages_read: Extracted) -> None:
    paragraphs = two_pages_read.text.split("\n\n")
    assert (
        "The review found that the experience of children in care depends on where they live. "
        "The well-being of every family matters to the Department for Education."
    ) in paragraphs
    assert "• A national kinship allowance.\n• A new virtual school head role." in two_pages_read.text


@pytest.mark.browser
def test_document_info_gives_title_and_date(two_pages_read: Extracted) -> None:
    meta = two_pages_read.metadata
    assert meta.title == "Kinship care response"
    assert meta.date is not None and len(meta.date) == 10 and meta.date[4] == "-"


@pytest.mark.browser
def test_progress_callback_sees_every_page(two_pages: bytes) -> None:
    seen: list[tuple[int, int]] = []
    read_pdf(two_pages, name="response.pdf", on_page=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]


COL_ONE = "Column one argues that kinship carers need legal advice before a court hearing begins."
COL_TWO = "Column two answers that regional care cooperatives should commission the placements."


def _two_columns(layout: str) -> str:
    if layout == "flex":
        return f'<div class="cols"><div><p>{COL_ONE}</p></div><div><p>{COL_TWO}</p></div></div>'
    # absolutely placed with the right column first in the DOM: Chromium draws it first,
    # so the text layer's order is wrong and reading order must come from positions
    return f'<div class="abs"><div class="right"><p>{COL_TWO}</p></div><div class="left"><p>{COL_ONE}</p></div></div>'


@pytest.mark.browser
@pytest.mark.parametrize("layout", ["flex", "drawn right first"])
def test_two_column_page_reads_left_column_first(layout: str) -> None:
    body = (
        f"<h2>Two columns</h2>{_two_columns(layout)}"
        "<p>A closing paragraph runs across the full width of the page below both columns.</p>"
    )
    doc = read_pdf(print_pdf(paged_html([body, "<p>Second page.</p>"], header=HEADER)), name="two.pdf")
    text = doc.text
    assert text.index("Two columns") < text.index("Column one argues") < text.index("Column two answers")
    assert text.index("Column two answers") < text.index("A closing paragraph")
    paragraphs = text.split("\n\n")
    assert COL_ONE in paragraphs and COL_TWO in paragraphs


@pytest.mark.browser
def test_words_broken_at_soft_hyphens_are_rejoined() -> None:
    # Chromium breaks a narrow paragraph at soft hyphens and draws U+2010 at the line end.
    words = ["sig&shy;nif&shy;i&shy;cant", "au&shy;thor&shy;i&shy;ties", "in&shy;creas&shy;ing", "pro&shy;por&shy;tion"]
    sentence = "The review found {0} strain as local {1} spend an {2} {3} of budgets on placements."
    para = " ".join([sentence.format(*words)] * 4)
    pages = [f'<p style="width: 55mm">{para}</p>', "<p>The end.</p>"]
    doc = read_pdf(print_pdf(paged_html(pages, header=HEADER)), name="soft.pdf")
    plain = sentence.format("significant", "authorities", "increasing", "proportion")
    assert doc.text == " ".join([plain] * 4) + "\n\nThe end."


@pytest.mark.browser
def test_encrypted_pdf_is_one_line_error(two_pages: bytes) -> None:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(two_pages)))
    writer.encrypt(user_password="secret", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(FormatError) as info:
        read_pdf(out.getvalue(), name="locked.pdf")
    assert str(info.value) == "locked.pdf: encrypted PDF (password required)"


@pytest.mark.browser
def test_permissions_only_encryption_is_read(two_pages: bytes, two_pages_read: Extracted) -> None:
    # Many published PDFs are encrypted with an empty user password (copy/print limits only).
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(two_pages)))
    writer.encrypt(user_password="", owner_password="owner", permissions_flag=0)
    out = io.BytesIO()
    writer.write(out)
    assert read_pdf(out.getvalue(), name="protected.pdf").text == two_pages_read.text


@pytest.mark.browser
def test_truncated_pdf_is_one_line_error(two_pages: bytes) -> None:
    with pytest.raises(FormatError) as info:
        read_pdf(two_pages[: len(two_pages) // 2], name="cut.pdf")
    assert str(info.value) == "cut.pdf: not a valid PDF (truncated or corrupt)"


def test_garbage_is_not_a_pdf() -> None:
    with pytest.raises(FormatError) as info:
        read_pdf(b"%PDF-1.7\nthis is not really a PDF", name="junk.pdf")
    assert str(info.value) == "junk.pdf: not a valid PDF (truncated or corrupt)"
    assert "\n" not in str(info.value)


@pytest.mark.browser
def test_pdf_without_text_layer_says_so() -> None:
    drawing = (
        '<svg width="400" height="300"><rect x="10" y="10" width="300" height="200" fill="#345"/>'
        '<circle cx="200" cy="150" r="60" fill="#c33"/></svg>'
    )
    page = f"<!doctype html><html><body>{drawing}</body></html>"
    with pytest.raises(FormatError) as info:
        read_pdf(print_pdf(page), name="scan.pdf")
    assert str(info.value) == "scan.pdf: no text layer (scanned?); OCR is not supported"


def test_blank_pdf_made_by_pypdf_has_no_text_layer() -> None:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(FormatError, match=r"^blank\.pdf: no text layer \(scanned\?\); OCR is not supported$"):
        read_pdf(out.getvalue(), name="blank.pdf")
