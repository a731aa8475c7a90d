"""Paths and small helpers shared by the tests (importable: tests/ is on sys.path)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCHEMAS = REPO / "schemas"
RAW = REPO / "data" / "raw"
# The shared folder beside the repository (spec, gold, tools): always found relative to the
# repository, never by an absolute path.
SHARED = REPO.parent / "shared"


def write(path: Path, data: bytes | str) -> Path:
    """Write bytes or UTF-8 text, creating parent directories."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path
