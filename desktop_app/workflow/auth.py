"""Sign-in: local accounts with argon2 password hashes and lock-out after repeated failures.

``Authenticator`` is the seam for a directory sign-in later (e.g. the district's LDAP or
Entra ID): anything that turns credentials into the StaffView of an active staff account.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Callable, Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from ..storage.database import Database
from ..storage.models import Staff
from .audit import append
from .common import as_utc, utcnow
from .errors import AuthError, LockedOut
from .staff import normalise_email, staff_view
from .views import StaffView

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)


class Authenticator(Protocol):
    def authenticate(self, email: str, secret: str) -> StaffView:
        """The signed-in staff member, or AuthError / LockedOut."""
        ...


def default_hasher() -> PasswordHasher:
    """argon2id with argon2-cffi's defaults (RFC 9106 low-memory profile: 64 MiB, 3 passes)."""
    return PasswordHasher()


class LocalAuthenticator:
    """Passwords checked against the argon2 hash in the staff table."""

    def __init__(self, db: Database, hasher: PasswordHasher | None = None,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.hasher = hasher or default_hasher()
        self.clock = clock
        self._dummy_hash: str | None = None

    def _dummy(self) -> str:
        # verifying against a throwaway hash for unknown accounts keeps the timing the same
        if self._dummy_hash is None:
            self._dummy_hash = self.hasher.hash("not a password of anyone")
        return self._dummy_hash

    def authenticate(self, email: str, secret: str) -> StaffView:
        email = normalise_email(email)
        now = self.clock()
        failure: AuthError | None = None
        with self.db.session() as s:
            staff = s.execute(select(Staff).options(selectinload(Staff.building))
                              .where(Staff.email == email)).scalar_one_or_none()
            if staff is None or not staff.active or not staff.password_hash:
                try:
                    self.hasher.verify(self._dummy(), secret or "-")
                except VerificationError:
                    pass
                append(s, "sign_in.failed", actor=email, subject_type="staff", subject_id=email,
                       details={"reason": "no active local account"})
                failure = AuthError("wrong e-mail or password")
            elif staff.locked_until is not None and as_utc(staff.locked_until) > now:
                append(s, "sign_in.refused", actor=email, subject_type="staff", subject_id=staff.id,
                       details={"reason": "locked", "locked_until": as_utc(staff.locked_until).isoformat()})
                failure = LockedOut(_locked_message(as_utc(staff.locked_until)))
            else:
                try:
                    self.hasher.verify(staff.password_hash, secret)
                except (VerifyMismatchError, InvalidHashError, VerificationError):
                    failure = self._failed(s, staff, now)
                else:
                    values = {"failed_logins": 0, "locked_until": None, "last_sign_in_at": now}
                    if self.hasher.check_needs_rehash(staff.password_hash):
                        values["password_hash"] = self.hasher.hash(secret)
                    s.execute(update(Staff).where(Staff.id == staff.id).values(**values)
                              .execution_options(synchronize_session=False))
                    append(s, "sign_in", actor=email, subject_type="staff", subject_id=staff.id)
                    view = staff_view(staff)
        if failure is not None:  # raised after the commit, so the failure count and audit stay
            raise failure
        return view

    def _failed(self, s, staff: Staff, now: datetime) -> AuthError:
        s.execute(update(Staff).where(Staff.id == staff.id).values(failed_logins=Staff.failed_logins + 1)
                  .execution_options(synchronize_session=False))
        failures = s.execute(select(Staff.failed_logins).where(Staff.id == staff.id)).scalar_one()
        details = {"reason": "wrong password", "failures": failures}
        if failures >= MAX_FAILURES:
            until = now + LOCKOUT
            s.execute(update(Staff).where(Staff.id == staff.id).values(failed_logins=0, locked_until=until)
                      .execution_options(synchronize_session=False))
            details["locked_until"] = until.isoformat()
            append(s, "sign_in.failed", actor=staff.email, subject_type="staff", subject_id=staff.id, details=details)
            return LockedOut(f"wrong e-mail or password; after {MAX_FAILURES} failures in a row the account "
                             f"is locked. {_locked_message(until)}")
        append(s, "sign_in.failed", actor=staff.email, subject_type="staff", subject_id=staff.id, details=details)
        return AuthError("wrong e-mail or password")


def _locked_message(until: datetime) -> str:
    return (f"The account is locked after repeated failed sign-ins until {until:%Y-%m-%d %H:%M} UTC; "
            "try again then or ask IT to unlock it.")
