"""The post workflow (issue 3): staff and sign-in, channels, drafts, approvals, export,
records and the audit log. Plain services over a Database; no Qt, no global state.

Every service takes the Database and the acting person (a StaffView from sign-in) and
returns plain dataclasses from ``views``. Each state change commits in one transaction
together with its audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ..storage.database import Database
from .approvals import ApprovalService
from .audit import AuditLog, AuditService
from .auth import Authenticator, LocalAuthenticator
from .channels import ChannelService
from .config import WorkflowConfig
from .district_settings import DistrictSettings
from .drafts import DraftService
from .errors import (AuthError, ConflictError, InvalidInput, InvalidState, LockedOut, NotFound, PermissionDenied,
                     Refused, WorkflowError)
from .export import PublishService
from .postcheck import PostChecker
from .records import RecordsService
from .reviews import ReviewService
from .staff import StaffService
from .views import Actor, StaffView


@dataclass
class Workflow:
    """Every workflow service for one signed-in person (built on demand)."""

    db: Database
    actor: StaffView
    checker: PostChecker | None = None

    @cached_property
    def staff(self) -> StaffService:
        return StaffService(self.db, self.actor)

    @cached_property
    def channels(self) -> ChannelService:
        return ChannelService(self.db, self.actor)

    @cached_property
    def drafts(self) -> DraftService:
        return DraftService(self.db, self.actor, self.checker)

    @cached_property
    def approvals(self) -> ApprovalService:
        return ApprovalService(self.db, self.actor, self.checker)

    @cached_property
    def publishing(self) -> PublishService:
        return PublishService(self.db, self.actor, self.checker)

    @cached_property
    def records(self) -> RecordsService:
        return RecordsService(self.db, self.actor, self.checker)

    @cached_property
    def reviews(self) -> ReviewService:
        return ReviewService(self.db, self.actor, self.checker.roster if self.checker else None)

    @cached_property
    def audit(self) -> AuditService:
        return AuditService(self.db, self.actor)

    @cached_property
    def settings(self) -> DistrictSettings:
        return DistrictSettings(self.db, self.actor)


__all__ = [
    "Actor", "ApprovalService", "AuditLog", "AuditService", "AuthError", "Authenticator", "ChannelService",
    "ConflictError", "DistrictSettings", "DraftService", "InvalidInput", "InvalidState", "LocalAuthenticator", "LockedOut", "NotFound",
    "PermissionDenied", "PostChecker", "PublishService", "RecordsService", "Refused", "ReviewService", "StaffService", "StaffView",
    "Workflow", "WorkflowConfig", "WorkflowError",
]
