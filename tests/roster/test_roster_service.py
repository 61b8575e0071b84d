"""Importing a roster into SQLite and PostgreSQL: all or nothing, idempotent, biometric data minimal."""

from __future__ import annotations

import shutil

import pytest
from PIL import Image
from sqlalchemy import func, select

from desktop_app.roster import read_roster
from desktop_app.roster.service import RosterService
from desktop_app.roster.sources import RosterFileError
from desktop_app.screening.pool import InlineWorkerPool, ProcessWorkerPool
from desktop_app.settings import ScreeningSettings
from desktop_app.storage.models import ReferencePhoto, RosterImport, Student

HEADER = "Student_Number,First Name,Last Name,preferred_name,grade,school,photo_opt_out,name_opt_out\n"


@pytest.fixture(scope="module")
def inline_pool_factory():
    settings = ScreeningSettings()
    return lambda: InlineWorkerPool(settings)


@pytest.fixture
def roster_dir(tmp_path, faces):
    photos = tmp_path / "photos"
    photos.mkdir()
    shutil.copy(faces / "people/obama/obama.jpg", photos / "S100.jpg")
    shutil.copy(faces / "people/obama/obama1.jpg", photos / "S100_2.jpg")
    shutil.copy(sorted((faces / "people/John_Salley").iterdir())[0], photos / "S101.jpg")
    shutil.copy(sorted((faces / "people/John_Simm").iterdir())[0], photos / "S102.jpg")
    return tmp_path


def write_csv(folder, rows: list[str], name="roster.csv"):
    path = folder / name
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


BASE = [
    "S100,Barack,Obama,,12,Yelm High School,Y,N",
    "S101,John,Salley,Johnny,11,Yelm High School,social;website,Y",
    "S102,John,Simm,,10,Mill Pond Elementary,N,N",
]


def counts(db):
    with db.session() as s:
        return (s.scalar(select(func.count()).select_from(Student)),
                s.scalar(select(func.count()).select_from(ReferencePhoto)))


def test_import_enrols_only_opted_out_students(db, roster_dir, inline_pool_factory):
    service = RosterService(db, inline_pool_factory)
    rows = read_roster(write_csv(roster_dir, BASE), photos_dir=roster_dir / "photos")
    changes = service.apply(rows, "roster.csv")
    assert sorted(changes.added) == ["S100", "S101", "S102"]
    assert changes.photos_to_enrol == 3  # S102 has no photo opt-out: no template is made
    assert counts(db) == (3, 3)
    assert service.templates_for("social").student_ids == ("S100", "S100", "S101")
    assert service.templates_for("yearbook").student_ids == ("S100", "S100")
    assert [n.student_id for n in service.name_entries_for("press")] == ["S101"]
    assert service.roster_ids() == {"S100", "S101", "S102"}


def test_reimport_is_idempotent_and_skips_unchanged_photos(db, roster_dir, inline_pool_factory):
    service = RosterService(db, inline_pool_factory)
    path = write_csv(roster_dir, BASE)
    service.apply(read_roster(path, photos_dir=roster_dir / "photos"), "roster.csv")
    again = service.apply(read_roster(path, photos_dir=roster_dir / "photos"), "roster.csv")
    assert again.is_empty and again.photos_unchanged == 3 and again.photos_to_enrol == 0
    assert counts(db) == (3, 3)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(RosterImport)) == 2


def test_reimport_with_apply_removals_lifts_opt_outs_and_removes_students_gone(db, roster_dir, inline_pool_factory):
    service = RosterService(db, inline_pool_factory)
    service.apply(read_roster(write_csv(roster_dir, BASE), photos_dir=roster_dir / "photos"), "r1")
    changed = [
        "S100,Barack,Obama,,12,Yelm High School,N,N",  # photo opt-out lifted
        "S102,John,Simm,,10,Mill Pond Elementary,press,N",  # new opt-out
    ]  # S101 left the district
    changes = service.apply(read_roster(write_csv(roster_dir, changed), photos_dir=roster_dir / "photos"), "r2",
                            apply_removals=True)
    assert changes.photo_opt_outs_lifted == ["S100"]
    assert changes.photo_opt_outs_added == ["S102"]
    assert changes.removed == ["S101"]
    assert counts(db) == (2, 1)  # only S102's template remains
    assert service.templates_for("press").student_ids == ("S102",)
    assert service.templates_for("social").student_ids == ()


def test_bad_row_aborts_and_changes_nothing(db, roster_dir, inline_pool_factory):
    service = RosterService(db, inline_pool_factory)
    service.apply(read_roster(write_csv(roster_dir, BASE), photos_dir=roster_dir / "photos"), "r1")
    before = counts(db)
    bad = BASE[:2] + ["S102,John,Simm,,10,Mill Pond Elementary,sometimes,N"]
    with pytest.raises(RosterFileError) as err:
        service.apply(read_roster(write_csv(roster_dir, bad), photos_dir=roster_dir / "photos"), "r2")
    assert "roster.csv:4:" in str(err.value)
    assert counts(db) == before


def test_reference_photo_with_no_face_or_two_faces_aborts(db, roster_dir, faces, inline_pool_factory):
    service = RosterService(db, inline_pool_factory)
    with Image.open(faces / "orientation/Samsung GT-I9100 (Galaxy SII).jpg") as cats:  # no face
        cats.thumbnail((640, 640))
        cats.save(roster_dir / "photos/S103.jpg")
    shutil.copy(faces / "groups/two_people.jpg", roster_dir / "photos/S104.jpg")
    rows = BASE + ["S103,Cat,Owner,,9,Yelm High School,Y,N", "S104,Two,People,,9,Yelm High School,Y,N"]
    with pytest.raises(RosterFileError) as err:
        service.apply(read_roster(write_csv(roster_dir, rows), photos_dir=roster_dir / "photos"), "r")
    message = str(err.value)
    assert "roster.csv:5:" in message and "no face" in message
    assert "roster.csv:6:" in message and "2 faces" in message
    assert counts(db) == (0, 0)


def test_unreadable_reference_photo_aborts(db, roster_dir, inline_pool_factory):
    (roster_dir / "photos/S101.jpg").write_bytes(b"\xff\xd8\xff\xe0 broken")
    service = RosterService(db, inline_pool_factory)
    with pytest.raises(RosterFileError) as err:
        service.apply(read_roster(write_csv(roster_dir, BASE), photos_dir=roster_dir / "photos"), "r")
    assert "roster.csv:3:" in str(err.value) and "unreadable" in str(err.value)
    assert counts(db) == (0, 0)


def test_opted_out_student_without_photo_keeps_templates_and_is_reported(db, roster_dir, inline_pool_factory):
    service = RosterService(db, inline_pool_factory)
    service.apply(read_roster(write_csv(roster_dir, BASE), photos_dir=roster_dir / "photos"), "r1")
    # the same roster exported without photos must not switch protection off
    changes = service.apply(read_roster(write_csv(roster_dir, BASE + ["S105,New,Student,,9,,Y,N"])), "r2")
    assert counts(db) == (4, 3)
    assert changes.without_reference_photo == ["S105"]
    assert any("cannot be recognised" in line for line in changes.describe())


def test_preview_writes_nothing(db, roster_dir, inline_pool_factory):
    service = RosterService(db, inline_pool_factory)
    changes = service.preview(read_roster(write_csv(roster_dir, BASE), photos_dir=roster_dir / "photos"))
    assert len(changes.added) == 3 and changes.photos_to_enrol == 3
    assert counts(db) == (0, 0)


def test_enrolment_in_worker_processes(tmp_path, roster_dir):
    """The real pool: spawned processes on both cores, progress reported to the end."""
    from desktop_app.storage.database import Database

    db = Database(f"sqlite:///{tmp_path / 'pool.db'}")
    settings = ScreeningSettings()
    service = RosterService(db, lambda: ProcessWorkerPool(settings, workers=2))
    seen = []
    service.apply(read_roster(write_csv(roster_dir, BASE), photos_dir=roster_dir / "photos"), "r",
                  progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (3, 3)
    assert counts(db) == (3, 3)
