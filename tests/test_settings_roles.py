"""Screening thresholds and the notice change only through the workflow's DistrictSettings: once
staff accounts exist only a director or admin may, and every change is audited with it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from argon2 import PasswordHasher

from desktop_app.settings import DEFAULT_NOTICE, ScreeningSettings
from desktop_app.settings_service import SettingsService
from desktop_app.workflow import DistrictSettings, StaffService, Workflow
from desktop_app.workflow.audit import AuditLog
from desktop_app.workflow.errors import InvalidInput, PermissionDenied

FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "correct horse battery"


def staff(db) -> dict:
    bootstrap = StaffService(db, None, hasher=FAST_HASHER)
    people = {"admin": bootstrap.add("it.admin@ycs.example.org", "Ivy Admin", ["admin"], password=PASSWORD)}
    admin = StaffService(db, people["admin"], hasher=FAST_HASHER)
    for key, email, name, roles in [("director", "comms.director@ycs.example.org", "Dana Director", ["director"]),
                                    ("principal", "principal@ycs.example.org", "Pat Principal", ["principal"]),
                                    ("teacher", "teacher@ycs.example.org", "Terry Teacher", ["author"])]:
        people[key] = admin.add(email, name, roles, password=PASSWORD)
    return people


def settings_entries(db):
    return AuditLog(db).entries(action_prefix="settings.")


def test_without_staff_the_change_is_allowed_and_audited_with_no_actor(db):
    district = DistrictSettings(db, None)
    district.set_screening(replace(ScreeningSettings(), match_threshold=0.42))
    district.set_notice("  Our notice.  ")
    assert SettingsService(db).screening().match_threshold == 0.42
    assert SettingsService(db).notice() == "Our notice."
    screening, notice = settings_entries(db)
    assert (screening.action, screening.actor) == ("settings.screening_changed", None)
    assert screening.details == {"before": {"match_threshold": 0.45}, "after": {"match_threshold": 0.42}}
    assert (notice.action, notice.actor) == ("settings.notice_changed", None)
    assert notice.details == {"before": DEFAULT_NOTICE, "after": "Our notice."}


@pytest.mark.parametrize("who", ["teacher", "principal", None])
def test_only_a_director_or_admin_changes_thresholds_or_notice(db, who):
    people = staff(db)
    district = DistrictSettings(db, people[who] if who else None)
    with pytest.raises(PermissionDenied):
        district.set_screening(replace(ScreeningSettings(), match_threshold=0.50, review_threshold=0.60))
    with pytest.raises(PermissionDenied):
        district.set_notice("Anything goes.")
    assert SettingsService(db).screening() == ScreeningSettings()
    assert SettingsService(db).notice() == DEFAULT_NOTICE
    assert settings_entries(db) == []


def test_director_changes_thresholds_and_notice_with_audit_entries(db):
    people = staff(db)
    district = Workflow(db, people["director"]).settings
    new = replace(ScreeningSettings(), match_threshold=0.40, other_building_matches="review")
    district.set_screening(new)
    district.set_screening(new)  # the values already in force: nothing changes, nothing to audit
    Workflow(db, people["admin"]).settings.set_notice("Photos shared with permission.")
    assert SettingsService(db).screening() == new
    assert SettingsService(db).notice() == "Photos shared with permission."
    screening, notice = settings_entries(db)
    assert screening.action == "settings.screening_changed" and screening.actor == people["director"].email
    assert screening.subject_type == "setting"
    assert screening.details == {"before": {"match_threshold": 0.45, "other_building_matches": "restricted"},
                                 "after": {"match_threshold": 0.40, "other_building_matches": "review"}}
    assert notice.action == "settings.notice_changed" and notice.actor == people["admin"].email
    assert notice.details == {"before": DEFAULT_NOTICE, "after": "Photos shared with permission."}
    assert AuditLog(db).verify().ok
    with pytest.raises(InvalidInput):
        district.set_notice("   ")
    assert SettingsService(db).notice() == "Photos shared with permission."


def test_roles_are_checked_as_they_are_now_not_as_at_sign_in(db):
    people = staff(db)
    StaffService(db, people["admin"], hasher=FAST_HASHER).set_roles(people["director"].email, ["author"])
    with pytest.raises(PermissionDenied):
        DistrictSettings(db, people["director"]).set_notice("Stale roles.")
    assert settings_entries(db) == []
