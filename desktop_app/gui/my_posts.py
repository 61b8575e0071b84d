"""My posts: the state of each of my drafts and the comments approvers sent back; open a draft
or a returned post in the composer, or withdraw a submitted one."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..workflow.errors import WorkflowError
from .post_detail import PostDetail

EDITABLE = ("draft", "returned")


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
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.detail = PostDetail(ctx, actor, show_names=False)
        self.open_button = QPushButton(self.tr("&Open in the composer"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw to a draft"))
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
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 2)
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
            comment = next((d.comment for d in sorted(post.decisions, key=lambda d: d.at, reverse=True) if d.comment), "")
            state = self.tr(post.status)
            if post.waiting_for:
                state = self.tr("waiting for the {role}").format(role=self.tr(post.waiting_for))
            cells = [post.title, state, ", ".join(c.name for c in post.channels), comment]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, post.id)
                self.table.setItem(row, col, item)
        self.table.setSortingEnabled(True)
        self._selected()

    def current(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.posts.get(self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def _selected(self) -> None:
        post = self.current()
        self.detail.set_post(post)
        self.open_button.setEnabled(post is not None and post.status in EDITABLE)
        self.withdraw_button.setEnabled(post is not None and post.status in ("pending", "approved"))

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
            self.status.setText(str(exc))
            return
        self.status.setText(self.tr("\u201c{title}\u201d is a draft again.").format(title=post.title))
        self.refresh()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("my_posts/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("my_posts/splitter")
        if state is not None:
            self.splitter.restoreState(state)
