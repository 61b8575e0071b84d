"""The takedown list: published posts that a roster change has made non-compliant. Checking
again screens every pending, approved and published post against today's roster (in the
worker processes). Once a post is off its channels, "Mark as taken down..." records it (when, by
whom; its author sees it in My posts) and it leaves the list (issue 21, item 4)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ...workflow.errors import WorkflowError

from ..tasks import run_task
from ..fit import wrapping
from ..post_results import names_of_opted_out
from ..takedown_text import reasons_text
from .table import SimpleTable
from ..service_text import error_text


class TakedownPage(QWidget):
    def __init__(self, ctx, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.workflow = ctx.workflow(actor)
        self.table = SimpleTable([self.tr("Post"), self.tr("Published"), self.tr("Where"), self.tr("Why")],
                                 self.tr("Posts to take down"), stretch=3)
        self.check_button = QPushButton(self.tr("&Check again against today's roster"))
        self.taken_down_button = QPushButton(self.tr("&Mark as taken down..."))
        self.taken_down_button.setObjectName("markTakenDown")
        self.taken_down_button.setToolTip(self.tr("Record that the chosen post is no longer online; its author is told"))
        self.taken_down_button.setEnabled(False)
        self.items = {}
        self._note = ""  # what was just done, said before the list's count
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.progress)
        row.addWidget(self.taken_down_button)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapping(self.tr("Published posts that now show a student with an opt-out, by photo or "
                                        "name. Take each one off its channels, then mark it here as taken down.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.check_button.clicked.connect(lambda: self.load(refresh=True))
        self.taken_down_button.clicked.connect(self.mark_taken_down)
        self.table.itemSelectionChanged.connect(
            lambda: self.taken_down_button.setEnabled(self.table.current_key() is not None))
        self.task = None

    def refresh(self) -> None:
        self.load(refresh=None)

    def load(self, refresh) -> None:
        if self.task is not None and self.task.running:
            return
        self.progress.show()
        self.check_button.setEnabled(False)
        self.status.setText(self.tr("Checking...") if refresh else "")
        self.task = run_task(self.workflow.records.takedown_list, refresh=refresh, on_done=self._show,
                             on_error=self._failed)

    def _show(self, items) -> None:
        self.progress.hide()
        self.check_button.setEnabled(True)
        self.items = {i.post_id: i for i in items}
        names = names_of_opted_out(self.ctx.roster)  # the director and IT may see the roster's names
        why = [reasons_text(i.reasons, names) for i in items]
        self.table.fill([[i.title, f"{i.published_at.astimezone():%Y-%m-%d}" if i.published_at else "-",
                          i.published_url or "-", w] for i, w in zip(items, why)], [i.post_id for i in items],
                        [["", "", "", w] for w in why])
        self.taken_down_button.setEnabled(self.table.current_key() is not None)
        note, self._note = self._note, ""
        self.status.setText(" ".join(filter(None, [note, self.tr("%n post(s) to take down.", "", len(items)) if items
                                                   else self.tr("No published post needs to come down.")])))

    def mark_taken_down(self) -> None:
        item = self.items.get(self.table.current_key())
        if item is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Mark as taken down?"),
            self.tr("Is \u201c{title}\u201d no longer online ({url})? Its author is told in My posts.").format(
                title=item.title, url=item.published_url or "-"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.workflow.records.mark_taken_down(item.post_id, item.version)
        except WorkflowError as exc:
            self.status.setText(error_text(exc))
            return
        self._note = self.tr("\u201c{title}\u201d is marked as taken down.").format(title=item.title)
        self.load(refresh=False)

    def _failed(self, exc) -> None:
        self.progress.hide()
        self.check_button.setEnabled(True)
        self.status.setText(error_text(exc))
