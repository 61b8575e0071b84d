"""Every window, page and dialog of every role fits a 1024×700 screen, in English and Spanish
(issue 21, item 1).

The demo district is first given long data: a post with a long title by an author with a long
name, published on a channel whose address is long, and then taken off the roster's good side
(the takedown list has a long reason); a refused approval (a student opted out after the post
was submitted); a roster import that lists many absent students. Each demo account then opens
every page of its navigation, and the dialogs its job reaches; after the data is shown, the
window's (or dialog's) minimum size hint must be at most 1024×700, so that nothing is pushed
off the screen.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QModelIndex, QSize
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTabWidget, QWidget

from gui_helpers import opt_out_grace, sign_in

SCREEN = QSize(1024, 700)
LONG_TITLE = ("Congratulations to the Yelm High School robotics, science olympiad and environmental club "
              "teams on their regional championships")
LONG_NAME = "Maria-Fernanda Castellanos-Villanueva de la Cruz Montgomery-Wickersham"


def settle(qtbot) -> None:
    """Wait for the page's background reading to finish and its results to be shown."""
    from desktop_app.gui import tasks

    qtbot.waitUntil(lambda: not tasks._live, timeout=120_000)
    for _ in range(3):
        QApplication.processEvents()


def wide_widgets(root: QWidget, limit: int = 560) -> str:
    """The innermost widgets whose minimum width is over ``limit`` (to find what widens a page)."""
    out = []
    for w in root.findChildren(QWidget):
        width = w.minimumSizeHint().expandedTo(w.minimumSize()).width()
        if width > limit and not any(c.minimumSizeHint().expandedTo(c.minimumSize()).width() > limit
                                     for c in w.findChildren(QWidget)):
            text = getattr(w, "text", lambda: "")()
            out.append(f"{type(w).__name__} {w.objectName()!r} {width}: {str(text)[:60]!r}")
    return "\n".join(out)


def too_big(widget: QWidget) -> str | None:
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if hint.width() > SCREEN.width() or hint.height() > SCREEN.height():
        return f"{hint.width()}x{hint.height()}"
    return None


@pytest.fixture
def long_district(gui_ctx, tmp_path):
    """The demo district with long data on every page (see the module's docstring)."""
    from desktop_app.demo import resources_dir

    admin = gui_ctx.workflow(sign_in(gui_ctx, "admin"))
    admin.staff.add("maria.castellanos-villanueva@demo.ycs.example.org", LONG_NAME, ["author"],
                    building="Yelm High School", password="a long enough password")
    from desktop_app.demo.accounts import DEMO_PASSWORD  # noqa: F401

    teacher = gui_ctx.workflow(sign_in(gui_ctx, "teacher"))
    channel = next(c for c in teacher.channels.list(status="approved") if c.use == "social")
    post = teacher.drafts.create(LONG_TITLE, [channel.id], body="Our teams won. " * 40,
                                 audience="Yelm High families and the wider community of Yelm and Rainier",
                                 message="The results of the regional championships", channel_reason="Families follow it",
                                 account_manager="Terry Teacher")
    post = teacher.drafts.attach(post.id, post.version, "regional-championship-team-photo-on-the-stage.jpg",
                                 (resources_dir() / "demo" / "faces" / "D1007.jpg").read_bytes())
    post, _ = teacher.drafts.submit(post.id, post.version)
    post = gui_ctx.workflow(sign_in(gui_ctx, "principal")).approvals.approve(post.id, post.version)
    director = gui_ctx.workflow(sign_in(gui_ctx, "director"))
    post = director.approvals.approve(post.id, post.version)
    director.publishing.publish(post.id, post.version, "https://www.facebook.com/yelmhighschool/posts/"
                                "pfbid02regionalchampionshipsroboticsscienceolympiad0123456789abcdef")
    # a second approved post waits to be published
    post2 = teacher.drafts.create(LONG_TITLE + " (part two)", [channel.id], body="More results.",
                                  audience="Families", message="Results", channel_reason="Families follow it",
                                  account_manager="Terry Teacher")
    post2, _ = teacher.drafts.submit(post2.id, post2.version)
    post2 = gui_ctx.workflow(sign_in(gui_ctx, "principal")).approvals.approve(post2.id, post2.version)
    director.approvals.approve(post2.id, post2.version)
    opt_out_grace(gui_ctx, tmp_path)  # the published post and the demo's science fair post now show her
    director.records.takedown_check()
    return gui_ctx


PAGES_DONE: dict = {}


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("account", ["teacher", "principal", "director", "admin"])
def test_every_page_fits_1024x700(qtbot, long_district, qapp, account, language):
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.translate import install_translators

    translators = install_translators(qapp, language)
    try:
        window = MainWindow(long_district, sign_in(long_district, account))
        qtbot.addWidget(window)
        window.show()
        settle(qtbot)
        problems: dict[str, str] = {}
        if bad := too_big(window):
            problems["signed in"] = bad
        keys = [window.nav.item(r).data(0x0100) for r in range(window.nav.count())]
        for key in keys:
            page = window.show_page(key)
            settle(qtbot)
            view = getattr(page, "table", None) or getattr(page, "list", None)
            if isinstance(view, QAbstractItemView) and view.model() is not None \
                    and view.model().rowCount(QModelIndex()):
                for row in range(view.model().rowCount(QModelIndex())):
                    view.setCurrentIndex(view.model().index(row, 0))  # each entry's detail
                    settle(qtbot)
                    if bad := too_big(window):
                        problems.setdefault(key, f"{bad} (row {row})")
            science = next((pid for pid, p in getattr(page, "posts", {}).items()
                            if p.title == "Science fair winners"), None)
            if key == "approvals" and science is not None:
                page.select(science)
                page.approve()  # refused: Grace is in the team photo
                settle(qtbot)
                assert page.status.text()
            for tab in page.findChildren(QTabWidget):
                for i in range(tab.count()):
                    tab.setCurrentIndex(i)
                    settle(qtbot)
            if bad := too_big(window):
                problems.setdefault(key, bad)
        window.close()
        if problems and os.environ.get("CLEARPOST_FIT_DEBUG"):
            print(wide_widgets(window))
        assert not problems, f"{account} ({language}) does not fit 1024x700: {problems}"
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def _many_students_roster(ctx, tmp_path) -> "Path":
    """The demo roster with 80 more students (no opt-outs, long names) imported by the director;
    returns a file that lists only the demo's students, so the 80 are absent from it."""
    from desktop_app.demo import resources_dir
    from desktop_app.roster import read_roster

    demo = resources_dir() / "demo"
    original = (tmp_path / "roster-grace.csv").read_text(encoding="utf-8")  # Grace keeps her opt-out
    extra = "".join(f"E{n:04d},Maximiliano-Alejandro{n},Fernandez-Castellanos de la Vega,,10,Yelm High School,N,N\n"
                    for n in range(80))
    big = tmp_path / "roster-big.csv"
    big.write_text(original + extra, encoding="utf-8")
    ctx.roster.apply(read_roster(big, photos_dir=demo / "faces"), str(big), actor=sign_in(ctx, "director"),
                     apply_removals=True)
    small = tmp_path / "roster-small.csv"
    small.write_text(original, encoding="utf-8")
    return small


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_dialog_fits_1024x700(qtbot, long_district, qapp, language, tmp_path):
    """The composer's photo and submit dialogs, the face review, Mark as published, the roster
    import's preview with 80 absent students and the sign-in window, each after showing its data."""
    from PySide6.QtCore import Qt

    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.sign_in import SignInWindow
    from desktop_app.gui.translate import install_translators
    from gui_helpers import demo_photo

    ctx = long_district
    small_roster = _many_students_roster(ctx, tmp_path)
    translators = install_translators(qapp, language)
    problems: dict[str, str] = {}

    def check(name: str, widget: QWidget) -> None:
        settle(qtbot)
        if bad := too_big(widget):
            problems[name] = bad
            if os.environ.get("CLEARPOST_FIT_DEBUG"):
                print(name, wide_widgets(widget))
        area = widget.screen().availableGeometry().adjusted(-4, -4, 4, 4)  # a frame's border may overhang
        assert area.contains(widget.frameGeometry()), (name, widget.frameGeometry(), area)

    try:
        sign_in_window = SignInWindow(demo=True)
        qtbot.addWidget(sign_in_window)
        sign_in_window.show()
        check("sign-in", sign_in_window)

        teacher = MainWindow(ctx, sign_in(ctx, "teacher"))
        qtbot.addWidget(teacher)
        teacher.show()
        page = teacher.show_page("compose")
        page.new_post()
        page.title.setText(LONG_TITLE)
        page.questions.set_values({"audience": "Families", "message": "The championships",
                                   "channel_reason": "Families follow the page", "account_manager": "Terry Teacher"})
        page.channels.list.item(0).setCheckState(Qt.CheckState.Checked)
        page.text.set_text("Call the office at 360-555-0142. Vote for the candidate! " * 5)
        with qtbot.waitSignal(page.photo_screened, timeout=60_000):
            page.photos.add_files([str(demo_photo(ctx.demo, "class-photo.jpg"))])
        page.flush()
        check("composer", teacher)
        (item,) = page.photos.items.values()
        page.view_photo(item.key)
        check("photo dialog", page.photo_dialog)
        page.photo_dialog.reject()
        page.submit()
        qtbot.waitUntil(lambda: page.submit_dialog.progress.isHidden(), timeout=60_000)
        check("submit dialog", page.submit_dialog)
        page.submit_dialog.reject()
        teacher.close()

        principal = MainWindow(ctx, sign_in(ctx, "principal"))
        qtbot.addWidget(principal)
        principal.show()
        approvals = principal.show_page("approvals")
        approvals.refresh()
        approvals.select(next(pid for pid, p in approvals.posts.items() if p.title == "Science fair winners"))
        approvals.approve()
        qtbot.waitUntil(lambda: approvals.approve_button.isEnabled(), timeout=60_000)
        assert approvals.status.text().startswith("Not approved") or language != "en"
        check("refused approval", principal)
        approvals.review_faces()
        qtbot.waitUntil(lambda: approvals.review_dialog.list.count() > 0, timeout=60_000)
        check("face review", approvals.review_dialog)
        approvals.review_dialog.close()
        principal.close()

        director = MainWindow(ctx, sign_in(ctx, "director"))
        qtbot.addWidget(director)
        director.show()
        publish = director.show_page("publish")
        publish.refresh()
        publish.select(next(pid for pid, p in publish.posts.items() if p.status == "approved"))
        publish.mark_published()
        publish.publish_dialog.url.setText("not an address")
        publish.publish_dialog.accept()  # refused: the error is shown in the dialog
        assert publish.publish_dialog.error.isVisibleTo(publish.publish_dialog)
        check("mark as published", publish.publish_dialog)
        publish.publish_dialog.reject()
        roster = director.show_page("roster")
        roster.open_import()
        dialog = roster.dialog
        dialog.path.setText(str(small_roster))
        dialog.photos.setText(str(small_roster.parent))
        dialog.next()
        assert dialog.pages.currentIndex() == 1, dialog.source_error.text()
        check("roster import: columns", dialog)
        dialog.next()
        assert dialog.pages.currentIndex() == 2
        assert dialog.apply_removals.isVisibleTo(dialog)
        check("roster import: preview", dialog)
        dialog.apply_removals.setChecked(True)
        check("roster import: preview with removals", dialog)
        dialog.reject()
        director.close()

        admin = MainWindow(ctx, sign_in(ctx, "admin"))
        qtbot.addWidget(admin)
        admin.show()
        staff = admin.show_page("staff")
        staff.select("maria.castellanos-villanueva@demo.ycs.example.org")
        staff.edit_account()
        staff.dialog.roles["author"].setChecked(False)
        staff.dialog.accept()  # refused: no role chosen, the dialog says so
        check("staff: roles and building", staff.dialog)
        staff.dialog.reject()
        staff.set_password()
        staff.dialog.password.setText("short")
        staff.dialog.again.setText("short")
        staff.dialog.accept()  # refused by the service: too short
        assert staff.dialog.error.text()
        check("staff: password", staff.dialog)
        staff.dialog.reject()
        admin.close()
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert not problems, f"dialogs that do not fit 1024x700 ({language}): {problems}"


def test_the_main_window_opens_inside_the_screen_and_remembers_its_size(qtbot, gui_ctx):
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(gui_ctx, sign_in(gui_ctx, "teacher"))
    qtbot.addWidget(window)
    window.show()
    area = window.screen().availableGeometry()
    assert window.width() < 1200 and window.height() < 800  # the default size, cut to this (800x800) screen
    assert area.adjusted(-4, -4, 4, 4).contains(window.frameGeometry()), (window.frameGeometry(), area)
    window.resize(720, 600)
    window.close()
    again = MainWindow(gui_ctx, sign_in(gui_ctx, "teacher"))
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (720, 600)
    again.close()
