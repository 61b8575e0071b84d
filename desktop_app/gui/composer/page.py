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
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QScrollArea, QSizePolicy, QSplitter, QVBoxLayout, QWidget)

from ...workflow.errors import ConflictError, Refused, WorkflowError
from .. import labels, verdicts
from ..post_results import stored_result
from ..tasks import run_task
from .channels import ChannelPicker, usable_channels
from .photo_dialog import REDACT, REMOVE, PhotoDialog
from .photo_work import FileTooLarge, PhotoWork
from .photos import PhotoStrip
from .questions import QuestionsForm
from .submit_dialog import SubmitDialog
from .text_editor import PostTextPanel
from ..service_text import error_text

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
                                                                role=html.escape(labels.role(decision.role)),
                                                                when=f"{decision.at.astimezone():%Y-%m-%d %H:%M}"))
        comment = decision.comment.strip() or self.tr("(no comment)")
        self.comment.setText(comment)
        self.setAccessibleDescription(f"{self.who.text()} {comment}")
        self.show()


class ComposerPage(QWidget):
    saved = Signal(object)  # PostView
    submitted = Signal(object)  # PostView
    photo_screened = Signal(str)  # key: the photo's stored verdict is on its thumbnail

    def __init__(self, ctx, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.workflow = ctx.workflow(actor)
        self.post = None
        self.dirty = False
        self.busy = False
        self._loading = 0
        self.submit_dialog = None
        self.work = PhotoWork(self.workflow.drafts, self)
        self._screened_uses: frozenset[str] = frozenset()
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

        self.photos = PhotoStrip()
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
        self.photos.files_chosen.connect(self.add_files)
        self.photos.image_given.connect(self.add_photo_bytes)
        self.photos.cancel_requested.connect(self._cancel_screening)
        self.work.read_done.connect(self._read_done)
        self.work.written.connect(self._written)
        self.work.screened.connect(self._screened)
        self.work.cancelled.connect(lambda key: self.photos.set_state(key, "cancelled"))
        self.work.failed.connect(self._work_failed)
        self.work.busy_changed.connect(self._work_busy)
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
            self._set_post(None)
            self._drop_photos()
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
            self._set_post(None)
            self._drop_photos()
            self.title.setText(view.title)
            self.questions.set_values({k: getattr(view, k) for k in ("audience", "message", "channel_reason",
                                                                      "account_manager")})
            known = {c.id for c in self._all_channels}
            extra = [c for c in view.channels if c.id not in known]
            if extra:
                self.channels.set_channels(self._all_channels + extra)
            self.channels.set_checked([c.id for c in view.channels])
            self.text.set_text(view.body)
            self._set_post(view)
            editable = view.status in EDITABLE
            for photo in view.active_photos:
                item = self.photos.add_item(photo.filename, photo_id=photo.id, kind=photo.kind, state="screening")
                self.work.load(item.key, view.id, photo.id)
                if editable:  # its stored result if still current, else screened now (and stored)
                    self.work.screen(item.key, view.id, photo.id)
                else:  # submitted: what the approvers see, as stored
                    self._show_stored(item.key, photo)
            self._screened_uses = frozenset(c.use for c in view.channels)
            self.dirty = False
            self.autosave.stop()
        self.returned_banner.show_decision(returned_decision(view) if view.status == "returned" else None)
        self._remember_post(view)
        self.save_status.setText("")
        self._show_post_state()

    def _show_stored(self, key: str, photo) -> None:
        result = stored_result(photo)
        item = self.photos.items.get(key)
        if item is None:
            return
        if result is None:
            self.photos.set_state(key, "cancelled")
            return
        item.result, item.check_verdict = result, (photo.verdict or result.verdict.value)
        if photo.kind == "redacted" and item.check_verdict == "clear":
            item.check_verdict = "review"
        self.photos.set_state(key, "done")

    def _set_post(self, view) -> None:
        """The post as last saved or loaded; the photo writes continue from its version."""
        self.post = view
        self.work.set_view(view)

    def _adopt(self, view) -> None:
        """A newer version of the post came back from a photo write."""
        if self.post is None or (view.id == self.post.id and view.version >= self.post.version):
            self.post = view

    def _drop_photos(self) -> None:
        self.work.cancel_all()
        self.photos.clear()

    def _set_heading(self, title: str, line: str) -> None:
        self.heading.setText(f"<h3>{html.escape(title)}</h3>{html.escape(line)}")
        self.heading.setToolTip(title)

    def _show_post_state(self) -> None:
        view = self.post
        editable = view is None or view.status in EDITABLE
        self._set_editable(editable)
        if view is None:
            return
        self._set_heading(view.title, self.tr("Post {id}, {status}").format(id=view.id, status=labels.post_status(view.status)))
        if not editable:
            self.returned_banner.show_decision(None)  # submitted again: the comment is dealt with
            self.save_status.setText(self.tr("This post is {status}; it cannot be changed here.").format(
                status=labels.post_status(view.status)))

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
        self._changed()
        if not self._loading:
            self.save()  # now: the photos are screened for the uses of the channels chosen

    def flush(self) -> None:
        """Save now what is typed (before closing, locking, signing out or switching post); what
        cannot be saved as a draft yet is kept on this computer and restored at the next sign-in."""
        self.autosave.stop()
        if self.work.writing:  # photos being saved: let them land first (the text saves after)
            self.work.wait_for_writes()
            if self.work.latest_view is not None:
                self._adopt(self.work.latest_view)
        if self.dirty:
            self.save()
            if self.dirty and (self.busy or self.work.writing):
                self._save_recovery()

    def has_unsaved_work(self) -> bool:
        """After a flush: is something typed or added that is not in a saved draft?"""
        unsaved_photos = any(item.photo_id is None and item.state != "failed" for item in self.photos.items.values())
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
        if self.work.writing:  # a photo is being saved into the draft: save the text after it
            self.autosave.start()
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
            else:
                if not channel_ids:
                    self._save_recovery()
                    self.save_status.setText(self.tr("Not saved: a post needs at least one channel."))
                    return
                view = drafts.update(self.post.id, self.post.version, channel_ids=channel_ids, **fields)
        except WorkflowError as exc:
            self._save_recovery()
            self.save_status.setText(self.tr("Not saved: {error}").format(error=error_text(exc)))
            return
        self._set_post(view)
        self.dirty = False
        self._clear_recovery()
        self._remember_post(view)
        self._show_post_state()
        self.save_status.setText(self.tr("Draft saved."))
        for item in list(self.photos.items.values()):  # photos added before the first channel
            if item.photo_id is None and item.state == "waiting":
                self._save_photo(item)
        uses = frozenset(c.use for c in view.channels)
        if uses != self._screened_uses:  # other uses: each photo screened for those not stored yet
            self._screened_uses = uses
            for item in self.photos.items.values():
                if item.photo_id is not None and item.state not in ("saving", "failed"):
                    self.photos.set_state(item.key, "screening")
                    self.work.screen(item.key, view.id, item.photo_id)
        self.saved.emit(view)

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
    def add_files(self, paths) -> None:
        """Add photo files: each is read, saved into the draft and screened off the GUI thread."""
        if self.post is not None and self.post.status not in EDITABLE:
            return
        for path in paths:
            item = self.photos.add_item(Path(path).name, state="reading")
            self.work.read(item.key, str(path))

    def add_photo_bytes(self, filename: str, data: bytes) -> None:
        """Add a photo given as bytes (pasted or dropped as an image)."""
        if self.post is not None and self.post.status not in EDITABLE:
            return
        item = self.photos.add_item(filename, data=data, state="reading")
        self.work.thumbnail(item.key, data)

    def _read_done(self, key: str, data: bytes, image) -> None:
        self.photos.set_thumbnail(key, data, image)
        item = self.photos.items.get(key)
        if item is not None and item.photo_id is None and item.state == "reading":
            self._save_photo(item)

    def _save_photo(self, item) -> None:
        if self.post is None:
            self.photos.set_state(item.key, "waiting")
            self.dirty = True
            self.save_status.setText(self.tr("Not saved as a draft yet: choose at least one channel to keep the "
                                             "photos; they are screened for its uses."))
            return
        self.photos.set_state(item.key, "saving")
        self.work.attach(item.key, self.post.id, item.filename, item.data)

    def _written(self, key: str, view, photo_id) -> None:
        self._adopt(view)
        item = self.photos.items.get(key)
        if photo_id is None:
            return
        if item is None:  # removed while it was being saved: remove it from the draft too
            self.work.remove(key, view.id, photo_id)
            return
        item.photo_id = photo_id
        self.photos.set_state(key, "screening")
        self.work.screen(key, view.id, photo_id)

    def _screened(self, key: str, check) -> None:
        self.photos.set_check(key, check)
        self.photo_screened.emit(key)

    def _cancel_screening(self, key) -> None:
        if key is None:
            self.work.cancel_all()
        else:
            self.work.cancel(key)

    def _work_busy(self, pending: int) -> None:
        self.photos.set_busy(pending)
        if not self.work.writing and self.dirty and not self.autosave.isActive() and not self._loading:
            self.autosave.start()

    def _work_failed(self, key: str, what: str, exc) -> None:
        name = self.photos.items[key].filename if key in self.photos.items else ""
        if isinstance(exc, FileTooLarge):
            problem = self.tr("{file} is larger than 40 MB.").format(file=name)
        elif isinstance(exc, OSError):
            problem = self.tr("{file} could not be opened: {reason}").format(file=name, reason=exc.strerror or exc)
        elif what == "screen":
            problem = self.tr("{file} could not be screened now; it is screened again when you submit.").format(
                file=name)
        elif what == "remove":
            QMessageBox.warning(self, self.tr("Photo not removed"),
                                self.tr("The photo could not be removed from the draft: {error}").format(
                                    error=error_text(exc)))
            if self.post is not None:
                self.load_post(self.post.id)
            return
        else:
            problem = self.tr("{file} was not saved in the draft: {error}").format(file=name, error=error_text(exc))
        self.photos.set_state(key, "failed", problem=problem)
        self.save_status.setText(problem)

    def remove_photo(self, key: str) -> None:
        item = self.photos.items.get(key)
        if item is None:
            return
        self.work.cancel(key, quiet=True)
        if item.photo_id is not None and self.post is not None:
            self.work.remove(key, self.post.id, item.photo_id)
        self.photos.remove(key)

    def view_photo(self, key: str) -> None:
        item = self.photos.items.get(key)
        if item is None or item.data is None:  # still being opened
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
        self.flush()  # photos being saved land first
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
        self._set_post(view)
        copy = next((p for p in view.active_photos if original and p.replaces_id == original.photo_id), None)
        if original is not None:
            self.work.cancel(key, quiet=True)
            self.photos.remove(key)
        if copy is not None:
            item = self.photos.add_item(copy.filename, photo_id=copy.id, kind="redacted", state="screening")
            self.work.load(item.key, view.id, copy.id)
            self.work.screen(item.key, view.id, copy.id)  # its stored result (screened when made)
            self.photos.select(item.key)
        self.save_status.setText(self.tr("The photo was replaced by its redacted copy; the approvers will review it."))
        if self.dirty:
            self.autosave.start()

    def _redact_failed(self, exc) -> None:
        """Why no copy was made, in words for the author (the service's reasons may name the
        student whose face is still visible: they are for approvers)."""
        self.busy = False
        if isinstance(exc, Refused):
            reason = self.tr("the copy would still show a restricted face, so nothing was changed. Remove the "
                             "photo instead.")
        elif isinstance(exc, ConflictError):
            reason = self.tr("the draft was changed elsewhere meanwhile. Open it again and retry.")
        elif isinstance(exc, WorkflowError):
            reason = self.tr("this photo cannot be redacted (it could not be screened, has no face to hide, or "
                             "was replaced already).")
        else:
            reason = self.tr("ClearPost could not make the copy. Try again; if it keeps happening, tell IT.")
        self.save_status.setText(self.tr("No redacted copy: {error}").format(error=reason))

    # -- submitting ---------------------------------------------------------------------------
    def submit(self) -> None:
        if not self.submit_button.isEnabled():
            return
        self.flush()
        if self.post is None:
            QMessageBox.information(self, self.tr("Not saved yet"), self.tr("Choose at least one channel first."))
            return
        if any(i.state in ("reading", "saving") for i in self.photos.items.values()):
            QMessageBox.information(self, self.tr("Photos still being added"),
                                    self.tr("Wait until every photo is saved in the draft, then submit."))
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
        self._set_post(view)
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
        self.work.shutdown()
