"""Loading posts and turning them into views; who may see a post."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..storage.models import Channel, Post, PostDecision, PostPhoto, Staff
from .channels import channel_options, channel_view
from .common import as_utc
from .errors import NotFound, PermissionDenied
from .postcheck import PhotoInput
from .roles import ADMIN, DIRECTOR, PRINCIPAL, parse_chain, parse_roles
from .views import DecisionView, PhotoView, PostView

DRAFT, PENDING, RETURNED, REJECTED, APPROVED, PUBLISHED, TAKEN_DOWN = (
    "draft", "pending", "returned", "rejected", "approved", "published", "taken_down")
EDITABLE = (DRAFT, RETURNED)


def post_options():
    return (
        selectinload(Post.author), selectinload(Post.building),
        selectinload(Post.channels).options(*channel_options()),
        selectinload(Post.photos).defer(PostPhoto.data),
        selectinload(Post.decisions).selectinload(PostDecision.staff),
    )


def load_post(s: Session, post_id: int) -> Post:
    post = s.execute(select(Post).options(*post_options()).where(Post.id == post_id)
                     .execution_options(populate_existing=True)).scalar_one_or_none()
    if post is None:
        raise NotFound(f"no post {post_id}")
    return post


def can_view(me: Staff, post: Post) -> bool:
    roles = parse_roles(me.roles)
    if post.author_id == me.id or roles & {DIRECTOR, ADMIN}:
        return True
    if PRINCIPAL in roles and me.building_id is not None and me.building_id == post.building_id:
        return True
    return any(c.owner_id == me.id for c in post.channels)


def visible_post(s: Session, me: Staff, post_id: int) -> Post:
    post = load_post(s, post_id)
    if not can_view(me, post):
        raise PermissionDenied(f"post {post_id} is not yours to see: it belongs to another author or building")
    return post


def _photo_view(p: PostPhoto, size: int) -> PhotoView:
    return PhotoView(p.id, p.position, p.filename, p.sha256, size, p.kind, p.replaces_id, p.superseded,
                     p.verdict, json.loads(p.screening_json) if p.screening_json else None)


def post_view(s: Session, post: Post) -> PostView:
    sizes = dict(s.execute(select(PostPhoto.id, func.length(PostPhoto.data)).where(PostPhoto.post_id == post.id)).all())
    takedown = tuple(json.loads(post.takedown_json)) if post.takedown_json else ()
    return PostView(
        id=post.id, title=post.title, author=post.author.email, author_name=post.author.full_name,
        building_id=post.building_id, building=post.building.name if post.building else None,
        status=post.status, version=post.version, audience=post.audience, message=post.message,
        channel_reason=post.channel_reason, account_manager=post.account_manager, body=post.body,
        channels=tuple(channel_view(c) for c in post.channels),
        photos=tuple(_photo_view(p, sizes.get(p.id, 0)) for p in post.photos),
        decisions=tuple(DecisionView(d.round, d.step, d.role, d.staff.email, d.staff.full_name, d.decision,
                                     d.comment, as_utc(d.created_at)) for d in post.decisions),
        chain=parse_chain(post.chain), step=post.step, round=post.round,
        text_findings=tuple(json.loads(post.text_findings_json or "[]")),
        created_at=as_utc(post.created_at), submitted_at=as_utc(post.submitted_at),
        approved_at=as_utc(post.approved_at), published_at=as_utc(post.published_at),
        published_url=post.published_url, takedown=takedown,
        taken_down_at=as_utc(post.taken_down_at), taken_down_by=post.taken_down_by,
    )


def photo_inputs(s: Session, post: Post, *, active_only: bool = True, photo_ids=None) -> list[PhotoInput]:
    """The photos' bytes for screening (in position order; superseded originals left out);
    with ``photo_ids``, only those photos are read."""
    query = (select(PostPhoto.id, PostPhoto.filename, PostPhoto.data, PostPhoto.kind, PostPhoto.superseded,
                    PostPhoto.screening_json)
             .where(PostPhoto.post_id == post.id).order_by(PostPhoto.position))
    if photo_ids is not None:
        query = query.where(PostPhoto.id.in_(list(photo_ids)))
    rows = s.execute(query).all()
    return [PhotoInput(pid, name, bytes(data), kind, _parse(stored))
            for pid, name, data, kind, superseded, stored in rows if not (active_only and superseded)]


def _parse(stored: str | None) -> dict | None:
    try:
        value = json.loads(stored) if stored else None
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def store_check(s: Session, post: Post, check) -> None:
    """Keep the screening results with each photo and the text findings with the post."""
    store_photo_checks(s, post.id, check.photos)
    post.text_findings_json = json.dumps(check.text_findings)


def store_photo_checks(s: Session, post_id: int, checks) -> None:
    """Keep each photo's screening (per use, with the keys that let it be reused)."""
    by_id = {p.photo_id: p for p in checks if p.photo_id is not None}
    if not by_id:
        return
    for photo in s.execute(select(PostPhoto).where(PostPhoto.post_id == post_id,
                                                   PostPhoto.id.in_(list(by_id)))).scalars():
        result = by_id[photo.id]
        data = result.to_json()
        before = _parse(photo.screening_json) or {}
        for use, key in (before.get("keys") or {}).items():  # other uses' results stay reusable
            if use not in data["keys"] and use not in result.results and use in (before.get("raw") or {}):
                data["keys"][use] = key
                data["raw"][use] = before["raw"][use]
        photo.verdict = result.verdict.value
        photo.screening_json = json.dumps(data)


def approved_channels(s: Session, ids) -> list[Channel]:
    ids = list(dict.fromkeys(int(i) for i in ids))
    rows = {c.id: c for c in s.execute(select(Channel).where(Channel.id.in_(ids))).scalars()}
    missing = [i for i in ids if i not in rows]
    if missing:
        raise NotFound(f"no channel {', '.join(map(str, missing))}")
    return [rows[i] for i in ids]
