"""The workflow through `clearpost` commands: in this process for the whole flow (fast), and
in separate processes against one PostgreSQL database for submit-here, approve-there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta

import pytest
from PIL import Image

from desktop_app.cli import build_parser
from desktop_app.cli.context import CliContext
from desktop_app.storage.database import Database
from desktop_app.textcheck import DEFAULT_NOTICE
from desktop_app.workflow import Workflow

from .conftest import CLEAR_PHOTO, FAST_HASHER, PASSWORD

ADMIN, DIRECTOR, PRINCIPAL, TEACHER = ("admin@ycs.example.org", "director@ycs.example.org",
                                       "principal@ycs.example.org", "teacher@ycs.example.org")


@pytest.fixture
def cli(db_url, monkeypatch, capsys):
    """Run a clearpost command line in this process; returns (exit status, stdout, stderr)."""
    monkeypatch.setenv("CLEARPOST_PASSWORD", PASSWORD)
    monkeypatch.setenv("CLEARPOST_NEW_PASSWORD", PASSWORD)
    # argon2 with production parameters costs ~0.5 s per sign-in here; one test below uses them
    monkeypatch.setattr("desktop_app.workflow.auth.default_hasher", lambda: FAST_HASHER)

    def run(*argv, expect=0):
        args = build_parser().parse_args(["--db", db_url, *map(str, argv)])
        ctx = CliContext(args.db)
        try:
            status = args.run(args, ctx)
        finally:
            if "db" in ctx.__dict__:
                ctx.db.dispose()
        out, err = capsys.readouterr()
        assert status == expect, f"{argv}: exit {status}\n{out}\n{err}"
        return out, err

    return run


def test_whole_flow_through_the_cli(cli, db_url, faces, tmp_path):
    out, _ = cli("staff", "add", ADMIN, "--name", "Ivy Admin", "--role", "admin")
    assert "first account" in out
    cli("staff", "add", "x@ycs.example.org", "--name", "Xavier Smith", "--role", "author", expect=2)  # no --as now
    for email, name, role, building in [(DIRECTOR, "Dana Director", "director", None),
                                        (PRINCIPAL, "Pat Principal", "principal", "Yelm High School"),
                                        (TEACHER, "Terry Teacher", "author", "Yelm High School")]:
        cli("staff", "add", email, "--name", name, "--role", role, "--as", ADMIN,
            *(["--building", building] if building else []))
    out, _ = cli("staff", "list", "--as", TEACHER)
    assert out.count("@ycs.example.org") == 4
    cli("staff", "domains", "ycs.example.org", "--as", TEACHER, expect=2)
    cli("staff", "domains", "ycs.example.org", "--as", ADMIN)
    _, err = cli("staff", "add", "coach@gmail.com", "--name", "Casey Coach", "--role", "author", "--as", ADMIN,
                 expect=2)
    assert "district e-mail" in err
    roster = tmp_path / "roster.csv"
    roster.write_text("student_id,first_name,last_name,school,photo_opt_out,name_opt_out\n"
                      "S1,Jane,Doe,Yelm High School,N,Y\n", encoding="utf-8")
    _, err = cli("roster", "import", roster, expect=2)
    assert "director or admin" in err
    cli("roster", "import", roster, "--as", TEACHER, expect=2)
    cli("roster", "import", roster, "--as", DIRECTOR)
    cli("channel", "request", "--name", "Yelm High Facebook", "--platform", "Facebook", "--use", "social",
        "--as", TEACHER)
    cli("channel", "approve", "1", "--as", DIRECTOR, "--admin-rights", expect=2)  # principal first
    cli("channel", "approve", "1", "--as", PRINCIPAL)
    cli("channel", "approve", "1", "--as", DIRECTOR, expect=2)  # must confirm admin rights
    out, _ = cli("channel", "approve", "1", "--as", DIRECTOR, "--admin-rights")
    assert "approved" in out
    text = tmp_path / "post.txt"
    text.write_text("Jane Doe scored the winning goal!", encoding="utf-8")
    out, _ = cli("draft", "create", "--title", "Soccer final", "--channel", "1", "--text", text,
                 "--audience", "Families", "--what", "The result", "--why", "Families follow the page",
                 "--manager", "Terry Teacher", "--as", TEACHER)
    assert "post 1 created" in out
    cli("draft", "attach", "1", faces / CLEAR_PHOTO, "--as", TEACHER)
    _, err = cli("draft", "submit", "1", "--as", TEACHER, expect=1)  # the opted-out name
    assert "Jane Doe" in err
    text.write_text("Our team scored the winning goal!", encoding="utf-8")
    cli("draft", "edit", "1", "--text", text, "--as", TEACHER)
    cli("draft", "edit", "1", "--text", text, "--expect-version", "1", "--as", TEACHER, expect=3)  # stale
    out, _ = cli("draft", "submit", "1", "--as", TEACHER)
    assert "waiting for the principal" in out
    out, _ = cli("draft", "show", "1", "--json", "--as", PRINCIPAL)
    shown = json.loads(out)
    assert shown["status"] == "pending" and shown["photos"][0]["verdict"] == "clear"
    cli("approve", "1", "--as", TEACHER, expect=2)  # nobody approves their own post
    cli("approve", "1", "--as", PRINCIPAL)
    out, _ = cli("approve", "1", "--as", DIRECTOR)
    assert "approved" in out
    cli("export", "1", tmp_path / "out", "--as", TEACHER)
    assert DEFAULT_NOTICE in (tmp_path / "out" / "text.txt").read_text(encoding="utf-8")
    with Image.open(tmp_path / "out" / "photo-01.jpg") as im:
        assert len(im.getexif()) == 0
    cli("publish", "1", "--url", "https://facebook.example/yhs/1", "--as", TEACHER)
    out, _ = cli("audit", "verify", "--as", ADMIN)
    assert "audit chain intact" in out
    cli("audit", "verify", "--as", TEACHER, expect=2)
    out, _ = cli("audit", "log", "--post", "1", "--as", DIRECTOR)
    assert "post.published" in out and TEACHER in out
    today = date.today()
    cli("records", "export", "--from", (today - timedelta(days=2)).isoformat(), "--to",
        (today + timedelta(days=1)).isoformat(), tmp_path / "records", "--as", DIRECTOR)
    assert "Soccer final" in (tmp_path / "records" / "index.html").read_text(encoding="utf-8")
    out, _ = cli("takedown", "list", "--as", DIRECTOR)
    assert "No published post" in out
    out, _ = cli("usage", "report", "--json", "--as", DIRECTOR)
    usage = json.loads(out)
    # each photo was screened once: the original at the first (refused) submit, whose result the
    # second submit and both approvals reused (same roster, settings and use), and the release
    # copy written by export
    assert usage["screenings"] == 2 and usage["distinct_photos"] == 2
    out, _ = cli("channel", "abandoned", "--days", "30", "--as", DIRECTOR)
    assert "No abandoned channels" in out
    cli("staff", "list", "--as", TEACHER, expect=0)
    os.environ["CLEARPOST_PASSWORD"] = "wrong password!"
    _, err = cli("staff", "list", "--as", TEACHER, expect=2)
    assert "wrong e-mail or password" in err


def clearpost(*argv, db: str, password: str = PASSWORD, wait: bool = True):
    env = {**os.environ, "CLEARPOST_PASSWORD": password}
    cmd = [sys.executable, "-m", "desktop_app", "--db", db, *map(str, argv)]
    print(" ".join(cmd[3:]), file=sys.stderr)
    if not wait:
        return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)


def test_submit_in_one_process_approve_in_others_on_postgresql(postgres_server_url, faces, screener, encode):
    """Three processes, one PostgreSQL database: the teacher submits from one; two principals
    approve the same version at once from two others; one wins, the other is told."""
    from pg_server import reset_postgres as _reset_postgres

    from .conftest import make_district

    _reset_postgres(postgres_server_url)
    db = Database(postgres_server_url)
    try:
        d = make_district(db, faces, screener, encode)
        post = d.draft(photos=[CLEAR_PHOTO])
        submit = clearpost("draft", "submit", post.id, "--as", d.people["teacher"].email, db=postgres_server_url)
        assert submit.returncode == 0, submit.stderr
        pending = Workflow(db, d.people["principal"]).drafts.get(post.id)
        assert pending.status == "pending" and pending.version == post.version + 1
        racers = [clearpost("approve", post.id, "--expect-version", pending.version, "--as", d.people[who].email,
                            db=postgres_server_url, wait=False) for who in ("principal", "assistant")]
        results = [(p.wait(300), *p.communicate()) for p in racers]
        codes = sorted(code for code, _, _ in results)
        assert codes == [0, 3], results
        assert any("changed by someone else" in err for _, _, err in results)
        after = Workflow(db, d.people["director"]).drafts.get(post.id)
        assert after.waiting_for == "director" and len(after.decisions) == 1
        assert after.decisions[0].by in (d.people["principal"].email, d.people["assistant"].email)
    finally:
        db.dispose()


def test_review_decisions_and_reencode_through_the_cli(cli, db_url, faces, tmp_path):
    """A face that matches a student enrolled after submission: approving exits 1, the principal
    lists the face with the student's name, decides, and the next approval passes."""
    import re
    import shutil

    cli("staff", "add", ADMIN, "--name", "Ivy Admin", "--role", "admin")
    for email, name, role, building in [(DIRECTOR, "Dana Director", "director", None),
                                        (PRINCIPAL, "Pat Principal", "principal", "Yelm High School"),
                                        (TEACHER, "Terry Teacher", "author", "Yelm High School")]:
        cli("staff", "add", email, "--name", name, "--role", role, "--as", ADMIN,
            *(["--building", building] if building else []))
    cli("channel", "request", "--name", "Yelm High Facebook", "--platform", "Facebook", "--use", "social",
        "--as", TEACHER)
    cli("channel", "approve", "1", "--as", PRINCIPAL)
    cli("channel", "approve", "1", "--as", DIRECTOR, "--admin-rights")
    text = tmp_path / "post.txt"
    text.write_text("Our team scored the winning goal!", encoding="utf-8")
    cli("draft", "create", "--title", "Final", "--channel", "1", "--text", text, "--audience", "Families",
        "--what", "The result", "--why", "Families follow the page", "--manager", "Terry Teacher", "--as", TEACHER)
    cli("draft", "attach", "1", faces / CLEAR_PHOTO, "--as", TEACHER)
    cli("draft", "submit", "1", "--as", TEACHER)
    photos = tmp_path / "photos"
    photos.mkdir()
    shutil.copy(faces / CLEAR_PHOTO, photos / "S2.jpg")
    roster = tmp_path / "roster.csv"
    roster.write_text("student_id,first_name,last_name,school,photo_opt_out,name_opt_out\n"
                      "S2,Eric,Lane,Yelm High School,Y,N\n", encoding="utf-8")
    cli("roster", "import", roster, "--photos", photos, "--as", DIRECTOR)
    out, _ = cli("roster", "reencode", "--as", DIRECTOR)
    assert "nothing to do" in out
    _, err = cli("approve", "1", "--as", PRINCIPAL, expect=1)
    assert "student S2" in err
    cli("review", "list", "1", "--as", TEACHER, expect=2)  # authors never see names
    out, _ = cli("review", "list", "1", "--as", PRINCIPAL, "--save-crops", tmp_path / "crops")
    assert "S2 Eric Lane" in out and "1 reference faces" in out
    assert (tmp_path / "crops" / "student_S2_0.jpg").is_file()
    photo_id, box = re.search(r"photo (\d+) \(.*?\) face --box ([\d,]+)", out).groups()
    cli("review", "decide", "1", photo_id, "--box", box, "--student", "S9", "--not-student", "--as", PRINCIPAL,
        expect=2)  # not a student this face was flagged as
    out, _ = cli("review", "decide", "1", photo_id, "--box", box, "--student", "S2", "--not-student",
                 "--as", PRINCIPAL)
    assert "is not student S2" in out
    out, _ = cli("approve", "1", "--as", PRINCIPAL)
    assert "waiting for the director" in out
    out, _ = cli("audit", "log", "--post", "1", "--as", DIRECTOR)
    assert "face.decided" in out
