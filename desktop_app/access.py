"""Who may change what protects students (the roster, thresholds, the notice): the check each
service makes itself, so no caller (CLI, GUI, a future server) can skip it.

The roster service sits below the workflow package (and the workflow's district settings
service uses the same rule), so this module knows roles
only by name and the acting person only by ``email`` and ``has(*roles)``.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import func, select

from .storage.models import Staff

DIRECTOR = "director"
ADMIN = "admin"
OWNER_ROLES: tuple[str, ...] = (DIRECTOR, ADMIN)


class Actor(Protocol):
    email: str

    def has(self, *roles: str) -> bool: ...


class AccessDenied(PermissionError):
    """The person acting (or nobody signed in) may not make this change; nothing was changed."""


def staff_exist(session) -> bool:
    return bool(session.execute(select(func.count(Staff.id))).scalar_one())


def require_owner(session, actor: Actor | None, what: str) -> str | None:
    """The e-mail of ``actor`` if a director or admin may ``what``; None when nobody is signed
    in and the workstation has no staff accounts yet (single-computer use before the workflow).
    Raises AccessDenied otherwise."""
    if actor is None:
        if staff_exist(session):
            raise AccessDenied(f"staff accounts exist: sign in as a director or admin to {what}")
        return None
    if not actor.has(*OWNER_ROLES):
        raise AccessDenied(f"{actor.email} cannot {what}: it needs the role director or admin")
    return actor.email
