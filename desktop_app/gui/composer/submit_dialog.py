"""Before submitting: screen the draft as it is, show what will happen (who approves next) and
what still blocks; submit only when nothing does."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QProgressBar,
                               QVBoxLayout, QWidget)

from ...workflow.errors import Refused
from ...workflow.roles import merge_chains
from .. import verdicts
from ..tasks import run_task

ROLE_TEXT = {"principal": "the principal of the post's building", "director": "the Communications Director"}


class SubmitDialog(QDialog):
    submitted = Signal(object)  # PostView

    def __init__(self, ctx, actor, post, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.post = ctx, actor, post
        self.workflow = ctx.workflow(actor)
        self.setWindowTitle(self.tr("Submit for approval"))
        chain = merge_chains(c.approval_chain for c in post.channels)
        steps = [self.tr(ROLE_TEXT[r]) for r in chain]
        self.plan = QLabel(self.tr("<b>What happens:</b> ClearPost screens the text and every photo again, then "
                                   "the post goes to {steps}, in that order. You can withdraw it until it is "
                                   "published.").format(steps=self.tr(", then ").join(steps)))
        self.plan.setWordWrap(True)
        self.status = QLabel(self.tr("Screening the post..."))
        self.status.setObjectName("submitStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Screening"))
        self.problems = QListWidget()
        self.problems.setObjectName("submitProblems")
        self.problems.setAccessibleName(self.tr("What blocks and notes for the approvers"))
        self.buttons = QDialogButtonBox()
        self.submit_button = self.buttons.addButton(self.tr("&Submit"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setObjectName("confirmSubmit")
        self.submit_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plan)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self.resize(680, 420)
        self.blocking: list[str] = []
        self.task = run_task(self.workflow.drafts.check, post.id, on_done=self._checked, on_error=self._error)

    def _show(self, blocking, notes) -> None:
        self.problems.clear()
        for text in blocking:
            self.problems.addItem(QListWidgetItem(verdicts.verdict_icon("blocked"), text))
        for text in notes:
            self.problems.addItem(QListWidgetItem(verdicts.verdict_icon("review"), text))

    def _checked(self, check) -> None:
        self.progress.hide()
        self.blocking = list(check.blocking)
        self._show(check.blocking, check.notes)
        if self.blocking:
            self.status.setText(self.tr("<b>This post cannot be submitted yet.</b> Fix what is marked with a red "
                                        "cross: remove the photo or replace it with its redacted copy, change the "
                                        "text."))
        elif check.notes:
            self.status.setText(self.tr("Nothing blocks. The approvers will decide the points marked in amber."))
            self.submit_button.setEnabled(True)
        else:
            self.status.setText(self.tr("Nothing blocks and nothing needs review."))
            self.submit_button.setEnabled(True)
        self.submit_button.setFocus()

    def submit(self) -> None:
        if not self.submit_button.isEnabled():
            return
        self.submit_button.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Submitting..."))
        self.task = run_task(self.workflow.drafts.submit, self.post.id, self.post.version,
                             on_done=self._submitted, on_error=self._error)

    def _submitted(self, outcome) -> None:
        view, _check = outcome
        self.submitted.emit(view)
        self.accept()

    def _error(self, exc) -> None:
        self.progress.hide()
        if isinstance(exc, Refused):
            self.blocking = list(exc.reasons)
            self._show(exc.reasons, [])
            self.status.setText(self.tr("<b>Not submitted.</b>"))
        else:
            self.status.setText(self.tr("<b>Not submitted:</b> {error}").format(error=str(exc)))
