"""Roster changes never silently lift protection (issue 10): a short file removes nobody without
confirmation and names who it would remove; a school's file covers only that school; a plan
made against an older roster is refused; only a director or an admin changes the roster; an
unusable reference photo is skipped only when asked, and its student is listed. SQLite and
PostgreSQL, real photos and the real face model."""

from __future__ import annotations

import shutil

import pytest
from argon2 import PasswordHasher
from PIL import Image

from desktop_app.access import AccessDenied
from desktop_app.roster import read_roster
from desktop_app.roster.service import RemovalsNeedConfirmation, RosterChangedError, RosterService
from desktop_app.roster.sources import RosterFileError
from desktop_app.screening.pool import InlineWorkerPool
from desktop_app.settings import ScreeningSettings
from desktop_app.workflow import StaffService

HEADER = "student_id,first_name,last_name,preferred_name,grade,school,photo_opt_out,name_opt_out\n"
NO_SCHOOL_HEADER = "student_id,first_name,last_name,photo_opt_out,name_opt_out\n"
FULL = [
    "S100,Barack,Obama,,12,Yelm High School,Y,N",
    "S101,John,Salley,Johnny,11,Yelm High School,social;website,Y",
    "S102,John,Simm,,10,Mill Pond Elementary,N,N",
    "S103,Ana,Lopez,,9,Mill Pond Elementary,N,N",
]


@pytest.fixture(scope="module")
def pool_factory():
    settings = ScreeningSettings()
    return lambda: InlineWorkerPool(settings)


@pytest.fixture
def folder(tmp_path, faces):
    photos = tmp_path / "photos"
    photos.mkdir()
    shutil.copy(faces / "people/obama/obama.jpg", photos / "S100.jpg")
    shutil.copy(sorted((faces / "people/John_Salley").iterdir())[0], photos / "S101.jpg")
    return tmp_path


def rows_of(folder, lines, header=HEADER, name="roster.csv"):
    path = folder / name
    path.write_text(header + "".join(line + "\n" for line in lines), encoding="utf-8")
    return read_roster(path, photos_dir=folder / "photos")


@pytest.fixture
def roster(db, folder, pool_factory):
    service = RosterService(db, pool_factory)
    service.apply(rows_of(folder, FULL), "full", apply_removals=True)
    return service


def test_short_file_removes_nobody_and_the_preview_names_them(roster, folder):
    """A clerk's 1-row list of a new opt-out (no school column: the whole district) after the
    full roster: the new opt-out applies, the absent students stay protected, named."""
    short = rows_of(folder, ["S103,Ana,Lopez,Y,N"], header=NO_SCHOOL_HEADER)
    preview = roster.preview(short)
    assert preview.removed == ["S100", "S101", "S102"]
    text = "\n".join(preview.describe())
    assert "Barack Obama (S100)" in text and "Johnny Salley (S101)" in text and "NOT removed" in text
    with pytest.raises(RemovalsNeedConfirmation) as refused:  # 3 of 4 absent: over the 10 % share
        roster.apply(short, "short")
    assert "Barack Obama (S100)" in str(refused.value) and "--keep-absent" in str(refused.value)
    assert roster.templates_for("social").student_ids == ("S100", "S101")  # nothing changed
    changes = roster.apply(short, "short", keep_absent=True)
    assert changes.photo_opt_outs_added == ["S103"] and not changes.removals_applied
    assert {s.student_id for s in roster.students(opted_out_only=False)} == {"S100", "S101", "S102", "S103"}
    assert roster.templates_for("social").student_ids == ("S100", "S101")  # still protected
    assert "S103" in roster.unprotected("social")  # opted out, no photo: listed as unrecognisable


def test_small_share_of_removals_is_held_and_lifts_are_kept(db, folder, pool_factory):
    """Under the share, a file missing one student imports, but removes nobody and lifts no
    opt-out unless asked; with --apply-removals both happen."""
    service = RosterService(db, pool_factory, max_removal_share=0.5)
    service.apply(rows_of(folder, FULL), "full", apply_removals=True)
    changed = ["S100,Barack,Obama,,12,Yelm High School,N,N",  # photo opt-out lifted
               "S102,John,Simm,,10,Mill Pond Elementary,N,N",
               "S103,Ana,Lopez,,9,Mill Pond Elementary,N,N"]  # S101 absent
    held = service.apply(rows_of(folder, changed), "partial")
    assert held.removed == ["S101"] and held.photo_opt_outs_lifted == ["S100"] and not held.removals_applied
    assert service.templates_for("social").student_ids == ("S100", "S101")
    applied = service.apply(rows_of(folder, changed), "partial", apply_removals=True)
    assert applied.removals_applied
    assert service.templates_for("social").student_ids == ()
    assert {s.student_id for s in service.students()} == {"S100", "S102", "S103"}


def test_a_schools_file_covers_only_that_school(roster, folder):
    mill_pond = rows_of(folder, ["S102,John,Simm,,10,Mill Pond Elementary,Y,N"])
    changes = roster.preview(mill_pond, apply_removals=True)
    assert changes.scope_schools == ["mill pond elementary"]
    assert changes.removed == ["S103"]  # not the Yelm High students
    roster.apply(mill_pond, "mill pond", apply_removals=True)
    assert {s.student_id for s in roster.students()} == {"S100", "S101", "S102"}
    assert roster.templates_for("social").student_ids == ("S100", "S101")


def test_plan_made_against_an_older_roster_is_refused(roster, folder):
    preview = roster.preview(rows_of(folder, FULL[:3] + ["S103,Ana,Lopez,,9,Mill Pond Elementary,Y,N"]))
    roster.apply(rows_of(folder, FULL[:3] + ["S103,Ana,Lopez,,9,Mill Pond Elementary,press,N"]), "other")
    with pytest.raises(RosterChangedError, match="changed since you previewed it"):
        roster.apply(rows_of(folder, FULL), "late", expected_version=preview.roster_version)
    assert roster.version() == preview.roster_version + 1


def test_only_a_director_or_admin_changes_the_roster(db, folder, pool_factory):
    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    admin = StaffService(db, None, hasher=hasher).add("it@ycs.example.org", "Ivy Admin", ["admin"], password="pw-12345678")
    staff = StaffService(db, admin, hasher=hasher)
    author = staff.add("teacher@ycs.example.org", "Tess Teacher", ["author"], password="pw-12345678")
    director = staff.add("comms@ycs.example.org", "Dana Director", ["director"], password="pw-12345678")
    service = RosterService(db, pool_factory)
    rows = rows_of(folder, FULL)
    with pytest.raises(AccessDenied, match="director or admin"):
        service.apply(rows, "by nobody")
    with pytest.raises(AccessDenied, match="teacher@ycs.example.org cannot change the roster"):
        service.apply(rows, "by author", actor=author)
    with pytest.raises(AccessDenied):
        service.reencode(actor=author)
    assert service.students() == []
    service.apply(rows, "by director", actor=director)
    assert len(service.students()) == 4


def test_unusable_reference_photo_is_skipped_only_when_asked(db, folder, faces, pool_factory):
    with Image.open(faces / "orientation/Samsung GT-I9100 (Galaxy SII).jpg") as no_face:
        no_face.thumbnail((640, 640))
        no_face.save(folder / "photos" / "S103.jpg")
    service = RosterService(db, pool_factory)
    lines = FULL[:3] + ["S103,Ana,Lopez,,9,Mill Pond Elementary,Y,N"]
    with pytest.raises(RosterFileError, match="roster.csv:5:"):
        service.apply(rows_of(folder, lines), "strict")
    assert service.students() == []
    changes = service.apply(rows_of(folder, lines), "lenient", allow_missing_photos=True)
    assert changes.without_reference_photo == ["S103"]
    assert any(u.startswith("S103 (S103.jpg)") for u in changes.unusable_photos)
    assert "Ana Lopez (S103)" in "\n".join(changes.describe())
    assert service.unprotected("social") == ["S103"]
