"""Read a student roster exported from a student information system as CSV.

Headers are matched to our fields by common SIS spellings (case, spaces, underscores and
hyphens ignored); a `column_map` from the GUI's "map columns" step overrides the guess.
The text may be UTF-8 (with or without BOM), UTF-16 with BOM or Windows cp1252, delimited by
comma, semicolon or tab. Row line numbers are physical lines, so quoted cells spanning several
lines do not throw them off. A line with a NUL character or a cell over the csv module's field
size limit is reported at its physical line and ends the read (nothing is imported).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Mapping

from desktop_app.roster.sources import (
    NUL_LINE,
    RosterFileError,
    RosterProblem,
    RosterRow,
    build_row,
    decode_roster_bytes,
    find_reference_photos,
)

ROSTER_FIELDS: tuple[str, ...] = (
    "student_id",
    "first_name",
    "last_name",
    "preferred_name",
    "grade",
    "school",
    "photo_opt_out",
    "name_opt_out",
    "photo",
)
REQUIRED_FIELDS: tuple[str, ...] = ("student_id", "first_name", "last_name")

# Normalised header spellings per field, best first (so "Student ID" beats a bare "ID").
_ALIASES: dict[str, tuple[str, ...]] = {
    "student_id": ("studentid", "studentnumber", "studentno", "id"),
    "first_name": ("firstname", "givenname", "first"),
    "last_name": ("lastname", "familyname", "surname", "last"),
    "preferred_name": ("preferredname", "nickname", "preferredfirstname"),
    "grade": ("grade", "gradelevel"),
    "school": ("school", "schoolname", "building"),
    "photo_opt_out": ("photooptout",),
    "name_opt_out": ("nameoptout",),
    "photo": ("photo", "photopath", "photofile"),
}
_DELIMITERS = (",", ";", "\t")


def normalize_header(header: str) -> str:
    return re.sub(r"[\s_-]+", "", header.strip().lower())


def detect_columns(headers: list[str]) -> dict[str, str]:
    """Guess which header holds each of our fields: field -> header (undetected fields left out)."""
    by_norm: dict[str, str] = {}
    for header in headers:
        by_norm.setdefault(normalize_header(header), header)
    found = {}
    for field, aliases in _ALIASES.items():
        for alias in aliases:
            if alias in by_norm:
                found[field] = by_norm[alias]
                break
    return found


def _sniff_delimiter(text: str) -> str:
    first_line = next((ln for ln in io.StringIO(text, newline="") if ln.strip()), "")
    return max(_DELIMITERS, key=first_line.count)  # ties (e.g. one column) -> comma


class _UnreadableLine(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line


def _physical_lines(text: str):
    """The text's lines as the csv reader counts them, refusing one with a NUL character.

    (Python 3.11's csv module reads NUL into a cell; older ones raised "line contains NUL".)
    """
    for number, line in enumerate(io.StringIO(text, newline=""), start=1):
        if "\0" in line:
            raise _UnreadableLine(number, NUL_LINE)
        yield line


def _records(text: str, delimiter: str, path: Path, problems: list[RosterProblem]):
    """Yield (start line, cells) for each non-empty record.

    A line that cannot be read (NUL character, cell over the field size limit) is added to
    `problems` at its physical line, and the records end there.
    """
    reader = csv.reader(_physical_lines(text), delimiter=delimiter)
    line = 1
    try:
        for cells in reader:
            start, line = line, reader.line_num + 1
            if any(cell.strip() for cell in cells):
                yield start, cells
    except _UnreadableLine as exc:
        problems.append(RosterProblem(path, exc.line, str(exc)))
    except csv.Error as exc:
        if "field limit" in str(exc):
            message = f"a cell is longer than {csv.field_size_limit()} characters"
        else:
            message = f"cannot read this line as CSV: {exc}"
        problems.append(RosterProblem(path, reader.line_num, message))


def read_csv_roster(
    path: Path,
    photos_dir: Path | None = None,
    column_map: Mapping[str, str | None] | None = None,
) -> list[RosterRow]:
    """Read and validate a CSV roster; raise RosterFileError listing every problem.

    `column_map` maps our field names to the file's headers (None unmaps a field). Photos for
    a row are the `photo` column's file (relative to the CSV) plus `photos_dir` files named
    after the student ID.
    """
    path = Path(path)
    problems: list[RosterProblem] = []
    text = decode_roster_bytes(path.read_bytes())
    records = _records(text, _sniff_delimiter(text), path, problems)
    header_line, headers = next(records, (1, []))
    if problems:  # the header line itself could not be read
        raise RosterFileError(problems)
    if not headers:
        raise RosterFileError([RosterProblem(path, 1, "file is empty")])

    columns = _resolve_columns(headers, column_map, path, header_line, problems)
    missing = [f for f in REQUIRED_FIELDS if f not in columns]
    if missing:
        names = ", ".join(missing)
        problems.append(RosterProblem(path, header_line, f"missing required column(s): {names}"))
        raise RosterFileError(problems)  # every row would repeat it; nothing more to learn

    reference = _reference_photos(photos_dir, problems)
    rows: list[RosterRow] = []
    seen_ids: dict[str, int] = {}
    for line, cells in records:
        values = {f: cells[i] if i < len(cells) else "" for f, i in columns.items()}
        photos = _row_photos(values, reference, path, line, problems)
        row = build_row(
            values, source=path, line=line, photos=photos, problems=problems, seen_ids=seen_ids
        )
        if row is not None:
            rows.append(row)
    if problems:
        raise RosterFileError(problems)
    return rows


def _resolve_columns(headers, column_map, path, header_line, problems) -> dict[str, int]:
    """field -> column index, from detection overridden by column_map."""
    chosen: dict[str, str | None] = dict(detect_columns(headers))
    for field, header in (column_map or {}).items():
        if field not in ROSTER_FIELDS:
            raise ValueError(f"unknown roster field {field!r}; expected one of {ROSTER_FIELDS}")
        chosen[field] = header or None
    columns = {}
    norm_index = {normalize_header(h): i for i, h in reversed(list(enumerate(headers)))}
    for field, header in chosen.items():
        if header is None:
            continue
        if header in headers:
            columns[field] = headers.index(header)
        elif normalize_header(header) in norm_index:
            columns[field] = norm_index[normalize_header(header)]
        else:
            problems.append(
                RosterProblem(path, header_line, f"column {header!r} (for {field}) not found")
            )
    return columns


def _reference_photos(photos_dir, problems) -> dict[str, list[Path]]:
    """Photos in photos_dir keyed by case-folded student ID."""
    if photos_dir is None:
        return {}
    photos_dir = Path(photos_dir)
    if not photos_dir.is_dir():
        problems.append(RosterProblem(photos_dir, None, "photos folder not found"))
        return {}
    merged: dict[str, list[Path]] = {}
    for sid, paths in find_reference_photos(photos_dir).items():
        merged.setdefault(sid.casefold(), []).extend(paths)
    return merged


def _row_photos(values, reference, path, line, problems) -> tuple[Path, ...]:
    photos: list[Path] = []
    cell = values.get("photo", "").strip()
    if cell:
        photo = path.parent / cell.replace("\\", "/")
        if photo.is_file():
            photos.append(photo)
        else:
            problems.append(RosterProblem(path, line, f"photo file not found: {cell}"))
    student_id = values.get("student_id", "").strip()
    for photo in reference.get(student_id.casefold(), []) if student_id else []:
        if all(photo.resolve() != p.resolve() for p in photos):
            photos.append(photo)
    return tuple(photos)
