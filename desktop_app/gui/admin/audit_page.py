"""The audit log: every state change, sign-in, import, screening and export, filtered by
action and subject, and the check that the hash chain is unbroken."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..tasks import run_task
from .table import SimpleTable

ACTIONS = ["", "sign_in", "post.", "channel.", "staff.", "settings.", "roster", "records.", "audit.", "takedown."]
LIMIT = 2000


class AuditPage(QWidget):
    def __init__(self, ctx, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.workflow = ctx.workflow(actor)
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Action"))
        for prefix in ACTIONS:
            self.action.addItem(prefix or self.tr("All actions"), prefix)
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("Subject ID, e.g. a post number"))
        self.subject.setAccessibleName(self.tr("Subject"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Who or what (filters the shown rows)"))
        self.text.setAccessibleName(self.tr("Filter text"))
        self.text.setClearButtonEnabled(True)
        self.verify_button = QPushButton(self.tr("&Verify the chain"))
        self.verify_result = QLabel()
        self.verify_result.setObjectName("verifyResult")
        self.verify_result.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Filter:")))
        filters.addWidget(self.action)
        filters.addWidget(self.subject)
        filters.addWidget(self.text, 1)
        filters.addWidget(self.verify_button)
        self.table = SimpleTable([self.tr("#"), self.tr("When"), self.tr("Who"), self.tr("Workstation"),
                                  self.tr("Action"), self.tr("Subject"), self.tr("Details")], self.tr("Audit log"),
                                 stretch=6)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.verify_result)
        layout.addWidget(self.table, 1)
        self.action.currentIndexChanged.connect(lambda _i: self.refresh())
        self.subject.editingFinished.connect(self.refresh)
        self.text.textChanged.connect(lambda _t: self._filter())
        self.verify_button.clicked.connect(self.verify)

    def refresh(self) -> None:
        filters = {"limit": LIMIT}
        if self.action.currentData():
            filters["action_prefix"] = self.action.currentData()
        if self.subject.text().strip():
            filters["subject_id"] = self.subject.text().strip()
        entries = self.workflow.audit.entries(**filters)[::-1]  # newest first
        self.table.fill([[str(e.seq), f"{e.at.astimezone():%Y-%m-%d %H:%M:%S}", e.actor or "-", e.workstation,
                          e.action, f"{e.subject_type or ''} {e.subject_id or ''}".strip(),
                          json.dumps(e.details, ensure_ascii=False)[:300]] for e in entries])
        self._filter()

    def _filter(self) -> None:
        needle = self.text.text().strip().lower()
        for row in range(self.table.rowCount()):
            text = " ".join(self.table.item(row, c).text() for c in range(self.table.columnCount())).lower()
            self.table.setRowHidden(row, bool(needle) and needle not in text)

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.verify_result.setText(self.tr("Checking every entry..."))
        self.task = run_task(self.workflow.audit.verify, on_done=self._verified, on_error=self._failed)

    def _verified(self, result) -> None:
        self.verify_button.setEnabled(True)
        if result.ok:
            self.verify_result.setText(self.tr("\u2714 The chain is intact: {n} entries. Head hash {h} (note it down "
                                               "to prove later that nothing was cut off).").format(
                n=result.entries, h=result.head_hash))
        else:
            self.verify_result.setText(self.tr("\u2716 The chain is broken at entry {seq}: {reason}.").format(
                seq=result.first_broken_seq, reason=result.reason))
        self.refresh()

    def _failed(self, exc) -> None:
        self.verify_button.setEnabled(True)
        self.verify_result.setText(str(exc))
