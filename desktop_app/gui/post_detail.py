"""A post as it will look: text per channel with the notice, every photo with its face boxes,
the findings to decide, the four questions and the history of decisions.

Approvers see the names of students behind restricted faces (``show_names``); authors do not.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QTextCursor
from PySide6.QtWidgets import (QLabel, QListView, QListWidget, QListWidgetItem, QPlainTextEdit, QSplitter,
                               QTabWidget, QVBoxLayout, QWidget)

from ..workflow.postcheck import final_text
from . import verdicts
from .photo_view import PhotoView, describe_face, load_pixmap
from .post_results import names_of_opted_out, stored_result
from . import labels


def photo_summary(post) -> str:
    photos = post.active_photos
    if not photos:
        return "-"
    counts = {}
    for p in photos:
        counts[p.verdict or "unscreened"] = counts.get(p.verdict or "unscreened", 0) + 1
    return ", ".join(f"{n} {verdicts.image_label(v if v != 'unscreened' else None).lower()}" for v, n in sorted(counts.items()))


class PostDetail(QWidget):
    def __init__(self, ctx, actor, *, show_names: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.show_names = ctx, actor, show_names
        self.workflow = ctx.workflow(actor)
        self.post = None
        self.header = QLabel()
        self.header.setObjectName("postHeader")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Post as published"))
        self.photo_list = QListWidget()
        self.photo_list.setViewMode(QListView.ViewMode.IconMode)
        self.photo_list.setIconSize(QSize(96, 96))
        self.photo_list.setMaximumHeight(140)
        self.photo_list.setAccessibleName(self.tr("Photos of the post"))
        self.photo_view = PhotoView()
        photos_page = QWidget()
        pl = QVBoxLayout(photos_page)
        pl.addWidget(self.photo_list)
        pl.addWidget(self.photo_view, 1)
        self.findings = QListWidget()
        self.findings.setObjectName("reviewFindings")
        self.findings.setAccessibleName(self.tr("Findings to decide"))
        self.history = QPlainTextEdit()  # wrapped, whole comments (a list would cut them to one line)
        self.history.setObjectName("history")
        self.history.setAccessibleName(self.tr("History"))
        self.history.setReadOnly(True)
        self.history.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.answers = QLabel()
        self.answers.setWordWrap(True)
        self.answers.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.answers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.text, self.tr("Text"))
        self.tabs.addTab(photos_page, self.tr("Photos"))
        self.tabs.addTab(self.findings, self.tr("Findings"))
        self.tabs.addTab(self.answers, self.tr("Questions"))
        self.tabs.addTab(self.history, self.tr("History"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self._photo_data: dict[int, bytes] = {}
        self._names = None
        self.photo_list.currentItemChanged.connect(self._show_photo)

    def set_post(self, post) -> None:
        self.post = post
        self._photo_data = {}
        self.photo_list.clear()
        self.findings.clear()
        self.history.clear()
        if post is None:
            self.header.setText(self.tr("Choose a post."))
            self.text.clear()
            self.answers.clear()
            self.photo_view.set_photo(None, None)
            return
        self._names = names_of_opted_out(self.ctx.roster) if self.show_names else None
        channels = ", ".join(f"{c.name} ({c.platform})" for c in post.channels)
        self.header.setText(self.tr("<h3>{title}</h3>By {author}, {building}. Status: <b>{status}</b>. "
                                    "Channels: {channels}.").format(
            title=post.title, author=post.author_name, building=post.building or "-", status=labels.post_status(post.status),
            channels=channels))
        notice = self.ctx.settings.notice()
        parts = []
        for c in post.channels:
            parts.append(f"--- {c.name} ({c.platform}) ---\n{final_text(post.body, c, notice)}")
        self.text.setPlainText("\n\n".join(parts))
        for p in post.active_photos:
            data = self.workflow.drafts.photo_bytes(post.id, p.id)
            self._photo_data[p.id] = data
            label = f"{p.filename}\n{verdicts.image_label(p.verdict)}"
            item = QListWidgetItem(QIcon(load_pixmap(data)), label)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.photo_list.addItem(item)
            result = stored_result(p)
            for i, face in enumerate(result.faces if result else [], 1):
                if face.verdict.value != "clear":
                    self.findings.addItem(QListWidgetItem(verdicts.verdict_icon(face.verdict.value),
                                                          f"{p.filename}: {describe_face(i, face, self._names)}"))
            if p.kind == "redacted":
                self.findings.addItem(QListWidgetItem(verdicts.verdict_icon("review"), self.tr(
                    "{name}: redacted copy - check that every face that must be hidden is").format(name=p.filename)))
            for c in (p.screening or {}).get("captions", []):
                self.findings.addItem(QListWidgetItem(verdicts.verdict_icon("review"), self.tr(
                    "{name}: {source} mentions \u201c{text}\u201d (removed on export)").format(
                    name=p.filename, source=c.get("source"), text=c.get("text"))))
        if post.active_photos:
            unprotected = self.ctx.roster.unprotected_for({c.use for c in post.channels})
            if unprotected:
                here = self.ctx.roster.unprotected_for({c.use for c in post.channels}, post.building) \
                    if post.building else []
                text = (self.tr("%n opted-out student(s) of this building cannot be recognised: check faces by eye",
                                "", len(here)) if here else
                        self.tr("%n opted-out student(s) in the district cannot be recognised: check faces by eye",
                                "", len(unprotected)))
                item = QListWidgetItem(verdicts.verdict_icon("review"), text)
                item.setToolTip(self.tr("They have no usable reference photo, so screening cannot match their "
                                        "faces. The Roster page lists them."))
                self.findings.insertItem(0, item)
        for f in post.text_findings:
            level = "restricted" if f.get("level") == "error" else "review"
            self.findings.addItem(QListWidgetItem(verdicts.verdict_icon(level),
                                                  f"\u201c{f.get('text')}\u201d: {f.get('message')}"))
        if post.takedown:  # in words, naming the student only to those who may see names
            from .takedown_text import reason_text

            for reason in dict.fromkeys(reason_text(r, self._names) for r in post.takedown):
                self.findings.addItem(QListWidgetItem(verdicts.verdict_icon("blocked"), reason))
        if not self.findings.count():
            self.findings.addItem(QListWidgetItem(verdicts.verdict_icon("clear"), self.tr("Nothing to decide.")))
        self.answers.setText(self.tr("<b>Audience:</b> {a}<br><b>What is communicated:</b> {m}<br>"
                                     "<b>Why this channel:</b> {r}<br><b>Who manages the account:</b> {w}").format(
            a=post.audience, m=post.message, r=post.channel_reason, w=post.account_manager))
        self._history(post)
        if self.photo_list.count():
            self.photo_list.setCurrentRow(0)
        else:
            self.photo_view.set_photo(None, None)

    def _history(self, post) -> None:
        entries = [(post.created_at, self.tr("Created by {who}").format(who=post.author_name))]
        if post.submitted_at:
            entries.append((post.submitted_at, self.tr("Submitted (round {n})").format(n=post.round)))
        for d in post.decisions:
            text = self.tr("{decision} by {who} ({role}, round {round})").format(
                decision=labels.decision(d.decision), who=d.by_name, role=labels.role(d.role), round=d.round)
            if d.comment:
                text += f": \u201c{d.comment}\u201d"
            entries.append((d.at, text))
        if post.published_at:
            entries.append((post.published_at, self.tr("Published at {url}").format(url=post.published_url or "-")))
        for at, text in sorted(entries, key=lambda e: e[0]):
            self.history.appendPlainText(f"{at.astimezone():%Y-%m-%d %H:%M}  {text}")
        self.history.moveCursor(QTextCursor.MoveOperation.Start)

    def _show_photo(self, item, _previous=None) -> None:
        if item is None or self.post is None:
            return
        photo_id = item.data(Qt.ItemDataRole.UserRole)
        photo = next((p for p in self.post.active_photos if p.id == photo_id), None)
        if photo is None:  # an entry of a post shown before (its photos are being replaced): nothing to show
            self.photo_view.set_photo(None, None)
            return
        self.photo_view.set_photo(self._photo_data.get(photo_id), stored_result(photo), self._names)
