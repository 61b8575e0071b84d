"""Approvals: the demo's pending post is approved by the principal, then by the director; the
author sees its state and the comments of a returned post."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget


def _approve_first(qtbot, window, title: str):
    page = window.show_page("approvals")
    page.refresh()
    rows = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert title in rows
    page.select(next(pid for pid, p in page.posts.items() if p.title == title))
    assert page.detail.post.title == title
    assert page.detail.photo_list.count() == 1  # the team photo, with its face boxes
    assert "Clear" in page.detail.photo_view.summary.text()
    assert page.approve_button.isEnabled()
    with qtbot.waitSignal(page.decided, timeout=60_000) as blocker:
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "approved"
    return blocker.args[1]


def test_principal_then_director_approve(qtbot, main_window, gui_ctx):
    principal = main_window("principal")
    view = _approve_first(qtbot, principal, "Science fair winners")
    assert view.status == "pending" and view.waiting_for == "director"
    page = principal.show_page("approvals")
    assert "Science fair winners" not in [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    principal.close()

    director = main_window("director")
    view = _approve_first(qtbot, director, "Science fair winners")
    assert view.status == "approved"


def test_return_needs_comment_and_author_sees_it(qtbot, main_window, gui_ctx):
    principal = main_window("principal")
    page = principal.show_page("approvals")
    page.refresh()
    page.select(None)
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    assert "comment" in page.status.text()
    qtbot.keyClicks(page.comment, "Please name the fair.")
    with qtbot.waitSignal(page.decided, timeout=30_000):
        qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    principal.close()

    teacher = main_window("teacher")
    mine = teacher.show_page("my_posts")
    texts = {mine.table.item(r, 0).text(): (mine.table.item(r, 1).text(), mine.table.item(r, 3).text())
             for r in range(mine.table.rowCount())}
    assert texts["Science fair winners"] == ("returned to the author", "Please name the fair.")
    assert texts["Spirit week"][0] == "returned to the author"


def test_approver_reviews_a_flagged_face_side_by_side(qtbot, main_window, gui_ctx, tmp_path):
    """After submission, Grace (D1007, in the team photo) gets a photo opt-out: approving is
    refused; the principal opens Review faces, sees her face beside her reference photo and
    records a decision, which the next approval reuses."""
    from gui_helpers import opt_out_grace

    opt_out_grace(gui_ctx, tmp_path)

    window = main_window("principal")
    page = window.show_page("approvals")
    page.refresh()
    page.select(next(pid for pid, p in page.posts.items() if p.title == "Science fair winners"))
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not approved" in page.status.text(), timeout=60_000)
    assert "D1007" in page.status.text()
    assert "shows Grace Mensah (D1007), who has a photo opt-out for social media" in page.status.text()
    assert "face at [" not in page.status.text()  # words, not pixel boxes

    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    dialog = page.review_dialog
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=30_000)
    assert not dialog.face.pixmap().isNull()  # the face from the photo
    names = [w.accessibleName() for w in dialog.candidates.findChildren(QWidget) if w.accessibleName()]
    assert "Student Grace Mensah" in names and "Reference photo of Grace Mensah" in names
    not_her = dialog.candidates.findChild(QPushButton, "notStudent-D1007")
    with qtbot.waitSignal(dialog.decided, timeout=30_000):
        qtbot.mouseClick(not_her, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "decided" in dialog.list.item(0).text(), timeout=30_000)
    dialog.close()

    with qtbot.waitSignal(page.decided, timeout=60_000) as blocker:
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "approved"
    from gui_helpers import sign_in

    audit = gui_ctx.workflow(sign_in(gui_ctx, "director")).audit.entries(action_prefix="face.decided")
    assert audit[-1].details["student_id"] == "D1007" and audit[-1].details["decision"] == "not_student"


def test_approver_is_warned_of_opted_out_students_screening_cannot_recognise(qtbot, main_window, gui_ctx, tmp_path):
    """Issue 10: a new opt-out arrives without a reference photo; the approver's post view says
    that a student of this building cannot be recognised, so faces are checked by eye."""
    from desktop_app.demo import resources_dir
    from desktop_app.roster import read_roster
    from gui_helpers import sign_in

    demo = resources_dir() / "demo"
    csv = tmp_path / "roster.csv"
    csv.write_text((demo / "roster.csv").read_text(encoding="utf-8")
                   + "D1999,Nora,Nophoto,,10,Yelm High School,Y,N\n", encoding="utf-8")
    gui_ctx.roster.apply(read_roster(csv, photos_dir=demo / "faces"), str(csv), actor=sign_in(gui_ctx, "director"))
    window = main_window("principal")
    page = window.show_page("approvals")
    page.refresh()
    page.select(next(pid for pid, p in page.posts.items() if p.title == "Science fair winners"))
    first = page.detail.findings.item(0).text()
    assert first == "1 opted-out student of this building cannot be recognised: check faces by eye"


def test_returned_post_shows_the_whole_comment_and_who_returned_it_in_my_posts(qtbot, main_window, gui_ctx):
    """Issue 11: the approver's comment is shown in full (wrapped) in My posts and in History."""
    from gui_helpers import sign_in

    comment = ("Please name the fair and the date it was held, and say which class the winners are in. "
               "Families asked last year which students were in the photo; keep the caption to first names "
               "only, as the district procedure says.\nThen submit it again.")
    principal = main_window("principal")
    page = principal.show_page("approvals")
    page.select(next(pid for pid, p in page.posts.items() if p.title == "Science fair winners"))
    page.comment.setPlainText(comment)
    with qtbot.waitSignal(page.decided, timeout=30_000):
        qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    principal.close()

    teacher = main_window("teacher")
    mine = teacher.show_page("my_posts")
    row = next(r for r in range(mine.table.rowCount()) if mine.table.item(r, 0).text() == "Science fair winners")
    assert mine.table.item(row, 3).toolTip().count("Please name the fair") == 1
    mine.table.selectRow(row)
    assert mine.comment_panel.isVisible()
    assert mine.comment_text.text() == comment and mine.comment_text.wordWrap()
    by = mine.comment_by.text()
    assert by.startswith("Returned by") and sign_in(gui_ctx, "principal").full_name in by and "principal" in by
    history = mine.detail.history.toPlainText()
    assert comment.split("\n")[0] in history and "Then submit it again." in history
    assert mine.detail.history.lineWrapMode() == mine.detail.history.LineWrapMode.WidgetWidth

    row = next(r for r in range(mine.table.rowCount()) if mine.table.item(r, 0).text() == "Spirit week")
    mine.table.selectRow(row)  # the demo's other returned post: its own comment
    assert mine.comment_text.text() == "Please add the dates for each theme day before this goes out."
    mine.table.clearSelection()
    assert not mine.comment_panel.isVisible()


def test_a_double_click_on_approve_approves_one_post(qtbot, main_window, gui_ctx):
    """The second press of a double-click reaches the button after a quick approval came back
    and the next post was selected: it must not approve that post (issue 21, item 3)."""
    from gui_helpers import sign_in

    teacher = gui_ctx.workflow(sign_in(gui_ctx, "teacher"))
    channel = next(c for c in teacher.channels.list(status="approved"))
    other = teacher.drafts.create("Library hours", [channel.id], body="The library is open until 6.",
                                  audience="Families", message="The hours", channel_reason="Families follow it",
                                  account_manager="Terry Teacher")
    teacher.drafts.submit(other.id, other.version)
    principal = main_window("principal")
    page = principal.show_page("approvals")
    page.refresh()
    assert len(page.posts) == 2
    page.select(next(pid for pid, p in page.posts.items() if p.title == "Science fair winners"))
    with qtbot.waitSignal(page.decided, timeout=60_000):  # the double-click's first press and release
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert page.detail.post.title == "Library hours" and page.approve_button.isEnabled()
    qtbot.mouseDClick(page.approve_button, Qt.MouseButton.LeftButton)  # its second press, after the approval,
    qtbot.mouseRelease(page.approve_button, Qt.MouseButton.LeftButton)  # and release
    qtbot.wait(300)
    assert [p.title for p in page.posts.values()] == ["Library hours"]  # still waiting for the principal
    decided = gui_ctx.workflow(sign_in(gui_ctx, "admin")).audit.entries(action_prefix="post.step_approved")
    assert len(decided) == 1
    # a deliberate click approves it
    with qtbot.waitSignal(page.decided, timeout=60_000) as blocker:
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert blocker.args[1].title == "Library hours"


def test_approvers_land_on_approvals_when_posts_wait_for_them(qtbot, main_window, gui_ctx):
    """Issue 21: the principal landed on *New post* while *Approvals (1)* waited for them."""
    principal = main_window("principal")
    assert principal.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "approvals"
    assert principal.stack.currentWidget() is principal.page("approvals")
    assert principal.nav.currentItem().text().endswith("(1)")
    _approve_first(qtbot, principal, "Science fair winners")
    principal.close()

    director = main_window("director")  # the post now waits for the director
    assert director.stack.currentWidget() is director.page("approvals")
    _approve_first(qtbot, director, "Science fair winners")
    director.close()

    principal = main_window("principal")  # nothing waits: the first page, as before
    assert principal.nav.currentRow() == 0
    assert principal.stack.currentWidget() is principal.page("compose")
    teacher = main_window("teacher")
    assert teacher.nav.currentRow() == 0


def test_a_photo_entry_of_another_post_shows_nothing_and_raises_nothing(qtbot, main_window, gui_ctx):
    """Issue 21: a StopIteration traceback from post_detail._show_photo during approvals: the photo
    list still held an entry of the post shown before while the detail already had the next post."""
    import dataclasses

    principal = main_window("principal")
    page = principal.show_page("approvals")
    page.select(None)
    detail = page.detail
    assert detail.photo_list.count() == 1
    entry = detail.photo_list.item(0)
    other = dataclasses.replace(detail.post, photos=())  # the next post, whose photos are not listed yet
    detail.post = other
    with qtbot.captureExceptions() as exceptions:
        detail.photo_list.setCurrentItem(None)
        detail.photo_list.setCurrentItem(entry)  # Qt shows the stale entry
    assert not exceptions, exceptions
    assert detail.photo_view.summary.text() == "Not screened yet."


def test_a_refusal_names_each_student_once_with_every_use(qtbot, main_window, gui_ctx):
    """Issue 21: approval refusals were repeated once per use of the post's channels."""
    from types import SimpleNamespace as NS

    principal = main_window("principal")
    page = principal.show_page("approvals")
    grace = NS(student_id="D1007", verdict=NS(value="restricted"), candidates=())
    result = NS(error=None, faces=[grace])
    check = NS(photos=[NS(filename="team.jpg", results={"social": result, "website": result})],
               text_findings=[], length_problems=False)
    reasons, undecided = page.refusal_reasons(check)
    assert len(reasons) == 1, reasons
    assert reasons[0].startswith("photo team.jpg shows ") and "(D1007)" in reasons[0]
    assert reasons[0].endswith("who has a photo opt-out for social media, website"), reasons[0]
    assert not undecided
