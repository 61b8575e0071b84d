"""The post's photos as the author sees them: add by drag and drop, the file dialog or paste;
each thumbnail shows where its photo is (being read, waiting for a channel, being saved or
screened) and then the verdict stored for it. The composer page does the work (``photo_work``);
this strip only shows it and asks for it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFileDialog, QGridLayout, QHBoxLayout, QLabel,
                               QListView, QListWidget, QListWidgetItem, QProgressBar, QPushButton, QVBoxLayout,
                               QWidget)

from ...roster.sources import IMAGE_EXTENSIONS
from ...screening.results import ImageResult
from .. import verdicts

THUMB = 148
_RANK = {"clear": 0, "review": 1, "blocked": 2}
_keys = itertools.count(1)


@dataclass
class PhotoItem:
    key: str
    filename: str
    data: bytes | None = None  # None until read from the file or the database
    photo_id: int | None = None
    kind: str = "original"
    result: ImageResult | None = None  # the worst of the per-use results stored for it
    check_verdict: str | None = None  # the photo's verdict as stored (a redacted copy: at least review)
    state: str = "reading"  # reading | waiting | saving | screening | done | cancelled | failed
    thumb: QImage | None = None
    problem: str = ""  # why it could not be read or saved (state "failed")

    @property
    def verdict(self) -> str | None:
        if self.state != "done" or self.result is None:
            return None
        return self.check_verdict or self.result.verdict.value


def image_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def _is_photo(path: Path) -> bool:
    return path.suffix.lower().lstrip(".") in IMAGE_EXTENSIONS


class DropList(QListWidget):
    files_dropped = Signal(list)
    image_dropped = Signal(QImage)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def _accepts(self, mime) -> bool:
        return mime.hasUrls() or mime.hasImage()

    def dragEnterEvent(self, event) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        if mime.hasUrls():
            self.files_dropped.emit([u.toLocalFile() for u in mime.urls() if u.isLocalFile()])
        elif mime.hasImage():
            self.image_dropped.emit(QImage(mime.imageData()))
        event.acceptProposedAction()


class PhotoStrip(QWidget):
    changed = Signal()
    files_chosen = Signal(list)  # paths
    image_given = Signal(str, bytes)  # file name, PNG bytes
    cancel_requested = Signal(object)  # key, or None for every photo
    remove_requested = Signal(str)
    redact_requested = Signal(str)
    view_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: dict[str, PhotoItem] = {}
        self.start_dir = ""
        self.list = DropList()
        self.list.setObjectName("photoList")
        self.list.setAccessibleName(self.tr("Photos"))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.setSpacing(6)
        self.list.setMinimumHeight(THUMB + 60)
        self.hint = QLabel(self.tr("Drop photos here, paste one (Ctrl+V in the list), or use Add photos."))
        self.hint.setWordWrap(True)
        self.notice = QLabel()  # what a drop could not add, and why
        self.notice.setObjectName("photoNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        self.add_button = QPushButton(self.tr("&Add photos..."))
        self.view_button = QPushButton(self.tr("&View faces..."))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.redact_button = QPushButton(self.tr("Replace with re&dacted copy"))
        self.cancel_button = QPushButton(self.tr("&Cancel screening"))
        for b, name in ((self.add_button, "addPhotos"), (self.view_button, "viewPhoto"), (self.remove_button, "removePhoto"),
                        (self.redact_button, "redactPhoto"), (self.cancel_button, "cancelScreening")):
            b.setObjectName(name)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Screening progress"))
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName(self.tr("Screening status"))
        # two rows of two: the photos pane stays narrow enough for the form beside it at
        # 1024 px, in languages with longer words too
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.view_button, 0, 1)
        buttons.addWidget(self.remove_button, 1, 0)
        buttons.addWidget(self.redact_button, 1, 1)
        buttons.setColumnStretch(2, 1)
        status = QHBoxLayout()
        status.addWidget(self.progress_label, 1)
        status.addWidget(self.progress)
        status.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.notice)
        layout.addLayout(status)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.choose_files)
        self.view_button.clicked.connect(lambda: self._emit_selected(self.view_requested))
        self.remove_button.clicked.connect(lambda: self._emit_selected(self.remove_requested))
        self.redact_button.clicked.connect(lambda: self._emit_selected(self.redact_requested))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.list.itemActivated.connect(lambda item: self.view_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.files_dropped.connect(self.add_files)
        self.list.image_dropped.connect(self.add_image)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.list)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self.paste)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(lambda: self._emit_selected(self.remove_requested))
        self.set_busy(0)

    # -- adding -------------------------------------------------------------------------------
    def choose_files(self) -> None:
        pattern = " ".join(f"*.{e}" for e in sorted(IMAGE_EXTENSIONS))
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), self.start_dir,
                                                self.tr("Images ({pattern})").format(pattern=pattern))
        self.add_files(paths)

    def add_files(self, paths) -> None:
        """Add photos given by path; a folder adds the photos in it (not those of folders inside
        it). What cannot be added is said below the list."""
        photos, not_photos, empty = [], [], []
        for p in paths:
            path = Path(p)
            if path.is_dir():
                inside = sorted((c for c in path.iterdir() if c.is_file() and not c.name.startswith(".")
                                 and _is_photo(c)), key=lambda c: c.name.lower())
                photos += [str(c) for c in inside]
                if not inside:
                    empty.append(path.name or str(path))
            elif _is_photo(path):
                photos.append(str(path))
            elif str(p):
                not_photos.append(path.name)
        notes = []
        if not_photos:
            notes.append(self.tr("Not added (not a photo ClearPost can screen): {names}.").format(
                names=", ".join(not_photos)))
        if empty:
            notes.append(self.tr("No photos in the folder {names}; folders inside a folder are not opened.").format(
                names=", ".join(empty)))
        self.notice.setText(" ".join(notes))
        self.notice.setVisible(bool(notes))
        if photos:
            self.files_chosen.emit(photos)

    def add_image(self, image: QImage) -> None:
        if not image.isNull():
            self.image_given.emit(self.tr("pasted-photo.png"), image_bytes(image))

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        if mime.hasUrls():
            self.add_files([u.toLocalFile() for u in mime.urls() if u.isLocalFile()])
        elif mime.hasImage():
            self.add_image(QImage(mime.imageData()))

    def add_item(self, filename: str, *, data: bytes | None = None, photo_id: int | None = None,
                 kind: str = "original", state: str = "reading") -> PhotoItem:
        item = PhotoItem(f"photo{next(_keys)}", filename, data, photo_id, kind, state=state)
        self.items[item.key] = item
        widget_item = QListWidgetItem()
        widget_item.setData(Qt.ItemDataRole.UserRole, item.key)
        self.list.addItem(widget_item)
        self.list.setCurrentItem(widget_item)
        self._refresh(item)
        self.list.scrollToItem(widget_item)  # a new photo is in sight, not below the fold
        self.changed.emit()
        return item

    def set_state(self, key: str, state: str, *, problem: str = "") -> None:
        item = self.items.get(key)
        if item is not None:
            item.state, item.problem = state, problem
            if state != "done":
                item.result = item.check_verdict = None
            self._refresh(item)
            self.changed.emit()

    def set_thumbnail(self, key: str, data: bytes, image: QImage) -> None:
        item = self.items.get(key)
        if item is not None:
            item.data, item.thumb = data, image
            self._refresh(item)

    def set_check(self, key: str, check) -> None:
        """The photo's screening (a ``PhotoCheck``), as the draft service stored it."""
        item = self.items.get(key)
        if item is None:
            return
        worst = max(check.results.values(), key=lambda r: _RANK.get(r.verdict.value, 2), default=None)
        item.result, item.check_verdict, item.state = worst, check.verdict.value, "done"
        self._refresh(item)
        self.changed.emit()

    def cancel_selected(self) -> None:
        key = self.selected_key()
        if key and self.items[key].state == "screening":
            self.cancel_requested.emit(key)
        else:
            self.cancel_requested.emit(None)

    def set_busy(self, pending: int) -> None:
        screening = sum(i.state == "screening" for i in self.items.values())
        busy = pending > 0 or screening > 0
        self.progress.setVisible(busy)
        self.cancel_button.setEnabled(screening > 0)
        self.progress_label.setText(self.tr("Screening %n photo(s) in the background...", "", screening) if screening
                                    else self.tr("Saving photos...") if busy else "")
        self._update_buttons()

    # -- showing ------------------------------------------------------------------------------
    def _widget_item(self, key: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                return self.list.item(row)
        return None

    def _refresh(self, item: PhotoItem) -> None:
        widget_item = self._widget_item(item.key)
        if widget_item is None:
            return
        status = {"reading": self.tr("Opening..."), "saving": self.tr("Saving..."),
                  "waiting": self.tr("Screened when you choose a channel"),
                  "screening": self.tr("Screening..."), "cancelled": self.tr("Screening cancelled"),
                  "failed": self.tr("Not added")}.get(item.state) or verdicts.result_label(item.result, item.verdict)
        if item.kind == "redacted":
            status += self.tr(" (redacted copy)")
        widget_item.setText(f"{item.filename}\n{status}")
        widget_item.setIcon(self._thumbnail(item))
        tip = item.problem if item.state == "failed" else (
            (verdicts.too_large_advice() if verdicts.too_large(item.result.error) else item.result.error)
            if item.result is not None and item.result.error else status)
        widget_item.setToolTip(tip)
        widget_item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{item.filename}: {status}")
        self._update_buttons()

    def _thumbnail(self, item: PhotoItem) -> QIcon:
        ratio = self.devicePixelRatioF() or 1.0
        canvas = QPixmap(int(THUMB * ratio), int(THUMB * ratio))
        canvas.setDevicePixelRatio(ratio)
        canvas.fill(Qt.GlobalColor.transparent)
        photo = QPixmap.fromImage(item.thumb) if item.thumb is not None and not item.thumb.isNull() else QPixmap()
        p = QPainter(canvas)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        right, bottom = THUMB, THUMB
        if not photo.isNull():
            scaled = photo.scaled(int(THUMB * ratio), int(THUMB * ratio), Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
            scaled.setDevicePixelRatio(ratio)
            w, h = scaled.width() / ratio, scaled.height() / ratio
            p.drawPixmap(int((THUMB - w) / 2), int((THUMB - h) / 2), scaled)
            right, bottom = int((THUMB + w) / 2), int((THUMB + h) / 2)
        badge = verdicts.verdict_icon(item.verdict if item.state == "done" else None, 28, ratio)
        p.drawPixmap(max(0, right - 30), max(0, bottom - 30), badge.pixmap(28, 28))  # on the photo's corner
        p.end()
        return QIcon(canvas)

    def selected_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, key: str) -> None:
        widget_item = self._widget_item(key)
        if widget_item is not None:
            self.list.setCurrentItem(widget_item)

    def _emit_selected(self, signal) -> None:
        key = self.selected_key()
        if key:
            signal.emit(key)

    def _update_buttons(self) -> None:
        key = self.selected_key()
        item = self.items.get(key) if key else None
        self.view_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)
        self.redact_button.setEnabled(item is not None and item.kind == "original" and item.verdict in ("blocked", "review")
                                      and not (item.result and item.result.error))

    def remove(self, key: str) -> None:
        self.items.pop(key, None)
        widget_item = self._widget_item(key)
        if widget_item is not None:
            self.list.takeItem(self.list.row(widget_item))
        self._update_buttons()
        self.changed.emit()

    def clear(self) -> None:
        self.items.clear()
        self.list.clear()
        self._update_buttons()

    def pending(self) -> list[PhotoItem]:
        return [i for i in self.items.values() if i.state in ("reading", "saving", "screening")]
