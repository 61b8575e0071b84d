"""Read a PSPA portrait folder, the disc/download school photographers deliver for yearbooks.

The folder holds `INDEX.TXT` (tab-delimited, one person per line) and sub-folders of images.
Column order of the standard index, A to M (13 columns):

    Volume Name, Image Folder, Image File Name, Grade, Last Name, First Name, Home Room,
    Period, Teacher Name, Track, Department, Title, Image Size

Sources (found with the project's search tool): TreeRing "Understanding PSPA/PSPI
Portrait Files" (help.treering.com/hc/en-us/articles/201430400), StudioSource "Portrait
packages explained (PSPA format)" (studiosourceyearbooks.freshdesk.com, article
158000409343), which both list the order above, and the open-source generator
github.com/aceberle/pspi-index-generator (IndexRecordFieldsFactory.java, "the 13 standard
fields"; its test index has that exact header line). Picaboo/Creator Studio's help gives the
same first six columns. Note that Last Name comes BEFORE First Name, and that no source
shows a student ID or any consent column: the standard has neither. Most discs have no
header row; some vendors add one (e.g. the generator above writes one).

Consequences here:
- A header row is recognised (two or more standard column names) and skipped; any column it
  names that we know (e.g. a vendor's extra "Student ID") is used.
- Without a mapped `student_id` column, the image file name without extension is the ID.
- Opt-outs come only from columns the user maps; otherwise every row gets `opt_out`
  (default: none; pass ALL_USES to import a vendor disc fail-closed).
- Photo paths are folder / Image Folder / Image File Name, looked up case-insensitively
  because discs are often written in upper case.
- INDEX.TXT is split on tabs, not read with the csv module, so no cell size limit applies;
  a line with a NUL character is refused, and names are checked like a CSV roster's.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Mapping

from desktop_app.roster.csv_source import ROSTER_FIELDS, detect_columns, normalize_header
from desktop_app.roster.sources import (
    NUL_LINE,
    RosterFileError,
    RosterProblem,
    RosterRow,
    build_row,
    decode_roster_bytes,
)
from desktop_app.uses import NO_USES

INDEX_NAME = "INDEX.TXT"
PSPA_DEFAULT_COLUMNS: tuple[str, ...] = (
    "volume_name",
    "image_folder",
    "image_file_name",
    "grade",
    "last_name",
    "first_name",
    "home_room",
    "period",
    "teacher_name",
    "track",
    "department",
    "title",
    "image_size",
)
# Fields a PSPA column can be mapped to.
PSPA_FIELDS: tuple[str, ...] = tuple(f for f in ROSTER_FIELDS if f != "photo") + (
    "image_folder",
    "image_file_name",
)
_STANDARD_HEADERS = {name.replace("_", "") for name in PSPA_DEFAULT_COLUMNS}


def find_index_file(folder: Path) -> Path | None:
    """The folder's INDEX.TXT, whatever its case."""
    folder = Path(folder)
    if not folder.is_dir():
        return None
    return next((p for p in folder.iterdir() if p.name.upper() == INDEX_NAME and p.is_file()), None)


def preview_pspa(folder: Path, limit: int = 10) -> list[list[str]]:
    """The first `limit` non-empty lines of INDEX.TXT split into cells, for a mapping UI."""
    index = _require_index(Path(folder))
    return [cells for _, cells in _index_lines(index)[:limit]]


def read_pspa_folder(
    folder: Path,
    column_map: Mapping[str, int | None] | None = None,
    opt_out: frozenset[str] = NO_USES,
) -> list[RosterRow]:
    """Read and validate a PSPA folder; raise RosterFileError listing every problem.

    `column_map` maps fields in PSPA_FIELDS to 0-based column indices (None unmaps), over
    the standard order and any header row.
    """
    folder = Path(folder)
    index = _require_index(folder)
    lines = _index_lines(index)
    if not lines:
        raise RosterFileError([RosterProblem(index, None, "INDEX.TXT is empty")])

    columns = {f: i for i, f in enumerate(PSPA_DEFAULT_COLUMNS) if f in PSPA_FIELDS}
    if _is_header(lines[0][1]):
        headers = lines.pop(0)[1]
        columns.update({f: headers.index(h) for f, h in _detect_pspa_columns(headers).items()})
    for field, column in (column_map or {}).items():
        if field not in PSPA_FIELDS:
            raise ValueError(f"unknown PSPA field {field!r}; expected one of {PSPA_FIELDS}")
        if column is None:
            columns.pop(field, None)
        else:
            columns[field] = column

    problems: list[RosterProblem] = []
    rows: list[RosterRow] = []
    seen_ids: dict[str, int] = {}
    finder = _CaseInsensitiveFinder(folder)
    for line, cells in lines:
        values = {f: cells[i] if 0 <= i < len(cells) else "" for f, i in columns.items()}
        image_folder = values.pop("image_folder", "")
        image_file = values.pop("image_file_name", "")
        photos: tuple[Path, ...] = ()
        if not image_file:
            problems.append(RosterProblem(index, line, "missing image file name"))
        else:
            photo = finder.find(image_folder, image_file)
            if photo is None:
                shown = "/".join(p for p in (image_folder, image_file) if p)
                problems.append(RosterProblem(index, line, f"photo file not found: {shown}"))
            else:
                photos = (photo,)
        if "student_id" not in columns:
            values["student_id"] = Path(image_file).stem
        row = build_row(
            values,
            source=index,
            line=line,
            photos=photos,
            problems=problems,
            seen_ids=seen_ids,
            default_opt_out=opt_out,
        )
        if row is not None:
            rows.append(row)
    if problems:
        raise RosterFileError(problems)
    return rows


def _require_index(folder: Path) -> Path:
    index = find_index_file(folder)
    if index is None:
        raise RosterFileError([RosterProblem(folder, None, f"no {INDEX_NAME} in this folder")])
    return index


def _index_lines(index: Path) -> list[tuple[int, list[str]]]:
    """(line number, cells) for every non-blank line; cells trimmed of spaces and quotes.

    A line with a NUL character raises RosterFileError naming it, as the CSV reader does.
    """
    text = decode_roster_bytes(index.read_bytes())
    result = []
    for number, raw in enumerate(io.StringIO(text, newline=""), start=1):
        if "\0" in raw:
            raise RosterFileError([RosterProblem(index, number, NUL_LINE)])
        raw = raw.rstrip("\r\n")
        if raw.strip():
            result.append((number, [_clean(cell) for cell in raw.split("\t")]))
    return result


def _clean(cell: str) -> str:
    cell = cell.strip()
    if len(cell) >= 2 and cell[0] == cell[-1] == '"':
        cell = cell[1:-1].replace('""', '"').strip()
    return cell


def _is_header(cells: list[str]) -> bool:
    return sum(normalize_header(c) in _STANDARD_HEADERS for c in cells) >= 2


def _detect_pspa_columns(headers: list[str]) -> dict[str, str]:
    found = {f: h for f, h in detect_columns(headers).items() if f in PSPA_FIELDS}
    for header in headers:
        norm = normalize_header(header)
        if norm in ("imagefolder", "foldername", "folder"):
            found.setdefault("image_folder", header)
        elif norm in ("imagefilename", "imagename", "filename"):
            found.setdefault("image_file_name", header)
    return found


class _CaseInsensitiveFinder:
    """Find folder/file paths under a root ignoring case, caching directory listings."""

    def __init__(self, root: Path):
        self.root = root
        self._listings: dict[Path, dict[str, Path]] = {}

    def find(self, *relative: str) -> Path | None:
        current = self.root
        for part in (p for r in relative for p in re.split(r"[\\/]", r)):
            if part in ("", "."):
                continue
            if part == "..":
                return None  # photos must live inside the folder
            exact = current / part
            current = exact if exact.exists() else self._listing(current).get(part.casefold())
            if current is None:
                return None
        return current if current.is_file() else None

    def _listing(self, directory: Path) -> dict[str, Path]:
        if directory not in self._listings:
            entries = directory.iterdir() if directory.is_dir() else ()
            self._listings[directory] = {p.name.casefold(): p for p in entries}
        return self._listings[directory]
