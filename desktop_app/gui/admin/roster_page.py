"""The roster: a searchable list of students with an opt-out and their reference photos, the
import dialog, and a warning (with "Re-encode now") when templates of an older face model
block screening or opted-out students cannot be recognised."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from .. import labels
from .roster_import import RosterImportDialog
from ..service_text import error_text


class RosterPage(QWidget):
    roster_changed = Signal()

    def __init__(self, ctx, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.search = QLineEdit()
        self.search.setObjectName("rosterSearch")
        self.search.setPlaceholderText(self.tr("Search by name or student ID"))
        self.search.setAccessibleName(self.tr("Search the roster"))
        self.search.setClearButtonEnabled(True)
        self.all_students = QCheckBox(self.tr("Show students &without an opt-out too"))
        self.import_button = QPushButton(self.tr("&Import roster..."))
        self.import_button.setObjectName("importRoster")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.all_students)
        top.addWidget(self.import_button)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("rosterTable")
        self.table.setAccessibleName(self.tr("Students"))
        self.table.setHorizontalHeaderLabels([self.tr("Student ID"), self.tr("Name"), self.tr("Grade"),
                                              self.tr("School"), self.tr("Photo opt-out"), self.tr("Name opt-out"),
                                              self.tr("Reference photos")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.photos = QWidget()
        self.photos_layout = QHBoxLayout(self.photos)
        self.photo_caption = QLabel(self.tr("Choose a student to see the reference photos."))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.photos)
        scroll.setMinimumHeight(190)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.photo_caption)
        bl.addWidget(scroll)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("rosterSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(bottom)
        self.count = QLabel()
        self.warning = QLabel()
        self.warning.setObjectName("rosterWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a1c1c;")
        self.reencode_button = QPushButton(self.tr("Re-&encode now"))
        self.reencode_button.setObjectName("reencodeRoster")
        warn_row = QHBoxLayout()
        warn_row.addWidget(self.warning, 1)
        warn_row.addWidget(self.reencode_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(warn_row)
        layout.addWidget(self.count)
        layout.addWidget(self.splitter, 1)
        # filtering redraws the table only; the roster-wide warning is read on refresh()
        self.search.textChanged.connect(lambda _t: self._fill())
        self.all_students.toggled.connect(lambda _on: self._fill())
        self.import_button.clicked.connect(self.open_import)
        self.reencode_button.clicked.connect(self.reencode)
        self.task = None
        self.table.itemSelectionChanged.connect(self._show_photos)
        self.dialog = None

    def refresh(self) -> None:
        self._fill()
        self._warn()

    def _fill(self) -> None:
        students = self.ctx.roster.students(opted_out_only=not self.all_students.isChecked(),
                                            search=self.search.text())
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(students))
        for row, s in enumerate(students):
            cells = [s.student_id, s.display_name, s.grade or "", s.school or "",
                     labels.uses_text(s.photo_opt_out), labels.uses_text(s.name_opt_out), str(s.reference_photos)]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.setSortingEnabled(True)
        self.count.setText(self.tr("%n student(s)", "", len(students)))

    def _warn(self) -> None:
        stale = self.ctx.roster.stale_template_count()
        unprotected = self.ctx.roster.unprotected()
        lines = []
        if stale:
            lines.append(self.tr("%n reference photo(s) were encoded by an older face model: screening is refused "
                                 "until they are re-encoded.", "", stale))
        if unprotected:
            names = self.ctx.roster.display_names(unprotected[:20])
            who = ", ".join(f"{names.get(sid, sid)} ({sid})" for sid in unprotected[:20])
            if len(unprotected) > 20:
                who += " " + self.tr("and %n more", "", len(unprotected) - 20)
            lines.append(self.tr("%n opted-out student(s) cannot be recognised (no usable reference photo), so "
                                 "their faces must be checked by eye: {ids}", "", len(unprotected)).format(ids=who))
        weak, _unnamed = self.ctx.roster.weak_references()
        if weak:
            who = ", ".join(w.split(":")[0] for w in weak[:20])
            if len(weak) > 20:
                who += " " + self.tr("and %n more", "", len(weak) - 20)
            lines.append(self.tr("%n opted-out student(s) have only a weak reference photo (small, blurred, turned, "
                                 "a printed scan or unstable), so their faces are judged more cautiously; import a "
                                 "better portrait: {ids}", "", len(weak)).format(ids=who))
        self.warning.setText(" ".join(lines))
        self.warning.setVisible(bool(lines))
        self.reencode_button.setVisible(bool(stale))

    def reencode(self) -> None:
        from ..tasks import run_task

        self.reencode_button.setEnabled(False)
        self.warning.setText(self.tr("Re-encoding the reference photos..."))
        self.task = run_task(self._reencode, on_done=self._reencoded, on_error=self._reencode_failed)

    def _reencode(self):
        from ..adapters import audit_roster_reencode

        return self.ctx.roster.reencode(actor=self.actor, in_transaction=audit_roster_reencode(self.actor.email))

    def _reencoded(self, report) -> None:
        self.reencode_button.setEnabled(True)
        self.refresh()
        self.count.setText(self.count.text() + " — " + self.tr("{n} reference photos re-encoded.").format(
            n=report.reencoded))
        self.roster_changed.emit()

    def _reencode_failed(self, exc) -> None:
        self.reencode_button.setEnabled(True)
        self.warning.setText(self.tr("Not re-encoded: {error}").format(error=error_text(exc)))

    def _show_photos(self) -> None:
        while self.photos_layout.count():
            item = self.photos_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        sid = self.table.item(rows[0].row(), 0).text()
        name = self.table.item(rows[0].row(), 1).text()
        thumbs = self.ctx.roster.reference_thumbnails(sid)
        self.photo_caption.setText(self.tr("Reference photos of {name} ({id}): %n", "", len(thumbs)).format(
            name=name, id=sid))
        for data in thumbs:
            pixmap = QPixmap()
            pixmap.loadFromData(QByteArray(data))
            label = QLabel()
            label.setPixmap(pixmap)
            label.setAccessibleName(self.tr("Reference photo of {name}").format(name=name))
            self.photos_layout.addWidget(label)
        self.photos_layout.addStretch(1)

    def open_import(self) -> None:
        self.dialog = RosterImportDialog(self.ctx, self.actor, self)
        self.dialog.imported.connect(lambda _changes: (self.refresh(), self.roster_changed.emit()))
        self.dialog.open()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("roster/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("roster/splitter")
        if state is not None:
            self.splitter.restoreState(state)
