"""Pick the post's channels: approved channels of the author's buildings (and district-wide ones)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QLabel, QWidget

from .. import labels


def usable_channels(channels, actor):
    """Approved channels in the actor's building or for the whole district; the director sees all."""
    approved = [c for c in channels if c.status == "approved"]
    if "director" in actor.roles:
        return approved
    return [c for c in approved if c.building_id is None or c.building_id == actor.building_id]


class ChannelPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Channels"))
        self.list.setMaximumHeight(110)
        label = QLabel(self.tr("&Channels (approved accounts this post goes to):"))
        label.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.list)
        self.channels = {}
        self.list.itemChanged.connect(lambda _item: self.changed.emit())

    def set_channels(self, channels, checked_ids=()) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.channels = {c.id: c for c in channels}
        for c in channels:
            limit = self.tr("{n} characters").format(n=f"{c.char_limit:,}") if c.char_limit else self.tr("no limit")
            item = QListWidgetItem(f"{c.name} - {c.platform}, {labels.use(c.use)} ({limit})")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.id in checked_ids else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.changed.emit()

    def set_checked(self, ids) -> None:
        ids = set(ids)
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in ids
                               else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.changed.emit()

    def checked_ids(self) -> list[int]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]

    def checked(self):
        return [self.channels[i] for i in self.checked_ids()]

    def uses(self) -> set[str]:
        return {c.use for c in self.checked()}
