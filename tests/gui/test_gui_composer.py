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
