"""Typed SQLAlchemy models of the roster and screening records."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint, DateTime
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
    """A reference photo's face template (128 float64) and a small thumbnail for approvers.

    Held only while the student has a photo opt-out: deleted when it is lifted or the student
    leaves the roster (no biometric data beyond what the job needs).
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

    student: Mapped[Student] = relationship(back_populates="reference_photos")


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


class RosterImport(Base):
    """A roster import that was applied: what came in and what changed."""

    __tablename__ = "roster_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    source: Mapped[str] = mapped_column(String(1000))
    imported_by: Mapped[str | None] = mapped_column(String(200))
    workstation: Mapped[str | None] = mapped_column(String(200))
    summary_json: Mapped[str] = mapped_column(Text, default="{}")


class Setting(Base):
    """A district setting (JSON value), e.g. screening thresholds or the notice text."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
