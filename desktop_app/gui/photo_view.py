"""A photo with a box on every face: red restricted, amber review, green clear.

Each box carries a number and a word as well as its colour, a legend sits below, and the same
information is in the widget's accessible description and tooltips. Authors see that a face is
restricted; approvers (``names`` given) see which student it is.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QCoreApplication, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QImageReader, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from ..screening.results import ImageResult
from . import verdicts


def read_image(data: bytes, side: int | None = None) -> QImage:
    """Decode with the EXIF orientation applied, as the screening saw the photo; with ``side``,
    no larger than that (JPEGs are then decoded at reduced scale). Safe off the GUI thread."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if side is not None and size.isValid() and max(size.width(), size.height()) > side:
        reader.setScaledSize(size.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if side is not None and not image.isNull() and max(image.width(), image.height()) > side:
        image = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return image


def load_pixmap(data: bytes) -> QPixmap:
    """The whole photo as a pixmap (GUI thread), EXIF orientation applied."""
    image = read_image(data)
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


def describe_face(index: int, face, names: dict[str, str] | None) -> str:
    word = verdicts.face_label(face.verdict.value)
    text = QCoreApplication.translate("PhotoView", "Face {n}: {verdict}").format(n=index, verdict=word)
    if face.verdict.value == "restricted":
        if names is not None:
            who = names.get(face.student_id or "", face.student_id or "?")
            text += QCoreApplication.translate("PhotoView", " - {name} ({id}) has a photo opt-out").format(name=who, id=face.student_id)
        else:
            text += QCoreApplication.translate("PhotoView", " - a student with a photo opt-out")
    elif face.verdict.value == "review":
        if names is not None and face.student_id:
            who = names.get(face.student_id, face.student_id)
            text += QCoreApplication.translate("PhotoView", " - looks like {name}; check").format(name=who)
        elif face.reason:
            text += " - " + face_reason(face.reason)
    elif face.reason:  # clear: recognised as a student without an opt-out (never named)
        text += " - " + face_reason(face.reason)
    return text


def face_reason(reason: str) -> str:
    """Screening's reason for a face's verdict, in the reader's language (as it is if unknown)."""
    t = lambda text: QCoreApplication.translate("PhotoView", text)  # noqa: E731
    known = {
        "a student without an opt-out": t("a student without an opt-out"),
        "resembles an opted-out student": t("resembles an opted-out student"),
        "resembles an opted-out student (face not clearly visible)":
            t("resembles an opted-out student (face not clearly visible)"),
        "matches an opted-out student of another building": t("matches an opted-out student of another building"),
        "face too small to match reliably": t("face too small to match reliably"),
        "face too blurred to match reliably": t("face too blurred to match reliably"),
        "face turned away; could not be matched reliably": t("face turned away; could not be matched reliably"),
        "face turned sideways; could not be matched reliably": t("face turned sideways; could not be matched reliably"),
        "eyes and mouth not found; could not be matched reliably":
            t("eyes and mouth not found; could not be matched reliably"),
    }
    return known.get(reason, reason)


class PhotoCanvas(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        self._result: ImageResult | None = None
        self._names: dict[str, str] | None = None
        self._boxes: list[tuple[QRectF, str]] = []
        self.setMinimumSize(240, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Photo"))

    def set_photo(self, data: bytes | None, result: ImageResult | None, names: dict[str, str] | None) -> None:
        self._pixmap = load_pixmap(data) if data else QPixmap()
        self._result, self._names = result, names
        lines = [describe_face(i, f, names) for i, f in enumerate(self.faces(), 1)]
        if result is not None and result.error:
            lines.insert(0, result.error)
        self.setAccessibleDescription("\n".join(lines) or self.tr("No face found"))
        self.update()

    def faces(self):
        return list(self._result.faces) if self._result is not None else []

    def sizeHint(self) -> QSize:
        return QSize(640, 420)

    def _image_rect(self) -> QRectF:
        if self._pixmap.isNull():
            return QRectF()
        size = self._pixmap.size().toSizeF()
        size.scale(self.size().toSizeF(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2, size.width(), size.height())

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = self._image_rect()
        if target.isNull():
            p.setPen(self.palette().placeholderText().color())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No photo"))
            return
        p.drawPixmap(target, self._pixmap, QRectF(self._pixmap.rect()))
        width = (self._result.size[0] if self._result and self._result.size else self._pixmap.width()) or 1
        scale = target.width() / width
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        metrics = QFontMetrics(font)
        self._boxes = []
        for i, face in enumerate(self.faces(), 1):
            top, right, bottom, left = face.box
            rect = QRectF(target.left() + left * scale, target.top() + top * scale,
                          (right - left) * scale, (bottom - top) * scale)
            colour = verdicts.colour(face.verdict.value)
            p.setPen(QPen(colour, 3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect)
            tag = f"{i} {verdicts.face_label(face.verdict.value)}"
            if face.verdict.value == "restricted" and self._names is not None and face.student_id:
                tag = f"{i} {self._names.get(face.student_id, face.student_id)}"
            tag_rect = QRectF(rect.left(), rect.top() - metrics.height() - 4, metrics.horizontalAdvance(tag) + 10,
                              metrics.height() + 4)
            if tag_rect.top() < target.top():
                tag_rect.moveTop(rect.bottom())
            p.fillRect(tag_rect, colour)
            p.setPen(Qt.GlobalColor.white if face.verdict.value != "review" else Qt.GlobalColor.black)
            p.drawText(tag_rect, Qt.AlignmentFlag.AlignCenter, tag)
            self._boxes.append((rect, describe_face(i, face, self._names)))

    def mouseMoveEvent(self, event) -> None:
        for rect, text in self._boxes:
            if rect.contains(event.position()):
                QToolTip.showText(event.globalPosition().toPoint(), text, self)
                return
        QToolTip.hideText()


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for verdict, text in (("restricted", self.tr("Red: restricted (photo opt-out)")),
                              ("review", self.tr("Amber: a person must check")),
                              ("clear", self.tr("Green: clear"))):
            icon = QLabel()
            icon.setPixmap(verdicts.verdict_icon(verdict).pixmap(16, 16))
            label = QLabel(text)
            label.setWordWrap(True)  # on a narrow pane (or in Spanish) each line wraps; the page keeps its width
            label.setBuddy(icon)
            layout.addWidget(icon)
            layout.addWidget(label)
            layout.addSpacing(12)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("Legend"))


class PhotoView(QWidget):
    """The canvas, the legend and a written list of the faces."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = PhotoCanvas()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("Faces found"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(Legend())
        layout.addWidget(self.summary)

    def set_photo(self, data: bytes | None, result: ImageResult | None, names: dict[str, str] | None = None) -> None:
        self.canvas.set_photo(data, result, names)
        if result is None:
            self.summary.setText(self.tr("Not screened yet."))
            return
        lines = []
        if result.error:
            lines.append(verdicts.too_large_advice() if verdicts.too_large(result.error) else
                         self.tr("Cannot be screened: {reason}").format(reason=result.error))
        lines += [describe_face(i, f, names) for i, f in enumerate(result.faces, 1)]
        if not result.faces and not result.error:
            lines.append(self.tr("No face found."))
        head = self.tr("Verdict: {verdict}").format(verdict=verdicts.result_label(result))
        self.summary.setText("\n".join([head] + lines))
