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
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from typing import Callable

from ..screening import worker
from ..screening.pool import ProcessWorkerPool, WorkerPool
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


class WorkerHost:
    def __init__(self, settings: Callable[[], ScreeningSettings], make_pool: MakePool = process_pool) -> None:
        self._settings = settings
        self._make_pool = make_pool
        self._pool = None
        self._pool_settings: ScreeningSettings | None = None
        self._lock = threading.Lock()

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
        pool = self._current()
        try:
            return pool.submit(fn, *args)
        except BrokenProcessPool:  # a worker died (out of memory?): start over once
            with self._lock:
                if self._pool is pool:
                    self._retire(pool)
                    self._pool = None
            return self._current().submit(fn, *args)

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
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()
