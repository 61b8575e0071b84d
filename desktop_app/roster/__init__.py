"""Roster readers: turn an SIS CSV export, a OneRoster bundle or a PSPA portrait folder into
validated rows, alone or joined with portraits and an opt-out list (combined.py).

Readers only read and validate; they never touch the database or do face work. On any
problem they raise one RosterFileError listing every problem (FILE:LINE: message).
"""

from __future__ import annotations

from pathlib import Path
from typing import Mapping

from desktop_app.roster.combined import join_sources, read_roster_sources
from desktop_app.roster.csv_source import ROSTER_FIELDS, detect_columns, read_csv_roster
from desktop_app.roster.oneroster_source import is_oneroster, read_oneroster
from desktop_app.roster.optout_list import OptOutEntry, read_opt_out_list
from desktop_app.roster.pspa_source import (
    PSPA_DEFAULT_COLUMNS,
    PSPA_FIELDS,
    find_index_file,
    preview_pspa,
    read_pspa_folder,
)
from desktop_app.roster.sources import (
    RosterFileError,
    RosterProblem,
    RosterRow,
    find_reference_photos,
)

__all__ = [
    "OptOutEntry",
    "PSPA_DEFAULT_COLUMNS",
    "PSPA_FIELDS",
    "ROSTER_FIELDS",
    "RosterFileError",
    "RosterProblem",
    "RosterRow",
    "detect_columns",
    "find_reference_photos",
    "is_oneroster",
    "join_sources",
    "preview_pspa",
    "read_csv_roster",
    "read_oneroster",
    "read_opt_out_list",
    "read_pspa_folder",
    "read_roster",
    "read_roster_sources",
]


def read_roster(
    path: Path,
    photos_dir: Path | None = None,
    column_map: Mapping[str, str | int | None] | None = None,
) -> list[RosterRow]:
    """Read a roster: a folder with INDEX.TXT is a PSPA folder, a folder with manifest.csv or a
    .zip a OneRoster bundle, anything else a CSV file.

    `column_map` is field -> header for CSV, field -> 0-based column index for PSPA.
    `photos_dir` applies to CSV and OneRoster (a PSPA folder carries its own photos).
    """
    path = Path(path)
    if is_oneroster(path):
        return read_roster_sources(path, photos_dir, column_map=column_map)
    if path.is_dir():
        if find_index_file(path) is None:
            raise RosterFileError([RosterProblem(path, None, "folder has no INDEX.TXT")])
        if photos_dir is not None:
            raise ValueError("photos_dir is not used with a PSPA folder")
        return read_pspa_folder(path, column_map)
    return read_csv_roster(path, photos_dir, column_map)
