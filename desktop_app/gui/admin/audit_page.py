"""The audit log: every state change, sign-in, import, screening and export, filtered by
action and subject, and the check that the hash chain is unbroken."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from ..tasks import run_task
from .table import SimpleTable
from .. import labels
from ..service_text import error_text


def _value_text(value, key: str = "") -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "-"
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditPage", "yes") if value else QCoreApplication.translate("AuditPage", "no")
    if isinstance(value, dict):
        return ", ".join(f"{_key_text(k) if key != 'photos' else str(k) + ':'} {_value_text(v, key)}"
                         for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ", ".join(_value_text(v, key) for v in value)
    return labels.detail_value(key, str(value))


def _key_text(key) -> str:
    return labels.detail_key(str(key)) + ":"


def detail_lines(details: dict | None) -> list[str]:
    """An audit entry's details as "key: value" lines a person reads (not JSON), in words."""
    if not isinstance(details, dict):
        return [] if details in (None, "") else [str(details)]
    return [f"{_key_text(k)} {_value_text(v, str(k))}" for k, v in details.items()]


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
            self.action.addItem(labels.subject(prefix.rstrip(".")) if prefix else self.tr("All actions"), prefix)
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
        self.details = QPlainTextEdit()
        self.details.setObjectName("auditDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details of the chosen entry"))
        self.details.setPlaceholderText(self.tr("Choose an entry to read its details."))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.verify_result)
        layout.addWidget(self.splitter, 1)
        self.table.itemSelectionChanged.connect(self._show_details)
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
        details = [detail_lines(e.details) for e in entries]
        self.table.fill([[e.seq, f"{e.at.astimezone():%Y-%m-%d %H:%M:%S}", e.actor or "-", e.workstation,
                          labels.audit_action(e.action),
                          f"{labels.subject(e.subject_type)} {labels.subject_id(e.subject_type, e.subject_id)}".strip(),
                          "; ".join(lines)[:300]] for e, lines in zip(entries, details)],
                        tooltips=[[""] * 6 + ["\n".join(lines)] for lines in details])
        self.details.clear()
        self._filter()

    def _show_details(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.details.clear()
            return
        row = rows[0].row()
        head = "  ".join(self.table.item(row, c).text() for c in range(6) if self.table.item(row, c).text())
        self.details.setPlainText("\n".join([head, *self.table.item(row, 6).toolTip().splitlines()]))

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
        self.verify_result.setText(error_text(exc))
