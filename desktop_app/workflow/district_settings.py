"""Changing the district settings screening and posts depend on: thresholds and the notice.

The screening thresholds decide whether a student's face is recognised, and the notice is
added to every post, so changing either is a role-checked, audited action like any other in
the workflow: once staff accounts exist only a director or admin may (access.POLICY, checked
against the roles the account has now), and each change writes
its audit entry (old and new values) in the same transaction as the change. While no staff
account exists (a single workstation not using the post workflow) the change is made with no
actor and still audited.
"""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy.orm import Session

from ..access import SETTINGS_CHANGE, audited_refusals, authorize
from ..roster.service import delete_templates_without_opt_out
from ..settings import ScreeningSettings
from ..settings_service import (NOTICE_KEY, SCREENING_KEY, SettingsService, effective_notice, read_setting,
                                screening_overrides, write_setting)
from ..storage.database import Database
from .audit import append
from .errors import InvalidInput
from .views import StaffView


class DistrictSettings(SettingsService):
    """The district settings read and changed as ``actor`` (None: only while no staff exist)."""

    def __init__(self, db: Database, actor: StaffView | None) -> None:
        super().__init__(db)
        self.actor = actor

    def _editor(self, s: Session, key: str) -> str | None:
        """The e-mail of the person allowed to change settings, None on a workstation without staff.

        The roles the account has now (not at sign-in, nor as the view passed in claims), read in
        the transaction of the change: the policy's ``settings.change``, the roster's owners."""
        staff = authorize(s, SETTINGS_CHANGE, self.actor, subject_type="setting", subject_id=key)
        return staff.email if staff is not None else None

    def set_screening(self, settings: ScreeningSettings) -> None:
        """Store new thresholds; the audit entry ``settings.screening_changed`` names the values
        that changed, before and after. Saving the values already in force changes nothing.
        Turning whole-school recognition off deletes, in the same transaction, the face
        templates of every student without a photo opt-out (their number is in the audit entry).
        A refusal changes nothing and is audited as ``access.refused``."""
        with audited_refusals(self.db), self.db.session() as s:
            by = self._editor(s, SCREENING_KEY)
            stored = read_setting(s, SCREENING_KEY) or {}
            try:
                old = ScreeningSettings.from_dict(stored).to_dict()
            except (TypeError, ValueError):  # unreadable override: record what was stored
                old = {f.name: stored.get(f.name) for f in fields(ScreeningSettings)}
            new = settings.to_dict()
            changed = sorted(k for k in new if old.get(k) != new[k])
            if not changed:
                return
            write_setting(s, SCREENING_KEY, screening_overrides(settings))
            details = {"before": {k: old.get(k) for k in changed}, "after": {k: new[k] for k in changed}}
            if old.get("recognize_all_students") and not settings.recognize_all_students:
                # whole-school recognition off: the templates of students without an opt-out go now
                details["templates_deleted"] = delete_templates_without_opt_out(s)
            append(s, "settings.screening_changed", actor=by, subject_type="setting", subject_id=SCREENING_KEY,
                   details=details)

    def set_notice(self, text: str) -> None:
        """Store the notice added to every post (surrounding blank space removed); audited as
        ``settings.notice_changed`` with the old and new text."""
        text = (text or "").strip()
        if not text:
            raise InvalidInput("the notice cannot be empty")
        with audited_refusals(self.db), self.db.session() as s:
            by = self._editor(s, NOTICE_KEY)
            before = effective_notice(read_setting(s, NOTICE_KEY))
            if before == text:
                return
            write_setting(s, NOTICE_KEY, text)
            append(s, "settings.notice_changed", actor=by, subject_type="setting", subject_id=NOTICE_KEY,
                   details={"before": before, "after": text})
