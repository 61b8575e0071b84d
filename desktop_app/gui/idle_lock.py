"""The idle lock: after a quiet spell (shared classroom computers) the window hides its content
and asks for the signed-in person's password again.

``IdleWatcher`` watches keyboard and mouse input application-wide; ``LockPage`` is what the
main window shows while locked. Unlocking goes through the same authenticator as sign-in, so
failures count towards the account's lock-out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from .tasks import run_task
from .service_text import error_text

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin, QEvent.Type.InputMethod}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_interval(interval_ms)
        QApplication.instance().installEventFilter(self)

    def set_interval(self, interval_ms: int) -> None:
        self.interval_ms = int(interval_ms)
        self.timer.stop()
        if self.interval_ms > 0:
            self.timer.start(self.interval_ms)

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        self.set_interval(self.interval_ms)

    def eventFilter(self, obj, event) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start(self.interval_ms)
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockPage(QWidget):
    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, ctx, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.setObjectName("lockPage")
        self.title = title = QLabel()
        self.title.setObjectName("lockTitle")
        title.setWordWrap(True)
        self._set_title(manual=False)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("Password for {email}").format(email=actor.email))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.sign_out_button = QPushButton(self.tr("Sign &out"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Unlock problem"))
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.unlock_button)
        row.addWidget(self.sign_out_button)
        box = QVBoxLayout()
        box.addWidget(title)
        box.addLayout(row)
        box.addWidget(self.error)
        inner = QWidget()
        inner.setLayout(box)
        inner.setMaximumWidth(560)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(inner)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)
        self.unlock_button.clicked.connect(self.unlock)
        self.password.returnPressed.connect(self.unlock)
        self.sign_out_button.clicked.connect(self.sign_out_requested)

    def _set_title(self, manual: bool) -> None:
        if manual:
            text = self.tr("<h2>Locked</h2>You locked ClearPost. {name}, enter your password to go on.")
        else:
            text = self.tr("<h2>Locked</h2>ClearPost locked itself after a while without use. "
                           "{name}, enter your password to go on.")
        self.title.setText(text.format(name=self.actor.full_name))

    def activate(self, manual: bool = False) -> None:
        """Show the lock: ``manual`` when the person locked it (File > Lock), else the idle lock."""
        self._set_title(manual)
        self.password.clear()
        self.error.clear()
        self.unlock_button.setEnabled(True)
        self.password.setFocus()

    def unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        if not self.password.text():
            self.error.setText(self.tr("Enter your password."))
            return
        self.unlock_button.setEnabled(False)
        run_task(self.ctx.auth.authenticate, self.actor.email, self.password.text(),
                 on_done=self._done, on_error=self._failed)

    def _done(self, _actor) -> None:
        self.password.clear()
        self.unlock_button.setEnabled(True)
        self.unlocked.emit()

    def _failed(self, exc) -> None:
        self.unlock_button.setEnabled(True)
        self.error.setText(error_text(exc))
        self.password.selectAll()
        self.password.setFocus()
