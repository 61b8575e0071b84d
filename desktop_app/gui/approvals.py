"""The approvals inbox: posts waiting for my decision, oldest waiting first (sortable), with their
screening summary; the selected post as it will look; approve, return with comments, or reject.
After a decision the list is read again and the post now selected (the next one) is shown. The
decision buttons ignore the second press of a double-click: it used to arrive after a quick
approval came back and approve the next post unseen (issue 21, item 3).

Keyboard: Ctrl+Return approves, Alt+R returns, Alt+J rejects (comments in the box first).
Approving screens the post again against today's roster, in the worker processes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QPushButton,
                               QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..workflow.errors import Refused
from . import labels, verdicts
from .post_detail import PostDetail, photo_summary
from .post_results import names_of_opted_out
from .tasks import run_task
from .service_text import error_text

WAITING_COLUMN = 3


def waiting_since(post):
    """When the post reached the approver it waits for: its submission, or the approval of the
    step before in this round."""
    times = [d.at for d in post.decisions if d.round == post.round and d.decision == "approved"]
    if post.submitted_at is not None:
        times.append(post.submitted_at)
    return max(times) if times else post.created_at


class SortItem(QTableWidgetItem):
    """A cell that sorts by a key (dates, counts) rather than by its text."""

    def __init__(self, text: str, key) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other) -> bool:
        if isinstance(other, SortItem):
            return self.key < other.key
        return super().__lt__(other)


class IgnoreDoubleClicks(QObject):
    """An event filter that swallows a double-click's second press on a button (Qt would take it
    as another click); a person who means to click twice clicks twice."""

    def eventFilter(self, watched, event) -> bool:
        return event.type() == QEvent.Type.MouseButtonDblClick


class ApprovalsPage(QWidget):
    decided = Signal(str, object)  # decision, PostView
    count_changed = Signal(int)  # how many posts wait for me, after each reading of the queue

    def __init__(self, ctx, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.workflow = ctx.workflow(actor)
        self.posts = {}
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("inbox")
        self.table.setAccessibleName(self.tr("Posts waiting for you"))
        self.table.setHorizontalHeaderLabels([self.tr("Post"), self.tr("Author"), self.tr("Building"),
                                              self.tr("Waiting since"), self.tr("Photos"), self.tr("Text findings")])
        self.table.horizontalHeaderItem(WAITING_COLUMN).setToolTip(
            self.tr("When the post reached you: submitted, or approved at the step before yours"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._sort_oldest_first()
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        self.detail = PostDetail(ctx, actor, show_names=True)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("decisionComment")
        self.comment.setAccessibleName(self.tr("Comment for the author"))
        self.comment.setPlaceholderText(self.tr("Comment for the author (needed to return or reject)"))
        self.comment.setMaximumHeight(70)
        self.comment.setTabChangesFocus(True)
        self._no_double_clicks = IgnoreDoubleClicks(self)
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.approve_button.setToolTip(self.tr("Approve (Ctrl+Return)"))
        self.return_button = QPushButton(self.tr("&Return to author"))
        self.reject_button = QPushButton(self.tr("Re&ject"))
        self.review_button = QPushButton(self.tr("Review &faces..."))
        self.review_button.setToolTip(self.tr("Compare faces that resemble opted-out students with their reference "
                                              "photos and decide"))
        for b, name in ((self.approve_button, "approve"), (self.return_button, "return"), (self.reject_button, "reject"),
                        (self.review_button, "reviewFaces")):
            b.setObjectName(name)
            b.installEventFilter(self._no_double_clicks)
        self.status = QLabel()
        self.status.setObjectName("decisionStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Decision status"))
        buttons = QHBoxLayout()  # the status above the buttons: a long refusal wraps over the whole width
        buttons.addStretch(1)
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.return_button)
        buttons.addWidget(self.reject_button)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.detail, 1)
        rl.addWidget(self.comment)
        rl.addWidget(self.status)
        rl.addLayout(buttons)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.count)
        ll.addWidget(self.table, 1)
        self.splitter = QSplitter()
        self.splitter.setObjectName("approvalsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([480, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.table.itemSelectionChanged.connect(self._selected)
        self.table.cellClicked.connect(lambda _row, _col: self._selected())  # a click always shows its row
        self.approve_button.clicked.connect(self.approve)
        self.return_button.clicked.connect(lambda: self._decide("return"))
        self.reject_button.clicked.connect(lambda: self._decide("reject"))
        self.review_button.clicked.connect(self.review_faces)
        self.review_dialog = None
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.approve)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setTabOrder(self.table, self.comment)
        self.setTabOrder(self.comment, self.approve_button)
        self.task = None
        self._buttons(False)

    def refresh(self) -> None:
        """Read the queue again, keeping the selected post if it still waits for me."""
        self._reload(self.current_id())

    def _reload(self, keep_id: int | None, fallback_row: int = 0) -> None:
        self.posts = {p.id: p for p in self.workflow.approvals.queue()}
        with QSignalBlocker(self.table):  # no selection signals from a half-built table
            self.table.setSortingEnabled(False)
            self.table.clearSelection()
            self.table.setRowCount(len(self.posts))
            for row, post in enumerate(self.posts.values()):
                since = waiting_since(post)
                errors = sum(f.get("level") == "error" for f in post.text_findings)
                warnings = len(post.text_findings) - errors
                cells = [SortItem(post.title, post.title.lower()), SortItem(post.author_name, post.author_name),
                         SortItem(post.building or "-", post.building or ""),
                         SortItem(f"{since.astimezone():%Y-%m-%d %H:%M}", (since.timestamp(), post.id)),
                         SortItem(photo_summary(post), photo_summary(post)),
                         SortItem(self.tr("%n warning(s)", "", warnings) if warnings else self.tr("none"), warnings)]
                cells[0].setData(Qt.ItemDataRole.UserRole, post.id)
                for col, cell in enumerate(cells):
                    self.table.setItem(row, col, cell)
            self.table.setSortingEnabled(True)
        self.count.setText(self.tr("%n post(s) waiting for you", "", len(self.posts)))
        row = self._row_of(keep_id)
        if row is None and self.table.rowCount():
            row = min(max(fallback_row, 0), self.table.rowCount() - 1)
        self._select_row(row)
        self.count_changed.emit(len(self.posts))

    def _row_of(self, post_id: int | None) -> int | None:
        for row in range(self.table.rowCount()):
            if post_id is not None and self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == post_id:
                return row
        return None

    def _select_row(self, row: int | None) -> None:
        with QSignalBlocker(self.table):
            if row is None:
                self.table.clearSelection()
            else:
                self.table.selectRow(row)
        self._selected()  # whether or not the selection changed, the detail and buttons follow it

    def select(self, post_id: int | None) -> None:
        """Select that post (None: the first in the list) and show it."""
        row = self._row_of(post_id) if post_id is not None else (0 if self.table.rowCount() else None)
        self._select_row(row)

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def _selected(self) -> None:
        post = self.posts.get(self.current_id())
        if post is not self.detail.post:
            self.detail.set_post(post)
        self._buttons(post is not None)

    def review_faces(self) -> None:
        post = self.posts.get(self.current_id())
        if post is None:
            return
        from .review_dialog import FaceReviewDialog

        self.review_dialog = FaceReviewDialog(self.ctx, self.actor, post.id, self)
        self.review_dialog.decided.connect(
            lambda: self.status.setText(self.tr("Decision recorded; approving screens the post again with it.")))
        self.review_dialog.open()

    def _buttons(self, enabled: bool) -> None:
        for b in (self.approve_button, self.return_button, self.reject_button, self.review_button):
            b.setEnabled(enabled and (self.task is None or not self.task.running))

    def approve(self) -> None:
        post = self.posts.get(self.current_id())
        if post is None or not self.approve_button.isEnabled():
            return
        self.status.setText(self.tr("Screening the post again against today's roster..."))
        self.task = run_task(self.workflow.approvals.approve, post.id, post.version, self.comment.toPlainText().strip(),
                             on_done=lambda view: self._done("approved", view), on_error=self._failed)
        self._buttons(False)

    def _decide(self, decision: str) -> None:
        post = self.posts.get(self.current_id())
        if post is None:
            return
        comment = self.comment.toPlainText().strip()
        if not comment:
            self.status.setText(self.tr("Write a comment for the author first."))
            self.comment.setFocus()
            return
        fn = self.workflow.approvals.return_to_author if decision == "return" else self.workflow.approvals.reject
        self.task = run_task(fn, post.id, post.version, comment,
                             on_done=lambda view: self._done("returned" if decision == "return" else "rejected", view),
                             on_error=self._failed)
        self._buttons(False)

    def _done(self, decision: str, view) -> None:
        self.comment.clear()
        messages = {"approved": self.tr("Approved \u201c{title}\u201d."), "returned": self.tr("Returned \u201c{title}\u201d "
                    "to its author."), "rejected": self.tr("Rejected \u201c{title}\u201d.")}
        keep = self.current_id()  # another post chosen while this one was decided stays chosen
        if keep == view.id:  # otherwise the post that takes the decided one's place in the list
            keep, row = None, self._row_of(view.id)
        else:
            row = 0
        self._reload(keep, row or 0)
        self.status.setText(messages[decision].format(title=view.title))
        self.decided.emit(decision, view)

    def refusal_reasons(self, check) -> tuple[list[str], bool]:
        """Why screening refused the approval, in the approver's language: which student (an
        approver may know), in which photo; and whether some face awaits a decision."""
        names = names_of_opted_out(self.ctx.roster)
        reasons, undecided = [], False
        restricted: dict[tuple[str, str], list[str]] = {}  # (photo, student) -> uses: one reason, not one per use
        for photo in check.photos:
            for use, result in sorted(photo.results.items()):
                if result.error:
                    reasons.append(self.tr("photo {file} could not be screened").format(file=photo.filename))
                    break
                for face in result.faces:
                    who = face.student_id or "?"
                    name = f"{names.get(who, who)} ({who})"
                    if face.verdict.value == "restricted":
                        key = (photo.filename, name)
                        if key not in restricted:
                            restricted[key] = []
                            reasons.append(key)  # its place in the list; the words once every use is known
                        if use not in restricted[key]:
                            restricted[key].append(use)
                    elif face.verdict.value == "review" and face.candidates:
                        undecided = True
                        reasons.append(self.tr("a face in photo {file} looks like {name}").format(
                            file=photo.filename, name=name))
        for f in check.text_findings:
            if f["level"] == "error":
                reasons.append(self.tr("the text has {what}: \u201c{text}\u201d").format(
                    what=verdicts.finding_text(f["kind"], f["level"], f["message"]), text=f["text"]))
        reasons += [self.tr("the text is over a channel's character limit")] if check.length_problems else []
        reasons = [self.tr("photo {file} shows {name}, who has a photo opt-out for {use}").format(
                       file=r[0], name=r[1], use=", ".join(labels.use(u) for u in restricted[r]))
                   if isinstance(r, tuple) else r for r in reasons]
        return list(dict.fromkeys(reasons)), undecided

    def _failed(self, exc) -> None:
        if isinstance(exc, Refused):
            if exc.report is not None:
                reasons, undecided = self.refusal_reasons(exc.report)
            else:
                reasons, undecided = [self.tr("screening found something that must not be published")], False
            self.status.setText(self.tr("Not approved: {reasons}").format(reasons="; ".join(reasons)))
            if undecided:
                self.status.setText(self.status.text() + " " + self.tr("Use Review faces to decide."))
        else:
            self.status.setText(self.tr("Not done: {error}").format(error=error_text(exc)))
        self.refresh()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("approvals/splitter", self.splitter.saveState())
        settings.setValue("approvals/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        for key, target in (("approvals/splitter", self.splitter), ("approvals/header", self.table.horizontalHeader())):
            state = settings.value(key)
            if state is not None:
                target.restoreState(state)
        self._sort_oldest_first()  # the column widths are remembered; the inbox always opens oldest first

    def _sort_oldest_first(self) -> None:
        self.table.horizontalHeader().setSortIndicator(WAITING_COLUMN, Qt.SortOrder.AscendingOrder)
        if self.table.isSortingEnabled():
            self.table.sortItems(WAITING_COLUMN, Qt.SortOrder.AscendingOrder)
