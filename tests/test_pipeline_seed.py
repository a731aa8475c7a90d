"""The seed corpus end to end: the same bytes under another hash seed, and the committed
graph is what the code makes of data/raw today."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from caregraph.export.graphml import graphml_bytes
from caregraph.run.corpus import extract
from helpers import RAW, REPO

COMMITTED = REPO / "data" / "graph" / "caregraph.graphml"
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seed_bytes(extractor) -> bytes:  # type: ignore[no-untyped-def]
    """data/raw extracted in this process, named as `make graph` names it (relative path)."""
    cwd = Path.cwd()
    os.chdir(REPO)
    try:
        graph, report = extract([RAW.relative_to(REPO)], extractor=extractor)
    finally:
        os.chdir(cwd)
    assert not report.skipped
    return graphml_bytes(graph)


def test_extraction_is_byte_identical_under_another_hash_seed(seed_bytes, tmp_path):
    seed = "271828" if os.environ.get("PYTHONHASHSEED") != "271828" else "314159"
    out = tmp_path / "seed.graphml"
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO / "src")}
    run = subprocess.run(
        [sys.executable, "-m", "caregraph.cli", "extract", str(RAW.relative_to(REPO)), "-o", str(out), "-q"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert out.read_bytes() == seed_bytes


def test_committed_graph_is_up_to_date(seed_bytes):
    assert COMMITTED.is_file(), f"{COMMITTED.relative_to(REPO)} is missing: run make graph"
    assert COMMITTED.read_bytes() == seed_bytes, (
        f"{COMMITTED.relative_to(REPO)} differs from a fresh extraction of data/raw: run make graph"
    )


def test_seed_graph_has_every_document_and_no_absolute_path(seed_bytes):
    text = seed_bytes.decode("utf-8")
    for path in sorted(RAW.iterdir()):
        assert f">{path.stem}<" in text
    assert str(REPO) not in text


@pytest.mark.readers
def test_real_readers_accept_the_seed_graph(seed_bytes, tmp_path):
    from test_graphml import CHECK_GRAPHML

    if not CHECK_GRAPHML.exists():
        pytest.skip(f"{CHECK_GRAPHML} not found (../shared beside the repository)")
    path = tmp_path / "seed.graphml"
    path.write_bytes(seed_bytes)
    run = subprocess.run([str(CHECK_GRAPHML), "-q", str(path)], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
