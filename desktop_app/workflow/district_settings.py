"""Changing the district settings screening and posts depend on: thresholds and the notice.

The screening thresholds decide whether a student's face is recognised, and the notice is
added to every post, so changing either is a role-checked, audited action like any other in
the workflow: once staff accounts exist only a director or admin may, and each change writes
its audit entry (old and new values) in the same transaction as the change. While no staff
account exists (a single workstation not using the post workflow) the change is made with no
actor and still audited.
"""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy.orm import Session

from ..access import OWNER_ROLES, staff_exist
from ..roster.service import delete_templates_without_opt_out
from ..settings import ScreeningSettings
from ..settings_service import (NOTICE_KEY, SCREENING_KEY, SettingsService, effective_notice, read_setting,
                                screening_overrides, write_setting)
from ..storage.database import Database
from .audit import append
from .common import acting_staff
from .errors import InvalidInput, PermissionDenied
from .views import StaffView


class DistrictSettings(SettingsService):
    """The district settings read and changed as ``actor`` (None: only while no staff exist)."""

    def __init__(self, db: Database, actor: StaffView | None) -> None:
        super().__init__(db)
        self.actor = actor

    def _editor(self, s: Session) -> str | None:
        """The e-mail of the person allowed to change settings, None on a workstation without staff."""
        if self.actor is None:
            if staff_exist(s):
                raise PermissionDenied("staff accounts exist: sign in as a director or admin to change "
                                       "the screening thresholds or the notice")
            return None
        # the roles the account has now (not at sign-in), the same owners as for the roster
        return acting_staff(s, self.actor, *OWNER_ROLES).email

    def set_screening(self, settings: ScreeningSettings) -> None:
        """Store new thresholds; the audit entry ``settings.screening_changed`` names the values
        that changed, before and after. Saving the values already in force changes nothing.
        Turning whole-school recognition off deletes, in the same transaction, the face
        templates of every student without a photo opt-out (their number is in the audit entry)."""
        with self.db.session() as s:
            by = self._editor(s)
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
        with self.db.session() as s:
            by = self._editor(s)
            before = effective_notice(read_setting(s, NOTICE_KEY))
            if before == text:
                return
            write_setting(s, NOTICE_KEY, text)
            append(s, "settings.notice_changed", actor=by, subject_type="setting", subject_id=NOTICE_KEY,
                   details={"before": before, "after": text})
