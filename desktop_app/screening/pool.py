"""Run screening and enrolment in worker processes, with progress and cancellation.

``ProcessWorkerPool`` uses one spawned process per core (spawn, not fork: safe beside Qt and
the same on Windows and in the frozen app). ``InlineWorkerPool`` has the same interface and
runs tasks in the calling process: unit tests use it for speed; it is never the only test.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from typing import Callable, Sequence

from ..settings import ScreeningSettings
from . import worker
from .results import ImageResult
from .templates import TemplateSet
from .worker import Enrolment

Progress = Callable[[int, int], None]


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
        try:
            for future in as_completed(futures):
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
    def __init__(self, settings: ScreeningSettings, templates: TemplateSet | None = None,
                 workers: int | None = None) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._executor = ProcessPoolExecutor(
            max_workers=workers or default_workers(), mp_context=ctx,
            initializer=worker.init_worker, initargs=(settings, templates, True),
        )

    def submit(self, fn, *args) -> Future:
        return self._executor.submit(fn, *args)

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
            future.set_result(ImageResult.failed(args[1], self.reason))
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
