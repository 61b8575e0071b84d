"""Run a blocking service call off the GUI thread and hand its result back as a Qt signal.

For calls that wait on the database or on the screening worker processes (submit, approve,
roster import, records export). The thread only waits; the face work itself runs in the
worker processes. Signals emitted from the thread are delivered in the GUI thread.
"""

from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QObject, Signal


class Task(QObject):
    finished = Signal(object)  # the call's return value
    failed = Signal(object)  # the exception
    progress = Signal(int, int)  # done, total

    def __init__(self, fn, *args, parent: QObject | None = None, **kwargs) -> None:
        super().__init__()  # no Qt parent: a widget closing must not delete a running task
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self.cancel_event = threading.Event()
        self.running = False
        self.error: BaseException | None = None

    def start(self) -> "Task":
        self.running = True
        _live.add(self)
        threading.Thread(target=self._run, name="clearpost-task", daemon=True).start()
        return self

    def report(self, done: int, total: int) -> None:
        """A progress callback to pass to the service (called on the task's thread)."""
        self.progress.emit(done, total)

    def cancel(self) -> None:
        self.cancel_event.set()

    def _run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # handed to the GUI, never lost in a thread
            self.error = exc
            exc.gui_traceback = traceback.format_exc()  # for the details of an error message
            self.running = False
            self.failed.emit(exc)
        else:
            self.running = False
            self.finished.emit(result)
        finally:
            _live.discard(self)


_live: set[Task] = set()  # keeps running tasks alive even if their owner widget is gone


def run_task(fn, *args, on_done=None, on_error=None, parent: QObject | None = None, **kwargs) -> Task:
    task = Task(fn, *args, parent=parent, **kwargs)
    if on_done is not None:
        task.finished.connect(on_done)
    if on_error is not None:
        task.failed.connect(on_error)
    return task.start()
