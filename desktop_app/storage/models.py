"""Typed SQLAlchemy models of the roster, screening records and the post workflow."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class School(Base):
    """A building: elementary, middle or high school, or the district office."""

    __tablename__ = "schools"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))

    students: Mapped[list["Student"]] = relationship(back_populates="school")


class Student(Base):
    """A student on the roster with the opt-outs their guardian filed.

    Opt-outs are stored in canonical form (see desktop_app.uses.format_uses): '' none,
    'all' every use, or a ';'-separated list of uses.
    """

    __tablename__ = "students"

    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[str] = mapped_column(String(64), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    preferred_name: Mapped[str | None] = mapped_column(String(100))
    grade: Mapped[str | None] = mapped_column(String(20))
    school_id: Mapped[int | None] = mapped_column(ForeignKey("schools.id", ondelete="SET NULL"))
    photo_opt_out: Mapped[str] = mapped_column(String(100), default="")
    name_opt_out: Mapped[str] = mapped_column(String(100), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    school: Mapped[School | None] = relationship(back_populates="students")
    reference_photos: Mapped[list["ReferencePhoto"]] = relationship(
        back_populates="student", cascade="all, delete-orphan", passive_deletes=True
    )


class ReferencePhoto(Base):
    """A reference photo's face template and a small thumbnail for approvers.

    ``encoding`` is the template (128 float32 for SFace; 128 float64 for the legacy dlib model),
    ``model`` the model that made it (engine.recognizer.MODEL_ID); a template of another model
    is never compared, only re-encoded from ``face_image`` (the face region of the reference
    photo, PNG). A student keeps the last few (district setting templates_per_student), dated by
    created_at. Held only while the student has a photo opt-out, or, with whole-school
    recognition on (screening setting recognize_all_students), for every student with a
    portrait: deleted when the student leaves the roster, when the opt-out is lifted with the
    setting off, and for every student without an opt-out when the setting is turned off.
    """

    __tablename__ = "reference_photos"
    __table_args__ = (UniqueConstraint("student_pk", "sha256", name="uq_reference_photo_student_sha"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    student_pk: Mapped[int] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    source_name: Mapped[str] = mapped_column(String(500))
    encoding: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    model: Mapped[str] = mapped_column(String(64), server_default="dlib-resnet-v1")
    face_image: Mapped[bytes | None] = mapped_column(LargeBinary)
    # What the enrolment check (engine.reference_quality) found wrong with the photo, "; "-
    # separated; empty for a good reference. A weak reference is kept, named in reports, and
    # faces are judged against it with a wider margin.
    quality_problems: Mapped[str] = mapped_column(String(500), default="", server_default="")

    student: Mapped[Student] = relationship(back_populates="reference_photos")


class FaceDecision(Base):
    """A person's decision about one face of one photo and one opted-out student.

    decision: 'is_student' (the photo must be redacted or removed) or 'not_student' (this face
    is not that student; it says nothing about any other student). Reused when the same photo
    (sha256) is screened again and a face overlaps ``box_json`` ([top, right, bottom, left]),
    while the student's templates are unchanged (``templates_fingerprint``).
    """

    __tablename__ = "face_decisions"
    __table_args__ = (Index("ix_face_decisions_photo", "photo_sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    photo_sha256: Mapped[str] = mapped_column(String(64))
    frame: Mapped[int] = mapped_column(Integer, default=0)
    box_json: Mapped[str] = mapped_column(String(100))
    student_id: Mapped[str] = mapped_column(String(64))
    decision: Mapped[str] = mapped_column(String(20))
    templates_fingerprint: Mapped[str] = mapped_column(String(64))
    decided_by: Mapped[str] = mapped_column(String(254))
    comment: Mapped[str] = mapped_column(Text, default="")


class ScreeningRecord(Base):
    """One photo screened: the verdict and faces, kept for the records and usage reports."""

    __tablename__ = "screening_records"
    __table_args__ = (Index("ix_screening_records_created_at", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    sha256: Mapped[str | None] = mapped_column(String(64))
    path: Mapped[str] = mapped_column(String(1000))
    use: Mapped[str] = mapped_column(String(20))
    verdict: Mapped[str] = mapped_column(String(20))
    error: Mapped[str | None] = mapped_column(Text)
    face_count: Mapped[int] = mapped_column(Integer, default=0)
    restricted_count: Mapped[int] = mapped_column(Integer, default=0)
    review_count: Mapped[int] = mapped_column(Integer, default=0)
    faces_json: Mapped[str] = mapped_column(Text, default="[]")
    screened_by: Mapped[str | None] = mapped_column(String(200))
    workstation: Mapped[str | None] = mapped_column(String(200))


class ScreeningCacheEntry(Base):
    """What a photo's faces matched (``ImageResult.to_dict``, without review decisions), by the
    photo's sha256 and the screening key it was screened under (workflow.screening_key: roster
    version, templates, settings, ClearPost version): a photo is screened once per key, whoever
    adds it to whichever post. Tool failures are never stored."""

    __tablename__ = "screening_cache"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    screening_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    result_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class RosterImport(Base):
    """A roster import that was applied: what came in and what changed."""

    __tablename__ = "roster_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    source: Mapped[str] = mapped_column(String(1000))
    imported_by: Mapped[str | None] = mapped_column(String(200))
    workstation: Mapped[str | None] = mapped_column(String(200))
    summary_json: Mapped[str] = mapped_column(Text, default="{}")


class RosterState(Base):
    """One row: the roster's version, bumped by every roster change while holding its row lock."""

    __tablename__ = "roster_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(default=0)


class Setting(Base):
    """A district setting (JSON value), e.g. screening thresholds or the notice text."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)


# --- Post workflow (issue 3): staff, channels, posts, approvals, audit log -------------------

class Staff(Base):
    """A staff member with a real name and district e-mail, a home building and roles.

    Roles are ';'-separated (author, principal, director, admin). password_hash is an argon2
    hash, or NULL for an account that signs in through a directory later.
    """

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    building_id: Mapped[int | None] = mapped_column(ForeignKey("schools.id", ondelete="SET NULL"))
    roles: Mapped[str] = mapped_column(String(100), default="author")
    password_hash: Mapped[str | None] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    building: Mapped[School | None] = relationship()


class Channel(Base):
    """An approved (or requested) account or site that posts go to."""

    __tablename__ = "channels"
    __table_args__ = (Index("ix_channels_status", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    platform: Mapped[str] = mapped_column(String(50))
    url: Mapped[str | None] = mapped_column(String(1000))
    building_id: Mapped[int | None] = mapped_column(ForeignKey("schools.id", ondelete="SET NULL"))
    owner_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    char_limit: Mapped[int | None] = mapped_column(Integer)
    use: Mapped[str] = mapped_column(String(20))
    notice_mode: Mapped[str] = mapped_column(String(20), default="post")
    purpose: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="requested")
    approval_chain: Mapped[str] = mapped_column(String(100), default="principal;director")
    district_admin_rights: Mapped[bool] = mapped_column(Boolean, default=False)
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    principal_approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    principal_approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decision_comment: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    building: Mapped[School | None] = relationship()
    owner: Mapped[Staff] = relationship(foreign_keys=[owner_id])
    requested_by: Mapped[Staff] = relationship(foreign_keys=[requested_by_id])
    principal_approver: Mapped[Staff | None] = relationship(foreign_keys=[principal_approved_by_id])
    approver: Mapped[Staff | None] = relationship(foreign_keys=[approved_by_id])


class PostChannel(Base):
    """A channel a post goes to."""

    __tablename__ = "post_channels"

    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id"), primary_key=True, index=True)


class Post(Base):
    """A draft and, once approved and published, the post: the four questions, text, state.

    status: draft, pending, returned, rejected, approved, published, taken_down. chain is the approval
    chain fixed at submission (';'-separated roles), step the index of the next approval,
    round counts submissions. version is the optimistic concurrency counter.
    """

    __tablename__ = "posts"
    __table_args__ = (Index("ix_posts_status", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    building_id: Mapped[int | None] = mapped_column(ForeignKey("schools.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(200))
    audience: Mapped[str] = mapped_column(Text, default="")
    message: Mapped[str] = mapped_column(Text, default="")
    channel_reason: Mapped[str] = mapped_column(Text, default="")
    account_manager: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    chain: Mapped[str] = mapped_column(String(100), default="")
    step: Mapped[int] = mapped_column(Integer, default=0)
    round: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    text_findings_json: Mapped[str] = mapped_column(Text, default="[]")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    published_url: Mapped[str | None] = mapped_column(String(2000))
    takedown_json: Mapped[str | None] = mapped_column(Text)
    takedown_checked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # a published post taken off its channels after a roster change: when, and the e-mail of who did it
    taken_down_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    taken_down_by: Mapped[str | None] = mapped_column(String(254))

    author: Mapped[Staff] = relationship(foreign_keys=[author_id])
    building: Mapped[School | None] = relationship()
    channels: Mapped[list[Channel]] = relationship(secondary="post_channels", order_by="Channel.id")
    photos: Mapped[list["PostPhoto"]] = relationship(
        back_populates="post", cascade="all, delete-orphan", passive_deletes=True, order_by="PostPhoto.position"
    )
    decisions: Mapped[list["PostDecision"]] = relationship(
        back_populates="post", cascade="all, delete-orphan", passive_deletes=True, order_by="PostDecision.id"
    )


class PostPhoto(Base):
    """A photo of a post, stored as bytes so approvers on other computers see the same file.

    kind is 'original' or 'redacted' (a copy with faces pixelated, replacing the original it
    names; the original is then superseded). screening_json holds the last screening result
    per use; verdict the worst of them.
    """

    __tablename__ = "post_photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    kind: Mapped[str] = mapped_column(String(20), default="original")
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("post_photos.id", ondelete="SET NULL"))
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)
    verdict: Mapped[str | None] = mapped_column(String(20))
    screening_json: Mapped[str | None] = mapped_column(Text)
    added_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    post: Mapped[Post] = relationship(back_populates="photos")


class PostDecision(Base):
    """An approver's decision on one step of a post's approval chain."""

    __tablename__ = "post_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    round: Mapped[int] = mapped_column(Integer)
    step: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(20))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    decision: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")
    screening_json: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    post: Mapped[Post] = relationship(back_populates="decisions")
    staff: Mapped[Staff] = relationship()


class AuditEntry(Base):
    """One append-only audit record; hash = sha256(prev_hash + canonical content)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_subject", "subject_type", "subject_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor: Mapped[str | None] = mapped_column(String(254))
    workstation: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64))
    subject_type: Mapped[str | None] = mapped_column(String(40))
    subject_id: Mapped[str | None] = mapped_column(String(64))
    details_json: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The single row (id 1) holding the last sequence number and hash of the audit chain.

    Appending updates this row first, which serialises writers on both SQLite and PostgreSQL
    so the chain never forks.
    """

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
