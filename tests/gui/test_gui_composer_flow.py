"""The composer's flow (issue 11): typing survives without a channel, "Restored" only when
something was, the author lands on their draft, a returned post shows the approver's comment at
the top, the layout does not jump, Tab follows reading order, usable fields at 1024x700,
wrapped findings, and a photo dialog that lists only the faces needing attention."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtWidgets import QApplication

from gui_helpers import demo_photo, sign_in


def _settle(page) -> None:
    """Lay the page out now, as the pending layout request would (no waiting)."""
    page.layout().activate()


def _y(widget, page) -> int:
    return widget.mapTo(page, QPoint(0, 0)).y()


def _tick_first_channel(page) -> None:
    page.channels.list.item(0).setCheckState(Qt.CheckState.Checked)


# -- item 4: nothing typed is lost, "Restored" only when something was, land on the draft -----
def test_typing_without_a_channel_survives_closing_and_signing_out(qtbot, main_window):
    window = main_window("teacher")
    page = window.show_page("compose")
    assert page.channels.checked_ids() == [] and page.post is None
    qtbot.keyClicks(page.title, "Bake sale")
    qtbot.keyClicks(page.questions.fields["audience"], "Families")
    qtbot.keyClicks(page.text.editor, "The bake sale is on Friday in the gym.")
    page.flush()
    assert page.post is None  # nothing can be a draft without a channel ...
    assert "choose at least one channel" in page.save_status.text()
    window.close()  # ... but closing keeps it on this computer

    page = main_window("teacher").show_page("compose")
    assert page.title.text() == "Bake sale"
    assert page.questions.values()["audience"] == "Families"
    assert page.text.text() == "The bake sale is on Friday in the gym."
    assert page.save_status.text().startswith("Restored what you typed last time")
    page.text.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.text.editor, " Bring cash.")
    page.window().sign_out()  # signing out flushes the same way

    other = main_window("coach").show_page("compose")  # someone else on this computer sees nothing
    assert other.title.text() == "" and other.text.text() == ""
    assert "Restored" not in other.save_status.text()

    page = main_window("teacher").show_page("compose")
    assert page.text.text() == "The bake sale is on Friday in the gym. Bring cash."
    _tick_first_channel(page)
    page.flush()
    assert page.post is not None and page.post.status == "draft", page.save_status.text()
    assert page.post.body.endswith("Bring cash.")


def test_restored_is_not_said_when_nothing_was_typed(qtbot, main_window):
    window = main_window("teacher")
    page = window.show_page("compose")
    assert "Restored" not in page.save_status.text()
    assert page.title.text() == "" and page.text.text() == ""
    window.close()
    page = main_window("teacher").show_page("compose")  # second sign-in, still nothing typed
    assert "Restored" not in page.save_status.text()
    assert page.title.text() == "" and page.text.text() == ""
    assert page.questions.values()["account_manager"] == "Terry Teacher"


def test_author_lands_on_their_most_recent_draft(qtbot, main_window, gui_ctx):
    teacher = sign_in(gui_ctx, "teacher")
    drafts = gui_ctx.workflow(teacher).drafts
    channel = next(c for c in gui_ctx.workflow(teacher).channels.list(status="approved")
                   if c.name == "Yelm High Facebook")
    older = drafts.create("Robotics club", [channel.id], body="The robotics club meets on Tuesdays.")
    newer = drafts.create("Band concert", [channel.id], body="The spring concert is on May 3.")

    window = main_window("teacher")
    page = window.show_page("compose")
    assert page.post is not None and page.post.id == newer.id  # not a blank post
    assert page.title.text() == "Band concert"
    assert "Post {}, draft".format(newer.id) in page.heading.text()

    window.open_draft(older.id)  # the author works on the older one, then closes
    assert page.post.id == older.id
    window.close()
    page = main_window("teacher").show_page("compose")
    assert page.post.id == older.id and page.text.text() == "The robotics club meets on Tuesdays."

    page.new_button.click()  # a new post is one click away
    assert page.post is None and page.title.text() == ""


def test_unsavable_changes_to_a_draft_come_back_on_it(qtbot, main_window, gui_ctx):
    teacher = sign_in(gui_ctx, "teacher")
    channel = next(c for c in gui_ctx.workflow(teacher).channels.list(status="approved")
                   if c.name == "Yelm High Facebook")
    draft = gui_ctx.workflow(teacher).drafts.create("Art show", [channel.id], body="The art show opens")
    window = main_window("teacher")
    page = window.show_page("compose")
    assert page.post.id == draft.id
    page.channels.set_checked([])  # no channel: this edit cannot be saved
    page.text.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.text.editor, " on Thursday.")
    page.flush()
    assert "at least one channel" in page.save_status.text()
    window.close()

    page = main_window("teacher").show_page("compose")
    assert page.post.id == draft.id and page.text.text() == "The art show opens on Thursday."
    assert page.save_status.text().startswith("Restored the changes")
    with qtbot.waitSignal(page.saved, timeout=10_000):  # saved again, with the draft's channel
        pass
    assert gui_ctx.workflow(teacher).drafts.get(draft.id).body == "The art show opens on Thursday."
    assert page._read_recovery() is None


def test_leaving_unsaved_typing_asks_first(qtbot, main_window, monkeypatch):
    page = main_window("teacher").show_page("compose")
    qtbot.keyClicks(page.text.editor, "Half a thought")
    answers = []
    monkeypatch.setattr(page, "_confirm_discard", lambda: answers.append("asked") or False)
    page.new_button.click()
    assert answers == ["asked"] and page.text.text() == "Half a thought"  # kept
    monkeypatch.setattr(page, "_confirm_discard", lambda: answers.append("asked") or True)
    page.new_button.click()
    assert page.text.text() == "" and page._read_recovery() is None  # discarded, on purpose


# -- item 3: a returned post shows who returned it and the whole comment, at the top ---------
def test_returned_post_shows_the_approvers_comment_at_the_top(qtbot, main_window, gui_ctx):
    window = main_window("teacher")
    page = window.show_page("compose")
    assert page.returned_banner.isHidden()
    my_posts = window.show_page("my_posts")
    row = next(r for r in range(my_posts.table.rowCount()) if my_posts.table.item(r, 0).text() == "Spirit week")
    my_posts.table.selectRow(row)
    qtbot.mouseClick(my_posts.open_button, Qt.MouseButton.LeftButton)
    window.show_page("compose")
    assert page.post.status == "returned"
    banner = page.returned_banner
    qtbot.waitUntil(banner.isVisible)
    assert "Pat Principal" in banner.who.text()
    assert banner.comment.text() == "Please add the dates for each theme day before this goes out."
    assert banner.comment.wordWrap()
    _settle(page)
    assert _y(banner, page) < _y(page.splitter, page)  # above the form
    assert _y(banner, page) <= _y(page.heading, page) + page.heading.height() + 12
    assert banner.width() <= page.width()

    page.new_post()
    assert banner.isHidden()


def test_long_returned_comment_wraps(qtbot, main_window, gui_ctx):
    teacher, principal = sign_in(gui_ctx, "teacher"), sign_in(gui_ctx, "principal")
    drafts = gui_ctx.workflow(teacher).drafts
    channel = next(c for c in gui_ctx.workflow(teacher).channels.list(status="approved")
                   if c.name == "Yelm High Facebook")
    post = drafts.create("Field trip", [channel.id], body="The field trip to the museum is next week.",
                         audience="Families", message="The trip", channel_reason="Families read it",
                         account_manager="Terry Teacher")
    post, _check = drafts.submit(post.id, post.version)
    comment = ("Please say which day the trip is, when the bus leaves and comes back, what the students "
               "should bring, and who parents can call with questions; " * 3).strip()
    gui_ctx.workflow(principal).approvals.return_to_author(post.id, post.version, comment)

    window = main_window("teacher")
    window.resize(1024, 700)
    page = window.show_page("compose")
    window.open_draft(post.id)
    qtbot.waitUntil(page.returned_banner.isVisible)
    _settle(page)
    label = page.returned_banner.comment
    assert label.text() == comment  # all of it
    assert label.height() > 2 * label.fontMetrics().lineSpacing()  # on several lines
    assert page.returned_banner.geometry().right() <= page.width()


# -- item 5: steady layout, reading-order Tab, usable fields, wrapped findings ---------------
def test_first_save_does_not_move_the_questions(qtbot, main_window):
    window = main_window("teacher")
    page = window.show_page("compose")
    qtbot.waitExposed(window)
    _settle(page)
    question = page.questions.fields["message"]
    before = (_y(question, page), _y(page.splitter, page), _y(page.title, page))
    assert "Post" not in page.heading.text()
    qtbot.keyClicks(page.title, "Book fair")
    _tick_first_channel(page)
    page.flush()
    assert page.post is not None
    assert f"Post {page.post.id}, draft" in page.heading.text()
    _settle(page)
    assert (_y(question, page), _y(page.splitter, page), _y(page.title, page)) == before


def test_tab_follows_reading_order(qtbot, main_window):
    window = main_window("teacher")
    page = window.show_page("compose")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.title.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.title)
    q = page.questions.fields
    expected = [page.title, page.channels.list, q["audience"], q["message"], q["channel_reason"],
                q["account_manager"], page.text.tabs.tabBar(), page.text.editor, page.text.findings_list,
                page.photos.list, page.photos.add_button, page.new_button, page.submit_button]
    seen = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert [w.objectName() or w.accessibleName() for w in seen] == \
        [w.objectName() or w.accessibleName() for w in expected]
    assert seen == expected
    # and back again
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is page.new_button


def test_question_fields_stay_usable_at_1024_by_700(qtbot, main_window):
    window = main_window("teacher")
    window.resize(1024, 700)
    page = window.show_page("compose")
    qtbot.waitUntil(lambda: window.width() == 1024 and window.height() == 700)
    qtbot.waitExposed(window)
    _settle(page)
    heights = {key: field.height() for key, field in page.questions.fields.items()}
    assert all(h >= 60 for h in heights.values()), heights
    assert page.text.editor.height() >= 100
    # the composer scrolls instead: a focused field is brought into view
    page.questions.fields["account_manager"].setFocus()
    page.text.editor.setFocus()
    page.scroll.ensureWidgetVisible(page.text.editor)
    viewport = page.scroll.viewport()
    top = page.text.editor.mapTo(viewport, QPoint(0, 0)).y()
    assert 0 <= top < viewport.height()


def test_findings_list_shows_whole_messages(qtbot, main_window):
    window = main_window("teacher")
    window.resize(1024, 700)
    page = window.show_page("compose")
    qtbot.waitExposed(window)
    _tick_first_channel(page)
    qtbot.keyClicks(page.text.editor, "Well done Diego Ramirez! Questions? Call the office at 360-555-0142.")
    page.text.recheck()
    findings = page.text.findings_list
    page.text.split.setSizes([500, 240])  # the findings list beside the editor, narrow
    _settle(page)
    texts = [findings.item(r).text() for r in range(findings.count())]
    name = next(t for t in texts if t.startswith("\u201cDiego Ramirez\u201d: "))
    assert len(name) > 50 and name.endswith(".")  # the whole message, not "Name of"
    assert any(t.startswith("\u201c360-555-0142\u201d: ") for t in texts)
    assert findings.wordWrap() and findings.textElideMode() == Qt.TextElideMode.ElideNone
    line = findings.fontMetrics().lineSpacing()
    item = findings.item(texts.index(name))
    # the list lays its items out again for its new width (on its own timer)
    qtbot.waitUntil(lambda: findings.visualItemRect(item).right() <= findings.viewport().width())
    assert findings.visualItemRect(item).height() > line * 2.5  # wrapped onto several lines, not cut
    assert item.toolTip() == item.text()


# -- item 5: the photo dialog lists the faces that need attention -----------------------------
def _group_photo(faces: int = 25, attention=((3, "restricted"), (11, "review"), (20, "review"))):
    from desktop_app.gui.composer.photos import PhotoItem, image_bytes
    from desktop_app.screening.results import FaceResult, ImageResult, ImageVerdict, Verdict

    cols, tile = 5, 160
    rows = (faces + cols - 1) // cols
    image = QImage(cols * tile, rows * tile, QImage.Format.Format_RGB32)
    image.fill(QColor(220, 226, 234))
    marks = dict(attention)
    result_faces = []
    for i in range(faces):
        x, y = (i % cols) * tile + 40, (i // cols) * tile + 40
        verdict = Verdict(marks.get(i, "clear"))
        result_faces.append(FaceResult(box=(y, x + 80, y + 80, x), verdict=verdict,
                                       student_id="D1001" if verdict is Verdict.RESTRICTED else None,
                                       reason="too small to be sure" if verdict is Verdict.REVIEW else ""))
    result = ImageResult(path="group.png", verdict=ImageVerdict.BLOCKED, faces=result_faces,
                         size=(image.width(), image.height()))
    item = PhotoItem("group", "group.png", image_bytes(image), result=result, state="done")
    return item


def test_photo_dialog_lists_only_faces_needing_attention_and_zooms(qtbot):
    from desktop_app.gui.composer.photo_dialog import PhotoDialog

    dialog = PhotoDialog(_group_photo(), can_edit=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.attention_faces() == [3, 11, 20]
    texts = [dialog.faces.item(r).text() for r in range(dialog.faces.count())]
    assert texts[0].startswith("Face 4: Restricted") and all("Clear" not in t for t in texts)
    assert dialog.clear_note.text() == "22 other faces are clear."
    assert dialog.canvas.height() >= 450 and dialog.canvas.width() >= 550  # the photo has the room

    whole = dialog.canvas.face_rect(11)
    assert not dialog.canvas.is_zoomed()
    dialog.faces.setCurrentRow(1)  # "Face 12: Needs review"
    assert dialog.canvas.is_zoomed() and dialog.canvas.focus_face == 11
    zoomed = dialog.canvas.face_rect(11)
    assert zoomed.width() > 2.5 * whole.width()
    centre = dialog.canvas.rect().center()
    assert abs(zoomed.center().x() - centre.x()) < 40 and abs(zoomed.center().y() - centre.y()) < 40
    dialog.canvas.grab()  # paints, with the highlight
    qtbot.mouseClick(dialog.whole_button, Qt.MouseButton.LeftButton)
    assert not dialog.canvas.is_zoomed() and dialog.canvas.face_rect(11) == whole


def test_photo_dialog_on_a_screened_class_photo(qtbot, main_window, gui_ctx):
    page = main_window("teacher").show_page("compose")
    page.channels.list.item(0).setCheckState(Qt.CheckState.Checked)  # the draft saves; its uses are known
    with qtbot.waitSignal(page.photo_screened, timeout=60_000):
        page.photos.add_files([str(demo_photo(gui_ctx.demo, "class-photo.jpg"))])
    (item,) = page.photos.items.values()
    assert item.verdict == "blocked"
    page.view_photo(item.key)
    dialog = page.photo_dialog
    qtbot.waitExposed(dialog)
    faces = item.result.faces
    listed = dialog.attention_faces()
    assert listed == [i for i, f in enumerate(faces) if f.verdict.value != "clear"] and listed
    clear = len(faces) - len(listed)
    assert dialog.clear_note.text() == ("One other face is clear." if clear == 1 else f"{clear} other faces are clear.")
    dialog.reject()
