"""write_files_atomic: several files, all or none."""

from __future__ import annotations

from pathlib import Path

import pytest

from caregraph.errors import OutputError
from caregraph.export.common import write_files_atomic


def test_writes_every_file(tmp_path: Path) -> None:
    write_files_atomic({tmp_path / "a": b"1", tmp_path / "b": b"2"})
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == {"a": b"1", "b": b"2"}


def test_a_failure_leaves_no_file_and_no_temporary(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"old")
    with pytest.raises(OutputError, match="missing/b: cannot write"):
        write_files_atomic({tmp_path / "a": b"new", tmp_path / "missing" / "b": b"2"})
    assert [p.name for p in tmp_path.iterdir()] == ["a"]
    assert (tmp_path / "a").read_bytes() == b"old"


def test_a_failing_rename_removes_the_remaining_temporaries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    real_replace = os.replace
    calls = []

    def replace(src: str, dst: object) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise PermissionError(13, "Permission denied")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OutputError, match=r"b: cannot write \(Permission denied\)"):
        write_files_atomic({tmp_path / "a": b"1", tmp_path / "b": b"2", tmp_path / "c": b"3"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]  # no .tmp files left behind
