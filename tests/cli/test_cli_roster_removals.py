"""`clearpost roster import` with a partial file, as a clerk would run it (issue 10): a real
process, real photos. Nobody is removed unasked, the dry run names them, the screen warns
about opted-out students it cannot recognise."""

from __future__ import annotations

import json
import shutil

from test_cli_screening import clearpost

HEADER = "StudentID,givenName,familyName,photo_opt_out,name_opt_out\n"


def test_partial_file_keeps_absent_students_protected(tmp_path, faces, db_url):
    photos = tmp_path / "photos"
    photos.mkdir()
    shutil.copy(faces / "people/obama/obama.jpg", photos / "S100.jpg")
    shutil.copy(sorted((faces / "people/John_Salley").iterdir())[0], photos / "S101.jpg")
    full = tmp_path / "full.csv"
    full.write_text(HEADER + "S100,Barack,Obama,Y,N\nS101,John,Salley,social,N\nS102,Ana,Lopez,N,N\n",
                    encoding="utf-8")
    clearpost("roster", "import", full, "--photos", photos, db=db_url, check=0)
    short = tmp_path / "new-opt-outs.csv"
    short.write_text(HEADER + "S102,Ana,Lopez,social,N\n", encoding="utf-8")  # a clerk's list of one

    dry = clearpost("roster", "import", short, "--dry-run", db=db_url, check=0)
    assert "Barack Obama (S100)" in dry.stdout and "John Salley (S101)" in dry.stdout
    assert "NOT removed" in dry.stdout and "--keep-absent" in dry.stdout and "roster version" in dry.stdout

    refused = clearpost("roster", "import", short, db=db_url, check=2)
    assert "would remove 2 of 3 students" in refused.stderr and "Traceback" not in refused.stderr

    kept = clearpost("roster", "import", short, "--keep-absent", db=db_url, check=0)
    assert "1 new" in kept.stdout
    probe = faces / "people/obama/obama2.jpg"
    screened = clearpost("screen", "--json", probe, db=db_url, check=1)
    payload = json.loads(screened.stdout)
    assert payload["images"][0]["faces"][0]["student_id"] == "S100"  # still protected
    assert payload["unprotected"] == 1  # Ana: opted out, no reference photo
    text = clearpost("screen", probe, db=db_url, check=1)
    assert "1 students opted out of social photos cannot be recognised" in text.stdout

    stale = clearpost("roster", "import", full, "--photos", photos, "--expect-version", "1", db=db_url, check=2)
    assert "changed since you previewed it" in stale.stderr
