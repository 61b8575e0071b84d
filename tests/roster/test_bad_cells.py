"""Bad cells in a roster file are FILE:LINE problems, never a traceback or a database error.

A cell over the csv module's field size limit, a NUL byte, a value longer than its database
column and a control character are each refused by the reader, so the import changes nothing
on SQLite and on PostgreSQL alike (PostgreSQL would refuse a long value, SQLite store it).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop_app.roster import RosterFileError, read_pspa_folder, read_roster
from desktop_app.roster.sources import MAX_LENGTHS
from desktop_app.storage.models import School, Student

from cli_process import clearpost

HEADER = "student_id,first_name,last_name,preferred_name,grade,school"
FIELD_LIMIT = csv.field_size_limit()


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def problems(path: Path, **kwargs) -> list[tuple[Path, int | None, str]]:
    with pytest.raises(RosterFileError) as exc:
        read_roster(path, **kwargs)
    return [(p.file, p.line, p.message) for p in exc.value.problems]


def test_limits_are_the_database_columns():
    assert MAX_LENGTHS == {
        "student_id": Student.__table__.c.student_id.type.length,
        "first_name": Student.__table__.c.first_name.type.length,
        "last_name": Student.__table__.c.last_name.type.length,
        "preferred_name": Student.__table__.c.preferred_name.type.length,
        "grade": Student.__table__.c.grade.type.length,
        "school": School.__table__.c.name.type.length,
        "school_key": School.__table__.c.code.type.length,
    }
    assert all(isinstance(n, int) and n > 0 for n in MAX_LENGTHS.values())


# --- cells the csv module cannot read ------------------------------------------------------

def test_cell_over_the_csv_field_limit_is_reported_at_its_line_and_ends_the_read(tmp_path):
    path = write(tmp_path / "r.csv", f"{HEADER}\nS1,Ann,,,,\nS2,Bo,{'x' * (FIELD_LIMIT + 1)},,,\nS3,,Ray,,,\n")
    assert problems(path) == [
        (path, 2, "blank last name"),  # rows before it are still checked
        (path, 3, f"a cell is longer than {FIELD_LIMIT} characters"),  # and nothing after it
    ]
    with pytest.raises(RosterFileError) as exc:
        read_roster(path)
    assert str(exc.value).splitlines()[1] == f"{path}:3: a cell is longer than {FIELD_LIMIT} characters"


def test_oversized_cell_in_a_multi_line_record_names_the_physical_line(tmp_path):
    big = "y" * (FIELD_LIMIT + 10)
    path = write(tmp_path / "r.csv", f'{HEADER}\nS1,Ann,Lee,,9,"North\nCampus"\nS2,Bo,"Ray\nJr",,9,{big}\n')
    assert problems(path) == [(path, 5, f"a cell is longer than {FIELD_LIMIT} characters")]


def test_oversized_cell_in_an_unused_column_still_stops_the_read(tmp_path):
    path = write(tmp_path / "r.csv", f"{HEADER},notes\nS1,Ann,Lee,,,,{'n' * (FIELD_LIMIT + 1)}\n")
    assert problems(path) == [(path, 2, f"a cell is longer than {FIELD_LIMIT} characters")]


def test_oversized_header_cell(tmp_path):
    path = write(tmp_path / "r.csv", f"{HEADER},{'h' * (FIELD_LIMIT + 1)}\nS1,Ann,Lee,,,\n")
    assert problems(path) == [(path, 1, f"a cell is longer than {FIELD_LIMIT} characters")]


@pytest.mark.parametrize("line, data", [
    (3, f"{HEADER}\nS1,Ann,Lee,,,\nS2,B\0o,Ray,,,\nS3,,Fox,,,\n".encode()),
    (3, f"{HEADER},notes\nS1,Ann,Lee,,,,\nS2,Bo,Ray,,,,\0\n".encode()),  # a column we do not read
    (3, f'{HEADER}\nS1,Ann,Lee,,,"North\nCam\0pus"\n'.encode()),  # second line of a record
    (1, HEADER.encode("utf-16-le") + b"\n\0"),  # UTF-16 saved without its byte-order mark
])
def test_nul_byte_is_reported_at_its_line_and_ends_the_read(tmp_path, line, data):
    path = write(tmp_path / "r.csv", data)
    assert problems(path) == [(path, line, "line contains a NUL character")]


# --- values the database cannot hold -------------------------------------------------------

LABELS = {"student_id": "student ID", "first_name": "first name", "last_name": "last name",
          "preferred_name": "preferred name", "grade": "grade", "school": "school"}


def row_with(field: str, value: str) -> dict[str, str]:
    row = {"student_id": "S1", "first_name": "Ann", "last_name": "Lee", "preferred_name": "",
           "grade": "9", "school": "North"}
    row[field] = value
    return row


def csv_of(*rows: dict[str, str]) -> str:
    return HEADER + "\n" + "".join(",".join(r[f] for f in HEADER.split(",")) + "\n" for r in rows)


@pytest.mark.parametrize("field", list(LABELS))
def test_value_longer_than_its_column(tmp_path, field):
    limit = MAX_LENGTHS["school_key" if field == "school" else field]
    fits = row_with(field, "é" * limit)  # characters, not bytes, as PostgreSQL counts them
    too_long = row_with(field, "é" * (limit + 1))
    if field != "student_id":
        too_long["student_id"] = "S2"
    path = write(tmp_path / "r.csv", csv_of(fits, too_long))
    assert problems(path) == [(path, 3, f"{LABELS[field]} is longer than {limit} characters")]
    path.write_text(csv_of(fits), encoding="utf-8")
    [row] = read_roster(path)
    assert getattr(row, field) == "é" * limit


def test_school_name_longer_than_its_column_even_when_its_key_fits(tmp_path):
    spaced = "A" + " " * MAX_LENGTHS["school"] + "B"  # key "a b" fits; the name does not
    path = write(tmp_path / "r.csv", csv_of(row_with("school", spaced)))
    assert problems(path) == [(path, 2, f"school is longer than {MAX_LENGTHS['school']} characters")]


def test_long_id_is_not_also_reported_as_a_duplicate(tmp_path):
    long_id = "9" * (MAX_LENGTHS["student_id"] + 1)
    path = write(tmp_path / "r.csv", csv_of(row_with("student_id", long_id), row_with("student_id", long_id)))
    message = f"student ID is longer than {MAX_LENGTHS['student_id']} characters"
    assert problems(path) == [(path, 2, message), (path, 3, message)]


@pytest.mark.parametrize("field", list(LABELS))
@pytest.mark.parametrize("char", ["\x01", "\x1b", "\x7f", "\x9f"])
def test_control_character(tmp_path, field, char):
    path = write(tmp_path / "r.csv", csv_of(row_with(field, f"Ab{char}c")))
    assert problems(path) == [
        (path, 2, f"{LABELS[field]} contains a control character (U+{ord(char):04X})")
    ]


def test_line_break_in_a_name_is_a_control_character_but_tab_is_not(tmp_path):
    path = write(tmp_path / "r.csv", f'{HEADER}\nS1,"Ann\nMarie",Lee,,,\nS2,Bo\tJo,Ray,,,"North\r\nCampus"\n')
    assert problems(path) == [(path, 2, "first name contains a control character (U+000A)")]
    path.write_text(f'{HEADER}\nS2,Bo\tJo,Ray,,,"North\nCampus"\n', encoding="utf-8")
    [row] = read_roster(path)
    assert (row.first_name, row.school) == ("Bo\tJo", "North\nCampus")


# --- PSPA folders get the same checks ------------------------------------------------------

def pspa(root: Path, *lines: str, images=("IMG/a.jpg", "IMG/b.jpg")) -> Path:
    write(root / "INDEX.TXT", "\r\n".join(lines) + "\r\n")
    for image in images:
        write(root / image, b"\xff\xd8fake")
    return root


def pspa_line(file: str, last: str, first: str, grade: str = "9") -> str:
    return "\t".join(["SPRING24", "IMG", file, grade, last, first, "", "", "", "", "", "", "LARGE"])


def test_pspa_long_and_control_values(tmp_path):
    root = pspa(tmp_path, pspa_line("a.jpg", "L" * 101, "Jane"), pspa_line("b.jpg", "Roe", "Ri\x01ck", "1" * 21))
    index = root / "INDEX.TXT"
    with pytest.raises(RosterFileError) as exc:
        read_pspa_folder(root)
    assert [(p.file, p.line, p.message) for p in exc.value.problems] == [
        (index, 1, "last name is longer than 100 characters"),
        (index, 2, "first name contains a control character (U+0001)"),
        (index, 2, "grade is longer than 20 characters"),
    ]


def test_pspa_nul_byte_is_reported_at_its_line(tmp_path):
    root = pspa(tmp_path, pspa_line("a.jpg", "Doe", "Jane"), pspa_line("b.jpg", "Ro\0e", "Rick"))
    assert problems(root) == [(root / "INDEX.TXT", 2, "line contains a NUL character")]


# --- the command line, on SQLite and PostgreSQL --------------------------------------------



BAD_FILES = {
    "field-limit": (3, f"a cell is longer than {FIELD_LIMIT} characters",
                    f"{HEADER}\nS1,Ann,Lee,,,\nS2,Bo,{'x' * (FIELD_LIMIT + 1)},,,\n".encode()),
    "nul": (3, "line contains a NUL character", f"{HEADER}\nS1,Ann,Lee,,,\nS2,B\0o,Ray,,,\n".encode()),
    "long-name": (3, "last name is longer than 100 characters",
                  f"{HEADER}\nS1,Ann,Lee,,,\nS2,Bo,{'R' * 101},,,\n".encode()),
    "control": (2, "first name contains a control character (U+0001)", f"{HEADER}\nS1,A\x01nn,Lee,,,\n".encode()),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_cli_refuses_bad_cells_with_file_and_line(db_url, tmp_path, case):
    line, message, data = BAD_FILES[case]
    path = write(tmp_path / f"{case}.csv", data)
    result = clearpost("roster", "import", path, db=db_url)
    assert result.returncode == 2, result.stderr + result.stdout
    assert "roster not imported, nothing was changed:" in result.stderr
    assert f"{path}:{line}: {message}" in result.stderr.splitlines()
    assert "Traceback" not in result.stderr


def test_cli_imports_values_at_their_column_limits_and_refuses_one_more(db_url, tmp_path):
    at_limit = {field: "é" * MAX_LENGTHS["school_key" if field == "school" else field] for field in LABELS}
    at_limit["student_id"] = "S" * MAX_LENGTHS["student_id"]
    path = write(tmp_path / "r.csv", csv_of(at_limit))
    result = clearpost("roster", "import", path, db=db_url)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "1 students added" in result.stdout and "Traceback" not in result.stderr

    write(path, csv_of(at_limit | {"last_name": "é" * (MAX_LENGTHS["last_name"] + 1)}))
    result = clearpost("roster", "import", path, db=db_url)
    assert result.returncode == 2, result.stderr + result.stdout
    assert f"{path}:2: last name is longer than {MAX_LENGTHS['last_name']} characters" in result.stderr
    assert "Traceback" not in result.stderr
    listing = clearpost("roster", "list", "--all", db=db_url)
    assert listing.returncode == 0, listing.stderr
    assert at_limit["student_id"] in listing.stdout
