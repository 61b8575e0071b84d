"""`clearpost doctor` on a good setup (SQLite and PostgreSQL) and on broken ones."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop_app.config import StaticSource, load_config
from desktop_app.config.doctor import FAIL, PASS, WARN, check_disk, render, run_checks
from desktop_app.storage.database import Database

pytestmark = pytest.mark.timeout(300)


def isolated_config(policy=None, env=None, tmp_path=None):
    return load_config(policy=StaticSource(policy or {}), environ=env or {}, machine_files=[],
                       user_file=(tmp_path / "none.toml") if tmp_path else os.devnull)


DB = ("configuration", "database")


def db_check(url, config, tmp_path):
    return run_checks(url, config, data_path=tmp_path, only=("database",))[0]


def statuses(checks):
    return {c.name: c.status for c in checks}


def test_good_setup_passes_everything(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # no desktop here: Qt's offscreen plugin
    Database(db_url).dispose()  # a district database at the current schema
    config = isolated_config({"database_url": db_url, "district_name": "Yelm"}, tmp_path=tmp_path)
    checks = run_checks(None, config, data_path=tmp_path)
    assert statuses(checks) == {"configuration": PASS, "database": PASS, "roster templates": PASS,
                                "face models": PASS,
                                "test screening": PASS, "Qt platform": PASS, "disk space": PASS}
    database = checks[1]
    assert database.summary.startswith("connected; schema ") and database.summary.endswith(" is current")
    assert "[policy: test policy]" in database.details[0]
    report = render(checks)
    assert report.splitlines()[0].startswith("ClearPost doctor: clearpost ")
    assert "district_name = 'Yelm'  [policy: test policy]" in report
    assert report.endswith("Result: all checks passed")
    if db_url.startswith("postgresql"):
        assert any(d.startswith("server: PostgreSQL ") and d.endswith("signed in as clearpost")
                   for d in database.details)


def test_cli_exit_status_and_json(tmp_path):
    url = f"sqlite:///{tmp_path / 'district.db'}"
    Database(url).dispose()
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "CLEARPOST_DISTRICT_NAME": "Yelm", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CLEARPOST_DATABASE_URL", None)
    good = subprocess.run([sys.executable, "-m", "desktop_app", "--db", url, "doctor"], env=env,
                          capture_output=True, text=True, timeout=240)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "PASS  database" in good.stdout and "[environment: CLEARPOST_DISTRICT_NAME]" in good.stdout
    assert f"url: {url}  [--db]" in good.stdout

    bad = subprocess.run([sys.executable, "-m", "desktop_app", "--db", "postgresql://nobody@127.0.0.1:1/x",
                          "doctor", "--json"], env=env, capture_output=True, text=True, timeout=240)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    report = json.loads(bad.stdout)
    assert report["ok"] is False
    by_name = {c["name"]: c for c in report["checks"]}
    assert by_name["database"]["status"] == FAIL and by_name["database"]["summary"] == "cannot connect"
    assert by_name["face models"]["status"] == PASS


def test_bad_database_urls_fail(tmp_path):
    config = isolated_config(tmp_path=tmp_path)
    refused = db_check("postgresql://nobody@127.0.0.1:1/x", config, tmp_path)
    assert refused.status == FAIL and refused.summary == "cannot connect"
    assert any("127.0.0.1" in d or "refused" in d.lower() for d in refused.details[1:])
    nonsense = db_check("notaurl://", config, tmp_path)
    assert nonsense.status == FAIL and nonsense.summary == "cannot use the database URL"


def test_password_is_never_printed(tmp_path):
    config = isolated_config({"database_url": "postgresql://clerk:hunter2@127.0.0.1:1/x"}, tmp_path=tmp_path)
    report = render(run_checks(None, config, data_path=tmp_path, only=DB))
    assert "hunter2" not in report and "clerk:***@127.0.0.1:1" in report


def test_missing_model_file_fails_models_and_screening(monkeypatch, tmp_path):
    from desktop_app.engine import models

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")

    real = models._package_dir
    empty = tmp_path / "face_recognition_models"
    (empty / "models").mkdir(parents=True)
    monkeypatch.setattr(models, "_package_dir",
                        lambda name: empty if name == "face_recognition_models" else real(name))
    url = f"sqlite:///{tmp_path / 'd.db'}"
    Database(url).dispose()
    checks = run_checks(url, isolated_config(tmp_path=tmp_path), data_path=tmp_path)
    assert statuses(checks) == {"configuration": PASS, "database": PASS, "roster templates": PASS,
                                "face models": FAIL, "test screening": FAIL, "Qt platform": PASS,
                                "disk space": PASS}
    assert "shape_predictor_5_face_landmarks.dat" in checks[3].details[0]
    assert "not run" in checks[4].summary
    assert render(checks).endswith("Result: needs attention: face models, test screening")


def test_schema_behind_newer_and_missing(tmp_path):
    from alembic.script import ScriptDirectory

    config = isolated_config(tmp_path=tmp_path)
    url = f"sqlite:///{tmp_path / 'old.db'}"
    db = Database(url, upgrade=False)
    script = ScriptDirectory.from_config(db.alembic_config())
    revisions = list(script.walk_revisions())  # newest first
    if len(revisions) > 1:
        db.upgrade(revisions[-1].revision)
        behind = db_check(url, config, tmp_path)
        assert behind.status == WARN and "is behind" in behind.summary
        assert db.current_revision() == revisions[-1].revision  # doctor did not upgrade
    db.upgrade()
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    newer = db_check(url, config, tmp_path)
    assert newer.status == FAIL and "newer than this ClearPost" in newer.summary
    db.dispose()

    missing = tmp_path / "nothing-here.db"
    check = db_check(f"sqlite:///{missing}", config, tmp_path)
    assert check.status == WARN and "no database file yet" in check.summary
    assert not missing.exists()  # doctor creates nothing


def test_empty_postgres_database_warns(postgres_server_url, tmp_path):
    from pg_server import reset_postgres as _reset_postgres

    _reset_postgres(postgres_server_url)
    check = db_check(postgres_server_url, isolated_config(tmp_path=tmp_path), tmp_path)
    assert check.status == WARN and "database is empty" in check.summary


def test_postgres_service_file_needs_no_password_in_the_url(postgres_server_url, monkeypatch, tmp_path):
    """The documented set-up: the URL names a libpq service; host, port and user live in a
    pg_service.conf (and the password, if any, in pgpass), not in ClearPost's configuration."""
    Database(postgres_server_url).dispose()
    url = make_url(postgres_server_url)
    service_file = tmp_path / "pg_service.conf"
    service_file.write_text(f"[clearpost]\nhost={url.host}\nport={url.port}\nuser={url.username}\n"
                            f"dbname={url.database}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(service_file))
    config = isolated_config({"database_url": "postgresql+psycopg:///?service=clearpost"}, tmp_path=tmp_path)
    assert config.warnings == []
    check = db_check(None, config, tmp_path)
    assert check.status == PASS, check.details
    service_file.write_text(f"[clearpost]\nhost={url.host}\nport=1\ndbname={url.database}\n")
    assert db_check(None, config, tmp_path).status == FAIL


def test_configuration_errors_fail(tmp_path):
    config = isolated_config({"idle_lock_minutes": "never"}, tmp_path=tmp_path)
    first = run_checks("notaurl://", config, data_path=tmp_path, only=("configuration",))[0]
    assert first.status == FAIL and "unusable" in first.summary
    assert any("idle_lock_minutes from policy" in d for d in first.details)


def test_disk_thresholds(monkeypatch, tmp_path):
    import shutil
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    for free, expected in ((50 * 1024**2, FAIL), (500 * 1024**2, WARN), (20 * 1024**3, PASS)):
        monkeypatch.setattr(shutil, "disk_usage", lambda _p, f=free: usage(f * 2, f, f))
        assert check_disk(tmp_path / "not" / "yet").status == expected


def test_stale_templates_fail_and_unprotected_students_warn(tmp_path):
    """A template from the old dlib model makes doctor FAIL (screening refuses); an opted-out
    student without any usable template is named."""
    import numpy as np

    from desktop_app.storage.models import ReferencePhoto, Student

    url = f"sqlite:///{tmp_path / 'd.db'}"
    db = Database(url)
    with db.session() as s:
        s.add(Student(student_id="S1", first_name="Ana", last_name="Lopez", photo_opt_out="all"))
        s.add(Student(student_id="S2", first_name="Ben", last_name="Diaz", photo_opt_out="all",
                      reference_photos=[ReferencePhoto(sha256="a" * 64, source_name="S2.jpg", model="dlib-resnet-v1",
                                                       encoding=np.zeros(128, dtype="<f8").tobytes())]))
    db.dispose()
    (check,) = [c for c in run_checks(url, isolated_config(tmp_path=tmp_path), data_path=tmp_path,
                                      only=("database", "roster templates")) if c.name == "roster templates"]
    assert check.status == FAIL and "older face model" in check.summary
    assert "Ana Lopez (S1), Ben Diaz (S2)" in check.details[0]


def test_qt_platform_plugin_check(monkeypatch):
    """The Qt platform check starts Qt's GUI layer in a child process: the offscreen plugin
    loads; a platform Qt does not have fails with Qt's own message (the app would not start)."""
    from desktop_app.config.doctor import check_qt_platform

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    good = check_qt_platform()
    assert (good.name, good.status) == ("Qt platform", PASS) and "offscreen" in good.summary, good
    bad = check_qt_platform("no-such-platform")
    assert bad.status == FAIL, bad
    assert bad.summary == 'Qt has no platform plugin "no-such-platform": the app would not start (check QT_QPA_PLATFORM)'
    assert any('Could not find the Qt platform plugin "no-such-platform"' in d for d in bad.details), bad.details
    assert any(d.startswith("Available platform plugins are:") and "offscreen" in d for d in bad.details)


def test_qt_platform_check_names_a_missing_library(monkeypatch):
    """What a bare Debian machine says (Qt 6.5+ without libxcb-cursor0): FAIL, naming the
    library and the package that provides it, not Qt's generic "xcb plugin" sentence alone."""
    from desktop_app.config import doctor

    stderr = ('qt.core.library: "/opt/qt/plugins/platforms/libqxcb.so" cannot load: Cannot load library '
              "/opt/qt/plugins/platforms/libqxcb.so: (libxcb-cursor.so.0: cannot open shared object file: "
              "No such file or directory)\n"
              "qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform "
              "plugin.\n"
              'qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.\n'
              "This application failed to start because no Qt platform plugin could be initialized.\n")
    real_run = subprocess.run

    def fake_run(command, *args, **kwargs):
        if command[0] == "ldd":  # the plugin of the message does not exist here
            return subprocess.CompletedProcess(command, 1, "", "not found")
        if command[-1] == doctor.QT_PROBE:
            return subprocess.CompletedProcess(command, -6, "", stderr)
        return real_run(command, *args, **kwargs)

    monkeypatch.setattr(doctor.subprocess, "run", fake_run)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    check = doctor.check_qt_platform()
    assert check.status == FAIL
    assert "xcb" in check.summary and "libxcb-cursor0" in check.summary and "would not start" in check.summary
    assert "missing system libraries: libxcb-cursor.so.0" in check.details
    assert "install them (Debian/Ubuntu): sudo apt-get install libxcb-cursor0" in check.details
