"""Plain dataclasses the services return: the GUI and CLI never see ORM objects or sessions."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime


def _jsonable(value):
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (frozenset, set)):
        return sorted(value)
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


class _View:
    def to_dict(self) -> dict:
        return _jsonable(asdict(self))


@dataclass(frozen=True)
class StaffView(_View):
    """A staff member; also the 'actor' passed to every service."""

    id: int
    email: str
    full_name: str
    building_id: int | None
    building: str | None
    roles: frozenset[str]
    active: bool = True
    locked_until: datetime | None = None

    def has(self, *roles: str) -> bool:
        return bool(self.roles & set(roles))


Actor = StaffView


@dataclass(frozen=True)
class ChannelView(_View):
    id: int
    name: str
    platform: str
    url: str | None
    building_id: int | None
    building: str | None
    owner: str
    char_limit: int | None
    use: str
    notice_mode: str
    purpose: str
    status: str
    approval_chain: tuple[str, ...]
    district_admin_rights: bool
    requested_by: str
    requested_at: datetime
    principal_approved_by: str | None
    approved_by: str | None
    approved_at: datetime | None
    decision_comment: str
    version: int


@dataclass(frozen=True)
class AbandonedChannel(_View):
    channel: ChannelView
    last_published_at: datetime | None
    days_quiet: int


@dataclass(frozen=True)
class PhotoView(_View):
    id: int
    position: int
    filename: str
    sha256: str
    size_bytes: int
    kind: str  # original | redacted
    replaces_id: int | None
    superseded: bool
    verdict: str | None  # blocked | review | clear | None (not screened yet)
    screening: dict | None  # {"uses": {use: ImageResult dict}, "captions": [...], ...}


@dataclass(frozen=True)
class DecisionView(_View):
    round: int
    step: int
    role: str
    by: str
    by_name: str
    decision: str  # approved | returned | rejected
    comment: str
    at: datetime


@dataclass(frozen=True)
class PostView(_View):
    id: int
    title: str
    author: str
    author_name: str
    building_id: int | None
    building: str | None
    status: str
    version: int
    audience: str
    message: str
    channel_reason: str
    account_manager: str
    body: str
    channels: tuple[ChannelView, ...]
    photos: tuple[PhotoView, ...]
    decisions: tuple[DecisionView, ...]
    chain: tuple[str, ...]
    step: int
    round: int
    text_findings: tuple[dict, ...]
    created_at: datetime
    submitted_at: datetime | None
    approved_at: datetime | None
    published_at: datetime | None
    published_url: str | None
    takedown: tuple[str, ...] = ()  # why the post should come down (the last takedown check)
    taken_down_at: datetime | None = None  # when it was marked as taken down, and by whom (e-mail)
    taken_down_by: str | None = None

    @property
    def uses(self) -> frozenset[str]:
        return frozenset(c.use for c in self.channels)

    @property
    def active_photos(self) -> tuple[PhotoView, ...]:
        """The photos that would be published (redacted copies in place of their originals)."""
        return tuple(p for p in self.photos if not p.superseded)

    @property
    def waiting_for(self) -> str | None:
        """The role whose approval the post waits for, when pending."""
        if self.status != "pending" or self.step >= len(self.chain):
            return None
        return self.chain[self.step]


@dataclass(frozen=True)
class AuditEntryView(_View):
    seq: int
    at: datetime
    actor: str | None
    workstation: str
    action: str
    subject_type: str | None
    subject_id: str | None
    details: dict


@dataclass(frozen=True)
class VerifyResult(_View):
    ok: bool
    entries: int
    first_broken_seq: int | None = None
    reason: str | None = None
    head_hash: str | None = None  # note it down: a later verify can prove nothing was cut off the end


@dataclass(frozen=True)
class TakedownItem(_View):
    post_id: int
    title: str
    published_url: str | None
    published_at: datetime | None
    reasons: tuple[str, ...]
    checked_at: datetime | None
    version: int = 0  # the post's version, for marking it taken down


@dataclass
class UsageReport(_View):
    """Counts of face matching for the RCW 43.386 accountability report."""

    start: datetime | None
    end: datetime | None
    screenings: int = 0
    distinct_photos: int = 0
    faces: int = 0
    restricted_matches: int = 0
    review_faces: int = 0
    blocked_images: int = 0
    review_images: int = 0
    clear_images: int = 0
    unreadable_images: int = 0
    by_use: dict = field(default_factory=dict)
    by_person: dict = field(default_factory=dict)
    by_workstation: dict = field(default_factory=dict)
    students_with_templates: int = 0
    templates_without_opt_out: int = 0  # whole-school recognition (used only to screen)
    templates: int = 0
    approvals: int = 0
    returns: int = 0
    rejections: int = 0
