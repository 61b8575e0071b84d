"""The takedown list: published posts that a roster change has made non-compliant. Checking
again screens every pending, approved and published post against today's roster (in the
worker processes)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ..tasks import run_task
from ..fit import wrapping
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
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.progress)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapping(self.tr("Published posts that now show a student with an opt-out, by photo or "
                                        "name. Take them down, then mark them here by withdrawing them.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.check_button.clicked.connect(lambda: self.load(refresh=True))
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
        self.table.fill([[i.title, f"{i.published_at:%Y-%m-%d}" if i.published_at else "-", i.published_url or "-",
                          "; ".join(i.reasons)] for i in items], [i.post_id for i in items])
        self.status.setText(self.tr("%n post(s) to take down.", "", len(items)) if items
                            else self.tr("No published post needs to come down."))

    def _failed(self, exc) -> None:
        self.progress.hide()
        self.check_button.setEnabled(True)
        self.status.setText(error_text(exc))
