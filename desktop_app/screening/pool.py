"""Run screening and enrolment in worker processes, with progress and cancellation.

``ProcessWorkerPool`` uses one spawned process per core (spawn, not fork: safe beside Qt and
the same on Windows and in the frozen app). ``InlineWorkerPool`` has the same interface and
runs tasks in the calling process: unit tests use it for speed; it is never the only test.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Sequence

from ..settings import ScreeningSettings
from . import worker
from .results import ImageResult
from .templates import TemplateSet
from .worker import Enrolment

Progress = Callable[[int, int], None]

# A photo may take this long without any photo finishing before it is called hung (a normal
# photo takes under 2 s; the first one in a new worker includes loading the models).
STALL_SECONDS = 120.0
MAX_RESTARTS = 10
POLL_SECONDS = 0.25


class Cancelled(Exception):
    """The user cancelled the work; nothing was written."""


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


class WorkerPool:
    """Screening and enrolment on some executor; subclasses say which."""

    def submit(self, fn, *args) -> Future:  # pragma: no cover - interface
        raise NotImplementedError

    def _run(self, fn, items: Sequence[tuple], progress: Progress | None, cancel: threading.Event | None) -> list:
        futures = {self.submit(fn, *args): i for i, args in enumerate(items)}
        results: list = [None] * len(items)
        done = 0
        waiting = set(futures)
        try:
            while waiting:  # a cancel is seen within a fifth of a second, even with nothing finishing
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                finished, waiting = wait(waiting, timeout=None if cancel is None else 0.2,
                                         return_when=FIRST_COMPLETED)
                for future in finished:
                    if cancel is not None and cancel.is_set():
                        raise Cancelled()
                    results[futures[future]] = future.result()
                    done += 1
                    if progress:
                        progress(done, len(items))
        except BaseException:
            for future in futures:
                future.cancel()
            raise
        return results

    def screen_many(self, items: Sequence[tuple[str, str | bytes]], progress: Progress | None = None,
                    cancel: threading.Event | None = None) -> list[ImageResult]:
        """Screen (label, path-or-bytes) items; results in the order given."""
        return self._run(worker.screen_task, [(source, label) for label, source in items], progress, cancel)

    def enrol_many(self, paths: Sequence[str], progress: Progress | None = None,
                   cancel: threading.Event | None = None) -> list[Enrolment]:
        return self._run(worker.enrol_task, [(p,) for p in paths], progress, cancel)

    def reencode_many(self, items: Sequence[tuple[str, bytes]], progress: Progress | None = None,
                      cancel: threading.Event | None = None) -> list[Enrolment]:
        """Encode stored (label, face image) reference faces again with the current model."""
        return self._run(worker.reencode_task, list(items), progress, cancel)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class ProcessWorkerPool(WorkerPool):
    """Worker processes that fail closed: a photo whose worker dies, or that makes no progress
    for ``stall_seconds``, comes back blocked with the reason (a tool failure), the workers are
    replaced, and the other photos are screened; workers exit when their parent dies."""

    def __init__(self, settings: ScreeningSettings, templates: TemplateSet | None = None,
                 workers: int | None = None, stall_seconds: float = STALL_SECONDS) -> None:
        self._args = (settings, templates, workers or default_workers())
        self.stall_seconds = stall_seconds
        self._executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        settings, templates, workers = self._args
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=worker.init_worker, initargs=(settings, templates, True))

    @property
    def workers(self) -> int:
        return self._args[2]

    def submit(self, fn, *args) -> Future:
        return self._executor.submit(fn, *args)

    def _replace_executor(self) -> None:
        self.kill()  # a hung worker does not finish on its own
        self._executor = self._new_executor()

    def _run(self, fn, items: Sequence[tuple], progress: Progress | None, cancel: threading.Event | None) -> list:
        """Like WorkerPool._run, but a crash or a hang loses only the photos involved.

        Which photo a dead or hung worker held is not known exactly: the photos in the workers
        (or next in line) at that moment are suspects. New workers take the suspects one at a
        time, so a photo that crashes or hangs alone is the culprit and fails, with the reason;
        the others go on. After ``MAX_RESTARTS`` replacements of the workers everything left
        fails."""
        results: list = [None] * len(items)
        finished_ok: set[int] = set()
        suspect = [0] * len(items)
        todo = list(range(len(items)))
        done = restarts = 0

        def settle(futures_: dict, lost: list, involved: set, reason: str) -> list[int]:
            """Fail the photo that went wrong alone, or suspected three times (or every photo left,
            after too many restarts); the rest are tried again."""
            nonlocal done, restarts
            restarts += 1
            retry = []
            alone = len(futures_) == 1
            if not involved & set(lost):  # it went wrong before any was seen in a worker
                involved = set(lost)
            for f in lost:
                i = futures_[f]
                if f in involved:
                    suspect[i] += 1
                if alone or suspect[i] >= 3 or restarts > MAX_RESTARTS:
                    results[i] = worker.failed_task(fn, items[i], reason)
                    done += 1
                else:
                    retry.append(i)
            if progress:
                progress(done, len(items))
            self._replace_executor()
            return retry

        while todo:
            suspects = [i for i in todo if suspect[i]]
            batch = suspects[:1] if suspects else todo  # suspects run alone
            todo = [i for i in todo if i not in batch]
            futures = {self.submit(fn, *items[i]): i for i in batch}
            pending = set(futures)
            last_progress = time.monotonic()
            try:
                while pending:
                    running = {f for f in pending if f.running()}  # in a worker, or next in line
                    finished, pending = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
                    if cancel is not None and cancel.is_set():
                        raise Cancelled()
                    if not finished:
                        if time.monotonic() - last_progress >= self.stall_seconds:
                            todo += settle(futures, list(pending), running,
                                           f"took longer than {self.stall_seconds:.0f} s and was stopped")
                            break
                        continue
                    last_progress = time.monotonic()
                    broken = False
                    for f in finished:
                        try:
                            results[futures[f]] = f.result()
                        except BrokenProcessPool:
                            broken = True
                            continue
                        finished_ok.add(futures[f])
                        done += 1
                        if progress:
                            progress(done, len(items))
                    if broken:
                        lost = [f for f in futures if futures[f] not in finished_ok]
                        todo += settle(futures, lost, running,
                                       "the screening worker stopped unexpectedly (crashed, killed or out of memory)")
                        break
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
        return results

    def kill(self) -> None:
        """Stop at once: kill the workers (a hung one never finishes) and drop queued tasks."""
        executor = self._executor
        for proc in list((getattr(executor, "_processes", None) or {}).values()):
            if proc.is_alive():
                proc.kill()
        executor.shutdown(wait=False, cancel_futures=True)

    def close(self, cancel_pending: bool = True) -> None:
        self._executor.shutdown(wait=True, cancel_futures=cancel_pending)


class RefusedPool(WorkerPool):
    """Screening that cannot be trusted (e.g. templates of another face model): every photo
    comes back blocked with the reason, so each caller fails closed without special cases."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def submit(self, fn, *args) -> Future:
        future: Future = Future()
        if fn is worker.screen_task:
            future.set_result(ImageResult.failed(args[1], self.reason, tool_failure=True))
        else:
            future.set_exception(RuntimeError(self.reason))
        return future

    def close(self, cancel_pending: bool = True) -> None:
        pass


class InlineWorkerPool(WorkerPool):
    """Runs tasks in the calling thread: for one-off work (a single photo from the CLI, a few
    photos at approval) and unit tests. The models load once per process and settings; each
    pool keeps its own templates, and a lock keeps one screening at a time per process."""

    _lock = threading.Lock()

    def __init__(self, settings: ScreeningSettings, templates: TemplateSet | None = None,
                 workers: int | None = None) -> None:
        with self._lock:
            worker.init_worker(settings, None, single_thread=False)
        self.settings = settings
        self.templates = templates if templates is not None else TemplateSet.empty()

    def submit(self, fn, *args) -> Future:
        if fn is worker.screen_task and len(args) == 2:
            args = (*args, self.templates)
        future: Future = Future()
        with self._lock:
            try:
                worker.init_worker(self.settings, None, single_thread=False)  # no-op unless changed
                future.set_result(fn(*args))
            except BaseException as exc:
                future.set_exception(exc)
        return future

    def close(self, cancel_pending: bool = True) -> None:
        pass
