"""Channels: requests waiting for a decision (the principal endorses, the Communications
Director gives final approval and confirms the district holds admin rights), the approved
channels, and the ones with no post for a long time (possibly abandoned)."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout,
                               QWidget)

from ...workflow.channels import NeedsAdminRights
from ...workflow.errors import WorkflowError
from .table import SimpleTable
from .. import labels
from ..service_text import error_text


class ChannelsPage(QWidget):
    def __init__(self, ctx, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.workflow = ctx.workflow(actor)
        self.channels = {}
        self.requests = SimpleTable([self.tr("Channel"), self.tr("Platform"), self.tr("Use"), self.tr("Building"),
                                     self.tr("Requested by"), self.tr("State"), self.tr("Purpose")],
                                    self.tr("Channel requests"), stretch=6)
        self.approved = SimpleTable([self.tr("Channel"), self.tr("Platform"), self.tr("Use"), self.tr("Building"),
                                     self.tr("Owner"), self.tr("Limit"), self.tr("Notice"), self.tr("Approval chain")],
                                    self.tr("Approved channels"), stretch=0)
        self.abandoned = SimpleTable([self.tr("Channel"), self.tr("Building"), self.tr("Last post"),
                                      self.tr("Days quiet")], self.tr("Possibly abandoned channels"), stretch=0)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Comment (needed to reject)"))
        self.comment.setAccessibleName(self.tr("Comment on the request"))
        self.admin_rights = QCheckBox(self.tr("The district holds &administrative rights to this account"))
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.reject_button = QPushButton(self.tr("Re&ject"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        decide = QHBoxLayout()
        decide.addWidget(self.comment, 1)
        decide.addWidget(self.admin_rights)
        decide.addWidget(self.approve_button)
        decide.addWidget(self.reject_button)
        requests_page = QWidget()
        rl = QVBoxLayout(requests_page)
        rl.addWidget(self.requests, 1)
        rl.addLayout(decide)
        rl.addWidget(self.status)
        self.tabs = QTabWidget()
        self.tabs.addTab(requests_page, self.tr("&Requests"))
        self.tabs.addTab(self.approved, self.tr("A&pproved"))
        self.tabs.addTab(self.abandoned, self.tr("Possibly a&bandoned"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject)
        self.admin_rights.setVisible("director" in actor.roles)

    def refresh(self) -> None:
        channels = self.workflow.channels.list()
        self.channels = {c.id: c for c in channels}
        pending = [c for c in channels if c.status in ("requested", "endorsed")]
        self.requests.fill([[c.name, c.platform, labels.use(c.use), c.building or "-", c.requested_by,
                             self.tr("endorsed by the principal") if c.status == "endorsed" else self.tr("requested"),
                             c.purpose] for c in pending], [c.id for c in pending])
        approved = [c for c in channels if c.status == "approved"]
        self.approved.fill([[c.name, c.platform, labels.use(c.use), c.building or "-", c.owner,
                             f"{c.char_limit:,}" if c.char_limit else "-",
                             self.tr("in every post") if c.notice_mode == "post" else self.tr("on the profile"),
                             " \u2192 ".join(c.approval_chain)] for c in approved], [c.id for c in approved])
        try:
            quiet = self.workflow.channels.abandoned()
        except WorkflowError:
            quiet = []
        self.abandoned.fill([[a.channel.name, a.channel.building or "-",
                              f"{a.last_published_at:%Y-%m-%d}" if a.last_published_at else self.tr("never"),
                              str(a.days_quiet)] for a in quiet], [a.channel.id for a in quiet])
        can_decide = bool(self.actor.roles & {"principal", "director"})
        self.approve_button.setEnabled(can_decide)
        self.reject_button.setEnabled(can_decide)

    def _current(self):
        return self.channels.get(self.requests.current_key())

    def approve(self) -> None:
        c = self._current()
        if c is None:
            self.status.setText(self.tr("Choose a request first."))
            return
        try:
            view = self.workflow.channels.approve(c.id, c.version, admin_rights=self.admin_rights.isChecked(),
                                                  comment=self.comment.text().strip())
        except NeedsAdminRights:
            self.status.setText(self.tr("Final approval records that the district holds administrative rights to "
                                        "the account: tick \u201cThe district holds administrative rights to this "
                                        "account\u201d if it does, then approve."))
            self.admin_rights.setFocus()
            return
        except WorkflowError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("{name} is now {status}.").format(name=view.name, status=labels.channel_status(view.status)))
        self.comment.clear()
        self.refresh()

    def reject(self) -> None:
        c = self._current()
        if c is None:
            self.status.setText(self.tr("Choose a request first."))
            return
        try:
            view = self.workflow.channels.reject(c.id, c.version, self.comment.text().strip())
        except WorkflowError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("{name} was rejected.").format(name=view.name))
        self.comment.clear()
        self.refresh()
