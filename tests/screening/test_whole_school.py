"""Whole-school recognition with real photographs on SQLite and PostgreSQL: every student with a
portrait enrolled, students without an opt-out identified and clear but never named, opted-out
students restricted, strangers judged against the opted-out alone; weak reference photos named;
turning the setting off deletes the other students' templates."""

from __future__ import annotations

import io
import json
import shutil
from dataclasses import replace

import numpy as np
import pytest
from PIL import Image, ImageFilter
from sqlalchemy import func, select

from desktop_app.roster import read_roster
from desktop_app.roster.service import RosterService
from desktop_app.screening.pool import InlineWorkerPool
from desktop_app.screening.results import ImageVerdict, Verdict
from desktop_app.screening.service import ScreeningService, inline_pool_factory
from desktop_app.settings import ScreeningSettings
from desktop_app.settings_service import SettingsService
from desktop_app.storage.models import AuditEntry, ReferencePhoto, Student
from desktop_app.workflow.district_settings import DistrictSettings

HEADER = "student_id,first_name,last_name,grade,school,photo_opt_out,name_opt_out\n"
# S1 opted out; S2, S3 without an opt-out (adults of people/ and a FairFace child)
ROWS = ["S1,Barack,Obama,12,Yelm High School,Y,N",
        "S2,John,Salley,11,Yelm High School,N,N",
        "S3,Ada,Quill,4,Yelm Elementary,N,N"]


def _settings(db, on: bool) -> None:
    DistrictSettings(db, None).set_screening(replace(SettingsService(db).screening(), recognize_all_students=on))


@pytest.fixture
def district(db, tmp_path, faces):
    photos = tmp_path / "photos"
    photos.mkdir()
    shutil.copy(faces / "people/obama/obama.jpg", photos / "S1.jpg")
    shutil.copy(sorted((faces / "people/John_Salley").iterdir())[0], photos / "S2.jpg")
    shutil.copy(faces / "ages/fairface_0028.jpg", photos / "S3.jpg")
    (tmp_path / "roster.csv").write_text(HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    _settings(db, True)
    roster = RosterService(db, lambda: InlineWorkerPool(ScreeningSettings()))
    changes = roster.apply(read_roster(tmp_path / "roster.csv", photos_dir=photos), "roster.csv")
    screening = ScreeningService(db, roster, SettingsService(db).screening(), inline_pool_factory)
    return roster, screening, changes


def test_every_student_is_enrolled_and_judged_by_who_they_are(db, district, faces):
    roster, screening, changes = district
    assert changes.recognize_all and changes.templates_without_opt_out == 2
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(ReferencePhoto)) == 3
    templates = roster.templates_for("social")
    assert sorted(templates.protected_mask.tolist()) == [False, False, True]
    assert "S2" not in templates.student_ids and "S3" not in templates.student_ids  # pseudonyms only

    salley = sorted((faces / "people/John_Salley").iterdir())[1]
    obama = faces / "people/obama/obama2.jpg"
    stranger = sorted((faces / "people/John_Simm").iterdir())[0]
    results = screening.screen([("salley", str(salley)), ("obama", str(obama)), ("simm", str(stranger))], "social")
    by = {r.path: r for r in results}
    # a student without an opt-out: identified, clear, never named
    assert by["salley"].verdict is ImageVerdict.CLEAR, by["salley"].to_dict()
    face = by["salley"].faces[0]
    assert face.student_id is None and face.candidates == () and face.reason == "a student without an opt-out"
    # the opted-out student: restricted, by ID
    assert by["obama"].verdict is ImageVerdict.BLOCKED
    assert [f.student_id for f in by["obama"].faces if f.verdict is Verdict.RESTRICTED] == ["S1"]
    # a stranger: judged against the opted-out alone, far from Obama: clear, and not identified
    assert by["simm"].verdict is ImageVerdict.CLEAR
    assert by["simm"].faces[0].reason == ""
    # no name or ID of a student without an opt-out in any result or stored record
    text = json.dumps([r.to_dict() for r in results])
    assert "S2" not in text and "S3" not in text and "Salley" not in text and "Quill" not in text


def test_a_student_without_an_opt_out_for_this_use_only_is_not_protected_there(db, district, faces, tmp_path):
    roster, screening, _ = district
    rows = [ROWS[0], "S2,John,Salley,11,Yelm High School,press,N", ROWS[2]]
    (tmp_path / "roster2.csv").write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    roster.apply(read_roster(tmp_path / "roster2.csv", photos_dir=tmp_path / "photos"), "roster2.csv")
    salley = str(sorted((faces / "people/John_Salley").iterdir())[1])
    (press,) = screening.screen([("p", salley)], "press")
    (social,) = screening.screen([("s", salley)], "social")
    assert press.verdict is ImageVerdict.BLOCKED and press.faces[0].student_id == "S2"
    assert social.verdict is ImageVerdict.CLEAR and social.faces[0].student_id is None


def test_turning_it_off_deletes_the_other_students_templates(db, district):
    roster, _, _ = district
    _settings(db, False)
    with db.session() as s:
        left = s.execute(select(Student.student_id).join(ReferencePhoto)).scalars().all()
        entry = s.execute(select(AuditEntry).order_by(AuditEntry.seq.desc())).scalars().first()
    assert left == ["S1"]
    assert entry.action == "settings.screening_changed" and json.loads(entry.details_json)["templates_deleted"] == 2
    templates = roster.templates_for("social")
    assert templates.student_ids == ("S1",) and not templates.recognizes_all


def _halftone(image: Image.Image, cell: int = 6) -> Image.Image:
    """A printed-and-scanned copy: a dot screen of ``cell`` pixels, softened by the scan."""
    grey = np.asarray(image.convert("L").resize((image.width * 3, image.height * 3)), dtype=np.float32) / 255
    yy, xx = np.mgrid[0:cell, 0:cell]
    dist = np.hypot(yy - (cell - 1) / 2, xx - (cell - 1) / 2) / (cell / 2)
    out = np.ones_like(grey)
    for y in range(0, grey.shape[0] - cell + 1, cell):
        for x in range(0, grey.shape[1] - cell + 1, cell):
            radius = np.sqrt(1 - grey[y:y + cell, x:x + cell].mean())
            out[y:y + cell, x:x + cell] = dist > radius
    return Image.fromarray((out * 255).astype(np.uint8)).convert("RGB").filter(ImageFilter.GaussianBlur(0.8))


def test_weak_reference_photos_are_named_and_judged_more_cautiously(db, tmp_path, faces):
    photos = tmp_path / "photos"
    photos.mkdir()
    with Image.open(faces / "ages/fairface_0048.jpg") as im:
        _halftone(im.convert("RGB")).save(photos / "W1.jpg", quality=92)
    with Image.open(faces / "people/obama/obama.jpg") as im:  # a tiny portrait: 50 px face
        small = im.convert("RGB")
        small.resize((small.width * 50 // 300, small.height * 50 // 300)).save(photos / "W2.jpg")
    shutil.copy(faces / "ages/fairface_0028.jpg", photos / "G1.jpg")
    (tmp_path / "r.csv").write_text(HEADER + "W1,Wendy,Dot,5,Yelm Elementary,Y,N\n"
                                    "W2,Walt,Tiny,5,Yelm Elementary,Y,N\nG1,Gail,Good,5,Yelm Elementary,Y,N\n",
                                    encoding="utf-8")
    roster = RosterService(db, lambda: InlineWorkerPool(ScreeningSettings()))
    changes = roster.apply(read_roster(tmp_path / "r.csv", photos_dir=photos), "r.csv", allow_missing_photos=True)
    report = "\n".join(changes.describe())
    named = {line.split(" (")[0] for line in changes.weak_references}
    refused = {u.split(" ")[0] for u in changes.unusable_photos}
    # each bad portrait is either refused or kept as weak, and its student is named either way
    assert {"Wendy Dot", "Walt Tiny"} <= named | {changes.names[i] for i in refused}
    assert "Gail Good" not in named and "G1" not in refused
    assert "Wendy Dot" in report and "Walt Tiny" in report
    weak, _unnamed = roster.weak_references()
    views = {v.student_id: v for v in roster.students()}
    for sid in ("W1", "W2"):
        if sid not in refused:
            assert views[sid].reference_problems and any(sid in w for w in weak)
    assert not views["G1"].reference_problems
    # the weak flag reaches screening, where it widens the margins
    templates = roster.templates_for("social")
    weak_rows = {sid for sid, w in zip(templates.student_ids, templates.weak_mask) if w}
    assert weak_rows == {"W1", "W2"} - refused and weak_rows


def test_halftone_reference_is_caught_by_its_spectrum(faces, screener):
    from desktop_app.engine.reference_quality import ReferenceLimits, halftone_score
    from desktop_app.imaging.loader import load_image

    with Image.open(faces / "ages/fairface_0048.jpg") as im:
        photo = im.convert("RGB")
    for image, printed in ((photo, False), (_halftone(photo), True)):
        buf = io.BytesIO()
        image.save(buf, "JPEG", quality=92)
        pixels = load_image(buf.getvalue()).frames[0].pixels
        found = screener.find_faces(pixels)
        assert found
        score = halftone_score(pixels, max(found, key=lambda f: f.size_px).detection)
        assert (score > ReferenceLimits().max_halftone) is printed, score
