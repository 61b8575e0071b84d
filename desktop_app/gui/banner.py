"""The demo banner: a strip that says this is the demo district, not real data."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget


class DemoBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setText(self.tr("<b>Demo district</b> - invented staff and students, sample photos. "
                             "To open your district, IT connects ClearPost to its database "
                             "(Settings, or the workstation's configuration)."))
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self.setMargin(6)
        pal = self.palette()  # the highlight colours follow the light or dark theme
        pal.setColor(QPalette.ColorRole.Window, pal.color(QPalette.ColorRole.Highlight))
        pal.setColor(QPalette.ColorRole.WindowText, pal.color(QPalette.ColorRole.HighlightedText))
        self.setPalette(pal)
        self.setAccessibleName(self.tr("Demo district"))
