"""Approvals: the demo's pending post is approved by the principal, then by the director; the
author sees its state and the comments of a returned post."""

from __future__ import annotations

from PySide6.QtCore import Qt


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
    assert texts["Science fair winners"] == ("returned", "Please name the fair.")
    assert texts["Spirit week"][0] == "returned"
