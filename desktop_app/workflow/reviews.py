"""Review decisions on faces: an approver compares a flagged face with the student's reference
faces and records "this is the student" or "not this student".

Only approvers see students' names and reference faces here: a principal for the posts of their
own building, a director or admin for any post (access.POLICY ``face.review``, checked against
the roles and building the account has now); nobody decides on their own post. A decision is stored with the photo's sha256, the face box
and the student, written to the audit log in the same transaction, and reused whenever the same
photo is screened again (``screening.decisions``) until that student's templates change. A
"not this student" clears nothing for any other student.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass

from sqlalchemy import select

from ..access import FACE_REVIEW, audited_refusals, authorize
from ..roster.service import RosterService
from ..screening.decisions import DECISIONS, IS_STUDENT
from ..screening.results import FaceResult, ImageResult
from ..storage.database import Database
from ..storage.models import FaceDecision, PostPhoto, Student
from .audit import append
from .errors import InvalidInput, NotFound
from .posts import load_post
from .views import StaffView


@dataclass(frozen=True)
class CandidateView:
    student_id: str
    name: str
    school: str | None
    distance: float
    reference_faces: tuple[bytes, ...]  # JPEG thumbnails, newest first
    decision: str | None  # the decision in force for this face and student, if any


@dataclass(frozen=True)
class FaceToReview:
    photo_id: int
    filename: str
    use: str
    face_index: int
    box: tuple[int, int, int, int]
    verdict: str
    reason: str
    face_crop: bytes  # JPEG of the face with some margin
    candidates: tuple[CandidateView, ...]


def face_crop(data: bytes, box, frame: int = 0, size: int = 200) -> bytes:
    """The face with a margin, as a JPEG, from the same decoder screening uses."""
    from PIL import Image

    from ..imaging.loader import load_image

    image = load_image(data)
    fr = image.frames[min(frame, len(image.frames) - 1)]
    top, right, bottom, left = (int(round(v * fr.scale)) for v in box)
    h, w = fr.pixels.shape[:2]
    margin = int(0.4 * max(right - left, bottom - top))
    crop = Image.fromarray(fr.pixels).crop((max(0, left - margin), max(0, top - margin),
                                            min(w, right + margin), min(h, bottom + margin)))
    crop.thumbnail((size, size))
    out = io.BytesIO()
    crop.save(out, "JPEG", quality=90)
    return out.getvalue()


class ReviewService:
    def __init__(self, db: Database, actor: StaffView, roster: RosterService | None = None) -> None:
        self.db = db
        self.actor = actor
        self.roster = roster or RosterService(db)

    def _check(self, s, post):
        """The reviewer's staff row as it is now, if the policy's ``face.review`` allows them this
        post: a principal for a post of their own building, a director or admin for any post;
        nobody for their own post. Raises PermissionDenied (audited by the caller's wrapper)."""
        return authorize(s, FACE_REVIEW, self.actor, building_id=post.building_id, author_id=post.author_id,
                         subject_type="post", subject_id=post.id)

    def faces(self, post_id: int) -> list[FaceToReview]:
        """Faces of the post's photos that are flagged by similarity to a student (review, or
        restricted and open to dispute), from the post's last screening."""
        with audited_refusals(self.db), self.db.session() as s:
            post = load_post(s, post_id)
            self._check(s, post)
            photos = [(p.id, p.filename, p.sha256, bytes(p.data), p.screening_json) for p in s.execute(
                select(PostPhoto).where(PostPhoto.post_id == post.id, PostPhoto.superseded.is_(False))
                .order_by(PostPhoto.position)).scalars()]
        out: list[FaceToReview] = []
        wanted: set[str] = set()
        pending = []
        for photo_id, filename, sha, data, screening_json in photos:
            stored = json.loads(screening_json or "{}").get("uses", {})
            seen_boxes: set[tuple] = set()
            for use, result in sorted(stored.items()):
                r = ImageResult.from_dict(result)
                for i, f in enumerate(r.faces):
                    if not f.candidates or (f.frame, tuple(f.box)) in seen_boxes:
                        continue
                    if f.verdict.value == "clear" and f.decided != "not_student":
                        continue
                    seen_boxes.add((f.frame, tuple(f.box)))
                    wanted.update(sid for sid, _ in f.candidates)
                    pending.append((photo_id, filename, sha, data, use, i, f))
        if not pending:
            return out
        info = self._students(wanted)
        fingerprints = self.roster.fingerprints(wanted)
        decisions = self._decisions({p[2] for p in pending})
        for photo_id, filename, sha, data, use, i, f in pending:
            cands = []
            for sid, dist in f.candidates:
                name, school = info.get(sid, ("(no longer on the roster)", None))
                current = _decision_in_force(decisions, sha, f, sid, fingerprints.get(sid))
                cands.append(CandidateView(sid, name, school, float(dist),
                                           tuple(self.roster.reference_thumbnails(sid)), current))
            out.append(FaceToReview(photo_id, filename, use, i, tuple(f.box), f.verdict.value, f.reason,
                                    face_crop(data, f.box, f.frame), tuple(cands)))
        return out

    def decide(self, post_id: int, photo_id: int, box, student_id: str, decision: str, comment: str = "",
               frame: int = 0) -> None:
        """Record that the face at ``box`` of the photo is (or is not) the student."""
        if decision not in DECISIONS:
            raise InvalidInput(f"decision must be one of {', '.join(DECISIONS)}")
        box = tuple(int(v) for v in box)
        if len(box) != 4:
            raise InvalidInput("box needs four numbers: top, right, bottom, left")
        fingerprint = self.roster.fingerprints([student_id]).get(student_id)
        if fingerprint is None:
            raise InvalidInput(f"student {student_id} has no face templates: there is nothing to compare")
        with audited_refusals(self.db), self.db.session() as s:
            post = load_post(s, post_id)
            me = self._check(s, post)
            photo = s.get(PostPhoto, photo_id)
            if photo is None or photo.post_id != post.id:
                raise NotFound(f"post {post_id} has no photo {photo_id}")
            face = _face_at(photo.screening_json, box, frame)
            if face is None or student_id not in {sid for sid, _ in face.candidates}:
                raise InvalidInput(f"the face at {list(box)} of photo {photo_id} was not flagged as student "
                                   f"{student_id}; screen the post again first")
            s.add(FaceDecision(photo_sha256=photo.sha256, frame=frame, box_json=json.dumps(list(box)),
                               student_id=student_id, decision=decision, templates_fingerprint=fingerprint,
                               decided_by=me.email, comment=comment.strip()))
            append(s, "face.decided", actor=me.email, subject_type="post", subject_id=post.id,
                   details={"photo_id": photo_id, "photo_sha256": photo.sha256, "box": list(box), "frame": frame,
                            "student_id": student_id, "decision": decision, "comment": comment.strip()})

    def _students(self, ids) -> dict[str, tuple[str, str | None]]:
        with self.db.session() as s:
            rows = s.execute(select(Student).where(Student.student_id.in_(sorted(ids)))).scalars().all()
            return {r.student_id: (f"{r.preferred_name or r.first_name} {r.last_name}",
                                   r.school.name if r.school else None) for r in rows}

    def _decisions(self, shas) -> list[FaceDecision]:
        with self.db.session() as s:
            rows = s.execute(select(FaceDecision).where(FaceDecision.photo_sha256.in_(sorted(shas)))
                             .order_by(FaceDecision.id)).scalars().all()
            s.expunge_all()
            return rows


def _face_at(screening_json: str | None, box, frame: int) -> FaceResult | None:
    from ..screening.decisions import box_iou

    for result in json.loads(screening_json or "{}").get("uses", {}).values():
        for f in ImageResult.from_dict(result).faces:
            if f.frame == frame and box_iou(tuple(f.box), tuple(box)) >= 0.5 and f.candidates:
                return f
    return None


def _decision_in_force(decisions, sha, face: FaceResult, student_id: str, fingerprint: str | None) -> str | None:
    from ..screening.decisions import box_iou

    current = None
    for d in decisions:
        if (d.photo_sha256 == sha and d.student_id == student_id and d.frame == face.frame
                and d.templates_fingerprint == fingerprint and box_iou(tuple(json.loads(d.box_json)), tuple(face.box)) >= 0.5):
            current = d.decision
    return current


__all__ = ["CandidateView", "FaceToReview", "IS_STUDENT", "ReviewService", "face_crop"]
