"""Accounts, roles enforced in the services, sign-in with argon2 and lock-out."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desktop_app.storage.models import AuditEntry, Staff
from desktop_app.workflow import (AuthError, InvalidInput, LocalAuthenticator, LockedOut, PermissionDenied,
                                  StaffService, WorkflowConfig)
from desktop_app.workflow.common import utcnow

from .conftest import FAST_HASHER, PASSWORD


def count(db, model) -> int:
    with db.session() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_first_account_must_be_admin_then_only_admin_or_director_add_staff(db):
    bootstrap = StaffService(db, None, hasher=FAST_HASHER)
    with pytest.raises(PermissionDenied):
        bootstrap.add("t@ycs.example.org", "Terry Teacher", ["author"], password=PASSWORD)
    admin = bootstrap.add("admin@ycs.example.org", "Ivy Admin", ["admin"], password=PASSWORD)
    assert admin.roles == {"admin"}
    # no more bootstrapping once someone exists
    with pytest.raises(PermissionDenied):
        StaffService(db, None, hasher=FAST_HASHER).add("x@ycs.example.org", "Xavier Smith", ["admin"])
    teacher = StaffService(db, admin, hasher=FAST_HASHER).add("t@ycs.example.org", "Terry Teacher", ["author"],
                                                               building="Yelm High School")
    assert teacher.building == "Yelm High School"
    before = count(db, Staff), count(db, AuditEntry)
    with pytest.raises(PermissionDenied):
        StaffService(db, teacher, hasher=FAST_HASHER).add("p@ycs.example.org", "Pat Principal", ["principal"])
    assert (count(db, Staff), count(db, AuditEntry)) == before  # refused: nothing written, not even audit


def test_director_cannot_create_admin_and_names_must_be_real(db):
    admin = StaffService(db, None, hasher=FAST_HASHER).add("admin@ycs.example.org", "Ivy Admin", ["admin"])
    director = StaffService(db, admin, hasher=FAST_HASHER).add("d@ycs.example.org", "Dana Director", ["director"])
    as_director = StaffService(db, director, hasher=FAST_HASHER)
    with pytest.raises(PermissionDenied):
        as_director.add("a2@ycs.example.org", "Second Admin", ["admin"])
    with pytest.raises(InvalidInput, match="real first and last name"):
        as_director.add("cool@ycs.example.org", "CoolTeacher99", ["author"])
    WorkflowConfig(db).set_email_domains(director, ["ycs.example.org"])
    with pytest.raises(InvalidInput, match="district e-mail"):
        as_director.add("someone@gmail.com", "Some One", ["author"])
    assert as_director.add("Some.One@YCS.example.org", "Some One", ["author"]).email == "some.one@ycs.example.org"


def test_sign_in_and_lock_out_after_five_failures(db):
    admin = StaffService(db, None, hasher=FAST_HASHER).add("admin@ycs.example.org", "Ivy Admin", ["admin"],
                                                           password=PASSWORD)
    StaffService(db, admin, hasher=FAST_HASHER).add("t@ycs.example.org", "Terry Teacher", ["author"], password=PASSWORD)
    now = [utcnow()]
    auth = LocalAuthenticator(db, hasher=FAST_HASHER, clock=lambda: now[0])
    assert auth.authenticate("T@ycs.example.org", PASSWORD).email == "t@ycs.example.org"
    with pytest.raises(AuthError, match="wrong e-mail or password"):
        auth.authenticate("nobody@ycs.example.org", PASSWORD)
    for _ in range(4):
        with pytest.raises(AuthError) as info:
            auth.authenticate("t@ycs.example.org", "wrong password!")
        assert not isinstance(info.value, LockedOut)
    with pytest.raises(LockedOut):
        auth.authenticate("t@ycs.example.org", "wrong password!")
    # locked: even the right password is refused for 15 minutes
    with pytest.raises(LockedOut):
        auth.authenticate("t@ycs.example.org", PASSWORD)
    now[0] += timedelta(minutes=14)
    with pytest.raises(LockedOut):
        auth.authenticate("t@ycs.example.org", PASSWORD)
    now[0] += timedelta(minutes=2)
    assert auth.authenticate("t@ycs.example.org", PASSWORD).email == "t@ycs.example.org"
    with db.session() as s:
        actions = list(s.execute(select(AuditEntry.action).where(AuditEntry.actor == "t@ycs.example.org")
                                 .order_by(AuditEntry.seq)).scalars())
    assert actions.count("sign_in.failed") == 5 and actions.count("sign_in.refused") == 2
    assert actions[-1] == "sign_in"


def test_admin_unlocks_and_success_resets_the_count(db):
    admin = StaffService(db, None, hasher=FAST_HASHER).add("admin@ycs.example.org", "Ivy Admin", ["admin"],
                                                           password=PASSWORD)
    StaffService(db, admin, hasher=FAST_HASHER).add("t@ycs.example.org", "Terry Teacher", ["author"], password=PASSWORD)
    auth = LocalAuthenticator(db, hasher=FAST_HASHER)
    for _ in range(4):
        with pytest.raises(AuthError):
            auth.authenticate("t@ycs.example.org", "nope nope nope")
    auth.authenticate("t@ycs.example.org", PASSWORD)  # resets the count
    for _ in range(4):
        with pytest.raises(AuthError):
            auth.authenticate("t@ycs.example.org", "nope nope nope")
    with pytest.raises(LockedOut):
        auth.authenticate("t@ycs.example.org", "nope nope nope")
    StaffService(db, admin, hasher=FAST_HASHER).unlock("t@ycs.example.org")
    assert auth.authenticate("t@ycs.example.org", PASSWORD).email == "t@ycs.example.org"


def test_password_is_an_argon2_hash_and_rehashed_with_production_parameters(db):
    StaffService(db, None, hasher=FAST_HASHER).add("admin@ycs.example.org", "Ivy Admin", ["admin"], password=PASSWORD)
    with db.session() as s:
        stored = s.execute(select(Staff.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    LocalAuthenticator(db).authenticate("admin@ycs.example.org", PASSWORD)  # default (production) hasher
    with db.session() as s:
        rehashed = s.execute(select(Staff.password_hash)).scalar_one()
    assert rehashed != stored and "m=65536" in rehashed


def test_roles_are_read_from_the_database_at_each_call(db):
    admin = StaffService(db, None, hasher=FAST_HASHER).add("admin@ycs.example.org", "Ivy Admin", ["admin"])
    director = StaffService(db, admin, hasher=FAST_HASHER).add("d@ycs.example.org", "Dana Director", ["director"])
    StaffService(db, admin, hasher=FAST_HASHER).set_roles("d@ycs.example.org", ["author"])
    # the stale StaffView still says director, the service does not believe it
    with pytest.raises(PermissionDenied):
        StaffService(db, director, hasher=FAST_HASHER).add("x@ycs.example.org", "Xavier Smith", ["author"])


def test_building_is_changed_by_an_admin_or_the_director_with_audit(db):
    admin = StaffService(db, None, hasher=FAST_HASHER).add("admin@ycs.example.org", "Ivy Admin", ["admin"],
                                                           password=PASSWORD)
    staff = StaffService(db, admin, hasher=FAST_HASHER)
    director = staff.add("d@ycs.example.org", "Dana Director", ["director"], password=PASSWORD)
    teacher = staff.add("t@ycs.example.org", "Terry Teacher", ["author"], building="Yelm High School")
    staff.add("o@ycs.example.org", "Olive Ortiz", ["principal"], building="Mill Pond Elementary")
    assert staff.buildings() == ["Mill Pond Elementary", "Yelm High School"]
    moved = StaffService(db, director).set_building(teacher.email, "Mill Pond Elementary")
    assert moved.building == "Mill Pond Elementary"
    with db.session() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "staff.building_changed")).scalar_one()
        assert entry.actor == director.email
        assert json.loads(entry.details_json)["before"] == "Yelm High School"
    assert StaffService(db, admin).set_building(teacher.email, None).building is None  # district-wide
    before = count(db, AuditEntry)
    with pytest.raises(PermissionDenied):  # a teacher cannot move anyone, not even themselves
        StaffService(db, teacher).set_building(teacher.email, "Yelm High School")
    with pytest.raises(PermissionDenied):  # nor the director an admin
        StaffService(db, director).set_building(admin.email, "Yelm High School")
    assert count(db, AuditEntry) == before
    assert StaffService(db, admin).get(teacher.email).building is None
