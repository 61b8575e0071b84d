"""Messages for people (issue 11, item 6): authors never see a student's ID, name or a face's
pixel box; no code words or command-line flags; no literal "&" in labels; the audit log sorts
by number and reads as "key: value"; sign-out leaves an empty form; a manual lock says so; the
window title names ClearPost once; an unreadable file is not "Blocked" like an opted-out student."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gui_helpers import demo_photo

BOX = re.compile(r"\[\d+, \d+, \d+, \d+\]|\(\d+, \d+, \d+, \d+\)")
CODE_WORDS = re.compile(r"--[a-z]|\b[a-z]+_[a-z_]+\b|[<>]=?\s*\w+_")


def _compose(qtbot, page, ctx, photos: list[tuple[str, bytes]]) -> None:
    page.title.setText("Team day")
    qtbot.keyClicks(page.text.editor, "Our team had a great day at the district meet.")
    page.questions.set_values({"audience": "Families", "message": "The meet result",
                               "channel_reason": "Families follow this page", "account_manager": "Terry Teacher"})
    page.questions.changed.emit()
    page.channels.list.item(0).setCheckState(Qt.CheckState.Checked)
    page.flush()
    assert page.post is not None, page.save_status.text()
    for name, data in photos:
        with qtbot.waitSignal(page.photo_screened, timeout=60_000):
            page.add_photo_bytes(name, data)
    qtbot.waitUntil(lambda: not page.photos.pending(), timeout=60_000)
    page.flush()


def _opted_out(ctx) -> tuple[set[str], set[str]]:
    students = ctx.roster.students(opted_out_only=True)
    ids = {s.student_id for s in students}
    names = {part for s in students for part in (s.first_name, s.last_name) if part and len(part) > 2}
    return ids, names


def _dialog_texts(dialog) -> list[str]:
    return [dialog.problems.item(r).text() for r in range(dialog.problems.count())] + [dialog.status.text()]


def test_submit_dialog_shows_authors_where_the_face_is_not_who(qtbot, main_window, gui_ctx):
    window = main_window("teacher")
    page = window.show_page("compose")
    _compose(qtbot, page, gui_ctx, [("class-photo.jpg", demo_photo(gui_ctx.demo, "class-photo.jpg").read_bytes())])
    page.submit()
    dialog = page.submit_dialog
    qtbot.waitUntil(lambda: dialog.progress.isHidden(), timeout=60_000)
    assert not dialog.submit_button.isEnabled()
    restricted = [t for t in dialog.blocking if "restricted face (" in t]
    assert restricted, dialog.blocking
    assert all(re.search(r"restricted face \((the only face|\d+(st|nd|rd|th) from left)\)", t) for t in restricted)
    ids, names = _opted_out(gui_ctx)
    for text in _dialog_texts(dialog):
        assert not BOX.search(text), text
        assert not any(sid in text for sid in ids), text
        assert not any(re.search(rf"\b{re.escape(n)}\b", text) for n in names), text
        assert "distance" not in text and "is student" not in text, text

    # Submitting anyway is refused by the service: the reasons it gives are shown the same way
    from desktop_app.workflow.errors import Refused

    with pytest.raises(Refused) as caught:
        gui_ctx.workflow(window.actor).drafts.submit(page.post.id, page.post.version)
    refused = caught.value
    assert any("is student" in r for r in refused.reasons)  # approvers and the command line: unchanged
    dialog._error(refused)
    assert any("restricted face (" in t for t in dialog.blocking)
    assert not any(sid in t for t in _dialog_texts(dialog) for sid in ids)
    dialog.reject()


def test_face_places_count_from_the_left():
    from desktop_app.screening.results import FaceResult, Verdict
    from desktop_app.workflow.postcheck import FacePlace, face_places

    def face(left):  # box: top, right, bottom, left
        return FaceResult(box=(10, left + 50, 60, left), verdict=Verdict.CLEAR)

    places = face_places([face(489), face(12), face(250)])
    assert [p.words for p in places] == ["3rd from left", "1st from left", "2nd from left"]
    assert face_places([face(5)])[0].words == "the only face"
    assert FacePlace(11, 12).words == "11th from left" and FacePlace(22, 30, frame=1).words == "22nd from left, frame 2"


def test_an_unreadable_file_could_not_be_read(qtbot, main_window, gui_ctx):
    window = main_window("teacher")
    page = window.show_page("compose")
    _compose(qtbot, page, gui_ctx, [("broken.jpg", b"this is not a JPEG")])
    (item,) = page.photos.items.values()
    assert item.verdict == "blocked"  # still never publishable
    label = page.photos.list.item(0).text()
    assert "Could not be read" in label and "Blocked" not in label, label
    page.submit()
    dialog = page.submit_dialog
    qtbot.waitUntil(lambda: dialog.progress.isHidden(), timeout=60_000)
    assert any("broken.jpg: could not be read" in t for t in dialog.blocking), dialog.blocking
    dialog.reject()


def test_no_code_words_in_errors(qtbot, main_window, gui_ctx):
    from desktop_app.settings import ScreeningSettings

    with pytest.raises(ValueError) as caught:
        ScreeningSettings(match_threshold=0.6, review_threshold=0.5)
    assert not CODE_WORDS.search(str(caught.value)), str(caught.value)

    window = main_window("director")
    channels = window.show_page("channels")
    channels.requests.selectRow(0)
    channels.approve()  # without ticking the administrative-rights box
    status = channels.status.text()
    assert "administrative rights" in status and not CODE_WORDS.search(status), status

    settings = window.show_page("settings")
    settings.match.setValue(0.60)
    settings.review.setValue(0.50)
    settings.save_screening()
    status = settings.status.text()
    assert status.startswith("Not saved") and "review threshold" in status and not CODE_WORDS.search(status), status
    assert gui_ctx.settings.screening().match_threshold != 0.60


def test_labels_show_no_literal_ampersand(qtbot, main_window):
    """A QLabel shows "&" as it is unless it has a buddy (the field its Alt+letter focuses)."""
    mnemonic = re.compile(r"&(?![&\s]|#?\w+;)")
    for who in ("director", "admin", "teacher"):
        window = main_window(who)
        for r in range(window.nav.count()):
            window.show_page(window.nav.item(r).data(Qt.ItemDataRole.UserRole))
        literal = [label.text() for label in window.findChildren(QLabel)
                   if mnemonic.search(label.text()) and label.buddy() is None]
        assert literal == [], (who, literal)


def test_audit_log_sorts_by_number_and_reads_as_key_value(qtbot, main_window):
    window = main_window("admin")
    audit = window.show_page("audit")
    table = audit.table
    assert table.rowCount() > 10
    table.sortItems(0, Qt.SortOrder.AscendingOrder)
    numbers = [table.item(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(table.rowCount())]
    assert all(isinstance(n, int) for n in numbers) and numbers == sorted(numbers)
    details = [table.item(r, 6).text() for r in range(table.rowCount()) if table.item(r, 6).text()]
    assert details and not any(d.lstrip().startswith("{") or '":' in d for d in details), details[:3]
    assert any(re.match(r"[a-z ]+: ", d) for d in details)
    row = next(r for r in range(table.rowCount()) if table.item(r, 6).text())
    table.selectRow(row)
    lines = audit.details.toPlainText().splitlines()
    assert len(lines) >= 2 and all(": " in line for line in lines[1:]), lines


def test_sign_out_leaves_an_empty_form_with_the_cursor_in_the_e_mail_box(qtbot, gui_ctx):
    from desktop_app.demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
    from desktop_app.gui.app import AppController

    admin = next(a for a in DEMO_ACCOUNTS if a.key == "admin")
    controller = AppController(lambda progress: gui_ctx, demo=True)
    qtbot.addWidget(controller.sign_in)
    controller.start()
    qtbot.waitUntil(lambda: controller.sign_in.sign_in_button.isEnabled(), timeout=20_000)
    sign_in = controller.sign_in
    qtbot.keyClicks(sign_in.email, admin.email)
    qtbot.keyClicks(sign_in.password, DEMO_PASSWORD)
    with qtbot.waitSignal(sign_in.signed_in, timeout=20_000):
        qtbot.mouseClick(sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    window = controller.main_window
    qtbot.addWidget(window)
    assert sign_in.status.text() == "Signed in."
    window.sign_out()
    assert sign_in.isVisible() and controller.main_window is None
    assert sign_in.email.text() == "" and sign_in.password.text() == ""
    assert sign_in.status.text() == "Signed out."
    assert sign_in.focusWidget() is sign_in.email


def test_a_manual_lock_says_so(qtbot, main_window):
    window = main_window("teacher")
    lock_action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Lock")
    lock_action.trigger()
    assert window.is_locked
    assert "You locked ClearPost" in window.lock_page.title.text()
    assert "after a while without use" not in window.lock_page.title.text()
    window.unlock()
    window.idle.idle.emit()  # the idle timer ran out
    assert window.is_locked and "after a while without use" in window.lock_page.title.text()


def test_window_titles_name_clearpost_once(qtbot, main_window):
    from desktop_app.gui.sign_in import SignInWindow

    sign_in = SignInWindow(demo=False)
    qtbot.addWidget(sign_in)
    assert sign_in.windowTitle() == "Sign in"  # Qt adds " — ClearPost", the application's display name
    window = main_window("teacher")
    assert window.windowTitle() == window.actor.full_name
