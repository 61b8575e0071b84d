"""The composer's photos: read, saved and screened off the GUI thread, screened once per roster
version and use, and the thumbnail shows the stored verdict (issue 11, item 8). Real widgets,
the demo district's photos and the real face models."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from gui_helpers import demo_photo


def _records(ctx) -> int:
    from desktop_app.storage.models import ScreeningRecord

    with ctx.db.session() as s:
        return s.execute(select(func.count()).select_from(ScreeningRecord)).scalar_one()


def _stored(page) -> dict[int, str]:
    return {p.id: p.verdict for p in page.workflow.drafts.get(page.post.id).active_photos}


def test_photos_added_before_a_channel_wait_then_are_saved_and_screened_once(qtbot, main_window, gui_ctx):
    page = main_window("teacher").show_page("compose")
    page.new_post()
    page.title.setText("Assembly")
    page.photos.add_files([str(demo_photo(gui_ctx.demo, "team-photo.jpg"))])
    (item,) = page.photos.items.values()
    qtbot.waitUntil(lambda: item.state == "waiting", timeout=30_000)
    assert item.data and item.thumb is not None and not item.thumb.isNull()
    assert page.photos.list.item(0).text().endswith("Screened when you choose a channel")
    assert page.post is None and page.has_unsaved_work()
    before = _records(gui_ctx)

    with qtbot.waitSignal(page.photo_screened, timeout=60_000):
        page.channels.list.item(0).setCheckState(Qt.CheckState.Checked)  # the draft is made, the photo saved
    assert item.photo_id is not None and item.state == "done"
    assert _stored(page) == {item.photo_id: item.verdict}
    assert _records(gui_ctx) == before + 1
    assert not page.has_unsaved_work()

    # a second channel of another use: the photo is screened for that use only if its
    # opted-out students differ; reopening the draft shows the stored verdict without screening
    page.flush()
    with qtbot.waitSignal(page.photo_screened, timeout=60_000):
        page.load_post(page.post.id)
    (again,) = page.photos.items.values()
    assert again.verdict == item.verdict and again.photo_id == item.photo_id
    assert _records(gui_ctx) == before + 1


def test_a_photo_removed_while_it_is_saved_leaves_the_draft_too(qtbot, main_window, gui_ctx):
    page = main_window("teacher").show_page("compose")
    page.new_post()
    page.title.setText("Team")
    page.channels.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert page.post is not None
    import threading

    gate = threading.Event()
    page.work._writes.submit(gate.wait)  # the draft's writes wait behind this one
    page.photos.add_files([str(demo_photo(gui_ctx.demo, "team-photo.jpg"))])
    (item,) = page.photos.items.values()
    qtbot.waitUntil(lambda: item.state == "saving", timeout=30_000)
    page.remove_photo(item.key)
    assert not page.photos.items
    gate.set()
    qtbot.waitUntil(lambda: page.work.pending == 0, timeout=30_000)
    page.flush()
    assert not page.workflow.drafts.get(page.post.id).active_photos  # attached, then removed again


def test_an_unreadable_file_says_why_and_is_not_added(qtbot, main_window, gui_ctx, tmp_path):
    page = main_window("teacher").show_page("compose")
    page.channels.list.item(0).setCheckState(Qt.CheckState.Checked)
    missing = tmp_path / "gone.jpg"
    page.photos.add_files([str(missing)])
    (item,) = page.photos.items.values()
    qtbot.waitUntil(lambda: item.state == "failed", timeout=30_000)
    assert "gone.jpg could not be opened" in item.problem
    assert page.photos.list.item(0).toolTip() == item.problem
    assert not page.has_unsaved_work()
