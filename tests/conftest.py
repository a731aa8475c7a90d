"""Shared fixtures (as spaCy's conftest): the schema loaded once, a blank vocab, the real
pipeline loaded once per session, a CliRunner helper, and paths of the repository."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from helpers import SCHEMAS

settings.register_profile(
    "caregraph",
    deadline=None,
    max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "150")),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.load_profile("caregraph")


@pytest.fixture(scope="session")
def schema():
    """The repository's schemas, loaded and validated once."""
    from caregraph.core.schema import load_schema

    return load_schema(SCHEMAS)


@pytest.fixture(scope="session")
def ingest_rules(schema):
    return schema.ingest


@pytest.fixture(scope="session")
def blank_nlp():
    import spacy

    return spacy.blank("en")


@pytest.fixture(scope="session")
def vocab(blank_nlp):
    return blank_nlp.vocab


@pytest.fixture(scope="session")
def nlp():
    """The trained pipeline, loaded once for every `model` test of the session."""
    from caregraph.extract.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extractor(nlp, schema):
    from caregraph.extract.worker import Extractor

    return Extractor(nlp, schema)


@pytest.fixture
def schema_copy(tmp_path: Path) -> Path:
    """A private copy of schemas/ to mutate."""
    target = tmp_path / "schemas"
    shutil.copytree(SCHEMAS, target)
    return target


@dataclass(frozen=True)
class CliResult:
    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None

    @property
    def stderr_lines(self) -> list[str]:
        return self.stderr.splitlines()


@pytest.fixture
def run_cli() -> Callable[..., CliResult]:
    """Run the Typer app in-process; stdout and stderr are kept apart (Click 8.2+)."""
    from typer.testing import CliRunner

    from caregraph.cli import app

    def run(args: Sequence[str | os.PathLike[str]], *, input: str | None = None) -> CliResult:
        runner = CliRunner()
        result = runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=True)
        exc = result.exception
        if isinstance(exc, SystemExit):
            exc = None
        return CliResult(result.exit_code, result.stdout, result.stderr, exc)

    return run



def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test that needs the trained pipeline is a `model` test, marked or not, so
    `-m "not model"` leaves out exactly the tests that load it."""
    for item in items:
        if "nlp" in getattr(item, "fixturenames", ()) and item.get_closest_marker("model") is None:
            item.add_marker(pytest.mark.model)
