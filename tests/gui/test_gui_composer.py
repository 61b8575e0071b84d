"""The composer: a post with a restricted photo is blocked, one with a clear photo is submitted."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui_helpers import demo_photo


def _compose(qtbot, page, ctx, photo: str) -> None:
    page.title.setText("Team day")
    qtbot.keyClicks(page.text.editor, "Our team had a great day at the district meet.")
    page.questions.set_values({"audience": "Families", "message": "The meet result",
                               "channel_reason": "Families follow this page", "account_manager": "Terry Teacher"})
    page.questions.changed.emit()
    item = page.channels.list.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    page.flush()
    assert page.post is not None, page.save_status.text()
    with qtbot.waitSignal(page.photo_screened, timeout=60_000):
        page.photos.add_files([str(demo_photo(ctx.demo, photo))])


def test_restricted_photo_blocks_submit(qtbot, main_window, gui_ctx):
    window = main_window("teacher")
    page = window.show_page("compose")
    _compose(qtbot, page, gui_ctx, "class-photo.jpg")
    (item,) = page.photos.items.values()
    assert item.verdict == "blocked"
    assert "Blocked" in page.photos.list.item(0).text()
    assert page.photos.redact_button.isEnabled()
    page.submit()
    dialog = page.submit_dialog
    qtbot.waitUntil(lambda: dialog.progress.isHidden(), timeout=60_000)
    assert not dialog.submit_button.isEnabled()
    assert dialog.blocking and "opt-out" in dialog.blocking[0]
    dialog.reject()
    assert gui_ctx.workflow(window.actor).drafts.get(page.post.id).status == "draft"


def test_clear_photo_is_submitted(qtbot, main_window, gui_ctx):
    window = main_window("teacher")
    page = window.show_page("compose")
    _compose(qtbot, page, gui_ctx, "team-photo.jpg")
    (item,) = page.photos.items.values()
    assert item.verdict == "clear"
    page.submit()
    dialog = page.submit_dialog
    qtbot.waitUntil(lambda: dialog.submit_button.isEnabled(), timeout=60_000)
    with qtbot.waitSignal(page.submitted, timeout=60_000):
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert page.post.status == "pending"
    assert page.post.waiting_for == "principal"


def _drop(widget, paths) -> None:
    """Drop files or folders on a widget as a file manager does."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)


def test_a_dropped_folder_adds_its_photos_and_says_what_it_could_not(qtbot, main_window, gui_ctx, tmp_path):
    """Issue 21: dropping a folder was accepted and did nothing."""
    import shutil

    window = main_window("teacher")
    page = window.show_page("compose")
    folder = tmp_path / "Field day"
    (folder / "older").mkdir(parents=True)
    shutil.copy(demo_photo(gui_ctx.demo, "team-photo.jpg"), folder / "team.jpg")
    shutil.copy(demo_photo(gui_ctx.demo, "class-photo.jpg"), folder / "older" / "class.jpg")  # not opened
    (folder / "notes.txt").write_text("not a photo")
    (tmp_path / "empty").mkdir()
    (tmp_path / "plan.pdf").write_bytes(b"%PDF-1.4")

    _drop(page.photos.list, [folder])
    qtbot.waitUntil(lambda: len(page.photos.items) == 1, timeout=30_000)
    assert [i.filename for i in page.photos.items.values()] == ["team.jpg"]
    assert page.photos.notice.isHidden()  # nothing to say: the folder's photo was added

    _drop(page.photos.list, [tmp_path / "empty", tmp_path / "plan.pdf"])
    notice = page.photos.notice
    assert notice.isVisible()
    assert "plan.pdf" in notice.text() and "not a photo" in notice.text()
    assert "empty" in notice.text() and "No photos" in notice.text()
    assert len(page.photos.items) == 1


def _huge_png(width: int, height: int) -> bytes:
    """A PNG whose header says width x height (its pixel data is never decoded)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00" * (width + 1) * 2)) + chunk(b"IEND", b""))


def test_a_photo_over_100_megapixels_says_what_to_do(qtbot, main_window, gui_ctx, tmp_path):
    """Issue 21: a photo over 100 MP said "could not be read", with no advice."""
    window = main_window("teacher")
    page = window.show_page("compose")
    page.title.setText("Panorama")
    qtbot.keyClicks(page.text.editor, "The whole school on the field.")
    page.questions.set_values({"audience": "Families", "message": "The school photo",
                               "channel_reason": "Families follow this page", "account_manager": "Terry Teacher"})
    page.questions.changed.emit()
    page.channels.list.item(0).setCheckState(Qt.CheckState.Checked)
    page.flush()
    big = tmp_path / "panorama.png"
    big.write_bytes(_huge_png(12000, 10000))
    page.photos.add_files([str(big)])
    qtbot.waitUntil(lambda: any(i.state == "done" for i in page.photos.items.values()), timeout=60_000)
    entry = page.photos.list.item(0)
    assert "Too large to screen" in entry.text() and "Could not be read" not in entry.text()
    assert "smaller copy" in entry.toolTip() and "DecompressionBomb" not in entry.toolTip()
    page.submit()
    dialog = page.submit_dialog
    qtbot.waitUntil(lambda: dialog.progress.isHidden(), timeout=60_000)
    assert not dialog.submit_button.isEnabled()  # still blocked: it was not screened
    assert any("panorama.png" in b and "smaller copy" in b for b in dialog.blocking), dialog.blocking
    dialog.reject()


def test_the_photo_list_scrolls_to_a_new_photo(qtbot, main_window, gui_ctx):
    """Issue 21: the photo list did not scroll to new photos."""
    window = main_window("teacher")
    page = window.show_page("compose")
    strip = page.photos
    data = demo_photo(gui_ctx.demo, "team-photo.jpg").read_bytes()
    for n in range(24):
        strip.add_item(f"photo-{n:02}.jpg", data=data)
    qtbot.wait(50)
    last = strip.list.item(strip.list.count() - 1)
    assert strip.list.verticalScrollBar().maximum() > 0  # more photos than the list shows at once
    assert strip.list.viewport().rect().intersects(strip.list.visualItemRect(last))
