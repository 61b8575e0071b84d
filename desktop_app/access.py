"""Who may do what with the things that protect students (the roster and its names, face
reviews, thresholds and the notice): one policy table, and the check each service makes itself
inside the transaction of the change, so no caller (CLI, GUI, a future server) can skip it.

The check never trusts the roles on the view the caller passes in: it loads the acting person's
row by id (and e-mail) in the service's own session and reads their roles, active status and
building as they are now. A refusal raises ``PermissionDenied`` (code ``not_allowed``, with the
action) and is written to the audit log as ``access.refused`` once the refused transaction has
been rolled back (``audited_refusals``), so a refused call changes nothing but the log.

The roster service sits below the workflow package, so this module knows roles only by name and
the acting person only by ``id``, ``email`` and ``has(*roles)``.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator, Protocol

from sqlalchemy import func, select

from .storage.models import Staff

AUTHOR = "author"
PRINCIPAL = "principal"
DIRECTOR = "director"
ADMIN = "admin"
OWNER_ROLES: tuple[str, ...] = (DIRECTOR, ADMIN)

NOT_ALLOWED = "not_allowed"
# the actor argument of a read not yet given one by its caller (some GUI pages, the doctor): the
# read is not checked. Every caller that knows who acts passes the actor (or None: nobody).
UNCHECKED = object()
REFUSED_ACTION = "access.refused"  # the audit action of a refusal


class Actor(Protocol):
    email: str

    def has(self, *roles: str) -> bool: ...


class AccessDenied(PermissionError):
    """The person acting (or nobody signed in) may not make this change; nothing was changed.

    ``code`` is stable (``not_allowed``) and ``action`` names the policy action refused (None
    for checks made outside the policy table)."""

    code = NOT_ALLOWED

    def __init__(self, message: str = "", *, action: str | None = None, actor: str | None = None,
                 subject_type: str | None = None, subject_id: object = None) -> None:
        super().__init__(message)
        self.action = action
        self.actor = actor  # the e-mail the caller acted as (None: nobody signed in)
        self.subject_type = subject_type
        self.subject_id = None if subject_id is None else str(subject_id)
        self.audited = False

    @property
    def params(self) -> dict:
        return {"action": self.action}


@dataclass(frozen=True)
class Rule:
    """Who may take an action.

    roles: any one of them allows it. building_roles: roles that allow it only for a subject of
    the person's own building (a principal; a director or admin anywhere). not_own_post: nobody
    acts on a post they wrote. without_staff: allowed with nobody signed in while the workstation
    has no staff accounts yet (single-computer use before the workflow)."""

    roles: frozenset[str]
    what: str
    building_roles: frozenset[str] = frozenset()
    not_own_post: bool = False
    without_staff: bool = False


ROSTER_IMPORT = "roster.import"
ROSTER_REENCODE = "roster.reencode"
ROSTER_READ_NAMES = "roster.read_names"
SETTINGS_CHANGE = "settings.change"
FACE_REVIEW = "face.review"

POLICY: dict[str, Rule] = {
    ROSTER_IMPORT: Rule(frozenset(OWNER_ROLES), "change the roster", without_staff=True),
    ROSTER_REENCODE: Rule(frozenset(OWNER_ROLES), "re-encode the roster", without_staff=True),
    # the opted-out students' names: those who import the roster and run the takedown list
    ROSTER_READ_NAMES: Rule(frozenset(OWNER_ROLES), "list the roster's students", without_staff=True),
    SETTINGS_CHANGE: Rule(frozenset(OWNER_ROLES), "change the screening thresholds or the notice",
                          without_staff=True),
    # a principal reviews faces of their building's posts only; never one's own post
    FACE_REVIEW: Rule(frozenset({PRINCIPAL, DIRECTOR, ADMIN}), "review the faces of this post",
                      building_roles=frozenset({PRINCIPAL}), not_own_post=True),
}


def staff_exist(session) -> bool:
    return bool(session.execute(select(func.count(Staff.id))).scalar_one())


def _roles(value: str | None) -> frozenset[str]:
    return frozenset(r for r in (value or "").split(";") if r)


def _load(session, actor) -> Staff | None:
    """The actor's staff row as it is now: by id (the e-mail must match), else by e-mail."""
    email = (getattr(actor, "email", None) or "").strip().lower()
    staff_id = getattr(actor, "id", None)
    if staff_id is not None:
        staff = session.get(Staff, staff_id)
        return staff if staff is not None and staff.email.lower() == email else None
    return session.execute(select(Staff).where(func.lower(Staff.email) == email)).scalar_one_or_none()


def authorize(session, action: str, actor, *, building_id: int | None = None, author_id: int | None = None,
              subject_type: str | None = None, subject_id: object = None) -> Staff | None:
    """The acting person's staff row, read now in ``session``, if the policy allows ``action``;
    None when nobody is signed in and the rule allows that (no staff accounts yet).

    building_id / author_id describe the subject (a post's building and author) for rules that
    look at them. Raises PermissionDenied (code not_allowed, the action as parameter) otherwise;
    wrap the transaction in ``audited_refusals`` to have the refusal audited."""
    from .workflow.errors import PermissionDenied  # the workflow's exception (it subclasses AccessDenied)

    rule = POLICY[action]
    who = getattr(actor, "email", None) if actor is not None else None

    def refuse(message: str) -> PermissionDenied:
        return PermissionDenied(message, action=action, actor=who, subject_type=subject_type,
                                subject_id=subject_id)

    if actor is None:
        if rule.without_staff and not staff_exist(session):
            return None
        raise refuse(f"sign in first: only a signed-in {' or '.join(sorted(rule.roles))} may {rule.what}"
                     if not rule.without_staff else
                     f"staff accounts exist: sign in as a director or admin to {rule.what}")
    staff = _load(session, actor)
    if staff is None or not staff.active:
        raise refuse(f"{who} is not an active staff account")
    held = _roles(staff.roles) & rule.roles
    if not held:
        raise refuse(f"{staff.email} cannot {rule.what}: it needs the role {' or '.join(sorted(rule.roles))}")
    if rule.not_own_post and author_id is not None and author_id == staff.id:
        raise refuse("nobody reviews the faces of their own post")
    if held <= rule.building_roles and (staff.building_id is None or staff.building_id != building_id):
        raise refuse(f"{staff.email} cannot {rule.what}: it belongs to another building")
    return staff


def record_refusal(db, exc: AccessDenied) -> None:
    """Audit a refusal as ``access.refused`` in a transaction of its own (the refused one was
    rolled back); once per exception, and only for policy refusals (those naming an action)."""
    if exc.audited or exc.action is None:
        return
    from .workflow.audit import append  # the audit log lives with the workflow, above this module

    with db.session() as s:
        append(s, REFUSED_ACTION, actor=exc.actor, subject_type=exc.subject_type, subject_id=exc.subject_id,
               details={"action": exc.action, "reason": str(exc)})
    exc.audited = True


@contextmanager
def audited_refusals(db) -> Iterator[None]:
    """Around a service's transaction(s): a policy refusal raised inside is audited after the
    transaction rolled back, then re-raised."""
    try:
        yield
    except AccessDenied as exc:
        record_refusal(db, exc)
        raise
