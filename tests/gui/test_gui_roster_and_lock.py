"""Roster import through the dialog (mapping step, preview, enrolment with progress) and the idle lock."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from desktop_app.demo import resources_dir
from desktop_app.demo.accounts import DEMO_PASSWORD


def test_roster_import_dialog_with_unfamiliar_columns(qtbot, main_window, gui_ctx, tmp_path):
    # an export with headers the readers do not know: the user maps them in the dialog
    faces = resources_dir() / "demo" / "faces"
    path = tmp_path / "export.csv"
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Pupil", "Given", "Family", "Campus", "NoPhotos", "NoName"])
        w.writerow(["D1001", "Amara", "Okafor", "Yelm High School", "Y", "N"])
        w.writerow(["D1004", "Sofia", "Lindqvist", "Yelm High School", "Y", "N"])  # new photo opt-out
        w.writerow(["N2001", "Noah", "Berg", "Yelm High School", "N", "Y"])
    window = main_window("director")
    page = window.show_page("roster")
    page.refresh()
    page.open_import()
    dialog = page.dialog
    dialog.path.setText(str(path))
    dialog.photos.setText(str(faces))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1, dialog.source_error.text()
    assert dialog.mapping_combos["student_id"].currentData() is None  # "Pupil" is not a known spelling
    for field, header in [("student_id", "Pupil"), ("first_name", "Given"), ("last_name", "Family"),
                          ("school", "Campus"), ("photo_opt_out", "NoPhotos"), ("name_opt_out", "NoName")]:
        combo = dialog.mapping_combos[field]
        combo.setCurrentIndex(combo.findText(header))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    lines = [dialog.preview_list.item(i).text() for i in range(dialog.preview_list.count())]
    assert dialog.rows is not None, lines
    # the file covers Yelm High only (its school column): Leo (Mill Pond) is out of its scope
    assert any("1 student added" in line and "5 absent from the file" in line for line in lines), lines
    assert any("NOT removed" in line and "Diego Ramirez (D1002)" in line for line in lines), lines
    assert not any("Leo Nguyen" in line for line in lines), lines
    # the demo district recognises every student: Sofia's portrait is enrolled already, so her new
    # photo opt-out needs no new template (with the setting off it would be "1 to enrol")
    assert any("0 to enrol, 2 unchanged" in line for line in lines), lines
    assert dialog.apply_removals.isVisibleTo(dialog) and not dialog.apply_removals.isChecked()
    assert "5 students" in dialog.apply_removals.text() and "Diego Ramirez" in dialog.apply_removals.text()
    assert gui_ctx.roster.students(search="N2001") == []  # nothing written by the preview
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.value() == dialog.progress.maximum()
    audit = gui_ctx.workflow(window.actor).audit.entries(action_prefix="roster.imported")
    assert audit[-1].actor == window.actor.email and audit[-1].details["students"] == 3
    ids = {s.student_id for s in gui_ctx.roster.students()}
    assert ids == {f"D100{i}" for i in range(1, 9)} | {"N2001"}  # a partial file removes nobody unasked
    assert "D1002" in {s.student_id for s in gui_ctx.roster.students(opted_out_only=True)}

    # the same file again, this time confirming the removals the dialog names
    dialog.done(0)
    page.open_import()
    dialog = page.dialog
    dialog.path.setText(str(path))
    dialog.photos.setText(str(faces))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    for field, header in [("student_id", "Pupil"), ("first_name", "Given"), ("last_name", "Family"),
                          ("school", "Campus"), ("photo_opt_out", "NoPhotos"), ("name_opt_out", "NoName")]:
        combo = dialog.mapping_combos[field]
        combo.setCurrentIndex(combo.findText(header))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    dialog.apply_removals.setChecked(True)
    lines = [dialog.preview_list.item(i).text() for i in range(dialog.preview_list.count())]
    assert any("Absent from the file, will be removed:" in line for line in lines), lines
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    ids = {s.student_id for s in gui_ctx.roster.students()}
    assert ids == {"D1001", "D1003", "D1004", "N2001"}
    page.search.setText("Lindqvist")
    assert page.table.rowCount() == 1
    page.table.selectRow(0)
    assert page.photos_layout.count() >= 2  # the enrolled reference thumbnail (and the stretch)


def test_idle_lock_needs_the_password(qtbot, main_window, gui_ctx):
    gui_ctx.idle_lock_ms = 300
    window = main_window("teacher")
    with qtbot.waitSignal(window.locked, timeout=10_000):
        pass
    assert window.is_locked
    assert not window.splitter.isVisible()  # nothing of the work shows while locked
    lock = window.lock_page
    qtbot.keyClicks(lock.password, "wrong password")
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lock.error.text() != "", timeout=10_000)
    assert window.is_locked
    lock.password.clear()
    qtbot.keyClicks(lock.password, DEMO_PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10_000)
    assert window.splitter.isVisible()


def test_roster_page_warns_of_old_model_templates_and_reencodes(qtbot, main_window, gui_ctx):
    """A template from the old face model: the roster page says screening is refused and offers
    to re-encode; re-encoding clears the warning and is audited."""
    from sqlalchemy import select, update

    from desktop_app.storage.models import ReferencePhoto
    from gui_helpers import sign_in

    with gui_ctx.db.session() as s:
        first = s.execute(select(ReferencePhoto.id).order_by(ReferencePhoto.id)).scalars().first()
        s.execute(update(ReferencePhoto).where(ReferencePhoto.id == first).values(model="dlib-resnet-v1"))
    window = main_window("director")
    page = window.show_page("roster")
    page.refresh()
    assert page.warning.isVisibleTo(page) and "older face model" in page.warning.text()
    assert page.reencode_button.isVisibleTo(page)
    qtbot.mouseClick(page.reencode_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "re-encoded" in page.count.text(), timeout=60_000)
    assert not page.reencode_button.isVisibleTo(page)
    assert gui_ctx.roster.stale_template_count() == 0
    audit = gui_ctx.workflow(sign_in(gui_ctx, "director")).audit.entries(action_prefix="roster.reencoded")
    assert audit[-1].details["reencoded"] == 1 and audit[-1].actor == window.actor.email


def test_idle_lock_has_one_default_and_one_range(qtbot, main_window, gui_ctx):
    """Issue 21: the app locked after 5 minutes while the README and `doctor` said 10, and the
    Settings page allowed 0-240 minutes while the workstation setting allows 0-1440."""
    from desktop_app.config.schema import BY_KEY

    setting = BY_KEY["idle_lock_minutes"]
    assert setting.default == 10
    window = main_window("admin")
    assert window.idle.interval_ms == setting.default * 60_000  # nobody set it: the documented default
    settings = window.show_page("settings")
    assert settings.idle.value() == setting.default
    assert (settings.idle.minimum(), settings.idle.maximum()) == (0, 1440)
    assert setting.allowed == "0-1440"
    settings.idle.setValue(600)  # allowed by the workstation setting, so by the district's too
    settings.save_idle_lock()
    assert gui_ctx.config.idle_lock_minutes() == 600
    assert gui_ctx.idle_lock_interval_ms() == 600 * 60_000
