"""Ready to publish (issue 11): a post drafted by the teacher and approved by the principal and
the director is copied, saved without metadata and marked published in the app; it then shows
in the records export and, after a roster change, in the takedown list as the CLI shows it."""

from __future__ import annotations

import re

import io
from datetime import date

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from gui_helpers import demo_photo, opt_out_grace, sign_in

TITLE = "Robotics regional final"
BODY = "Our robotics team won the regional final on Saturday. Congratulations to every builder!"
URL = "https://facebook.example/yelmhigh/posts/4242"


def _with_gps(data: bytes) -> bytes:
    """The photo as a phone saves it: EXIF with a camera, a caption and a GPS position, and XMP."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x010E] = "Team photo at the field"  # ImageDescription
    exif.get_ifd(0x8825).update({1: "N", 2: (46.0, 56.0, 30.0), 3: "W", 4: (122.0, 36.0, 20.0)})
    out = io.BytesIO()
    with Image.open(io.BytesIO(data)) as im:
        im.save(out, "JPEG", exif=exif, xmp=b"<x:xmpmeta xmlns:x='adobe:ns:meta/'>secret-xmp</x:xmpmeta>")
    return out.getvalue()


def _approved_post(ctx, photo: bytes):
    """Drafted by the teacher (Facebook and the website), approved by the principal then the director."""
    teacher = ctx.workflow(sign_in(ctx, "teacher"))
    channels = {c.name: c.id for c in teacher.channels.list(status="approved")}
    drafts = teacher.drafts
    post = drafts.create(TITLE, [channels["Yelm High Facebook"], channels["Yelm High website"]], body=BODY,
                         audience="Yelm High families", message="The robotics result and a team photo",
                         channel_reason="Families follow the page and the website", account_manager="Terry Teacher")
    post = drafts.attach(post.id, post.version, "team-at-the-field.jpg", photo)
    post, _check = drafts.submit(post.id, post.version)
    post = ctx.workflow(sign_in(ctx, "principal")).approvals.approve(post.id, post.version)
    post = ctx.workflow(sign_in(ctx, "director")).approvals.approve(post.id, post.version)
    assert post.status == "approved"
    return post


def _rows(table) -> list[str]:
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def _choose_folder(monkeypatch, folder) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(folder)))


def test_copy_save_and_publish_then_records_and_takedown(qtbot, main_window, gui_ctx, tmp_path, monkeypatch,
                                                         capsys):
    photo = _with_gps(demo_photo(gui_ctx.demo, "team-photo.jpg").read_bytes())
    with Image.open(io.BytesIO(photo)) as im:
        assert 0x8825 in im.getexif()  # the upload really carries a GPS position
    post = _approved_post(gui_ctx, photo)
    notice = gui_ctx.checker.notice()

    window = main_window("teacher")
    keys = [window.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(window.nav.count())]
    assert keys == ["compose", "my_posts", "publish"]
    window.nav.setCurrentRow(2)  # as a click in the navigation does: the page refreshes when shown
    page = window.page("publish")
    assert window.stack.currentWidget() is page
    assert _rows(page.table) == [TITLE]
    assert page.tabs.count() == 1  # abandoned channels are for principals and the director
    page.select(post.id)
    assert TITLE in page.header.text()
    assert page.channel_tabs.count() == 2
    assert "team-at-the-field.jpg" in page.photos.item(0).text()

    # -- copy the final text, with the notice, for each channel -------------------------------
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(BODY) and copied.endswith(notice) and copied.count(notice) == 1
    assert "Copied the text for Yelm High Facebook" in page.status.text()
    page.channel_tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert "Yelm High website" in page.status.text() and QGuiApplication.clipboard().text().endswith(notice)

    # -- save the photos: screened again, written without metadata ---------------------------
    _choose_folder(monkeypatch, tmp_path / "exports")
    with qtbot.waitSignal(page.exported, timeout=60_000) as blocker:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        assert page.progress.isVisible() and not page.save_button.isEnabled()
    result = blocker.args[0]
    assert result.outdir.parent == tmp_path / "exports" and result.outdir.name.startswith(f"post-{post.id}-")
    listed = [page.results.item(r).text() for r in range(page.results.count())]
    assert "Saved text.txt" in listed and "Saved photo-01.jpg" in listed, listed
    assert page.progress.isHidden() and "1 photo" in page.status.text()
    text = (result.outdir / "text.txt").read_text(encoding="utf-8")
    assert text.startswith(BODY) and text.count(notice) == 1
    written = result.outdir / "photo-01.jpg"
    with Image.open(written) as out:
        assert len(out.getexif()) == 0 and "exif" not in out.info and "xmp" not in out.info
    assert b"PhoneMaker" not in written.read_bytes() and b"secret-xmp" not in written.read_bytes()

    # -- mark as published: a wrong address is refused in the dialog, then recorded -----------
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    dialog = page.publish_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.date.date().toPython() == date.today()
    qtbot.keyClicks(dialog.url, "the school facebook page")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "http" in dialog.error.text()
    dialog.url.clear()
    qtbot.keyClicks(dialog.url, URL)
    with qtbot.waitSignal(page.published, timeout=10_000) as blocker:
        qtbot.keyClick(dialog.url, Qt.Key.Key_Return)
    assert blocker.args[0].status == "published" and blocker.args[0].published_url == URL
    assert not dialog.isVisible()
    assert _rows(page.table) == [] and URL in page.status.text()  # it left the list
    page.show_published.setChecked(True)
    assert _rows(page.table) == [TITLE] and page.table.item(0, 3).text().startswith("published")
    page.select(post.id)
    assert not page.publish_button.isEnabled() and URL in page.header.text()
    window.close()

    # -- the director's records export holds it with its address ------------------------------
    director = main_window("director")
    assert "publish" in [director.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(director.nav.count())]
    records = director.show_page("records")
    records.folder.setText(str(tmp_path / "records"))
    records.export()
    qtbot.waitUntil(lambda: records.export_button.isEnabled(), timeout=30_000)
    assert "1 post" in records.status.text(), records.status.text()
    assert URL in (tmp_path / "records" / f"post-{post.id}" / "index.html").read_text(encoding="utf-8")

    # -- after Grace's opt-out it is on the takedown list, in the app and in the CLI ------------
    opt_out_grace(gui_ctx, tmp_path)
    takedown = director.show_page("takedown")
    qtbot.waitUntil(lambda: takedown.check_button.isEnabled(), timeout=60_000)
    assert _rows(takedown.table) == [TITLE]
    assert takedown.table.item(0, 2).text() == URL and "D1007" in takedown.table.item(0, 3).text()

    from desktop_app.cli import main
    from desktop_app.demo.accounts import DEMO_PASSWORD

    monkeypatch.setenv("CLEARPOST_PASSWORD", DEMO_PASSWORD)
    capsys.readouterr()
    assert main(["--db", gui_ctx.db.url, "takedown", "list", "--as", director.actor.email]) == 1
    assert f"post {post.id}: {TITLE} - {URL}" in capsys.readouterr().out


def test_export_refused_after_a_roster_change_is_explained(qtbot, main_window, gui_ctx, tmp_path, monkeypatch):
    post = _approved_post(gui_ctx, demo_photo(gui_ctx.demo, "team-photo.jpg").read_bytes())
    opt_out_grace(gui_ctx, tmp_path)
    window = main_window("teacher")
    page = window.show_page("publish")
    page.refresh()
    page.select(post.id)
    _choose_folder(monkeypatch, tmp_path / "exports")
    with qtbot.waitSignal(page.export_failed, timeout=60_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text().startswith("Nothing was saved:") and "roster changed" in page.status.text()
    assert "Traceback" not in page.status.text()
    reasons = [page.results.item(r).text() for r in range(page.results.count())]
    # the author learns that and where to go, never which student (IDs and names are for approvers)
    assert len(reasons) == 1 and re.fullmatch(
        r"(1 problem|[2-9]\d* problems) found\. An approver must look at the post again \(Approvals\) before it goes out\.",
        reasons[0]), reasons
    shown = " ".join(reasons + [page.status.text()])
    assert "D1007" not in shown and "Grace" not in shown and "Mensah" not in shown
    assert not list((tmp_path / "exports").rglob("*.jpg"))  # nothing written
    assert page.save_button.isEnabled()


def test_who_sees_what_and_refusals_are_sentences(qtbot, main_window, gui_ctx, tmp_path):
    from datetime import timedelta

    from desktop_app.workflow.common import utcnow

    post = _approved_post(gui_ctx, demo_photo(gui_ctx.demo, "team-photo.jpg").read_bytes())

    # the principal approved it but neither wrote it nor owns its channels: not theirs to publish
    principal = main_window("principal")
    page = principal.show_page("publish")
    assert _rows(page.table) == [] and "No approved post" in page.header.text()
    assert page.tabs.count() == 2 and page.abandoned.rowCount() == 0  # the demo's channels are new
    page.workflow.channels.clock = lambda: utcnow() + timedelta(days=120)  # four months without a post
    page.refresh()
    assert page.abandoned.rowCount() == 4 and "4 channels" in page.abandoned_status.text()
    abandoned = {page.abandoned.item(r, 0).text(): page.abandoned.item(r, 4).text()
                 for r in range(page.abandoned.rowCount())}
    assert abandoned["Yelm High Facebook"] == "never"
    principal.close()

    # IT and the director may export and publish any post
    for key in ("admin", "director"):
        window = main_window(key)
        page = window.show_page("publish")
        page.refresh()
        assert _rows(page.table) == [TITLE]
        assert page.tabs.count() == (2 if key == "director" else 1)
        window.close()

    # the post changes while the dialog is open: the service's refusal is shown in the dialog
    window = main_window("teacher")
    page = window.show_page("publish")
    page.refresh()
    page.select(post.id)
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    dialog = page.publish_dialog
    teacher = gui_ctx.workflow(window.actor)
    teacher.drafts.withdraw(post.id, teacher.drafts.get(post.id).version)
    qtbot.keyClicks(dialog.url, URL)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Someone changed this meanwhile" in dialog.error.text()
    dialog.reject()
    assert _rows(page.table) == []  # withdrawn to a draft: no longer ready to publish


def test_abandoned_channels_advice_fits_the_readers_role(qtbot, main_window, gui_ctx, monkeypatch):
    """Issue 21: the Abandoned channels tab told the director to "ask the Communications Director"
    (and the director had no way to retire a channel in the app)."""
    from datetime import timedelta

    from PySide6.QtWidgets import QMessageBox

    from desktop_app.workflow.common import utcnow

    principal = main_window("principal")
    page = principal.show_page("publish")
    assert "ask the Communications Director" in page.abandoned_advice.text()
    assert page.retire_button.isHidden()  # retiring is the director's
    principal.close()

    director = main_window("director")
    page = director.show_page("publish")
    assert "Communications Director" not in page.abandoned_advice.text()
    assert "Retire channel" in page.abandoned_advice.text()
    page.tabs.setCurrentIndex(1)
    assert page.retire_button.isVisible() and not page.retire_button.isEnabled()
    page.workflow.channels.clock = lambda: utcnow() + timedelta(days=120)
    page.refresh()
    assert page.abandoned.rowCount() == 4
    name = page.abandoned.item(0, 0).text()
    page.abandoned.selectRow(0)
    assert page.retire_button.isEnabled()
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert asked and name in asked[0]
    assert page.abandoned.rowCount() == 3
    assert name not in [page.abandoned.item(r, 0).text() for r in range(3)]
    assert name in page.abandoned_status.text() and "retired" in page.abandoned_status.text()
    assert [c.status for c in page.workflow.channels.list() if c.name == name] == ["retired"]
