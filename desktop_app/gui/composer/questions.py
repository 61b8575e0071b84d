"""The four questions the district's procedure asks of every post.

Each answer is a short multi-line field (labels above the fields, so they stay readable in a
narrow composer) with a minimum height of about three lines: in a small window the composer
scrolls instead of squeezing the answers to a sliver.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFormLayout, QFrame, QPlainTextEdit, QSizePolicy, QWidget

FIELDS = ("audience", "message", "channel_reason", "account_manager")
MIN_LINES = 3


class AnswerEdit(QPlainTextEdit):
    """A few lines of plain text; Tab moves to the next field as in a form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        lines = QFontMetrics(self.font()).lineSpacing() * MIN_LINES
        frame = 2 * self.frameWidth() + 2 * int(self.document().documentMargin()) + 4
        self.setMinimumHeight(max(64, lines + frame))
        self.setMaximumHeight(max(64, lines + frame) + QFontMetrics(self.font()).lineSpacing())

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - the QLineEdit name, kept for callers
        self.setPlainText(text)


class QuestionsForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "audience": self.tr("Who is the target &audience?"),
            "message": self.tr("&What information is being communicated?"),
            "channel_reason": self.tr("W&hy is this channel the best one for it?"),
            "account_manager": self.tr("Who &manages and monitors the account?"),
        }
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # label above its field
        self.fields: dict[str, AnswerEdit] = {}
        for key in FIELDS:
            edit = AnswerEdit()
            edit.setFrameShape(QFrame.Shape.StyledPanel)
            edit.setObjectName(f"question_{key}")
            edit.setAccessibleName(labels[key].replace("&", ""))
            edit.textChanged.connect(self.changed.emit)
            form.addRow(labels[key], edit)
            self.fields[key] = edit

    def values(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.fields.items()}

    def set_values(self, values: dict[str, str]) -> None:
        """Fill the answers (programmatic: no ``changed``)."""
        for k, e in self.fields.items():
            e.blockSignals(True)
            e.setText(values.get(k, "") or "")
            e.blockSignals(False)

    def missing(self) -> list[str]:
        return [self.fields[k].accessibleName() for k in FIELDS if not self.fields[k].text().strip()]
