"""How verdicts look: colour, icon and words together (never colour alone).

The three verdict colours are the only fixed colours in the app; they are chosen to read on
light and dark backgrounds and always come with a label and an icon shape (cross, exclamation
mark, tick). Icons are drawn at the screen's pixel ratio, so they stay sharp on high-DPI screens.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

RED = QColor(211, 47, 47)
AMBER = QColor(240, 160, 0)
GREEN = QColor(46, 140, 60)
GREY = QColor(128, 128, 128)

COLOURS = {"restricted": RED, "blocked": RED, "review": AMBER, "clear": GREEN}


def face_label(verdict: str) -> str:
    labels = {"restricted": QCoreApplication.translate("Verdicts", "Restricted"),
              "review": QCoreApplication.translate("Verdicts", "Needs review"),
              "clear": QCoreApplication.translate("Verdicts", "Clear")}
    return labels.get(verdict, verdict)


def image_label(verdict: str | None) -> str:
    labels = {"blocked": QCoreApplication.translate("Verdicts", "Blocked"),
              "review": QCoreApplication.translate("Verdicts", "Needs review"),
              "clear": QCoreApplication.translate("Verdicts", "Clear"),
              None: QCoreApplication.translate("Verdicts", "Not screened yet")}
    return labels.get(verdict, verdict or "")


_TOO_LARGE = re.compile(r"too large to screen|decompression ?bomb|exceeds limit of \d+ pixels", re.IGNORECASE)


def too_large(error: str | None) -> bool:
    """Did screening refuse the photo for its size (over about 100 megapixels)?"""
    return bool(error) and _TOO_LARGE.search(error) is not None


def too_large_advice() -> str:
    return QCoreApplication.translate("Verdicts", "This photo is over 100 megapixels, too large to screen safely. "
                                      "Save a smaller copy (for example 6000 \u00d7 4000 pixels) and add that instead.")


def result_label(result, verdict: str | None = None) -> str:
    """The words under a screened photo: its verdict, unless screening could not look at it; a
    file that could not be read is not a student with an opt-out, so it says so ("Could not be
    read"; "Not screened" when ClearPost itself failed). Still blocked either way.
    ``verdict`` overrides the result's (e.g. a redacted copy always needs review)."""
    if result is not None and result.error:
        if result.tool_failure:
            return QCoreApplication.translate("Verdicts", "Not screened: ClearPost failed")
        if too_large(result.error):
            return QCoreApplication.translate("Verdicts", "Too large to screen")
        return QCoreApplication.translate("Verdicts", "Could not be read")
    if verdict is None and result is not None:
        verdict = result.verdict.value
    return image_label(verdict)


def finding_text(kind: str, level: str, message: str) -> str:
    """What a text finding is, in words for the author: never the student's ID or name (the
    finding's own ``message`` may carry the ID). Each string is written out in full for the
    translation tools."""
    if kind == "name":
        if level == "error":
            return QCoreApplication.translate("Verdicts", "the name of a student who may not be named in this publication")
        return QCoreApplication.translate("Verdicts", "a first name that matches a student who may not be named; check who is meant")
    words = {
        "student_id": QCoreApplication.translate("Verdicts", "a student ID number"),
        "phone": QCoreApplication.translate("Verdicts", "a phone number"),
        "email": QCoreApplication.translate("Verdicts", "an e-mail address"),
        "address": QCoreApplication.translate("Verdicts", "a street address"),
        "birthdate": QCoreApplication.translate("Verdicts", "a date of birth"),
        "profanity": QCoreApplication.translate("Verdicts", "possible profanity (Policy 4007P does not allow profane or "
                                                            "obscene language)"),
        "political": QCoreApplication.translate("Verdicts", "possible political advocacy (Policy 4007P: informing about an election or "
                                    "levy is fine, advocating is not)"),
        "commercial": QCoreApplication.translate("Verdicts", "possible commercial promotion (Policy 4007P does not allow promoting a "
                                     "business or product)"),
    }
    return words.get(kind, message)


def colour(verdict: str | None) -> QColor:
    return COLOURS.get(verdict or "", GREY)


def verdict_icon(verdict: str | None, size: int = 16, ratio: float = 2.0) -> QIcon:
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour(verdict))
    p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    pen = QPen(QColor("white"), max(1.5, size / 8), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    s = size
    if verdict in ("restricted", "blocked"):
        p.drawLine(QPointF(s * .32, s * .32), QPointF(s * .68, s * .68))
        p.drawLine(QPointF(s * .68, s * .32), QPointF(s * .32, s * .68))
    elif verdict == "review":
        p.drawLine(QPointF(s * .5, s * .25), QPointF(s * .5, s * .58))
        p.drawPoint(QPointF(s * .5, s * .74))
    elif verdict == "clear":
        p.drawLine(QPointF(s * .28, s * .52), QPointF(s * .44, s * .68))
        p.drawLine(QPointF(s * .44, s * .68), QPointF(s * .72, s * .34))
    else:
        p.drawPoint(QPointF(s * .5, s * .5))
    p.end()
    return QIcon(pixmap)
