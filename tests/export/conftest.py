"""Fixtures of the exporter tests: the tiny hand-made graph and a headless Chromium."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest

from caregraph.export.graphml import read_graphml

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
TINY = GOLDEN / "tiny.graphml"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--virtual-time-budget=5000",
]


@pytest.fixture
def tiny_path() -> Path:
    """The hand-made GraphML behind the golden files."""
    return TINY


@pytest.fixture
def tiny_graph() -> nx.MultiDiGraph:
    return read_graphml(TINY)


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture
def chromium() -> Callable[..., str]:
    """Run headless Chromium on a URL: `chromium(url, *flags)` -> stdout (e.g. --dump-dom)."""
    binary = chromium_path()
    if binary is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium); the browser test needs it")

    def run(url: str, *flags: str) -> str:
        with tempfile.TemporaryDirectory(prefix="caregraph-chromium-") as profile:
            done = subprocess.run(
                [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *flags, url],
                capture_output=True, text=True, timeout=120, check=False,
            )
        if done.returncode != 0:
            raise AssertionError(f"chromium exited {done.returncode}: {done.stderr[-2000:]}")
        return done.stdout

    return run
