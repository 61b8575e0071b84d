"""Workflow settings kept in the settings table: district e-mail domains, abandoned-channel days."""

from __future__ import annotations

import json

from ..storage.database import Database
from ..storage.models import Setting
from .audit import append
from .common import acting_staff
from .errors import InvalidInput
from .roles import ADMIN, DIRECTOR
from .views import StaffView

EMAIL_DOMAINS_KEY = "workflow.email_domains"
ABANDONED_DAYS_KEY = "workflow.abandoned_days"
TAKEDOWN_CHECKED_KEY = "workflow.takedown_checked_import"
DEFAULT_ABANDONED_DAYS = 90
MIN_PASSWORD_LENGTH = 10


class WorkflowConfig:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _get(self, key: str, default=None):
        with self.db.session() as s:
            row = s.get(Setting, key)
            return default if row is None else json.loads(row.value_json)

    def _set(self, actor: StaffView, key: str, value) -> None:
        with self.db.session() as s:
            acting_staff(s, actor, ADMIN, DIRECTOR)
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value_json=json.dumps(value)))
            else:
                row.value_json = json.dumps(value)
            append(s, "settings.changed", actor=actor.email, subject_type="setting", subject_id=key,
                   details={"value": value})

    def email_domains(self) -> list[str]:
        """District e-mail domains staff accounts must use; empty means any (not yet configured)."""
        return list(self._get(EMAIL_DOMAINS_KEY, []) or [])

    def set_email_domains(self, actor: StaffView, domains: list[str]) -> None:
        cleaned = sorted({d.strip().lower().lstrip("@") for d in domains if d.strip()})
        self._set(actor, EMAIL_DOMAINS_KEY, cleaned)

    def abandoned_days(self) -> int:
        return int(self._get(ABANDONED_DAYS_KEY, DEFAULT_ABANDONED_DAYS))

    def set_abandoned_days(self, actor: StaffView, days: int) -> None:
        if days < 1:
            raise InvalidInput("the number of days must be at least 1")
        self._set(actor, ABANDONED_DAYS_KEY, int(days))
