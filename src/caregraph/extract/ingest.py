"""Ingest: find input files, decode them, reduce HTML to text, normalise typography and drop
page boilerplate, keeping a map from the cleaned text back to the source.

No spaCy here: this stage runs in every command that reads documents.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from ..core.records import Segment, SourceDoc
from ..core.schema import IngestRules
from ..errors import InputError

_LINE = re.compile(r"[^\n]*\n|[^\n]+$")
# The largest input file read (README, "Limits"): a 300-page report is 1-2 MB of text, or a few
# tens of MB as a PDF with images; anything bigger is refused before it is read.
MAX_FILE_BYTES = 256 * 2**20
# A line of more words than this is prose, never page furniture: text without line breaks
# (from some PDF and HTML extraction) is one "line", and a boilerplate pattern matching
# somewhere in it must not drop the whole document.
FURNITURE_MAX_WORDS = 40


def discover(paths: Iterable[str | Path], rules: IngestRules) -> list[Path]:
    """The files to read under `paths`, sorted by document id. Directories are searched
    recursively for the schema's extensions (anything but a regular file there is ignored); a
    named file must have one of them and be a regular file (a FIFO or a device would hang or
    never end)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        try:
            found.extend(_discover_one(path, rules))
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
    return [by_id[k] for k in sorted(by_id)]


def _discover_one(path: Path, rules: IngestRules) -> list[Path]:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    if stat.S_ISDIR(mode):
        files = sorted(p for p in _walk(path) if p.suffix.lower() in rules.extensions and not _hidden(p, path))
        if not files:
            exts = ", ".join(rules.extensions)
            raise InputError(f"{path}: no supported files ({exts}) in this directory")
        return files
    if path.suffix.lower() not in rules.extensions:
        exts = ", ".join(rules.extensions)
        raise InputError(f"{path}: unsupported file type (expected {exts})")
    if not stat.S_ISREG(mode):
        raise InputError(f"{path}: not a regular file (a pipe, device or socket is never read)")
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


def read_source(path: Path, rules: IngestRules) -> SourceDoc:
    """Read and clean one file. Raises InputError for anything that is not usable text."""
    return parse_source(read_bytes(path), path=path, rules=rules)


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


def parse_source(data: bytes, *, path: Path, rules: IngestRules) -> SourceDoc:
    """Decode and clean the bytes of one file (`path` names it in errors and gives its id)."""
    sha256 = hashlib.sha256(data).hexdigest()
    text, warnings = decode(data, path=path)
    if path.suffix.lower() in (".html", ".htm"):
        text = html_to_text(text)
    if not text.strip():
        raise InputError(f"{path}: empty file (no text)")
    clean, segments = clean_text(text, rules)
    if not clean.strip():
        raise InputError(f"{path}: no text left after removing page boilerplate")
    return SourceDoc(
        doc_id=document_id(path),
        path=path.as_posix(),
        sha256=sha256,
        original=text,
        text=clean,
        segments=tuple(segments),
        warnings=tuple(warnings),
    )


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
        if index in drop:
            continue
        normalised = line.translate(rules.translation)
        out.append(normalised)
        segments.append(Segment(clean_start=pos, orig_start=orig_start, length=len(normalised)))
        pos += len(normalised)
    return "".join(out), _merge_segments(segments)


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


class _TextExtractor(HTMLParser):
    """Main-content text of an HTML page: drops scripts, styles and page chrome, and puts
    block elements on lines of their own."""

    SKIP = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                      "template", "svg", "head", "iframe", "button", "select"})
    BLOCK = frozenset({"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
                       "h6", "li", "ul", "ol", "br", "tr", "table", "blockquote", "figcaption",
                       "dd", "dt", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "br":  # a line break, not a paragraph
            self.parts.append("\n")
        elif tag in self.BLOCK:
            self.parts.append("\n\n" if tag != "li" else "\n\u2022 ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK and tag != "li":  # list items: one per line, no blank between
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Reduce an HTML page to its text, one block per paragraph."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
