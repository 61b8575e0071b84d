"""The composer page: the post's title, channels, four questions, text and photos, saved as a
draft automatically (closing the window or locking it never loses typing), and submitting."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QScrollArea,
                               QSplitter, QVBoxLayout, QWidget)

from ...workflow.errors import WorkflowError
from ..post_results import stored_result
from ..screening_bridge import ScreeningBridge
from ..tasks import run_task
from .channels import ChannelPicker, usable_channels
from .photo_dialog import REDACT, REMOVE, PhotoDialog
from .photos import PhotoStrip
from .questions import QuestionsForm
from .submit_dialog import SubmitDialog
from .text_editor import PostTextPanel

RECOVERY_KEY = "composer/recovery"
EDITABLE = ("draft", "returned")


class ComposerPage(QWidget):
    saved = Signal(object)  # PostView
    submitted = Signal(object)  # PostView

    def __init__(self, ctx, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.workflow = ctx.workflow(actor)
        self.post = None
        self.dirty = False
        self.busy = False
        self.submit_dialog = None
        self.bridge = ScreeningBridge(ctx, actor.email, self)

        self.heading = QLabel()
        self.heading.setObjectName("composerHeading")
        self.save_status = QLabel()
        self.save_status.setObjectName("saveStatus")
        self.save_status.setAccessibleName(self.tr("Save status"))
        self.title = QLineEdit()
        self.title.setObjectName("postTitle")
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("A short title for the approvers (not published)"))
        title_label = QLabel(self.tr("T&itle:"))
        title_label.setBuddy(self.title)
        self.channels = ChannelPicker()
        self.questions = QuestionsForm()
        questions_box = QGroupBox(self.tr("The procedure's four questions"))
        qb = QVBoxLayout(questions_box)
        qb.addWidget(self.questions)
        self.text = PostTextPanel()

        form = QWidget()
        fl = QVBoxLayout(form)
        row = QHBoxLayout()
        row.addWidget(title_label)
        row.addWidget(self.title, 1)
        fl.addLayout(row)
        fl.addWidget(self.channels)
        fl.addWidget(questions_box)
        fl.addWidget(self.text, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)

        self.photos = PhotoStrip(self.bridge, lambda: self.channels.uses() or {"social"})
        if ctx.demo is not None:
            self.photos.start_dir = str(ctx.demo.photos)
        photos_box = QGroupBox(self.tr("Photos"))
        pb = QVBoxLayout(photos_box)
        pb.addWidget(self.photos)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("composerSplitter")
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(photos_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.new_button = QPushButton(self.tr("Start a &new post"))
        self.submit_button = QPushButton(self.tr("Su&bmit for approval..."))
        self.submit_button.setObjectName("submitPost")
        self.submit_button.setToolTip(self.tr("Ctrl+Return"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_status, 1)
        bottom.addWidget(self.new_button)
        bottom.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(1500)
        self.autosave.timeout.connect(self.save)
        self.title.textEdited.connect(lambda _t: self._changed())
        self.questions.changed.connect(self._changed)
        self.text.changed.connect(self._changed)
        self.channels.changed.connect(self._channels_changed)
        self.photos.added.connect(self._photo_added)
        self.photos.remove_requested.connect(self.remove_photo)
        self.photos.redact_requested.connect(self.redact_photo)
        self.photos.view_requested.connect(self.view_photo)
        self.new_button.clicked.connect(self.new_post)
        self.submit_button.clicked.connect(self.submit)
        for keys, slot in ((QKeySequence("Ctrl+Return"), self.submit), (QKeySequence.StandardKey.Save, self.save)):
            shortcut = QShortcut(keys, self, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # this page only
        self.setTabOrder(self.title, self.channels.list)

        self._all_channels = []
        self.reload_channels()
        self.new_post(restore=True)

    # -- state --------------------------------------------------------------------------------
    def reload_channels(self) -> None:
        self._all_channels = usable_channels(self.workflow.channels.list(status="approved"), self.actor)
        self.channels.set_channels(self._all_channels, self.channels.checked_ids())

    def new_post(self, restore: bool = False) -> None:
        self.flush()
        self.post = None
        self.photos.clear()
        self.title.clear()
        self.questions.set_values({"account_manager": self.actor.full_name})
        self.channels.set_checked([])
        self.text.set_text("")
        self._set_editable(True)
        self.dirty = False
        self.heading.setText(self.tr("<h3>New post</h3>"))
        self.save_status.setText(self.tr("Choose a channel and the draft saves itself as you type."))
        if restore:
            self._restore_recovery()
        self.title.setFocus()

    def load_post(self, post_id: int) -> None:
        self.flush()
        view = self.workflow.drafts.get(post_id)
        self.post = None
        self.photos.clear()
        self.title.setText(view.title)
        self.questions.set_values({k: getattr(view, k) for k in ("audience", "message", "channel_reason",
                                                                  "account_manager")})
        known = {c.id for c in self._all_channels}
        extra = [c for c in view.channels if c.id not in known]
        if extra:
            self.channels.set_channels(self._all_channels + extra)
        self.channels.set_checked([c.id for c in view.channels])
        self.text.set_text(view.body)
        self.post = view
        for photo in view.active_photos:
            data = self.workflow.drafts.photo_bytes(view.id, photo.id)
            result = stored_result(photo) if photo.kind == "redacted" else None
            self.photos.add_bytes(photo.filename, data, photo_id=photo.id, kind=photo.kind, result=result)
        self.dirty = False
        self._show_post_state()

    def _show_post_state(self) -> None:
        view = self.post
        editable = view is None or view.status in EDITABLE
        self._set_editable(editable)
        if view is None:
            return
        self.heading.setText(self.tr("<h3>{title}</h3>Post {id}, {status}").format(
            title=view.title, id=view.id, status=self.tr(view.status)))
        if not editable:
            self.save_status.setText(self.tr("This post is {status}; it cannot be changed here.").format(
                status=self.tr(view.status)))

    def _set_editable(self, editable: bool) -> None:
        for w in (self.title, self.channels, self.questions, self.photos.add_button, self.photos.remove_button,
                  self.photos.redact_button, self.submit_button):
            w.setEnabled(editable)
        self.text.editor.setReadOnly(not editable)
        self.photos.list.setAcceptDrops(editable)

    # -- editing ------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self.post is not None and self.post.status not in EDITABLE:
            return
        self.dirty = True
        self.save_status.setText(self.tr("Editing..."))
        self.autosave.start()

    def _channels_changed(self) -> None:
        channels = self.channels.checked()
        uses = sorted({c.use for c in channels}) or ["social"]
        names = {}
        for use in uses:
            for entry in self.ctx.roster.name_entries_for(use):
                names.setdefault(entry.student_id, entry)
        self.text.set_context(channels, self.ctx.settings.notice(), names.values(), self.ctx.roster.roster_ids())
        self.photos.rescreen_all()
        self._changed()

    def flush(self) -> None:
        """Save now what is typed (before closing, locking, signing out or switching post)."""
        self.autosave.stop()
        if self.dirty:
            self.save()

    def save(self) -> None:
        self.autosave.stop()
        if not self.dirty or self.busy:
            return
        drafts = self.workflow.drafts
        channel_ids = self.channels.checked_ids()
        fields = dict(title=self.title.text().strip() or self.tr("Untitled post"), body=self.text.text(),
                      **self.questions.values())
        try:
            if self.post is None:
                if not channel_ids:
                    self._save_recovery()
                    self.save_status.setText(self.tr("Not saved yet: choose at least one channel."))
                    return
                view = drafts.create(fields.pop("title"), channel_ids, **fields)
                for key, item in self.photos.items.items():
                    if item.photo_id is None:
                        view = self._attach(view, item)
            else:
                if not channel_ids:
                    self.save_status.setText(self.tr("Not saved: a post needs at least one channel."))
                    return
                view = drafts.update(self.post.id, self.post.version, channel_ids=channel_ids, **fields)
        except WorkflowError as exc:
            self.save_status.setText(self.tr("Not saved: {error}").format(error=str(exc)))
            return
        self.post = view
        self.dirty = False
        QSettings().remove(RECOVERY_KEY)
        self._show_post_state()
        self.save_status.setText(self.tr("Draft saved."))
        self.saved.emit(view)

    def _attach(self, view, item):
        before = {p.id for p in view.photos}
        view = self.workflow.drafts.attach(view.id, view.version, item.filename, item.data)
        item.photo_id = next((p.id for p in view.photos if p.id not in before), None)
        return view

    def _save_recovery(self) -> None:
        QSettings().setValue(RECOVERY_KEY, json.dumps({"title": self.title.text(), "body": self.text.text(),
                                                       **self.questions.values()}))

    def _restore_recovery(self) -> None:
        raw = QSettings().value(RECOVERY_KEY)
        if not raw:
            return
        try:
            data = json.loads(raw)
        except ValueError:
            return
        self.title.setText(data.get("title", ""))
        self.questions.set_values(data)
        self.text.set_text(data.get("body", ""))
        self.dirty = True
        self.save_status.setText(self.tr("Restored what you typed last time; choose a channel to save it."))

    # -- photos -------------------------------------------------------------------------------
    def _photo_added(self, key: str) -> None:
        item = self.photos.items[key]
        if self.post is None or item.photo_id is not None:
            self.dirty = True
            self.autosave.start()
            return
        try:
            self.post = self._attach(self.post, item)
        except WorkflowError as exc:
            self.save_status.setText(self.tr("Photo not saved: {error}").format(error=str(exc)))

    def remove_photo(self, key: str) -> None:
        item = self.photos.items.get(key)
        if item is None:
            return
        if item.photo_id is not None and self.post is not None:
            try:
                self.post = self.workflow.drafts.remove_photo(self.post.id, self.post.version, item.photo_id)
            except WorkflowError as exc:
                QMessageBox.warning(self, self.tr("Photo not removed"), str(exc))
                return
        self.photos.remove(key)

    def view_photo(self, key: str) -> None:
        item = self.photos.items.get(key)
        if item is None:
            return
        editable = self.post is None or self.post.status in EDITABLE
        dialog = PhotoDialog(item, names=None, can_edit=editable, parent=self)
        dialog.finished.connect(lambda code, key=key: self._photo_dialog_done(key, code))
        self.photo_dialog = dialog
        dialog.open()

    def _photo_dialog_done(self, key: str, code: int) -> None:
        if code == REMOVE:
            self.remove_photo(key)
        elif code == REDACT:
            self.redact_photo(key)

    def redact_photo(self, key: str) -> None:
        self.flush()
        item = self.photos.items.get(key)
        if item is None or self.post is None or item.photo_id is None:
            self.save_status.setText(self.tr("Choose a channel first: the draft must be saved to redact a photo."))
            return
        self.busy = True
        self.save_status.setText(self.tr("Making the redacted copy of {name} and screening it again...").format(
            name=item.filename))
        self.redact_task = run_task(self.workflow.drafts.redact_photo, self.post.id, self.post.version, item.photo_id,
                                    on_done=lambda view, key=key: self._redacted(key, view),
                                    on_error=self._redact_failed)

    def _redacted(self, key: str, view) -> None:
        self.busy = False
        original = self.photos.items.get(key)
        self.post = view
        copy = next((p for p in view.active_photos if original and p.replaces_id == original.photo_id), None)
        if original is not None:
            self.photos.remove(key)
        if copy is not None:
            data = self.workflow.drafts.photo_bytes(view.id, copy.id)
            item = self.photos.add_bytes(copy.filename, data, photo_id=copy.id, kind="redacted",
                                         result=stored_result(copy))
            self.photos.select(item.key)
        self.save_status.setText(self.tr("The photo was replaced by its redacted copy; the approvers will review it."))
        if self.dirty:
            self.autosave.start()

    def _redact_failed(self, exc) -> None:
        self.busy = False
        self.save_status.setText(self.tr("No redacted copy: {error}").format(error=str(exc)))

    # -- submitting ---------------------------------------------------------------------------
    def submit(self) -> None:
        if not self.submit_button.isEnabled():
            return
        self.flush()
        if self.post is None:
            QMessageBox.information(self, self.tr("Not saved yet"), self.tr("Choose at least one channel first."))
            return
        missing = self.questions.missing()
        if missing:
            QMessageBox.information(self, self.tr("Questions to answer"),
                                    self.tr("Answer the procedure's questions first:") + "\n- " + "\n- ".join(missing))
            return
        self.submit_dialog = SubmitDialog(self.ctx, self.actor, self.post, self)
        self.submit_dialog.submitted.connect(self._submitted)
        self.submit_dialog.open()

    def _submitted(self, view) -> None:
        self.post = view
        self._show_post_state()
        chain = ", ".join(view.chain)
        self.save_status.setText(self.tr("Submitted. Waiting for: {who}.").format(who=view.waiting_for or chain))
        self.submitted.emit(view)

    # -- window -------------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("composer/splitter", self.splitter.saveState())
        settings.setValue("composer/text_splitter", self.text.split.saveState())

    def restore_state(self, settings: QSettings) -> None:
        for key, splitter in (("composer/splitter", self.splitter), ("composer/text_splitter", self.text.split)):
            state = settings.value(key)
            if state is not None:
                splitter.restoreState(state)

    def shutdown(self) -> None:
        self.bridge.cancel_all()
