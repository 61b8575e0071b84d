"""The takedown life cycle in the app (issue 21, item 4): a published post that a roster change
forbids is listed with its reason in words (the student and the use, no pixel box, distance or
English in Spanish); the director marks it taken down; it leaves the list and its author sees
when, by whom and why in My posts."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QMessageBox

from gui_helpers import opt_out_grace, sign_in


def _published_team_photo_post(ctx) -> int:
    from desktop_app.demo import resources_dir

    teacher = ctx.workflow(sign_in(ctx, "teacher"))
    channel = next(c for c in teacher.channels.list(status="approved") if c.use == "social")
    post = teacher.drafts.create("Team photo", [channel.id], body="Our team.", audience="Families",
                                 message="The team", channel_reason="Families follow it", account_manager="Terry Teacher")
    post = teacher.drafts.attach(post.id, post.version, "team.jpg",
                                 (resources_dir() / "demo" / "faces" / "D1007.jpg").read_bytes())
    post, _ = teacher.drafts.submit(post.id, post.version)
    post = ctx.workflow(sign_in(ctx, "principal")).approvals.approve(post.id, post.version)
    director = ctx.workflow(sign_in(ctx, "director"))
    post = director.approvals.approve(post.id, post.version)
    director.publishing.publish(post.id, post.version, "https://facebook.example/yhs/posts/7")
    return post.id


def test_takedown_from_the_list_to_the_authors_my_posts(qtbot, main_window, gui_ctx, tmp_path, monkeypatch):
    post_id = _published_team_photo_post(gui_ctx)
    opt_out_grace(gui_ctx, tmp_path)

    director = main_window("director")
    page = director.show_page("takedown")
    qtbot.waitUntil(lambda: page.check_button.isEnabled(), timeout=60_000)
    assert page.table.rowCount() == 1
    why = page.table.item(0, 3).text()
    assert "Grace Mensah (D1007)" in why and "social media" in why, why
    assert not re.search(r"\[|distance|\d\.\d{3}", why), why  # no pixel box, no distance
    assert not page.taken_down_button.isEnabled()
    page.table.selectRow(0)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)
    page.taken_down_button.click()
    assert "Team photo" in asked[0]
    qtbot.waitUntil(lambda: page.check_button.isEnabled(), timeout=60_000)
    assert page.table.rowCount() == 0
    assert "marked as taken down" in page.status.text()
    director.close()

    teacher = main_window("teacher")
    mine = teacher.show_page("my_posts")
    mine.refresh()
    row = next(r for r in range(mine.table.rowCount()) if mine.table.item(r, 0).text() == "Team photo")
    assert mine.table.item(row, 1).text() == "taken down"
    mine.table.selectRow(row)
    assert mine.comment_panel.isVisibleTo(mine)
    assert "Taken down on" in mine.comment_by.text() and "dana.director" in mine.comment_by.text()
    assert "opted out of social media" in mine.comment_text.text()
    assert "Grace" not in mine.comment_text.text() and "D1007" not in mine.comment_text.text()  # not for authors
    assert gui_ctx.workflow(sign_in(gui_ctx, "teacher")).drafts.get(post_id).taken_down_at is not None
