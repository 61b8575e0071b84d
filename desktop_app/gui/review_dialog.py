"""Review flagged faces: the face from the photo beside the reference faces of each opted-out
student it resembles, with "This is the student" and "Not this student" for each.

Approvers only (the service refuses anyone else; authors never see names). Loading and each
decision run off the GUI thread. A decision is kept with the photo and reused when the post is
screened again, until the student's reference photos change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget)

from ..screening.decisions import IS_STUDENT, NOT_STUDENT
from . import labels
from .fit import fit_inside_screen, wrapping
from .tasks import run_task
from .service_text import error_text


def _pixmap(data: bytes, size: int) -> QPixmap:
    pix = QPixmap()
    pix.loadFromData(data)
    return pix.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class FaceReviewDialog(QDialog):
    decided = Signal()  # a decision was recorded

    def __init__(self, ctx, actor, post_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.post_id = ctx, actor, post_id
        self.workflow = ctx.workflow(actor)
        self.faces = []
        self.task = None
        self.setWindowTitle(self.tr("Review faces of post {id}").format(id=post_id))
        self.setObjectName("faceReview")
        self.list = QListWidget()
        self.list.setObjectName("reviewFaces")
        self.list.setAccessibleName(self.tr("Faces to review"))
        self.face = QLabel()
        self.face.setObjectName("reviewFaceCrop")
        self.face.setAccessibleName(self.tr("The face in the photo"))
        self.face.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.face.setMinimumSize(220, 220)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.candidates = QWidget()
        self.candidates_layout = QVBoxLayout(self.candidates)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.candidates)
        right = QWidget()
        grid = QGridLayout(right)
        grid.addWidget(self.face, 0, 0)
        grid.addWidget(scroll, 0, 1, 2, 1)
        grid.addWidget(self.about, 1, 0)
        grid.setColumnStretch(1, 1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        self.status = QLabel(self.tr("Loading the faces..."))
        self.status.setObjectName("reviewStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapping(self.tr("Compare each face with the student's reference photos. \u201cNot this "
                                        "student\u201d clears the face for that student only; \u201cThis is the "
                                        "student\u201d means the photo must be redacted or removed.")))
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(900, 560)
        fit_inside_screen(self)  # never larger than the screen (1024x700 with a title bar)
        self.list.currentRowChanged.connect(self._show)
        self.load()

    def load(self) -> None:
        self.task = run_task(self.workflow.reviews.faces, self.post_id, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, faces) -> None:
        self.faces = faces
        row = max(0, self.list.currentRow())
        self.list.clear()
        for f in faces:
            open_ = sum(c.decision is None for c in f.candidates)
            text = self.tr("{file}: face {n}").format(file=f.filename, n=f.face_index + 1)
            text += " \u2014 " + (self.tr("%n to decide", "", open_) if open_ else self.tr("decided"))
            self.list.addItem(QListWidgetItem(text))
        if not faces:
            self.status.setText(self.tr("No face of this post resembles an opted-out student."))
            self._clear()
            return
        self.status.setText(self.tr("%n face(s) resemble opted-out students.", "", len(faces)))
        self.list.setCurrentRow(min(row, len(faces) - 1))
        self._show(self.list.currentRow())

    def _clear(self) -> None:
        self.face.clear()
        self.about.clear()
        while self.candidates_layout.count():
            item = self.candidates_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()

    def _show(self, row: int) -> None:
        self._clear()
        if not 0 <= row < len(self.faces):
            return
        f = self.faces[row]
        self.face.setPixmap(_pixmap(f.face_crop, 220))
        self.about.setText(self.tr("{file}, use: {use}").format(file=f.filename, use=labels.use(f.use)))
        for c in f.candidates:
            self.candidates_layout.addWidget(self._candidate(f, c))
        self.candidates_layout.addStretch(1)

    def _candidate(self, face, c) -> QWidget:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setAccessibleName(self.tr("Student {name}").format(name=c.name))
        layout = QVBoxLayout(box)
        title = QLabel(self.tr("<b>{name}</b> ({id}), {school}; distance {distance:.2f}").format(
            name=c.name, id=c.student_id, school=c.school or self.tr("no school"), distance=c.distance))
        layout.addWidget(title)
        refs = QHBoxLayout()
        for data in c.reference_faces:
            label = QLabel()
            label.setPixmap(_pixmap(data, 120))
            label.setAccessibleName(self.tr("Reference photo of {name}").format(name=c.name))
            refs.addWidget(label)
        refs.addStretch(1)
        layout.addLayout(refs)
        if c.decision:
            decided = self.tr("Decided: this is the student.") if c.decision == IS_STUDENT else \
                self.tr("Decided: not this student.")
            layout.addWidget(QLabel(decided))
        row = QHBoxLayout()
        yes = QPushButton(self.tr("This &is {name}").format(name=c.name))
        no = QPushButton(self.tr("&Not {name}").format(name=c.name))
        yes.setObjectName(f"isStudent-{c.student_id}")
        no.setObjectName(f"notStudent-{c.student_id}")
        yes.clicked.connect(lambda _=False, f=face, sid=c.student_id: self.decide(f, sid, IS_STUDENT))
        no.clicked.connect(lambda _=False, f=face, sid=c.student_id: self.decide(f, sid, NOT_STUDENT))
        row.addWidget(yes)
        row.addWidget(no)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def decide(self, face, student_id: str, decision: str) -> None:
        self.status.setText(self.tr("Recording the decision..."))
        self.task = run_task(self.workflow.reviews.decide, self.post_id, face.photo_id, face.box, student_id,
                             decision, on_done=lambda _r: self._recorded(), on_error=self._failed)

    def _recorded(self) -> None:
        self.decided.emit()
        self.load()

    def _failed(self, exc) -> None:
        self.status.setText(self.tr("Not done: {error}").format(error=error_text(exc)))
