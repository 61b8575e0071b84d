"""OneRoster 1.1/1.2 bundles, opt-out lists and the three sources joined (issue 22).

Bundles are real files: the public 1.2 sample from the Moodle OneRoster plugin (see
data/oneroster_public/SOURCE.md), the test district's 1.2 bundle written for these tests
(data/oneroster_district, the spec's column layout) and 1.1 / bad bundles written here.
"""

from __future__ import annotations

import shutil
import time
import zipfile
from pathlib import Path

import pytest

from desktop_app.roster import (
    RosterFileError,
    is_oneroster,
    read_oneroster,
    read_opt_out_list,
    read_roster,
    read_roster_sources,
)
from desktop_app.uses import ALL_USES, NO_USES

DATA = Path(__file__).parent / "data"
PUBLIC = DATA / "oneroster_public" / "v1p2_full_dataset.zip"
DISTRICT = DATA / "oneroster_district"

MANIFEST_11 = ("propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\nfile.orgs,bulk\nfile.users,bulk\n"
               "file.enrollments,absent\n")
ORGS = ("sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
        "o1,,,Yelm High School,school,0301,\no2,,,Yelm Community Schools,district,YCS,\n")
USERS_11 = ("sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,"
            "middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n")


def bundle(folder: Path, users: str, manifest: str = MANIFEST_11, orgs: str | None = ORGS, **extra: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.csv").write_text(manifest, encoding="utf-8")
    (folder / "users.csv").write_text(users, encoding="utf-8")
    if orgs is not None:
        (folder / "orgs.csv").write_text(orgs, encoding="utf-8")
    for name, text in extra.items():
        (folder / f"{name}.csv").write_text(text, encoding="utf-8")
    return folder


def messages(exc_info) -> list[str]:
    return [str(p) for p in exc_info.value.problems]


# --- the public sample ------------------------------------------------------------------------

def test_public_oneroster_12_sample_zip_reads_its_three_students():
    rows = read_oneroster(PUBLIC)
    assert [(r.student_id, r.first_name, r.last_name, r.grade, r.school) for r in rows] == [
        ("mary.jones", "Mary", "Jones", "12", "History Department"),  # blank status counts as active
        ("mmichel.jones", "mmichel", "Jones", "12", "History Department"),
        ("anna.brown", "Anna", "Brown", "11", "History Department"),
    ]  # John Doe and Jim Smith are teachers, Thomas Jones a site administrator: not students
    assert rows[0].preferred_name == "MJ"  # the sample's misspelt prefferedGivenName column
    assert rows[0].source == PUBLIC.parent / f"{PUBLIC.name}/users.csv" and rows[0].line == 3
    assert all(r.photo_opt_out == NO_USES and r.photos == () for r in rows)


def test_public_sample_userids_type_that_repeats_is_refused_with_lines():
    with pytest.raises(RosterFileError) as exc:
        read_oneroster(PUBLIC, id_field="userIds:LDAP")
    assert messages(exc) == [f"{PUBLIC}/users.csv:6: duplicate student ID '12' (lines 3 and 6)"]


# --- the district's 1.2 bundle ----------------------------------------------------------------

def test_district_12_bundle_students_schools_grades_and_metadata_opt_out():
    rows = read_oneroster(DISTRICT)
    by_id = {r.student_id: r for r in rows}
    assert sorted(by_id) == ["S100", "S101", "S102", "S104"]  # S103 tobedeleted, staff ignored
    assert by_id["S101"].school == "Yelm High School" and by_id["S101"].preferred_name == "Johnny"
    assert by_id["S102"].school == "Mill Pond Elementary" and by_id["S102"].grade == "04"
    assert by_id["S101"].photo_opt_out == frozenset({"social"})  # metadata.photoOptOut
    assert by_id["S100"].photo_opt_out == NO_USES


def test_district_bundle_zipped_in_a_folder_and_userids_type(tmp_path):
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for f in DISTRICT.iterdir():
            z.write(f, f"ycs-oneroster-2026/{f.name}")
    assert is_oneroster(archive)
    rows = read_oneroster(archive, id_field="userIds:sis")
    assert [r.student_id for r in rows] == ["S100", "S101", "S102", "S104"]
    by_username = read_roster(archive)  # read_roster recognises the bundle too
    assert [r.student_id for r in by_username] == ["S100", "S101", "S102", "S104"]


def test_column_map_names_another_metadata_column(tmp_path):
    folder = shutil.copytree(DISTRICT, tmp_path / "b")
    users = (folder / "users.csv").read_text(encoding="utf-8").replace("metadata.photoOptOut", "metadata.consentNo")
    (folder / "users.csv").write_text(users, encoding="utf-8")
    assert all(r.photo_opt_out == NO_USES for r in read_oneroster(folder))
    rows = read_oneroster(folder, column_map={"photo_opt_out": "metadata.consentNo"})
    assert {r.student_id for r in rows if r.photo_opt_out} == {"S101"}
    with pytest.raises(RosterFileError) as exc:
        read_oneroster(folder, column_map={"name_opt_out": "metadata.nothing"})
    assert "column 'metadata.nothing' (for name_opt_out) not found in users.csv" in messages(exc)[0]


# --- 1.1 ------------------------------------------------------------------------------------

def test_oneroster_11_roles_and_orgs_in_users_csv(tmp_path):
    users = USERS_11 + (
        "u1,,,true,\"o2,o1\",student,ana,,Ana,Lopez,,S200,,,,,09,\n"
        "u2,active,,true,o1,teacher,tea,,Tea,Cher,,E1,,,,,,\n"
        "u3,tobedeleted,,true,o1,student,gone,,Gone,Away,,S201,,,,,10,\n"
        "u4,active,,true,o2,student,dis,,Dis,Trict,,S202,,,,,11,\n")
    rows = read_oneroster(bundle(tmp_path / "b", users))
    assert [(r.student_id, r.school) for r in rows] == [("S200", "Yelm High School"),  # the school org wins
                                                        ("S202", "Yelm Community Schools")]


# --- bad bundles ------------------------------------------------------------------------------

def test_missing_manifest(tmp_path):
    folder = bundle(tmp_path / "b", USERS_11)
    (folder / "manifest.csv").unlink()
    with pytest.raises(RosterFileError) as exc:
        read_oneroster(folder)
    assert messages(exc) == [f"{folder}: no manifest.csv: this is not a OneRoster CSV bundle"]


def test_wrong_version_and_delta_users(tmp_path):
    manifest = "propertyName,value\noneroster.version,1.0\nfile.orgs,bulk\nfile.users,delta\n"
    folder = bundle(tmp_path / "b", USERS_11, manifest=manifest)
    with pytest.raises(RosterFileError) as exc:
        read_oneroster(folder)
    assert messages(exc) == [
        f"{folder}/manifest.csv:2: OneRoster version '1.0': ClearPost reads OneRoster 1.1 and 1.2 bundles",
        f"{folder}/manifest.csv:4: users.csv is a delta export (only what changed): export a bulk bundle, "
        "which lists every student",
    ]


def test_orgs_missing_and_unknown_org(tmp_path):
    folder = bundle(tmp_path / "b", USERS_11 + "u1,,,true,o9,student,a,,A,B,,S1,,,,,09,\n", orgs=None)
    with pytest.raises(RosterFileError) as exc:
        read_oneroster(folder)
    assert messages(exc) == [f"{folder}/manifest.csv:4: the manifest lists orgs.csv but the bundle has no such file"]
    (folder / "orgs.csv").write_text(ORGS, encoding="utf-8")
    with pytest.raises(RosterFileError) as exc:
        read_oneroster(folder)
    assert messages(exc) == [f"{folder}/users.csv:2: org 'o9' is not in orgs.csv"]


def test_duplicate_sourced_ids_missing_identifier_and_bad_status(tmp_path):
    users = USERS_11 + ("u1,,,true,o1,student,a,,A,One,,S1,,,,,09,\n"
                        "u1,,,true,o1,student,b,,B,Two,,S2,,,,,09,\n"
                        "u3,,,true,o1,student,c,,C,Three,,,,,,,09,\n"
                        "u4,inactive,,true,o1,student,d,,D,Four,,S4,,,,,09,\n")
    orgs = ORGS + "o1,,,Again,school,,\n"
    folder = bundle(tmp_path / "b", users, orgs=orgs)
    with pytest.raises(RosterFileError) as exc:
        read_oneroster(folder)
    assert messages(exc) == [
        f"{folder}/orgs.csv:4: duplicate sourcedId 'o1' (lines 2 and 4)",
        f"{folder}/users.csv:3: duplicate sourcedId 'u1' (lines 2 and 3)",
        f"{folder}/users.csv:4: student has no identifier (the student ID)",
        f"{folder}/users.csv:5: unknown status 'inactive' (active or tobedeleted)",
    ]


def test_12_users_without_roles_file_cannot_tell_students(tmp_path):
    manifest = MANIFEST_11.replace("1.1", "1.2")
    users = "sourcedId,status,givenName,familyName,identifier,primaryOrgSourcedId\nu1,,A,B,S1,o1\n"
    folder = bundle(tmp_path / "b", users, manifest=manifest)
    with pytest.raises(RosterFileError) as exc:
        read_oneroster(folder)
    assert "cannot tell students from staff" in messages(exc)[0]


def test_not_a_zip_and_unknown_id_field(tmp_path):
    fake = tmp_path / "export.zip"
    fake.write_bytes(b"PK not really")
    with pytest.raises(RosterFileError) as exc:
        read_oneroster(fake)
    assert "cannot open it as a zip file" in messages(exc)[0]
    with pytest.raises(ValueError, match="unknown student ID field 'email'"):
        read_oneroster(DISTRICT, id_field="email")


def test_ten_thousand_students_read_in_bounded_time(tmp_path):
    lines = [USERS_11]
    for n in range(10_000):
        lines.append(f"u{n},active,,true,o1,student,user{n},,First{n},Last{n},,S{n:05d},,,,,{n % 12 + 1},\n")
    for n in range(500):
        lines.append(f"t{n},active,,true,o1,teacher,t{n},,T{n},Teacher,,E{n},,,,,,\n")
    folder = bundle(tmp_path / "big", "".join(lines))
    started = time.perf_counter()
    rows = read_oneroster(folder)
    elapsed = time.perf_counter() - started
    assert len(rows) == 10_000 and rows[-1].student_id == "S09999" and rows[-1].school == "Yelm High School"
    assert elapsed < 10, f"reading 10,000 students took {elapsed:.1f} s"


# --- opt-out lists ----------------------------------------------------------------------------

def test_opt_out_list_uses_and_yes_no_columns(tmp_path):
    uses = tmp_path / "uses.csv"
    uses.write_text("Student Number,Photo Opt Out,Name Opt Out\nS100,social;website,N\nS102,Y,Y\n", encoding="utf-8")
    entries = read_opt_out_list(uses)
    assert [(e.student_id, e.photo_opt_out, e.name_opt_out, e.line) for e in entries] == [
        ("S100", frozenset({"social", "website"}), NO_USES, 2), ("S102", ALL_USES, ALL_USES, 3)]
    flags = tmp_path / "flags.csv"
    flags.write_text("Student ID;Social media;Yearbook;Name - Website\nS100;Y;N;\nS104;N;N;Y\n", encoding="cp1252")
    entries = read_opt_out_list(flags)
    assert [(e.student_id, e.photo_opt_out, e.name_opt_out) for e in entries] == [
        ("S100", frozenset({"social"}), NO_USES), ("S104", NO_USES, frozenset({"website"}))]


def test_bad_opt_out_lists(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("Student ID,Social,uses\nS1,maybe,\nS1,Y,\nS2,N,sometimes\n,Y,\n", encoding="utf-8")
    with pytest.raises(RosterFileError) as exc:
        read_opt_out_list(bad)
    assert messages(exc) == [
        f"{bad}:2: Social: 'maybe' is not Y or N",
        f"{bad}:3: student 'S1' is listed twice (lines 2 and 3)",
        f"{bad}:4: uses: unknown opt-out value 'sometimes': expected Y/N, yes/no, true/false, 1/0 or a list "
        "of uses from social, website, press, yearbook (not sometimes)",
        f"{bad}:5: missing student ID",
    ]
    no_column = tmp_path / "nocol.csv"
    no_column.write_text("Student ID,Comment\nS1,hello\n", encoding="utf-8")
    with pytest.raises(RosterFileError) as exc:
        read_opt_out_list(no_column)
    assert "no opt-out column" in messages(exc)[0]


# --- the three sources together ----------------------------------------------------------------

def pspa_folder(folder: Path, faces: Path, lines: list[tuple[str, str, str, str]]) -> Path:
    """A picture-day folder: INDEX.TXT in the standard column order, images under ./IMAGES."""
    (folder / "IMAGES").mkdir(parents=True)
    index = []
    for file_name, last, first, source in lines:
        shutil.copy(faces / source, folder / "IMAGES" / file_name)
        index.append("\t".join(["YCS 2026", "IMAGES", file_name, "12", last, first, "", "", "", "", "", "", ""]))
    (folder / "INDEX.TXT").write_text("\r\n".join(index) + "\r\n", encoding="utf-8")
    return folder


def test_bundle_pspa_and_opt_out_list_join_on_student_id(tmp_path, faces):
    pspa = pspa_folder(tmp_path / "pspa", faces, [("S100.jpg", "Obama", "Barack", "people/obama/obama.jpg"),
                                                  ("S101.JPG", "Salley", "John", "people/John_Salley/" + sorted(
                                                      (faces / "people/John_Salley").iterdir())[0].name)])
    opt_outs = tmp_path / "opt-outs.csv"
    opt_outs.write_text("Student ID,photo_opt_out,name_opt_out\nS100,Y,N\nS101,website,N\ns104,N,Y\n",
                        encoding="utf-8")
    rows = {r.student_id: r for r in read_roster_sources(DISTRICT, pspa, opt_outs)}
    assert sorted(rows) == ["S100", "S101", "S102", "S104"]
    assert rows["S100"].photo_opt_out == ALL_USES and rows["S100"].photos == (pspa / "IMAGES" / "S100.jpg",)
    assert rows["S101"].photo_opt_out == frozenset({"social", "website"})  # bundle's metadata + the list
    assert rows["S104"].name_opt_out == ALL_USES and rows["S104"].photos == ()  # the list's ID case differs
    assert rows["S102"].photo_opt_out == NO_USES and rows["S100"].source == DISTRICT / "users.csv"


def test_opt_out_and_portrait_of_nobody_on_the_roster_are_errors(tmp_path, faces):
    pspa = pspa_folder(tmp_path / "pspa", faces, [("S999.jpg", "Nobody", "Here", "people/obama/obama.jpg")])
    opt_outs = tmp_path / "opt-outs.csv"
    opt_outs.write_text("Student ID,photo_opt_out\nS100,Y\nS777,Y\n", encoding="utf-8")
    with pytest.raises(RosterFileError) as exc:
        read_roster_sources(DISTRICT, pspa, opt_outs)
    assert messages(exc) == [
        f"{pspa / 'INDEX.TXT'}:1: portrait of 'S999' (Here Nobody): no student with this ID in the roster",
        f"{opt_outs}:3: student 'S777' has an opt-out but is in no roster given (check the ID, or add the "
        "student to the roster)",
    ]


def test_problems_of_every_source_are_reported_together(tmp_path):
    folder = bundle(tmp_path / "b", USERS_11 + "u1,,,true,o1,student,a,,A,B,,,,,,,09,\n")
    opt_outs = tmp_path / "o.csv"
    opt_outs.write_text("Student ID,photo_opt_out\nS1,perhaps\n", encoding="utf-8")
    with pytest.raises(RosterFileError) as exc:
        read_roster_sources(folder, tmp_path / "no-such-photos", opt_outs)
    assert [m.split(": ", 1)[0] for m in messages(exc)] == [
        f"{folder}/users.csv:2", f"{opt_outs}:2"]


def test_sis_csv_with_plain_photo_folder_and_opt_out_list(tmp_path, faces):
    photos = tmp_path / "photos"
    photos.mkdir()
    shutil.copy(faces / "people/obama/obama.jpg", photos / "S100.jpg")
    sis = tmp_path / "sis.csv"
    sis.write_text("Student ID,First Name,Last Name\nS100,Barack,Obama\nS102,John,Simm\n", encoding="utf-8")
    opt_outs = tmp_path / "o.csv"
    opt_outs.write_text("Student ID,Social,Press\nS100,Y,Y\n", encoding="utf-8")
    rows = read_roster_sources(sis, photos, opt_outs)
    assert [(r.student_id, r.photo_opt_out, len(r.photos)) for r in rows] == [
        ("S100", frozenset({"social", "press"}), 1), ("S102", NO_USES, 0)]
