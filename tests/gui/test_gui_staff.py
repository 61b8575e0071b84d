"""The Staff accounts page (issue 21, item 2): the IT administrator adds an account, changes its
roles and building, sets its password, unlocks it and deactivates it, all through StaffService
(its rules, its audit entries); the director may do what the service allows and no more."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui_helpers import sign_in

EMAIL = "maria.castellanos@demo.ycs.example.org"


def _row_of(page, email: str) -> int:
    return next(r for r in range(page.table.rowCount())
                if page.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == email)


def _cells(page, email: str) -> list[str]:
    row = _row_of(page, email)
    return [page.table.item(row, c).text() for c in range(page.table.columnCount())]


def test_admin_manages_an_account_from_start_to_end(qtbot, main_window, gui_ctx, monkeypatch):
    from desktop_app.workflow import AuthError, LockedOut

    window = main_window("admin")
    page = window.show_page("staff")
    assert window.stack.currentWidget() is page
    assert page.table.rowCount() == 6  # the demo's accounts

    # add: the service's rule (a real first and last name) is shown in the dialog, which stays open
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.name, "Maria")
    qtbot.keyClicks(dialog.email, EMAIL)
    dialog.roles["author"].setChecked(True)
    dialog.building.setCurrentIndex(dialog.building.findData("Yelm High School"))
    qtbot.keyClicks(dialog.password, "first password 1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "first and last name" in dialog.error.text()
    qtbot.keyClicks(dialog.name, " Castellanos")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _cells(page, EMAIL) == ["Maria Castellanos", EMAIL, "author", "Yelm High School", "active"]
    assert page.current().email == EMAIL and "Added Maria Castellanos" in page.status.text()
    assert gui_ctx.auth.authenticate(EMAIL, "first password 1").full_name == "Maria Castellanos"

    # roles and building: she becomes principal of Mill Pond
    page.edit_account()
    dialog = page.dialog
    assert dialog.email.isReadOnly()
    dialog.roles["author"].setChecked(False)
    dialog.roles["principal"].setChecked(True)
    dialog.building.setCurrentIndex(dialog.building.findData("Mill Pond Elementary"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert _cells(page, EMAIL)[2:4] == ["principal", "Mill Pond Elementary"]

    # locked out after five wrong passwords: the page shows it and unlocks it
    for _ in range(5):
        try:
            gui_ctx.auth.authenticate(EMAIL, "wrong password!")
        except (AuthError, LockedOut):
            pass
    page.refresh()
    assert _cells(page, EMAIL)[4].startswith("locked until")
    assert page.unlock_button.isEnabled()
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert _cells(page, EMAIL)[4] == "active" and not page.unlock_button.isEnabled()

    # a new password, typed twice
    page.set_password()
    dialog = page.dialog
    qtbot.keyClicks(dialog.password, "second password 2")
    qtbot.keyClicks(dialog.again, "second password 3")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "differ" in dialog.error.text()
    dialog.again.clear()
    qtbot.keyClicks(dialog.again, "second password 2")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert gui_ctx.auth.authenticate(EMAIL, "second password 2").roles == {"principal"}

    # deactivate (after a confirmation naming her): she can no longer sign in
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert _cells(page, EMAIL)[4] == "deactivated"
    assert page.active_button.text().replace("&", "") == "Reactivate"
    try:
        gui_ctx.auth.authenticate(EMAIL, "second password 2")
        raise AssertionError("a deactivated account signed in")
    except AuthError:
        pass

    # nobody deactivates their own account: the button is disabled on one's own row
    page.select("ivy.admin@demo.ycs.example.org")
    assert not page.active_button.isEnabled()

    actions = [e.action for e in gui_ctx.workflow(sign_in(gui_ctx, "admin")).audit.entries(action_prefix="staff.")]
    for action in ("staff.added", "staff.roles_changed", "staff.building_changed", "staff.unlocked",
                   "staff.password_set", "staff.deactivated"):
        assert action in actions, actions


def test_director_manages_staff_but_not_admins_nor_passwords(qtbot, main_window, gui_ctx):
    window = main_window("director")
    page = window.show_page("staff")
    assert not page.unlock_button.isVisibleTo(page) and not page.password_button.isVisibleTo(page)
    page.add_account()
    dialog = page.dialog
    assert not dialog.roles["admin"].isEnabled()  # only an IT administrator grants it
    dialog.close()
    # the service refuses the director changing an admin's roles: the reason stays in the dialog
    page.select("ivy.admin@demo.ycs.example.org")
    page.edit_account()
    dialog = page.dialog
    dialog.roles["author"].setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "IT administrator" in dialog.error.text()
    assert gui_ctx.workflow(sign_in(gui_ctx, "admin")).staff.get("ivy.admin@demo.ycs.example.org").roles == {"admin"}
