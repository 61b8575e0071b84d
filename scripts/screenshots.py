"""Start the app with the demo district and save screenshots of the main screens.

    uv run python scripts/screenshots.py [--out screenshots] [--lang es] [--dark]
                                         [--sizes 1024x700,1600x1000]

Each main-window screen is saved at every size (name-WIDTHxHEIGHT.png); dialogs at their own.

Runs Qt offscreen and grabs each window (no X server needed; under Xvfb set
QT_QPA_PLATFORM=xcb to use it instead). The demo district is created afresh in a temporary
folder, with the real worker processes, so the first screening includes loading the models.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def wait(app, condition, timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the app did not get there in time")
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--dark", action="store_true", help="a dark palette, as a dark system theme gives")
    parser.add_argument("--sizes", default="1024x700,1600x1000", help="window sizes, WIDTHxHEIGHT,...")
    args = parser.parse_args()
    sizes = [tuple(int(n) for n in s.lower().split("x")) for s in args.sizes.split(",") if s.strip()]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    app.setOrganizationName("ClearPostScreenshots")
    app.setApplicationName("ClearPostScreenshots")
    tmp = Path(tempfile.mkdtemp(prefix="clearpost-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    if args.dark:
        app.setStyle("Fusion")
        pal = QPalette()
        for role, colour in [(QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                             (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#333333"),
                             (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Button, "#3a3a3a"),
                             (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#3d6fb4"),
                             (QPalette.ColorRole.HighlightedText, "#ffffff"),
                             (QPalette.ColorRole.PlaceholderText, "#9a9a9a")]:
            pal.setColor(role, QColor(colour))
        app.setPalette(pal)
    from desktop_app.demo import demo_paths
    from desktop_app.demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
    from desktop_app.gui.composer.submit_dialog import SubmitDialog  # noqa: F401
    from desktop_app.gui.context import open_context
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.sign_in import SignInWindow
    from desktop_app.gui.translate import install_translators

    app._translators = install_translators(app, args.lang)
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    suffix += "-dark" if args.dark else ""

    def shot(widget, name: str) -> None:
        """A main window at every size; a dialog (or the sign-in window) as it is."""
        if isinstance(widget, MainWindow):
            for width, height in sizes:
                widget.resize(width, height)
                app.processEvents()
                path = out / f"{name}-{width}x{height}{suffix}.png"
                widget.grab().save(str(path))
                print("saved", path)
            return
        app.processEvents()
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print("saved", path)

    sign_in = SignInWindow(demo=True)
    sign_in.show()
    t0 = time.monotonic()
    ctx = open_context(None, demo=demo_paths(tmp / "data"),
                       progress=lambda what, done, total: sign_in.show_progress(what, done, total))
    print(f"demo district created in {time.monotonic() - t0:.1f} s")
    sign_in.set_ready(ctx)
    shot(sign_in, "01-sign-in")

    def account(key):
        a = next(a for a in DEMO_ACCOUNTS if a.key == key)
        return ctx.auth.authenticate(a.email, DEMO_PASSWORD)

    teacher = MainWindow(ctx, account("teacher"))
    teacher.resize(*sizes[0])
    teacher.show()
    page = teacher.show_page("compose")
    page.title.setText("Class photo day")
    page.channels.list.item(0).setCheckState(Qt.CheckState.Checked)
    page.channels.list.item(1).setCheckState(Qt.CheckState.Checked)
    page.text.set_text("Picture day went great! Thanks to Maya Patel for helping the photographer. "
                       "Questions? Call the office at 360-555-0142.")
    page.questions.set_values({"audience": "Families of Yelm High", "message": "Picture day",
                               "channel_reason": "Families follow the school's pages",
                               "account_manager": "Terry Teacher"})
    page.dirty = True
    page.flush()
    page.photos.add_files([str(ctx.demo.photos / n) for n in ("class-photo.jpg", "team-photo.jpg",
                                                              "assembly-photo.jpg")])
    shot(teacher, "02-composer-screening")
    wait(app, lambda: not page.photos.pending())
    shot(teacher, "03-composer-screened")
    page.text.tabs.setCurrentIndex(1)
    shot(teacher, "04-composer-preview")
    page.text.tabs.setCurrentIndex(0)
    key = next(k for k, i in page.photos.items.items() if i.filename == "class-photo.jpg")
    page.view_photo(key)
    page.photo_dialog.resize(900, 560)
    shot(page.photo_dialog, "05-photo-author")
    page.photo_dialog.reject()
    page.submit()
    dialog = page.submit_dialog
    wait(app, lambda: dialog.progress.isHidden())
    shot(dialog, "06-submit-blocked")
    dialog.reject()
    mine = teacher.show_page("my_posts")
    mine.table.selectRow(0)
    shot(teacher, "07-my-posts")
    teacher.lock()
    shot(teacher, "08-locked")
    teacher.close()

    principal = MainWindow(ctx, account("principal"))
    principal.resize(*sizes[0])
    principal.show()
    approvals = principal.show_page("approvals")
    approvals.refresh()
    approvals.select(None)
    approvals.detail.tabs.setCurrentIndex(1)
    shot(principal, "09-approvals")
    # Grace (D1007, in the team photo) gets a photo opt-out after the post was submitted:
    # approving is refused and the principal reviews her face beside her reference photo.
    from desktop_app.roster import read_roster

    demo_dir = Path(__file__).resolve().parents[1] / "resources" / "demo"
    changed = tmp / "roster-grace.csv"
    changed.write_text((demo_dir / "roster.csv").read_text(encoding="utf-8").replace(
        "D1007,Grace,Mensah,,11,Yelm High School,N,N", "D1007,Grace,Mensah,,11,Yelm High School,Y,N"),
        encoding="utf-8")
    ctx.roster.apply(read_roster(changed, photos_dir=demo_dir / "faces"), str(changed), actor=account("director"))
    approvals.select(next(pid for pid, p in approvals.posts.items() if p.title == "Science fair winners"))
    approvals.approve()
    wait(app, lambda: approvals.approve_button.isEnabled())
    shot(principal, "09b-approval-refused")
    approvals.review_faces()
    review = approvals.review_dialog
    wait(app, lambda: review.list.count() > 0)
    shot(review, "09c-review-faces")
    review.close()
    principal.close()

    director = MainWindow(ctx, account("director"))
    director.resize(*sizes[0])
    director.show()
    roster = director.show_page("roster")
    roster.table.selectRow(0)
    shot(director, "10-roster")
    roster.open_import()
    roster.dialog.path.setText(str(Path(__file__).resolve().parents[1] / "resources" / "demo" / "roster.csv"))
    roster.dialog.photos.setText(str(Path(__file__).resolve().parents[1] / "resources" / "demo" / "faces"))
    roster.dialog.next()
    shot(roster.dialog, "11-roster-import-mapping")
    roster.dialog.next()
    shot(roster.dialog, "12-roster-import-preview")
    roster.dialog.reject()
    director.show_page("channels")
    shot(director, "13-channels")
    audit = director.show_page("audit")
    audit.verify()
    wait(app, lambda: audit.verify_button.isEnabled())
    shot(director, "14-audit")
    director.show_page("settings")
    shot(director, "15-settings")
    # a text-only post through both approvals: the director's "Ready to publish" page
    drafts = ctx.workflow(account("teacher")).drafts
    fb = next(c for c in drafts.get(next(p.id for p in drafts.list() if p.title == "Science fair winners")).channels)
    post = drafts.create("Library hours", [fb.id], body="The library is open until 6 pm during finals week.",
                         audience="Students and families", message="Library hours",
                         channel_reason="Families follow the school's Facebook page", account_manager="Terry Teacher")
    post, _ = drafts.submit(post.id, post.version)
    post = ctx.workflow(account("principal")).approvals.approve(post.id, post.version)
    ctx.workflow(account("director")).approvals.approve(post.id, post.version)
    publish = director.show_page("publish")
    publish.refresh()
    publish.table.selectRow(0)
    shot(director, "16-ready-to-publish")
    director.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
