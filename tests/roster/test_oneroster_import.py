"""A OneRoster 1.2 bundle, a PSPA folder and an opt-out list applied as one roster change on SQLite
and PostgreSQL (issue 22): the same plan, removal rules and all-or-nothing as any import."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.roster import read_roster_sources
from desktop_app.roster.service import RemovalsNeedConfirmation, RosterService
from desktop_app.roster.sources import RosterFileError
from desktop_app.screening.pool import InlineWorkerPool
from desktop_app.settings import ScreeningSettings
from desktop_app.storage.models import ReferencePhoto, Student
from desktop_app.uses import ALL_USES, parse_uses

DISTRICT = Path(__file__).parent / "data" / "oneroster_district"


@pytest.fixture(scope="module")
def inline_pool_factory():
    settings = ScreeningSettings()
    return lambda: InlineWorkerPool(settings)


@pytest.fixture
def sources(tmp_path, faces):
    """The district's bundle (copied, so a test may change it), a PSPA folder, an opt-out list."""
    bundle = shutil.copytree(DISTRICT, tmp_path / "bundle")
    pspa = tmp_path / "pspa"
    (pspa / "IMAGES").mkdir(parents=True)
    salley = sorted((faces / "people/John_Salley").iterdir())[0]
    index = []
    for name, last, first, photo in (("S100.jpg", "Obama", "Barack", faces / "people/obama/obama.jpg"),
                                     ("S101.jpg", "Salley", "John", salley),
                                     ("S104.jpg", "Kim", "Lena", sorted((faces / "people/amy_adams").iterdir())[0])):
        shutil.copy(photo, pspa / "IMAGES" / name)
        index.append("\t".join(["YCS", "IMAGES", name, "", last, first] + [""] * 7))
    (pspa / "INDEX.TXT").write_text("\r\n".join(index) + "\r\n", encoding="utf-8")
    opt_outs = tmp_path / "media-opt-outs.csv"
    opt_outs.write_text("Student Number,Social,Website,Press,Yearbook\nS100,Y,Y,Y,Y\nS102,N,N,Y,N\n",
                        encoding="utf-8")
    return bundle, pspa, opt_outs


def students(db) -> dict[str, tuple]:
    with db.session() as s:
        rows = s.execute(select(Student)).scalars().all()
        templates = dict(s.execute(select(ReferencePhoto.student_pk, func.count(ReferencePhoto.id))
                                   .group_by(ReferencePhoto.student_pk)).all())
        return {st.student_id: (st.school.name if st.school else None, st.grade, parse_uses(st.photo_opt_out),
                                templates.get(st.id, 0)) for st in rows}


def test_bundle_portraits_and_opt_out_list_import_as_one_change(db, sources, inline_pool_factory):
    bundle, pspa, opt_outs = sources
    service = RosterService(db, inline_pool_factory)
    rows = read_roster_sources(bundle, pspa, opt_outs)
    changes = service.apply(rows, f"{bundle} + {pspa} + {opt_outs}")
    assert sorted(changes.added) == ["S100", "S101", "S102", "S104"]
    assert changes.photos_to_enrol == 2  # S100 (list) and S101 (bundle metadata) are opted out; S104 is not
    assert students(db) == {
        "S100": ("Yelm High School", "12", ALL_USES, 1),
        "S101": ("Yelm High School", "11", frozenset({"social"}), 1),
        "S102": ("Mill Pond Elementary", "04", frozenset({"press"}), 0),  # no portrait: listed unprotected
        "S104": ("Yelm High School", "09", frozenset(), 0),
    }
    assert changes.without_reference_photo == ["S102"]
    assert service.apply(read_roster_sources(bundle, pspa, opt_outs), "again").is_empty  # idempotent


def test_tobedeleted_student_leaves_through_the_named_removal_step(db, sources, inline_pool_factory):
    bundle, pspa, opt_outs = sources
    service = RosterService(db, inline_pool_factory, max_removal_share=0.5)
    service.apply(read_roster_sources(bundle, pspa, opt_outs), "first")
    users = bundle / "users.csv"
    users.write_text(users.read_text(encoding="utf-8").replace("usr-7f3a05,active", "usr-7f3a05,tobedeleted"),
                     encoding="utf-8")
    pspa_index = pspa / "INDEX.TXT"
    pspa_index.write_text("".join(ln for ln in pspa_index.read_text(encoding="utf-8").splitlines(True)
                                  if "S104" not in ln), encoding="utf-8")
    rows = read_roster_sources(bundle, pspa, opt_outs)
    plan = service.preview(rows)
    assert plan.removed == ["S104"] and not plan.removals_applied
    assert "Lena Kim (S104)" in "\n".join(plan.describe())
    service.apply(rows, "kept")  # not asked: Lena stays
    assert "S104" in students(db)
    service.apply(rows, "removed", apply_removals=True)
    assert "S104" not in students(db) and len(students(db)) == 3


def test_an_opt_out_for_nobody_changes_nothing(db, sources, inline_pool_factory):
    bundle, pspa, opt_outs = sources
    service = RosterService(db, inline_pool_factory)
    service.apply(read_roster_sources(bundle, pspa, opt_outs), "first")
    before = students(db)
    opt_outs.write_text(opt_outs.read_text(encoding="utf-8") + "S555,Y,Y,Y,Y\n", encoding="utf-8")
    with pytest.raises(RosterFileError) as exc:
        read_roster_sources(bundle, pspa, opt_outs)
    assert [str(p) for p in exc.value.problems] == [
        f"{opt_outs}:4: student 'S555' has an opt-out but is in no roster given (check the ID, or add the "
        "student to the roster)"]
    assert students(db) == before


def test_a_bundle_missing_most_students_needs_confirmation(db, sources, inline_pool_factory):
    bundle, pspa, opt_outs = sources
    service = RosterService(db, inline_pool_factory)
    service.apply(read_roster_sources(bundle, pspa, opt_outs), "first")
    users = bundle / "users.csv"
    kept = [ln for ln in users.read_text(encoding="utf-8").splitlines(True) if "S10" not in ln or "S100" in ln]
    users.write_text("".join(kept), encoding="utf-8")
    with pytest.raises(RemovalsNeedConfirmation):
        service.apply(read_roster_sources(bundle, None, None), "partial")
    assert len(students(db)) == 4
