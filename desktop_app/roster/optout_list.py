"""Read an opt-out list: the media-consent list the communications office gets, keyed by student ID.

It is a CSV (comma, semicolon or tab; UTF-8, UTF-16 or cp1252, like a roster export) with a
student ID column (any spelling a roster CSV accepts: Student ID, Student Number, ...) and the
opt-outs in one of two layouts:

- `photo_opt_out` / `name_opt_out` columns (also "Opt-out uses", "Uses", "Media opt-out" for
  the photo opt-out), each Y/N or a list of uses (`social;website`);
- one Y/N column per use: "Social", "Website", "Press", "Yearbook" (photo opt-outs), or with
  "name" in the header ("Name - Website") for name opt-outs.

The list brings consent only; who the students are comes from the roster, and the two are
joined on the student ID (desktop_app/roster/combined.py). A student listed twice, a cell that
is neither Y/N nor uses, or a list without any opt-out column is refused with FILE:LINE.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.roster.csv_source import _records, _sniff_delimiter, detect_columns, normalize_header
from desktop_app.roster.sources import RosterFileError, RosterProblem, decode_roster_bytes
from desktop_app.uses import NO_USES, USES, UseValueError, parse_uses

_PHOTO_ALIASES = ("photooptout", "optoutuses", "uses", "mediaoptout", "optout", "photo")
_NAME_ALIASES = ("nameoptout",)
_YES = {"y", "yes", "true", "t", "1", "x"}
_NO = {"n", "no", "false", "f", "0", ""}


@dataclass(frozen=True)
class OptOutEntry:
    student_id: str
    photo_opt_out: frozenset[str]
    name_opt_out: frozenset[str]
    source: Path
    line: int


def read_opt_out_list(path: Path) -> list[OptOutEntry]:
    """Read and validate an opt-out list; raise RosterFileError listing every problem."""
    path = Path(path)
    problems: list[RosterProblem] = []
    text = decode_roster_bytes(path.read_bytes())
    records = _records(text, _sniff_delimiter(text), path, problems)
    header_line, headers = next(records, (1, []))
    if problems:
        raise RosterFileError(problems)
    if not headers:
        raise RosterFileError([RosterProblem(path, 1, "file is empty")])
    id_header = detect_columns(headers).get("student_id")
    columns = _opt_out_columns(headers)
    if id_header is None:
        problems.append(RosterProblem(path, header_line, "no student ID column (e.g. 'Student ID')"))
    if not columns:
        problems.append(RosterProblem(
            path, header_line, "no opt-out column: expected photo_opt_out / name_opt_out (Y/N or uses) or "
                               f"one Y/N column per use ({', '.join(USES)})"))
    if problems:
        raise RosterFileError(problems)
    id_col = headers.index(id_header)

    entries: list[OptOutEntry] = []
    seen: dict[str, int] = {}
    for line, cells in records:
        def cell(i: int) -> str:
            return cells[i].strip() if i < len(cells) else ""

        student_id = cell(id_col)
        if not student_id:
            problems.append(RosterProblem(path, line, "missing student ID"))
            continue
        if student_id in seen:
            problems.append(RosterProblem(path, line, f"student {student_id!r} is listed twice "
                                                      f"(lines {seen[student_id]} and {line})"))
            continue
        seen[student_id] = line
        uses = {"photo": set(), "name": set()}
        bad = False
        for kind, use, col, header in columns:
            value = cell(col)
            if use is None:
                try:
                    uses[kind] |= parse_uses(value)
                except UseValueError as exc:
                    problems.append(RosterProblem(path, line, f"{header}: {exc}"))
                    bad = True
            elif value.lower() in _YES:
                uses[kind].add(use)
            elif value.lower() not in _NO:
                problems.append(RosterProblem(path, line, f"{header}: {value!r} is not Y or N"))
                bad = True
        if not bad:
            entries.append(OptOutEntry(student_id, frozenset(uses["photo"]) or NO_USES,
                                       frozenset(uses["name"]) or NO_USES, path, line))
    if problems:
        raise RosterFileError(problems)
    return entries


def _opt_out_columns(headers: list[str]) -> list[tuple[str, str | None, int, str]]:
    """(photo|name, use or None for a uses cell, column, header) for each opt-out column."""
    found = []
    for i, header in enumerate(headers):
        norm = normalize_header(header)
        if norm in _NAME_ALIASES:
            found.append(("name", None, i, header))
        elif norm in _PHOTO_ALIASES:
            found.append(("photo", None, i, header))
        else:
            use = next((u for u in USES if u in norm), None)
            if use is not None:
                found.append(("name" if "name" in norm else "photo", use, i, header))
    return found
