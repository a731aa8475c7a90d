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

import logging
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Protocol

from ..core.records import SourceDoc
from ..errors import CaregraphError
from ..extract.nlp import model_id
from ..extract.spec import ExtractorSpec, Outcome

if TYPE_CHECKING:
    from ..extract.worker import Extractor

log = logging.getLogger("caregraph")


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
    of a process that may hold threads). At most `window` batches are in flight.

    Workers ignore SIGINT (Ctrl-C reaches the whole process group; the parent decides) and
    exit on their own when the parent dies (SIGKILL leaves it no time to stop them). On an
    interrupt or any error the pool is terminated, not waited for. A worker that dies (the OOM
    killer) breaks the pool: the batches in flight are sent again once, to a fresh pool, and a
    batch that kills a worker twice is an error naming its documents."""

    def __init__(self, spec: ExtractorSpec, jobs: int, *, window: int | None = None) -> None:
        self.spec = spec
        self.jobs = jobs
        self.window = window or 2 * jobs
        self._pool: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            import multiprocessing
            import os

            self._pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_init_worker, initargs=(os.getpid(),))
        return self._pool

    def map(self, batches: Iterable[Sequence[SourceDoc]]) -> Iterator[Outcome]:
        from concurrent.futures.process import BrokenProcessPool

        stream = iter(batches)
        first = next(stream, None)
        if first is None:
            return
        # each future with its batch and how many times that batch was sent; `lost`: the
        # batches of a pool that broke, to send again
        pending: dict[Future[list[Outcome]], tuple[Sequence[SourceDoc], int]] = {}
        lost: list[tuple[Sequence[SourceDoc], int]] = []

        def send(batch: Sequence[SourceDoc], tries: int) -> None:
            try:
                with _sigint_ignored():   # a worker started now inherits it: Ctrl-C is the parent's
                    pending[self._start().submit(run_batch, self.spec, batch)] = (batch, tries)
            except BrokenProcessPool:
                lost.append((batch, tries))

        def fill() -> None:
            while len(pending) < self.window and not lost:
                batch = next(stream, None)
                if batch is None:
                    return
                send(batch, 1)

        def recover() -> None:
            # the pool is gone: every batch still in flight is lost with it
            lost.extend(pending.pop(f) for f in list(pending))
            self._terminate()
            for batch, tries in lost:
                if tries > 1:
                    ids = ", ".join(source.doc_id for source in batch)
                    raise CaregraphError(f"a worker process died twice on the batch of {ids} "
                                         "(out of memory?); nothing was written")
            log.warning("a worker process died (out of memory?); retrying its documents on a fresh worker")
            again = lost[:]
            lost.clear()
            for batch, tries in again:
                send(batch, tries + 1)

        send(first, 1)
        fill()
        while pending or lost:
            if lost:
                recover()
                fill()
                continue
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                batch, tries = pending.pop(future)
                try:
                    outcomes = future.result()
                except BrokenProcessPool:
                    lost.append((batch, tries))
                    continue
                yield from outcomes
            fill()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if kind is None:
            self.close()
        else:   # an interrupt, SIGTERM or an error: stop the workers now, not after their batches
            self._terminate()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _terminate(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        # ProcessPoolExecutor has no public way to stop busy workers before Python 3.14
        processes = list(getattr(pool, "_processes", {}).values())
        for process in processes:
            if process.is_alive():
                process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)
        for process in processes:
            process.join(5)


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    """SIGINT ignored while worker processes are spawned: a spawned Python that starts with
    SIGINT ignored keeps it so (no KeyboardInterrupt traceback from a worker still importing),
    and the parent, which alone handles Ctrl-C, terminates the workers."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _init_worker(parent: int) -> None:
    """A worker process's set-up: leave Ctrl-C to the parent, and exit when the parent is gone."""
    import os
    import signal
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="caregraph-parent-watch", daemon=True).start()
