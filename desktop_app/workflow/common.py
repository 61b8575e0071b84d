"""Helpers shared by the workflow services: time, the acting person, buildings, version claims."""

from __future__ import annotations

import socket
from datetime import datetime, timezone

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..storage.models import School, Staff
from .errors import ConflictError, NotFound, PermissionDenied
from .roles import parse_roles
from .views import StaffView


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def as_utc(value: datetime | None) -> datetime | None:
    """Datetimes as stored come back naive on SQLite and aware on PostgreSQL: make them UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def workstation() -> str:
    return socket.gethostname()


def acting_staff(s: Session, actor: StaffView | None, *roles: str) -> Staff:
    """The actor's staff row as it is now (roles may have changed since sign-in).

    With roles given, the actor must hold at least one of them.
    """
    if actor is None:
        raise PermissionDenied("sign in first")
    staff = s.get(Staff, actor.id)
    if staff is None or not staff.active:
        raise PermissionDenied(f"{actor.email} is not an active staff account")
    if roles and not parse_roles(staff.roles) & set(roles):
        raise PermissionDenied(f"{staff.email} cannot do this: it needs the role {' or '.join(roles)}")
    return staff


def building_code(name: str) -> str:
    """The key a building is stored under: the roster import uses the same normalisation."""
    return " ".join(name.strip().lower().split())


def find_building(s: Session, name: str | None, *, create: bool = False) -> School | None:
    if name is None or not name.strip():
        return None
    code = building_code(name)
    school = s.execute(select(School).where(School.code == code)).scalar_one_or_none()
    if school is None:
        if not create:
            raise NotFound(f"no building named {name!r}")
        school = School(code=code, name=name.strip())
        s.add(school)
        s.flush()
    return school


def claim(s: Session, model, row_id: int, expected_version: int, what: str) -> None:
    """Bump the row's version if it is still the one the caller saw, else ConflictError.

    Done first in a transaction: on PostgreSQL the UPDATE also locks the row until commit, so
    two people acting at once are serialised and the second one's WHERE no longer matches.
    """
    result = s.execute(
        update(model).where(model.id == row_id, model.version == expected_version)
        .values(version=model.version + 1).execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        if s.get(model, row_id) is None:
            raise NotFound(f"no {what} {row_id}")
        raise ConflictError(f"{what} {row_id}")
