"""The `clearpost` command as a user runs it: a real process, a real database, real photos."""

from __future__ import annotations

import json
from pathlib import Path
import shutil

import pytest
from PIL import Image

from desktop_app.textcheck import DEFAULT_NOTICE

from cli_process import clearpost




@pytest.fixture(scope="module")
def district(tmp_path_factory, faces):
    """A district database with a small roster imported through the CLI."""
    root = tmp_path_factory.mktemp("district")
    photos = root / "photos"
    photos.mkdir()
    shutil.copy(faces / "people/obama/obama.jpg", photos / "S100.jpg")
    shutil.copy(sorted((faces / "people/John_Salley").iterdir())[0], photos / "S101.jpg")
    (root / "roster.csv").write_text(
        "StudentID,givenName,familyName,grade,school,photo_opt_out,name_opt_out\n"
        "S100,Barack,Obama,12,Yelm High School,Y,N\n"
        "S101,John,Salley,11,Yelm High School,press,social\n"
        "S102,María,Peña,9,Yelm Middle School,N,Y\n", encoding="utf-8")
    db = f"sqlite:///{root / 'district.db'}"
    result = clearpost("roster", "import", root / "roster.csv", "--photos", photos, db=db, check=0)
    assert "3 students added" in result.stdout
    return root, db


def test_screen_json_and_exit_status(district, faces):
    root, db = district
    probe = faces / "people/obama/obama2.jpg"
    other = sorted((faces / "people/John_Simm").iterdir())[0]
    result = clearpost("screen", "--json", probe, other, root / "roster.csv", db=db, check=1)
    images = json.loads(result.stdout)["images"]
    assert [i["path"] for i in images] == [str(probe), str(other), str(root / "roster.csv")]
    assert images[0]["verdict"] == "blocked"
    face = images[0]["faces"][0]
    assert set(face) >= {"box", "verdict", "student_id", "distance"}
    assert face["verdict"] == "restricted" and face["student_id"] == "S100" and face["distance"] < 0.5
    assert images[1]["verdict"] == "clear" and images[1]["error"] is None
    assert images[1]["faces"][0]["student_id"] is None and images[1]["faces"][0]["distance"] is None
    assert images[2]["verdict"] == "blocked" and images[2]["error"]


def test_opt_out_for_one_use_only(district, faces):
    _root, db = district
    salley = sorted((faces / "people/John_Salley").iterdir())[2]
    assert clearpost("screen", "--use", "press", salley, db=db).returncode == 1
    assert clearpost("screen", "--use", "yearbook", salley, db=db).returncode == 0


def test_redact_writes_clean_copy(district, faces, tmp_path):
    _root, db = district
    out = tmp_path / "redacted"
    result = clearpost("screen", "--json", "--redact", out, faces / "groups/obama_and_biden.jpg", db=db, check=1)
    written = json.loads(result.stdout)["images"][0]["redacted"]
    assert written and (out / "obama_and_biden.jpg").exists()
    again = json.loads(clearpost("screen", "--json", written, db=db).stdout)["images"][0]
    assert not [f for f in again["faces"] if f["verdict"] == "restricted"]
    with Image.open(written) as im:
        assert not im.getexif()


def test_check_text_finds_opted_out_names_and_appends_notice_once(district):
    _root, db = district
    text = "Congrats to maria pena and John Salley's team! Call 360-555-0123.\n\n" + DEFAULT_NOTICE
    result = clearpost("check-text", "--json", "-", db=db, stdin=text, check=1)
    report = json.loads(result.stdout)
    kinds = {(f["kind"], f["student_id"]) for f in report["findings"] if f["level"] == "error"}
    assert ("name", "S102") in kinds and ("phone", None) in kinds
    assert ("name", "S101") in kinds  # name opt-out for social, the default use
    assert report["final_text"].count(DEFAULT_NOTICE) == 1
    press = json.loads(clearpost("check-text", "--json", "--use", "press", "-", db=db, stdin=text).stdout)
    assert ("name", "S101") not in {(f["kind"], f["student_id"]) for f in press["findings"]}


def test_bad_roster_names_file_and_line_and_changes_nothing(district, tmp_path):
    _root, db = district
    bad = tmp_path / "bad.csv"
    bad.write_text("student_id,first_name,last_name,photo_opt_out\nS200,Ann,Lee,Y\n,Bo,Park,N\nS201,Cy,Ray,maybe\n")
    result = clearpost("roster", "import", bad, db=db, check=2)
    assert f"{bad}:3:" in result.stderr and f"{bad}:4:" in result.stderr
    listing = clearpost("roster", "list", "--all", db=db, check=0).stdout
    assert "S200" not in listing and "S100" in listing


def test_usage_errors_exit_2(district):
    _root, db = district
    assert clearpost("screen", "--use", "billboard", "x.jpg", db=db).returncode == 2
    assert clearpost("check-text", "/no/such/file.txt", db=db).returncode == 2
    assert clearpost("screen", "x.jpg", db="notaurl://").returncode == 2


def test_file_names_and_captions_are_screened_as_text(district, faces, tmp_path):
    _root, db = district
    named = tmp_path / "maria_pena_science_fair.jpg"
    with Image.open(sorted((faces / "people/John_Simm").iterdir())[0]) as im:
        exif = Image.Exif()
        exif[0x010E] = "Call 360-555-0199"
        im.convert("RGB").save(named, "JPEG", exif=exif.tobytes())
    result = clearpost("screen", "--json", named, db=db, check=1)
    image = json.loads(result.stdout)["images"][0]
    assert image["verdict"] == "clear"  # the face is nobody on the roster...
    kinds = {(f["kind"], f["student_id"]) for f in image["text_findings"]}
    assert ("name", "S102") in kinds and ("phone", None) in kinds  # ...but the text is not
    # a caption naming a student with a photo opt-out identifies them too
    captioned = tmp_path / "barack_obama_at_practice.jpg"
    captioned.write_bytes(named.read_bytes())
    image = json.loads(clearpost("screen", "--json", captioned, db=db, check=1).stdout)["images"][0]
    assert ("name", "S100") in {(f["kind"], f["student_id"]) for f in image["text_findings"]}


def test_redact_same_stems_get_their_own_copies_and_refusal_exits_1(district, faces, tmp_path):
    """Two inputs named alike each get a copy; an input that cannot be redacted safely (here an
    unreadable file) gets none, is reported, and makes the exit status 1 (issue 9, hole 10)."""
    _root, db = district
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "team.jpg").write_bytes((faces / "groups/obama_and_biden.jpg").read_bytes())
    (b / "team.jpg").write_bytes((faces / "people/clapton/clapton-2.jpg").read_bytes())
    out = tmp_path / "redacted"
    result = clearpost("screen", "--json", "--redact", out, a / "team.jpg", b / "team.jpg", db=db, check=1)
    images = json.loads(result.stdout)["images"]
    written = [i["redacted"] for i in images]
    assert len(set(written)) == 2 and all(Path(w).is_file() for w in written)
    assert sorted(Path(w).name for w in written) == ["team-1.jpg", "team.jpg"]
    broken = tmp_path / "broken.jpg"
    broken.write_bytes((faces / "people/clapton/clapton-2.jpg").read_bytes()[:2000])
    clear_only = clearpost("screen", "--json", "--redact", out, b / "team.jpg", db=db, check=0)
    assert json.loads(clear_only.stdout)["images"][0]["redaction_refused"] is False
    refused = clearpost("screen", "--json", "--redact", out, broken, db=db, check=1)
    assert json.loads(refused.stdout)["images"][0]["redaction_refused"] is True


def test_screen_exits_4_when_clearpost_cannot_screen(faces, tmp_path):
    """Templates of the old face model: every photo is blocked with the reason and the exit
    status says the tool, not the photo, needs attention (issue 9, hole 8)."""
    import numpy as np

    from desktop_app.storage.database import Database
    from desktop_app.storage.models import ReferencePhoto, Student

    url = f"sqlite:///{tmp_path / 'stale.db'}"
    db = Database(url)
    with db.session() as s:
        s.add(Student(student_id="S1", first_name="Ana", last_name="Lopez", photo_opt_out="all",
                      reference_photos=[ReferencePhoto(sha256="a" * 64, source_name="S1.jpg", model="dlib-resnet-v1",
                                                       encoding=np.zeros(128, dtype="<f8").tobytes())]))
    db.dispose()
    result = clearpost("screen", "--json", faces / "people/clapton/clapton-2.jpg", db=url, check=4)
    image = json.loads(result.stdout)["images"][0]
    assert image["verdict"] == "blocked" and image["tool_failure"] and "older face model" in image["error"]
