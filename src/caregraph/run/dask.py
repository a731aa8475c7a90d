"""The Dask executor: the same batches of documents on a dask.distributed cluster
(`caregraph extract --scheduler tcp://host:8786`, or `local:N` for N local worker processes).

The ExtractorSpec is scattered to every worker once; a task is `run_batch(spec, documents)`,
so each worker process loads the pipeline and compiles the schema once (extract/worker.py)
and tasks carry only document text. A bounded number of batches is in flight (a few per worker
thread); results come back to the client, which caches them and builds the graph exactly as a
local run does. A worker that dies loses nothing: the scheduler runs its tasks elsewhere.
Dask is optional (`pip install 'caregraph[dask]'`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..core.records import SourceDoc
from ..errors import CaregraphError, ClusterError, UsageError, first_line
from ..extract.spec import ExtractorSpec, Outcome
from .executors import ClosingExecutor, run_batch

CONNECT_TIMEOUT = 10.0     # seconds to reach the scheduler
WORKERS_TIMEOUT = 30.0     # seconds to wait for a first worker
BATCHES_PER_THREAD = 3     # batches in flight per worker thread
INSTALL_HINT = "pip install 'caregraph[dask]'"
# The local cluster's settings (its workers inherit them): Dask's statistical profiler samples
# every task thread each 10 ms, a fifth of a worker's time on spaCy work, and caregraph needs
# no task profiles; the event loops' 20 ms ticks (which only time how long a loop was blocked)
# and the 100 ms memory and 0.5 s system monitors cost an idle local:2 cluster a tenth of a
# core, which a 2-core machine takes from the extraction. Memory is still watched each second.
# The nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536, which also fixes glibc's mmap
# threshold: spaCy's large short-lived buffers are then each mmap'd, zero-filled and unmapped,
# thousands of times a minute (a quarter more CPU in the kernel); the workers get glibc's
# adaptive defaults instead, as `--jobs` workers have.
LOCAL_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}

# Every client (and a local cluster's scheduler, which runs in this process): Dask keeps the last
# 1,000 messages of each of its batched streams for debugging, our tasks among them, each a
# batch of whole documents, so the client held about three times the text of the last 1,000
# batches (on the 10 MB bench corpus, all of them). A few are kept instead.
CLIENT_CONFIG = {"distributed.admin.low-level-log-length": 16}


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise UsageError(f"--scheduler needs Dask, which is not installed: {INSTALL_HINT}") from exc
    return distributed


class DaskExecutor(ClosingExecutor):
    """Runs batches on a dask.distributed cluster."""

    def __init__(
        self, spec: ExtractorSpec, client: Any, cluster: Any = None, *, window: int | None = None,
        settings: Any = None,
    ) -> None:
        self.spec = spec
        self.client = client
        self.cluster = cluster
        self.window = window
        self.settings = settings      # the Dask settings this run applied, undone on close
        self.address = client.scheduler.address if cluster is None else "local"

    @classmethod
    def connect(
        cls, spec: ExtractorSpec, address: str, *, timeout: float = CONNECT_TIMEOUT,
        workers_timeout: float = WORKERS_TIMEOUT,
    ) -> DaskExecutor:
        """Connect to a scheduler (`tcp://host:port`), or start `local:N` worker processes."""
        _check_address(address)
        distributed = _distributed()
        import dask

        local = address.startswith("local:")
        n = _local_workers(address) if local else 0
        # in force until close: the scheduler makes a stream for each worker as it joins
        settings = dask.config.set({**CLIENT_CONFIG, **(LOCAL_CONFIG if local else {})})
        cluster = client = None
        try:
            try:
                if local:
                    cluster = distributed.LocalCluster(
                        n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                        dashboard_address=None, silence_logs=logging.ERROR,
                    )
                    client = distributed.Client(cluster, timeout=timeout)
                else:
                    client = distributed.Client(address, timeout=timeout)
            except (OSError, TimeoutError) as exc:
                raise ClusterError(f"{address}: cannot reach the Dask scheduler ({first_line(exc)})") from exc
            except (ValueError, TypeError) as exc:   # an address distributed cannot use (tls:// without certificates)
                raise UsageError(f"--scheduler {address}: not a usable scheduler address ({first_line(exc)})") from exc
            try:
                client.wait_for_workers(1, timeout=workers_timeout)
            except (OSError, TimeoutError) as exc:
                raise ClusterError(f"{address}: no Dask worker joined within {workers_timeout:.0f} s") from exc
        except BaseException:
            _close(client, cluster, settings)
            raise
        return cls(spec, client, cluster, settings=settings)

    def threads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def map(self, batches: Iterable[Sequence[SourceDoc]]) -> Iterator[Outcome]:
        distributed = _distributed()
        stream = iter(batches)
        first = next(stream, None)
        if first is None:
            return
        window = self.window or BATCHES_PER_THREAD * self.threads()
        spec = self.client.scatter(self.spec, broadcast=True, hash=False)
        pending = distributed.as_completed()
        in_flight = 0

        def fill(batch: Sequence[SourceDoc] | None) -> None:
            nonlocal in_flight
            while batch is not None:
                pending.add(self.client.submit(run_batch, spec, list(batch), pure=False))
                in_flight += 1
                batch = next(stream, None) if in_flight < window else None

        fill(first)
        for future in pending:  # also yields the futures added while iterating
            in_flight -= 1
            outcomes = self._result(future)
            future.release()
            if in_flight < window:
                fill(next(stream, None))
            yield from outcomes

    def _result(self, future: Any) -> list[Outcome]:
        try:
            return future.result()
        except CaregraphError:
            raise
        except Exception as exc:  # noqa: BLE001 - anything else is the cluster's problem, in one line
            kind = type(exc).__name__
            hint = "; are caregraph and the model installed on every worker?" if isinstance(
                exc, (ImportError, AttributeError)) else ""
            raise ClusterError(f"{self.address}: a task failed on the cluster ({kind}: {first_line(exc)}){hint}") from exc

    def close(self) -> None:
        _close(self.client, self.cluster, self.settings)
        self.settings = None


def _close(client: Any, cluster: Any, settings: Any) -> None:
    try:
        if client is not None:
            client.close()
    finally:
        try:
            if cluster is not None:
                cluster.close()
        finally:
            if settings is not None:
                settings.__exit__(None, None, None)


_ADDRESS = re.compile(r"(tcp|tls)://(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9_.-]+)(:\d{1,5})?")


def _check_address(address: str) -> None:
    """UsageError for a --scheduler value that is neither local:N nor tcp|tls://HOST[:PORT]."""
    if address.startswith("local:"):
        _local_workers(address)
    elif not _ADDRESS.fullmatch(address):
        raise UsageError(f"--scheduler {address!r}: expected tcp://HOST:PORT, tls://HOST:PORT or local:N")


def _local_workers(address: str) -> int:
    text = address.split(":", 1)[1]
    if not text.isdigit() or int(text) < 1:
        raise UsageError(f"--scheduler {address}: expected local:N with N >= 1 worker processes")
    return int(text)

