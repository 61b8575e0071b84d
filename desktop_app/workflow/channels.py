"""Channels (the approved accounts): request, principal then director approval, monitoring.

Policy 4007P: a staff member requests a site or account with the building principal's
approval; the Communications Director gives final approval and must hold administrative
rights to it. Only approved channels receive posts.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..storage.database import Database
from ..storage.models import Channel, Post, PostChannel, Staff
from ..textcheck import CHANNEL_LIMITS
from ..uses import UseValueError, check_use
from .audit import append
from .common import acting_staff, as_utc, claim, find_building, utcnow
from .config import WorkflowConfig
from .errors import InvalidInput, InvalidState, NotFound, PermissionDenied
from .roles import DEFAULT_CHAIN, DIRECTOR, PRINCIPAL, WRITERS, format_chain, parse_chain, parse_roles
from .views import AbandonedChannel, ChannelView, StaffView

REQUESTED, ENDORSED, APPROVED, REJECTED, RETIRED = "requested", "endorsed", "approved", "rejected", "retired"
NOTICE_MODES = ("post", "profile")  # the notice goes in every post, or is verified on the account profile
_PLATFORM_LIMITS = {"x": CHANNEL_LIMITS["X"], "twitter": CHANNEL_LIMITS["X"],
                    "instagram": CHANNEL_LIMITS["Instagram"], "facebook": CHANNEL_LIMITS["Facebook"]}


def channel_options():
    return (selectinload(Channel.building), selectinload(Channel.owner), selectinload(Channel.requested_by),
            selectinload(Channel.principal_approver), selectinload(Channel.approver))


def channel_view(c: Channel) -> ChannelView:
    return ChannelView(
        c.id, c.name, c.platform, c.url, c.building_id, c.building.name if c.building else None,
        c.owner.email, c.char_limit, c.use, c.notice_mode, c.purpose, c.status, parse_chain(c.approval_chain),
        c.district_admin_rights, c.requested_by.email, as_utc(c.requested_at),
        c.principal_approver.email if c.principal_approver else None,
        c.approver.email if c.approver else None, as_utc(c.approved_at), c.decision_comment, c.version,
    )


def is_building_principal(staff: Staff, building_id: int | None) -> bool:
    return PRINCIPAL in parse_roles(staff.roles) and building_id is not None and staff.building_id == building_id


def _load(s: Session, channel_id: int) -> Channel:
    c = s.execute(select(Channel).options(*channel_options()).where(Channel.id == channel_id)
                  .execution_options(populate_existing=True)).scalar_one_or_none()
    if c is None:
        raise NotFound(f"no channel {channel_id}")
    return c


class NeedsAdminRights(InvalidState):
    """Final approval without confirming that the district holds administrative rights to the
    account (the app's check box, the command line's --admin-rights)."""


class ChannelService:
    def __init__(self, db: Database, actor: StaffView, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.actor = actor
        self.clock = clock

    # -- requesting ----------------------------------------------------------------------------
    def request(self, name: str, platform: str, use: str, *, building: str | None = None, url: str | None = None,
                char_limit: int | None = None, notice_mode: str = "post", purpose: str = "",
                owner: str | None = None) -> ChannelView:
        """Ask for a new channel; it needs the principal's and then the director's approval."""
        name, platform = " ".join((name or "").split()), (platform or "").strip()
        if not name or not platform:
            raise InvalidInput("a channel needs a name and a platform")
        try:
            check_use(use)
        except UseValueError as exc:
            raise InvalidInput(str(exc)) from exc
        if notice_mode not in NOTICE_MODES:
            raise InvalidInput(f"notice mode must be {' or '.join(NOTICE_MODES)}")
        if char_limit is None:
            char_limit = _PLATFORM_LIMITS.get(platform.lower())
        if char_limit is not None and char_limit < 1:
            raise InvalidInput("the character limit must be positive")
        with self.db.session() as s:
            me = acting_staff(s, self.actor, *WRITERS)
            school = find_building(s, building) if building else me.building
            owner_row = me
            if owner:
                owner_row = s.execute(select(Staff).where(Staff.email == owner.strip().lower())).scalar_one_or_none()
                if owner_row is None or not owner_row.active:
                    raise NotFound(f"no active staff account {owner}")
            c = Channel(name=name, platform=platform, url=(url or None), building=school, owner=owner_row,
                        char_limit=char_limit, use=use, notice_mode=notice_mode, purpose=purpose or "",
                        status=REQUESTED, approval_chain=";".join(DEFAULT_CHAIN), district_admin_rights=False,
                        requested_by=me, requested_at=utcnow(), decision_comment="", version=1)
            s.add(c)
            s.flush()
            append(s, "channel.requested", actor=me.email, subject_type="channel", subject_id=c.id,
                   details={"name": name, "platform": platform, "use": use, "building": school.name if school else None,
                            "owner": owner_row.email, "url": url, "notice_mode": notice_mode, "purpose": purpose})
            return channel_view(c)

    def _decide(self, s: Session, channel_id: int, expected_version: int) -> tuple[Staff, Channel, str]:
        """Check the actor may decide the channel's current step; returns (me, channel, step)."""
        me = acting_staff(s, self.actor, PRINCIPAL, DIRECTOR)
        claim(s, Channel, channel_id, expected_version, "channel")
        c = _load(s, channel_id)
        if c.requested_by_id == me.id:
            raise PermissionDenied("nobody approves their own request")
        if c.status == REQUESTED and c.building_id is not None:
            if not is_building_principal(me, c.building_id):
                raise PermissionDenied(f"the principal of {c.building.name} approves this request first")
            return me, c, PRINCIPAL
        if c.status in (REQUESTED, ENDORSED):
            if DIRECTOR not in parse_roles(me.roles):
                raise PermissionDenied("the Communications Director gives final approval")
            return me, c, DIRECTOR
        raise InvalidState(f"channel {c.id} is {c.status}; there is nothing to approve")

    def approve(self, channel_id: int, expected_version: int, *, admin_rights: bool = False,
                comment: str = "") -> ChannelView:
        """The principal's endorsement, or the director's final approval (which must confirm
        that the district holds administrative rights to the account)."""
        with self.db.session() as s:
            me, c, step = self._decide(s, channel_id, expected_version)
            now = utcnow()
            if step == PRINCIPAL:
                c.status, c.principal_approved_by_id, c.principal_approved_at = ENDORSED, me.id, now
            else:
                if not admin_rights:
                    raise NeedsAdminRights("final approval records that the district holds administrative "
                                           "rights to the account: confirm that it does")
                c.status, c.approved_by_id, c.approved_at, c.district_admin_rights = APPROVED, me.id, now, True
            c.decision_comment = comment or ""
            append(s, "channel.endorsed" if step == PRINCIPAL else "channel.approved", actor=me.email,
                   subject_type="channel", subject_id=c.id,
                   details={"step": step, "comment": comment, "district_admin_rights": c.district_admin_rights})
            s.flush()
            return channel_view(_load(s, channel_id))

    def reject(self, channel_id: int, expected_version: int, comment: str) -> ChannelView:
        if not (comment or "").strip():
            raise InvalidInput("say why the request is rejected")
        with self.db.session() as s:
            me, c, step = self._decide(s, channel_id, expected_version)
            c.status, c.decision_comment = REJECTED, comment
            append(s, "channel.rejected", actor=me.email, subject_type="channel", subject_id=c.id,
                   details={"step": step, "comment": comment})
            s.flush()
            return channel_view(_load(s, channel_id))

    def set_chain(self, channel_id: int, expected_version: int, chain) -> ChannelView:
        """The approval chain for posts to this channel (director only), e.g. ['director']."""
        text = format_chain(chain)
        with self.db.session() as s:
            me = acting_staff(s, self.actor, DIRECTOR)
            claim(s, Channel, channel_id, expected_version, "channel")
            c = _load(s, channel_id)
            before, c.approval_chain = c.approval_chain, text
            append(s, "channel.chain_changed", actor=me.email, subject_type="channel", subject_id=c.id,
                   details={"before": before, "after": text})
            s.flush()
            return channel_view(_load(s, channel_id))

    def retire(self, channel_id: int, expected_version: int, comment: str = "") -> ChannelView:
        """Take a channel out of use (abandoned, or closed); it receives no more posts."""
        with self.db.session() as s:
            me = acting_staff(s, self.actor, DIRECTOR)
            claim(s, Channel, channel_id, expected_version, "channel")
            c = _load(s, channel_id)
            if c.status != APPROVED:
                raise InvalidState(f"channel {c.id} is {c.status}, not an approved channel")
            c.status, c.decision_comment = RETIRED, comment or ""
            append(s, "channel.retired", actor=me.email, subject_type="channel", subject_id=c.id,
                   details={"comment": comment})
            s.flush()
            return channel_view(_load(s, channel_id))

    # -- reading -------------------------------------------------------------------------------
    def get(self, channel_id: int) -> ChannelView:
        with self.db.session() as s:
            acting_staff(s, self.actor)
            return channel_view(_load(s, channel_id))

    def list(self, status: str | None = None) -> list[ChannelView]:
        with self.db.session() as s:
            acting_staff(s, self.actor)
            query = select(Channel).options(*channel_options()).order_by(Channel.id)
            if status:
                query = query.where(Channel.status == status)
            return [channel_view(c) for c in s.execute(query).scalars()]

    def abandoned(self, days: int | None = None) -> list[AbandonedChannel]:
        """Approved channels with no published post for `days` (default: the district setting)."""
        days = days if days is not None else WorkflowConfig(self.db).abandoned_days()
        now = self.clock()
        cutoff = now - timedelta(days=days)
        with self.db.session() as s:
            acting_staff(s, self.actor, DIRECTOR, PRINCIPAL)
            last = (select(PostChannel.channel_id, func.max(Post.published_at).label("last"))
                    .join(Post, Post.id == PostChannel.post_id).where(Post.status == "published")
                    .group_by(PostChannel.channel_id).subquery())
            rows = s.execute(select(Channel, last.c.last).options(*channel_options())
                             .outerjoin(last, last.c.channel_id == Channel.id)
                             .where(Channel.status == APPROVED).order_by(Channel.id)).all()
            out = []
            for c, last_published in rows:
                since = as_utc(last_published) or as_utc(c.approved_at) or as_utc(c.requested_at)
                if since <= cutoff:
                    out.append(AbandonedChannel(channel_view(c), as_utc(last_published), (now - since).days))
            return out
