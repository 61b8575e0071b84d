"""GUI test fixtures: offscreen Qt, QSettings in a temporary folder, and a demo district seeded
once per session (with the real face engine, in-process for speed) and copied for each test."""

from __future__ import annotations

import os

# before any QApplication exists: offscreen, on one screen of the smallest size ClearPost is made
# for (1024x700, issue 21), so windows and dialogs are sized as on such a screen
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen:configfile="
                      + os.path.join(os.path.dirname(os.path.abspath(__file__)), "offscreen_1024x700.json"))

import shutil
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from gui_helpers import sign_in

FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def inline_pool(settings):
    from desktop_app.screening.pool import InlineWorkerPool

    return InlineWorkerPool(settings)


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp):
    """The English catalogue (its plural forms), installed as ``run_gui`` does for English; a
    test's Spanish catalogue, installed after it, comes first."""
    from desktop_app.gui.translate import install_translators

    translators = install_translators(qapp, "en")
    assert translators, "resources/translations/clearpost_en.qm is missing"
    yield
    for t in translators:
        qapp.removeTranslator(t)


@pytest.fixture(autouse=True)
def qsettings_in_tmp(qapp, tmp_path):
    from PySide6.QtCore import QSettings

    qapp.setOrganizationName("ClearPostTests")
    qapp.setApplicationName("ClearPostTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield
    QSettings().clear()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """A seeded demo district (database file and sample photos), made once."""
    from desktop_app.demo import demo_paths
    from desktop_app.demo.builder import open_demo
    from desktop_app.gui.workers import WorkerHost
    from desktop_app.settings import ScreeningSettings

    paths = demo_paths(tmp_path_factory.mktemp("demo-template"))
    host = WorkerHost(ScreeningSettings, inline_pool)
    db = open_demo(paths, host.pool, hasher=FAST_HASHER)
    db.dispose()
    host.close()
    return paths


@pytest.fixture
def demo_copy(demo_template, tmp_path):
    from desktop_app.demo import demo_paths

    paths = demo_paths(tmp_path / "data")
    paths.database.parent.mkdir(parents=True)
    shutil.copy(demo_template.database, paths.database)
    shutil.copytree(demo_template.photos, paths.photos)
    return paths


@pytest.fixture
def gui_ctx(demo_copy):
    """The app's context on a fresh copy of the demo district, screening in-process."""
    from desktop_app.gui.context import open_context

    ctx = open_context(None, demo=demo_copy, make_pool=inline_pool, hasher=FAST_HASHER)
    yield ctx
    ctx.close()


@pytest.fixture
def main_window(qtbot, gui_ctx):
    """Open the main window for a demo account: main_window('teacher')."""
    from desktop_app.gui.main_window import MainWindow

    windows = []

    def _open(key: str):
        window = MainWindow(gui_ctx, sign_in(gui_ctx, key))
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield _open
    for window in windows:
        window.close()


@pytest.fixture
def process_ctx(demo_copy):
    """The app's context with the real worker processes (ProcessWorkerPool), as in the app."""
    from desktop_app.gui.context import open_context
    from desktop_app.gui.workers import process_pool

    ctx = open_context(None, demo=demo_copy, make_pool=process_pool, hasher=FAST_HASHER)
    yield ctx
    ctx.close()
