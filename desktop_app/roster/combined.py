"""One roster change from several sources, joined on the student ID.

- the roster (who the students are): a OneRoster bundle, an SIS CSV export or a PSPA folder;
- portraits (optional): a PSPA folder (INDEX.TXT) or a folder of `<student_id>[_<n>].jpg`;
- an opt-out list (optional): student ID + opt-outs (desktop_app/roster/optout_list.py).

The result is the usual list of RosterRows, so the roster service plans, confirms and applies
it like any import (all or nothing, same removal rules). Joining:

- a row keeps the roster's names, grade and school; its photos are the roster's own plus the
  portraits with its ID; its opt-outs are the union of the roster's and the list's (a source
  never lifts an opt-out another one gives);
- a student in the opt-out list, or a PSPA portrait, whose ID is in no roster row is an error at
  its FILE:LINE (never silently dropped); files in a plain photos folder that match nobody are
  ignored, as with `--photos` for a CSV;
- problems of every source are reported together, and nothing is imported while there is one.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Mapping

from desktop_app.roster.csv_source import _reference_photos, read_csv_roster
from desktop_app.roster.oneroster_source import is_oneroster, read_oneroster
from desktop_app.roster.optout_list import OptOutEntry, read_opt_out_list
from desktop_app.roster.pspa_source import find_index_file, read_pspa_folder
from desktop_app.roster.sources import RosterFileError, RosterProblem, RosterRow


def read_roster_sources(
    roster: Path,
    portraits: Path | None = None,
    opt_outs: Path | None = None,
    column_map: Mapping[str, str | int | None] | None = None,
    id_field: str = "identifier",
) -> list[RosterRow]:
    """Read the roster and, if given, portraits and an opt-out list, as one validated change.

    `column_map` applies to the roster (CSV: header names; PSPA: column numbers; OneRoster:
    users.csv columns for the opt-outs). `id_field` applies to a OneRoster bundle.
    """
    roster = Path(roster)
    problems: list[RosterProblem] = []
    pspa_portraits = portraits is not None and Path(portraits).is_dir() and find_index_file(portraits) is not None
    rows: list[RosterRow] = []
    try:
        rows = _read_roster(roster, None if pspa_portraits else portraits, column_map, id_field)
    except RosterFileError as exc:
        problems.extend(exc.problems)
    portrait_rows: list[RosterRow] = []
    if pspa_portraits:
        try:
            portrait_rows = read_pspa_folder(Path(portraits))
        except RosterFileError as exc:
            problems.extend(exc.problems)
    entries: list[OptOutEntry] = []
    if opt_outs is not None:
        try:
            entries = read_opt_out_list(Path(opt_outs))
        except RosterFileError as exc:
            problems.extend(exc.problems)
    if problems:
        raise RosterFileError(problems)
    return join_sources(rows, portrait_rows, entries)


def _read_roster(roster: Path, photos: Path | None, column_map, id_field: str) -> list[RosterRow]:
    if roster.is_dir() and find_index_file(roster) is not None:
        if photos is not None:
            raise ValueError("a PSPA folder carries its own portraits; give portraits with a CSV or OneRoster roster")
        return read_pspa_folder(roster, column_map)
    if is_oneroster(roster):
        rows = read_oneroster(roster, id_field, column_map)
        return _with_photo_folder(rows, photos) if photos is not None else rows
    if roster.is_dir():
        raise RosterFileError([RosterProblem(roster, None, "folder has neither INDEX.TXT (PSPA) nor manifest.csv "
                                                           "(OneRoster)")])
    return read_csv_roster(roster, photos, column_map)


def _with_photo_folder(rows: list[RosterRow], photos: Path) -> list[RosterRow]:
    problems: list[RosterProblem] = []
    reference = _reference_photos(photos, problems)
    if problems:
        raise RosterFileError(problems)
    return [replace(row, photos=row.photos + tuple(reference.get(row.student_id.casefold(), ())))
            for row in rows]


def join_sources(
    rows: list[RosterRow],
    portraits: list[RosterRow] = (),
    opt_outs: list[OptOutEntry] = (),
) -> list[RosterRow]:
    """The roster rows with the portraits' photos and the list's opt-outs joined on student ID."""
    problems: list[RosterProblem] = []
    index = {row.student_id.casefold(): i for i, row in enumerate(rows)}
    photos: dict[int, list[Path]] = {}
    photo_uses: dict[int, set[str]] = {}
    name_uses: dict[int, set[str]] = {}
    for portrait in portraits:
        i = index.get(portrait.student_id.casefold())
        if i is None:
            problems.append(RosterProblem(portrait.source, portrait.line,
                                          f"portrait of {portrait.student_id!r} ({portrait.first_name} "
                                          f"{portrait.last_name}): no student with this ID in the roster"))
            continue
        photos.setdefault(i, []).extend(portrait.photos)
        photo_uses.setdefault(i, set()).update(portrait.photo_opt_out)
        name_uses.setdefault(i, set()).update(portrait.name_opt_out)
    for entry in opt_outs:
        i = index.get(entry.student_id.casefold())
        if i is None:
            problems.append(RosterProblem(entry.source, entry.line,
                                          f"student {entry.student_id!r} has an opt-out but is in no roster "
                                          "given (check the ID, or add the student to the roster)"))
            continue
        photo_uses.setdefault(i, set()).update(entry.photo_opt_out)
        name_uses.setdefault(i, set()).update(entry.name_opt_out)
    if problems:
        raise RosterFileError(problems)
    joined = []
    for i, row in enumerate(rows):
        extra = [p for p in photos.get(i, ()) if p not in row.photos]
        joined.append(replace(
            row,
            photos=row.photos + tuple(extra),
            photo_opt_out=row.photo_opt_out | frozenset(photo_uses.get(i, ())),
            name_opt_out=row.name_opt_out | frozenset(name_uses.get(i, ())),
        ))
    return joined
