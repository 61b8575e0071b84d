"""Staff accounts: real names, district e-mail, home building, roles; bootstrap of the first admin."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from ..storage.database import Database
from ..storage.models import School, Staff
from .audit import append
from .common import acting_staff, as_utc, find_building
from .config import MIN_PASSWORD_LENGTH, WorkflowConfig
from .errors import InvalidInput, NotFound, PermissionDenied
from .roles import ADMIN, DIRECTOR, format_roles, parse_roles
from .views import StaffView

_EMAIL = re.compile(r"^[^@\s]+@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$")


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


def staff_view(st: Staff) -> StaffView:
    return StaffView(st.id, st.email, st.full_name, st.building_id, st.building.name if st.building else None,
                     parse_roles(st.roles), st.active, as_utc(st.locked_until))


def _get(s: Session, email: str) -> Staff:
    st = s.execute(select(Staff).options(selectinload(Staff.building))
                   .where(Staff.email == normalise_email(email))).scalar_one_or_none()
    if st is None:
        raise NotFound(f"no staff account {email}")
    return st


class StaffService:
    """Accounts. actor None is allowed only to create the very first account, an admin."""

    def __init__(self, db: Database, actor: StaffView | None, hasher: PasswordHasher | None = None) -> None:
        self.db = db
        self.actor = actor
        self._hasher = hasher

    @property
    def hasher(self) -> PasswordHasher:
        if self._hasher is None:
            from .auth import default_hasher

            self._hasher = default_hasher()
        return self._hasher

    def has_any_staff(self) -> bool:
        with self.db.session() as s:
            return bool(s.execute(select(func.count(Staff.id))).scalar_one())

    def _validate(self, email: str, full_name: str, password: str | None) -> tuple[str, str]:
        email = normalise_email(email)
        match = _EMAIL.match(email)
        if not match:
            raise InvalidInput(f"{email!r} is not an e-mail address")
        domains = WorkflowConfig(self.db).email_domains()
        if domains and match.group(1) not in domains:
            raise InvalidInput(f"use the district e-mail address ({' or '.join('@' + d for d in domains)}), "
                               f"not {email}")
        name = " ".join((full_name or "").split())
        if len(name.split()) < 2:
            raise InvalidInput("give the person's real first and last name (Policy 4007P: no pseudonyms)")
        if password is not None and len(password) < MIN_PASSWORD_LENGTH:
            raise InvalidInput(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
        return email, name

    def add(self, email: str, full_name: str, roles, *, building: str | None = None,
            password: str | None = None) -> StaffView:
        """Create an account. Without a password the account can only use a directory sign-in."""
        email, name = self._validate(email, full_name, password)
        role_text = format_roles(roles)
        password_hash = self.hasher.hash(password) if password is not None else None
        with self.db.session() as s:
            count = s.execute(select(func.count(Staff.id))).scalar_one()
            if count == 0 and self.actor is None:
                if ADMIN not in parse_roles(role_text):
                    raise PermissionDenied("the first account must be an admin (it then adds everyone else)")
                by = None
            else:
                me = acting_staff(s, self.actor, ADMIN, DIRECTOR)
                if ADMIN in parse_roles(role_text) and ADMIN not in parse_roles(me.roles):
                    raise PermissionDenied("only an admin can create another admin account")
                by = me.email
            if s.execute(select(Staff.id).where(Staff.email == email)).first():
                raise InvalidInput(f"there is already an account for {email}")
            st = Staff(email=email, full_name=name, roles=role_text, password_hash=password_hash,
                       building=find_building(s, building, create=True), active=True, failed_logins=0)
            s.add(st)
            s.flush()
            append(s, "staff.added", actor=by or email, subject_type="staff", subject_id=st.id,
                   details={"email": email, "name": name, "roles": role_text, "building": building,
                            "bootstrap": by is None})
            return staff_view(st)

    def list(self) -> list[StaffView]:
        with self.db.session() as s:
            acting_staff(s, self.actor)
            rows = s.execute(select(Staff).options(selectinload(Staff.building)).order_by(Staff.full_name)).scalars()
            return [staff_view(st) for st in rows]

    def get(self, email: str) -> StaffView:
        with self.db.session() as s:
            acting_staff(s, self.actor)
            return staff_view(_get(s, email))

    def set_roles(self, email: str, roles) -> StaffView:
        role_text = format_roles(roles)
        with self.db.session() as s:
            me = acting_staff(s, self.actor, ADMIN, DIRECTOR)
            st = _get(s, email)
            touches_admin = ADMIN in parse_roles(role_text) or ADMIN in parse_roles(st.roles)
            if touches_admin and ADMIN not in parse_roles(me.roles):
                raise PermissionDenied("only an admin can grant or remove the admin role")
            before = st.roles
            st.roles = role_text
            append(s, "staff.roles_changed", actor=me.email, subject_type="staff", subject_id=st.id,
                   details={"email": st.email, "before": before, "after": role_text})
            return staff_view(st)

    def buildings(self) -> list[str]:
        """The district's buildings (schools) by name, for choosing a person's home building."""
        with self.db.session() as s:
            acting_staff(s, self.actor)
            return list(s.execute(select(School.name).order_by(School.name)).scalars())

    def set_building(self, email: str, building: str | None) -> StaffView:
        """Move a person to another home building (None: district-wide, no building). The
        approval chain and the channels a principal endorses follow the building."""
        with self.db.session() as s:
            me = acting_staff(s, self.actor, ADMIN, DIRECTOR)
            st = _get(s, email)
            if ADMIN in parse_roles(st.roles) and ADMIN not in parse_roles(me.roles):
                raise PermissionDenied("only an admin can change an admin account")
            before = st.building.name if st.building else None
            school = find_building(s, building, create=True)
            st.building = school
            s.flush()
            after = school.name if school else None
            if before != after:
                append(s, "staff.building_changed", actor=me.email, subject_type="staff", subject_id=st.id,
                       details={"email": st.email, "before": before, "after": after})
            return staff_view(st)

    def set_active(self, email: str, active: bool) -> StaffView:
        with self.db.session() as s:
            me = acting_staff(s, self.actor, ADMIN, DIRECTOR)
            st = _get(s, email)
            if ADMIN in parse_roles(st.roles) and ADMIN not in parse_roles(me.roles):
                raise PermissionDenied("only an admin can deactivate an admin account")
            if st.id == me.id and not active:
                raise InvalidInput("you cannot deactivate your own account")
            st.active = active
            append(s, "staff.activated" if active else "staff.deactivated", actor=me.email,
                   subject_type="staff", subject_id=st.id, details={"email": st.email})
            return staff_view(st)

    def set_password(self, email: str, password: str) -> None:
        """Staff change their own password; an admin may set anyone's."""
        if len(password or "") < MIN_PASSWORD_LENGTH:
            raise InvalidInput(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
        password_hash = self.hasher.hash(password)
        with self.db.session() as s:
            me = acting_staff(s, self.actor)
            st = _get(s, email)
            if st.id != me.id and ADMIN not in parse_roles(me.roles):
                raise PermissionDenied("only an admin can set another person's password")
            s.execute(update(Staff).where(Staff.id == st.id).values(password_hash=password_hash)
                      .execution_options(synchronize_session=False))
            append(s, "staff.password_set", actor=me.email, subject_type="staff", subject_id=st.id,
                   details={"email": st.email})

    def unlock(self, email: str) -> None:
        with self.db.session() as s:
            me = acting_staff(s, self.actor, ADMIN)
            st = _get(s, email)
            s.execute(update(Staff).where(Staff.id == st.id).values(failed_logins=0, locked_until=None)
                      .execution_options(synchronize_session=False))
            append(s, "staff.unlocked", actor=me.email, subject_type="staff", subject_id=st.id,
                   details={"email": st.email})
