"""Executors: where the per-document work runs. The one seam for parallelism.

An executor maps batches of SourceDocs to per-document outcomes (a DocResult, or a DocFailure
for a document whose extraction raised), in any order, with a bounded number of batches in
flight: it pulls the next batch from the stream only when one has finished, so memory stays
bounded however large the corpus. Workers build their Extractor once per process from an
ExtractorSpec (model name, model id, schema); tasks carry the spec and the documents, never a
pipeline. Nothing loads a model until the first batch arrives, so a run whose documents are
all cached never starts a worker or imports spaCy.

- InlineExecutor: in this process (`--jobs 1`).
- ProcessExecutor: a local process pool (`--jobs N`).
- DaskExecutor (dask.py): a dask.distributed cluster (`--scheduler ADDRESS`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Protocol

from ..core.records import SourceDoc
from ..errors import CaregraphError
from ..extract.nlp import model_id
from ..extract.spec import ExtractorSpec, Outcome

if TYPE_CHECKING:
    from ..extract.worker import Extractor


def _worker() -> ModuleType:
    """extract/worker.py, imported on the first batch: the package's one deferred import, which
    keeps spaCy out of a run whose documents are all cached."""
    from ..extract import worker

    return worker


def run_batch(spec: ExtractorSpec, sources: Sequence[SourceDoc]) -> list[Outcome]:
    """The task an executor sends: extract a batch with the worker process's Extractor."""
    outcomes: list[Outcome] = _worker().run_batch(spec, sources)
    return outcomes


class Executor(Protocol):
    """Runs batches of documents; see the module docstring."""

    spec: ExtractorSpec

    def map(self, batches: Iterable[Sequence[SourceDoc]]) -> Iterator[Outcome]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Executor: ...

    def __exit__(self, *exc: object) -> None: ...


class ClosingExecutor:
    """The context-manager part every executor shares: `with` closes it."""

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        pass


class InlineExecutor(ClosingExecutor):
    """Runs every batch in this process, one after another."""

    def __init__(self, spec: ExtractorSpec, extractor: Extractor | None = None) -> None:
        self.spec = spec
        self._extractor = extractor

    @classmethod
    def of(cls, extractor: Extractor) -> InlineExecutor:
        """An executor over an Extractor already built (library users, tests)."""
        ident = model_id(extractor.nlp)
        return cls(ExtractorSpec(model=ident, model_id=ident, schema=extractor.schema), extractor)

    def map(self, batches: Iterable[Sequence[SourceDoc]]) -> Iterator[Outcome]:
        for batch in batches:
            if self._extractor is None:
                self._extractor = _worker().extractor_for(self.spec)
            yield from self._extractor.process_batch(batch)


class ProcessExecutor(ClosingExecutor):
    """A pool of `jobs` worker processes (started on the first batch, by spawning: no fork
    of a process that may hold threads). At most `window` batches are in flight."""

    def __init__(self, spec: ExtractorSpec, jobs: int, *, window: int | None = None) -> None:
        self.spec = spec
        self.jobs = jobs
        self.window = window or 2 * jobs
        self._pool: ProcessPoolExecutor | None = None

    def map(self, batches: Iterable[Sequence[SourceDoc]]) -> Iterator[Outcome]:
        stream = iter(batches)
        first = next(stream, None)
        if first is None:
            return
        if self._pool is None:
            import multiprocessing

            self._pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"))
        pool = self._pool
        pending: set[Future[list[Outcome]]] = {pool.submit(run_batch, self.spec, first)}

        def fill() -> None:
            while len(pending) < self.window:
                batch = next(stream, None)
                if batch is None:
                    return
                pending.add(pool.submit(run_batch, self.spec, batch))

        fill()
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                pending.discard(future)
                yield from _result(future)
            fill()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _result(future: Future[list[Outcome]]) -> list[Outcome]:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise CaregraphError(f"a worker process died ({exc}); nothing was written") from exc
