"""Records: export every post published between two dates for a public-records request, with a
progress bar while it is written, and the face-matching usage figures (RCW 43.386)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QDateEdit, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QProgressBar, QPushButton, QVBoxLayout, QWidget)

from ...workflow.records import format_usage
from ..fit import wrapping
from ..tasks import run_task
from ..service_text import error_text


def _date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class RecordsPage(QWidget):
    def __init__(self, ctx, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.workflow = ctx.workflow(actor)
        today = QDate.currentDate()
        self.start = QDateEdit(today.addMonths(-1))
        self.start.setCalendarPopup(True)
        self.start.setAccessibleName(self.tr("From"))
        self.end = QDateEdit(today)
        self.end.setCalendarPopup(True)
        self.end.setAccessibleName(self.tr("To"))
        for edit in (self.start, self.end):  # as every date in the app, never the locale's "4 11 2026"
            edit.setDisplayFormat("yyyy-MM-dd")
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Export folder"))
        browse = QPushButton(self.tr("&Browse..."))
        browse.clicked.connect(self._browse)
        self.export_button = QPushButton(self.tr("&Export records"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.usage = QPlainTextEdit()
        self.usage.setReadOnly(True)
        self.usage.setAccessibleName(self.tr("Face-matching usage"))
        self.usage_button = QPushButton(self.tr("Show face-matching &usage for these dates"))
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        folder_label = QLabel(self.tr("Fol&der:"))
        folder_label.setBuddy(self.folder)  # the field is a row of widgets: without a buddy the "&" would show
        form.addRow(folder_label, row)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapping(self.tr("<h3>Public records</h3>Every published post with its text, photos, "
                                        "screening results and approval history, as web pages and the original "
                                        "files.")))
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.usage_button)
        layout.addWidget(self.usage, 1)
        self.export_button.clicked.connect(self.export)
        self.usage_button.clicked.connect(self.show_usage)
        self.task = None

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Export folder"))
        if path:
            self.folder.setText(path)

    def export(self) -> None:
        if not self.folder.text().strip():
            self.status.setText(self.tr("Choose a folder first."))
            return
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)  # the service reports no steps: a busy bar while it writes
        self.status.setText(self.tr("Exporting..."))
        self.task = run_task(self.workflow.records.export, _date(self.start), _date(self.end),
                             Path(self.folder.text().strip()), on_done=self._exported, on_error=self._failed)

    def _exported(self, result) -> None:
        self.export_button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(self.tr("Exported %n post(s) to {index}", "", len(result.posts)).format(index=result.index))

    def _failed(self, exc) -> None:
        self.export_button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("Not exported: {error}").format(error=error_text(exc)))

    def show_usage(self) -> None:
        try:
            report = self.workflow.records.usage_report(_date(self.start), _date(self.end))
        except Exception as exc:  # noqa: BLE001 - shown to the person, nothing to recover
            self.usage.setPlainText(str(exc))
            return
        self.usage.setPlainText(format_usage(report))
