"""The composer page: the post's title, channels, four questions, text and photos, saved as a
draft automatically (closing the window or locking it never loses typing), and submitting.

What cannot be saved as a draft yet (nothing is saved before a channel is ticked, or a save
failed) is kept on this computer, per person, and put back the next time they sign in. On
opening, the author lands on that unsaved text, else on the draft they last worked on (or their
newest draft), else on a new post. A returned post shows who returned it and their comment at
the top.
"""

from __future__ import annotations

import hashlib
import html
import json
from contextlib import contextmanager

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QScrollArea, QSizePolicy, QSplitter, QVBoxLayout, QWidget)

from ...workflow.errors import WorkflowError
from .. import verdicts
from ..post_results import stored_result
from ..screening_bridge import ScreeningBridge
from ..tasks import run_task
from .channels import ChannelPicker, usable_channels
from .photo_dialog import REDACT, REMOVE, PhotoDialog
from .photos import PhotoStrip
from .questions import QuestionsForm
from .submit_dialog import SubmitDialog
from .text_editor import PostTextPanel

RECOVERY_KEY = "composer/recovery"  # + "/" + the person's key: never shown to someone else
LAST_POST_KEY = "composer/last_post"  # + "/" + the person's key
EDITABLE = ("draft", "returned")


def person_key(actor) -> str:
    """A QSettings-safe key for one person (no e-mail address in the settings file)."""
    return hashlib.sha256(actor.email.strip().lower().encode("utf-8")).hexdigest()[:16]


def returned_decision(view):
    """The decision that returned the post to its author (the latest one), or None."""
    returned = [d for d in view.decisions if d.decision == "returned"]
    return max(returned, key=lambda d: (d.round, d.at)) if returned else None


class ReturnedBanner(QFrame):
    """At the top of the composer: who returned the post, when, and their whole comment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnedBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        amber = verdicts.AMBER
        self.setStyleSheet(f"QFrame#returnedBanner {{ border: 2px solid rgb({amber.red()}, {amber.green()}, "
                           f"{amber.blue()}); border-radius: 4px; }}")
        icon = QLabel()
        icon.setPixmap(verdicts.verdict_icon("review", 24).pixmap(24, 24))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.who = QLabel()
        self.who.setObjectName("returnedBy")
        self.who.setTextFormat(Qt.TextFormat.RichText)
        self.who.setWordWrap(True)
        self.comment = QLabel()
        self.comment.setObjectName("returnedComment")
        self.comment.setTextFormat(Qt.TextFormat.PlainText)  # the approver's words, as written
        self.comment.setWordWrap(True)
        self.comment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.comment.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.who.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.addWidget(self.who)
        text.addWidget(self.comment)
        layout = QHBoxLayout(self)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self.setAccessibleName(self.tr("Returned by the approver"))
        self.hide()

    def show_decision(self, decision) -> None:
        if decision is None:
            self.hide()
            return
        self.who.setText(self.tr("<b>Returned to you by {name} ({role}) on {when}.</b> Change the post as asked "
                                 "and submit it again.").format(name=html.escape(decision.by_name),
                                                                role=html.escape(self.tr(decision.role)),
                                                                when=f"{decision.at.astimezone():%Y-%m-%d %H:%M}"))
        comment = decision.comment.strip() or self.tr("(no comment)")
        self.comment.setText(comment)
        self.setAccessibleDescription(f"{self.who.text()} {comment}")
        self.show()


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
        self._loading = 0
        self.submit_dialog = None
        self.bridge = ScreeningBridge(ctx, actor.email, self)
        self._recovery_key = f"{RECOVERY_KEY}/{person_key(actor)}"
        self._last_post_key = f"{LAST_POST_KEY}/{person_key(actor)}"

        # Two lines from the start (the title, then "Post N, draft" or "Not saved yet"), so the
        # page does not move when the first save names the post.
        self.heading = QLabel()
        self.heading.setObjectName("composerHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.returned_banner = ReturnedBanner()
        self.save_status = QLabel()
        self.save_status.setObjectName("saveStatus")
        self.save_status.setAccessibleName(self.tr("Save status"))
        self.save_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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
        self.scroll = QScrollArea()
        self.scroll.setObjectName("composerScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own; it follows the focus
        self.scroll.setWidget(form)

        self.photos = PhotoStrip(self.bridge, lambda: self.channels.uses() or {"social"})
        if ctx.demo is not None:
            self.photos.start_dir = str(ctx.demo.photos)
        photos_box = QGroupBox(self.tr("Photos"))
        pb = QVBoxLayout(photos_box)
        pb.addWidget(self.photos)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("composerSplitter")
        self.splitter.addWidget(self.scroll)
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
        layout.addWidget(self.returned_banner)
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
        self.new_button.clicked.connect(lambda: self.new_post())
        self.submit_button.clicked.connect(self.submit)
        for keys, slot in ((QKeySequence("Ctrl+Return"), self.submit), (QKeySequence.StandardKey.Save, self.save)):
            shortcut = QShortcut(keys, self, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # this page only
        self._set_tab_order()

        self._all_channels = []
        with self._quiet():
            self.reload_channels()
        self.start()

    def focus_chain(self) -> list[QWidget]:
        """The page's focusable widgets in reading order: the form top to bottom, then the
        photos, then the buttons at the bottom."""
        p = self.photos
        return [self.title, self.channels.list, *self.questions.fields.values(), *self.text.focus_chain(),
                p.list, p.cancel_button, p.add_button, p.view_button, p.remove_button, p.redact_button,
                self.new_button, self.submit_button]

    def _set_tab_order(self) -> None:
        chain = self.focus_chain()
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    @contextmanager
    def _quiet(self):
        """Programmatic changes (loading a post, clearing the form) are not the author's edits."""
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1

    # -- state --------------------------------------------------------------------------------
    def reload_channels(self) -> None:
        self._all_channels = usable_channels(self.workflow.channels.list(status="approved"), self.actor)
        self.channels.set_channels(self._all_channels, self.channels.checked_ids())

    def start(self) -> None:
        """What the author sees first: what they typed and could not save last time, else the
        draft they last worked on (or their newest draft), else a new post."""
        if self._restore_recovery():
            return
        post_id = self._most_recent_draft()
        if post_id is not None and self.load_post(post_id):
            self.save_status.setText(self.tr("Your most recent draft. Use Start a new post for another post."))
            return
        self.new_post()

    def _most_recent_draft(self) -> int | None:
        last = QSettings().value(self._last_post_key)
        try:
            last = int(last) if last is not None else None
        except (TypeError, ValueError):
            last = None
        if last is not None:
            try:
                view = self.workflow.drafts.get(last)
            except WorkflowError:
                view = None
            if view is not None and view.author == self.actor.email and view.status in EDITABLE:
                return view.id
        try:
            drafts = [p for p in self.workflow.drafts.list(status="draft") if p.author == self.actor.email]
        except WorkflowError:
            return None
        return max((p.id for p in drafts), default=None)  # the newest

    def _remember_post(self, view) -> None:
        QSettings().setValue(self._last_post_key, view.id)

    def new_post(self, restore: bool = False) -> bool:
        """Start a blank post (after saving the current one); False if the author kept what
        they typed instead."""
        if not self._leave():
            return False
        self._clear_form()
        if restore:
            self._restore_recovery()
        return True

    def _clear_form(self) -> None:
        with self._quiet():
            self.post = None
            self.photos.clear()
            self.title.clear()
            self.questions.set_values({"account_manager": self.actor.full_name})
            self.channels.set_checked([])
            self.text.set_text("")
            self._set_editable(True)
            self.returned_banner.show_decision(None)
            self.dirty = False
            self.autosave.stop()
        self._set_heading(self.tr("New post"), self.tr("Not saved yet"))
        self.save_status.setText(self.tr("Choose a channel and the draft saves itself as you type."))
        self.title.setFocus()

    def load_post(self, post_id: int) -> bool:
        """Open one of the author's posts; False if the author kept what they typed instead."""
        if not self._leave():
            return False
        view = self.workflow.drafts.get(post_id)
        self._show_view(view)
        return True

    def _show_view(self, view) -> None:
        with self._quiet():
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
            self.autosave.stop()
        self.returned_banner.show_decision(returned_decision(view) if view.status == "returned" else None)
        self._remember_post(view)
        self.save_status.setText("")
        self._show_post_state()

    def _set_heading(self, title: str, line: str) -> None:
        self.heading.setText(f"<h3>{html.escape(title)}</h3>{html.escape(line)}")
        self.heading.setToolTip(title)

    def _show_post_state(self) -> None:
        view = self.post
        editable = view is None or view.status in EDITABLE
        self._set_editable(editable)
        if view is None:
            return
        self._set_heading(view.title, self.tr("Post {id}, {status}").format(id=view.id, status=self.tr(view.status)))
        if not editable:
            self.returned_banner.show_decision(None)  # submitted again: the comment is dealt with
            self.save_status.setText(self.tr("This post is {status}; it cannot be changed here.").format(
                status=self.tr(view.status)))

    def _set_editable(self, editable: bool) -> None:
        for w in (self.title, self.channels, self.questions, self.photos.add_button, self.photos.remove_button,
                  self.photos.redact_button, self.submit_button):
            w.setEnabled(editable)
        self.text.editor.setReadOnly(not editable)
        self.photos.list.setAcceptDrops(editable)
        if editable:
            self.photos._update_buttons()  # remove/redact only for a selected photo that allows it

    # -- editing ------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self._loading:
            return
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
        """Save now what is typed (before closing, locking, signing out or switching post); what
        cannot be saved as a draft yet is kept on this computer and restored at the next sign-in."""
        self.autosave.stop()
        if self.dirty:
            self.save()
            if self.dirty and self.busy:
                self._save_recovery()

    def has_unsaved_work(self) -> bool:
        """After a flush: is something typed or added that is not in a saved draft?"""
        unsaved_photos = any(item.photo_id is None for item in self.photos.items.values())
        if self.post is None:
            return self._has_text() or unsaved_photos
        return self.dirty or unsaved_photos

    def _leave(self) -> bool:
        """Before the composer shows something else: save, and if that is impossible ask
        whether to throw away what is not saved. False: stay."""
        self.flush()
        if not self.has_unsaved_work():
            return True
        if not self._confirm_discard():
            return False
        self._clear_recovery()
        return True

    def _confirm_discard(self) -> bool:
        reason = (self.tr("Nothing is saved until you choose at least one channel.") if self.post is None
                  else self.save_status.text())
        answer = QMessageBox.warning(
            self, self.tr("Not saved"),
            self.tr("What you typed or added is not saved as a draft. {reason}\n\nDiscard it?").format(reason=reason),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

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
                    if self._has_text():
                        self._save_recovery()
                        self.save_status.setText(self.tr("Not saved as a draft yet: choose at least one channel. "
                                                         "What you type is kept on this computer until then."))
                    else:
                        self._clear_recovery()
                        self.dirty = False
                        if self.photos.items:
                            self.save_status.setText(self.tr("Not saved as a draft yet: choose at least one channel "
                                                             "to keep the photos."))
                        else:
                            self.save_status.setText(self.tr("Choose a channel and the draft saves itself as you "
                                                             "type."))
                    return
                view = drafts.create(fields.pop("title"), channel_ids, **fields)
                for key, item in self.photos.items.items():
                    if item.photo_id is None:
                        view = self._attach(view, item)
            else:
                if not channel_ids:
                    self._save_recovery()
                    self.save_status.setText(self.tr("Not saved: a post needs at least one channel."))
                    return
                view = drafts.update(self.post.id, self.post.version, channel_ids=channel_ids, **fields)
        except WorkflowError as exc:
            self._save_recovery()
            self.save_status.setText(self.tr("Not saved: {error}").format(error=str(exc)))
            return
        self.post = view
        self.dirty = False
        self._clear_recovery()
        self._remember_post(view)
        self._show_post_state()
        self.save_status.setText(self.tr("Draft saved."))
        self.saved.emit(view)

    def _attach(self, view, item):
        before = {p.id for p in view.photos}
        view = self.workflow.drafts.attach(view.id, view.version, item.filename, item.data)
        item.photo_id = next((p.id for p in view.photos if p.id not in before), None)
        return view

    # -- what is kept on this computer --------------------------------------------------------
    def _typed(self) -> dict:
        return {"title": self.title.text(), "body": self.text.text(), **self.questions.values()}

    def _has_text(self, data: dict | None = None) -> bool:
        """Did the author type anything (the account manager filled in for them does not count)?"""
        data = self._typed() if data is None else data
        for key, value in data.items():
            if key in ("post_id",) or not isinstance(value, str):
                continue
            value = value.strip()
            if value and not (key == "account_manager" and value == self.actor.full_name):
                return True
        return False

    def _save_recovery(self) -> None:
        data = {**self._typed(), "post_id": self.post.id if self.post is not None else None}
        QSettings().setValue(self._recovery_key, json.dumps(data))

    def _clear_recovery(self) -> None:
        QSettings().remove(self._recovery_key)

    def _read_recovery(self) -> dict | None:
        raw = QSettings().value(self._recovery_key)
        if not raw:
            return None
        try:
            data = json.loads(raw)
        except (TypeError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def _restore_recovery(self) -> bool:
        """Put back what was typed and not saved last time; True if there was something."""
        data = self._read_recovery()
        view = None
        if data is not None and data.get("post_id"):
            try:
                view = self.workflow.drafts.get(int(data["post_id"]))
            except (WorkflowError, TypeError, ValueError):
                view = None
            if view is not None and (view.author != self.actor.email or view.status not in EDITABLE):
                view = None  # submitted or gone meanwhile: the text comes back as a new post
        if data is None or (view is None and not self._has_text(data)):
            self._clear_recovery()  # nothing was typed: nothing to restore, nothing to say
            return False
        if view is not None:
            self._show_view(view)
        else:
            self._clear_form()
        with self._quiet():
            self.title.setText(data.get("title", "") or "")
            self.questions.set_values({k: data.get(k, "") for k in self.questions.fields})
            self.text.set_text(data.get("body", "") or "")
        self.dirty = True
        if view is not None:
            self.save_status.setText(self.tr("Restored the changes you had not saved last time."))
            self.autosave.start()
        else:
            self.save_status.setText(self.tr("Restored what you typed last time; choose a channel to save it."))
        return True

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
