"""Staff accounts (issue 21, item 2): everyone with their roles, building and state; add an
account, change roles and building, unlock, set a new password, deactivate or reactivate.

Everything goes through the workflow's StaffService, which decides who may do what (an IT
administrator everything; the Communications Director adds staff, changes roles and buildings
and deactivates, but not for administrators, and cannot unlock or set passwords) and writes
each change to the audit log. A refusal is shown as the service's reason, in the person's
language; a dialog stays open with it so nothing typed is lost.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from ...workflow.config import MIN_PASSWORD_LENGTH
from ...workflow.errors import WorkflowError
from ...workflow.roles import ROLES
from .. import labels
from ..fit import fit_inside_screen, wrapping
from ..service_text import error_text
from .table import SimpleTable

ADMIN = "admin"


def account_state(view, now: datetime | None = None) -> str:
    """'active', 'locked until …' or 'deactivated', in the person's language."""
    from PySide6.QtCore import QCoreApplication

    now = now or datetime.now(timezone.utc)
    if not view.active:
        return QCoreApplication.translate("StaffPage", "deactivated")
    if view.locked_until is not None and view.locked_until > now:
        return QCoreApplication.translate("StaffPage", "locked until {when}").format(
            when=f"{view.locked_until.astimezone():%Y-%m-%d %H:%M}")
    return QCoreApplication.translate("StaffPage", "active")


class AccountDialog(QDialog):
    """A new account (name, e-mail, roles, building, first password) or an existing one's roles
    and building. ``save`` is called with the form's values and returns the StaffView or raises
    the service's refusal, which is shown in the dialog."""

    saved = Signal(object)  # StaffView

    def __init__(self, buildings: list[str], save, account=None, *, may_grant_admin: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.account = account
        self.setWindowTitle(self.tr("Add a staff account") if account is None
                            else self.tr("Roles and building of {name}").format(name=account.full_name))
        self.name = QLineEdit(account.full_name if account else "")
        self.name.setObjectName("accountName")
        self.name.setAccessibleName(self.tr("First and last name"))
        self.email = QLineEdit(account.email if account else "")
        self.email.setObjectName("accountEmail")
        self.email.setAccessibleName(self.tr("District e-mail address"))
        self.email.setPlaceholderText(self.tr("name@district.org"))
        if account is not None:  # the e-mail is the account's name: shown, not changed
            self.name.setReadOnly(True)
            self.email.setReadOnly(True)
        self.roles: dict[str, QCheckBox] = {}
        roles_row = QVBoxLayout()
        for code in ROLES:
            box = QCheckBox(labels.role(code))
            box.setObjectName(f"role_{code}")
            box.setChecked(bool(account and code in account.roles))
            if code == ADMIN and not may_grant_admin:
                box.setEnabled(False)
                box.setToolTip(self.tr("Only an IT administrator grants or removes this role"))
            self.roles[code] = box
            roles_row.addWidget(box)
        self.building = QComboBox()
        self.building.setObjectName("accountBuilding")
        self.building.setAccessibleName(self.tr("Home building"))
        self.building.setEditable(True)  # a new building is created by naming it
        self.building.addItem(self.tr("(none: district-wide)"), None)
        for name in buildings:
            self.building.addItem(name, name)
        if account is not None and account.building:
            self.building.setCurrentIndex(max(0, self.building.findData(account.building)))
        self.password = QLineEdit()
        self.password.setObjectName("accountPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("First password"))
        self.password.setPlaceholderText(self.tr("at least {n} characters; tell it to the person").format(
            n=MIN_PASSWORD_LENGTH))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&E-mail:"), self.email)
        roles_label = QLabel(self.tr("Roles:"))
        form.addRow(roles_label, roles_row)
        form.addRow(self.tr("&Building:"), self.building)
        if account is None:
            form.addRow(self.tr("&Password:"), self.password)
        else:
            self.password.hide()
        self.error = wrapping()
        self.error.setObjectName("accountError")
        self.error.setStyleSheet("color: #8a1c1c;")
        self.error.setAccessibleName(self.tr("Why it was not saved"))
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("&Add account") if account is None else self.tr("&Save"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("saveAccount")
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(520, 420)
        fit_inside_screen(self)
        (self.name if account is None else self.roles["author"]).setFocus()

    def chosen_roles(self) -> list[str]:
        return [code for code, box in self.roles.items() if box.isChecked()]

    def chosen_building(self) -> str | None:
        text = self.building.currentText().strip()
        if self.building.currentIndex() == 0 and text == self.building.itemText(0):
            return None
        return text or None

    def accept(self) -> None:
        if not self.chosen_roles():
            self.show_error(self.tr("Choose at least one role."))
            return
        try:
            view = self._save(self)
        except WorkflowError as exc:
            self.show_error(error_text(exc))
            return
        self.saved.emit(view)
        super().accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class PasswordDialog(QDialog):
    """A new password for someone (an IT administrator's task), typed twice."""

    def __init__(self, account, save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("New password for {name}").format(name=account.full_name))
        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("New password"))
        self.again = QLineEdit()
        self.again.setObjectName("newPasswordAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("New password again"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&New password:"), self.password)
        form.addRow(self.tr("&Again:"), self.again)
        intro = wrapping(self.tr("{name} signs in with this password from now on; tell it to them in person or by "
                                 "phone, not by e-mail.").format(name=account.full_name))
        self.error = wrapping()
        self.error.setObjectName("passwordError")
        self.error.setStyleSheet("color: #8a1c1c;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("&Set password"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.password.setFocus()

    def accept(self) -> None:
        if self.password.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ."))
            self.error.show()
            return
        try:
            self._save(self.password.text())
        except WorkflowError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        super().accept()


class StaffPage(QWidget):
    changed = Signal()  # an account was added or changed

    def __init__(self, ctx, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.workflow = ctx.workflow(actor)
        self.accounts = {}
        self.dialog = None
        self.is_admin = ADMIN in actor.roles
        self.table = SimpleTable([self.tr("Name"), self.tr("E-mail"), self.tr("Roles"), self.tr("Building"),
                                  self.tr("State")], self.tr("Staff accounts"), stretch=0)
        self.table.setObjectName("staffAccounts")
        self.table.setWordWrap(False)
        self.add_button = QPushButton(self.tr("&Add account..."))
        self.add_button.setObjectName("addAccount")
        self.edit_button = QPushButton(self.tr("&Roles and building..."))
        self.edit_button.setObjectName("editAccount")
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlockAccount")
        self.unlock_button.setToolTip(self.tr("Let a person locked out after repeated failed sign-ins try again now"))
        self.password_button = QPushButton(self.tr("Set &password..."))
        self.password_button.setObjectName("setPassword")
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.active_button.setObjectName("toggleActive")
        for button in (self.unlock_button, self.password_button):
            button.setVisible(self.is_admin)  # the service lets only an IT administrator do these
        self.status = wrapping()
        self.status.setObjectName("staffStatus")
        self.status.setAccessibleName(self.tr("Staff accounts status"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.unlock_button, self.password_button, self.active_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapping(self.tr("Everyone who may sign in to ClearPost, with their real name and district "
                                          "e-mail. Every change is written to the audit log.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.add_button.clicked.connect(self.add_account)
        self.edit_button.clicked.connect(self.edit_account)
        self.unlock_button.clicked.connect(self.unlock)
        self.password_button.clicked.connect(self.set_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._buttons)
        self.table.itemActivated.connect(lambda _item: self.edit_account())
        shortcut = QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_account)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._buttons()

    # -- listing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.current()
        try:
            accounts = self.workflow.staff.list()
        except WorkflowError as exc:
            accounts = []
            self.status.setText(error_text(exc))
        self.accounts = {a.email: a for a in accounts}
        self.table.fill([[a.full_name, a.email, labels.roles(sorted(a.roles, key=ROLES.index)), a.building or "-",
                          account_state(a)] for a in accounts], [a.email for a in accounts])
        self.select(selected.email if selected else None)

    def select(self, email: str | None) -> None:
        self.table.clearSelection()
        for row in range(self.table.rowCount()):
            if email is not None and self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == email:
                self.table.selectRow(row)
                break
        self._buttons()

    def current(self):
        return self.accounts.get(self.table.current_key())

    def _buttons(self) -> None:
        account = self.current()
        me = account is not None and account.email == self.actor.email
        for b in (self.edit_button, self.unlock_button, self.password_button, self.active_button):
            b.setEnabled(account is not None)
        if account is not None:
            self.active_button.setText(self.tr("Re&activate") if not account.active else self.tr("&Deactivate"))
            self.active_button.setEnabled(not me)  # nobody deactivates their own account
            locked = account.locked_until is not None and account.locked_until > datetime.now(timezone.utc)
            self.unlock_button.setEnabled(locked)

    # -- changes --------------------------------------------------------------------------------
    def _done(self, message: str, email: str | None) -> None:
        self.refresh()
        self.select(email)
        self.status.setText(message)
        self.changed.emit()

    def add_account(self) -> None:
        def save(dialog):
            return self.workflow.staff.add(dialog.email.text(), dialog.name.text(), dialog.chosen_roles(),
                                           building=dialog.chosen_building(), password=dialog.password.text() or None)

        self.dialog = AccountDialog(self._buildings(), save, may_grant_admin=self.is_admin, parent=self)
        self.dialog.saved.connect(lambda view: self._done(
            self.tr("Added {name} ({email}).").format(name=view.full_name, email=view.email), view.email))
        self.dialog.open()

    def edit_account(self) -> None:
        account = self.current()
        if account is None:
            return

        def save(dialog):
            view = account
            roles = set(dialog.chosen_roles())
            if roles != set(account.roles):
                view = self.workflow.staff.set_roles(account.email, roles)
            if dialog.chosen_building() != account.building:
                view = self.workflow.staff.set_building(account.email, dialog.chosen_building())
            return view

        self.dialog = AccountDialog(self._buildings(), save, account, may_grant_admin=self.is_admin, parent=self)
        self.dialog.saved.connect(lambda view: self._done(
            self.tr("Saved the roles and building of {name}.").format(name=view.full_name), view.email))
        self.dialog.open()

    def unlock(self) -> None:
        account = self.current()
        if account is None:
            return
        try:
            self.workflow.staff.unlock(account.email)
        except WorkflowError as exc:
            self.status.setText(error_text(exc))
            return
        self._done(self.tr("Unlocked {name}: they can sign in again now.").format(name=account.full_name),
                   account.email)

    def set_password(self) -> None:
        account = self.current()
        if account is None:
            return
        self.dialog = PasswordDialog(account, lambda pw: self.workflow.staff.set_password(account.email, pw), self)
        self.dialog.accepted.connect(lambda: self._done(
            self.tr("New password set for {name}.").format(name=account.full_name), account.email))
        self.dialog.open()

    def toggle_active(self) -> None:
        account = self.current()
        if account is None:
            return
        if account.active:
            answer = QMessageBox.question(
                self, self.tr("Deactivate {name}?").format(name=account.full_name),
                self.tr("{name} will no longer be able to sign in. Their posts and decisions stay. You can "
                        "reactivate the account later.").format(name=account.full_name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            view = self.workflow.staff.set_active(account.email, not account.active)
        except WorkflowError as exc:
            self.status.setText(error_text(exc))
            return
        self._done((self.tr("Deactivated {name}.") if not view.active else self.tr("Reactivated {name}."))
                   .format(name=view.full_name), view.email)

    def _buildings(self) -> list[str]:
        try:
            return self.workflow.staff.buildings()
        except WorkflowError:
            return []
