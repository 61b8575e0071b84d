"""The composer's photo work off the GUI thread: reading files, saving photos into the draft,
loading them back, and screening them through the draft service (which stores each result and
reuses it while the roster, the settings and the post's uses stay the same).

Writes to the draft (attach, remove) run one at a time on one thread, in the order asked, each
with the post's latest version (the composer saves its text only when no write is pending, so
the versions never race). Reads and screenings run on a few other threads; the face work
itself runs in the app's worker processes. Every result comes back as a Qt signal in the GUI
thread. No widget here.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage

from ...screening.pool import Cancelled
from ...workflow.drafts import MAX_PHOTO_BYTES
from ..photo_view import read_image

THUMB_PIXELS = 296  # twice the thumbnail size: sharp on high-density screens


def thumbnail_image(data: bytes, side: int = THUMB_PIXELS) -> QImage:
    """A small QImage of the photo, EXIF orientation applied (safe off the GUI thread)."""
    return read_image(data, side)


class FileTooLarge(ValueError):
    pass


def read_photo(path: str) -> bytes:
    p = Path(path)
    if p.stat().st_size > MAX_PHOTO_BYTES:
        raise FileTooLarge(p.name)
    return p.read_bytes()


class PhotoWork(QObject):
    read_done = Signal(str, object, object)  # key, bytes, QImage thumbnail
    written = Signal(str, object, object)  # key, PostView after the write, photo id (attach) or None
    screened = Signal(str, object)  # key, PhotoCheck
    cancelled = Signal(str)  # key
    failed = Signal(str, str, object)  # key, what ("read", "attach", "remove", "load", "screen"), exception
    busy_changed = Signal(int)  # jobs not finished

    _deliver = Signal(object)  # internal: a callable to run in the GUI thread

    def __init__(self, drafts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.drafts = drafts
        self._writes = ThreadPoolExecutor(max_workers=1, thread_name_prefix="clearpost-draft-write")
        self._others = ThreadPoolExecutor(max_workers=3, thread_name_prefix="clearpost-photo")
        self._lock = threading.Lock()
        self._version: int | None = None
        self.latest_view = None
        self._jobs: dict[int, Future] = {}
        self._screens: dict[str, tuple[Future, threading.Event]] = {}
        self._pending_writes = 0
        self._deliver.connect(lambda fn: fn(), Qt.ConnectionType.QueuedConnection)

    # -- bookkeeping ----------------------------------------------------------------------------
    @property
    def pending(self) -> int:
        return len(self._jobs)

    @property
    def writing(self) -> bool:
        """A write to the draft is queued or running: the composer waits before saving text."""
        return self._pending_writes > 0

    def screening(self, key: str) -> bool:
        return key in self._screens

    def set_view(self, view) -> None:
        """The post as the composer last saved or loaded it (its version is the next write's)."""
        with self._lock:
            if view is None or self.latest_view is None or view.id != self.latest_view.id \
                    or view.version >= self.latest_view.version:
                self.latest_view = view
                self._version = view.version if view is not None else None

    def _submit(self, executor, fn, on_done, on_error, *, write: bool = False) -> Future:
        if write:
            self._pending_writes += 1

        def run():
            try:
                result = fn()
            except BaseException as exc:  # handed to the GUI thread, never lost
                error = exc
                self._post(lambda: finish(None, error))
            else:
                self._post(lambda: finish(result, None))

        def finish(result, exc):
            if write:
                self._pending_writes -= 1
            self._jobs.pop(id(future), None)
            if exc is None:
                on_done(result)
            else:
                on_error(exc)
            self.busy_changed.emit(self.pending)

        future = executor.submit(run)
        self._jobs[id(future)] = future
        self.busy_changed.emit(self.pending)
        return future

    def _post(self, fn) -> None:
        try:
            self._deliver.emit(fn)
        except RuntimeError:  # the composer is gone
            pass

    # -- reading files --------------------------------------------------------------------------
    def read(self, key: str, path: str) -> None:
        def job():
            data = read_photo(path)
            return data, thumbnail_image(data)

        self._submit(self._others, job, lambda r: self.read_done.emit(key, r[0], r[1]),
                     lambda exc: self.failed.emit(key, "read", exc))

    def thumbnail(self, key: str, data: bytes) -> None:
        """Only the thumbnail of bytes already in memory (a pasted image)."""
        self._submit(self._others, lambda: thumbnail_image(data), lambda image: self.read_done.emit(key, data, image),
                     lambda exc: self.failed.emit(key, "read", exc))

    def load(self, key: str, post_id: int, photo_id: int) -> None:
        """A saved photo's bytes and thumbnail, from the database."""
        def job():
            data = self.drafts.photo_bytes(post_id, photo_id)
            return data, thumbnail_image(data)

        self._submit(self._others, job, lambda r: self.read_done.emit(key, r[0], r[1]),
                     lambda exc: self.failed.emit(key, "load", exc))

    # -- writing to the draft ------------------------------------------------------------------
    def _write(self, key: str, what: str, fn) -> None:
        def job():
            with self._lock:
                version = self._version
            view, photo_id = fn(version)
            with self._lock:
                self.latest_view, self._version = view, view.version
            return view, photo_id

        self._submit(self._writes, job, lambda r: self.written.emit(key, r[0], r[1]),
                     lambda exc: self.failed.emit(key, what, exc), write=True)

    def attach(self, key: str, post_id: int, filename: str, data: bytes) -> None:
        def fn(version):
            before = {p.id for p in self.drafts.get(post_id).photos}
            after = self.drafts.attach(post_id, version, filename, data)
            return after, next((p.id for p in after.photos if p.id not in before), None)

        self._write(key, "attach", fn)

    def remove(self, key: str, post_id: int, photo_id: int) -> None:
        self._write(key, "remove", lambda version: (self.drafts.remove_photo(post_id, version, photo_id), None))

    # -- screening -----------------------------------------------------------------------------
    def screen(self, key: str, post_id: int, photo_id: int) -> None:
        """Screen (or reuse the stored result of) one saved photo for the post's uses now."""
        self.cancel(key, quiet=True)
        cancel = threading.Event()

        def job():
            checks = self.drafts.screen_photos(post_id, [photo_id], cancel=cancel)
            if cancel.is_set():
                raise Cancelled()
            return checks[0] if checks else None

        def done(check):
            if self._screens.get(key, (None,))[0] is future:
                del self._screens[key]
                if check is not None:
                    self.screened.emit(key, check)

        def error(exc):
            if self._screens.get(key, (None,))[0] is not future:
                return
            del self._screens[key]
            if isinstance(exc, Cancelled):
                self.cancelled.emit(key)
            else:
                self.failed.emit(key, "screen", exc)

        future = self._submit(self._others, job, done, error)
        self._screens[key] = (future, cancel)

    def cancel(self, key: str, *, quiet: bool = False) -> None:
        job = self._screens.pop(key, None)
        if job is None:
            return
        future, event = job
        event.set()
        if future.cancel():  # never started: its finish will not run
            self._jobs.pop(id(future), None)
            self.busy_changed.emit(self.pending)
        if not quiet:
            self.cancelled.emit(key)

    def cancel_all(self) -> None:
        for key in list(self._screens):
            self.cancel(key)

    def wait_for_writes(self, timeout: float = 30.0) -> bool:
        """Block until the queued writes are done (closing the window); True if they are."""
        done = self._writes.submit(lambda: None)
        try:
            done.result(timeout=timeout)
        except Exception:
            return False
        return True

    def shutdown(self) -> None:
        self.cancel_all()
        self._writes.shutdown(wait=False, cancel_futures=False)
        self._others.shutdown(wait=False, cancel_futures=True)
