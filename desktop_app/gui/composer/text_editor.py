"""The post's text: findings underlined with the reason on hover and listed beside the editor,
a live character count per channel that includes the notice, and the preview as published.

The text check is the screening core's ``check_text`` (names of students with a name opt-out
for the post's uses, PII, policy words); this module only shows its findings.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QLabel, QListView, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QSplitter, QTabWidget, QTextEdit, QToolTip, QVBoxLayout, QWidget)

from ...textcheck import check_text
from ...workflow.postcheck import final_text
from .. import verdicts


class FindingsEditor(QPlainTextEdit):
    """A plain-text editor that underlines findings and explains them in a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings: list = []
        self.setTabChangesFocus(True)  # Tab moves on, as in a form

    def set_findings(self, findings) -> None:
        self.findings = list(findings)
        selections = []
        for f in self.findings:
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(verdicts.RED if f.level == "error" else verdicts.AMBER)
            fmt.setToolTip(verdicts.finding_text(f.kind, f.level, f.message))
            sel.format = fmt
            cursor = QTextCursor(self.document())
            cursor.setPosition(f.start)
            cursor.setPosition(f.end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.setExtraSelections(selections)

    def finding_at(self, position: int):
        return next((f for f in self.findings if f.start <= position < f.end), None)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            finding = self.finding_at(self.cursorForPosition(event.pos()).position())
            if finding is not None:
                QToolTip.showText(event.globalPos(), verdicts.finding_text(finding.kind, finding.level, finding.message),
                                  self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


class PostTextPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = FindingsEditor()
        self.editor.setObjectName("postText")
        self.editor.setAccessibleName(self.tr("Post text"))
        self.editor.setPlaceholderText(self.tr("Write the post. The district's notice is added at the end."))
        self.editor.setMinimumHeight(120)
        self.findings_list = QListWidget()
        self.findings_list.setObjectName("findings")
        self.findings_list.setAccessibleName(self.tr("Text findings"))
        # whole messages, wrapped to the list's width: never "Name of..." cut short
        self.findings_list.setWordWrap(True)
        self.findings_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.findings_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.findings_list.setUniformItemSizes(False)
        self.findings_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.findings_list.setMinimumWidth(160)
        findings_box = QWidget()
        fl = QVBoxLayout(findings_box)
        fl.setContentsMargins(0, 0, 0, 0)
        findings_label = QLabel(self.tr("Findings in the text:"))
        findings_label.setBuddy(self.findings_list)
        fl.addWidget(findings_label)
        fl.addWidget(self.findings_list)
        self.split = QSplitter()
        self.split.setObjectName("textSplitter")
        self.split.addWidget(self.editor)
        self.split.addWidget(findings_box)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([420, 280])

        self.preview_channel = QComboBox()
        self.preview_channel.setAccessibleName(self.tr("Preview for channel"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setObjectName("preview")
        self.preview.setAccessibleName(self.tr("Preview as published"))
        preview_page = QWidget()
        pl = QVBoxLayout(preview_page)
        pl.addWidget(self.preview_channel)
        pl.addWidget(self.preview, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.split, self.tr("&Text"))
        self.tabs.addTab(preview_page, self.tr("Pre&view"))
        # the tab bar takes Tab, once, in its place above the editor (not the tab widget as well)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.counts = QLabel()
        self.counts.setObjectName("charCounts")
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setAccessibleName(self.tr("Length per channel"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.counts)
        self.setMinimumHeight(220)  # in a small window the composer scrolls; the text stays usable

        self.channels = []
        self.notice = ""
        self.names = []
        self.roster_ids: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.recheck)
        self.editor.textChanged.connect(self._edited)
        self.findings_list.itemActivated.connect(self._select_finding)
        self.preview_channel.currentIndexChanged.connect(lambda _i: self._update_preview())

    def focus_chain(self) -> list[QWidget]:
        """The panel's focusable widgets in reading order."""
        return [self.tabs.tabBar(), self.editor, self.findings_list, self.preview_channel, self.preview]

    # -- inputs -------------------------------------------------------------------------------
    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self.recheck()

    def set_context(self, channels, notice: str, names, roster_ids) -> None:
        """The post's channels, the notice, and who must not be named (for the uses)."""
        self.channels, self.notice, self.names, self.roster_ids = list(channels), notice, list(names), set(roster_ids)
        current = self.preview_channel.currentData()
        self.preview_channel.blockSignals(True)
        self.preview_channel.clear()
        for c in self.channels:
            self.preview_channel.addItem(self.tr("As published on {name}").format(name=c.name), c.id)
        index = self.preview_channel.findData(current)
        self.preview_channel.setCurrentIndex(max(index, 0))
        self.preview_channel.blockSignals(False)
        self.recheck()

    def _edited(self) -> None:
        self._timer.start()
        self.changed.emit()

    # -- checking -----------------------------------------------------------------------------
    def recheck(self) -> None:
        self._timer.stop()
        text = self.text()
        report = check_text(text, students=self.names, roster_ids=self.roster_ids, **({"notice": self.notice} if self.notice else {}))
        self.editor.set_findings(report.findings)
        self.findings_list.clear()
        for f in report.findings:
            level = "restricted" if f.level == "error" else "review"
            line = f"\u201c{f.text}\u201d: {verdicts.finding_text(f.kind, f.level, f.message)}."
            item = QListWidgetItem(verdicts.verdict_icon(level), line)
            item.setData(Qt.ItemDataRole.UserRole, (f.start, f.end))
            item.setToolTip(line)
            self.findings_list.addItem(item)
        if not report.findings:
            self.findings_list.addItem(QListWidgetItem(verdicts.verdict_icon("clear"), self.tr("Nothing found.")))
        self._update_counts()
        self._update_preview()

    def error_count(self) -> int:
        return sum(f.level == "error" for f in self.editor.findings)

    def _update_counts(self) -> None:
        if not self.channels:
            self.counts.setText(self.tr("Choose a channel to see the length with the notice."))
            return
        parts = []
        for c in self.channels:
            length = len(unicodedata.normalize("NFC", final_text(self.text(), c, self.notice)))
            if c.char_limit:
                over = length - c.char_limit
                if over > 0:
                    parts.append(self.tr("\u2716 {name}: {n} / {limit} - {over} too long").format(
                        name=c.name, n=length, limit=c.char_limit, over=over))
                else:
                    parts.append(self.tr("\u2714 {name}: {n} / {limit}").format(name=c.name, n=length, limit=c.char_limit))
            else:
                parts.append(self.tr("{name}: {n} characters").format(name=c.name, n=length))
        note = self.tr("(counts include the notice)")
        self.counts.setText(" &nbsp; ".join(parts) + f" &nbsp; <i>{note}</i>")

    def over_limit(self) -> list[str]:
        out = []
        for c in self.channels:
            length = len(unicodedata.normalize("NFC", final_text(self.text(), c, self.notice)))
            if c.char_limit and length > c.char_limit:
                out.append(c.name)
        return out

    def _update_preview(self) -> None:
        channel = next((c for c in self.channels if c.id == self.preview_channel.currentData()), None)
        if channel is None:
            self.preview.setPlainText(self.tr("Choose a channel to preview the post."))
            return
        self.preview.setPlainText(final_text(self.text(), channel, self.notice))

    def _select_finding(self, item: QListWidgetItem) -> None:
        span = item.data(Qt.ItemDataRole.UserRole)
        if not span:
            return
        cursor = self.editor.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.tabs.setCurrentIndex(0)
        self.editor.setFocus()
