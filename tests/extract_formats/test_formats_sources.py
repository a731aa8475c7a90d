"""The sources sidecar table: its own shape and the shared corpora's SOURCES.tsv shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from caregraph.extract.formats import DocMetadata, FormatError, find_sources_table, metadata_for, read_sources_table


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_tsv_with_all_columns_and_an_unknown_one(tmp_path: Path) -> None:
    table = read_sources_table(_write(tmp_path / "sources.tsv", (
        "file\turl\ttitle\tdate\tpublisher\tnotes\n"
        "strategy.pdf\thttps://www.gov.uk/kinship\tChampioning kinship care\t2023-12-15\tDepartment for Education\tx\n"
        "minutes.docx\t\tCommittee minutes\t20/12/2023\t\t\n"
    )))
    assert table == {
        "strategy.pdf": DocMetadata(
            title="Championing kinship care", date="2023-12-15",
            url="https://www.gov.uk/kinship", publisher="Department for Education",
        ),
        "minutes.docx": DocMetadata(title="Committee minutes", date="2023-12-20"),
    }


def test_csv_with_quoted_commas_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "sources.csv"
    path.write_bytes(
        '\ufefffile,title,date\n"review.pdf","Stable Homes, Built on Love",2 February 2023\n'.encode()
    )
    assert read_sources_table(path) == {
        "review.pdf": DocMetadata(title="Stable Homes, Built on Love", date="2023-02-02")
    }


def test_shared_corpus_shape_file_address_title(tmp_path: Path) -> None:
    # The shape of ../shared/corpus/*/SOURCES.tsv: "address" is the url.
    path = _write(tmp_path / "SOURCES.tsv", (
        "file\taddress\ttitle\n"
        "d01_luton.txt\thttp://www.lutontoday.co.uk/news/1\tChildren’s minister visits Luton church\n"
    ))
    assert find_sources_table(tmp_path) == path
    table = read_sources_table(path)
    assert table["d01_luton.txt"] == DocMetadata(
        title="Children’s minister visits Luton church", url="http://www.lutontoday.co.uk/news/1"
    )


def test_real_shared_corpus_table_when_present() -> None:
    path = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev" / "SOURCES.tsv"
    if not path.exists():
        pytest.skip("shared corpus not on this machine")
    table = read_sources_table(path)
    assert table and all(meta.url and meta.title for meta in table.values())


def test_lookup_by_relative_path_or_name_ignoring_case() -> None:
    table = {"reports/Review.PDF": DocMetadata(title="A"), "minutes.docx": DocMetadata(title="B")}
    assert metadata_for(table, "reports/review.pdf") == DocMetadata(title="A")
    assert metadata_for(table, "2023/Minutes.DOCX") == DocMetadata(title="B")
    assert metadata_for(table, "other.pdf") is None


def test_find_prefers_tsv_and_ignores_other_files(tmp_path: Path) -> None:
    assert find_sources_table(tmp_path) is None
    _write(tmp_path / "Sources.CSV", "file\n")
    _write(tmp_path / "notes.tsv", "file\n")
    assert find_sources_table(tmp_path) == tmp_path / "Sources.CSV"
    _write(tmp_path / "sources.tsv", "file\n")
    assert find_sources_table(tmp_path) == tmp_path / "sources.tsv"


def test_missing_file_column_names_the_table(tmp_path: Path) -> None:
    path = _write(tmp_path / "sources.tsv", "url\ttitle\nhttps://x\tX\n")
    with pytest.raises(FormatError) as info:
        read_sources_table(path)
    assert str(info.value) == "sources.tsv: no 'file' column (header: url, title)"


def test_bad_date_and_duplicate_rows_are_errors(tmp_path: Path) -> None:
    bad = _write(tmp_path / "sources.tsv", "file\tdate\na.pdf\tsoon\n")
    with pytest.raises(FormatError, match=r"^sources\.tsv: line 2: date 'soon' is not a date"):
        read_sources_table(bad)
    twice = _write(tmp_path / "sources.csv", "file,title\na.pdf,A\nA.PDF,B\n")
    with pytest.raises(FormatError, match=r"^sources\.csv: line 3: 'A\.PDF' is already listed on line 2$"):
        read_sources_table(twice)


def test_metadata_merge_prefers_the_table() -> None:
    from_file = DocMetadata(title="Microsoft Word - draft", date="2023-01-01")
    from_table = DocMetadata(title="Stable Homes, Built on Love", url="https://gov.uk/x")
    assert from_file.merged(from_table) == DocMetadata(
        title="Stable Homes, Built on Love", date="2023-01-01", url="https://gov.uk/x"
    )
