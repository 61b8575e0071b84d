"""Tests for the roster readers (CSV exports and PSPA portrait folders)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.roster import (
    PSPA_DEFAULT_COLUMNS,
    RosterFileError,
    RosterProblem,
    detect_columns,
    find_reference_photos,
    preview_pspa,
    read_csv_roster,
    read_pspa_folder,
    read_roster,
)
from desktop_app.uses import ALL_USES, NO_USES

HEADER = "student_id,first_name,last_name"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xff\xd8fake")
    return path


def problems_of(exc_info) -> list[tuple[int | None, str]]:
    return [(p.line, p.message) for p in exc_info.value.problems]


# --- CSV: headers -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "header, field",
    [
        ("student_id", "student_id"),
        ("Student_Number", "student_id"),
        ("StudentID", "student_id"),
        ("Student ID", "student_id"),
        ("Student Number", "student_id"),
        ("id", "student_id"),
        ("first_name", "first_name"),
        ("First Name", "first_name"),
        ("givenName", "first_name"),
        ("FirstName", "first_name"),
        ("last_name", "last_name"),
        ("Last Name", "last_name"),
        ("familyName", "last_name"),
        ("surname", "last_name"),
        ("LastName", "last_name"),
        ("preferred_name", "preferred_name"),
        ("Preferred Name", "preferred_name"),
        ("nickname", "preferred_name"),
        ("grade", "grade"),
        ("Grade Level", "grade"),
        ("school", "school"),
        ("School Name", "school"),
        ("building", "school"),
        ("photo_opt_out", "photo_opt_out"),
        ("Photo Opt Out", "photo_opt_out"),
        ("photo_optout", "photo_opt_out"),
        ("PHOTO-OPT-OUT", "photo_opt_out"),
        ("name_opt_out", "name_opt_out"),
        ("photo", "photo"),
    ],
)
def test_detect_columns_header_spellings(header, field):
    assert detect_columns(["other", header]) == {field: header}


def test_detect_prefers_student_id_over_bare_id():
    assert detect_columns(["ID", "Student Number"])["student_id"] == "Student Number"


def test_sis_style_headers_read_all_fields(tmp_path):
    csv = write(
        tmp_path / "r.csv",
        "Student Number,givenName,surname,Nickname,Grade Level,Building,"
        "Photo Opt Out,Name_Opt_Out\n"
        "1001,Jane,Doe,JJ,7,North,N,Y\n",
    )
    [row] = read_csv_roster(csv)
    assert (row.student_id, row.first_name, row.last_name) == ("1001", "Jane", "Doe")
    assert (row.preferred_name, row.grade, row.school) == ("JJ", "7", "North")
    assert row.photo_opt_out == NO_USES
    assert row.name_opt_out == ALL_USES
    assert (row.source, row.line, row.photos) == (csv, 2, ())


def test_optional_columns_missing_mean_none_and_no_opt_out(tmp_path):
    [row] = read_csv_roster(write(tmp_path / "r.csv", f"{HEADER}\nS1,Ann,Lee\n"))
    assert (row.preferred_name, row.grade, row.school) == (None, None, None)
    assert row.photo_opt_out == NO_USES and row.name_opt_out == NO_USES


def test_missing_required_column_reported_on_line_1(tmp_path):
    csv = write(tmp_path / "r.csv", "student_id,first_name\nS1,Ann\n")
    with pytest.raises(RosterFileError) as exc:
        read_csv_roster(csv)
    [(line, message)] = problems_of(exc)
    assert line == 1 and "last_name" in message


def test_column_map_overrides_detection(tmp_path):
    csv = write(
        tmp_path / "r.csv",
        "ID,Local Number,Given,Family,Directory Flag\nX9,S1,Ann,Lee,social;press\n",
    )
    column_map = {
        "student_id": "Local Number",
        "first_name": "Given",
        "last_name": "Family",
        "photo_opt_out": "Directory Flag",
    }
    [row] = read_csv_roster(csv, column_map=column_map)
    assert (row.student_id, row.first_name, row.last_name) == ("S1", "Ann", "Lee")
    assert row.photo_opt_out == frozenset({"social", "press"})


def test_column_map_none_unmaps_a_detected_column(tmp_path):
    csv = write(tmp_path / "r.csv", f"{HEADER},photo_opt_out\nS1,Ann,Lee,Y\n")
    [row] = read_csv_roster(csv, column_map={"photo_opt_out": None})
    assert row.photo_opt_out == NO_USES


def test_column_map_to_unknown_header_is_a_problem(tmp_path):
    csv = write(tmp_path / "r.csv", f"{HEADER}\nS1,Ann,Lee\n")
    with pytest.raises(RosterFileError) as exc:
        read_csv_roster(csv, column_map={"grade": "Year"})
    assert problems_of(exc) == [(1, "column 'Year' (for grade) not found")]


def test_column_map_unknown_field_is_a_programming_error(tmp_path):
    csv = write(tmp_path / "r.csv", f"{HEADER}\nS1,Ann,Lee\n")
    with pytest.raises(ValueError):
        read_csv_roster(csv, column_map={"shoe_size": "x"})


# --- CSV: opt-out values -------------------------------------------------------------------

@pytest.mark.parametrize(
    "value, expected",
    [
        ("Y", ALL_USES), ("N", NO_USES),
        ("yes", ALL_USES), ("no", NO_USES),
        ("TRUE", ALL_USES), ("false", NO_USES),
        ("1", ALL_USES), ("0", NO_USES),
        ("", NO_USES),
        ("social;website", frozenset({"social", "website"})),
    ],
)
def test_opt_out_value_forms(tmp_path, value, expected):
    text = f"{HEADER},photo_opt_out,name_opt_out\nS1,Ann,Lee,{value},{value}\n"
    csv = write(tmp_path / "r.csv", text)
    [row] = read_csv_roster(csv)
    assert row.photo_opt_out == expected
    assert row.name_opt_out == expected


def test_unknown_opt_out_value_reports_line(tmp_path):
    csv = write(
        tmp_path / "r.csv",
        f"{HEADER},photo_opt_out\nS1,Ann,Lee,N\nS2,Bob,Ray,maybe\n",
    )
    with pytest.raises(RosterFileError) as exc:
        read_csv_roster(csv)
    [(line, message)] = problems_of(exc)
    assert line == 3
    assert message.startswith("photo opt-out: unknown opt-out value 'maybe'")


# --- CSV: row problems ---------------------------------------------------------------------

def test_duplicate_id_names_both_lines(tmp_path):
    csv = write(tmp_path / "r.csv", f"{HEADER}\nS1,Ann,Lee\nS2,Bob,Ray\nS1,Cy,Fox\n")
    with pytest.raises(RosterFileError) as exc:
        read_csv_roster(csv)
    assert problems_of(exc) == [(4, "duplicate student ID 'S1' (lines 2 and 4)")]


def test_missing_id_and_blank_names(tmp_path):
    csv = write(tmp_path / "r.csv", f"{HEADER}\n ,Ann,Lee\nS2,,Ray\nS3,Cy,\n")
    with pytest.raises(RosterFileError) as exc:
        read_csv_roster(csv)
    assert problems_of(exc) == [
        (2, "missing student ID"),
        (3, "blank first name"),
        (4, "blank last name"),
    ]


def test_all_problems_collected_before_raising(tmp_path):
    csv = write(
        tmp_path / "r.csv",
        f"{HEADER},name_opt_out\n,Ann,Lee,N\nS2,Bob,Ray,often\nS2,Cy,Fox,N\n",
    )
    with pytest.raises(RosterFileError) as exc:
        read_csv_roster(csv)
    assert [line for line, _ in problems_of(exc)] == [2, 3, 4]


def test_empty_rows_are_skipped(tmp_path):
    csv = write(tmp_path / "r.csv", f"{HEADER}\n\nS1,Ann,Lee\n,,\n\nS2,Bob,Ray\n")
    rows = read_csv_roster(csv)
    assert [(r.student_id, r.line) for r in rows] == [("S1", 3), ("S2", 6)]


def test_embedded_newlines_keep_physical_line_numbers(tmp_path):
    csv = write(
        tmp_path / "r.csv",
        f'{HEADER},school\nS1,Ann,Lee,"North\nCampus\nAnnex"\nS2,Bob,Ray,South\nS3,Cy,,South\n',
    )
    with pytest.raises(RosterFileError) as exc:
        read_csv_roster(csv)
    assert problems_of(exc) == [(6, "blank last name")]
    csv.write_text(csv.read_text().replace("S3,Cy,,", "S3,Cy,Fox,"))
    rows = read_csv_roster(csv)
    assert [r.line for r in rows] == [2, 5, 6]
    assert rows[0].school == "North\nCampus\nAnnex"


def test_crlf_line_endings(tmp_path):
    csv = write(tmp_path / "r.csv", f"{HEADER}\r\nS1,Ann,Lee\r\nS2,Bob,Ray\r\n")
    assert [r.line for r in read_csv_roster(csv)] == [2, 3]


def test_empty_file(tmp_path):
    with pytest.raises(RosterFileError) as exc:
        read_csv_roster(write(tmp_path / "r.csv", ""))
    assert problems_of(exc) == [(1, "file is empty")]


# --- CSV: encodings and delimiters ---------------------------------------------------------

def test_utf8_bom_does_not_break_first_header(tmp_path):
    csv = write(tmp_path / "r.csv", f"\ufeffStudent ID,First Name,Last Name\nS1,Zoë,Ñúñez\n")
    [row] = read_csv_roster(csv)
    assert (row.student_id, row.first_name, row.last_name) == ("S1", "Zoë", "Ñúñez")


def test_cp1252_fallback(tmp_path):
    csv = write(tmp_path / "r.csv", f"{HEADER}\nS1,José,O’Brien\n", encoding="cp1252")
    [row] = read_csv_roster(csv)
    assert (row.first_name, row.last_name) == ("José", "O’Brien")


def test_utf16_excel_unicode_text(tmp_path):
    csv = write(tmp_path / "r.txt", "student_id\tfirst_name\tlast_name\nS1\tZoë\tLee\n", "utf-16")
    [row] = read_csv_roster(csv)
    assert row.first_name == "Zoë"


@pytest.mark.parametrize(
    "text",
    [
        'Student ID,First Name,Last Name,Photo Opt Out\nS1,Ann,"Lee, Jr.","social,press"\n',
        "Student ID;First Name;Last Name;Photo Opt Out\nS1;Ann;Lee, Jr.;social,press\n",
        "Student ID\tFirst Name\tLast Name\tPhoto Opt Out\nS1\tAnn\tLee, Jr.\tsocial,press\n",
    ],
    ids=["comma", "semicolon", "tab"],
)
def test_delimiter_sniffing(tmp_path, text):
    [row] = read_csv_roster(write(tmp_path / "r.csv", text))
    assert (row.student_id, row.last_name) == ("S1", "Lee, Jr.")
    assert row.photo_opt_out == frozenset({"social", "press"})


# --- photos --------------------------------------------------------------------------------

def test_find_reference_photos(tmp_path):
    photos = tmp_path / "photos"
    for name in ["S1.jpg", "S1_2.PNG", "S1_10.jpeg", "AB-7.HEIC", "S2.txt", "notes.doc",
                 "S3_x.jpg", "._S1.jpg"]:
        touch(photos / name)
    (photos / "S4.jpg").mkdir()
    found = find_reference_photos(photos)
    assert found == {
        "AB-7": [photos / "AB-7.HEIC"],
        "S1": [photos / "S1.jpg", photos / "S1_2.PNG", photos / "S1_10.jpeg"],
    }
    assert list(found) == sorted(found)


def test_csv_photos_from_photos_dir(tmp_path):
    photos = tmp_path / "photos"
    touch(photos / "S1.jpg")
    touch(photos / "S1_2.PNG")
    touch(photos / "S9.jpg")  # not in the CSV: ignored, not an error
    csv = write(tmp_path / "r.csv", f"{HEADER}\nS1,Ann,Lee\nS2,Bob,Ray\n")
    s1, s2 = read_csv_roster(csv, photos_dir=photos)
    assert s1.photos == (photos / "S1.jpg", photos / "S1_2.PNG")
    assert s2.photos == ()


def test_csv_photo_column_is_relative_to_csv(tmp_path):
    touch(tmp_path / "data" / "pics" / "ann.jpg")
    photos = tmp_path / "photos"
    touch(photos / "S1_3.jpg")
    text = f"{HEADER},photo\nS1,Ann,Lee,pics/ann.jpg\nS2,Bob,Ray,\n"
    csv = write(tmp_path / "data" / "r.csv", text)
    s1, s2 = read_csv_roster(csv, photos_dir=photos)
    assert s1.photos == (tmp_path / "data" / "pics" / "ann.jpg", photos / "S1_3.jpg")
    assert s2.photos == ()


def test_missing_photo_file_is_a_problem(tmp_path):
    csv = write(tmp_path / "r.csv", f"{HEADER},photo\nS1,Ann,Lee,pics/nope.jpg\n")
    with pytest.raises(RosterFileError) as exc:
        read_csv_roster(csv)
    assert problems_of(exc) == [(2, "photo file not found: pics/nope.jpg")]


def test_missing_photos_dir_is_a_problem(tmp_path):
    csv = write(tmp_path / "r.csv", f"{HEADER}\nS1,Ann,Lee\n")
    with pytest.raises(RosterFileError) as exc:
        read_csv_roster(csv, photos_dir=tmp_path / "absent")
    assert problems_of(exc) == [(None, "photos folder not found")]


# --- error format --------------------------------------------------------------------------

def test_error_message_format(tmp_path):
    csv = write(tmp_path / "r.csv", f"{HEADER}\nS1,,Lee\n")
    with pytest.raises(RosterFileError) as exc:
        read_csv_roster(csv)
    assert str(exc.value) == f"{csv}:2: blank first name"


def test_error_message_caps_at_50():
    problems = [RosterProblem(Path("r.csv"), n, "bad") for n in range(1, 54)]
    text = str(RosterFileError(problems)).splitlines()
    assert len(text) == 51
    assert text[0] == "r.csv:1: bad" and text[49] == "r.csv:50: bad"
    assert text[50] == "... and 3 more problems"
    assert str(RosterProblem(Path("dir"), None, "gone")) == "dir: gone"


# --- PSPA ----------------------------------------------------------------------------------

def pspa_line(folder="", file="", grade="", last="", first="", *extra: str) -> str:
    cells = ["SPRING24", folder, file, grade, last, first, "", "", "Smith", "", "", "", "LARGE"]
    return "\t".join(cells + list(extra))


def make_pspa(root: Path, lines: list[str], images: list[str], index_name="INDEX.TXT") -> Path:
    write(root / index_name, "\r\n".join(lines) + "\r\n")
    for image in images:
        touch(root / image)
    return root


def test_pspa_default_columns_follow_standard():
    assert PSPA_DEFAULT_COLUMNS[:6] == (
        "volume_name", "image_folder", "image_file_name", "grade", "last_name", "first_name",
    )
    assert len(PSPA_DEFAULT_COLUMNS) == 13


def test_pspa_uppercase_disc(tmp_path):
    root = make_pspa(
        tmp_path / "disc",
        [pspa_line("images/grade07", "p0001.jpg", "07", "Doe", "Jane"),
         pspa_line("Images\\Grade08", "P0002.JPG", "08", "Roe", "Rick")],
        ["IMAGES/GRADE07/P0001.JPG", "IMAGES/GRADE08/P0002.JPG"],
        index_name="index.txt",
    )
    jane, rick = read_pspa_folder(root)
    assert (jane.student_id, jane.first_name, jane.last_name) == ("p0001", "Jane", "Doe")
    assert jane.grade == "07"
    assert jane.photos == (root / "IMAGES" / "GRADE07" / "P0001.JPG",)
    assert (jane.source.name, jane.line, rick.line) == ("index.txt", 1, 2)
    assert rick.photos == (root / "IMAGES" / "GRADE08" / "P0002.JPG",)
    assert jane.photo_opt_out == NO_USES and jane.name_opt_out == NO_USES


def test_pspa_header_row_is_skipped_and_extra_columns_detected(tmp_path):
    header = "\t".join(["Volume Name", "Image Folder", "Image File Name", "Grade", "Last Name",
                        "First Name", "Home Room", "Period", "Teacher Name", "Track",
                        "Department", "Title", "Image Size", "Student ID"])
    root = make_pspa(tmp_path, [header, pspa_line("IMG", "a.jpg", "9", "Doe", "Jane", "1001")],
                     ["IMG/a.jpg"])
    [row] = read_pspa_folder(root)
    assert (row.student_id, row.line) == ("1001", 2)


def test_pspa_column_map_and_opt_out_columns(tmp_path):
    root = make_pspa(
        tmp_path,
        [pspa_line("IMG", "a.jpg", "9", "Doe", "Jane", "1001", "Y", "social"),
         pspa_line("IMG", "b.jpg", "9", "Roe", "Rick", "1002", "N", "")],
        ["IMG/a.jpg", "IMG/b.jpg"],
    )
    jane, rick = read_pspa_folder(
        root, column_map={"student_id": 13, "photo_opt_out": 14, "name_opt_out": 15, "school": 0}
    )
    assert (jane.student_id, jane.school) == ("1001", "SPRING24")
    assert jane.photo_opt_out == ALL_USES and jane.name_opt_out == frozenset({"social"})
    assert rick.photo_opt_out == NO_USES and rick.name_opt_out == NO_USES


def test_pspa_column_map_can_swap_name_columns(tmp_path):
    root = make_pspa(tmp_path, [pspa_line("", "a.jpg", "9", "Jane", "Doe")], ["a.jpg"])
    [row] = read_pspa_folder(root, column_map={"first_name": 4, "last_name": 5})
    assert (row.first_name, row.last_name) == ("Jane", "Doe")
    assert row.photos == (root / "a.jpg",)


def test_pspa_default_opt_out_applies_when_unmapped(tmp_path):
    root = make_pspa(tmp_path, [pspa_line("", "a.jpg", "9", "Doe", "Jane", "Y")], ["a.jpg"])
    [row] = read_pspa_folder(root, column_map={"name_opt_out": 13}, opt_out=ALL_USES)
    assert row.photo_opt_out == ALL_USES  # no column mapped: the fail-closed default
    assert row.name_opt_out == ALL_USES  # from column 13


def test_pspa_problems_with_lines(tmp_path):
    root = make_pspa(
        tmp_path,
        [pspa_line("IMG", "a.jpg", "9", "Doe", "Jane"),
         pspa_line("IMG", "missing.jpg", "9", "Roe", "Rick"),
         pspa_line("IMG", "A.JPG", "9", "Fox", ""),
         pspa_line("IMG", "c.jpg", "9", "Ray", "Cy", "perhaps")],
        ["IMG/a.jpg", "IMG/c.jpg"],
    )
    with pytest.raises(RosterFileError) as exc:
        read_pspa_folder(root, column_map={"photo_opt_out": 13})
    found = problems_of(exc)
    assert found[:2] == [(2, "photo file not found: IMG/missing.jpg"), (3, "blank first name")]
    assert found[2][0] == 4 and len(found) == 3
    assert found[2][1].startswith("photo opt-out: unknown opt-out value 'perhaps'")
    first = str(exc.value).splitlines()[0]
    assert first == f"{root / 'INDEX.TXT'}:2: photo file not found: IMG/missing.jpg"


def test_pspa_duplicate_image_ids(tmp_path):
    root = make_pspa(
        tmp_path,
        [pspa_line("IMG", "a.jpg", "9", "Doe", "Jane"),
         pspa_line("IMG", "a.jpg", "9", "Roe", "Rick")],
        ["IMG/a.jpg"],
    )
    with pytest.raises(RosterFileError) as exc:
        read_pspa_folder(root)
    assert problems_of(exc) == [(2, "duplicate student ID 'a' (lines 1 and 2)")]


def test_pspa_rejects_paths_outside_folder(tmp_path):
    touch(tmp_path / "outside.jpg")
    root = make_pspa(tmp_path / "disc", [pspa_line("..", "outside.jpg", "9", "Doe", "Jane")], [])
    with pytest.raises(RosterFileError) as exc:
        read_pspa_folder(root)
    assert problems_of(exc) == [(1, "photo file not found: ../outside.jpg")]


def test_preview_pspa(tmp_path):
    lines = [pspa_line("IMG", f"{n}.jpg", "9", "Doe", f"Kid{n}") for n in range(15)]
    root = make_pspa(tmp_path, ["", *lines], [])
    preview = preview_pspa(root)
    assert len(preview) == 10
    assert preview[0][:6] == ["SPRING24", "IMG", "0.jpg", "9", "Doe", "Kid0"]


def test_pspa_folder_without_index(tmp_path):
    with pytest.raises(RosterFileError) as exc:
        read_pspa_folder(tmp_path)
    assert problems_of(exc) == [(None, "no INDEX.TXT in this folder")]


# --- dispatch ------------------------------------------------------------------------------

def test_read_roster_dispatches(tmp_path):
    root = make_pspa(tmp_path / "disc", [pspa_line("", "a.jpg", "9", "Doe", "Jane")], ["a.jpg"])
    csv = write(tmp_path / "r.csv", f"{HEADER}\nS1,Ann,Lee\n")
    [pspa_row] = read_roster(root, column_map={"grade": 0})
    [csv_row] = read_roster(csv, column_map={"first_name": "last_name", "last_name": "first_name"})
    assert (pspa_row.student_id, pspa_row.grade) == ("a", "SPRING24")
    assert (csv_row.first_name, csv_row.last_name) == ("Lee", "Ann")


def test_read_roster_folder_without_index(tmp_path):
    with pytest.raises(RosterFileError, match="no INDEX.TXT"):
        read_roster(tmp_path)


def test_read_roster_rejects_photos_dir_for_pspa(tmp_path):
    root = make_pspa(tmp_path / "disc", [pspa_line("", "a.jpg", "9", "Doe", "Jane")], ["a.jpg"])
    with pytest.raises(ValueError):
        read_roster(root, photos_dir=tmp_path)
