"""Roster readers: turn an SIS CSV export or a PSPA portrait folder into validated rows.

Readers only read and validate; they never touch the database or do face work. On any
problem they raise one RosterFileError listing every problem (FILE:LINE: message).
"""

from __future__ import annotations

from pathlib import Path
from typing import Mapping

from desktop_app.roster.csv_source import ROSTER_FIELDS, detect_columns, read_csv_roster
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
    "PSPA_DEFAULT_COLUMNS",
    "PSPA_FIELDS",
    "ROSTER_FIELDS",
    "RosterFileError",
    "RosterProblem",
    "RosterRow",
    "detect_columns",
    "find_reference_photos",
    "preview_pspa",
    "read_csv_roster",
    "read_pspa_folder",
    "read_roster",
]


def read_roster(
    path: Path,
    photos_dir: Path | None = None,
    column_map: Mapping[str, str | int | None] | None = None,
) -> list[RosterRow]:
    """Read a roster: a folder with INDEX.TXT is a PSPA folder, anything else a CSV file.

    `column_map` is field -> header for CSV, field -> 0-based column index for PSPA.
    `photos_dir` applies to CSV only (a PSPA folder carries its own photos).
    """
    path = Path(path)
    if path.is_dir():
        if find_index_file(path) is None:
            raise RosterFileError([RosterProblem(path, None, "folder has no INDEX.TXT")])
        if photos_dir is not None:
            raise ValueError("photos_dir is not used with a PSPA folder")
        return read_pspa_folder(path, column_map)
    return read_csv_roster(path, photos_dir, column_map)
