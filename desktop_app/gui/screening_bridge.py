"""Screen photos in the worker processes and report back to the GUI thread with Qt signals.

Each photo is one task in the app's shared worker pool (``gui.workers``); its future's done
callback emits a signal, which Qt delivers in the GUI thread. The window never waits. A photo
still waiting for a worker is cancelled outright; one already being screened finishes in its
worker and its result is dropped.
"""

from __future__ import annotations

from concurrent.futures import CancelledError, Future

from PySide6.QtCore import QObject, Qt, Signal

from ..roster.service import StaleTemplatesError
from ..screening import worker
from ..screening.results import ImageResult
from ..screening.templates import TemplateSet


def merged_templates(roster, uses) -> TemplateSet:
    """Templates of every student whose photo opt-out covers any of the uses (a face that is
    restricted for one use of the post is restricted for the post)."""
    return roster.templates_for_uses(uses)


class ScreeningBridge(QObject):
    started = Signal(str)  # key
    finished = Signal(str, object)  # key, ImageResult
    cancelled = Signal(str)  # key
    busy_changed = Signal(int)  # photos still being screened

    _done = Signal(str, object)  # internal: from the pool's thread

    def __init__(self, ctx, actor_email: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor_email = actor_email
        self._jobs: dict[str, tuple[Future, tuple[str, ...]]] = {}
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> int:
        return len(self._jobs)

    def screen(self, key: str, label: str, data: bytes, uses) -> None:
        """Screen a photo's bytes for the post's uses; ``finished(key, result)`` follows."""
        self.cancel(key, quiet=True)
        uses = tuple(sorted(set(uses))) or ("social",)
        try:
            templates = merged_templates(self.ctx.roster, uses)
        except StaleTemplatesError as exc:  # fail closed: the photo is blocked with the reason
            future = Future()
            future.set_result(ImageResult.failed(label, str(exc)))
        else:
            future = self.ctx.workers.pool(templates).submit(worker.screen_task, data, label)
        self._jobs[key] = (future, uses)
        self.started.emit(key)
        self.busy_changed.emit(len(self._jobs))
        future.add_done_callback(lambda f, key=key: self._emit_done(key, f))

    def _emit_done(self, key: str, future: Future) -> None:
        try:
            self._done.emit(key, future)
        except RuntimeError:  # the bridge was deleted while the photo was screened
            pass

    def cancel(self, key: str, *, quiet: bool = False) -> None:
        job = self._jobs.pop(key, None)
        if job is None:
            return
        job[0].cancel()
        if not quiet:
            self.cancelled.emit(key)
        self.busy_changed.emit(len(self._jobs))

    def cancel_all(self) -> None:
        for key in list(self._jobs):
            self.cancel(key)

    def _on_done(self, key: str, future: Future) -> None:
        job = self._jobs.get(key)
        if job is None or job[0] is not future:
            return  # cancelled or replaced meanwhile
        del self._jobs[key]
        try:
            result: ImageResult = future.result()
        except CancelledError:
            return
        except Exception as exc:  # a worker died: fail closed
            result = ImageResult.failed(key, f"screening failed: {type(exc).__name__}: {exc}")
        try:  # the usage records of face matching (RCW 43.386) count every screening
            for use in job[1]:
                self.ctx.screening.record([result], use, self.actor_email)
        except Exception:  # a record that cannot be written must not hide the verdict
            pass
        self.busy_changed.emit(len(self._jobs))
        self.finished.emit(key, result)
