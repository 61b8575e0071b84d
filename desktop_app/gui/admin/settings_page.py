"""Settings: screening thresholds, the notice text, the idle lock, the app's language, and the
database connection (with a test button; a new connection is used from the next start).

Thresholds, notice and idle lock are changed through the workflow as the signed-in person: the
services refuse anyone but a director or admin and write each change to the audit log."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...workflow.errors import WorkflowError
from ..fit import scrolling
from ..gui_config import MAX_IDLE_LOCK_MINUTES
from ..tasks import run_task
from ..translate import LANGUAGES
from ..service_text import connection_error_text, error_text


def test_connection(url: str) -> str:
    """Connect to the database at url; returns its schema revision (raises on failure)."""
    from sqlalchemy import text

    from ...storage.database import Database

    db = Database(url, upgrade=False)
    try:
        with db.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return db.current_revision() or "empty"
    finally:
        db.dispose()


class SettingsPage(QWidget):
    def __init__(self, ctx, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.match = QDoubleSpinBox()
        self.review = QDoubleSpinBox()
        for box in (self.match, self.review):
            box.setRange(0.30, 0.80)
            box.setSingleStep(0.01)
            box.setDecimals(2)
        self.match.setAccessibleName(self.tr("Match threshold"))
        self.review.setAccessibleName(self.tr("Review threshold"))
        self.min_face = QSpinBox()
        self.min_face.setRange(10, 200)
        self.min_face.setSuffix(" px")
        self.min_face.setAccessibleName(self.tr("Smallest face to match"))
        self.sharpness = QDoubleSpinBox()
        self.sharpness.setRange(0, 500)
        self.sharpness.setAccessibleName(self.tr("Least sharpness to match"))
        self.yaw = QDoubleSpinBox()
        self.yaw.setRange(0.2, 2.0)
        self.yaw.setSingleStep(0.05)
        self.yaw.setDecimals(2)
        self.yaw.setAccessibleName(self.tr("Most head turn to match"))
        self.other_building = QComboBox()
        self.other_building.addItem(self.tr("Blocked (safest)"), "restricted")
        self.other_building.addItem(self.tr("Sent to review"), "review")
        self.other_building.setAccessibleName(self.tr("Matches to students of other buildings"))
        self.templates_kept = QSpinBox()
        self.templates_kept.setRange(1, 20)
        self.templates_kept.setAccessibleName(self.tr("Reference photos kept per student"))
        self.save_thresholds = QPushButton(self.tr("Save &thresholds"))
        thresholds = QGroupBox(self.tr("Screening thresholds (see docs/thresholds.md before changing them)"))
        tf = QFormLayout(thresholds)
        tf.addRow(self.tr("&Match: a face this close to a template is that student"), self.match)
        tf.addRow(self.tr("&Review: closer than this, a person must check"), self.review)
        tf.addRow(self.tr("Smallest &face to match"), self.min_face)
        tf.addRow(self.tr("Least &sharpness to match"), self.sharpness)
        tf.addRow(self.tr("Most head &turn to match (0.6 is about 45 degrees)"), self.yaw)
        tf.addRow(self.tr("Matches to students of &other buildings"), self.other_building)
        tf.addRow(self.tr("Reference &photos kept per student"), self.templates_kept)
        tf.addRow(self.save_thresholds)

        self.recognize_all = QCheckBox(self.tr("&Recognise every enrolled student (whole-school recognition)"))
        self.recognize_all.setAccessibleName(self.tr("Whole-school recognition"))
        self.recognize_all_about = QLabel(self.tr(
            "On: the roster import enrols every student who has a portrait, not only those whose guardians opted "
            "out, so that a face can be recognised as a student without an opt-out instead of being sent to review "
            "because it resembles an opted-out child. This stores a face template (biometric data) of every such "
            "child in the district database. The templates are used only to screen photos, a student without an "
            "opt-out is never named by screening, and they are deleted when the student leaves the roster. Turning "
            "it off deletes them at once. Until ClearPost has a district server, every workstation that connects "
            "to the database directly can read them. Turning it on is the district's decision; import the roster "
            "again with every student's portrait afterwards."))
        self.recognize_all_about.setWordWrap(True)
        self.recognize_all_counts = QLabel()
        self.recognize_all_counts.setWordWrap(True)
        self.save_recognition = QPushButton(self.tr("Save &whole-school recognition"))
        recognition = QGroupBox(self.tr("Whole-school recognition (children's biometric data)"))
        rl = QVBoxLayout(recognition)
        rl.addWidget(self.recognize_all)
        rl.addWidget(self.recognize_all_about)
        rl.addWidget(self.recognize_all_counts)
        rl.addWidget(self.save_recognition)

        self.notice = QPlainTextEdit()
        self.notice.setAccessibleName(self.tr("Notice text"))
        self.notice.setMaximumHeight(80)
        self.notice.setTabChangesFocus(True)
        self.save_notice = QPushButton(self.tr("Save &notice"))
        notice_box = QGroupBox(self.tr("The notice added to every post"))
        nl = QVBoxLayout(notice_box)
        nl.addWidget(self.notice)
        nl.addWidget(self.save_notice)

        self.idle = QSpinBox()
        self.idle.setRange(0, MAX_IDLE_LOCK_MINUTES)
        self.idle.setSuffix(self.tr(" minutes"))
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setAccessibleName(self.tr("Lock after"))
        self.save_idle = QPushButton(self.tr("Save &idle lock"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        workstation = QGroupBox(self.tr("Idle lock and language"))
        wf = QFormLayout(workstation)
        row = QHBoxLayout()
        row.addWidget(self.idle)
        row.addWidget(self.save_idle)
        row.addStretch(1)
        lock_label = QLabel(self.tr("&Lock the window after"))
        lock_label.setBuddy(self.idle)  # the field is a row of widgets: without a buddy the "&" would show
        wf.addRow(lock_label, row)
        wf.addRow(self.tr("Lan&guage (this computer, from the next start)"), self.language)

        self.url = QLineEdit()
        self.url.setAccessibleName(self.tr("Database URL"))
        self.url.setPlaceholderText("postgresql://clearpost@db.district.org/clearpost")
        self.test_button = QPushButton(self.tr("T&est connection"))
        self.use_button = QPushButton(self.tr("&Use from the next start"))
        self.db_status = QLabel(self.tr("Now: {db}").format(db=ctx.db.safe_url))
        self.db_status.setWordWrap(True)
        self.db_status.setObjectName("databaseStatus")
        self.db_details_button = QPushButton(self.tr("Show &details"))  # the driver's own message, for IT
        self.db_details_button.setCheckable(True)
        self.db_details_button.hide()
        self.db_detail = QLabel()
        self.db_detail.setObjectName("databaseDetail")
        self.db_detail.setWordWrap(True)
        self.db_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.db_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.db_detail.hide()
        self.db_details_button.toggled.connect(self.db_detail.setVisible)
        db_box = QGroupBox(self.tr("Database"))
        dl = QVBoxLayout(db_box)
        drow = QHBoxLayout()
        drow.addWidget(self.url, 1)
        drow.addWidget(self.test_button)
        drow.addWidget(self.use_button)
        dl.addLayout(drow)
        dl.addWidget(self.db_status)
        dl.addWidget(self.db_details_button, 0, Qt.AlignmentFlag.AlignLeft)
        dl.addWidget(self.db_detail)

        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        for form in (tf, wf):  # a label too long for the width goes above its field
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        for w in (thresholds, recognition, notice_box, workstation, db_box):
            content_layout.addWidget(w)
        content_layout.addStretch(1)
        layout = QVBoxLayout(self)  # the form scrolls on a small screen; the status stays in sight
        layout.addWidget(scrolling(content), 1)
        layout.addWidget(self.status)
        self.save_thresholds.clicked.connect(self.save_screening)
        self.save_notice.clicked.connect(self.save_notice_text)
        self.save_recognition.clicked.connect(self.save_recognize_all)
        self.save_idle.clicked.connect(self.save_idle_lock)
        self.language.currentIndexChanged.connect(
            lambda _i: QSettings().setValue("ui/language", self.language.currentData()))
        self.test_button.clicked.connect(self.test_db)
        self.use_button.clicked.connect(self.use_db)

    def refresh(self) -> None:
        s = self.ctx.settings.screening()
        self.match.setValue(s.match_threshold)
        self.review.setValue(s.review_threshold)
        self.min_face.setValue(s.min_face_px)
        self.sharpness.setValue(s.min_sharpness)
        self.yaw.setValue(s.max_yaw)
        self.other_building.setCurrentIndex(max(0, self.other_building.findData(s.other_building_matches)))
        self.templates_kept.setValue(s.templates_per_student)
        self.recognize_all.setChecked(s.recognize_all_students)
        self._show_template_counts()
        self.notice.setPlainText(self.ctx.settings.notice())
        self.idle.setValue(self.ctx.config.idle_lock_minutes())
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(QSettings().value("ui/language", "en"))))
        self.language.blockSignals(False)
        self.url.setText(str(QSettings().value("database/url", "") or ""))

    def save_screening(self) -> None:
        if round(self.match.value(), 2) > round(self.review.value(), 2):
            self.status.setText(self.tr("Not saved: the match threshold must not be higher than the review "
                                        "threshold (a face closer than the match threshold is that student; between "
                                        "the two, a person checks)."))
            self.match.setFocus()
            return
        try:
            new = replace(self.ctx.settings.screening(), match_threshold=round(self.match.value(), 2),
                          review_threshold=round(self.review.value(), 2), min_face_px=self.min_face.value(),
                          min_sharpness=self.sharpness.value(), max_yaw=round(self.yaw.value(), 2),
                          other_building_matches=self.other_building.currentData(),
                          templates_per_student=self.templates_kept.value())
            self.ctx.workflow(self.actor).settings.set_screening(new)  # director or admin; audited
        except (ValueError, WorkflowError) as exc:
            self.status.setText(self.tr("Not saved: {error}").format(error=error_text(exc)))
            return
        self.ctx.refresh_settings()
        self.status.setText(self.tr("Thresholds saved; the screening workers restart with them."))

    def _show_template_counts(self) -> None:
        opted, others = self.ctx.roster.template_counts()
        self.recognize_all_counts.setText(self.tr(
            "Stored now: {opted} face templates of opted-out students, {others} of students without an "
            "opt-out.").format(opted=opted, others=others))

    def save_recognize_all(self) -> None:
        on = self.recognize_all.isChecked()
        try:
            new = replace(self.ctx.settings.screening(), recognize_all_students=on)
            self.ctx.workflow(self.actor).settings.set_screening(new)  # director or admin; audited
        except (ValueError, WorkflowError) as exc:
            self.status.setText(self.tr("Not saved: {error}").format(error=error_text(exc)))
            return
        self.ctx.refresh_settings()
        self._show_template_counts()
        self.status.setText(self.tr("Whole-school recognition is on: import the roster again with every student's "
                                    "portrait to enrol them.") if on else
                            self.tr("Whole-school recognition is off: the face templates of students without an "
                                    "opt-out were deleted."))

    def save_notice_text(self) -> None:
        try:
            self.ctx.workflow(self.actor).settings.set_notice(self.notice.toPlainText())  # director or admin; audited
        except (ValueError, WorkflowError) as exc:
            self.status.setText(self.tr("Not saved: {error}").format(error=error_text(exc)))
            return
        self.status.setText(self.tr("Notice saved."))

    def save_idle_lock(self) -> None:
        try:
            self.ctx.config.set_idle_lock_minutes(self.actor, self.idle.value())
        except WorkflowError as exc:
            self.status.setText(self.tr("Not saved: {error}").format(error=error_text(exc)))
            return
        self.status.setText(self.tr("Idle lock saved; it applies from the next sign-in."))

    def test_db(self) -> None:
        url = self.url.text().strip()
        if not url:
            self.db_status.setText(self.tr("Enter a database URL to test."))
            return
        self.test_button.setEnabled(False)
        self._show_detail("")
        self.db_status.setText(self.tr("Connecting..."))
        self.task = run_task(test_connection, url, on_done=self._tested, on_error=self._test_failed)

    def _tested(self, revision: str) -> None:
        self.test_button.setEnabled(True)
        self.db_status.setText(self.tr("\u2714 Connected. Schema revision: {rev}.").format(rev=revision))

    def _test_failed(self, exc) -> None:
        self.test_button.setEnabled(True)
        self.db_status.setText(self.tr("\u2716 Cannot connect. {reason}").format(reason=connection_error_text(exc)))
        self._show_detail(str(exc).strip())

    def _show_detail(self, detail: str) -> None:
        """The driver's message behind Show details (none: no button)."""
        self.db_detail.setText(detail)
        self.db_details_button.setChecked(False)
        self.db_details_button.setVisible(bool(detail))
        self.db_detail.hide()

    def use_db(self) -> None:
        QSettings().setValue("database/url", self.url.text().strip())
        self.db_status.setText(self.tr("Saved: ClearPost opens this database from the next start (a database "
                                       "given when ClearPost is started, or set by the workstation's "
                                       "configuration, still takes precedence)."))
