"""One photo of the post, large, with its face boxes; for a blocked photo, remove it or replace
it with the redacted copy."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from ..photo_view import PhotoView

REMOVE, REDACT = 10, 11


class PhotoDialog(QDialog):
    def __init__(self, item, *, names=None, can_edit: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Photo: {name}").format(name=item.filename))
        self.view = PhotoView()
        self.view.set_photo(item.data, item.result, names)
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(820, 640)
