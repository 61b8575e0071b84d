"""Settings resolve policy > environment > machine file > user file > default, with origins."""

from __future__ import annotations

import os
import sys

import pytest

from desktop_app.config import SETTINGS, StaticSource, load_config, url_has_password
from desktop_app.config.sources import MACHINE, TomlFileSource
from desktop_app.storage.database import resolve_url


@pytest.fixture
def files(tmp_path):
    machine, user = tmp_path / "etc" / "config.toml", tmp_path / "home" / "config.toml"
    machine.parent.mkdir()
    user.parent.mkdir()
    return machine, user


def load(files, policy=None, env=None):
    machine, user = files
    return load_config(policy=StaticSource(policy or {}), environ=env or {}, machine_files=[machine],
                       user_file=user)


def test_defaults_when_nothing_is_configured(files):
    config = load(files)
    assert {k: r.value for k, r in config.resolved.items()} == {s.key: s.default for s in SETTINGS}
    assert all(r.origin == "default" and r.is_default for r in config.resolved.values())
    assert config.errors == [] and config.warnings == []
    assert config.database_url is None


def test_each_level_overrides_the_ones_below(files):
    machine, user = files
    user.write_text('district_name = "User District"\nidle_lock_minutes = 30\nlanguage = "es"\n'
                    'log_level = "debug"\n')
    machine.write_text('district_name = "Machine District"\nidle_lock_minutes = 20\n'
                       'database_url = "postgresql+psycopg://db.district.org/clearpost"\n')
    env = {"CLEARPOST_IDLE_LOCK_MINUTES": "15", "CLEARPOST_DATABASE_URL": "postgresql://env-host/cp"}
    policy = {"database_url": "postgresql+psycopg:///?service=clearpost"}
    config = load(files, policy, env)

    assert config["database_url"] == "postgresql+psycopg:///?service=clearpost"
    assert config.origin("database_url") == "policy: test policy"
    assert config["idle_lock_minutes"] == 15
    assert config.origin("idle_lock_minutes") == "environment: CLEARPOST_IDLE_LOCK_MINUTES"
    assert config["district_name"] == "Machine District"
    assert config.origin("district_name") == f"machine file: {machine}"
    assert config["language"] == "es" and config.origin("language") == f"user file: {user}"
    assert config["log_level"] == "DEBUG"
    assert config.log_level() == 10

    # Take the policy away: the environment wins; then the machine file.
    assert load(files, {}, env)["database_url"] == "postgresql://env-host/cp"
    assert load(files, {}, {})["database_url"] == "postgresql+psycopg://db.district.org/clearpost"


def test_empty_values_count_as_unset(files):
    machine, user = files
    machine.write_text('district_name = ""\n')
    user.write_text('district_name = "Yelm"\ndatabase_url = "sqlite:///u.db"\n')
    config = load(files, {"district_name": "   ", "database_url": ""}, {"CLEARPOST_DISTRICT_NAME": ""})
    assert config["district_name"] == "Yelm" and config.origin("district_name").startswith("user file")
    assert config["database_url"] == "sqlite:///u.db"


def test_registry_style_dword_and_string_numbers(files):
    assert load(files, {"idle_lock_minutes": 0})["idle_lock_minutes"] == 0
    assert load(files, {"idle_lock_minutes": " 45 "})["idle_lock_minutes"] == 45


def test_invalid_value_falls_back_to_default_not_to_a_lower_source(files):
    _machine, user = files
    user.write_text("idle_lock_minutes = 0\n")
    config = load(files, {"idle_lock_minutes": "soon", "language": "fr"})
    assert config["idle_lock_minutes"] == 10
    assert config.origin("idle_lock_minutes") == "default (invalid value in policy: test policy)"
    assert config["language"] == "system"
    assert len(config.errors) == 2
    assert "idle_lock_minutes from policy: test policy" in config.errors[0] and "whole number" in config.errors[0]
    assert "must be one of system, en, es" in config.errors[1]
    assert load(files, {"idle_lock_minutes": 5000}).errors[0].endswith("using the default (10)")


def test_broken_and_unknown_entries_are_reported(files):
    machine, user = files
    machine.write_text("district_name = 'unterminated\n")
    user.write_text('distric_name = "typo"\ndatabase_url = "not a url"\n')
    config = load(files)
    assert any(str(machine) in e and "cannot read" in e for e in config.errors)
    assert any("database_url" in e and "expected a database URL" in e for e in config.errors)
    assert any("unknown setting 'distric_name'" in w for w in config.warnings)
    reports = {r.label: r for r in config.sources}
    assert reports[str(machine)].present and reports[str(user)].keys == ("database_url",)


def test_real_environment_is_read_by_default(monkeypatch, files):
    monkeypatch.setenv("CLEARPOST_DISTRICT_NAME", "Env District")
    machine, user = files
    config = load_config(policy=StaticSource({}), machine_files=[machine], user_file=user)
    assert config["district_name"] == "Env District"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_password_in_world_readable_file_warns(files):
    machine, user = files
    machine.write_text('database_url = "postgresql://clearpost:s3cret@db/clearpost"\n')
    os.chmod(machine, 0o644)
    user.write_text('database_url = "postgresql://me:mine@db/clearpost"\n')
    os.chmod(user, 0o600)
    config = load(files)
    assert len(config.warnings) == 1
    assert str(machine) in config.warnings[0] and "pgpass" in config.warnings[0]
    os.chmod(machine, 0o640)
    assert load(files).warnings == []
    exposed_policy = StaticSource({"database_url": "postgresql://u:p@h/d"}, everyone_reads=True)
    assert len(load_config(policy=exposed_policy, environ={}, machine_files=[], user_file=user).warnings) == 1


def test_url_has_password():
    assert url_has_password("postgresql://u:pw@h/d")
    assert url_has_password("postgresql+psycopg://u@h/d?password=pw")
    assert not url_has_password("postgresql+psycopg://u@h/d")
    assert not url_has_password("postgresql+psycopg:///?service=clearpost")
    assert not url_has_password("sqlite:///C:/data/x.db")


def test_resolve_url_goes_through_the_configuration(files):
    machine, _user = files
    machine.write_text('database_url = "postgres://cfg-host/cp"\n')
    config = load(files, env={"CLEARPOST_DATABASE_URL": "postgresql://env-host/cp"})
    assert resolve_url(None, config) == "postgresql+psycopg://env-host/cp"
    assert resolve_url("sqlite:///cli.db", config) == "sqlite:///cli.db"  # --db wins over everything
    assert resolve_url(None, load(files)) == "postgresql+psycopg://cfg-host/cp"
    machine.unlink()
    assert resolve_url(None, load(files)).startswith("sqlite:///")


def test_linux_machine_file_precedes_xdg(monkeypatch):
    from desktop_app.config.sources import LINUX_MACHINE_FILE, default_machine_files

    monkeypatch.setattr(sys, "platform", "linux")
    found = default_machine_files()
    assert found[0] == LINUX_MACHINE_FILE and found[-1].name == "config.toml" and len(found) == 2
    assert TomlFileSource(found[0], level=MACHINE).label == "/etc/clearpost/config.toml"


class FakeWinreg:
    """Just enough of ``winreg`` for RegistryPolicySource, holding one key's values."""

    HKEY_LOCAL_MACHINE, KEY_READ, REG_SZ, REG_EXPAND_SZ, REG_DWORD, REG_BINARY = 1, 2, 3, 4, 5, 6

    def __init__(self, values):
        self.values, self.opened = values, []

    def OpenKey(self, hive, key, _reserved, _access):
        if self.values is None:
            raise FileNotFoundError(key)
        self.opened.append((hive, key))
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def EnumValue(self, _handle, index):
        if index >= len(self.values):
            raise OSError("no more data")
        return self.values[index]

    def ExpandEnvironmentStrings(self, value):
        return value.replace("%PROGRAMDATA%", r"C:\ProgramData")


def test_windows_registry_policy(monkeypatch, files):
    from desktop_app.config import RegistryPolicySource

    fake = FakeWinreg([("database_url", "postgresql+psycopg://db.district.org/clearpost", 3),
                       ("district_name", "Yelm Community Schools", 3),
                       ("idle_lock_minutes", 5, 5),
                       ("language", "%PROGRAMDATA%", 4),
                       ("Colour", "red", 3),
                       ("log_level", b"\x00", 6)])
    monkeypatch.setitem(sys.modules, "winreg", fake)
    machine, user = files
    machine.write_text('district_name = "Other"\n')
    config = load_config(policy=RegistryPolicySource(), environ={"CLEARPOST_IDLE_LOCK_MINUTES": "60"},
                         machine_files=[machine], user_file=user)
    assert fake.opened == [(1, r"Software\Policies\ClearPost")]
    assert config["district_name"] == "Yelm Community Schools"
    assert config.origin("district_name") == r"policy: HKLM\Software\Policies\ClearPost"
    assert config["idle_lock_minutes"] == 5
    assert config["language"] == "system"  # C:\ProgramData is not a language: error, default
    assert any("language" in e for e in config.errors)
    assert any("'Colour'" in w for w in config.warnings) and any("'log_level'" in w and "type" in w for w in config.warnings)

    monkeypatch.setitem(sys.modules, "winreg", FakeWinreg(None))
    absent = load_config(policy=RegistryPolicySource(), environ={}, machine_files=[machine], user_file=user)
    assert absent["district_name"] == "Other" and not absent.sources[0].present


def test_readme_settings_table_documents_every_setting():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Settings", 1)[1].split("\n## ", 1)[0]
    rows = {line.split("|")[1].strip(" `"): line for line in section.splitlines()
            if line.startswith("| `")}
    assert set(rows) == {s.key for s in SETTINGS}
    for setting in SETTINGS:
        assert f"`{setting.env}`" in rows[setting.key]
        assert setting.description in rows[setting.key]
    assert "docs/deployment.md" in section


def test_configure_logging_uses_the_level(files):
    import io
    import logging

    logger = logging.getLogger("desktop_app")
    before = (logger.level, list(logger.handlers))
    try:
        stream = io.StringIO()
        load(files, {"log_level": "info"}).configure_logging(stream)
        load(files, {"log_level": "info"}).configure_logging(stream)  # a second call adds no handler
        logging.getLogger("desktop_app.config.test").info("database opened")
        logging.getLogger("desktop_app.config.test").debug("noise")
        assert stream.getvalue().count("database opened") == 1 and "noise" not in stream.getvalue()
        assert " INFO desktop_app.config.test: " in stream.getvalue()
    finally:
        logger.setLevel(before[0])
        logger.handlers[:] = before[1]
