"""District settings kept in the database (thresholds, notice text), with defaults.

This module reads them, for every part of the app that screens or checks text. It does not
change them: once staff accounts exist only a director or admin may, and each change is
written to the audit log in the same transaction, so the writers live in the workflow layer
(``desktop_app.workflow.district_settings.DistrictSettings``, ``Workflow(db, actor).settings``),
which builds on this class. The workflow imports this module, never the other way round.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from .settings import DEFAULT_NOTICE, ScreeningSettings
from .storage.database import Database
from .storage.models import Setting

# Thresholds are in SFace distances; a district override stored for the old dlib model (key
# "screening") is not applied to SFace, whose distances mean something else.
SCREENING_KEY = "screening.sface"
NOTICE_KEY = "notice"


def read_setting(s: Session, key: str):
    """The stored value of a setting in this session, or None."""
    row = s.get(Setting, key)
    return None if row is None else json.loads(row.value_json)


def write_setting(s: Session, key: str, value) -> None:
    """Store a setting in this session (the caller's transaction)."""
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value_json=json.dumps(value)))
    else:
        row.value_json = json.dumps(value)


def screening_overrides(settings: ScreeningSettings) -> dict:
    """What is stored for these thresholds: only the values that differ from the defaults."""
    defaults = ScreeningSettings().to_dict()
    return {k: v for k, v in settings.to_dict().items() if defaults[k] != v}


def effective_notice(value) -> str:
    """The notice for a stored value: the default when nothing usable is stored."""
    return value if isinstance(value, str) and value.strip() else DEFAULT_NOTICE


class SettingsService:
    """Read the district settings (changing them: see the module docstring)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _get(self, key: str):
        with self.db.session() as s:
            return read_setting(s, key)

    def screening(self) -> ScreeningSettings:
        stored = self._get(SCREENING_KEY) or {}
        return ScreeningSettings.from_dict(stored)

    def notice(self) -> str:
        return effective_notice(self._get(NOTICE_KEY))
