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


def test_whole_school_recognition_is_explained_and_turned_off_in_settings(qtbot, main_window, gui_ctx):
    window = main_window("director")
    settings = window.show_page("settings")
    # the demo district recognises every student; the page says what that stores
    assert settings.recognize_all.isChecked()
    assert "biometric" in settings.recognize_all_about.text() and settings.recognize_all_about.wordWrap()
    roster = window.show_page("roster")
    roster.open_import()
    assert "Whole-school recognition is on" in roster.dialog.enrolment_note.text()
    roster.dialog.reject()
    settings = window.show_page("settings")
    opted, others = gui_ctx.roster.template_counts()
    assert others > 0 and f"{others} of students without an opt-out" in settings.recognize_all_counts.text()
    settings.recognize_all.setChecked(False)
    qtbot.mouseClick(settings.save_recognition, Qt.MouseButton.LeftButton)
    assert "deleted" in settings.status.text()
    assert not gui_ctx.settings.screening().recognize_all_students
    assert gui_ctx.roster.template_counts() == (opted, 0)
    assert "0 of students without an opt-out" in settings.recognize_all_counts.text()
    # the import dialog says which portraits become templates
    roster = window.show_page("roster")
    roster.open_import()
    assert "only from the portraits of students with a photo opt-out" in roster.dialog.enrolment_note.text()
    roster.dialog.reject()
    from desktop_app.workflow.audit import AuditLog

    last = AuditLog(gui_ctx.db).entries(action_prefix="settings.")[-1]
    assert last.actor == window.actor.email and last.details["templates_deleted"] == others


def test_roster_page_names_opted_out_students_with_a_weak_reference(qtbot, main_window, gui_ctx, tmp_path):
    import csv

    from PIL import Image, ImageFilter

    from desktop_app.demo import resources_dir
    from desktop_app.roster import read_roster

    window = main_window("director")
    page = window.show_page("roster")
    assert "weak reference" not in page.warning.text()
    # a blurred copy of Amara's portrait: still encodable, but weak
    with Image.open(resources_dir() / "demo" / "faces" / "D1001.jpg") as im:
        im.convert("RGB").filter(ImageFilter.GaussianBlur(4)).save(tmp_path / "D1001.jpg", quality=90)
    with open(resources_dir() / "demo" / "roster.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    with open(tmp_path / "roster.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(r for r in rows if r["student_id"] == "D1001")
    changes = gui_ctx.roster.apply(read_roster(tmp_path / "roster.csv", photos_dir=tmp_path), "roster.csv",
                                   actor=window.actor, keep_absent=True)
    assert any("Amara Okafor (D1001" in w for w in changes.weak_references), changes.weak_references
    page.refresh()
    # the older good portrait still counts, so she is not listed until only weak ones are left
    assert "Amara" not in page.warning.text()
    from dataclasses import replace

    gui_ctx.workflow(window.actor).settings.set_screening(replace(gui_ctx.settings.screening(),
                                                                  templates_per_student=1))
    gui_ctx.roster.apply(read_roster(tmp_path / "roster.csv", photos_dir=tmp_path), "roster.csv",
                         actor=window.actor, keep_absent=True)
    page.refresh()
    assert page.warning.isVisibleTo(page) and "Amara Okafor (D1001)" in page.warning.text()


def test_test_connection_says_what_is_wrong_in_a_plain_sentence(qtbot, main_window, gui_ctx, tmp_path):
    """Issue 21: *Test connection* showed the raw driver error."""
    window = main_window("admin")
    settings = window.show_page("settings")
    cases = [
        ("not a url at all", "not a database address"),
        (f"sqlite:///{tmp_path}", "file cannot be opened"),  # a folder, not a file
        ("postgresql+psycopg://clearpost@127.0.0.1:9/clearpost?connect_timeout=3", "did not answer"),
    ]
    for url, plain in cases:
        settings.url.setText(url)
        qtbot.mouseClick(settings.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: settings.test_button.isEnabled(), timeout=30_000)
        status = settings.db_status.text()
        assert status.startswith("\u2716 Cannot connect.") and plain in status, (url, status)
        for driver_words in ("sqlalchemy", "OperationalError", "ArgumentError", "(psycopg", "sqlite3", "Background on"):
            assert driver_words not in status
        # the driver's message is one click away, for IT
        assert settings.db_details_button.isVisible() and not settings.db_detail.isVisible()
        qtbot.mouseClick(settings.db_details_button, Qt.MouseButton.LeftButton)
        assert settings.db_detail.isVisible() and len(settings.db_detail.text()) > 10
    settings.url.setText(gui_ctx.db.url)
    settings.test_db()
    qtbot.waitUntil(lambda: settings.test_button.isEnabled(), timeout=20_000)
    assert "Connected" in settings.db_status.text() and settings.db_details_button.isHidden()


def test_records_dates_read_as_year_month_day(qtbot, main_window, qapp):
    """Issue 21: the Records page showed its dates as "4 11 2026" (the locale's short format),
    in English and Spanish; the app writes dates as 2026-11-04 everywhere else."""
    import re

    from PySide6.QtCore import QDate, QLocale

    before = QLocale()
    try:
        for locale in (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
                       QLocale(QLocale.Language.Spanish, QLocale.Country.Spain), QLocale.c()):
            QLocale.setDefault(locale)
            window = main_window("director")
            records = window.show_page("records")
            records.start.setDate(QDate(2026, 11, 4))
            assert records.start.text() == "2026-11-04", (locale.name(), records.start.text())
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", records.end.text()), records.end.text()
            window.close()
    finally:
        QLocale.setDefault(before)
