"""Before submitting: screen the draft as it is, show what will happen (who approves next) and
what still blocks; submit only when nothing does.

What the author reads is built here from the screening's findings, in words for people: a
restricted face is named by where it is in the photo ("2nd from left"), never by the student's
ID or name, nor by pixel coordinates (those are for the approvers, in the review dialog)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListView, QListWidget, QListWidgetItem,
                               QProgressBar, QVBoxLayout, QWidget)

from ...workflow.errors import Refused
from ...workflow.roles import merge_chains
from .. import labels, verdicts
from ..fit import fit_inside_screen
from ..tasks import run_task
from ..service_text import error_text

class SubmitDialog(QDialog):
    submitted = Signal(object)  # PostView

    def __init__(self, ctx, actor, post, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.post = ctx, actor, post
        self.workflow = ctx.workflow(actor)
        self.setWindowTitle(self.tr("Submit for approval"))
        chain = merge_chains(c.approval_chain for c in post.channels)
        steps = [self.role_text(r) for r in chain]
        self.plan = QLabel(self.tr("<b>What happens:</b> ClearPost checks the text and every photo against today's "
                                   "roster, then the post goes to {steps}, in that order. You can withdraw it until it is "
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
        self.problems.setWordWrap(True)  # whole sentences, wrapped: never cut at the dialog's edge
        self.problems.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setResizeMode(QListView.ResizeMode.Adjust)
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
        fit_inside_screen(self)  # never larger than the screen (1024x700 with a title bar)
        self.blocking: list[str] = []
        self.task = run_task(self.workflow.drafts.check, post.id, on_done=self._checked, on_error=self._error)

    def role_text(self, role: str) -> str:
        return {"principal": self.tr("the principal of the post's building"),
                "director": self.tr("the Communications Director")}.get(role, labels.role(role))

    def _show(self, blocking, notes) -> None:
        self.problems.clear()
        for text in blocking:
            self.problems.addItem(QListWidgetItem(verdicts.verdict_icon("blocked"), text))
        for text in notes:
            self.problems.addItem(QListWidgetItem(verdicts.verdict_icon("review"), text))

    # -- the findings in words for the author ---------------------------------------------------
    def _uses(self, uses) -> str:
        return self.tr(" and ").join(labels.use(u) for u in uses)

    def _ordinal(self, n: int) -> str:
        if 10 <= n % 100 <= 20 or n % 10 not in (1, 2, 3):
            return self.tr("{n}th").format(n=n)
        return {1: self.tr("{n}st"), 2: self.tr("{n}nd"), 3: self.tr("{n}rd")}[n % 10].format(n=n)

    def place_text(self, place) -> str:
        """Where a face is: "the only face", "2nd from left" (``postcheck.FacePlace``)."""
        words = (self.tr("the only face") if place.count == 1
                 else self.tr("{ordinal} from left").format(ordinal=self._ordinal(place.place)))
        return words if place.frame == 0 else self.tr("{where}, frame {n}").format(where=words, n=place.frame + 1)

    def _finding_text(self, finding: dict) -> str:
        return verdicts.finding_text(finding["kind"], finding["level"], finding["message"])

    def author_messages(self, check) -> tuple[list[str], list[str]]:
        """(what blocks, notes for the approvers) of a ``PostCheck``, for the author."""
        blocking, notes = [], []
        for photo in check.photos:
            unreadable = photo.unreadable_for_author()
            if unreadable is not None:
                tool_failure, reason = unreadable
                if verdicts.too_large(reason):
                    blocking.append(self.tr("Photo {file}: {advice}").format(file=photo.filename,
                                                                             advice=verdicts.too_large_advice()))
                    continue
                text = (self.tr("Photo {file}: ClearPost could not screen it ({reason}). Try again; if it keeps "
                                "happening, tell IT.") if tool_failure else
                        self.tr("Photo {file}: could not be read ({reason}). Remove it or add another copy of "
                                "the photo."))
                blocking.append(text.format(file=photo.filename, reason=reason))
                continue
            for place, uses in photo.restricted_for_author():
                blocking.append(self.tr("Photo {file}: restricted face ({where}): a student whose photo opt-out "
                                        "covers {uses}. Remove the photo or replace it with its redacted "
                                        "copy.").format(file=photo.filename, where=self.place_text(place),
                                                        uses=self._uses(uses)))
        for f in check.text_findings:
            if f["level"] == "error":
                blocking.append(self.tr("Text: \u201c{text}\u201d is {what}.").format(text=f["text"],
                                                                                 what=self._finding_text(f)))
        blocking += list(check.length_problems)
        if check.unprotected_note:
            notes.append(check.unprotected_note)
        for photo in check.photos:
            if photo.unreadable_for_author() is None:
                review = {}
                for use, r in sorted(photo.results.items()):
                    n = sum(face.verdict.value == "review" for face in r.faces)
                    if n:
                        review.setdefault(n, []).append(use)
                for n, uses in review.items():
                    notes.append(self.tr("Photo {file}: %n face(s) need a person to look ({uses}).", "", n).format(
                        file=photo.filename, uses=self._uses(uses)))
            if photo.kind == "redacted":
                notes.append(self.tr("Photo {file}: redacted copy; an approver checks that every face that must "
                                     "be hidden is.").format(file=photo.filename))
            for c in photo.caption_findings:
                source = self.tr("file name") if c["source"] == "file name" else self.tr("embedded caption")
                what = verdicts.finding_text(c["kind"], "error", self.tr("personal information"))
                notes.append(self.tr("Photo {file}: its {source} mentions \u201c{text}\u201d, {what}; it is "
                                     "removed on export.").format(file=photo.filename, source=source,
                                                                  text=c["text"], what=what))
        for f in check.text_findings:
            if f["level"] != "error":
                notes.append(self.tr("Text: \u201c{text}\u201d: {what}").format(text=f["text"],
                                                                          what=self._finding_text(f)))
        return blocking, notes

    def _checked(self, check) -> None:
        self.progress.hide()
        self.blocking, notes = self.author_messages(check)
        self._show(self.blocking, notes)
        if self.blocking:
            self.status.setText(self.tr("<b>This post cannot be submitted yet.</b> Fix what is marked with a red "
                                        "cross: remove the photo or replace it with its redacted copy, change the "
                                        "text."))
        elif notes:
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
            if exc.report is not None:
                self.blocking, notes = self.author_messages(exc.report)
            else:  # the reasons may name students: say only that screening refused
                self.blocking, notes = [self.tr("Screening found something that must not be published.")], []
            self._show(self.blocking, notes)
            self.status.setText(self.tr("<b>Not submitted.</b> Fix what is marked with a red cross."))
        else:
            self.status.setText(self.tr("<b>Not submitted:</b> {error}").format(error=error_text(exc)))
