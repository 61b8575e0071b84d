"""Import a roster in four steps: choose the SIS CSV export, OneRoster bundle or PSPA folder
(with, optionally, portraits and an opt-out list joined on student ID), map its columns (not
for a OneRoster bundle, whose columns are standard), see what will change (nothing is written
yet), then import with progress while reference photos are enrolled in the worker processes
(cancel leaves the roster as it was)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QProgressBar, QPushButton, QRadioButton, QStackedWidget,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..fit import fit_inside_screen, set_wrapped_text, wrapping
from ...roster import (PSPA_DEFAULT_COLUMNS, PSPA_FIELDS, ROSTER_FIELDS, RosterFileError, RosterProblem,
                       detect_columns, is_oneroster, join_sources, preview_pspa, read_opt_out_list,
                       read_pspa_folder, read_roster_sources)
from ...access import AccessDenied
from ...roster.service import RosterChangeRefused
from ...roster.sources import decode_roster_bytes
from ...screening.pool import Cancelled
from ...uses import ALL_USES, NO_USES
from ..adapters import audit_roster_import
from ..tasks import Task
from ..service_text import error_text

SOURCE, MAPPING, PREVIEW, IMPORTING = range(4)
FIELD_NAMES = {
    "student_id": "Student ID", "first_name": "First name", "last_name": "Last name",
    "preferred_name": "Preferred name", "grade": "Grade", "school": "School", "photo_opt_out": "Photo opt-out",
    "name_opt_out": "Name opt-out", "photo": "Photo file", "image_folder": "Image folder",
    "image_file_name": "Image file name",
}


def csv_sample(path: Path, limit: int = 6) -> list[list[str]]:
    """The header row and the first rows of a CSV export (for the mapping step only)."""
    text = decode_roster_bytes(Path(path).read_bytes())
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    delimiter = max((",", ";", "\t"), key=first.count)
    rows: list[list[str]] = []
    try:  # only the first rows; a bad cell later on is reported, with its line, by the reader
        for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            if any(c.strip() for c in r):
                rows.append([c.replace("\0", "") for c in r])
            if len(rows) >= limit:
                break
    except csv.Error:
        pass
    return rows


class RosterImportDialog(QDialog):
    imported = Signal(object)  # RosterChanges

    def __init__(self, ctx, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.rows = None
        self.task = None
        self.setWindowTitle(self.tr("Import the roster"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._source_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._progress_page())
        self.step = QLabel()
        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.setObjectName("rosterNext")
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("rosterCancel")
        buttons = QHBoxLayout()
        buttons.addWidget(self.step, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.cancel_button.clicked.connect(self.cancel)
        self.resize(760, 520)
        fit_inside_screen(self)  # never larger than the screen (1024x700 with a title bar)
        self._go(SOURCE)

    # -- pages --------------------------------------------------------------------------------
    def _source_page(self) -> QWidget:
        page = QWidget()
        self.csv_radio = QRadioButton(self.tr("A &CSV export from the student information system"))
        self.pspa_radio = QRadioButton(self.tr("A &PSPA portrait folder from the photographer (INDEX.TXT)"))
        self.oneroster_radio = QRadioButton(self.tr("A &OneRoster bundle from the student information system "
                                                    "(a folder with manifest.csv, or the .zip)"))
        self.oneroster_radio.setObjectName("rosterOneRoster")
        self.csv_radio.setChecked(True)
        self.path = QLineEdit()
        self.path.setObjectName("rosterPath")
        self.path.setAccessibleName(self.tr("Roster file or folder"))
        browse = QPushButton(self.tr("&Browse..."))
        browse.clicked.connect(self._browse)
        self.photos = QLineEdit()
        self.photos.setObjectName("rosterPhotos")
        self.photos.setAccessibleName(self.tr("Reference photos folder"))
        self.photos.setPlaceholderText(self.tr("optional: photos named <student ID>.jpg, or a PSPA picture-day "
                                               "folder"))
        browse_photos = QPushButton(self.tr("B&rowse..."))
        browse_photos.clicked.connect(self._browse_photos)
        self.opt_outs = QLineEdit()
        self.opt_outs.setObjectName("rosterOptOuts")
        self.opt_outs.setAccessibleName(self.tr("Opt-out list"))
        self.opt_outs.setPlaceholderText(self.tr("optional: a CSV of student IDs and their opt-outs"))
        browse_opt_outs = QPushButton(self.tr("Br&owse..."))
        browse_opt_outs.clicked.connect(self._browse_opt_outs)
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        path_label = QLabel(self.tr("&File or folder:"))
        path_label.setBuddy(self.path)
        form.addRow(path_label, row)
        row2 = QHBoxLayout()
        row2.addWidget(self.photos, 1)
        row2.addWidget(browse_photos)
        photos_label = QLabel(self.tr("Reference &photos:"))
        photos_label.setBuddy(self.photos)
        form.addRow(photos_label, row2)
        row3 = QHBoxLayout()
        row3.addWidget(self.opt_outs, 1)
        row3.addWidget(browse_opt_outs)
        opt_outs_label = QLabel(self.tr("Opt-out &list:"))
        opt_outs_label.setBuddy(self.opt_outs)
        form.addRow(opt_outs_label, row3)
        self.source_error = QLabel()
        self.source_error.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("<h3>1. What to import</h3>")))
        layout.addWidget(self.csv_radio)
        layout.addWidget(self.pspa_radio)
        layout.addWidget(self.oneroster_radio)
        layout.addLayout(form)
        # what the portraits become: templates of the opted-out students only, or of every student
        self.enrolment_note = QLabel(self._enrolment_note())
        self.enrolment_note.setWordWrap(True)
        layout.addWidget(self.enrolment_note)
        layout.addWidget(self.source_error)
        layout.addStretch(1)
        self.pspa_radio.toggled.connect(lambda on: self.photos.setEnabled(not on))
        return page

    def _enrolment_note(self) -> str:
        if self.ctx.settings.screening().recognize_all_students:
            return self.tr("Whole-school recognition is on: a face template (biometric data) is made from the "
                           "portrait of every student, with or without an opt-out, so that screening can recognise "
                           "students without an opt-out instead of sending their photos to review. Templates of "
                           "students without an opt-out are used only to screen and are never shown by name; they "
                           "are deleted when a student leaves the roster or the setting is turned off (Settings).")
        return self.tr("Face templates (biometric data) are made only from the portraits of students with a photo "
                       "opt-out; other portraits are read and not kept.")

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self.mapping = QFormLayout()
        self.mapping_combos: dict[str, QComboBox] = {}
        self.sample = QTableWidget()
        self.sample.setAccessibleName(self.tr("First rows of the file"))
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.pspa_opt_out = QCheckBox()
        set_wrapped_text(self.pspa_opt_out, self.tr("Everyone in this folder has a photo opt-out (the folder has no "
                                                    "consent column)"))
        layout = QVBoxLayout(page)
        layout.addWidget(wrapping(self.tr("<h3>2. Which column holds what</h3>Check the guesses; choose "
                                        "\u201c(not in the file)\u201d for a field the file does not have.")))
        mapping_box = QWidget()
        mapping_box.setLayout(self.mapping)
        layout.addWidget(mapping_box)
        layout.addWidget(self.pspa_opt_out)
        layout.addWidget(self.sample, 1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.preview_heading = QLabel()
        self.preview_heading.setWordWrap(True)
        self.preview_list = QListWidget()
        self.preview_list.setObjectName("rosterPreview")
        self.preview_list.setAccessibleName(self.tr("What will change"))
        self.preview_list.setWordWrap(True)  # a long list of names wraps inside the dialog
        self.preview_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("<h3>3. What will change</h3>Nothing is written until you import.")))
        self.apply_removals = QCheckBox()
        self.apply_removals.setObjectName("applyRemovals")
        self.apply_removals.setVisible(False)
        self.apply_removals.toggled.connect(self._refresh_preview)
        self.allow_missing = QCheckBox()
        set_wrapped_text(self.allow_missing, self.tr("Import even if some reference photos cannot be used (those "
                                                     "students are listed as not recognisable)"))
        self.allow_missing.setObjectName("allowMissingPhotos")
        layout.addWidget(self.preview_heading)
        layout.addWidget(self.preview_list, 1)
        layout.addWidget(self.apply_removals)
        layout.addWidget(self.allow_missing)
        return page

    def _progress_page(self) -> QWidget:
        page = QWidget()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("rosterProgressLabel")
        self.progress_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Enrolling reference photos"))
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("<h3>4. Importing</h3>")))
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        return page

    # -- navigation ---------------------------------------------------------------------------
    def _go(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.step.setText(self.tr("Step {n} of 4").format(n=index + 1))
        self.back_button.setEnabled(index in (MAPPING, PREVIEW))
        self.next_button.setText(self.tr("&Import") if index == PREVIEW else self.tr("&Next >"))
        self.next_button.setEnabled(index != IMPORTING and not (index == PREVIEW and self.rows is None))

    def back(self) -> None:
        index = self.pages.currentIndex()
        if index == PREVIEW and getattr(self, "is_oneroster", False):
            index = MAPPING  # a OneRoster bundle has no mapping step
        self._go(max(SOURCE, index - 1))

    def next(self) -> None:
        index = self.pages.currentIndex()
        if index == SOURCE:
            self._prepare_mapping()
        elif index == MAPPING:
            self._prepare_preview()
        elif index == PREVIEW:
            self._import()

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.progress_label.setText(self.tr("Cancelling: the roster stays as it was..."))
            return
        self.reject()

    def _browse(self) -> None:
        if self.pspa_radio.isChecked():
            path = QFileDialog.getExistingDirectory(self, self.tr("PSPA folder"))
        elif self.oneroster_radio.isChecked():
            path, _ = QFileDialog.getOpenFileName(self, self.tr("OneRoster bundle"), "",
                                                  self.tr("OneRoster bundles (*.zip manifest.csv);;All files (*)"))
            if path and Path(path).name.lower() == "manifest.csv":
                path = str(Path(path).parent)  # the bundle is the folder
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Roster export"), "",
                                                  self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.path.setText(path)

    def _browse_photos(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Reference photos"))
        if path:
            self.photos.setText(path)

    def _browse_opt_outs(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Opt-out list"), "",
                                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.opt_outs.setText(path)

    # -- steps --------------------------------------------------------------------------------
    def _prepare_mapping(self) -> None:
        path = Path(self.path.text().strip())
        self.is_oneroster = self.oneroster_radio.isChecked() or (bool(self.path.text().strip())
                                                                 and is_oneroster(path))
        self.is_pspa = not self.is_oneroster and (self.pspa_radio.isChecked() or path.is_dir())
        if self.is_oneroster:
            self.source_error.clear()
            self.mapping_combos = {}
            self._prepare_preview()  # standard columns: nothing to map
            return
        try:
            if self.is_pspa:
                rows = preview_pspa(path)
                headers = [f"{i + 1}: {PSPA_DEFAULT_COLUMNS[i] if i < len(PSPA_DEFAULT_COLUMNS) else ''}".rstrip(": ")
                           for i in range(max((len(r) for r in rows), default=0))]
                guess = {f: i for i, f in enumerate(PSPA_DEFAULT_COLUMNS) if f in PSPA_FIELDS}
                fields, sample = PSPA_FIELDS, rows
            else:
                rows = csv_sample(path)
                if not rows:
                    raise ValueError(self.tr("the file is empty"))
                headers = rows[0]
                guess = {f: headers.index(h) for f, h in detect_columns(headers).items()}
                fields, sample = ROSTER_FIELDS, rows[1:]
        except (OSError, ValueError, RosterFileError) as exc:
            self.source_error.setText(self.tr("Cannot read it: {error}").format(error=str(exc)))
            return
        self.source_error.clear()
        while self.mapping.rowCount():
            self.mapping.removeRow(0)
        self.mapping_combos = {}
        for f in fields:
            combo = QComboBox()
            combo.setObjectName(f"map_{f}")
            combo.addItem(self.tr("(not in the file)"), None)
            for i, h in enumerate(headers):
                combo.addItem(h or str(i + 1), i)
            combo.setCurrentIndex(combo.findData(guess[f]) if f in guess else 0)
            combo.setAccessibleName(self.tr(FIELD_NAMES.get(f, f)))
            self.mapping.addRow(self.tr(FIELD_NAMES.get(f, f)) + ":", combo)
            self.mapping_combos[f] = combo
        self.headers = headers
        self.pspa_opt_out.setVisible(self.is_pspa)
        self.sample.clear()
        self.sample.setColumnCount(len(headers))
        self.sample.setRowCount(len(sample))
        self.sample.setHorizontalHeaderLabels(headers)
        for r, cells in enumerate(sample):
            for c, cell in enumerate(cells[:len(headers)]):
                self.sample.setItem(r, c, QTableWidgetItem(cell))
        self._go(MAPPING)

    def column_map(self) -> dict:
        out = {}
        for f, combo in self.mapping_combos.items():
            index = combo.currentData()
            out[f] = None if index is None else (index if self.is_pspa else self.headers[index])
        return out

    def _prepare_preview(self) -> None:
        path = Path(self.path.text().strip())
        self.rows = None
        self.preview_list.clear()
        photos = Path(self.photos.text().strip()) if self.photos.text().strip() else None
        opt_outs = Path(self.opt_outs.text().strip()) if self.opt_outs.text().strip() else None
        try:
            if self.is_oneroster:
                rows = read_roster_sources(path, photos, opt_outs)
            elif self.is_pspa:
                rows = self._pspa_rows(path, opt_outs)
            else:
                rows = read_roster_sources(path, photos, opt_outs, column_map=self.column_map())
            changes = self.ctx.roster.preview(rows)
        except RosterFileError as exc:
            self.preview_heading.setText(self.tr("<b>The file has problems; nothing can be imported until they "
                                                 "are fixed:</b>"))
            for problem in exc.problems:
                self.preview_list.addItem(str(problem))
            self._go(PREVIEW)
            return
        except (OSError, ValueError) as exc:
            self.preview_heading.setText(self.tr("Cannot read it: {error}").format(error=str(exc)))
            self._go(PREVIEW)
            return
        self.rows = rows
        self.apply_removals.blockSignals(True)
        self.apply_removals.setChecked(False)
        self.apply_removals.blockSignals(False)
        self._show_changes(changes)
        self._go(PREVIEW)

    def _pspa_rows(self, path: Path, opt_outs: Path | None):
        """A PSPA folder as the roster, with the opt-out list joined (every problem reported at once)."""
        problems: list[RosterProblem] = []
        rows, entries = [], []
        try:
            rows = read_pspa_folder(path, self.column_map(), ALL_USES if self.pspa_opt_out.isChecked() else NO_USES)
        except RosterFileError as exc:
            problems.extend(exc.problems)
        if opt_outs is not None:
            try:
                entries = read_opt_out_list(opt_outs)
            except RosterFileError as exc:
                problems.extend(exc.problems)
        if problems:
            raise RosterFileError(problems)
        return join_sources(rows, (), entries)

    def source_text(self) -> str:
        """The files this change is read from, as the import record and the audit log keep them."""
        parts = [self.path.text().strip(), self.photos.text().strip(), self.opt_outs.text().strip()]
        return " + ".join(p for p in parts if p)[:1000]

    def _describe(self, changes) -> list[str]:
        """What the import will change, in the person's language (the CLI prints its own)."""
        n = len
        if changes.scope_schools:
            scope = self.tr("This file covers these schools: {schools}.").format(schools=", ".join(changes.scope_schools))
        else:
            scope = self.tr("This file covers the whole district.")
        lines = [
            scope + " " + self.tr("%n student(s) on the roster now.", "", changes.roster_size),
            self.tr("%n student(s) added", "", n(changes.added)) + ", "
            + self.tr("%n updated", "", n(changes.updated)) + ", "
            + self.tr("%n absent from the file", "", n(changes.removed)),
            self.tr("Photo opt-outs: %n new", "", n(changes.photo_opt_outs_added)) + "; "
            + self.tr("name opt-outs: %n new", "", n(changes.name_opt_outs_added)),
            self.tr("Reference photos: %n to enrol", "", changes.photos_to_enrol) + ", "
            + self.tr("%n unchanged", "", changes.photos_unchanged) + ", "
            + self.tr("%n template(s) to delete", "", changes.templates_to_delete),
        ]
        if changes.removed:
            who = ", ".join(changes.named(changes.removed)[:20])
            lines.append((self.tr("Absent from the file, will be removed: {who}") if changes.removals_applied else
                          self.tr("Absent from the file, NOT removed (they stay, still protected): {who}"))
                         .format(who=who))
        lifted = sorted(set(changes.photo_opt_outs_lifted) | set(changes.name_opt_outs_lifted))
        if lifted:
            who = ", ".join(changes.named(lifted)[:20])
            lines.append((self.tr("Opt-outs this file lifts, will be lifted: {who}") if changes.removals_applied else
                          self.tr("Opt-outs this file lifts, NOT lifted (kept): {who}")).format(who=who))
        if changes.without_reference_photo:
            lines.append(self.tr("Warning: %n student(s) with a photo opt-out have no usable reference photo, so "
                                 "their faces cannot be recognised: {who}", "", n(changes.without_reference_photo))
                         .format(who=", ".join(changes.named(changes.without_reference_photo)[:20])))
        if changes.unusable_photos:
            lines.append(self.tr("Reference photos skipped as unusable: {photos}").format(
                photos="; ".join(changes.unusable_photos[:20])))
        return lines

    def _refresh_preview(self) -> None:
        """The person ticked or unticked the removals: show the plan they would now apply."""
        if self.rows is None:
            return
        try:
            changes = self.ctx.roster.preview(self.rows, apply_removals=self.apply_removals.isChecked())
        except RosterFileError as exc:
            self.preview_list.clear()
            for problem in exc.problems:
                self.preview_list.addItem(str(problem))
            return
        self._show_changes(changes)

    def _show_changes(self, changes) -> None:
        self.changes = changes
        self.preview_list.clear()
        self.preview_heading.setText(self.tr("%n student(s) in the file.", "", len(self.rows)))
        for line in self._describe(changes):
            self.preview_list.addItem(line)
        removed, lifted = len(changes.removed), len(changes.removals) - len(changes.removed)
        self.apply_removals.setVisible(bool(changes.removals))
        set_wrapped_text(self.apply_removals,  # names on lines of their own: the dialog keeps its width
            self.tr("Remove the %n student(s) absent from this file", "", removed) + "; "
            + self.tr("lift %n opt-out(s) this file no longer has", "", lifted)
            + " (" + ", ".join(changes.named(changes.removals)[:8])
            + (", ..." if len(changes.removals) > 8 else "") + ")")
        if changes.removal_share_exceeded and not self.apply_removals.isChecked():
            self.preview_list.addItem(self.tr(
                "This file lacks {n} of the {total} students on the roster, more than the district allows "
                "without confirmation. If it is a partial list, importing keeps them all; if they left, tick "
                "the box below.").format(n=removed, total=changes.roster_size))

    def _import(self) -> None:
        if self.rows is None:
            return
        self._go(IMPORTING)
        total = self.changes.photos_to_enrol
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Enrolling %n reference photo(s) in the background...", "", total)
                                    if total else self.tr("Writing the roster..."))
        self.task = self._make_task()

    def _make_task(self) -> Task:
        source = self.source_text()
        task = Task(self._apply, source)
        task.progress.connect(self._progress)
        task.finished.connect(self._imported)
        task.failed.connect(self._failed)
        self._apply_task = task
        return task.start()

    def _apply(self, source: str):
        task = self._apply_task
        removals = self.apply_removals.isChecked()
        return self.ctx.roster.apply(self.rows, source, progress=task.report, cancel=task.cancel_event,
                                     actor=self.actor, apply_removals=removals, keep_absent=not removals,
                                     allow_missing_photos=self.allow_missing.isChecked(),
                                     expected_version=self.changes.roster_version,
                                     in_transaction=audit_roster_import(source, self.actor.email, len(self.rows)))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("Enrolled {done} of {total} reference photos...").format(done=done,
                                                                                                     total=total))

    def _imported(self, changes) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress_label.setText(self.tr("Imported.") + "\n" + "\n".join(self._describe(changes)))
        self.cancel_button.setText(self.tr("Close"))
        self.imported.emit(changes)

    def _failed(self, exc) -> None:
        if isinstance(exc, Cancelled):
            self.progress_label.setText(self.tr("Cancelled. The roster is unchanged."))
        elif isinstance(exc, (RosterFileError, RosterChangeRefused, AccessDenied)):
            self.progress_label.setText(self.tr("Not imported; the roster is unchanged:") + "\n" + (
                str(exc) if isinstance(exc, RosterFileError) else error_text(exc)))
        else:
            self.progress_label.setText(self.tr("Not imported: {error}").format(error=error_text(exc)))
        self.cancel_button.setText(self.tr("Close"))
        self.back_button.setEnabled(True)
