"""Ingest: find input files, read them (plain text, or PDF, DOCX and saved HTML through the
readers of extract/formats/), normalise typography and drop page boilerplate, keeping a map
from the cleaned text back to the source (and, for a PDF, to its pages).

No spaCy here: this stage runs in every command that reads documents.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..core.records import DocMetadata, Segment, SourceDoc
from ..core.schema import IngestRules
from ..errors import InputError
from .formats import (
    TABLE_NAMES,
    Extracted,
    FormatError,
    find_sources_table,
    read_docx,
    read_html,
    read_pdf,
    read_sources_table,
    table_lookup,
)

_LINE = re.compile(r"[^\n]*\n|[^\n]+$")
# The largest input file read (README, "Limits"): a 300-page report is 1-2 MB of text, or a few
# tens of MB as a PDF with images; anything bigger is refused before it is read.
MAX_FILE_BYTES = 256 * 2**20
# A line of more words than this is prose, never page furniture: text without line breaks
# (from some PDF and HTML extraction) is one "line", and a boilerplate pattern matching
# somewhere in it must not drop the whole document.
FURNITURE_MAX_WORDS = 40
# the boilerplate rule of a photo credit, whose line may open with a caption worth keeping
PHOTO_CREDIT = "photo-credit"

#: Progress of a paged document: (pages done, pages in total).
PageProgress = Callable[[int, int], None]


# The analysts' curation file (graph/curation.py) beside the documents: not a document, and
# not a file of an unsupported type either.
CURATION_NAME = "curation.yaml"


@dataclass(slots=True)
class Inputs:
    """What discovery found: the files to read, sorted by document id; each file's path
    relative to the folder it was found in (its name for a file named on the command line);
    the rows of a sources sidecar table, by file; and the files left out for their type,
    counted by suffix."""

    files: list[Path] = field(default_factory=list)
    names: dict[Path, str] = field(default_factory=dict)
    sidecar: dict[Path, DocMetadata] = field(default_factory=dict)
    unsupported: Counter[str] = field(default_factory=Counter)

    def unsupported_summary(self) -> str | None:
        """ "3 files of unsupported types: .xlsx 2, .pptx 1", or None."""
        total = sum(self.unsupported.values())
        if not total:
            return None
        kinds = ", ".join(f"{ext} {n}" for ext, n in sorted(self.unsupported.items(), key=lambda kv: (-kv[1], kv[0])))
        return f"{total} file{'s' if total != 1 else ''} of unsupported types: {kinds}"


def discover(paths: Iterable[str | Path], rules: IngestRules) -> list[Path]:
    """The files to read under `paths`, sorted by document id (see `find_inputs`)."""
    return find_inputs(paths, rules).files


def find_inputs(paths: Iterable[str | Path], rules: IngestRules) -> Inputs:
    """The files to read under `paths`. Directories are searched recursively for the
    schema's extensions (other regular files are counted in `unsupported`, hidden ones and
    anything but a regular file ignored); a named file must have one of them and be a regular
    file (a FIFO or a device would hang or never end). A sources.tsv/.csv beside the documents
    (in their folder or one above it, up to the folder given) supplies their metadata; a bad
    table is an InputError, and so is a directory that cannot be searched."""
    inputs = Inputs()
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        try:
            found.extend(_find_one(path, rules, inputs))
        except OSError as exc:   # a directory without search permission, on the way or inside
            where = exc.filename or path
            raise InputError(f"{where}: cannot read ({exc.strerror or exc})") from exc
    by_id: dict[str, Path] = {}
    for path in found:
        doc_id = document_id(path)
        other = by_id.get(doc_id)
        if other is not None and other.resolve() != path.resolve():
            raise InputError(f"{path}: document id '{doc_id}' is already taken by {other}")
        by_id[doc_id] = path
    inputs.files = [by_id[k] for k in sorted(by_id)]
    return inputs


def _add_folder(inputs: Inputs, root: Path, files: list[tuple[Path, str]]) -> None:
    """Record the files' names relative to `root` and their rows of a sources table: the
    nearest table, from the file's own folder up to `root`, that lists the file."""
    lookups: dict[Path, Callable[[str], DocMetadata | None] | None] = {}
    for path, name in files:
        inputs.names[path] = name
        folder = path.parent
        while True:
            if folder not in lookups:
                lookups[folder] = _table_lookup(folder)
            find = lookups[folder]
            row = find(path.relative_to(folder).as_posix()) if find is not None else None
            if row is not None:
                if not row.is_empty():
                    inputs.sidecar[path] = row
                break
            if folder == root or folder == folder.parent:
                break
            folder = folder.parent


def _table_lookup(folder: Path) -> Callable[[str], DocMetadata | None] | None:
    table_path = find_sources_table(folder)
    if table_path is None:
        return None
    try:
        return table_lookup(read_sources_table(table_path))
    except FormatError as exc:
        raise InputError(f"{table_path}: {exc.problem}") from None


def _find_one(path: Path, rules: IngestRules, inputs: Inputs) -> list[Path]:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    exts = ", ".join(rules.extensions)
    if stat.S_ISDIR(mode):
        files = []
        for p in sorted(_walk(path)):
            if _hidden(p, path):
                continue
            if p.suffix.lower() in rules.extensions:
                files.append(p)
            elif p.name.lower() not in TABLE_NAMES and p.name.lower() != CURATION_NAME:
                inputs.unsupported[p.suffix.lower() or "(no suffix)"] += 1
        if not files:
            raise InputError(f"{path}: no supported files ({exts}) in this directory")
        _add_folder(inputs, path, [(p, p.relative_to(path).as_posix()) for p in files])
        return files
    if path.suffix.lower() not in rules.extensions:
        raise InputError(f"{path}: unsupported file type (expected {exts})")
    if not stat.S_ISREG(mode):
        raise InputError(f"{path}: not a regular file (a pipe, device or socket is never read)")
    _add_folder(inputs, path.parent, [(path, path.name)])
    return [path]


def _walk(root: Path) -> Iterator[Path]:
    """The regular files under `root`; a subdirectory that cannot be listed is an error."""
    def fail(exc: OSError) -> None:
        raise exc

    for folder, _dirs, names in os.walk(root, onerror=fail):
        for name in names:
            file = Path(folder) / name
            if file.is_file():
                yield file


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def document_id(path: Path) -> str:
    """The document id: the file stem."""
    return path.stem


def read_source(
    path: Path, rules: IngestRules, *, name: str | None = None, on_page: PageProgress | None = None
) -> SourceDoc:
    """Read and clean one file. Raises InputError for anything that is not usable text."""
    return parse_source(read_bytes(path), path=path, rules=rules, name=name, on_page=on_page)


def cache_probe(data: bytes, *, path: Path) -> tuple[str, tuple[str, ...]]:
    """What a cached result of these bytes needs from the file without cleaning it: the
    sha256 parse_source records and the ingest warnings it gives (decoding's, for plain
    text; none for a format its reader takes). Raises InputError where parse_source would
    on the same check (a caller falls back to parse_source for the full story)."""
    if path.suffix.lower() in _READERS:
        warnings: list[str] = []
    else:
        warnings = decode(data, path=path)[1]
    return hashlib.sha256(data).hexdigest(), tuple(warnings)




def read_bytes(path: Path, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; a FIFO, a device (a link to
    /dev/zero), a directory or a larger file is an InputError, and is never read."""
    try:
        # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path}: not a regular file (a pipe, device or socket is never read)")
        if info.st_size > limit:
            raise InputError(f"{path}: too large ({_size(info.st_size)}; the limit is {_size(limit)})")
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if len(data) > limit:   # grew while it was read
        raise InputError(f"{path}: too large (more than {_size(limit)})")
    return data


def _size(n: int) -> str:
    return f"{n / 2**20:.0f} MiB" if n >= 2**20 else f"{n} bytes"


def parse_source(
    data: bytes,
    *,
    path: Path,
    rules: IngestRules,
    name: str | None = None,
    on_page: PageProgress | None = None,
) -> SourceDoc:
    """Read and clean the bytes of one file: `path` names it in errors and gives its id
    (its stem) and its format (its suffix); `name`, the path recorded on the document, is
    `path` itself unless given. A file its format's reader refuses (an encrypted or scanned
    PDF, a .docx that is not a zip) is an InputError naming the file."""
    sha256 = hashlib.sha256(data).hexdigest()
    extracted = _read_format(data, path=path, on_page=on_page)
    if extracted is None:
        text, warnings = decode(data, path=path)
        extracted = Extracted(text)
    else:
        text, warnings = extracted.text, []
    if not text.strip():
        raise InputError(f"{path}: empty file (no text)")
    clean, segments = clean_text(text, rules)
    if not clean.strip():
        raise InputError(f"{path}: no text left after removing page boilerplate")
    return SourceDoc(
        doc_id=document_id(path),
        path=name if name is not None else path.as_posix(),
        sha256=sha256,
        original=text,
        text=clean,
        segments=tuple(segments),
        warnings=tuple(warnings),
        pages=extracted.pages,
        metadata=extracted.metadata,
    )


def _read_format(data: bytes, *, path: Path, on_page: PageProgress | None) -> Extracted | None:
    """The text of a PDF, DOCX or HTML file through its reader; None for plain text."""
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        return None
    try:
        return reader(data, str(path), on_page)
    except FormatError as exc:
        raise InputError(str(exc)) from None


# the reader of each format by suffix (name, page progress); any other suffix is plain text
_READERS: dict[str, Callable[[bytes, str, PageProgress | None], Extracted]] = {
    ".pdf": lambda data, name, on_page: read_pdf(data, name=name, on_page=on_page),
    ".docx": lambda data, name, _on_page: read_docx(data, name=name),
    ".html": lambda data, name, _on_page: read_html(data, name=name),
    ".htm": lambda data, name, _on_page: read_html(data, name=name),
}


def decode(data: bytes, *, path: Path) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM), else cp1252 with a warning; binary data is an error."""
    if not data.strip():
        raise InputError(f"{path}: empty file")
    nul = data.find(b"\0")
    if nul >= 0:
        raise InputError(f"{path}: binary file (NUL byte at {nul})")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        bad = exc.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        byte = data[exc.start]
        raise InputError(
            f"{path}: undecodable bytes (not UTF-8 or cp1252: byte 0x{byte:02x} at {exc.start})"
        ) from exc
    warning = f"{path}: not UTF-8 (byte 0x{data[bad]:02x} at {bad}); read as cp1252"
    return text, [warning]


def clean_text(text: str, rules: IngestRules) -> tuple[str, list[Segment]]:
    """Normalise typography one character for one, drop boilerplate lines and product
    shelves, and return the cleaned text with the segments that map it to `text`."""
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text)]
    drop = _boilerplate_lines([line for _, line in lines], rules)
    out: list[str] = []
    segments: list[Segment] = []
    pos = 0
    for index, (orig_start, line) in enumerate(lines):
        normalised = line.translate(rules.translation)
        if index in drop:
            cut = _caption_end(normalised, rules)
            if cut is None:
                continue
            # the caption before a credit stays, the credit goes (blanked, one character for one)
            content = len(normalised.rstrip("\r\n"))
            normalised = normalised[:cut] + " " * (content - cut) + normalised[content:]
        for _, pattern in rules.furniture:
            # ("Writer's pictureJane Porter" -> "                Jane Porter")
            normalised = pattern.sub(_blank, normalised)
        out.append(normalised)
        segments.append(Segment(clean_start=pos, orig_start=orig_start, length=len(normalised)))
        pos += len(normalised)
    return "".join(out), _merge_segments(segments)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


# a caption before a photo credit that opens with a name of two capitalised words, whom the
# photo shows, is kept ("Jane Porter, chief executive of the Harbour Trust. Picture: Harbour
# Trust"); a caption describing a scene ("The report calls for ... Picture: Stock") goes with it
CAPTION_MIN_WORDS = 2
_CAPTION_OPENERS = frozenset({"the", "a", "an", "this", "these", "those", "that", "its", "their", "our", "his", "her"})


def _caption_end(line: str, rules: IngestRules) -> int | None:
    """Where the caption of a line that a photo credit alone makes boilerplate ends, the credit
    ("Picture: ...") starting there; None when the line is something else or no caption precedes
    its credit."""
    matched = [(rule_id, m) for rule_id, pattern in rules.boilerplate if (m := pattern.search(line))]
    if [rule_id for rule_id, _m in matched] != [PHOTO_CREDIT]:
        return None
    cut = matched[0][1].start()
    words = line[:cut].strip().lstrip("".join(rules.bullets)).split()
    if len(words) < CAPTION_MIN_WORDS or words[0].lower() in _CAPTION_OPENERS:
        return None
    return cut if all(w[:1].isupper() for w in words[:2]) else None


def _merge_segments(segments: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for seg in segments:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.clean_start + last.length == seg.clean_start
            and last.orig_start + last.length == seg.orig_start
        ):
            merged[-1] = Segment(last.clean_start, last.orig_start, last.length + seg.length)
        else:
            merged.append(seg)
    return merged


def _boilerplate_lines(lines: list[str], rules: IngestRules) -> set[int]:
    drop: set[int] = set()
    for index, line in enumerate(lines):
        stripped = line.translate(rules.translation).strip()
        if not stripped:
            continue
        body = stripped.lstrip("".join(rules.bullets)).strip()
        if _longer_than(body, FURNITURE_MAX_WORDS):
            continue
        matched = [rule_id for rule_id, pattern in rules.boilerplate if pattern.search(body)]
        if matched:
            drop.add(index)
            if any(rule_id in rules.commerce for rule_id in matched):
                drop.update(_shelf_above(lines, index, rules))
    return drop


def _longer_than(text: str, words: int) -> bool:
    """Whether `text` has more than `words` words (stops counting there: a long line costs
    no more than a short one)."""
    count = 0
    for _ in re.finditer(r"\S+", text):
        count += 1
        if count > words:
            return True
    return False


def _shelf_above(lines: list[str], index: int, rules: IngestRules) -> Iterator[int]:
    """Lines above a price/subscribe line that form its product shelf: bullet items and
    short headings, up to the first line of prose."""
    seen_bullet = False
    for above in range(index - 1, -1, -1):
        stripped = lines[above].translate(rules.translation).strip()
        if not stripped:
            continue
        is_bullet = stripped[0] in rules.bullets
        words = len(stripped.split())
        if is_bullet and words <= rules.shelf_max_words + 1:
            seen_bullet = True
            yield above
        elif words <= rules.shelf_max_words and not stripped.endswith((".", ":", "?", "!", '"')):
            yield above
            if seen_bullet:
                return
        else:
            return
