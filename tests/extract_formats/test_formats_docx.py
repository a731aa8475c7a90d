"""The DOCX reader on documents written by python-docx in the test."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import docx
import pytest

from caregraph.extract.formats import FormatError, page_of, read_docx


def _save(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def minutes() -> bytes:
    """Committee minutes: a header and a footer, a heading, paragraphs, a bulleted list
    and a table between them, in that order."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Luton Borough Council - Children's Services Committee"
    section.footer.paragraphs[0].text = "Official - page 1"
    document.add_heading("Minutes of the meeting on kinship care", level=1)
    document.add_paragraph("Members welcomed the national kinship strategy.")
    document.add_paragraph("A kinship allowance for every carer.", style="List Bullet")
    document.add_paragraph("Legal advice before court hearings.", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Action"
    table.cell(0, 1).text = "Owner"
    table.cell(1, 0).text = "Write to the Department for Education"
    table.cell(1, 1).text = "Director of Children's Services"
    document.add_paragraph("The meeting closed at 8pm.")
    props = document.core_properties
    props.title = "Children's Services Committee minutes"
    props.created = datetime(2023, 12, 20, 18, 30)
    return _save(document)


def test_reading_order_paragraphs_items_and_cells(minutes: bytes) -> None:
    doc = read_docx(minutes, name="minutes.docx")
    assert doc.text == (
        "Minutes of the meeting on kinship care\n\n"
        "Members welcomed the national kinship strategy.\n\n"
        "• A kinship allowance for every carer.\n"
        "• Legal advice before court hearings.\n\n"
        "Action\n\nOwner\n\n"
        "Write to the Department for Education\n\n"
        "Director of Children's Services\n\n"
        "The meeting closed at 8pm."
    )


def test_header_and_footer_are_dropped(minutes: bytes) -> None:
    text = read_docx(minutes, name="minutes.docx").text
    assert "Luton Borough Council" not in text
    assert "Official - page 1" not in text


def test_core_properties_give_title_and_date(minutes: bytes) -> None:
    doc = read_docx(minutes, name="minutes.docx")
    assert doc.metadata.title == "Children's Services Committee minutes"
    assert doc.metadata.date == "2023-12-20"
    assert doc.pages == () and page_of(doc, 0) is None


def test_merged_cells_are_read_once() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Regional care cooperatives"
    table.cell(0, 2).text = "2025"
    text = read_docx(_save(document), name="t.docx").text
    assert text == "Regional care cooperatives\n\n2025"


def test_not_a_zip_is_one_line_error() -> None:
    with pytest.raises(FormatError) as info:
        read_docx(b"This is a plain text file renamed to .docx\n", name="notes.docx")
    assert str(info.value) == "notes.docx: not a valid .docx (not a zip file)"


def test_zip_without_a_word_document_is_an_error() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hello")
    with pytest.raises(FormatError, match=r"^other\.docx: not a valid \.docx \(a zip file, but not a Word document\)$"):
        read_docx(out.getvalue(), name="other.docx")


def test_content_controls_are_read_in_place_and_numbered_headings_stay_headings() -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("Before the control.")
    inside = document.add_paragraph("Cover page: Stable Homes, Built on Love")
    sdt = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent/></w:sdt>")
    inside._p.addprevious(sdt)
    sdt[1].append(inside._p)
    heading = document.add_heading("1. Family help", level=1)
    num = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
    heading._p.get_or_add_pPr().append(num)
    document.add_paragraph("After the heading.")
    text = read_docx(_save(document), name="cover.docx").text
    assert text == (
        "Before the control.\n\nCover page: Stable Homes, Built on Love\n\n"
        "1. Family help\n\nAfter the heading."
    )
