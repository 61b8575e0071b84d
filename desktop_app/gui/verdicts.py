"""How verdicts look: colour, icon and words together (never colour alone).

The three verdict colours are the only fixed colours in the app; they are chosen to read on
light and dark backgrounds and always come with a label and an icon shape (cross, exclamation
mark, tick). Icons are drawn at the screen's pixel ratio, so they stay sharp on high-DPI screens.
"""

from __future__ import annotations

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
