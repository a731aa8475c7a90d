"""The sources sidecar: a sources.tsv or sources.csv beside the documents that says, for each
file, where it came from (url, title, date, publisher).

Files rarely carry good metadata (a PDF's title is often "Microsoft Word - draft3.docx"),
and whoever collected the documents knows better; so the table's values win over the
file's own. The shared corpora already ship SOURCES.tsv with columns file, address, title:
the file name is matched case-insensitively and obvious column synonyms are accepted.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path, PurePosixPath

from .model import DocMetadata, FormatError

TABLE_NAMES = ("sources.tsv", "sources.csv")

#: Accepted header names (lower case, spaces and hyphens as underscores) for each field.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "file": ("file", "filename", "file_name", "path", "document"),
    "url": ("url", "address", "link", "href", "source_url", "uri"),
    "title": ("title", "document_title"),
    "date": ("date", "published", "publication_date", "pub_date", "published_date", "date_published"),
    "publisher": ("publisher", "organisation", "organization", "site", "sitename", "site_name"),
}
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d/%m/%Y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y", "%B %d, %Y")
_ISO_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ].*)?$")


def find_sources_table(folder: Path) -> Path | None:
    """The sidecar table in `folder` (sources.tsv before sources.csv, any letter case)."""
    try:
        entries = {p.name.lower(): p for p in folder.iterdir() if p.is_file()}
    except OSError:
        return None
    for name in TABLE_NAMES:
        if name in entries:
            return entries[name]
    return None


def read_sources_table(path: Path) -> dict[str, DocMetadata]:
    """The table's rows keyed by the `file` column as written (a name or a path relative to
    the table's folder). Tab-separated for .tsv, comma-separated for .csv; a header row is
    required, unknown columns are ignored, empty cells are None.

    Raises FormatError (naming the table) when it cannot be read, has no file column,
    names a file twice or holds a date that is not a date."""
    name = path.name
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise FormatError(name, f"cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise FormatError(name, f"not UTF-8 (byte at {exc.start})") from None
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    rows = csv.reader(io.StringIO(raw, newline=""), delimiter=delimiter)
    header = next(rows, None)
    if not header:
        raise FormatError(name, "empty table (a header row with a 'file' column is required)")
    columns = _column_indexes(header)
    if "file" not in columns:
        got = ", ".join(h.strip() for h in header)
        raise FormatError(name, f"no 'file' column (header: {got})")
    table: dict[str, DocMetadata] = {}
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, start=2):
        cells = {field: _cell(row, index) for field, index in columns.items()}
        file = cells.pop("file")
        if not file:
            continue
        key = file.lower()
        if key in seen:
            raise FormatError(name, f"line {number}: '{file}' is already listed on line {seen[key]}")
        seen[key] = number
        cells["date"] = _iso_date(cells.get("date"), name, number)
        table[file] = DocMetadata(**cells)
    return table


def metadata_for(table: dict[str, DocMetadata], relative_path: str) -> DocMetadata | None:
    """The row for a document, by its path relative to the table's folder, else by its file
    name; letter case ignored (tables are typed by hand on case-insensitive systems)."""
    return table_lookup(table)(relative_path)


def table_lookup(table: dict[str, DocMetadata]) -> Callable[[str], DocMetadata | None]:
    """`metadata_for` over one table, its index built once (a folder of thousands of files
    looks each up)."""
    by_lower = {key.replace("\\", "/").lower(): meta for key, meta in table.items()}

    def find(relative_path: str) -> DocMetadata | None:
        wanted = PurePosixPath(relative_path.replace("\\", "/"))
        for candidate in (wanted.as_posix(), wanted.name):
            meta = by_lower.get(candidate.lower())
            if meta is not None:
                return meta
        return None

    return find


def _column_indexes(header: list[str]) -> dict[str, int]:
    """Field name -> column index, through the synonyms; the first matching column wins."""
    indexes: dict[str, int] = {}
    for index, cell in enumerate(header):
        normal = re.sub(r"[\s-]+", "_", cell.strip().lower())
        for field, names in _COLUMNS.items():
            if normal in names and field not in indexes:
                indexes[field] = index
    return indexes


def _cell(row: list[str], index: int) -> str | None:
    value = row[index].strip() if index < len(row) else ""
    return value or None


def _iso_date(value: str | None, name: str, line: int) -> str | None:
    """A date cell as YYYY-MM-DD: ISO (with or without a time), or a few common British and
    spelled-out forms. Anything else is an error, not a silent None."""
    if value is None:
        return None
    if _ISO_PREFIX.match(value):
        try:
            return date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    raise FormatError(name, f"line {line}: date '{value}' is not a date (expected YYYY-MM-DD)")
