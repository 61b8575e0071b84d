"""`clearpost screen` on video clips, as a user runs it: a real process, a real database, clips made
from the shared photos."""

from __future__ import annotations

import json
import shutil

import pytest

from video_clips import crossing, photo, write_clip

from cli_process import clearpost




@pytest.fixture(scope="module")
def district(tmp_path_factory, faces):
    root = tmp_path_factory.mktemp("district")
    photos = root / "photos"
    photos.mkdir()
    shutil.copy(faces / "people/obama/obama.jpg", photos / "S100.jpg")
    (root / "roster.csv").write_text(
        "StudentID,givenName,familyName,grade,school,photo_opt_out,name_opt_out\n"
        "S100,Barack,Obama,12,Yelm High School,Y,N\n", encoding="utf-8")
    db = f"sqlite:///{root / 'district.db'}"
    clearpost("roster", "import", root / "roster.csv", "--photos", photos, db=db, check=0)
    clips = root / "clips"
    clips.mkdir()
    write_clip(clips / "game.mp4", crossing(photo(faces / "people/obama/obama2.jpg", 300), 3, 12, 0.5, 2.5), audio=True)
    write_clip(clips / "concert.mp4", crossing(photo(faces / "people/biden/biden.jpg", 300), 3, 12, 0.0, 3.0))
    (clips / "broken.mp4").write_bytes((clips / "game.mp4").read_bytes()[:3000])
    return root, db, clips


def test_screen_clips_json_tracks_and_exit_status(district, faces):
    _root, db, clips = district
    result = clearpost("screen", "--json", clips / "game.mp4", clips / "concert.mp4", clips / "broken.mp4",
                       faces / "people/obama/obama2.jpg", db=db, check=1)
    images = json.loads(result.stdout)["images"]
    game, concert, broken, still = images
    assert game["kind"] == "video" and game["verdict"] == "blocked"
    track = next(t for t in game["tracks"] if t["verdict"] == "restricted")
    assert track["student_id"] == "S100" and track["distance"] < 0.45
    assert 0.4 <= track["start"] <= 0.8 and 2.1 <= track["end"] <= 2.5 and track["boxes"]
    assert concert["verdict"] != "blocked" and concert["tracks"]
    assert broken["verdict"] == "blocked" and broken["error"]
    assert "kind" not in still and still["verdict"] == "blocked"
    assert clearpost("screen", clips / "concert.mp4", db=db).returncode in (0, 1)


def test_redact_clip_writes_a_copy_that_screens_without_restricted_faces(district, tmp_path):
    _root, db, clips = district
    out = tmp_path / "redacted"
    result = clearpost("screen", "--json", "--redact", out, clips / "game.mp4", db=db, check=1)
    entry = json.loads(result.stdout)["images"][0]
    assert entry["redacted"] == str(out / "game.mp4") and not entry["redaction_refused"]
    again = json.loads(clearpost("screen", "--json", entry["redacted"], db=db).stdout)["images"][0]
    assert again["kind"] == "video" and again["verdict"] != "blocked"
    assert not [t for t in again["tracks"] if t["verdict"] == "restricted"]
