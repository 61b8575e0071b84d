"""Errors the workflow services raise; each message is fit to show to the person acting."""

from __future__ import annotations

from ..access import AccessDenied


class WorkflowError(Exception):
    """Base class: the action was refused and nothing was changed."""


class PermissionDenied(WorkflowError, AccessDenied):
    """The signed-in person's roles do not allow this action: ``code`` is ``not_allowed`` and
    ``action`` names the policy action refused (see desktop_app.access.POLICY), None for checks
    made outside the policy table. The message is unchanged, fit to show."""


class NotFound(WorkflowError):
    """No such post, channel, photo or staff member (or not visible to this person)."""


class InvalidState(WorkflowError):
    """The action does not fit the current state (e.g. approving a draft not yet submitted)."""


class InvalidInput(WorkflowError, ValueError):
    """A value given to the service is not acceptable (missing name, unknown role...)."""


class ConflictError(WorkflowError):
    """Someone else changed the post or channel since it was loaded."""

    def __init__(self, what: str = "") -> None:
        prefix = f"{what} was " if what else ""
        super().__init__(f"{prefix}changed by someone else; reload it and try again")


class AuthError(WorkflowError):
    """Sign-in failed (deliberately vague: does not say whether the account exists)."""


class LockedOut(AuthError):
    """Too many failed sign-ins; the account is locked for a while."""


class Refused(InvalidState):
    """Screening refused the action (blocked photo, error-level text finding); see reasons."""

    def __init__(self, message: str, reasons: list[str], report=None) -> None:
        self.reasons = list(reasons)
        self.report = report  # the PostScreen that led to the refusal, for the UI
        detail = "\n".join(f"  - {r}" for r in self.reasons)
        super().__init__(f"{message}:\n{detail}" if detail else message)
