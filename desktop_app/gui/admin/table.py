"""A read-only, sortable table filled from rows of strings and numbers (shared by the admin pages)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


class SimpleTable(QTableWidget):
    def __init__(self, headers: list[str], name: str, stretch: int | None = None) -> None:
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch is not None:
            self.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def fill(self, rows: list[list[str]], keys: list | None = None, tooltips: list[list[str]] | None = None) -> None:
        """Rows of cells: a string, or an int (shown as a number and sorted as one); an optional
        tooltip per cell."""
        self.setSortingEnabled(False)
        self.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                if isinstance(value, int) and not isinstance(value, bool):
                    item = QTableWidgetItem()
                    item.setData(Qt.ItemDataRole.DisplayRole, value)  # sorts 2 before 10
                else:
                    item = QTableWidgetItem(str(value))
                if tooltips is not None and tooltips[r][c]:
                    item.setToolTip(tooltips[r][c])
                if keys is not None:
                    item.setData(Qt.ItemDataRole.UserRole, keys[r])
                self.setItem(r, c, item)
        self.setSortingEnabled(True)

    def current_key(self):
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        return self.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
