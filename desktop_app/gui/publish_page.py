"""Ready to publish: the approved posts the signed-in person may put online, each with its final
text per channel (notice included, copied to the clipboard), "Save photos..." writing the photos
that go out to a folder through the export service (screened again, metadata stripped), and
"Mark as published..." recording the address and date; plus the possibly abandoned channels.

The services decide who may do what (the post's author, a channel's owner, the Communications
Director or IT export and publish; principals and the Director see abandoned channels); this
page only lists what they would allow and shows their refusals as sentences.
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QPlainTextEdit, QProgressBar, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ..workflow.errors import Refused, WorkflowError
from ..workflow.export import slug
from ..workflow.postcheck import final_text
from . import verdicts
from .admin.table import SimpleTable
from .fit import wrapping
from .service_text import error_text
from .tasks import run_task

PUBLISHERS = {"director", "admin"}  # export and publish any post (the services' rule)
ABANDONED_VIEWERS = {"director", "principal"}  # ChannelService.abandoned's roles


def may_publish(actor, post) -> bool:
    """Whether PublishService would let this person export and publish the post: its author, the
    owner of one of its channels, the Communications Director or IT. Only filters the list: the
    service checks again and its refusal is shown."""
    return (post.author == actor.email or bool(set(actor.roles) & PUBLISHERS)
            or any(c.owner == actor.email for c in post.channels))


def plain_error(exc: BaseException) -> str:
    """A sentence for the person, never a traceback."""
    if isinstance(exc, WorkflowError):
        return error_text(exc)
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror or exc.__class__.__name__}{where}"
    return str(exc) or exc.__class__.__name__


def publish_time(day: date, today: date | None = None) -> datetime | None:
    """The published_at for a chosen day: now for today (as the CLI without --date), else noon UTC
    of that day (as the CLI's --date)."""
    if day == (today or date.today()):
        return None
    return datetime.combine(day, time(12), tzinfo=timezone.utc)


class PublishDialog(QDialog):
    """Asks for the address of the published post and the day it went online, then records it
    through the service; a refusal (bad address, changed post) stays in the dialog."""

    def __init__(self, post, publish, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.post, self._publish = post, publish
        self.view = None
        self.setWindowTitle(self.tr("Mark as published"))
        channels = "".join(f"<li>{escape(c.name)} ({escape(c.platform)}){' - ' + escape(c.url) if c.url else ''}</li>"
                           for c in post.channels)
        intro = QLabel(self.tr("<b>{title}</b> went to:<ul>{channels}</ul>Give the address of the published post "
                               "(the takedown list and the records export link to it) and the day it went "
                               "online.").format(title=escape(post.title), channels=channels))
        intro.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setObjectName("publishedUrl")
        self.url.setAccessibleName(self.tr("Address of the published post"))
        self.url.setPlaceholderText("https://")
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("publishedDate")
        self.date.setAccessibleName(self.tr("Day it was published"))
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.error = QLabel()
        self.error.setObjectName("publishError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8a1c1c;")
        self.error.setAccessibleName(self.tr("Why it was not recorded"))
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.url)
        form.addRow(self.tr("&Day:"), self.date)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("&Mark as published"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("confirmPublished")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.ok_button.setDefault(True)  # once inside the dialog, so that Return records, not cancels
        self.url.setFocus()

    def chosen_day(self) -> date:
        d = self.date.date()
        return date(d.year(), d.month(), d.day())

    def accept(self) -> None:
        url = self.url.text().strip()
        if not url:
            self._show(self.tr("Give the address where the post is online."))
            return
        try:
            self.view = self._publish(url, publish_time(self.chosen_day()))
        except WorkflowError as exc:
            self._show(plain_error(exc))
            return
        super().accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.url.setFocus()


class PublishPage(QWidget):
    exported = Signal(object)  # ExportResult
    export_failed = Signal(object)  # the exception
    published = Signal(object)  # PostView

    def __init__(self, ctx, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.workflow = ctx.workflow(actor)
        self.posts = {}
        self.texts: dict[int, str] = {}  # channel id -> final text of the shown post
        self.task = None
        self.publish_dialog = None
        self._shown = None  # the post whose text and results are shown

        # -- the list of posts --------------------------------------------------------------
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("readyPosts")
        self.table.setAccessibleName(self.tr("Approved posts ready to publish"))
        self.table.setHorizontalHeaderLabels([self.tr("Post"), self.tr("Channels"), self.tr("Approved"),
                                              self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.show_published = QCheckBox(self.tr("Show &published posts too"))
        self.show_published.setObjectName("showPublished")
        self.count = QLabel()
        self.count.setObjectName("readyCount")
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.count)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.show_published)

        # -- the selected post --------------------------------------------------------------
        self.header = QLabel()
        self.header.setObjectName("publishHeader")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.channel_tabs = QTabWidget()
        self.channel_tabs.setObjectName("finalTexts")
        self.channel_tabs.setAccessibleName(self.tr("Final text per channel"))
        self.length = QLabel()
        self.length.setObjectName("textLength")
        self.copy_button = QPushButton(self.tr("&Copy text"))
        self.copy_button.setObjectName("copyText")
        self.copy_button.setToolTip(self.tr("Put this channel's final text, with the notice, on the clipboard"))
        text_row = QHBoxLayout()
        text_row.addWidget(self.length, 1)
        text_row.addWidget(self.copy_button)
        self.photos = QListWidget()
        self.photos.setObjectName("outgoingPhotos")
        self.photos.setAccessibleName(self.tr("Photos that go out"))
        self.photos.setMaximumHeight(90)
        self.save_button = QPushButton(self.tr("&Save photos..."))
        self.save_button.setObjectName("savePhotos")
        self.save_button.setToolTip(self.tr("Screen the post again and write its text and photos, without any "
                                            "camera data or location, to a new folder inside the one you choose"))
        self.publish_button = QPushButton(self.tr("&Mark as published..."))
        self.publish_button.setObjectName("markPublished")
        self.publish_button.setToolTip(self.tr("Record the address and day the post went online"))
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(self.tr("Saving progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.publish_button)
        self.status = QLabel()
        self.status.setObjectName("publishStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Publishing status"))
        self.results = QListWidget()
        self.results.setObjectName("exportResults")
        self.results.setAccessibleName(self.tr("Files written or why they were refused"))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.header)
        rl.addWidget(self.channel_tabs, 2)
        rl.addLayout(text_row)
        rl.addWidget(QLabel(self.tr("Photos that go out:")))
        rl.addWidget(self.photos)
        rl.addLayout(actions)
        rl.addWidget(self.status)
        rl.addWidget(self.results, 1)
        self.splitter = QSplitter()
        self.splitter.setObjectName("publishSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([420, 780])

        # -- abandoned channels (for the roles ChannelService.abandoned allows) ---------------
        self.abandoned = SimpleTable([self.tr("Channel"), self.tr("Platform"), self.tr("Building"), self.tr("Owner"),
                                      self.tr("Last post"), self.tr("Days quiet")],
                                     self.tr("Possibly abandoned channels"), stretch=0)
        self.abandoned.setObjectName("abandonedChannels")
        self.abandoned_status = QLabel()
        self.abandoned_status.setObjectName("abandonedStatus")
        self.abandoned_status.setWordWrap(True)
        abandoned_page = QWidget()
        al = QVBoxLayout(abandoned_page)
        self.can_retire = "director" in actor.roles  # ChannelService.retire: the Communications Director
        if self.can_retire:
            advice = self.tr("Approved channels with no published post for longer than the district allows. "
                             "Post to them, or retire the ones no longer used: choose one and click Retire channel.")
        else:
            advice = self.tr("Approved channels with no published post for longer than the district allows. "
                             "Post to them, or ask the Communications Director to retire them.")
        self.abandoned_advice = wrapping(advice)
        self.abandoned_advice.setObjectName("abandonedAdvice")
        al.addWidget(self.abandoned_advice)
        al.addWidget(self.abandoned, 1)
        self.retire_button = QPushButton(self.tr("Re&tire channel..."))
        self.retire_button.setObjectName("retireChannel")
        self.retire_button.setEnabled(False)
        self.retire_button.setVisible(self.can_retire)
        self.retire_button.clicked.connect(self.retire_channel)
        self.abandoned.itemSelectionChanged.connect(
            lambda: self.retire_button.setEnabled(self.abandoned.current_key() is not None))
        al.addWidget(self.abandoned_status)
        al.addWidget(self.retire_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("publishTabs")
        self.tabs.addTab(self.splitter, self.tr("&Ready to publish"))
        self.can_see_abandoned = bool(set(actor.roles) & ABANDONED_VIEWERS)
        if self.can_see_abandoned:
            self.tabs.addTab(abandoned_page, self.tr("A&bandoned channels"))
        else:
            abandoned_page.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.table.itemSelectionChanged.connect(self._selected)
        self.show_published.toggled.connect(lambda _on: self.refresh())
        self.channel_tabs.currentChanged.connect(lambda _i: self._show_length())
        self.copy_button.clicked.connect(self.copy_text)
        self.save_button.clicked.connect(self.save_photos)
        self.publish_button.clicked.connect(self.mark_published)
        self.setTabOrder(self.table, self.channel_tabs)
        self.setTabOrder(self.channel_tabs, self.copy_button)
        self.setTabOrder(self.copy_button, self.save_button)
        self.setTabOrder(self.save_button, self.publish_button)
        self._selected()

    # -- listing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.current_id()
        try:
            posts = self.workflow.drafts.list(status="approved")
            if self.show_published.isChecked():
                posts += self.workflow.drafts.list(status="published")
        except WorkflowError as exc:
            posts = []
            self.status.setText(plain_error(exc))
        mine = [p for p in posts if may_publish(self.actor, p)]
        self.posts = {p.id: p for p in mine}
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(mine))
        for row, post in enumerate(mine):
            approved = post.approved_at.astimezone() if post.approved_at else None
            if post.status == "published":
                state = self.tr("published {day}").format(
                    day=f"{post.published_at.astimezone():%Y-%m-%d}" if post.published_at else "-")
            else:
                state = self.tr("approved")
            cells = [post.title, ", ".join(c.name for c in post.channels),
                     f"{approved:%Y-%m-%d %H:%M}" if approved else "-", state]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, post.id)
                self.table.setItem(row, col, item)
        self.table.setSortingEnabled(True)
        waiting = sum(p.status == "approved" for p in mine)
        self.count.setText(self.tr("%n approved post(s) to publish", "", waiting))
        self.select(selected if selected in self.posts else None)
        self._selected()
        self._refresh_abandoned()

    def _refresh_abandoned(self) -> None:
        if not self.can_see_abandoned:
            return
        try:
            quiet = self.workflow.channels.abandoned()
        except WorkflowError as exc:
            self.abandoned.fill([])
            self.abandoned_status.setText(plain_error(exc))
            return
        self._quiet = {a.channel.id: a.channel for a in quiet}
        self.abandoned.fill([[a.channel.name, a.channel.platform, a.channel.building or "-", a.channel.owner,
                              f"{a.last_published_at.astimezone():%Y-%m-%d}" if a.last_published_at
                              else self.tr("never"), str(a.days_quiet)] for a in quiet],
                            [a.channel.id for a in quiet])
        self.retire_button.setEnabled(self.abandoned.current_key() is not None)
        note, self._retired_note = getattr(self, "_retired_note", ""), ""
        self.abandoned_status.setText(" ".join(filter(None, [note, self.tr("%n channel(s) possibly abandoned.", "",
                                                                               len(quiet)) if quiet
                                      else self.tr("Every approved channel has had a post recently.")])))

    def retire_channel(self) -> None:
        """The director retires a channel from the abandoned list, after a confirmation naming it."""
        channel = getattr(self, "_quiet", {}).get(self.abandoned.current_key())
        if channel is None or not self.can_retire:
            return
        answer = QMessageBox.question(
            self, self.tr("Retire this channel?"),
            self.tr("Retire \u201c{name}\u201d? It receives no more posts; its owner must ask for it again to "
                    "use it.").format(name=channel.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.workflow.channels.retire(channel.id, channel.version,
                                          self.tr("no published post for longer than the district allows"))
        except WorkflowError as exc:
            self.abandoned_status.setText(error_text(exc))
            return
        self._retired_note = self.tr("\u201c{name}\u201d is retired.").format(name=channel.name)
        self._refresh_abandoned()

    def select(self, post_id: int | None) -> None:
        for row in range(self.table.rowCount()):
            if post_id is None or self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == post_id:
                self.table.selectRow(row)
                return
        self.table.clearSelection()

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def current(self):
        return self.posts.get(self.current_id())

    # -- the selected post ----------------------------------------------------------------------
    def _selected(self) -> None:
        post = self.current()
        shown = post.id if post is not None else None
        if shown != self._shown and not (self.task is not None and self.task.running):
            self.results.clear()  # the files of another post's export
        self._shown = shown
        self.channel_tabs.clear()
        self.texts = {}
        self.photos.clear()
        if post is None:
            self.header.setText(self.tr("Choose an approved post.") if self.posts
                                else self.tr("No approved post is waiting for you to publish it."))
            self.length.clear()
            self._buttons()
            return
        where = (self.tr("Published {day} at {url}.").format(
            day=f"{post.published_at.astimezone():%Y-%m-%d}" if post.published_at else "-",
            url=escape(post.published_url or "-")) if post.status == "published"
            else self.tr("Approved, not published yet."))
        self.header.setText(self.tr("<h3>{title}</h3>By {author}, {building}. {where}").format(
            title=escape(post.title), author=escape(post.author_name), building=escape(post.building or "-"),
            where=where))
        notice = self.ctx.checker.notice()
        for c in post.channels:
            text = final_text(post.body, c, notice)
            self.texts[c.id] = text
            box = QPlainTextEdit(text)
            box.setReadOnly(True)
            box.setObjectName(f"finalText-{c.id}")
            box.setAccessibleName(self.tr("Final text for {channel}").format(channel=c.name))
            box.setProperty("channel_id", c.id)
            self.channel_tabs.addTab(box, f"{c.name} ({c.platform})")
        for p in post.active_photos:
            label = f"{p.filename} - {verdicts.image_label(p.verdict)}"
            if p.kind == "redacted":
                label += " " + self.tr("(redacted copy)")
            self.photos.addItem(QListWidgetItem(verdicts.verdict_icon(p.verdict), label))
        if not post.active_photos:
            self.photos.addItem(self.tr("No photos: only the text is saved."))
        self._show_length()
        self._buttons()

    def current_channel(self):
        post, box = self.current(), self.channel_tabs.currentWidget()
        if post is None or box is None:
            return None
        return next((c for c in post.channels if c.id == box.property("channel_id")), None)

    def _show_length(self) -> None:
        c = self.current_channel()
        if c is None:
            self.length.clear()
            return
        n = len(self.texts[c.id])
        limit = self.tr(" of {limit}").format(limit=f"{c.char_limit:,}") if c.char_limit else ""
        how = (self.tr("notice included") if c.notice_mode == "post"
               else self.tr("the notice is on the account's profile, not in the post"))
        self.length.setText(self.tr("{n} characters{limit}; {how}.").format(n=f"{n:,}", limit=limit, how=how))

    def _buttons(self) -> None:
        post = self.current()
        busy = self.task is not None and self.task.running
        self.copy_button.setEnabled(post is not None and bool(post.channels))
        self.save_button.setEnabled(post is not None and not busy)
        self.publish_button.setEnabled(post is not None and post.status == "approved" and not busy)

    def copy_text(self) -> None:
        c = self.current_channel()
        if c is None:
            return
        QGuiApplication.clipboard().setText(self.texts[c.id])
        self.status.setText(self.tr("Copied the text for {channel} to the clipboard.").format(channel=c.name))

    # -- export -----------------------------------------------------------------------------------
    def choose_folder(self) -> str:
        start = QSettings().value("publish/folder", "") or str(Path.home())
        return QFileDialog.getExistingDirectory(self, self.tr("Save the post's photos in"), str(start))

    def save_photos(self) -> None:
        post = self.current()
        if post is None or (self.task is not None and self.task.running):
            return
        parent = self.choose_folder()
        if not parent:
            return
        QSettings().setValue("publish/folder", parent)
        target = Path(parent) / f"post-{post.id}-{slug(post.title)}"
        self.results.clear()
        self.progress.setRange(0, 0)  # the service reports no steps: a busy bar while it screens and writes
        self.progress.show()
        self.status.setText(self.tr("Screening \u201c{title}\u201d again and saving it to {folder}...").format(
            title=post.title, folder=target))
        self.task = run_task(self.workflow.publishing.export, post.id, target,
                             on_done=self._exported, on_error=self._export_failed)
        self._buttons()

    def _exported(self, result) -> None:
        self._stop_progress()
        for path in result.files:
            item = QListWidgetItem(verdicts.verdict_icon("clear"), self.tr("Saved {name}").format(name=path.name))
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.results.addItem(item)
        manifest = result.outdir / "manifest.json"
        if manifest.exists():
            item = QListWidgetItem(self.tr("Saved {name} (what was written, with checksums)").format(name=manifest.name))
            item.setToolTip(str(manifest))
            item.setData(Qt.ItemDataRole.UserRole, str(manifest))
            self.results.addItem(item)
        for note in result.notes:
            self.results.addItem(QListWidgetItem(verdicts.verdict_icon("review"),
                                                 self.tr("Note: {note}").format(note=note)))
        photos = sum(p.suffix.lower() != ".txt" for p in result.files)
        self.status.setText(self.tr("Saved the text and %n photo(s), without camera data or location, to {folder}.",
                                    "", photos).format(folder=result.outdir))
        self._buttons()
        self.exported.emit(result)

    def _export_failed(self, exc) -> None:
        self._stop_progress()
        if isinstance(exc, Refused):
            self.status.setText(self.tr("Nothing was saved: {why}").format(why=plain_error(exc)))
            # the reasons name students: they are for the approvers, who see them under Approvals
            self.results.addItem(QListWidgetItem(verdicts.verdict_icon("blocked"), self.tr(
                "%n problem(s) found. An approver must look at the post again (Approvals) before it goes out.", "",
                len(exc.reasons))))
        else:
            self.status.setText(self.tr("Nothing was saved: {why}").format(why=plain_error(exc)))
        self._buttons()
        self.export_failed.emit(exc)

    def _stop_progress(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress.hide()

    # -- publish ----------------------------------------------------------------------------------
    def mark_published(self) -> None:
        post = self.current()
        if post is None or post.status != "approved":
            return
        self.publish_dialog = PublishDialog(
            post, lambda url, when: self.workflow.publishing.publish(post.id, post.version, url, when), self)
        self.publish_dialog.accepted.connect(self._published)
        self.publish_dialog.rejected.connect(self.refresh)  # a refusal may mean the post changed meanwhile
        self.publish_dialog.open()

    def _published(self) -> None:
        view = self.publish_dialog.view if self.publish_dialog else None
        if view is None:
            return
        self.refresh()
        self.status.setText(self.tr("Marked \u201c{title}\u201d as published on {day} at {url}.").format(
            title=view.title, day=f"{view.published_at.astimezone():%Y-%m-%d}" if view.published_at else "-",
            url=view.published_url))
        self.published.emit(view)

    # -- remembered layout ----------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("publish/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("publish/splitter")
        if state is not None:
            self.splitter.restoreState(state)
