"""One photo of the post, large, with its face boxes; for a blocked photo, remove it or replace
it with the redacted copy.

The photo gets the room. Beside it, only the faces that need attention are listed (restricted
or to be checked), with one line for how many other faces are clear; choosing a listed face
zooms the photo to it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QSplitter, QVBoxLayout, QWidget)

from .. import verdicts
from ..fit import fit_inside_screen
from ..photo_view import Legend, PhotoCanvas, describe_face

REMOVE, REDACT = 10, 11
ZOOM_CONTEXT = 2.4  # the zoomed view shows the face and about as much again around it


class ZoomCanvas(PhotoCanvas):
    """The photo with its face boxes, whole or zoomed onto one face."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.focus_face: int | None = None  # index into faces()

    def zoom_to(self, index: int | None) -> None:
        self.focus_face = index if index is not None and 0 <= index < len(self.faces()) else None
        self.update()

    def is_zoomed(self) -> bool:
        return self.focus_face is not None

    def _photo_size(self) -> tuple[float, float]:
        if self._result is not None and self._result.size:
            return float(self._result.size[0] or 1), float(self._result.size[1] or 1)
        return float(self._pixmap.width() or 1), float(self._pixmap.height() or 1)

    def _image_rect(self) -> QRectF:
        whole = super()._image_rect()
        if self.focus_face is None or whole.isNull():
            return whole
        top, right, bottom, left = self.faces()[self.focus_face].box
        width, height = self._photo_size()
        side = max(right - left, bottom - top, 1) * ZOOM_CONTEXT
        cx, cy = (left + right) / 2, (top + bottom) / 2
        zoom = max(min(self.width() / side, self.height() / side), whole.width() / width)  # never below "whole"
        w, h = width * zoom, whole.height() / whole.width() * width * zoom
        x, y = self.width() / 2 - cx * zoom, self.height() / 2 - cy * zoom
        # keep the photo filling the canvas where it can (no empty band beside a face at the edge)
        x = min(0.0, max(self.width() - w, x)) if w >= self.width() else (self.width() - w) / 2
        y = min(0.0, max(self.height() - h, y)) if h >= self.height() else (self.height() - h) / 2
        return QRectF(x, y, w, h)

    def face_rect(self, index: int) -> QRectF:
        """Where face ``index`` is drawn now (widget coordinates)."""
        target = self._image_rect()
        if target.isNull():
            return QRectF()
        top, right, bottom, left = self.faces()[index].box
        scale = target.width() / self._photo_size()[0]
        return QRectF(target.left() + left * scale, target.top() + top * scale,
                      (right - left) * scale, (bottom - top) * scale)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.focus_face is None:
            return
        face = self.face_rect(self.focus_face)
        font = QFont(self.font())
        font.setBold(True)
        tag = QFontMetrics(font).height() + 4  # the face's number and word, above the box (or below it)
        above = face.top() - tag >= self._image_rect().top()
        rect = face.adjusted(-7, -7 - (tag if above else 0), 7, 7 + (0 if above else tag))
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(self.palette().window().color(), 4))
        p.drawRect(rect)
        p.setPen(QPen(self.palette().windowText().color(), 2, Qt.PenStyle.DashLine))
        p.drawRect(rect)
        p.end()


class PhotoDialog(QDialog):
    def __init__(self, item, *, names=None, can_edit: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Photo: {name}").format(name=item.filename))
        result = item.result
        self.canvas = ZoomCanvas()
        self.canvas.set_photo(item.data, result, names)

        self.verdict = QLabel()
        self.verdict.setObjectName("photoVerdict")
        self.verdict.setWordWrap(True)
        self.faces = QListWidget()
        self.faces.setObjectName("attentionFaces")
        self.faces.setAccessibleName(self.tr("Faces that need attention"))
        self.faces.setWordWrap(True)
        self.faces.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.faces.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        faces_label = QLabel(self.tr("&Faces that need attention (choose one to zoom in):"))
        faces_label.setWordWrap(True)
        faces_label.setBuddy(self.faces)
        self.clear_note = QLabel()
        self.clear_note.setObjectName("clearFaces")
        self.clear_note.setWordWrap(True)
        self.whole_button = QPushButton(self.tr("Show the &whole photo"))
        self.whole_button.setObjectName("wholePhoto")
        self.whole_button.setEnabled(False)

        faces = list(result.faces) if result is not None else []
        attention = [(i, f) for i, f in enumerate(faces) if f.verdict.value != "clear"]
        clear = len(faces) - len(attention)
        for index, face in attention:
            row = QListWidgetItem(verdicts.verdict_icon(face.verdict.value), describe_face(index + 1, face, names))
            row.setData(Qt.ItemDataRole.UserRole, index)
            row.setToolTip(row.text())
            self.faces.addItem(row)
        if result is None:
            self.verdict.setText(self.tr("Not screened yet."))
        else:
            head = self.tr("<b>Verdict: {verdict}</b>").format(verdict=verdicts.image_label(item.verdict))
            if result.error:
                head += "<br>" + self.tr("Cannot be screened: {reason}").format(reason=html.escape(result.error))
            self.verdict.setText(head)
        if result is not None and not faces and not result.error:
            self.clear_note.setText(self.tr("No face found."))
        elif attention:
            if clear == 1:
                self.clear_note.setText(self.tr("One other face is clear."))
            elif clear:
                self.clear_note.setText(self.tr("%n other faces are clear.", "", clear))
        elif len(faces) == 1:
            self.clear_note.setText(self.tr("The face is clear."))
        elif faces:
            self.clear_note.setText(self.tr("All %n faces are clear.", "", clear))
        faces_label.setVisible(bool(attention))
        self.faces.setVisible(bool(attention))
        self.clear_note.setVisible(bool(self.clear_note.text()))
        self.whole_button.setVisible(bool(attention))

        side = QWidget()
        side.setObjectName("photoFacesPanel")
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.verdict)
        sl.addWidget(faces_label)
        sl.addWidget(self.faces, 1)
        sl.addWidget(self.clear_note)
        sl.addWidget(self.whole_button)
        if not attention:
            sl.addStretch(1)
        side.setMinimumWidth(200)
        side.setMaximumWidth(320)
        photo = QWidget()
        pl = QVBoxLayout(photo)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.canvas, 1)
        pl.addWidget(Legend())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("photoDialogSplitter")
        self.splitter.addWidget(photo)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.remove_button = QPushButton(self.tr("Re&move photo"))
        self.redact_button = QPushButton(self.tr("Replace with re&dacted copy"))
        self.redact_button.setToolTip(self.tr("Restricted and unclear faces are pixelated; the copy goes to the "
                                              "approvers for review."))
        if can_edit:
            buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
            if item.kind == "original" and item.verdict in ("blocked", "review") and not (item.result and item.result.error):
                buttons.addButton(self.redact_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.clicked.connect(lambda: self.done(REMOVE))
        self.redact_button.clicked.connect(lambda: self.done(REDACT))
        self.faces.currentItemChanged.connect(self._face_chosen)
        self.whole_button.clicked.connect(self.show_whole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(buttons)
        self.resize(980, 680)
        fit_inside_screen(self)  # never larger than the screen (1024x700 with a title bar)
        self.splitter.setSizes([700, 260])

    def attention_faces(self) -> list[int]:
        """Indexes (into the result's faces) of the listed faces."""
        return [self.faces.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.faces.count())]

    def _face_chosen(self, item, _previous=None) -> None:
        self.canvas.zoom_to(item.data(Qt.ItemDataRole.UserRole) if item is not None else None)
        self.whole_button.setEnabled(self.canvas.is_zoomed())

    def show_whole(self) -> None:
        self.faces.blockSignals(True)
        self.faces.setCurrentRow(-1)
        self.faces.clearSelection()
        self.faces.blockSignals(False)
        self.canvas.zoom_to(None)
        self.whole_button.setEnabled(False)
        self.faces.setFocus()
