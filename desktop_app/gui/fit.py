"""Fitting a 1024×700 screen (issue 21): sentences wrap instead of widening their page, long forms
scroll, and windows open inside the screen's available area."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

SMALLEST_SCREEN = QSize(1024, 700)  # the smallest screen ClearPost is made for


def wrapping(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label whose sentence wraps to the width it is given (a one-line QLabel is as wide as
    its sentence, and so is everything that holds it)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def scrolling(widget: QWidget) -> QScrollArea:
    """The widget in a frameless scroll area that follows its width and scrolls vertically."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(widget)
    return area


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The area of the widget's screen (else the primary screen) not taken by task bars and docks."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)


def fit_inside_screen(window: QWidget, wanted: QSize | None = None) -> None:
    """Give the window its wanted size (else its current one), no larger than the available area
    of its screen, with its frame inside that area."""
    area = available_geometry(window)
    size = wanted or window.size()
    # the window manager's frame: known once shown, else a title bar and borders are allowed for
    frame = window.frameGeometry().size() - window.geometry().size() if window.isVisible() else QSize(16, 48)
    width = min(size.width(), area.width() - frame.width())
    height = min(size.height(), area.height() - frame.height())
    window.resize(max(width, 200), max(height, 200))
    geometry = window.frameGeometry()
    x = min(max(geometry.x(), area.x()), area.right() - geometry.width() + 1)
    y = min(max(geometry.y(), area.y()), area.bottom() - geometry.height() + 1)
    if (x, y) != (geometry.x(), geometry.y()):
        window.move(x, y)


def break_lines(text: str, widget: QWidget, width: int = 560) -> str:
    """The text with line breaks so that no line is wider than ``width`` pixels in the widget's
    font: for check boxes and radio buttons, which do not wrap and are as wide as their text."""
    metrics = widget.fontMetrics()
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        # break after a comma or semicolon where possible (a list of names keeps each name whole)
        pieces = []
        for piece in re.split(r"(?<=[,;]) ", paragraph):
            pieces += [piece] if metrics.horizontalAdvance(piece) <= width else piece.split(" ")
        for word in pieces:
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return "\n".join(lines)


def set_wrapped_text(button, text: str, width: int = 560) -> None:
    """Set a check box's (or radio button's) text broken into lines that fit ``width``; the
    accessible name keeps the sentence whole."""
    button.setText(break_lines(text, button, width))
    button.setAccessibleName(text.replace("&", ""))
