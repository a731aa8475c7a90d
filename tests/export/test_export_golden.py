"""Golden files: every format written from tests/golden/tiny.graphml, byte for byte.

When an exporter's output changes on purpose, run `make golden` and review the diff.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from caregraph.export import FORMATS

REGEN = Path(__file__).resolve().parent.parent / "golden" / "regen.py"
_spec = importlib.util.spec_from_file_location("caregraph_golden_regen", REGEN)
assert _spec is not None and _spec.loader is not None
regen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(regen)

EXPECTED = {
    "tiny.graphml", "tiny.gexf", "tiny.json", "tiny.nodes.csv", "tiny.edges.csv", "tiny.cypher", "tiny.html",
    "tiny.sqlite.txt",
}


def test_every_format_has_golden_files() -> None:
    assert set(FORMATS) == {"graphml", "gexf", "json", "csv", "html", "sqlite"}
    assert set(regen.golden_files()) == EXPECTED
    assert {p.name for p in regen.OUT.iterdir()} == EXPECTED


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_output_matches_golden_file(name: str) -> None:
    expected = (regen.OUT / name).read_bytes()
    actual = regen.golden_files()[name]
    assert actual == expected, f"{name} differs from tests/golden/export/{name}; if intended, run `make golden`"


def test_every_format_gives_the_same_bytes_under_another_hash_seed() -> None:
    import hashlib
    import os
    import subprocess
    import sys

    code = (
        "import hashlib, importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('regen', {str(REGEN)!r})\n"
        "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)\n"
        "for name, data in m.golden_files().items(): print(name, hashlib.sha256(data).hexdigest())\n"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("0", "12345")
    ]
    assert runs[0] == runs[1]
    assert len(runs[0].splitlines()) == len(EXPECTED)
    assert hashlib.sha256(b"").hexdigest() not in runs[0]
