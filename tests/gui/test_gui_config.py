"""The desktop app opens the database the workstation configuration names (policy first)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop_app.config import load_config
from desktop_app.config.sources import StaticSource
from desktop_app.gui.app import SAVED_URL_KEY, _configured, configured_url


def _config(policy, environ, tmp_path):
    """Only the given policy and environment; no machine or user files."""
    return load_config(policy=StaticSource(policy or {}), environ=environ,
                       machine_files=[], user_file=tmp_path / "none.toml")


def test_policy_beats_environment_and_saved_url(tmp_path):
    QSettings().setValue(SAVED_URL_KEY, "sqlite:///saved.db")
    config = _config({"database_url": "postgresql://db.district.org/clearpost"},
                     {"CLEARPOST_DATABASE_URL": "sqlite:///env.db"}, tmp_path)
    assert configured_url(None, config) == "postgresql://db.district.org/clearpost"
    assert configured_url("sqlite:///cli.db", config) == "sqlite:///cli.db"


def test_environment_then_saved_url_then_demo(tmp_path):
    assert configured_url(None, _config(None, {"CLEARPOST_DATABASE_URL": "sqlite:///env.db"}, tmp_path)) == "sqlite:///env.db"
    assert configured_url(None, _config(None, {}, tmp_path)) is None  # demo district
    QSettings().setValue(SAVED_URL_KEY, "sqlite:///saved.db")
    assert configured_url(None, _config(None, {}, tmp_path)) == "sqlite:///saved.db"


def test_only_settings_someone_set_override_the_app(tmp_path):
    config = _config({"idle_lock_minutes": "3"}, {}, tmp_path)
    assert _configured(config, "idle_lock_minutes") == 3
    assert _configured(config, "language") is None
