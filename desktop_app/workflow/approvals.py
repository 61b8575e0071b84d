"""Approving posts: each step of the post's chain (default the building's principal, then the
Communications Director) approves, returns with comments, or rejects.

Nobody approves their own post, and nobody approves two steps of one round. Every approval
screens the post again against the roster as it is at that moment, so an opt-out that
arrived after submission still blocks. Decisions check the version the approver saw.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from ..storage.database import Database
from ..storage.models import Post, PostDecision, Staff
from .audit import append
from .channels import APPROVED as CHANNEL_APPROVED, is_building_principal
from .common import acting_staff, claim, utcnow
from .errors import ConflictError, InvalidInput, InvalidState, PermissionDenied, Refused
from .postcheck import PostChecker
from .posts import APPROVED, PENDING, REJECTED, RETURNED, load_post, photo_inputs, post_options, post_view, store_check
from .roles import DIRECTOR, PRINCIPAL, parse_chain, parse_roles
from .views import PostView, StaffView


def _step_role(post: Post) -> str:
    chain = parse_chain(post.chain)
    if post.status != PENDING or post.step >= len(chain):
        raise InvalidState(f"post {post.id} is {post.status}; it is not waiting for approval")
    return chain[post.step]


def check_approver(me: Staff, post: Post) -> str:
    """The role in which `me` decides the post's current step, or PermissionDenied."""
    role = _step_role(post)
    if post.author_id == me.id:
        raise PermissionDenied("nobody approves their own post")
    if any(d.staff_id == me.id and d.round == post.round for d in post.decisions):
        raise PermissionDenied("you already approved an earlier step of this post; another person decides this one")
    if role == PRINCIPAL and not is_building_principal(me, post.building_id):
        where = post.building.name if post.building else "the post's building"
        raise PermissionDenied(f"this step is for the principal of {where}")
    if role == DIRECTOR and DIRECTOR not in parse_roles(me.roles):
        raise PermissionDenied("this step is for the Communications Director")
    return role


class ApprovalService:
    def __init__(self, db: Database, actor: StaffView, checker: PostChecker | None = None) -> None:
        self.db = db
        self.actor = actor
        self.checker = checker

    def queue(self) -> list[PostView]:
        """Posts waiting for this person's decision."""
        with self.db.session() as s:
            me = acting_staff(s, self.actor)
            out = []
            for post in s.execute(select(Post).options(*post_options()).where(Post.status == PENDING)
                                  .order_by(Post.submitted_at)).scalars():
                try:
                    check_approver(me, post)
                except (PermissionDenied, InvalidState):
                    continue
                out.append(post_view(s, post))
            return out

    def _preflight(self, post_id: int, expected_version: int) -> tuple[PostView, list]:
        with self.db.session() as s:
            me = acting_staff(s, self.actor, PRINCIPAL, DIRECTOR)
            post = load_post(s, post_id)
            if post.version != expected_version:
                raise ConflictError(f"post {post_id}")
            check_approver(me, post)
            return post_view(s, post), photo_inputs(s, post)

    def approve(self, post_id: int, expected_version: int, comment: str = "") -> PostView:
        """Screen again against today's roster, then record this step's approval."""
        if self.checker is None:
            raise RuntimeError("approving needs a PostChecker to screen the post again")
        view, photos = self._preflight(post_id, expected_version)
        retired = [c.name for c in view.channels if c.status != CHANNEL_APPROVED]
        if retired:
            raise InvalidState(f"channel {', '.join(retired)} is no longer approved; return the post to its author")
        result = self.checker.check(view.body, view.channels, photos, actor=self.actor.email,
                               building=view.building)
        problems = result.privacy_problems + result.undecided_faces
        if problems:
            with self.db.session() as s:
                # keep what was found with the photos: the approver reviews those faces next
                store_check(s, load_post(s, post_id), result)
                append(s, "post.approval_blocked", actor=self.actor.email, subject_type="post", subject_id=post_id,
                       details={"version": view.version, "undecided": result.undecided_faces, **result.summary()})
            raise Refused(f"post {post_id} cannot be approved: screening against the roster as it is now finds",
                          problems, result)
        with self.db.session() as s:
            me = acting_staff(s, self.actor, PRINCIPAL, DIRECTOR)
            claim(s, Post, post_id, expected_version, "post")
            post = load_post(s, post_id)
            role = check_approver(me, post)
            store_check(s, post, result)
            s.add(PostDecision(post_id=post.id, round=post.round, step=post.step, role=role, staff_id=me.id,
                               decision="approved", comment=comment or "", created_at=utcnow(),
                               screening_json=json.dumps(result.summary())))
            post.step += 1
            final = post.step >= len(parse_chain(post.chain))
            if final:
                post.status, post.approved_at = APPROVED, utcnow()
            post.updated_at = utcnow()
            append(s, "post.approved" if final else "post.step_approved", actor=me.email, subject_type="post",
                   subject_id=post.id, details={"round": post.round, "step": post.step - 1, "role": role,
                                                "final": final, "comment": comment, **result.summary()})
            s.flush()
            return post_view(s, load_post(s, post_id))

    def _decide(self, post_id: int, expected_version: int, comment: str, decision: str, status: str) -> PostView:
        if not (comment or "").strip():
            raise InvalidInput("write a comment for the author")
        with self.db.session() as s:
            me = acting_staff(s, self.actor, PRINCIPAL, DIRECTOR)
            claim(s, Post, post_id, expected_version, "post")
            post = load_post(s, post_id)
            role = check_approver(me, post)
            s.add(PostDecision(post_id=post.id, round=post.round, step=post.step, role=role, staff_id=me.id,
                               decision=decision, comment=comment, created_at=utcnow(), screening_json="{}"))
            post.status, post.updated_at = status, utcnow()
            append(s, f"post.{decision}", actor=me.email, subject_type="post", subject_id=post.id,
                   details={"round": post.round, "step": post.step, "role": role, "comment": comment})
            s.flush()
            return post_view(s, load_post(s, post_id))

    def return_to_author(self, post_id: int, expected_version: int, comment: str) -> PostView:
        """Send back with comments; the author edits and submits again (the chain starts over)."""
        return self._decide(post_id, expected_version, comment, "returned", RETURNED)

    def reject(self, post_id: int, expected_version: int, comment: str) -> PostView:
        """Refuse for good; the post stays on record as rejected."""
        return self._decide(post_id, expected_version, comment, "rejected", REJECTED)
