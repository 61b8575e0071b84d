"""The sign-in window: e-mail and password; in the demo, the demo accounts to pick from.

It paints before the database is open: the app opens it (and, the first time, writes the demo
district) in the background and calls ``set_ready`` when sign-in can start.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from . import labels
from .banner import DemoBanner
from .fit import fit_inside_screen
from .tasks import run_task
from .service_text import error_text


def _role_name(code: str) -> str:
    """A role as a table cell, in the app's language: "Principal", "Director/a de escuela"."""
    name = labels.role(code)
    return name[:1].upper() + name[1:]


class SignInWindow(QWidget):
    signed_in = Signal(object)  # StaffView
    first_painted = Signal()

    def __init__(self, *, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = None
        self._painted = False
        self.setWindowTitle(self.tr("Sign in"))  # Qt adds the application's name
        self.setObjectName("signIn")
        layout = QVBoxLayout(self)
        if demo:
            layout.addWidget(DemoBanner())
        title = QLabel(self.tr("<h2>ClearPost</h2>Publish school photos and news without breaking student-privacy law."))
        title.setWordWrap(True)
        layout.addWidget(title)

        form = QFormLayout()
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("E-mail"))
        self.email.setPlaceholderText(self.tr("name@district.org"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)

        row = QHBoxLayout()
        self.status = QLabel(self.tr("Opening the database..."))
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Opening the database"))
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setEnabled(False)
        row.addWidget(self.status, 1)
        row.addWidget(self.progress)
        row.addWidget(self.sign_in_button)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setObjectName("signInError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Sign-in problem"))
        layout.addWidget(self.error)

        self.accounts = None
        if demo:
            layout.addWidget(QLabel(self.tr("Demo accounts - the password of every one is <b>{pw}</b>. "
                                            "Double-click one to fill in the form.").format(pw=DEMO_PASSWORD)))
            self.accounts = QTableWidget(len(DEMO_ACCOUNTS), 3)
            self.accounts.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("E-mail")])
            self.accounts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.accounts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            self.accounts.verticalHeader().hide()
            self.accounts.setAccessibleName(self.tr("Demo accounts"))
            for r, account in enumerate(DEMO_ACCOUNTS):
                role = ", ".join(_role_name(x) for x in account.roles)
                where = f" ({account.building})" if account.building else ""
                for c, text in enumerate((account.full_name, role + where, account.email)):
                    self.accounts.setItem(r, c, QTableWidgetItem(text))
            self.accounts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            self.accounts.horizontalHeader().setStretchLastSection(True)
            self.accounts.itemActivated.connect(self._pick_account)
            layout.addWidget(self.accounts, 1)
            self.resize(720, 520)
        else:
            layout.addStretch(1)
            self.resize(460, 260)
        fit_inside_screen(self)

        self.sign_in_button.clicked.connect(self.sign_in)
        self.password.returnPressed.connect(self.sign_in)
        self.email.returnPressed.connect(self.password.setFocus)
        self.setTabOrder(self.email, self.password)
        self.setTabOrder(self.password, self.sign_in_button)
        if self.accounts is not None:
            self.setTabOrder(self.sign_in_button, self.accounts)
        self.email.setFocus()

    # -- loading ------------------------------------------------------------------------------
    def show_progress(self, what: str, done: int, total: int) -> None:
        texts = {"accounts": self.tr("Setting up the demo district (first start only): staff accounts..."),
                 "channels": self.tr("Setting up the demo district: channels..."),
                 "faces": self.tr("Setting up the demo district: enrolling reference photos {done}/{total}..."),
                 "photos": self.tr("Setting up the demo district: sample photos..."),
                 "posts": self.tr("Setting up the demo district: sample posts..."),
                 "done": self.tr("Demo district ready.")}
        self.status.setText(texts.get(what, what).format(done=done, total=total))

    def set_ready(self, ctx) -> None:
        self.ctx = ctx
        self.progress.hide()
        self.status.setText(self.tr("Connected to {db}").format(db=ctx.db.safe_url) if not ctx.is_demo
                            else self.tr("Demo district ready."))
        self.sign_in_button.setEnabled(True)

    def set_failed(self, message: str) -> None:
        self.progress.hide()
        self.status.setText(self.tr("The database cannot be opened."))
        self.error.setText(message)

    def reset(self) -> None:
        """After sign-out: an empty form for the next person, the cursor in the e-mail box (a
        name typed at once must not land in the password box, where it would count as a failed
        sign-in of the previous person)."""
        self.email.clear()
        self.password.clear()
        self.error.clear()
        self.status.setText(self.tr("Signed out."))
        self.sign_in_button.setEnabled(self.ctx is not None)
        self.email.setFocus()

    # -- signing in ---------------------------------------------------------------------------
    def _pick_account(self, item: QTableWidgetItem) -> None:
        self.email.setText(DEMO_ACCOUNTS[item.row()].email)
        self.password.setText(DEMO_PASSWORD)
        self.sign_in_button.setFocus()

    def sign_in(self) -> None:
        if self.ctx is None or not self.sign_in_button.isEnabled():
            return
        email, password = self.email.text().strip(), self.password.text()
        if not email or not password:
            self.error.setText(self.tr("Enter your e-mail address and password."))
            return
        self.error.clear()
        self.sign_in_button.setEnabled(False)
        self.status.setText(self.tr("Signing in..."))
        run_task(self.ctx.auth.authenticate, email, password, on_done=self._signed_in, on_error=self._failed)

    def _signed_in(self, actor) -> None:
        self.status.setText(self.tr("Signed in."))
        self.password.clear()
        self.sign_in_button.setEnabled(True)
        self.signed_in.emit(actor)

    def _failed(self, exc) -> None:
        self.sign_in_button.setEnabled(True)
        self.status.setText("")
        self.error.setText(error_text(exc))
        self.password.selectAll()
        self.password.setFocus()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
