"""The roster service: preview and apply an import, and read opt-outs for screening.

Applying an import is all-or-nothing. Reference photos are encoded first (in worker processes,
skipping photos whose content hash is already enrolled); any problem aborts before anything is
written, and the writes happen in one transaction. Face templates are kept only for students
with a photo opt-out, unless the district turned on whole-school recognition (screening setting
``recognize_all_students``): then every student with a reference photo is enrolled, and the
templates of students without an opt-out are used only to screen, under pseudonyms. A student
whose row brings no reference photo keeps the templates they have: a roster export without
photos must not silently switch protection off. Every reference photo is checked
(engine.reference_quality); a weak one is kept, named in the report and judged more cautiously.
"""

from __future__ import annotations

import hashlib
import json
import socket
import threading
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import selectinload

from ..access import (ROSTER_IMPORT, ROSTER_READ_NAMES, ROSTER_REENCODE, UNCHECKED, Actor, audited_refusals,
                      authorize)
from ..engine.models import file_sha256
from ..engine.recognizer import MODEL_ID
from ..screening.pool import Progress
from ..screening.templates import PSEUDONYM_PREFIX, TemplateSet
from ..storage.database import Database
from ..storage.models import ReferencePhoto, RosterImport, RosterState, School, Setting, Student
from ..textcheck.findings import NameEntry
from ..uses import format_uses, parse_uses
from .sources import RosterFileError, RosterProblem, RosterRow


@dataclass
class RosterChanges:
    """What an import changes; shown before applying and recorded after.

    Students absent from the file (within its scope) and opt-outs the file lifts are
    *removals*: they are listed by name and applied only when asked (``removals_applied``);
    otherwise those students stay and keep every opt-out they had.
    """

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    photo_opt_outs_added: list[str] = field(default_factory=list)
    photo_opt_outs_lifted: list[str] = field(default_factory=list)
    name_opt_outs_added: list[str] = field(default_factory=list)
    name_opt_outs_lifted: list[str] = field(default_factory=list)
    photos_to_enrol: int = 0
    photos_unchanged: int = 0
    templates_to_delete: int = 0
    without_reference_photo: list[str] = field(default_factory=list)
    unusable_photos: list[str] = field(default_factory=list)  # "ID (file): problem", skipped when allowed
    # opted-out students whose new reference photo is weak: "Name (ID): problems"
    weak_references: list[str] = field(default_factory=list)
    # weak new reference photos of students without an opt-out (counted, never named)
    weak_references_without_opt_out: int = 0
    recognize_all: bool = False  # whole-school recognition was on for this import
    templates_without_opt_out: int = 0  # new templates of students without an opt-out
    scope_schools: list[str] = field(default_factory=list)  # empty: the whole district
    roster_size: int = 0  # students before the import
    removals_applied: bool = False
    max_removal_share: float = 0.10
    roster_version: int = 0  # the roster this plan was made against
    names: dict[str, str] = field(default_factory=dict)  # student ID -> name, for the lists above

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.updated or self.removed or self.photos_to_enrol or self.templates_to_delete)

    @property
    def removals(self) -> list[str]:
        """Students the file would remove or whose opt-outs it would lift (IDs)."""
        return sorted(set(self.removed) | set(self.photo_opt_outs_lifted) | set(self.name_opt_outs_lifted))

    @property
    def removal_share_exceeded(self) -> bool:
        return bool(self.removed) and len(self.removed) > self.max_removal_share * max(self.roster_size, 1)

    def named(self, ids) -> list[str]:
        return [f"{self.names.get(i, i)} ({i})" for i in ids]

    def to_dict(self) -> dict:
        return asdict(self)

    def summary(self) -> dict:
        """Counts for the import record and the audit log; removed students by name when applied."""
        summary = {k: (len(v) if isinstance(v, list) else v) for k, v in self.to_dict().items() if k != "names"}
        summary["removed_names"] = self.named(self.removed) if self.removals_applied else []
        summary["unprotected_names"] = self.named(self.without_reference_photo)
        return summary

    def describe(self) -> list[str]:
        n = len
        scope = ("schools " + ", ".join(self.scope_schools)) if self.scope_schools else "the whole district"
        lines = [
            f"scope: {scope} ({self.roster_size} students on the roster before)",
            f"{n(self.added)} students added, {n(self.updated)} updated, {n(self.removed)} absent from the file",
            f"photo opt-outs: {n(self.photo_opt_outs_added)} new, {n(self.photo_opt_outs_lifted)} lifted; "
            f"name opt-outs: {n(self.name_opt_outs_added)} new, {n(self.name_opt_outs_lifted)} lifted",
            f"reference photos: {self.photos_to_enrol} to enrol, {self.photos_unchanged} unchanged, "
            f"{self.templates_to_delete} templates to delete",
        ]
        verb = "removed" if self.removals_applied else "NOT removed (they stay, protected; use --apply-removals)"
        if self.removed:
            lines.append(f"students absent from the file, {verb}: {_listing(self.named(self.removed))}")
        lifted = sorted(set(self.photo_opt_outs_lifted) | set(self.name_opt_outs_lifted))
        if lifted:
            verb = "lifted" if self.removals_applied else "NOT lifted (kept; use --apply-removals)"
            lines.append(f"opt-outs this file lifts, {verb}: {_listing(self.named(lifted))}")
        if self.without_reference_photo:
            lines.append(
                f"warning: {n(self.without_reference_photo)} students with a photo opt-out have no usable reference "
                f"photo, so their faces cannot be recognised: {_listing(self.named(self.without_reference_photo))}"
            )
        if self.unusable_photos:
            lines.append(f"reference photos skipped as unusable: {_listing(self.unusable_photos)}")
        if self.weak_references:
            lines.append(f"warning: {n(self.weak_references)} opted-out students have a weak reference photo; faces "
                         f"are judged more cautiously against it, and a better portrait should be imported: "
                         f"{_listing(self.weak_references)}")
        if self.weak_references_without_opt_out:
            lines.append(f"{self.weak_references_without_opt_out} students without an opt-out have a weak "
                         "reference photo (they are recognised less often, so their photos go to review more)")
        if self.recognize_all:
            lines.append("whole-school recognition is on: every student with a reference photo is enrolled "
                         f"({self.templates_without_opt_out} new templates of students without an opt-out, used "
                         "only to screen)")
        return lines


def _listing(items: list[str], limit: int = 20) -> str:
    shown = ", ".join(items[:limit])
    return shown + ("" if len(items) <= limit else f" and {len(items) - limit} more")


class RosterChangeRefused(RuntimeError):
    """The roster change was refused as a whole; nothing was changed. The message says why."""


class RemovalsNeedConfirmation(RosterChangeRefused):
    """The file would remove more of the roster than the district allows without confirmation."""

    def __init__(self, changes: RosterChanges) -> None:
        self.changes = changes
        share = len(changes.removed) / max(changes.roster_size, 1)
        super().__init__(
            f"this file would remove {len(changes.removed)} of {changes.roster_size} students ({share:.0%}), more "
            f"than the district's {changes.max_removal_share:.0%} without confirmation: "
            f"{_listing(changes.named(changes.removed))}. If these students left, import again with "
            "--apply-removals; if the file is a partial list, import it with --keep-absent (nobody is removed)")


class RosterChangedError(RosterChangeRefused):
    """Another roster change landed between the preview and this one."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("the roster changed since you previewed it (another import or re-encoding ran"
                         + (f": {detail}" if detail else "") + "); preview it again, then import")


@dataclass
class _Plan:
    changes: RosterChanges
    photos: list  # _PhotoPlan
    path_hashes: dict
    effective: dict  # student ID -> (photo opt-out uses, name opt-out uses) to write
    recognize_all: bool = False  # enrol every student with a photo (whole-school recognition)


@dataclass
class _PhotoPlan:
    row: RosterRow
    path: Path
    sha256: str


@dataclass(frozen=True)
class StudentView:
    """A roster entry as the UI and CLI show it (no ORM objects leave the service)."""

    student_id: str
    first_name: str
    last_name: str
    preferred_name: str | None
    grade: str | None
    school: str | None
    photo_opt_out: frozenset[str]
    name_opt_out: frozenset[str]
    reference_photos: int  # usable templates (made by the current face model)
    # what the reference check found wrong with the student's weak reference photos
    reference_problems: tuple[str, ...] = ()

    @property
    def display_name(self) -> str:
        first = self.preferred_name or self.first_name
        return f"{first} {self.last_name}"


PoolFactory = Callable[[], object]


class StaleTemplatesError(RuntimeError):
    """Some opted-out students' templates were made by another face model and must be
    re-encoded (`clearpost roster reencode`) before screening for that use can be trusted."""

    def __init__(self, use: str, students: list[str]) -> None:
        self.use, self.students = use, students
        super().__init__(
            f"{len(students)} opted-out students' face templates were made by an older face model; "
            f"screening for {use} is refused until the roster is re-encoded "
            "(clearpost roster reencode, or Roster > Re-encode in the app)")


@dataclass
class ReencodeReport:
    """What re-encoding the roster with the current face model did."""

    reencoded: int = 0
    removed_without_image: list[str] = field(default_factory=list)  # students
    failed: list[str] = field(default_factory=list)  # "student: problem"

    def describe(self) -> list[str]:
        lines = [f"{self.reencoded} reference faces re-encoded with {MODEL_ID}"]
        if self.removed_without_image:
            lines.append(f"{len(self.removed_without_image)} templates had no stored face to re-encode and were "
                         f"removed; these students need a new reference photo: {', '.join(self.removed_without_image)}")
        if self.failed:
            lines.append(f"{len(self.failed)} reference faces could not be re-encoded and were removed: "
                         + "; ".join(self.failed))
        return lines


def templates_fingerprint(rows) -> str:
    """A student's templates as one hash (model and content of each): review decisions about
    that student are reused only while it is unchanged."""
    h = hashlib.sha256()
    for model, sha in sorted(rows):
        h.update(f"{model}:{sha};".encode())
    return h.hexdigest()


class RosterService:
    def __init__(self, db: Database, pool_factory: PoolFactory | None = None,
                 templates_per_student: int | None = None, max_removal_share: float | None = None) -> None:
        self.db = db
        self._pool_factory = pool_factory
        self._templates_per_student = templates_per_student
        self._max_removal_share = max_removal_share

    def recognize_all(self) -> bool:
        """Whether whole-school recognition is on (district screening setting)."""
        from ..settings_service import SettingsService

        return SettingsService(self.db).screening().recognize_all_students

    @property
    def templates_per_student(self) -> int:
        if self._templates_per_student is not None:
            return self._templates_per_student
        from ..settings_service import SettingsService

        return SettingsService(self.db).screening().templates_per_student

    # -- reading ------------------------------------------------------------------------------
    def templates_for(self, use: str) -> TemplateSet:
        """Templates of every student whose photo opt-out covers this use; with whole-school
        recognition on, also of every other enrolled student, unprotected and under a
        pseudonym (``~N``) so that no screening result can name them.

        Raises StaleTemplatesError when an opted-out student's template was made by another
        face model: comparing it would be meaningless, and leaving it out would silently
        unprotect the student. (Another model's template of a student without an opt-out is
        left out: that only makes identification, and so clearing, rarer.)
        """
        recognize_all = self.recognize_all()
        with self.db.session() as s:
            rows = s.execute(
                select(Student.student_id, Student.photo_opt_out, ReferencePhoto.encoding, ReferencePhoto.model,
                       ReferencePhoto.sha256, School.code, ReferencePhoto.quality_problems)
                .join(ReferencePhoto, ReferencePhoto.student_pk == Student.id)
                .outerjoin(School, School.id == Student.school_id)
                .order_by(Student.student_id, ReferencePhoto.id)
            ).all()
        protected = [r for r in rows if use in parse_uses(r[1])]
        stale = sorted({r[0] for r in protected if r[3] != MODEL_ID})
        if stale:
            raise StaleTemplatesError(use, stale)
        per_student: dict[str, list[tuple[str, str]]] = {}
        for r in protected:
            per_student.setdefault(r[0], []).append((r[3], r[4]))
        others = [r for r in rows if use not in parse_uses(r[1]) and r[3] == MODEL_ID] if recognize_all else []
        pseudonyms: dict[str, str] = {}
        for r in others:
            pseudonyms.setdefault(r[0], f"{PSEUDONYM_PREFIX}{len(pseudonyms) + 1}")
        chosen = protected + others
        return TemplateSet.from_pairs(
            (((r[0] if i < len(protected) else pseudonyms[r[0]]), np.frombuffer(r[2], dtype="<f4"))
             for i, r in enumerate(chosen)), MODEL_ID,
            schools=[r[5] for r in chosen],
            fingerprints={sid: templates_fingerprint(v) for sid, v in per_student.items()},
            protected=[i < len(protected) for i in range(len(chosen))],
            weak=[bool(r[6]) for r in chosen],
            cohort=_cohort(),
        )

    def templates_for_uses(self, uses) -> TemplateSet:
        """Templates of every student whose photo opt-out covers any of the uses (a face that is
        restricted for one use of a post is restricted for the post); with whole-school
        recognition, the other enrolled students too, unprotected."""
        uses = sorted(set(uses)) or ["social"]
        sets = [self.templates_for(use) for use in uses]
        if len(sets) == 1:
            return sets[0]
        # a row is protected when it is protected for any use; pseudonyms differ per set, so
        # unprotected rows are taken from the first set, leaving out templates protected elsewhere
        seen: dict[bytes, tuple] = {}
        for t in sets:
            for sid, enc, school, prot, weak in zip(t.student_ids, t.encodings, t.schools, t.protected_mask,
                                                    t.weak_mask):
                if prot:
                    key = (sid + "|").encode() + enc.tobytes()
                    seen.setdefault(key, (sid, enc, school, True, weak))
        protected_encodings = {k.split(b"|", 1)[1] for k in seen}
        first = sets[0]
        for sid, enc, school, prot, weak in zip(first.student_ids, first.encodings, first.schools,
                                                first.protected_mask, first.weak_mask):
            if not prot and enc.tobytes() not in protected_encodings:
                seen.setdefault((sid + "|").encode() + enc.tobytes(), (sid, enc, school, False, weak))
        fingerprints = {k: v for t in sets for k, v in t.fingerprints.items()}
        values = list(seen.values())
        return TemplateSet.from_pairs([(v[0], v[1]) for v in values], MODEL_ID,
                                      schools=[v[2] for v in values], fingerprints=fingerprints,
                                      protected=[v[3] for v in values], weak=[v[4] for v in values],
                                      cohort=_cohort())

    def fingerprints(self, student_ids) -> dict[str, str]:
        """The current templates fingerprint of each student (absent: no templates)."""
        ids = sorted(set(student_ids))
        if not ids:
            return {}
        with self.db.session() as s:
            rows = s.execute(select(Student.student_id, ReferencePhoto.model, ReferencePhoto.sha256)
                             .join(ReferencePhoto, ReferencePhoto.student_pk == Student.id)
                             .where(Student.student_id.in_(ids))).all()
        per: dict[str, list[tuple[str, str]]] = {}
        for sid, model, sha in rows:
            per.setdefault(sid, []).append((model, sha))
        return {sid: templates_fingerprint(v) for sid, v in per.items()}

    def stale_template_count(self) -> int:
        """Templates made by a face model other than the current one (to re-encode)."""
        with self.db.session() as s:
            return len(s.execute(select(ReferencePhoto.id).where(ReferencePhoto.model != MODEL_ID)).all())

    def unprotected(self, use: str | None = None) -> list[str]:
        """Students with a photo opt-out (for ``use``, or any) and no usable template of the
        current model: screening cannot recognise them."""
        with self.db.session() as s:
            opted = s.execute(select(Student.id, Student.student_id, Student.photo_opt_out)
                              .where(Student.photo_opt_out != "")).all()
            usable = self._usable_template_counts(s)
        return sorted(sid for pk, sid, uses in opted
                      if (use is None or use in parse_uses(uses)) and not usable.get(pk))

    def unprotected_for(self, uses, school: str | None = None) -> list[str]:
        """Students opted out of photos for any of ``uses`` (of ``school``, a building code or
        name, if given) that screening cannot recognise: no usable template of the current model."""
        wanted = set(uses) or {"social"}
        code = _school_code(school) if school else None
        with self.db.session() as s:
            opted = s.execute(select(Student.id, Student.student_id, Student.photo_opt_out, School.code)
                              .outerjoin(School, School.id == Student.school_id)
                              .where(Student.photo_opt_out != "")).all()
            usable = self._usable_template_counts(s)
        return sorted(sid for pk, sid, photo, sc in opted
                      if wanted & parse_uses(photo) and not usable.get(pk) and (code is None or sc == code))

    def _check_reader(self, actor) -> None:
        """Reading students' names: a director or admin (the roles held now), once staff accounts
        exist; not checked for a caller that passes no actor at all (``UNCHECKED``)."""
        if actor is UNCHECKED:
            return
        with audited_refusals(self.db), self.db.session() as s:
            authorize(s, ROSTER_READ_NAMES, actor, subject_type="roster")

    def display_names(self, student_ids, *, actor: Actor | None = UNCHECKED) -> dict[str, str]:
        """Student ID -> the name staff know them by (for lists of who is unprotected)."""
        self._check_reader(actor)
        ids = sorted(set(student_ids))
        if not ids:
            return {}
        with self.db.session() as s:
            rows = s.execute(select(Student.student_id, Student.preferred_name, Student.first_name, Student.last_name)
                             .where(Student.student_id.in_(ids))).all()
        return {sid: f"{pref or first} {last}" for sid, pref, first, last in rows}

    @staticmethod
    def _weak_problems(s) -> dict[int, list[str]]:
        """Per student (primary key): the problems of their weak reference photos (current model)."""
        out: dict[int, list[str]] = {}
        for pk, problems in s.execute(select(ReferencePhoto.student_pk, ReferencePhoto.quality_problems)
                                      .where(ReferencePhoto.model == MODEL_ID,
                                             ReferencePhoto.quality_problems != "")).all():
            out.setdefault(pk, []).append(problems)
        return out

    def weak_references(self, *, actor: Actor | None = UNCHECKED) -> tuple[list[str], int]:
        """Opted-out students whose every usable reference photo is weak, as "Name (ID): problems",
        and how many students without an opt-out have only weak references (never named)."""
        self._check_reader(actor)
        with self.db.session() as s:
            rows = s.execute(select(Student.id, Student.student_id, Student.preferred_name, Student.first_name,
                                    Student.last_name, Student.photo_opt_out, ReferencePhoto.quality_problems)
                             .join(ReferencePhoto, ReferencePhoto.student_pk == Student.id)
                             .where(ReferencePhoto.model == MODEL_ID)).all()
        per: dict[int, list] = {}
        for r in rows:
            per.setdefault(r[0], []).append(r)
        named, unnamed = [], 0
        for photos in per.values():
            if any(not p[6] for p in photos):
                continue  # at least one good reference
            r = photos[0]
            if r[5]:
                named.append(f"{r[2] or r[3]} {r[4]} ({r[1]}): {photos[-1][6]}")
            else:
                unnamed += 1
        return sorted(named), unnamed

    def template_counts(self) -> tuple[int, int]:
        """(templates of students with a photo opt-out, templates of students without one)."""
        with self.db.session() as s:
            rows = s.execute(select(Student.photo_opt_out, func.count(ReferencePhoto.id))
                             .join(ReferencePhoto, ReferencePhoto.student_pk == Student.id)
                             .group_by(Student.photo_opt_out)).all()
        opted = sum(n for uses, n in rows if uses)
        return opted, sum(n for uses, n in rows if not uses)

    @staticmethod
    def _usable_template_counts(s) -> dict[int, int]:
        """Templates of the current model per student (primary key), without loading any blob."""
        return dict(s.execute(select(ReferencePhoto.student_pk, func.count(ReferencePhoto.id))
                              .where(ReferencePhoto.model == MODEL_ID)
                              .group_by(ReferencePhoto.student_pk)).all())

    def reencode(self, *, progress: Progress | None = None, cancel: threading.Event | None = None,
                 actor: Actor | None = None,
                 in_transaction: Callable[[object, ReencodeReport], None] | None = None) -> ReencodeReport:
        """Re-encode every template made by another model from its stored face, in one transaction
        under the roster lock (a director or an admin only, once staff accounts exist: the roles
        the account has now, checked when reading and again in the writing transaction; a
        refusal is audited as ``access.refused``).

        in_transaction(session, report) runs inside that transaction (the workflow's audit entry)."""
        with audited_refusals(self.db):
            return self._reencode(progress, cancel, actor, in_transaction)

    def _reencode(self, progress, cancel, actor, in_transaction) -> ReencodeReport:
        with self.db.session() as s:
            authorize(s, ROSTER_REENCODE, actor, subject_type="roster")
            version = _read_version(s)
            todo = s.execute(select(ReferencePhoto.id, Student.student_id, ReferencePhoto.face_image)
                             .join(Student).where(ReferencePhoto.model != MODEL_ID)).all()
        report = ReencodeReport()
        with_image = [(pk, sid, img) for pk, sid, img in todo if img]
        outcomes = []
        if with_image:
            if self._pool_factory is None:
                raise RuntimeError("RosterService needs a pool factory to re-encode reference photos")
            with self._pool_factory() as pool:
                outcomes = pool.reencode_many([(f"{sid} (stored reference face)", img) for _, sid, img in with_image],
                                              progress=progress, cancel=cancel)
        results = {pk: o for (pk, _, _), o in zip(with_image, outcomes)}
        with self.db.session() as s:
            _lock_version(s, version)
            authorize(s, ROSTER_REENCODE, actor, subject_type="roster")  # roles may have changed meanwhile
            for pk, sid, _img in todo:
                photo = s.get(ReferencePhoto, pk)
                if photo is None:
                    continue
                outcome = results.get(pk)
                if outcome is None:
                    report.removed_without_image.append(sid)
                    s.delete(photo)
                elif outcome.problem:
                    report.failed.append(f"{sid}: {outcome.problem}")
                    s.delete(photo)
                else:
                    photo.encoding, photo.model = outcome.encoding, outcome.model
                    report.reencoded += 1
            if in_transaction is not None:
                in_transaction(s, report)
        return report

    def name_entries_for(self, use: str) -> list[NameEntry]:
        with self.db.session() as s:
            rows = s.execute(select(Student).where(Student.name_opt_out != "")).scalars().all()
            return [
                NameEntry(r.student_id, r.first_name, r.last_name, r.preferred_name)
                for r in rows if use in parse_uses(r.name_opt_out)
            ]

    def caption_name_entries(self, use: str) -> list[NameEntry]:
        """Names to look for in photo file names and captions: a photo opt-out counts too, since a
        caption naming the student identifies the face."""
        with self.db.session() as s:
            rows = s.execute(select(Student).where((Student.name_opt_out != "") | (Student.photo_opt_out != ""))).scalars().all()
            return [
                NameEntry(r.student_id, r.first_name, r.last_name, r.preferred_name)
                for r in rows if use in parse_uses(r.name_opt_out) | parse_uses(r.photo_opt_out)
            ]

    def roster_ids(self) -> set[str]:
        with self.db.session() as s:
            return set(s.execute(select(Student.student_id)).scalars())

    def students(self, *, opted_out_only: bool = False, search: str = "",
                 actor: Actor | None = UNCHECKED) -> list[StudentView]:
        """The roster's students with their opt-outs and templates; with ``actor`` given (None:
        nobody signed in), only for a director or admin once staff accounts exist."""
        self._check_reader(actor)
        with self.db.session() as s:
            query = select(Student).options(selectinload(Student.school))
            if opted_out_only:
                query = query.where((Student.photo_opt_out != "") | (Student.name_opt_out != ""))
            students = s.execute(query.order_by(Student.last_name, Student.first_name)).scalars().all()
            usable = self._usable_template_counts(s)
            weak = self._weak_problems(s)
            views = [
                StudentView(st.student_id, st.first_name, st.last_name, st.preferred_name, st.grade,
                            st.school.name if st.school else None, parse_uses(st.photo_opt_out),
                            parse_uses(st.name_opt_out), usable.get(st.id, 0), tuple(weak.get(st.id, ())))
                for st in students
            ]
        needle = search.strip().lower()
        if needle:
            views = [v for v in views if needle in f"{v.student_id} {v.first_name} {v.last_name} {v.preferred_name or ''}".lower()]
        return views

    def reference_thumbnails(self, student_id: str) -> list[bytes]:
        """The student's reference faces, newest first."""
        with self.db.session() as s:
            return [t for t in s.execute(
                select(ReferencePhoto.thumbnail).join(Student).where(Student.student_id == student_id)
                .order_by(ReferencePhoto.created_at.desc(), ReferencePhoto.id.desc())
            ).scalars() if t]

    # -- importing ----------------------------------------------------------------------------
    def version(self) -> int:
        """The roster's version: every applied import and re-encoding bumps it."""
        with self.db.session() as s:
            return _read_version(s)

    def max_removal_share(self) -> float:
        """The share of the roster a file may remove without confirmation (district setting
        ``roster.max_removal_share``, default 10 %)."""
        if self._max_removal_share is not None:
            return self._max_removal_share
        with self.db.session() as s:
            row = s.get(Setting, MAX_REMOVAL_SHARE_KEY)
        try:
            value = float(json.loads(row.value_json)) if row is not None else DEFAULT_MAX_REMOVAL_SHARE
        except (TypeError, ValueError):
            return DEFAULT_MAX_REMOVAL_SHARE
        return value if 0 <= value <= 1 else DEFAULT_MAX_REMOVAL_SHARE

    def preview(self, rows: Sequence[RosterRow], *, apply_removals: bool = False) -> RosterChanges:
        """What applying ``rows`` would change, including the removals it would only list (or
        apply, with ``apply_removals``) and the roster version it was planned against."""
        return self._plan(rows, apply_removals).changes

    def apply(self, rows: Sequence[RosterRow], source: str, *, progress: Progress | None = None,
              cancel: threading.Event | None = None, actor: Actor | None = None,
              apply_removals: bool = False, keep_absent: bool = False, allow_missing_photos: bool = False,
              expected_version: int | None = None,
              in_transaction: Callable[[object, RosterChanges], None] | None = None) -> RosterChanges:
        """Enrol new reference photos, then write everything in one transaction.

        Only a director or an admin may change the roster (anyone while the workstation has no
        staff accounts). Students absent from the file (within its scope) and lifted opt-outs
        are applied only with ``apply_removals``; a file removing more than the district's
        share is refused unless ``apply_removals`` or ``keep_absent`` (keep everyone) is given.
        New opt-outs always apply. A reference photo that cannot be used refuses the import,
        unless ``allow_missing_photos``: then it is skipped and its student reported.
        The write takes the roster lock and refuses if the roster changed since the plan (or
        since ``expected_version``, the version a preview showed).
        in_transaction(session, changes) runs inside that transaction (the workflow's audit entry).
        The person's current roles are checked before enrolling and again in the writing
        transaction; a refusal is audited as ``access.refused``.
        """
        with audited_refusals(self.db):
            return self._apply(rows, source, progress, cancel, actor, apply_removals, keep_absent,
                               allow_missing_photos, expected_version, in_transaction)

    def _apply(self, rows, source, progress, cancel, actor, apply_removals, keep_absent, allow_missing_photos,
               expected_version, in_transaction) -> RosterChanges:
        with self.db.session() as s:
            authorize(s, ROSTER_IMPORT, actor, subject_type="roster")
        plan = self._plan(rows, apply_removals)
        changes = plan.changes
        if expected_version is not None and changes.roster_version != expected_version:
            raise RosterChangedError()
        if changes.removal_share_exceeded and not (apply_removals or keep_absent):
            raise RemovalsNeedConfirmation(changes)
        encodings = self._enrol(plan, progress, cancel, allow_missing_photos)
        try:
            self._write(rows, plan, encodings, source, actor, in_transaction)
        except IntegrityError as exc:  # a unique key taken meanwhile (a race the lock did not see)
            raise RosterChangedError(str(exc.orig).splitlines()[0] if exc.orig else "") from None
        except OperationalError as exc:
            if "locked" in str(exc).lower():
                raise RosterChangeRefused("another roster change is being written; try again in a moment") from None
            raise
        return changes

    def _plan(self, rows: Sequence[RosterRow], apply_removals: bool = False) -> _Plan:
        problems: list[RosterProblem] = []
        seen: dict[str, RosterRow] = {}
        for row in rows:
            if row.student_id in seen:
                first = seen[row.student_id]
                problems.append(RosterProblem(row.source, row.line,
                                              f"duplicate student ID {row.student_id} (also {first.source}:{first.line})"))
            seen[row.student_id] = row
        if problems:
            raise RosterFileError(problems)

        with self.db.session() as s:
            version = _read_version(s)
            existing = {st.student_id: st for st in s.execute(
                select(Student).options(_photos_without_blobs(), selectinload(Student.school))
            ).scalars()}
            usable_hashes = {sid: {p.sha256 for p in st.reference_photos if p.model == MODEL_ID}
                             for sid, st in existing.items()}
            template_counts = {sid: len(st.reference_photos) for sid, st in existing.items()}
            old = {sid: (st.first_name, st.last_name, st.preferred_name, st.grade,
                         st.school.code if st.school else None, st.photo_opt_out, st.name_opt_out)
                   for sid, st in existing.items()}
            names = {sid: f"{st.preferred_name or st.first_name} {st.last_name}" for sid, st in existing.items()}

        keep = self.templates_per_student
        recognize_all = self.recognize_all()
        scope = sorted({code for row in rows if (code := _school_code(row.school))})
        changes = RosterChanges(scope_schools=scope, roster_size=len(existing), removals_applied=apply_removals,
                                max_removal_share=self.max_removal_share(), roster_version=version, names=names,
                                recognize_all=recognize_all)
        plans: list[_PhotoPlan] = []
        path_hashes: dict[Path, str] = {}
        effective: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        for row in rows:
            changes.names[row.student_id] = f"{row.preferred_name or row.first_name} {row.last_name}"
            before = old.get(row.student_id)
            old_photo = parse_uses(before[5]) if before else frozenset()
            old_name = parse_uses(before[6]) if before else frozenset()
            photo_uses, name_uses = row.photo_opt_out, row.name_opt_out
            if old_photo - photo_uses:
                changes.photo_opt_outs_lifted.append(row.student_id)
            if old_name - name_uses:
                changes.name_opt_outs_lifted.append(row.student_id)
            if not apply_removals:  # a lift is a removal: kept until asked for
                photo_uses, name_uses = photo_uses | old_photo, name_uses | old_name
            effective[row.student_id] = (photo_uses, name_uses)
            new = (row.first_name, row.last_name, row.preferred_name, row.grade, _school_code(row.school),
                   format_uses(photo_uses), format_uses(name_uses))
            if before is None:
                changes.added.append(row.student_id)
            elif before != new:
                changes.updated.append(row.student_id)
            if photo_uses and not old_photo:
                changes.photo_opt_outs_added.append(row.student_id)
            if name_uses and not old_name:
                changes.name_opt_outs_added.append(row.student_id)
            if not photo_uses and not recognize_all:
                changes.templates_to_delete += template_counts.get(row.student_id, 0)
                continue
            hashes = usable_hashes.get(row.student_id, set())
            new_hashes = set()
            for path in row.photos:
                try:
                    digest = file_sha256(path)
                except OSError as exc:
                    problems.append(RosterProblem(row.source, row.line, f"cannot read reference photo {path}: {exc.strerror or exc}"))
                    continue
                path_hashes[path] = digest
                if digest in new_hashes:
                    continue
                new_hashes.add(digest)
                if digest in hashes:
                    changes.photos_unchanged += 1
                else:
                    plans.append(_PhotoPlan(row, path, digest))
            # A new portrait adds a template; the oldest beyond the last `keep` are deleted.
            added = len(new_hashes - hashes)
            changes.templates_to_delete += max(0, template_counts.get(row.student_id, 0) + added - keep)
            if not new_hashes and not hashes and photo_uses:
                changes.without_reference_photo.append(row.student_id)
        changes.photos_to_enrol = len(plans)
        for sid in sorted(set(old) - set(seen)):
            if scope and old[sid][4] not in scope:
                continue  # another school's student: this file does not cover them
            changes.removed.append(sid)
            if apply_removals:
                changes.templates_to_delete += template_counts.get(sid, 0)
        if problems:
            raise RosterFileError(problems)
        return _Plan(changes, plans, path_hashes, effective, recognize_all)

    def _enrol(self, plan: _Plan, progress, cancel, allow_missing_photos: bool = False) -> dict:
        plans = plan.photos
        if not plans:
            return {}
        if self._pool_factory is None:
            raise RuntimeError("RosterService needs a pool factory to enrol reference photos")
        with self._pool_factory() as pool:
            outcomes = pool.enrol_many([str(p.path) for p in plans], progress=progress, cancel=cancel)
        bad = [(p, o) for p, o in zip(plans, outcomes) if o.problem]
        if bad and not allow_missing_photos:
            raise RosterFileError([RosterProblem(p.row.source, p.row.line, o.problem) for p, o in bad])
        changes = plan.changes
        for p, o in bad:
            changes.unusable_photos.append(f"{p.row.student_id} ({p.path.name}): {o.problem}")
            changes.photos_to_enrol -= 1
        enrolled = {p.row.student_id for p, o in zip(plans, outcomes) if not o.problem}
        for p, o in zip(plans, outcomes):
            if o.problem:
                continue
            if plan.effective[p.row.student_id][0]:
                if o.quality_problems:
                    changes.weak_references.append(f"{changes.names.get(p.row.student_id, p.row.student_id)} "
                                                   f"({p.row.student_id}, {p.path.name}): "
                                                   + "; ".join(o.quality_problems))
            else:
                changes.templates_without_opt_out += 1
                changes.weak_references_without_opt_out += bool(o.quality_problems)
        for sid in sorted({p.row.student_id for p, _ in bad}):
            if sid not in enrolled and not self._has_usable(sid) and sid not in changes.without_reference_photo:
                changes.without_reference_photo.append(sid)
        return {(p.row.student_id, p.sha256): o for p, o in zip(plans, outcomes) if not o.problem}

    def _has_usable(self, student_id: str) -> bool:
        with self.db.session() as s:
            return bool(s.execute(select(func.count(ReferencePhoto.id)).join(Student)
                                  .where(Student.student_id == student_id, ReferencePhoto.model == MODEL_ID))
                        .scalar_one())

    def _write(self, rows, plan: _Plan, encodings, source, actor, in_transaction=None) -> None:
        changes = plan.changes
        keep = self.templates_per_student
        now = datetime.now(timezone.utc)
        by_student: dict[str, list[_PhotoPlan]] = {}
        for photo_plan in plan.photos:
            if (photo_plan.row.student_id, photo_plan.sha256) in encodings:
                by_student.setdefault(photo_plan.row.student_id, []).append(photo_plan)
        with self.db.session() as s:
            _lock_version(s, changes.roster_version)  # first statement: the roster lock
            staff = authorize(s, ROSTER_IMPORT, actor, subject_type="roster")
            actor_email = staff.email if staff is not None else None
            schools = {sc.code: sc for sc in s.execute(select(School)).scalars()}
            existing = {st.student_id: st for st in s.execute(
                select(Student).options(_photos_without_blobs())).scalars()}
            for row in rows:
                photo_uses, name_uses = plan.effective[row.student_id]
                school = None
                code = _school_code(row.school)
                if code:
                    school = schools.get(code)
                    if school is None:
                        school = schools[code] = School(code=code, name=row.school.strip())
                        s.add(school)
                st = existing.get(row.student_id)
                if st is None:
                    st = Student(student_id=row.student_id)
                    s.add(st)
                st.first_name, st.last_name = row.first_name, row.last_name
                st.preferred_name, st.grade, st.school = row.preferred_name, row.grade, school
                st.photo_opt_out = format_uses(photo_uses)
                st.name_opt_out = format_uses(name_uses)
                if not photo_uses and not plan.recognize_all:
                    st.reference_photos.clear()  # biometric data only while opted out
                    continue
                for order, photo_plan in enumerate(by_student.get(row.student_id, [])):
                    outcome = encodings[(row.student_id, photo_plan.sha256)]
                    same = next((p for p in st.reference_photos if p.sha256 == photo_plan.sha256), None)
                    quality = "; ".join(outcome.quality_problems)[:500]
                    if same is not None:  # the same photo, encoded by an older model: encode anew
                        same.encoding, same.model, same.face_image = outcome.encoding, outcome.model, outcome.face_image
                        same.thumbnail, same.quality_problems = outcome.thumbnail, quality
                        continue
                    st.reference_photos.append(ReferencePhoto(
                        sha256=photo_plan.sha256, source_name=photo_plan.path.name, encoding=outcome.encoding,
                        thumbnail=outcome.thumbnail, model=outcome.model, face_image=outcome.face_image,
                        quality_problems=quality, created_at=now + timedelta(microseconds=order)))
                # keep the newest `keep` templates (photos of one import in file order)
                photos = sorted(st.reference_photos, key=lambda p: (_aware(p.created_at), p.id or 0))
                for photo in photos[:max(0, len(photos) - keep)]:
                    st.reference_photos.remove(photo)
            if changes.removals_applied:
                for sid in changes.removed:
                    s.delete(existing[sid])
            s.add(RosterImport(source=source, imported_by=actor_email, workstation=socket.gethostname(),
                               summary_json=json.dumps(changes.summary())))
            s.flush()
            if in_transaction is not None:
                in_transaction(s, changes)


def _cohort():
    """The shipped cohort, so that each template's cohort statistics are computed once here
    rather than in every worker; None when it cannot be loaded (the worker's own check then
    refuses to screen: fail closed)."""
    from ..engine.cohort import shipped_cohort
    from ..engine.models import ModelsMissingError

    try:
        return shipped_cohort()
    except (ModelsMissingError, OSError, ValueError):
        return None


def delete_templates_without_opt_out(s) -> int:
    """Delete, in the caller's transaction, the templates of every student without a photo
    opt-out (whole-school recognition turned off); returns how many were deleted."""
    from sqlalchemy import delete

    ids = select(Student.id).where(Student.photo_opt_out == "")
    result = s.execute(delete(ReferencePhoto).where(ReferencePhoto.student_pk.in_(ids))
                       .execution_options(synchronize_session=False))
    if result.rowcount:
        _bump_version(s)
    return int(result.rowcount or 0)


def _bump_version(s) -> None:
    s.execute(update(RosterState).where(RosterState.id == 1).values(version=RosterState.version + 1)
              .execution_options(synchronize_session=False))


MAX_REMOVAL_SHARE_KEY = "roster.max_removal_share"
DEFAULT_MAX_REMOVAL_SHARE = 0.10


def _read_version(s) -> int:
    state = s.get(RosterState, 1)
    return state.version if state is not None else 0


def _lock_version(s, expected: int) -> None:
    """Take the roster lock (the row lock on PostgreSQL, the write lock on SQLite) by bumping
    the version, and refuse if another change landed since ``expected`` was read."""
    result = s.execute(update(RosterState).where(RosterState.id == 1, RosterState.version == expected)
                       .values(version=RosterState.version + 1).execution_options(synchronize_session=False))
    if result.rowcount != 1:
        raise RosterChangedError()


def _photos_without_blobs():
    """Load students' reference photos without their templates, thumbnails and face images:
    planning and writing an import need only their hashes, models and dates."""
    return selectinload(Student.reference_photos).load_only(
        ReferencePhoto.id, ReferencePhoto.student_pk, ReferencePhoto.sha256, ReferencePhoto.model,
        ReferencePhoto.created_at)


def _aware(when: datetime | None) -> datetime:
    """SQLite returns naive datetimes (stored as UTC); compare them as UTC."""
    if when is None:
        return datetime.min.replace(tzinfo=timezone.utc)
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _school_code(name: str | None) -> str | None:
    if not name or not name.strip():
        return None
    return " ".join(name.strip().lower().split())


