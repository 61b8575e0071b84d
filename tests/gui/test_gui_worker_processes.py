"""Thumbnails screen in real worker processes while the window keeps responding."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from gui_helpers import demo_photo, sign_in


def test_thumbnails_screen_in_worker_processes(qtbot, process_ctx):
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.screening.pool import ProcessWorkerPool

    window = MainWindow(process_ctx, sign_in(process_ctx, "teacher"))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("compose")
    page.channels.list.item(0).setCheckState(Qt.CheckState.Checked)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(50)
    finished = []
    page.bridge.finished.connect(lambda key, result: finished.append(result))
    page.photos.add_files([str(demo_photo(process_ctx.demo, "class-photo.jpg")),
                           str(demo_photo(process_ctx.demo, "assembly-photo.jpg"))])
    assert page.photos.progress.isVisibleTo(page) and page.photos.cancel_button.isEnabled()
    assert isinstance(process_ctx.workers._pool, ProcessWorkerPool)
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=120_000)
    timer.stop()
    assert len(ticks) > 5  # the event loop kept running while the workers screened
    verdicts = sorted(item.verdict for item in page.photos.items.values())
    assert verdicts == ["blocked", "review"]
    assert not page.photos.progress.isVisibleTo(page)
    QApplication.processEvents()
    window.close()


def test_cancel_a_photo_waiting_for_a_worker(qtbot, main_window, gui_ctx):
    window = main_window("teacher")
    page = window.show_page("compose")
    bridge = page.bridge
    # a future that never runs stands for a photo still queued behind others
    from concurrent.futures import Future

    pending = Future()
    gui_ctx.workers.pool = lambda templates=None: type("P", (), {"submit": lambda self, fn, *a: pending})()
    item = page.photos.add_bytes("queued.jpg", demo_photo(gui_ctx.demo, "team-photo.jpg").read_bytes())
    assert item.state == "screening" and bridge.pending == 1
    page.photos.select(item.key)
    with qtbot.waitSignal(bridge.cancelled, timeout=5_000):
        page.photos.cancel_button.click()
    assert pending.cancelled()
    assert item.state == "cancelled" and bridge.pending == 0
    assert "cancelled" in page.photos.list.item(0).text()
