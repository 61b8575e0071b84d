"""The main window: a navigation list of the pages the signed-in person's roles allow, the
page itself, the demo banner, and the idle lock in front of everything when it locks.

Pages are built when first opened. Window geometry and every splitter are remembered in
QSettings; the window opens inside the screen's available area (issue 21).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QSplitter,
                               QStackedWidget, QVBoxLayout, QWidget)

from .banner import DemoBanner
from .fit import fit_inside_screen
from .idle_lock import IdleWatcher, LockPage
from . import labels

WRITERS = {"author", "principal", "director"}
APPROVERS = {"principal", "director"}
ADMINS = {"director", "admin"}


def _pages(actor) -> list[tuple[str, str, object]]:
    """(key, title, factory(ctx, actor, window)) for the pages this person may open."""
    roles = set(actor.roles)
    pages = []
    if roles & WRITERS:
        pages.append(("compose", QCoreApplication.translate("MainWindow", "New post"), _composer))
        pages.append(("my_posts", QCoreApplication.translate("MainWindow", "My posts"), _my_posts))
    if roles & APPROVERS:
        pages.append(("approvals", QCoreApplication.translate("MainWindow", "Approvals"), _approvals))
    if roles & (WRITERS | ADMINS):  # PublishService: a post's author, a channel's owner, the director, IT
        pages.append(("publish", QCoreApplication.translate("MainWindow", "Ready to publish"), _publish))
    if roles & ({"principal"} | ADMINS):
        pages.append(("channels", QCoreApplication.translate("MainWindow", "Channels"), _admin("channels_page", "ChannelsPage")))
    if roles & ADMINS:
        pages.append(("roster", QCoreApplication.translate("MainWindow", "Roster"), _admin("roster_page", "RosterPage")))
        pages.append(("takedown", QCoreApplication.translate("MainWindow", "Takedown list"), _admin("takedown_page", "TakedownPage")))
        pages.append(("audit", QCoreApplication.translate("MainWindow", "Audit log"), _admin("audit_page", "AuditPage")))
        pages.append(("records", QCoreApplication.translate("MainWindow", "Records"), _admin("records_page", "RecordsPage")))
        pages.append(("settings", QCoreApplication.translate("MainWindow", "Settings"), _admin("settings_page", "SettingsPage")))
        pages.append(("staff", QCoreApplication.translate("MainWindow", "Staff accounts"), _admin("staff_page", "StaffPage")))
    return pages


def _composer(ctx, actor, window):
    from .composer.page import ComposerPage

    return ComposerPage(ctx, actor)


def _my_posts(ctx, actor, window):
    from .my_posts import MyPostsPage

    page = MyPostsPage(ctx, actor)
    page.open_draft.connect(window.open_draft)
    return page


def _approvals(ctx, actor, window):
    from .approvals import ApprovalsPage

    return ApprovalsPage(ctx, actor)


def _publish(ctx, actor, window):
    from .publish_page import PublishPage

    return PublishPage(ctx, actor)


def _admin(module: str, cls: str):
    def factory(ctx, actor, window):
        import importlib

        return getattr(importlib.import_module(f"desktop_app.gui.admin.{module}"), cls)(ctx, actor)
    return factory


class MainWindow(QMainWindow):
    signed_out = Signal()
    locked = Signal()

    def __init__(self, ctx, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.setObjectName("mainWindow")
        self.setWindowTitle(actor.full_name)  # Qt adds the application's name: "Pat Lee — ClearPost"
        self._pages: dict[str, QWidget] = {}
        self._factories = {key: (title, factory) for key, title, factory in _pages(actor)}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        for key, (title, _f) in self._factories.items():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_nav()
        self.stack = QStackedWidget()
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setCollapsible(0, False)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 900])

        workspace = QWidget()
        box = QVBoxLayout(workspace)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        if ctx.is_demo:
            box.addWidget(DemoBanner())
        box.addWidget(self.splitter, 1)
        self.lock_page = LockPage(ctx, actor)
        self.lock_page.unlocked.connect(self.unlock)
        self.lock_page.sign_out_requested.connect(self.sign_out)
        self.central = QStackedWidget()
        self.central.addWidget(workspace)
        self.central.addWidget(self.lock_page)
        self.setCentralWidget(self.central)

        roles = labels.roles(sorted(actor.roles))
        where = f" - {actor.building}" if actor.building else ""
        self.who = QLabel(self.tr("Signed in as {name} ({roles}){where}").format(name=actor.full_name, roles=roles,
                                                                                where=where))
        self.statusBar().addPermanentWidget(self.who)
        self._menus()
        self.nav.currentItemChanged.connect(self._show_page)

        self.idle = IdleWatcher(ctx.idle_lock_interval_ms(), self)
        self.idle.idle.connect(self.lock)
        self.restore_state()
        waiting = 0
        if "approvals" in self._factories:  # "Approvals (2)" on the navigation from the start
            approvals = self.page("approvals")
            approvals.count_changed.connect(lambda n: self.set_page_count("approvals", n))
            approvals.refresh()
            waiting = len(approvals.posts)
        if waiting:  # an approver with posts waiting for them starts where the work is
            self.show_page("approvals")
        elif self.nav.count():
            self.nav.setCurrentRow(0)

    def set_page_count(self, key: str, n: int) -> None:
        """Show a number after a page's title on the navigation (none when 0)."""
        title = self._factories[key][0]
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setText(self.tr("{title} ({n})").format(title=title, n=n) if n else title)
        self._fit_nav()

    def _fit_nav(self) -> None:
        """The navigation is never narrower than its longest title (with a count): wide pages
        take room from the page, not from the names of the pages."""
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.tr("{title} ({n})").format(title=title, n=99))
                      for title, _f in self._factories.values()), default=80)
        self.nav.setMinimumWidth(min(widest + 2 * self.nav.frameWidth() + 16, 260))
        self.nav.setMaximumWidth(max(self.nav.minimumWidth(), 220))

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        if "compose" in self._factories:
            new = QAction(self.tr("&New post"), self)
            new.setShortcut(QKeySequence.StandardKey.New)
            new.triggered.connect(self.new_post)
            file_menu.addAction(new)
        lock = QAction(self.tr("&Lock"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(lambda _checked=False: self.lock(manual=True))
        file_menu.addAction(lock)
        sign_out = QAction(self.tr("Sign &out"), self)
        sign_out.triggered.connect(self.sign_out)
        file_menu.addAction(sign_out)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go = self.menuBar().addMenu(self.tr("&Go"))
        for i, (key, (title, _f)) in enumerate(self._factories.items()):
            action = QAction(title, self)
            if i < 9:
                action.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            action.triggered.connect(lambda _checked=False, key=key: self.show_page(key))
            go.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About ClearPost"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # -- pages --------------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        if key not in self._pages:
            title, factory = self._factories[key]
            widget = factory(self.ctx, self.actor, self)
            widget.setObjectName(f"page_{key}")
            self._pages[key] = widget
            self.stack.addWidget(widget)
            if hasattr(widget, "restore_state"):
                widget.restore_state(QSettings())
        return self._pages[key]

    def show_page(self, key: str) -> QWidget:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                if self.nav.currentRow() != row:
                    self.nav.setCurrentRow(row)
                break
        return self.page(key)

    def _show_page(self, item, _previous=None) -> None:
        if item is None:
            return
        widget = self.page(item.data(Qt.ItemDataRole.UserRole))
        self.stack.setCurrentWidget(widget)
        if hasattr(widget, "refresh"):
            widget.refresh()

    def new_post(self) -> None:
        self.show_page("compose").new_post()

    def open_draft(self, post_id: int) -> None:
        self.show_page("compose").load_post(post_id)

    # -- lock and sign-out --------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.central.currentWidget() is self.lock_page

    def lock(self, manual: bool = False) -> None:
        """Lock the window: ``manual`` from File > Lock, else after a while without use."""
        if self.is_locked:
            return
        for page in self._pages.values():
            if hasattr(page, "flush"):
                page.flush()
        self.idle.pause()
        self.central.setCurrentWidget(self.lock_page)
        self.menuBar().setEnabled(False)
        self.lock_page.activate(manual)
        self.locked.emit()

    def unlock(self) -> None:
        self.central.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        self.idle.resume()

    def sign_out(self) -> None:
        self._signing_out = True
        self.close()

    def closeEvent(self, event) -> None:
        for page in self._pages.values():
            if hasattr(page, "flush"):
                page.flush()
        self.save_state()
        self.idle.stop()
        for page in self._pages.values():
            if hasattr(page, "shutdown"):
                page.shutdown()
        super().closeEvent(event)
        if getattr(self, "_signing_out", False):
            self.signed_out.emit()

    # -- remembered layout --------------------------------------------------------------------
    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        for page in self._pages.values():
            if hasattr(page, "save_state"):
                page.save_state(settings)

    def restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 800)
        fit_inside_screen(self)  # a 1024x700 screen, or a smaller one than when it was saved
        splitter = settings.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About ClearPost"),
                          self.tr("ClearPost screens school photos and posts against the district's opt-out "
                                  "roster before they are published.\n\nDatabase: {db}").format(db=self.ctx.db.safe_url))
