"""Shared pieces of the roster readers: the row type, problem reporting and photo discovery.

A reader turns one roster file into validated `RosterRow`s. It never stops at the first
problem: it collects every problem in the file and raises a single `RosterFileError`, so an
import is all-or-nothing and the user can fix the whole file in one go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from desktop_app.uses import NO_USES, UseValueError, parse_uses

IMAGE_EXTENSIONS = frozenset(
    {"jpg", "jpeg", "png", "webp", "gif", "tif", "tiff", "heic", "heif", "bmp"}
)
MAX_LISTED_PROBLEMS = 50

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
    Opt-out fields absent from `values` get `default_opt_out`. Returns None if the row is bad.
    """
    def problem(message: str) -> None:
        problems.append(RosterProblem(source, line, message))

    before = len(problems)
    student_id = (values.get("student_id") or "").strip()
    if not student_id:
        problem("missing student ID")
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
        preferred_name=blank_to_none(values.get("preferred_name")),
        grade=blank_to_none(values.get("grade")),
        school=blank_to_none(values.get("school")),
        photo_opt_out=opt_outs["photo_opt_out"],
        name_opt_out=opt_outs["name_opt_out"],
        photos=photos,
        source=source,
        line=line,
    )
