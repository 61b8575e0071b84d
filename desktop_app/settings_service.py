"""District settings kept in the database (thresholds, notice text), with defaults."""

from __future__ import annotations

import json

from .settings import DEFAULT_NOTICE, ScreeningSettings
from .storage.database import Database
from .storage.models import Setting

# Thresholds are in SFace distances; a district override stored for the old dlib model (key
# "screening") is not applied to SFace, whose distances mean something else.
SCREENING_KEY = "screening.sface"
NOTICE_KEY = "notice"


class SettingsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _get(self, key: str):
        with self.db.session() as s:
            row = s.get(Setting, key)
            return None if row is None else json.loads(row.value_json)

    def _set(self, key: str, value) -> None:
        with self.db.session() as s:
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value_json=json.dumps(value)))
            else:
                row.value_json = json.dumps(value)

    def screening(self) -> ScreeningSettings:
        stored = self._get(SCREENING_KEY) or {}
        return ScreeningSettings.from_dict(stored)

    def set_screening(self, settings: ScreeningSettings) -> None:
        defaults = ScreeningSettings().to_dict()
        self._set(SCREENING_KEY, {k: v for k, v in settings.to_dict().items() if defaults[k] != v})

    def notice(self) -> str:
        value = self._get(NOTICE_KEY)
        return value if isinstance(value, str) and value.strip() else DEFAULT_NOTICE

    def set_notice(self, text: str) -> None:
        if not text.strip():
            raise ValueError("the notice cannot be empty")
        self._set(NOTICE_KEY, text.strip())
