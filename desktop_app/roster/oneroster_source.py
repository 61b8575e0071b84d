"""Read a OneRoster 1.1 or 1.2 CSV bundle (a folder or a .zip) as the student roster.

A district's SIS exports OneRoster as `manifest.csv` plus one CSV per entity. What is read:

- `manifest.csv` (propertyName,value): `oneroster.version` must be 1.1 or 1.2, and
  `file.users` and `file.orgs` must be `bulk` (a delta export lists only what changed, so it
  cannot say who left; it is refused). A file the manifest declares `bulk` must be present.
- `users.csv`: the students. OneRoster 1.1 gives each user's `role` and `orgSourcedIds` in
  users.csv; 1.2 moves them to `roles.csv` (userSourcedId, role, orgSourcedId, roleType), with
  `primaryOrgSourcedId` on the user. A user is a student when a role of theirs is `student`;
  teachers, administrators, guardians... are ignored (staff accounts come from the directory).
  `status` blank or `active` is imported; `tobedeleted` is left out, so the student leaves the
  roster through the usual named removal step. The student ID is `identifier`, or `sourcedId`,
  `username`, or a `userIds` entry of a type the district names (`userIds:SIS` reads the
  `{SIS:12345}` entry). Names are givenName/familyName (and preferredGivenName, 1.2), the grade
  is `grades` as exported.
- `orgs.csv`: the building is the name of the student's org (a `school` org when the student
  has several); an org ID that is not in orgs.csv is an error.
- Extension columns `metadata.<x>` may carry opt-outs: `metadata.photoOptOut` /
  `metadata.mediaOptOut` and `metadata.nameOptOut` are recognised, and `column_map` (the CLI's
  `--map photo_opt_out=metadata.consent`) names any other users.csv column. Values are read
  like a CSV roster's (Y/N or a list of uses).

Every problem is reported as FILE:LINE (for a zip, `bundle.zip/users.csv:LINE`) and the whole
bundle is refused. sourcedIds must be unique in users.csv and orgs.csv. Files are read into
memory; a zip member larger than MAX_MEMBER_BYTES is refused rather than unpacked.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Mapping

from desktop_app.roster.csv_source import _records, normalize_header
from desktop_app.roster.sources import (
    RosterFileError,
    RosterProblem,
    RosterRow,
    build_row,
    decode_roster_bytes,
)

MANIFEST = "manifest.csv"
SUPPORTED_VERSIONS = ("1.1", "1.2")
ID_FIELDS = ("identifier", "sourcedId", "username")
MAX_MEMBER_BYTES = 512 * 1024 * 1024  # one users.csv of a very large district is ~100 MB
_METADATA_OPT_OUTS = {
    "photooptout": "photo_opt_out",
    "mediaoptout": "photo_opt_out",
    "nameoptout": "name_opt_out",
}
_USER_ID = re.compile(r"\{\s*([^:{}]+?)\s*:\s*([^{}]*?)\s*\}")


def is_oneroster(path: Path) -> bool:
    """A folder holding manifest.csv, or a .zip file (checked properly when read)."""
    path = Path(path)
    if path.is_dir():
        return _find_in_folder(path, MANIFEST) is not None
    return path.suffix.lower() == ".zip"


@dataclass
class _Table:
    path: Path  # shown in problems: the file, or bundle.zip/name
    header_line: int
    headers: dict[str, int]  # lower-cased header -> column
    raw_headers: list[str]
    records: list[tuple[int, list[str]]]

    def get(self, cells: list[str], name: str) -> str:
        i = self.headers.get(name.lower())
        return cells[i].strip() if i is not None and i < len(cells) else ""


class _Bundle:
    """The bundle's files by lower-cased name, from a folder or a zip."""

    def __init__(self, path: Path):
        self.path = path
        self.files: dict[str, tuple[Path, bytes | Path]] = {}
        if path.is_dir():
            for child in path.iterdir():
                if child.is_file():
                    self.files[child.name.lower()] = (child, child)
        elif path.is_file():
            self._read_zip(path)
        else:
            raise RosterFileError([RosterProblem(path, None, "OneRoster bundle not found")])

    def _read_zip(self, path: Path) -> None:
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise RosterFileError([RosterProblem(path, None, f"cannot open it as a zip file: {exc}")]) from None
        with archive:
            members = [m for m in archive.infolist() if not m.is_dir()]
            # The files may sit in one top folder (a zipped export folder).
            names = {PurePosixPath(m.filename).name.lower(): m for m in members
                     if PurePosixPath(m.filename).name.lower().endswith(".csv")}
            for lower, member in names.items():
                shown = path.parent / f"{path.name}/{member.filename}"
                if member.file_size > MAX_MEMBER_BYTES:
                    raise RosterFileError([RosterProblem(
                        shown, None, f"{member.file_size} bytes unpacked, more than a roster file can be "
                                     f"({MAX_MEMBER_BYTES} bytes)")])
                try:
                    self.files[lower] = (shown, archive.read(member))
                except (zipfile.BadZipFile, OSError, NotImplementedError, RuntimeError) as exc:
                    raise RosterFileError([RosterProblem(shown, None, f"cannot unpack it: {exc}")]) from None

    def has(self, name: str) -> bool:
        return name.lower() in self.files

    def shown(self, name: str) -> Path:
        return self.files[name.lower()][0] if self.has(name) else self.path / name

    def table(self, name: str, problems: list[RosterProblem]) -> _Table | None:
        shown, data = self.files[name.lower()]
        raw = data.read_bytes() if isinstance(data, Path) else data
        text = decode_roster_bytes(raw)
        records = list(_records(text, ",", shown, problems))
        if not records:
            problems.append(RosterProblem(shown, 1, "file is empty (no header line)"))
            return None
        header_line, raw_headers = records[0]
        headers: dict[str, int] = {}
        for i, h in enumerate(raw_headers):
            headers.setdefault(h.strip().lower(), i)
        return _Table(shown, header_line, headers, raw_headers, records[1:])


def read_oneroster(
    path: Path,
    id_field: str = "identifier",
    column_map: Mapping[str, str | None] | None = None,
) -> list[RosterRow]:
    """Read and validate a OneRoster bundle; raise RosterFileError listing every problem.

    `id_field` is `identifier`, `sourcedId`, `username` or `userIds:<type>`. `column_map` may
    name the users.csv column for `photo_opt_out` / `name_opt_out` (None: not in the file).
    """
    path = Path(path)
    id_field = _check_id_field(id_field)
    bundle = _Bundle(path)
    problems: list[RosterProblem] = []
    version = _read_manifest(bundle, problems)
    if problems:
        raise RosterFileError(problems)

    orgs = _read_orgs(bundle, problems)
    users = bundle.table("users.csv", problems)
    if users is None:
        raise RosterFileError(problems)
    roles = None
    if "role" not in users.headers:
        if not bundle.has("roles.csv"):
            problems.append(RosterProblem(users.path, users.header_line,
                                          "users.csv has no role column and the bundle has no roles.csv "
                                          f"(OneRoster {version}): cannot tell students from staff"))
            raise RosterFileError(problems)
        roles = _read_roles(bundle, problems)

    required = ["sourcedid", "givenname", "familyname"]
    if id_field.startswith("userids:"):
        required.append("userids")
    elif id_field.lower() not in required:
        required.append(id_field.lower())
    missing = [name for name in required if name not in users.headers]
    opt_out_columns = _opt_out_columns(users, column_map, problems)
    if missing:
        problems.append(RosterProblem(users.path, users.header_line,
                                      f"users.csv lacks required column(s): {', '.join(missing)}"))
        raise RosterFileError(problems)  # every row would repeat it

    rows: list[RosterRow] = []
    seen_sourced: dict[str, int] = {}
    seen_ids: dict[str, int] = {}
    for line, cells in users.records:
        sourced_id = users.get(cells, "sourcedId")
        if not sourced_id:
            problems.append(RosterProblem(users.path, line, "missing sourcedId"))
            continue
        if sourced_id in seen_sourced:
            problems.append(RosterProblem(users.path, line, f"duplicate sourcedId {sourced_id!r} "
                                                            f"(lines {seen_sourced[sourced_id]} and {line})"))
            continue
        seen_sourced[sourced_id] = line
        if roles is None:
            user_roles = [(r.strip().lower(), "primary") for r in users.get(cells, "role").split(",") if r.strip()]
            user_orgs = [o.strip() for o in users.get(cells, "orgSourcedIds").split(",") if o.strip()]
        else:
            entries = roles.get(sourced_id, [])
            user_roles = [(role, kind) for role, kind, _ in entries]
            student_orgs = [org for role, kind, org in sorted(entries, key=lambda e: e[1] != "primary")
                            if role == "student" and org]
            primary = users.get(cells, "primaryOrgSourcedId")
            user_orgs = ([primary] if primary else []) + [o for o in student_orgs if o != primary]
        if not any(role == "student" for role, _ in user_roles):
            continue  # staff, guardians: not on the student roster
        status = users.get(cells, "status").lower()
        if status == "tobedeleted":
            continue  # leaves the roster through the named removal step
        if status not in ("", "active"):
            problems.append(RosterProblem(users.path, line,
                                          f"unknown status {users.get(cells, 'status')!r} (active or tobedeleted)"))
            continue
        school = _school(user_orgs, orgs, users.path, line, problems)
        values = {
            "student_id": _student_id(users, cells, id_field, line, problems),
            "first_name": users.get(cells, "givenName"),
            "last_name": users.get(cells, "familyName"),
            "preferred_name": users.get(cells, "preferredGivenName") or users.get(cells, "prefferedGivenName"),
            "grade": users.get(cells, "grades"),
            "school": school or "",
        }
        for field, column in opt_out_columns.items():
            values[field] = cells[column] if column < len(cells) else ""
        if values["student_id"] is None:
            continue
        row = build_row(values, source=users.path, line=line, photos=(), problems=problems, seen_ids=seen_ids)
        if row is not None:
            rows.append(row)
    if problems:
        raise RosterFileError(problems)
    return rows


def _check_id_field(id_field: str) -> str:
    for name in ID_FIELDS:
        if id_field.lower() == name.lower():
            return name
    kind, sep, type_ = id_field.partition(":")
    if kind.lower() == "userids" and sep and type_.strip():
        return f"userids:{type_.strip()}"
    raise ValueError(f"unknown student ID field {id_field!r}: use identifier, sourcedId, username "
                     "or userIds:TYPE (the type of the district's {TYPE:ID} entry)")


def _read_manifest(bundle: _Bundle, problems: list[RosterProblem]) -> str:
    if not bundle.has(MANIFEST):
        problems.append(RosterProblem(bundle.path, None, "no manifest.csv: this is not a OneRoster CSV bundle"))
        return ""
    table = bundle.table(MANIFEST, problems)
    if table is None:
        return ""
    if "propertyname" not in table.headers or "value" not in table.headers:
        problems.append(RosterProblem(table.path, table.header_line,
                                      "manifest.csv needs the columns propertyName and value"))
        return ""
    props: dict[str, tuple[str, int]] = {}
    for line, cells in table.records:
        props[table.get(cells, "propertyName").lower()] = (table.get(cells, "value"), line)
    version, line = props.get("oneroster.version", ("", table.header_line))
    if version not in SUPPORTED_VERSIONS:
        shown = f"OneRoster version {version!r}" if version else "no oneroster.version"
        problems.append(RosterProblem(table.path, line, f"{shown}: ClearPost reads OneRoster 1.1 and 1.2 bundles"))
    for name in ("users", "orgs"):
        mode, line = props.get(f"file.{name}", ("", table.header_line))
        mode = mode.lower()
        if mode == "delta":
            problems.append(RosterProblem(table.path, line, f"{name}.csv is a delta export (only what changed): "
                                                            "export a bulk bundle, which lists every student"))
        elif mode != "bulk":
            problems.append(RosterProblem(table.path, line, f"file.{name} must be bulk (it is {mode or 'missing'})"))
    for key, (mode, line) in props.items():
        if key.startswith("file.") and mode.lower() == "bulk" and not bundle.has(f"{key[5:]}.csv"):
            problems.append(RosterProblem(table.path, line, f"the manifest lists {key[5:]}.csv but the bundle "
                                                            "has no such file"))
    return version


def _read_orgs(bundle: _Bundle, problems: list[RosterProblem]) -> dict[str, tuple[str, str]] | None:
    """sourcedId -> (name, type); None when orgs.csv cannot be read at all (already reported)."""
    if not bundle.has("orgs.csv"):
        return None  # reported by the manifest check
    table = bundle.table("orgs.csv", problems)
    if table is None:
        return None
    missing = [c for c in ("sourcedid", "name") if c not in table.headers]
    if missing:
        problems.append(RosterProblem(table.path, table.header_line,
                                      f"orgs.csv lacks required column(s): {', '.join(missing)}"))
        return None
    orgs: dict[str, tuple[str, str]] = {}
    first: dict[str, int] = {}
    for line, cells in table.records:
        sourced_id = table.get(cells, "sourcedId")
        if not sourced_id:
            problems.append(RosterProblem(table.path, line, "missing sourcedId"))
        elif sourced_id in first:
            problems.append(RosterProblem(table.path, line, f"duplicate sourcedId {sourced_id!r} "
                                                            f"(lines {first[sourced_id]} and {line})"))
        else:
            first[sourced_id] = line
            orgs[sourced_id] = (table.get(cells, "name"), table.get(cells, "type").lower())
    return orgs


def _read_roles(bundle: _Bundle, problems: list[RosterProblem]) -> dict[str, list[tuple[str, str, str]]]:
    """userSourcedId -> [(role, roleType, orgSourcedId)] of the active roles (OneRoster 1.2)."""
    table = bundle.table("roles.csv", problems)
    if table is None:
        return {}
    missing = [c for c in ("usersourcedid", "role") if c not in table.headers]
    if missing:
        problems.append(RosterProblem(table.path, table.header_line,
                                      f"roles.csv lacks required column(s): {', '.join(missing)}"))
        return {}
    roles: dict[str, list[tuple[str, str, str]]] = {}
    for _line, cells in table.records:
        if table.get(cells, "status").lower() == "tobedeleted":
            continue
        roles.setdefault(table.get(cells, "userSourcedId"), []).append(
            (table.get(cells, "role").lower(), table.get(cells, "roleType").lower() or "primary",
             table.get(cells, "orgSourcedId")))
    return roles


def _opt_out_columns(users: _Table, column_map, problems) -> dict[str, int]:
    """field -> users.csv column for the opt-outs: metadata.* names, overridden by column_map."""
    columns: dict[str, int] = {}
    for i, header in enumerate(users.raw_headers):
        name = header.strip()
        if name.lower().startswith("metadata."):
            field = _METADATA_OPT_OUTS.get(normalize_header(name[len("metadata."):]))
            if field:
                columns.setdefault(field, i)
    for field, header in (column_map or {}).items():
        if field not in ("photo_opt_out", "name_opt_out"):
            raise ValueError(f"a OneRoster bundle maps only photo_opt_out and name_opt_out, not {field!r}")
        if header is None:
            columns.pop(field, None)
        elif header.strip().lower() in users.headers:
            columns[field] = users.headers[header.strip().lower()]
        else:
            problems.append(RosterProblem(users.path, users.header_line,
                                          f"column {header!r} (for {field}) not found in users.csv"))
    return columns


def _student_id(users: _Table, cells, id_field: str, line: int, problems) -> str | None:
    if id_field.startswith("userids:"):
        wanted = id_field.split(":", 1)[1].lower()
        cell = users.get(cells, "userIds")
        found = [value for kind, value in _USER_ID.findall(cell) if kind.lower() == wanted]
        if not found:
            problems.append(RosterProblem(users.path, line, f"no userIds entry of type {id_field.split(':', 1)[1]!r} "
                                                            f"(userIds is {cell!r})"))
            return None
        return found[0]
    value = users.get(cells, id_field)
    if not value:
        problems.append(RosterProblem(users.path, line, f"student has no {id_field} (the student ID)"))
        return None
    return value


def _school(org_ids: list[str], orgs, path: Path, line: int, problems) -> str | None:
    if orgs is None:
        return None  # orgs.csv itself is reported
    known = []
    for org_id in org_ids:
        if org_id not in orgs:
            problems.append(RosterProblem(path, line, f"org {org_id!r} is not in orgs.csv"))
        else:
            known.append(orgs[org_id])
    schools = [name for name, kind in known if kind == "school" and name]
    names = schools or [name for name, _ in known if name]
    return names[0] if names else None


def _find_in_folder(folder: Path, name: str) -> Path | None:
    return next((p for p in folder.iterdir() if p.name.lower() == name.lower() and p.is_file()), None)
