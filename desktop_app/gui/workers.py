"""One long-lived pool of screening worker processes for the whole app (no Qt here).

The pool is created on first use (the window paints long before the face models load) and
shared by every screening: thumbnails in the composer, submitting, approving, enrolling
reference photos. The screening core's pools load their templates when a worker starts;
here the templates travel with each task instead, so a roster change or a post for another
use needs no new processes (and no second model load). The pool is recreated when the
screening settings change, and replaced if a worker dies.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import Future, InvalidStateError
from dataclasses import dataclass
from concurrent.futures.process import BrokenProcessPool
from typing import Callable

from ..screening import worker
from ..screening.pool import POLL_SECONDS, STALL_SECONDS, ProcessWorkerPool, WorkerPool
from ..screening.results import ImageResult
from ..screening.templates import TemplateSet
from ..settings import ScreeningSettings

MakePool = Callable[[ScreeningSettings], object]


def screen_with_templates(source: str | bytes, label: str, templates: TemplateSet) -> ImageResult:
    """Worker task: screen one photo against the given templates (never raises)."""
    try:
        return worker.screener().screen(source, templates, path=label)
    except Exception as exc:
        return ImageResult.failed(label, f"screening failed: {type(exc).__name__}: {exc}")


def _ready() -> bool:
    worker.screener()  # raises if the worker did not initialise
    return True


def process_pool(settings: ScreeningSettings):
    return ProcessWorkerPool(settings, TemplateSet.empty())


class TemplatePool(WorkerPool):
    """The shared pool seen with one template set; closing it leaves the workers running."""

    def __init__(self, host: "WorkerHost", templates: TemplateSet | None) -> None:
        self.host = host
        self.templates = templates if templates is not None else TemplateSet.empty()

    def submit(self, fn, *args) -> Future:
        if fn is worker.screen_task:
            return self.host.submit(screen_with_templates, *args, self.templates)
        return self.host.submit(fn, *args)

    def close(self, cancel_pending: bool = True) -> None:
        pass


@dataclass(eq=False)
class _Job:
    """One task handed to the host: the caller's future, and the attempt now in a worker."""

    outer: Future
    fn: Callable
    args: tuple
    inner: Future | None = None  # None while held back, waiting to be handed to a worker
    pool: object = None
    running_since: float | None = None  # when the watchdog first saw it in a worker
    strikes: int = 0  # times it was in workers that died
    seq: int = 0  # order of submission to its pool (workers take tasks in this order)


class WorkerHost:
    """The app's worker pool, supervised: every task's future finishes.

    A task that runs for ``stall_seconds`` is stopped (its workers are killed and replaced) and
    comes back as a failure with the reason. When a worker dies, the tasks it may have held are
    suspects: they run again one at a time on new workers, so a task that kills its worker
    alone is the culprit and fails with the reason, and the others complete. Screening failures
    are photos *blocked* because the tool failed, never clear, and the spinner always stops.
    """

    def __init__(self, settings: Callable[[], ScreeningSettings], make_pool: MakePool = process_pool,
                 stall_seconds: float = STALL_SECONDS) -> None:
        self._settings = settings
        self._make_pool = make_pool
        self.stall_seconds = stall_seconds
        self._pool = None
        self._pool_settings: ScreeningSettings | None = None
        self._lock = threading.RLock()
        self._jobs: list[_Job] = []  # every unfinished task, in submission order
        self._seq = 0
        self._watchdog: threading.Thread | None = None
        self._closed = threading.Event()

    def _current(self):
        settings = self._settings()
        with self._lock:
            if self._pool is not None and self._pool_settings != settings:
                self._retire(self._pool)
                self._pool = None
            if self._pool is None:
                self._pool = self._make_pool(settings)
                self._pool_settings = settings
            return self._pool

    def submit(self, fn, *args) -> Future:
        """Run ``fn(*args)`` in a worker; the future always finishes (result or failure)."""
        job = _Job(Future(), fn, args)
        job.outer.add_done_callback(lambda f, job=job: self._on_outer_done(job))
        with self._lock:
            self._jobs.append(job)
            self._dispatch()
            self._ensure_watchdog()
        return job.outer

    # -- supervision -------------------------------------------------------------------------

    def _dispatch(self) -> None:
        """Hand held tasks to the workers: all of them, unless some are suspects of a crash;
        then one suspect at a time, alone in the workers."""
        with self._lock:
            in_flight = [j for j in self._jobs if j.inner is not None]
            held = [j for j in self._jobs if j.inner is None]
            suspects = [j for j in held if j.strikes]
            if any(j.strikes for j in in_flight):
                return
            if suspects:
                if not in_flight:
                    self._start(suspects[0])
                return
            for job in held:
                if job in self._jobs and job.inner is None:
                    self._start(job)

    def _start(self, job: _Job) -> None:
        job.running_since = None
        self._seq += 1
        job.seq = self._seq
        try:
            pool = self._current()
            job.pool = pool
            job.inner = pool.submit(job.fn, *job.args)
        except BrokenProcessPool:
            job.inner = Future()  # counted as in flight with the broken pool, then lost
            self._lose(job.pool, "the screening workers stopped unexpectedly")
            return
        except Exception as exc:
            self._finish(job, exc=exc)
            return
        job.inner.add_done_callback(lambda f, job=job: self._on_inner_done(job, f))

    def _on_outer_done(self, job: _Job) -> None:
        if job.outer.cancelled():
            with self._lock:
                if job in self._jobs:
                    self._jobs.remove(job)
                inner = job.inner
            if inner is not None:
                inner.cancel()
            self._dispatch()

    def _on_inner_done(self, job: _Job, inner: Future) -> None:
        with self._lock:
            if job.inner is not inner or job not in self._jobs:
                return  # an earlier attempt, or the caller gave up
            if inner.cancelled():
                return
            exc = inner.exception()
            if isinstance(exc, BrokenProcessPool):
                self._lose(job.pool, "the screening worker stopped unexpectedly (crashed, killed or out of memory)")
                return
            if exc is not None:
                self._finish(job, exc=exc)
            else:
                self._finish(job, result=inner.result())
            self._dispatch()

    def _finish(self, job: _Job, result=None, exc: BaseException | None = None) -> None:
        with self._lock:
            if job in self._jobs:
                self._jobs.remove(job)
        if job.outer.done():
            return
        try:
            if exc is not None:
                job.outer.set_exception(exc)
            else:
                job.outer.set_result(result)
        except InvalidStateError:  # cancelled by the caller meanwhile
            pass

    def _fail(self, job: _Job, reason: str) -> None:
        """Finish a task ClearPost could not run: a photo comes back blocked with the reason."""
        if job.args:
            fn = worker.screen_task if job.fn is screen_with_templates else job.fn
            self._finish(job, result=worker.failed_task(fn, job.args, reason))
        else:
            self._finish(job, exc=RuntimeError(reason))

    def _lose(self, pool, reason: str, stalled: set | None = None) -> None:
        """The workers of ``pool`` died (or are stopped because ``stalled`` tasks hung): retire
        them; fail the hung tasks, or a task that was alone in the workers (or lost three
        times); hold the others back to run again."""
        with self._lock:
            if pool is not None and self._pool is pool:
                self._kill(pool)
                self._pool = None
            lost = [j for j in self._jobs if j.pool is pool and j.inner is not None]
            if not lost:
                return
            width = getattr(pool, "workers", None) or len(lost)
            # tasks in a worker: the first ones in submission order, one per worker
            executing = sorted(lost, key=lambda j: j.seq)[:width]
            for job in lost:
                job.inner = None
                job.running_since = None
                if stalled is not None:
                    if job in stalled:
                        self._fail(job, reason)
                    continue
                if job in executing:
                    job.strikes += 1
                    if len(lost) == 1 or job.strikes >= 3:
                        self._fail(job, reason)
            self._dispatch()

    def _ensure_watchdog(self) -> None:
        if self._watchdog is None or not self._watchdog.is_alive():
            self._watchdog = threading.Thread(target=self._watch, name="clearpost-worker-watchdog", daemon=True)
            self._watchdog.start()

    def _watch(self) -> None:
        while not self._closed.wait(POLL_SECONDS):
            now = time.monotonic()
            with self._lock:
                if not self._jobs:
                    self._watchdog = None
                    return
                stalled: dict[int, tuple[object, set]] = {}
                by_pool: dict[int, list[_Job]] = {}
                for job in self._jobs:
                    if job.inner is not None and job.inner.running():
                        by_pool.setdefault(id(job.pool), []).append(job)
                for jobs in by_pool.values():
                    # "running" also means queued next in line: the first tasks in submission
                    # order, one per worker, are the ones in a worker
                    jobs.sort(key=lambda j: j.seq)
                    width = getattr(jobs[0].pool, "workers", None) or len(jobs)
                    for job in jobs[width:]:
                        job.running_since = None
                    for job in jobs[:width]:
                        if job.running_since is None:
                            job.running_since = now
                        elif now - job.running_since >= self.stall_seconds:
                            stalled.setdefault(id(job.pool), (job.pool, set()))[1].add(job)
                for pool, jobs in stalled.values():
                    self._lose(pool, f"took longer than {self.stall_seconds:.0f} s and was stopped", stalled=jobs)

    @staticmethod
    def _kill(pool) -> None:
        kill = getattr(pool, "kill", None)
        if kill is not None:
            threading.Thread(target=kill, name="clearpost-pool-kill", daemon=True).start()
        else:
            WorkerHost._retire(pool)

    def pool(self, templates: TemplateSet | None = None) -> TemplatePool:
        return TemplatePool(self, templates)

    def factory(self, settings=None, templates: TemplateSet | None = None, expected: int | None = None) -> TemplatePool:
        """A ScreeningService pool factory: (settings, templates, expected) -> pool."""
        return self.pool(templates)

    def warm(self) -> Future:
        """Start the workers and load the face models now, ahead of the first photo."""
        return self.submit(_ready)

    @property
    def started(self) -> bool:
        return self._pool is not None

    @staticmethod
    def _retire(pool) -> None:
        # shutting down waits for running tasks: do it off the caller's (GUI) thread
        threading.Thread(target=pool.close, name="clearpost-pool-close", daemon=True).start()

    def close(self) -> None:
        self._closed.set()
        with self._lock:
            pool, self._pool = self._pool, None
            jobs, self._jobs = list(self._jobs), []
        for job in jobs:
            job.outer.cancel()
        if pool is not None:
            pool.close()
