"""Administration pages open for the director and do their work through the services."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt


def test_admin_pages(qtbot, main_window, gui_ctx, tmp_path):
    window = main_window("director")
    keys = [window.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(window.nav.count())]
    assert keys == ["compose", "my_posts", "approvals", "publish", "channels", "roster", "takedown", "audit",
                    "records", "settings", "staff"]

    channels = window.show_page("channels")
    assert channels.requests.rowCount() == 1  # the robotics club's request, endorsed by the principal
    channels.requests.selectRow(0)
    channels.approve()
    assert "rights" in channels.status.text()  # final approval needs the admin-rights confirmation
    channels.admin_rights.setChecked(True)
    channels.approve()
    assert channels.requests.rowCount() == 0 and channels.approved.rowCount() == 5

    audit = window.show_page("audit")
    assert audit.table.rowCount() > 10
    audit.verify()
    qtbot.waitUntil(lambda: "intact" in audit.verify_result.text(), timeout=20_000)

    takedown = window.show_page("takedown")
    qtbot.waitUntil(lambda: takedown.check_button.isEnabled(), timeout=60_000)
    assert takedown.table.rowCount() == 0

    records = window.show_page("records")
    records.folder.setText(str(tmp_path / "records"))
    records.export()
    qtbot.waitUntil(lambda: records.export_button.isEnabled(), timeout=30_000)
    assert (tmp_path / "records" / "index.html").exists(), records.status.text()

    settings = window.show_page("settings")
    settings.idle.setValue(12)
    settings.save_idle_lock()
    assert gui_ctx.config.idle_lock_minutes() == 12
    settings.match.setValue(0.43)
    settings.save_screening()
    assert "saved" in settings.status.text() and gui_ctx.settings.screening().match_threshold == 0.43
    settings.notice.setPlainText("Shared with families' permission.")
    settings.save_notice_text()
    assert gui_ctx.settings.notice() == "Shared with families' permission."
    from desktop_app.workflow.audit import AuditLog

    changes = AuditLog(gui_ctx.db).entries(action_prefix="settings.")
    assert [(e.action, e.actor) for e in changes][-2:] == [("settings.screening_changed", window.actor.email),
                                                          ("settings.notice_changed", window.actor.email)]
    settings.url.setText(gui_ctx.db.url)
    settings.test_db()
    qtbot.waitUntil(lambda: settings.test_button.isEnabled(), timeout=20_000)
    assert "Connected" in settings.db_status.text()


def test_author_sees_only_writing_pages_and_layout_is_remembered(qtbot, main_window):
    window = main_window("teacher")
    keys = [window.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(window.nav.count())]
    assert keys == ["compose", "my_posts", "publish"]  # publishing their own approved posts
    window.resize(700, 500)
    window.splitter.setSizes([150, 550])
    size, sizes = window.size(), window.splitter.sizes()
    window.close()
    assert QSettings().value("main/geometry") is not None
    again = main_window("teacher")
    assert again.size() == size
    assert again.splitter.sizes() == sizes
