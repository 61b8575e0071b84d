"""Drafts: the author writes a post (the four questions, text, channels, photos) and submits it.

Submitting screens text and photos for the uses of the post's channels and refuses a post
with a blocked photo, an error-level text finding or text over a channel's limit. A blocked
photo can be replaced by its redacted copy (faces pixelated, checked by screening it again);
the copy goes to the approvers for review. Every change checks the version the author saw.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path

from sqlalchemy import func, select

from ..imaging.redact import boxes_to_hide, write_redacted
from ..screening.results import FaceResult, ImageVerdict
from ..storage.database import Database
from ..storage.models import Post, PostPhoto, Staff
from .audit import append
from .channels import APPROVED as CHANNEL_APPROVED
from .common import acting_staff, claim, find_building, utcnow
from .errors import ConflictError, InvalidInput, InvalidState, PermissionDenied, Refused
from .postcheck import PhotoCheck, PhotoInput, PostCheck, PostChecker
from .posts import (DRAFT, EDITABLE, PENDING, approved_channels, can_view, load_post, photo_inputs, post_options,
                    post_view, store_check, store_photo_checks, visible_post)
from .roles import DIRECTOR, PRINCIPAL, WRITERS, merge_chains, parse_chain
from .views import PostView, StaffView

MAX_PHOTO_BYTES = 40 * 1024 * 1024
QUESTIONS = {
    "audience": "Who is the target audience?",
    "message": "What information is being communicated?",
    "channel_reason": "Why is this channel the best one for it?",
    "account_manager": "Who manages and monitors the account?",
}


class DraftService:
    def __init__(self, db: Database, actor: StaffView, checker: PostChecker | None = None) -> None:
        self.db = db
        self.actor = actor
        self.checker = checker

    def _need_checker(self) -> PostChecker:
        if self.checker is None:
            raise RuntimeError("this DraftService was made without a PostChecker")
        return self.checker

    def _own_editable(self, s, post_id: int, expected_version: int) -> tuple[Staff, Post]:
        me = acting_staff(s, self.actor)
        claim(s, Post, post_id, expected_version, "post")
        post = visible_post(s, me, post_id)
        if post.author_id != me.id:
            raise PermissionDenied("only the author changes a draft")
        if post.status not in EDITABLE:
            raise InvalidState(f"post {post_id} is {post.status}; withdraw it to a draft to change it")
        return me, post

    # -- writing -------------------------------------------------------------------------------
    def create(self, title: str, channel_ids, *, body: str = "", audience: str = "", message: str = "",
               channel_reason: str = "", account_manager: str = "", building: str | None = None) -> PostView:
        title = " ".join((title or "").split())
        if not title:
            raise InvalidInput("give the post a title")
        with self.db.session() as s:
            me = acting_staff(s, self.actor, *WRITERS)
            channels = approved_channels(s, channel_ids)
            _check_channels(channels)
            school = find_building(s, building) if building else me.building
            post = Post(author=me, building=school, title=title, body=body or "", audience=audience or "",
                        message=message or "", channel_reason=channel_reason or "",
                        account_manager=account_manager or "", status=DRAFT, chain="", step=0, round=0,
                        version=1, text_findings_json="[]", created_at=utcnow(), updated_at=utcnow())
            post.channels = channels
            s.add(post)
            s.flush()
            append(s, "post.created", actor=me.email, subject_type="post", subject_id=post.id,
                   details={"title": title, "channels": [c.id for c in channels],
                            "building": school.name if school else None})
            return post_view(s, load_post(s, post.id))

    def update(self, post_id: int, expected_version: int, *, title: str | None = None, body: str | None = None,
               channel_ids=None, **answers: str) -> PostView:
        """Change text, title, channels or the answers to the four questions."""
        unknown = set(answers) - set(QUESTIONS)
        if unknown:
            raise InvalidInput(f"unknown field {', '.join(sorted(unknown))}")
        with self.db.session() as s:
            me, post = self._own_editable(s, post_id, expected_version)
            changed = []
            if title is not None:
                if not title.strip():
                    raise InvalidInput("give the post a title")
                post.title = " ".join(title.split())
                changed.append("title")
            if body is not None:
                post.body = body
                changed.append("body")
            for key, value in answers.items():
                setattr(post, key, value or "")
                changed.append(key)
            if channel_ids is not None:
                channels = approved_channels(s, channel_ids)
                _check_channels(channels)
                post.channels = channels
                changed.append("channels")
            post.updated_at = utcnow()
            append(s, "post.edited", actor=me.email, subject_type="post", subject_id=post.id,
                   details={"fields": changed, "version": post.version})
            s.flush()
            return post_view(s, load_post(s, post_id))

    def attach(self, post_id: int, expected_version: int, filename: str, data: bytes) -> PostView:
        """Add a photo (its bytes go into the database)."""
        if not data:
            raise InvalidInput(f"{filename} is empty")
        if len(data) > MAX_PHOTO_BYTES:
            raise InvalidInput(f"{filename} is larger than {MAX_PHOTO_BYTES // (1024 * 1024)} MB")
        name = Path(filename).name[:500] or "photo"
        with self.db.session() as s:
            me, post = self._own_editable(s, post_id, expected_version)
            position = (s.execute(select(func.max(PostPhoto.position)).where(PostPhoto.post_id == post_id))
                        .scalar_one() or 0) + 1
            digest = hashlib.sha256(data).hexdigest()
            photo = PostPhoto(post_id=post.id, position=position, filename=name, sha256=digest, data=bytes(data),
                              kind="original", superseded=False, added_by_id=me.id, created_at=utcnow())
            s.add(photo)
            post.updated_at = utcnow()
            s.flush()
            append(s, "post.photo_attached", actor=me.email, subject_type="post", subject_id=post.id,
                   details={"photo_id": photo.id, "filename": name, "sha256": digest, "bytes": len(data)})
            s.flush()
            return post_view(s, load_post(s, post_id))

    def remove_photo(self, post_id: int, expected_version: int, photo_id: int) -> PostView:
        with self.db.session() as s:
            me, post = self._own_editable(s, post_id, expected_version)
            photo = s.get(PostPhoto, photo_id)
            if photo is None or photo.post_id != post.id:
                raise InvalidInput(f"post {post_id} has no photo {photo_id}")
            if photo.replaces_id is not None:  # removing a redacted copy brings its original back
                original = s.get(PostPhoto, photo.replaces_id)
                if original is not None:
                    original.superseded = False
            s.delete(photo)
            post.updated_at = utcnow()
            append(s, "post.photo_removed", actor=me.email, subject_type="post", subject_id=post.id,
                   details={"photo_id": photo_id, "filename": photo.filename, "sha256": photo.sha256})
            s.flush()
            return post_view(s, load_post(s, post_id))

    def redact_photo(self, post_id: int, expected_version: int, photo_id: int) -> PostView:
        """Replace a photo by a copy with every restricted and review face pixelated.

        The original is screened again now for every use of the post's channels, the faces to
        hide are taken from all of them, and the copy is screened again: if it still shows a
        restricted face nothing is changed.
        """
        checker = self._need_checker()
        view = self.get(post_id)
        if view.version != expected_version:
            raise_conflict(post_id)
        if view.author != self.actor.email:
            raise PermissionDenied("only the author changes a draft")
        if view.status not in EDITABLE:
            raise InvalidState(f"post {post_id} is {view.status}; withdraw it to a draft to change it")
        photo = next((p for p in view.photos if p.id == photo_id), None)
        if photo is None:
            raise InvalidInput(f"post {post_id} has no photo {photo_id}")
        if photo.superseded:
            raise InvalidState(f"photo {photo_id} is already replaced by a redacted copy")
        data = self.photo_bytes(post_id, photo_id)
        before = checker.check("", view.channels, [PhotoInput(photo_id, photo.filename, data, photo.kind, photo.screening)],
                               actor=self.actor.email).photos[0]
        errors = [r.error for r in before.results.values() if r.error]
        if errors:
            raise InvalidState(f"photo {photo.filename} cannot be redacted: {errors[0]}")
        faces: list[FaceResult] = []
        for result in before.results.values():
            for face in result.faces:
                if face.verdict.value != "clear" and not any(f.box == face.box and f.frame == face.frame for f in faces):
                    faces.append(face)
        if not faces:
            raise InvalidState(f"photo {photo.filename} has no face to hide")
        with tempfile.TemporaryDirectory(prefix="clearpost-redact-") as tmp:
            written = write_redacted(data, boxes_to_hide(faces), Path(tmp) / "redacted")
            redacted = written.read_bytes()
        name = f"{Path(photo.filename).stem}-redacted{written.suffix}"
        after = checker.check("", view.channels, [PhotoInput(None, name, redacted, "redacted")],
                              actor=self.actor.email).photos[0]
        if any(r.verdict is ImageVerdict.BLOCKED for r in after.results.values()):
            raise Refused("the redacted copy still shows a restricted face; nothing was changed", after.problems())
        with self.db.session() as s:
            me, post = self._own_editable(s, post_id, expected_version)
            original = s.get(PostPhoto, photo_id)
            original.superseded = True
            original.verdict = before.verdict.value
            original.screening_json = json.dumps(before.to_json())
            copy = PostPhoto(post_id=post.id, position=original.position, filename=name,
                             sha256=hashlib.sha256(redacted).hexdigest(), data=redacted, kind="redacted",
                             replaces_id=original.id, superseded=False, verdict=after.verdict.value,
                             screening_json=json.dumps(after.to_json()), added_by_id=me.id, created_at=utcnow())
            s.add(copy)
            post.updated_at = utcnow()
            s.flush()
            append(s, "post.photo_redacted", actor=me.email, subject_type="post", subject_id=post.id,
                   details={"original_id": original.id, "copy_id": copy.id, "faces_hidden": len(faces),
                            "copy_verdict": after.verdict.value, "sha256": copy.sha256})
            s.flush()
            return post_view(s, load_post(s, post_id))

    # -- screening and submitting --------------------------------------------------------------
    def check(self, post_id: int) -> PostCheck:
        """Screen the post as it is now (for the author to see before submitting). Photos
        already screened under the current roster, settings and uses are not screened again;
        the photos' results are stored for the next time."""
        checker = self._need_checker()
        view = self.get(post_id)
        with self.db.session() as s:
            photos = photo_inputs(s, load_post(s, post_id))
        result = checker.check(view.body, view.channels, photos, actor=self.actor.email,
                               building=view.building)
        with self.db.session() as s:
            store_photo_checks(s, post_id, result.photos)
            append(s, "post.screened", actor=self.actor.email, subject_type="post", subject_id=post_id,
                   details={"version": view.version, **result.summary()})
        return result

    def screen_photos(self, post_id: int, photo_ids=None, *, cancel=None) -> list[PhotoCheck]:
        """Screen the post's active photos (or those of ``photo_ids``) for every use of its
        channels and store the results; a photo whose stored result is current for a use is
        not screened again for it (``PostChecker.photos``). Raises ``screening.pool.Cancelled``
        when ``cancel`` is set (nothing stored)."""
        checker = self._need_checker()
        view = self.get(post_id)
        with self.db.session() as s:  # the composer asks for one photo at a time: read only those
            photos = photo_inputs(s, load_post(s, post_id), photo_ids=photo_ids)
        if not photos or not view.channels:
            return []
        checks = checker.photos(view.channels, photos, actor=self.actor.email, building=view.building,
                                cancel=cancel)
        with self.db.session() as s:
            store_photo_checks(s, post_id, checks)
        return checks

    def submit(self, post_id: int, expected_version: int) -> tuple[PostView, PostCheck]:
        """Screen and send for approval, or raise Refused with the reasons (nothing changes)."""
        checker = self._need_checker()
        view = self.get(post_id)
        if view.version != expected_version:
            raise_conflict(post_id)
        if view.author != self.actor.email:
            raise PermissionDenied("only the author submits a draft")
        if view.status not in EDITABLE:
            raise InvalidState(f"post {post_id} is {view.status}; only drafts and returned posts are submitted")
        missing = [q for key, q in QUESTIONS.items() if not getattr(view, key).strip()]
        if missing:
            raise InvalidInput("answer the procedure's questions first: " + " ".join(missing))
        if not view.channels:
            raise InvalidInput("choose at least one channel")
        not_approved = [c.name for c in view.channels if c.status != CHANNEL_APPROVED]
        if not_approved:
            raise InvalidState(f"channel {', '.join(not_approved)} is not an approved channel")
        if not view.body.strip() and not view.active_photos:
            raise InvalidInput("the post has neither text nor photos")
        with self.db.session() as s:
            photos = photo_inputs(s, load_post(s, post_id))
        result = checker.check(view.body, view.channels, photos, actor=self.actor.email,
                               building=view.building)
        if result.blocking:
            with self.db.session() as s:  # the photos' results are kept: fixing the text does not re-screen
                store_photo_checks(s, post_id, result.photos)
                append(s, "post.submit_refused", actor=self.actor.email, subject_type="post", subject_id=post_id,
                       details={"version": view.version, **result.summary()})
            raise Refused(f"post {post_id} was not submitted", result.blocking, result)
        with self.db.session() as s:
            me = acting_staff(s, self.actor)
            claim(s, Post, post_id, expected_version, "post")
            post = load_post(s, post_id)
            if post.status not in EDITABLE or post.author_id != me.id:
                raise InvalidState(f"post {post_id} is {post.status}")
            store_check(s, post, result)
            chain = merge_chains(parse_chain(c.approval_chain) for c in post.channels)
            if post.building_id is None:  # a district-wide post has no building principal to ask
                chain = tuple(r for r in chain if r != PRINCIPAL) or (DIRECTOR,)
            post.status, post.chain, post.step, post.round = PENDING, ";".join(chain), 0, post.round + 1
            post.submitted_at = post.updated_at = utcnow()
            post.approved_at = None
            append(s, "post.submitted", actor=me.email, subject_type="post", subject_id=post.id,
                   details={"round": post.round, "chain": list(chain), **result.summary()})
            s.flush()
            return post_view(s, load_post(s, post_id)), result

    def withdraw(self, post_id: int, expected_version: int) -> PostView:
        """The author takes a submitted or approved (not yet published) post back to a draft."""
        with self.db.session() as s:
            me = acting_staff(s, self.actor)
            claim(s, Post, post_id, expected_version, "post")
            post = visible_post(s, me, post_id)
            if post.author_id != me.id:
                raise PermissionDenied("only the author withdraws a post")
            if post.status not in (PENDING, "approved", "returned"):
                raise InvalidState(f"post {post_id} is {post.status}; there is nothing to withdraw")
            before = post.status
            post.status, post.step, post.approved_at, post.updated_at = DRAFT, 0, None, utcnow()
            append(s, "post.withdrawn", actor=me.email, subject_type="post", subject_id=post.id,
                   details={"from": before})
            s.flush()
            return post_view(s, load_post(s, post_id))

    # -- reading -------------------------------------------------------------------------------
    def get(self, post_id: int) -> PostView:
        with self.db.session() as s:
            me = acting_staff(s, self.actor)
            return post_view(s, visible_post(s, me, post_id))

    def list(self, *, status: str | None = None) -> list[PostView]:
        """Posts this person may see, newest first."""
        with self.db.session() as s:
            me = acting_staff(s, self.actor)
            query = select(Post).options(*post_options()).order_by(Post.id.desc())
            if status:
                query = query.where(Post.status == status)
            return [post_view(s, post) for post in s.execute(query).scalars() if can_view(me, post)]

    def photo_bytes(self, post_id: int, photo_id: int) -> bytes:
        with self.db.session() as s:
            me = acting_staff(s, self.actor)
            visible_post(s, me, post_id)
            data = s.execute(select(PostPhoto.data).where(PostPhoto.id == photo_id, PostPhoto.post_id == post_id)
                             ).scalar_one_or_none()
            if data is None:
                raise InvalidInput(f"post {post_id} has no photo {photo_id}")
            return bytes(data)

    def _audit(self, action: str, post_id: int, details: dict) -> None:
        with self.db.session() as s:
            append(s, action, actor=self.actor.email, subject_type="post", subject_id=post_id, details=details)


def raise_conflict(post_id: int):
    raise ConflictError(f"post {post_id}")


def _check_channels(channels) -> None:
    if not channels:
        raise InvalidInput("choose at least one channel")
    bad = [f"{c.name} ({c.status})" for c in channels if c.status != CHANNEL_APPROVED]
    if bad:
        raise InvalidState(f"only approved channels receive posts, not {', '.join(bad)}")
