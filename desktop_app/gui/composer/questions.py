"""The four questions the district's procedure asks of every post."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

FIELDS = ("audience", "message", "channel_reason", "account_manager")


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
        self.fields: dict[str, QLineEdit] = {}
        for key in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"question_{key}")
            edit.setAccessibleName(labels[key].replace("&", ""))
            edit.textEdited.connect(lambda _t: self.changed.emit())
            form.addRow(labels[key], edit)
            self.fields[key] = edit

    def values(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.fields.items()}

    def set_values(self, values: dict[str, str]) -> None:
        for k, e in self.fields.items():
            e.setText(values.get(k, "") or "")

    def missing(self) -> list[str]:
        return [self.fields[k].accessibleName() for k in FIELDS if not self.fields[k].text().strip()]
