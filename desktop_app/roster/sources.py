"""Shared pieces of the roster readers: the row type, problem reporting and photo discovery.

A reader turns one roster file into validated `RosterRow`s. It never stops at the first
problem: it collects every problem in the file and raises a single `RosterFileError`, so an
import is all-or-nothing and the user can fix the whole file in one go. The exception is a
line it cannot read at all (a NUL character, a cell over the csv module's size limit): that
line is reported and reading stops, since what follows cannot be trusted.

Text the database should not hold is a problem of its row: a value longer than its column
(limits read from the storage models' column types; SQLite would silently store it,
PostgreSQL would refuse it) or a control character other than tab. Readers never open a
database session.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from desktop_app.storage.models import School, Student
from desktop_app.uses import NO_USES, UseValueError, parse_uses

IMAGE_EXTENSIONS = frozenset(
    {"jpg", "jpeg", "png", "webp", "gif", "tif", "tiff", "heic", "heif", "bmp"}
)
MAX_LISTED_PROBLEMS = 50

NUL_LINE = "line contains a NUL character"

# Longest value each stored text field may hold: the length of its database column. The
# school is stored twice, as its name and as its building key (see `_school_key`).
MAX_LENGTHS: dict[str, int] = {
    "student_id": Student.__table__.c.student_id.type.length,
    "first_name": Student.__table__.c.first_name.type.length,
    "last_name": Student.__table__.c.last_name.type.length,
    "preferred_name": Student.__table__.c.preferred_name.type.length,
    "grade": Student.__table__.c.grade.type.length,
    "school": School.__table__.c.name.type.length,
    "school_key": School.__table__.c.code.type.length,
}
_LABELS = {
    "student_id": "student ID",
    "first_name": "first name",
    "last_name": "last name",
    "preferred_name": "preferred name",
    "grade": "grade",
    "school": "school",
}
# Control characters (Unicode category Cc) other than tab; a school name may also hold the
# line breaks of a quoted multi-line cell, since its building key folds whitespace.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")
_CONTROL_BUT_LINE_BREAKS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# "<id>.<ext>" or "<id>_<n>.<ext>"; IDs are ASCII letters, digits and '-'.
_PHOTO_NAME = re.compile(r"^(?P<id>[A-Za-z0-9-]+)(?:_(?P<n>[0-9]+))?\.(?P<ext>[A-Za-z0-9]+)$")


@dataclass(frozen=True)
class RosterRow:
    student_id: str
    first_name: str
    last_name: str
    preferred_name: str | None
    grade: str | None
    school: str | None
    photo_opt_out: frozenset[str]
    name_opt_out: frozenset[str]
    photos: tuple[Path, ...]
    source: Path
    line: int  # 1-based physical line where the row starts


@dataclass(frozen=True)
class RosterProblem:
    file: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else str(self.file)
        return f"{where}: {self.message}"


class RosterFileError(Exception):
    """A roster file has problems; nothing from it may be imported."""

    def __init__(self, problems: list[RosterProblem]):
        self.problems = list(problems)
        super().__init__(self._describe())

    def _describe(self) -> str:
        lines = [str(p) for p in self.problems[:MAX_LISTED_PROBLEMS]]
        more = len(self.problems) - MAX_LISTED_PROBLEMS
        if more > 0:
            lines.append(f"... and {more} more problem{'s' if more > 1 else ''}")
        return "\n".join(lines)


def decode_roster_bytes(data: bytes) -> str:
    """Decode a roster export: UTF-8 (BOM optional), UTF-16 with BOM, else Windows cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return data.decode("latin-1")


def find_reference_photos(photos_dir: Path) -> dict[str, list[Path]]:
    """Map student ID -> photos in DIR named `<id>.<ext>` or `<id>_<n>.<ext>`.

    Extensions are matched case-insensitively; other files are ignored. Each list is ordered
    `<id>.<ext>` first, then by number, then by file name.
    """
    found: dict[str, list[tuple[int, str, Path]]] = {}
    for path in photos_dir.iterdir():
        match = _PHOTO_NAME.match(path.name)
        if not match or match["ext"].lower() not in IMAGE_EXTENSIONS or not path.is_file():
            continue
        number = int(match["n"]) if match["n"] is not None else -1
        found.setdefault(match["id"], []).append((number, path.name, path))
    return {sid: [p for _, _, p in sorted(items)] for sid, items in sorted(found.items())}


def blank_to_none(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _school_key(name: str) -> str:
    """The building key the roster service stores a school under (lower case, spaces folded)."""
    return " ".join(name.strip().lower().split())


def _text_problems(field: str, value: str) -> list[str]:
    """Why `value` (already stripped) cannot be stored in `field`: too long, control characters."""
    label = _LABELS[field]
    found = []
    limit = MAX_LENGTHS[field]
    if len(value) > limit:
        found.append(f"{label} is longer than {limit} characters")
    elif field == "school" and len(_school_key(value)) > MAX_LENGTHS["school_key"]:
        found.append(f"{label} is longer than {MAX_LENGTHS['school_key']} characters")
    control = (_CONTROL_BUT_LINE_BREAKS if field == "school" else _CONTROL).search(value)
    if control:
        found.append(f"{label} contains a control character (U+{ord(control.group()):04X})")
    return found


def build_row(
    values: Mapping[str, str],
    *,
    source: Path,
    line: int,
    photos: tuple[Path, ...],
    problems: list[RosterProblem],
    seen_ids: dict[str, int],
    default_opt_out: frozenset[str] = NO_USES,
) -> RosterRow | None:
    """Validate one row's field values (field name -> raw cell) into a RosterRow.

    Problems are appended to `problems`; `seen_ids` (ID -> first line) catches duplicates.
    Opt-out fields absent from `values` get `default_opt_out`. Text fields must fit their
    database column and hold no control character (see `_text_problems`). Returns None if the
    row is bad.
    """
    def problem(message: str) -> None:
        problems.append(RosterProblem(source, line, message))

    before = len(problems)
    student_id = (values.get("student_id") or "").strip()
    id_problems = _text_problems("student_id", student_id)
    if not student_id:
        problem("missing student ID")
    elif id_problems:
        for message in id_problems:
            problem(message)
    elif student_id in seen_ids:
        problem(f"duplicate student ID {student_id!r} (lines {seen_ids[student_id]} and {line})")
    else:
        seen_ids[student_id] = line
    first_name = (values.get("first_name") or "").strip()
    last_name = (values.get("last_name") or "").strip()
    if not first_name:
        problem("blank first name")
    if not last_name:
        problem("blank last name")
    optional = {f: blank_to_none(values.get(f)) for f in ("preferred_name", "grade", "school")}
    for field, value in (("first_name", first_name), ("last_name", last_name), *optional.items()):
        for message in _text_problems(field, value or ""):
            problem(message)
    opt_outs = {}
    for field, label in (("photo_opt_out", "photo opt-out"), ("name_opt_out", "name opt-out")):
        if field not in values:
            opt_outs[field] = default_opt_out
            continue
        try:
            opt_outs[field] = parse_uses(values[field])
        except UseValueError as exc:
            problem(f"{label}: {exc}")
    if len(problems) > before:
        return None
    return RosterRow(
        student_id=student_id,
        first_name=first_name,
        last_name=last_name,
        preferred_name=optional["preferred_name"],
        grade=optional["grade"],
        school=optional["school"],
        photo_opt_out=opt_outs["photo_opt_out"],
        name_opt_out=opt_outs["name_opt_out"],
        photos=photos,
        source=source,
        line=line,
    )
