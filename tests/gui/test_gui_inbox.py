"""The approvals inbox (issue 11): oldest waiting first, the count on the navigation, and after a
decision the detail pane shows the post now selected, with its buttons."""

from __future__ import annotations

from gui_helpers import sign_in
from PySide6.QtCore import Qt


def _submit(gui_ctx, title: str):
    """A text-only post by the demo teacher on the Yelm High Facebook page, submitted."""
    drafts = gui_ctx.workflow(sign_in(gui_ctx, "teacher")).drafts
    science = next(p for p in drafts.list() if p.title == "Science fair winners")
    post = drafts.create(title, [c.id for c in science.channels], body=f"{title}: details for families.",
                         audience="Yelm High families", message=title, channel_reason="Families follow the page",
                         account_manager="Terry Teacher")
    return drafts.submit(post.id, post.version)[0]


def _titles(page) -> list[str]:
    return [page.table.item(r, 0).text() for r in range(page.table.rowCount())]


def _nav_text(window, key: str) -> str:
    return next(window.nav.item(r).text() for r in range(window.nav.count())
                if window.nav.item(r).data(Qt.ItemDataRole.UserRole) == key)


def _click_row(qtbot, page, row: int) -> None:
    rect = page.table.visualRect(page.table.model().index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _shows(page, title: str) -> bool:
    post = page.detail.post
    return (post is not None and post.title == title and page.posts.get(page.current_id()) is post
            and title in page.detail.header.text())


def test_after_approving_the_next_waiting_post_is_shown_with_its_buttons(qtbot, main_window, gui_ctx):
    _submit(gui_ctx, "Art show")
    _submit(gui_ctx, "Zoo trip")
    window = main_window("principal")
    assert _nav_text(window, "approvals") == "Approvals (3)"  # before the page is opened
    page = window.show_page("approvals")
    # oldest waiting first: neither A->Z nor Z->A by title
    assert _titles(page) == ["Science fair winners", "Art show", "Zoo trip"]
    assert _shows(page, "Science fair winners")

    _click_row(qtbot, page, 1)
    assert _shows(page, "Art show") and page.approve_button.isEnabled()
    with qtbot.waitSignal(page.decided, timeout=60_000) as blocker:
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert blocker.args[1].title == "Art show"

    assert _titles(page) == ["Science fair winners", "Zoo trip"]
    # the post that took the approved one's place is selected and shown, still pending, decidable
    assert _shows(page, "Zoo trip")
    assert page.detail.post.status == "pending" and "waiting for approval" in page.detail.header.text()
    assert all(b.isEnabled() for b in (page.approve_button, page.return_button, page.reject_button))
    assert _nav_text(window, "approvals") == "Approvals (2)"
    assert page.count.text() == "2 posts waiting for you"

    _click_row(qtbot, page, 0)
    assert _shows(page, "Science fair winners") and page.approve_button.isEnabled()
    _click_row(qtbot, page, 0)  # clicking the selected row again keeps showing it
    assert _shows(page, "Science fair winners")
    _click_row(qtbot, page, 1)
    assert _shows(page, "Zoo trip")

    qtbot.keyClicks(page.comment, "Say which zoo.")
    with qtbot.waitSignal(page.decided, timeout=30_000):
        qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    assert _titles(page) == ["Science fair winners"] and _shows(page, "Science fair winners")
    assert page.approve_button.isEnabled()
    assert _nav_text(window, "approvals") == "Approvals (1)"

    with qtbot.waitSignal(page.decided, timeout=60_000):
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert _titles(page) == [] and page.detail.post is None
    assert not page.approve_button.isEnabled()
    assert _nav_text(window, "approvals") == "Approvals"


def test_the_directors_inbox_is_ordered_by_when_each_post_reached_the_director(qtbot, main_window, gui_ctx):
    """The director's queue starts when the principal approves, not at submission."""
    art, zoo = _submit(gui_ctx, "Art show"), _submit(gui_ctx, "Zoo trip")
    principal = gui_ctx.workflow(sign_in(gui_ctx, "principal")).approvals
    science = next(p for p in principal.queue() if p.title == "Science fair winners")
    for post in (zoo, science, art):
        principal.approve(post.id, post.version)

    window = main_window("director")
    page = window.show_page("approvals")
    assert _titles(page) == ["Zoo trip", "Science fair winners", "Art show"]
    assert _nav_text(window, "approvals") == "Approvals (3)"


def test_the_inbox_opens_oldest_first_even_after_sorting_by_title(qtbot, main_window, gui_ctx):
    _submit(gui_ctx, "Art show")
    window = main_window("principal")
    page = window.show_page("approvals")
    page.table.sortItems(0, Qt.SortOrder.AscendingOrder)  # as a click on the Post header
    assert _titles(page) == ["Art show", "Science fair winners"]
    page.refresh()  # the chosen order holds while the page is open
    assert _titles(page) == ["Art show", "Science fair winners"]
    window.close()  # remembers the column layout

    window = main_window("principal")
    page = window.show_page("approvals")
    assert _titles(page) == ["Science fair winners", "Art show"]


def test_refresh_updates_the_count_on_the_navigation(qtbot, main_window, gui_ctx):
    window = main_window("principal")
    assert _nav_text(window, "approvals") == "Approvals (1)"
    assert window.stack.currentWidget() is window.page("approvals")  # the principal starts there
    window.show_page("compose")
    _submit(gui_ctx, "Art show")  # arrives while the window is open
    page = window.show_page("approvals")  # opening the page reads the queue again
    assert _titles(page) == ["Science fair winners", "Art show"]
    assert _nav_text(window, "approvals") == "Approvals (2)"
