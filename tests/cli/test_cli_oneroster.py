"""`clearpost roster import BUNDLE --photos PSPA --opt-outs LIST`, as a district's IT person runs it
(issue 22): a real process, the test district's OneRoster 1.2 bundle zipped, a picture-day folder
and a media opt-out list, on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

from test_cli_screening import clearpost

DISTRICT = Path(__file__).resolve().parents[1] / "roster" / "data" / "oneroster_district"


def test_oneroster_zip_pspa_and_opt_out_list_in_one_import(tmp_path, faces, db_url):
    bundle = tmp_path / "ycs-oneroster.zip"
    with zipfile.ZipFile(bundle, "w") as z:
        for f in DISTRICT.iterdir():
            z.write(f, f.name)
    pspa = tmp_path / "picture-day"
    (pspa / "IMAGES").mkdir(parents=True)
    shutil.copy(faces / "people/obama/obama.jpg", pspa / "IMAGES" / "S100.JPG")
    (pspa / "INDEX.TXT").write_text("YCS\tIMAGES\tS100.JPG\t12\tObama\tBarack\t\t\t\t\t\t\t\r\n", encoding="utf-8")
    opt_outs = tmp_path / "media-opt-outs.csv"
    opt_outs.write_text("Student ID,photo_opt_out,name_opt_out\nS100,Y,N\nS102,N,Y\n", encoding="utf-8")

    dry = clearpost("roster", "import", bundle, "--photos", pspa, "--opt-outs", opt_outs, "--dry-run",
                    db=db_url, check=0)
    assert f"4 students read from {bundle} + {pspa} + {opt_outs} (dry run" in dry.stdout
    assert "4 students added" in dry.stdout and "1 to enrol" in dry.stdout

    done = clearpost("roster", "import", bundle, "--photos", pspa, "--opt-outs", opt_outs, db=db_url, check=0)
    assert "4 students added" in done.stdout
    listed = clearpost("roster", "list", db=db_url, check=0)
    assert "S100" in listed.stdout and "S101" in listed.stdout and "S102" in listed.stdout
    assert "S104" not in listed.stdout  # no opt-out
    s100 = next(ln for ln in listed.stdout.splitlines() if ln.startswith("S100"))
    assert s100.rstrip().endswith("1")  # one template from the PSPA portrait

    opt_outs.write_text("Student ID,photo_opt_out\nS100,Y\nS900,Y\n", encoding="utf-8")
    refused = clearpost("roster", "import", bundle, "--photos", pspa, "--opt-outs", opt_outs, db=db_url, check=2)
    assert f"{opt_outs}:3: student 'S900' has an opt-out but is in no roster given" in refused.stderr
    assert "nothing was changed" in refused.stderr and "Traceback" not in refused.stderr

    wrong = clearpost("roster", "import", bundle, "--id-field", "userIds:SIS", "--opt-outs", opt_outs,
                      db=db_url, check=2)
    assert "S900" in wrong.stderr and "Traceback" not in wrong.stderr
    bad_field = clearpost("roster", "import", bundle, "--id-field", "email", db=db_url, check=2)
    assert "unknown student ID field 'email'" in bad_field.stderr and "Traceback" not in bad_field.stderr
