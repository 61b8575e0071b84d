"""Thumbnails screen in real worker processes while the window keeps responding."""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from gui_helpers import demo_photo, sign_in


class TickGaps:
    """The longest wait between ticks of a 10 ms timer: how long the GUI thread was busy."""

    def __init__(self) -> None:
        self.last = None
        self.longest = 0.0
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last is not None:
            self.longest = max(self.longest, now - self.last)
        self.last = now
        self.ticks += 1

    def __enter__(self):
        self.timer.start(10)
        return self

    def __exit__(self, *exc) -> None:
        self.timer.stop()


def test_the_window_stays_responsive_while_photos_are_read_saved_and_screened(qtbot, process_ctx):
    """Two demo photos (one with 25 faces) go through reading, saving into the draft and
    screening in the worker processes; a channel of another use is ticked and the draft
    reopened. The GUI thread is never busy for more than a quarter of a second."""
    from desktop_app.gui.app import settle_heap

    settle_heap()  # as the app does once its database is open
    try:
        _responsive(qtbot, process_ctx)
    finally:
        gc.unfreeze()  # the test process's own objects go back to the collector


def _responsive(qtbot, process_ctx) -> None:
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.screening.pool import ProcessWorkerPool

    window = MainWindow(process_ctx, sign_in(process_ctx, "teacher"))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("compose")
    qtbot.waitExposed(window)
    page.channels.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert page.post is not None
    screened = []
    page.photo_screened.connect(screened.append)
    before = _records(process_ctx)  # the demo district's own posts were screened when it was made
    with TickGaps() as gaps:
        page.photos.add_files([str(demo_photo(process_ctx.demo, "class-photo.jpg")),
                               str(demo_photo(process_ctx.demo, "assembly-photo.jpg"))])
        assert page.photos.progress.isVisibleTo(page)
        qtbot.waitUntil(lambda: len(screened) == 2, timeout=120_000)
    assert isinstance(process_ctx.workers._pool, ProcessWorkerPool)
    assert gaps.ticks > 20
    assert gaps.longest < 0.25, f"the GUI thread was busy for {gaps.longest:.3f} s"
    verdicts = sorted(item.verdict for item in page.photos.items.values())
    assert verdicts == ["blocked", "review"]
    # the thumbnail shows what is stored
    stored = {p.id: p.verdict for p in page.workflow.drafts.get(page.post.id).active_photos}
    assert {i.photo_id: i.verdict for i in page.photos.items.values()} == stored
    assert not page.photos.progress.isVisibleTo(page)
    records = _records(process_ctx)
    assert records == before + 2  # one screening per photo for the channel's one use

    # reopening the draft and the submit dialog's check reuse the stored results
    screened.clear()
    with TickGaps() as gaps:
        page.load_post(page.post.id)
        qtbot.waitUntil(lambda: len(screened) == 2, timeout=60_000)
        page.questions.set_values({"audience": "Families", "message": "The meet", "channel_reason": "They follow it",
                                   "account_manager": "Terry Teacher"})
        page.questions.changed.emit()
        page.submit()
        dialog = page.submit_dialog
        qtbot.waitUntil(lambda: dialog.progress.isHidden(), timeout=60_000)
    assert gaps.longest < 0.25, f"the GUI thread was busy for {gaps.longest:.3f} s"
    assert dialog.blocking  # the restricted face
    dialog.reject()
    assert _records(process_ctx) == records  # nothing screened again
    QApplication.processEvents()
    window.close()


def _records(ctx) -> int:
    from sqlalchemy import func, select

    from desktop_app.storage.models import ScreeningRecord

    with ctx.db.session() as s:
        return s.execute(select(func.count()).select_from(ScreeningRecord)).scalar_one()


def test_cancel_a_photo_waiting_for_a_worker(qtbot, main_window, gui_ctx):
    window = main_window("teacher")
    page = window.show_page("compose")
    page.channels.list.item(0).setCheckState(Qt.CheckState.Checked)
    # a future that never runs stands for a photo still queued behind others
    from concurrent.futures import Future

    from desktop_app.screening.pool import WorkerPool

    pending = Future()

    class Queued(WorkerPool):
        def submit(self, fn, *args):
            return pending

        def close(self, cancel_pending=True):
            pass

    gui_ctx.screening.pool_factory = lambda settings, templates, expected=None: Queued()
    added = []
    page.photos.changed.connect(lambda: added.append(1))
    # bytes no post has had (the demo's own team photo would come from the district's cache)
    data = demo_photo(gui_ctx.demo, "team-photo.jpg").read_bytes() + b"queued-for-this-test"
    page.add_photo_bytes("queued.jpg", data)
    (item,) = page.photos.items.values()
    qtbot.waitUntil(lambda: item.state == "screening" and page.work.screening(item.key), timeout=30_000)
    page.photos.select(item.key)
    with qtbot.waitSignal(page.work.cancelled, timeout=5_000):
        page.photos.cancel_button.click()
    qtbot.waitUntil(lambda: pending.cancelled(), timeout=10_000)
    assert item.state == "cancelled" and not page.work.screening(item.key)
    assert "cancelled" in page.photos.list.item(0).text()
