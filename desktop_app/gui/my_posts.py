"""My posts: the state of each of my drafts and the comments approvers sent back (the selected
post's latest comment in full under the list, with who sent it); open a draft or a returned
post in the composer, or withdraw a submitted one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..workflow.errors import WorkflowError
from .post_detail import PostDetail
from . import labels
from .service_text import error_text
from .takedown_text import reasons_text

EDITABLE = ("draft", "returned")


COMMENTED = ("draft", "returned", "rejected", "pending")  # states where an approver's comment is still news


def latest_comment(post):
    """The post's most recent decision that carries a comment, or None (none once the post is
    approved or published: an old return comment is no longer about it)."""
    if post.status not in COMMENTED:
        return None
    return max((d for d in post.decisions if d.comment), key=lambda d: d.at, default=None)


class MyPostsPage(QWidget):
    open_draft = Signal(int)

    def __init__(self, ctx, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.workflow = ctx.workflow(actor)
        self.posts = {}
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("myPosts")
        self.table.setAccessibleName(self.tr("My posts"))
        self.table.setHorizontalHeaderLabels([self.tr("Post"), self.tr("State"), self.tr("Channels"),
                                              self.tr("Latest comment")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)  # never "borrac..."
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.detail = PostDetail(ctx, actor, show_names=False)
        self.open_button = QPushButton(self.tr("&Open in the composer"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw to a draft"))
        self.comment_by = QLabel()
        self.comment_by.setObjectName("commentBy")
        self.comment_by.setWordWrap(True)
        self.comment_by.setTextFormat(Qt.TextFormat.PlainText)
        self.comment_text = QLabel()
        self.comment_text.setObjectName("approverComment")
        self.comment_text.setAccessibleName(self.tr("Approver's comment"))
        self.comment_text.setWordWrap(True)
        self.comment_text.setTextFormat(Qt.TextFormat.PlainText)  # the approver's words, never markup
        self.comment_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.comment_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.comment_panel = QFrame()
        self.comment_panel.setObjectName("commentPanel")
        self.comment_panel.setFrameShape(QFrame.Shape.StyledPanel)
        cl = QVBoxLayout(self.comment_panel)
        cl.addWidget(self.comment_by)
        cl.addWidget(self.comment_text)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.withdraw_button)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.detail, 1)
        rl.addLayout(buttons)
        self.splitter = QSplitter()
        self.splitter.setObjectName("myPostsSplitter")
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.comment_panel)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([430, 570])  # room for a post's title and whole state beside the detail
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.itemActivated.connect(lambda _item: self._open())
        self.open_button.clicked.connect(self._open)
        self.withdraw_button.clicked.connect(self._withdraw)
        self._selected()

    def refresh(self) -> None:
        mine = [p for p in self.workflow.drafts.list() if p.author == self.actor.email]
        self.posts = {p.id: p for p in mine}
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(mine))
        for row, post in enumerate(mine):
            latest = latest_comment(post)
            comment = latest.comment if latest else ""
            state = labels.post_status(post.status)
            if post.status == "published" and post.takedown:
                state = self.tr("published - must be taken down")
                comment = self._takedown_note(post)
            elif post.status == "taken_down":
                comment = self._takedown_note(post)
            if post.waiting_for:
                state = self.tr("waiting for the {role}").format(role=labels.role(post.waiting_for))
            cells = [post.title, state, ", ".join(c.name for c in post.channels), comment]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, post.id)
                if col in (0, 1, 2):
                    item.setToolTip(text)  # a long title or list of channels is cut short: whole on hovering
                if col == 3 and latest is not None:  # the whole comment, wrapped, on hovering the cell
                    item.setToolTip("<p>{by}</p><p>{text}</p>".format(
                        by=escape(self._comment_by(latest)), text=escape(latest.comment).replace("\n", "<br>")))
                self.table.setItem(row, col, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnToContents(0)  # titles as wide as they are, up to a third of the list
        self.table.setColumnWidth(0, max(80, min(self.table.columnWidth(0), self.table.viewport().width() // 3 or 160)))
        self._selected()

    def current(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.posts.get(self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def _selected(self) -> None:
        post = self.current()
        self.detail.set_post(post)
        latest = latest_comment(post) if post is not None else None
        takedown = post is not None and (post.status == "taken_down" or (post.status == "published" and bool(post.takedown)))
        self.comment_panel.setVisible(latest is not None or takedown)
        if takedown:  # the author is told that their post must come down, or came down, and why
            self.comment_by.setText(self._takedown_note(post))
            self.comment_text.setText(self.tr("Why: {reasons}.").format(reasons=reasons_text(post.takedown))
                                      if post.takedown else "")
            return self._enable(post)
        self.comment_by.setText(self._comment_by(latest) if latest else "")
        self.comment_text.setText(latest.comment if latest else "")
        self._enable(post)

    def _enable(self, post) -> None:
        self.open_button.setEnabled(post is not None and post.status in EDITABLE)
        self.withdraw_button.setEnabled(post is not None and post.status in ("pending", "approved"))

    def _takedown_note(self, post) -> str:
        if post.status == "taken_down":
            when = f"{post.taken_down_at.astimezone():%Y-%m-%d}" if post.taken_down_at else "-"
            return self.tr("Taken down on {when} by {who}: a roster change means it may no longer be online.").format(
                when=when, who=post.taken_down_by or "-")
        return self.tr("A roster change means this post must come down; the Communications Director takes it "
                       "off its channels.")

    def _comment_by(self, decision) -> str:
        texts = {"returned": self.tr("Returned by {who} ({role}) on {when}:"),
                 "rejected": self.tr("Rejected by {who} ({role}) on {when}:")}
        text = texts.get(decision.decision, self.tr("Comment from {who} ({role}) on {when}:"))
        return text.format(who=decision.by_name, role=labels.role(decision.role),
                           when=f"{decision.at.astimezone():%Y-%m-%d %H:%M}")

    def _open(self) -> None:
        post = self.current()
        if post is not None and post.status in EDITABLE:
            self.open_draft.emit(post.id)

    def _withdraw(self) -> None:
        post = self.current()
        if post is None:
            return
        try:
            self.workflow.drafts.withdraw(post.id, post.version)
        except WorkflowError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("\u201c{title}\u201d is a draft again.").format(title=post.title))
        self.refresh()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("my_posts/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("my_posts/splitter")
        if state is not None:
            self.splitter.restoreState(state)
