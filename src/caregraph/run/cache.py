"""A content-addressed cache of per-document results, so a re-run processes only the
documents that changed.

An entry is one DocResult (as JSON) stored under a key made of everything its content depends
on: the document's bytes (SourceDoc.sha256), its id and file kind (both shape the result), the
spaCy pipeline (nlp.model_id), the schema (Schema.digest), caregraph's version and a digest of
the source code that extracts (core/ and extract/: a changed rule in a working copy is never
served a stale result, and an edit elsewhere keeps the cache).
Change any of them and the key changes, so a stale entry is never found.

An entry file is one header line, `caregraph-cache <format> <key> <sha256 of the payload>`,
then the payload. A reader checks all three and decodes the JSON; anything wrong (a torn write,
a foreign file, a bit flip) is a miss and the entry is recomputed and rewritten, never trusted.
Writes go to a temporary file in the entry's directory, renamed into place (os.replace), so
concurrent runs never see half an entry; two runs writing one key write the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
from collections.abc import Callable
from dataclasses import MISSING, dataclass, fields, replace
from functools import cache
from pathlib import Path
from typing import Any

from .. import __version__
from ..core.files import replace_atomically
from ..core.records import DocResult, Entity, Relation, SourceDoc

log = logging.getLogger("caregraph")

FORMAT = 1
MAGIC = "caregraph-cache"
DEFAULT_CACHE_DIR = Path(".caregraph-cache")


# The code a cached result depends on: the records, the schema reader and the extraction
# itself. An edit to the CLI, the exporters, the graph assembly or this cache keeps the entries.
RESULT_CODE = ("core", "extract")


def result_sources() -> list[Path]:
    """The Python files whose code a per-document result depends on (RESULT_CODE), sorted."""
    root = Path(__file__).resolve().parents[1]
    return sorted(p for part in RESULT_CODE for p in (root / part).rglob("*.py"))


@cache
def code_digest() -> str:
    """A hash of the Python sources that shape a per-document result (result_sources),
    computed once per process."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in result_sources():
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@dataclass(slots=True)
class CacheStats:
    hits: int = 0
    misses: int = 0
    corrupt: int = 0
    writes: int = 0


class ResultCache:
    """Per-document results on disk, keyed by content, model, schema and version."""

    def __init__(self, directory: str | Path, *, model_id: str, schema_digest: str) -> None:
        self.directory = Path(directory)
        self.model_id = model_id
        self.schema_digest = schema_digest
        self.stats = CacheStats()
        self._writable = True

    def key(self, doc_id: str, sha256: str, path: str) -> str:
        """The entry key of a document (hex sha256 of everything its result depends on)."""
        parts = [
            f"format={FORMAT}",
            f"caregraph={__version__}",
            f"code={code_digest()}",
            f"model={self.model_id}",
            f"schema={self.schema_digest}",
            f"doc={doc_id}",
            f"kind={Path(path).suffix.lower()}",
            f"sha256={sha256}",
        ]
        return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()

    def entry_path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, source: SourceDoc) -> DocResult | None:
        """The cached result of a document, or None (missing, corrupt or foreign entry).
        The path and ingest warnings are the current ones (they do not change the result)."""
        return self.find(source.doc_id, source.sha256, source.path, source.warnings)

    def find(self, doc_id: str, sha256: str, path: str, warnings: tuple[str, ...] = ()) -> DocResult | None:
        """`get` from what the key is made of (a file's id, the sha256 of its bytes and its
        recorded path), so a cached document needs no cleaning: its bytes are all the key needs."""
        key = self.key(doc_id, sha256, path)
        result = self._read(key)
        if result is None or result.doc_id != doc_id or result.sha256 != sha256:
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        return replace(result, path=path, warnings=warnings)

    def put(self, result: DocResult) -> None:
        """Store a result (atomically); a cache that cannot be written is a warning, once."""
        if not self._writable:
            return
        key = self.key(result.doc_id, result.sha256, result.path)
        payload = json.dumps(result.to_dict(), sort_keys=True, ensure_ascii=False,
                             separators=(",", ":")).encode("utf-8")
        header = f"{MAGIC} {FORMAT} {key} {hashlib.sha256(payload).hexdigest()}\n".encode("ascii")
        target = self.entry_path(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            replace_atomically(target, lambda handle: handle.write(header + payload), durable=False)
        except OSError as exc:
            self._writable = False
            log.warning(f"{self.directory}: cannot write the cache ({exc.strerror or exc}); continuing without it")
            return
        self.stats.writes += 1

    def _read(self, key: str) -> DocResult | None:
        path = self.entry_path(key)
        data = _read_entry(path)
        if data is None:
            return None
        head, sep, payload = data.partition(b"\n")
        fields = head.decode("ascii", "replace").split(" ")
        valid = (
            sep == b"\n"
            and len(fields) == 4
            and fields[0] == MAGIC
            and fields[1] == str(FORMAT)
            and fields[2] == key
            and fields[3] == hashlib.sha256(payload).hexdigest()
        )
        if valid:
            try:
                decoded = json.loads(payload.decode("utf-8"))
                if well_formed(decoded):
                    return DocResult.from_dict(decoded)
            except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
                pass
        self.stats.corrupt += 1
        log.debug("%s: corrupt cache entry, recomputing", path)
        return None


# The largest entry read: a result is a few times smaller than its document (ingest's cap).
MAX_ENTRY_BYTES = 256 * 2**20


def _read_entry(path: Path) -> bytes | None:
    """The bytes of an entry file, or None: missing, unreadable, not a regular file (a FIFO
    would hang the run, a link to /dev/zero never ends) or larger than MAX_ENTRY_BYTES."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ENTRY_BYTES:
                return None
            data = handle.read(MAX_ENTRY_BYTES + 1)
    except OSError:
        return None
    return data if len(data) <= MAX_ENTRY_BYTES else None


def well_formed(data: Any) -> bool:
    """Whether decoded JSON has the shape DocResult.to_dict gives: every field of the result,
    its entities and relations of the declared type (`"mentions": "many"` or `"label": null`
    is a corrupt entry, not a result). A field whose type this check does not know passes."""
    return _fits(data, DocResult) and all(_fits(e, Entity) for e in data.get("entities", ())) and all(
        _fits(r, Relation) for r in data.get("relations", ()))


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(x, str) for x in value)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


_CHECKS: dict[str, Callable[[Any], bool]] = {
    "str": lambda v: isinstance(v, str),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "float": _is_number,
    "str | None": lambda v: v is None or isinstance(v, str),
    "tuple[str, ...]": _is_str_list,
    "tuple[tuple[str, float], ...]": lambda v: isinstance(v, list) and all(
        isinstance(p, list) and len(p) == 2 and isinstance(p[0], str) and _is_number(p[1]) for p in v),
    "tuple[tuple[str, int], ...]": lambda v: isinstance(v, list) and all(
        isinstance(p, list) and len(p) == 2 and isinstance(p[0], str) and isinstance(p[1], int)
        and not isinstance(p[1], bool) for p in v),
    "tuple[Entity, ...]": lambda v: isinstance(v, list) and all(isinstance(x, dict) for x in v),
    "tuple[Relation, ...]": lambda v: isinstance(v, list) and all(isinstance(x, dict) for x in v),
}


@cache
def _field_checks(record: type) -> tuple[tuple[str, bool, Callable[[Any], bool] | None], ...]:
    """(name, required, check) of each field of a record class: derived once per process,
    not for every entity of every entry read."""
    return tuple(
        (spec.name, spec.default is MISSING and spec.default_factory is MISSING, _CHECKS.get(str(spec.type)))
        for spec in fields(record)
    )


def _fits(data: Any, record: type) -> bool:
    if not isinstance(data, dict):
        return False
    for name, required, check in _field_checks(record):
        if name not in data:
            if required:
                return False
            continue
        if check is not None and not check(data[name]):
            return False
    return True
