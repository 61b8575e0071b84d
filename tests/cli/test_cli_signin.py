"""Once staff accounts exist, `clearpost screen` and `clearpost roster list` need --as EMAIL:
the usage records of face matching name the person, and only a director or admin lists the
names of opted-out students. Without staff accounts both work as before."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from desktop_app.cli import build_parser
from desktop_app.cli.context import CliContext
from desktop_app.storage.database import Database
from desktop_app.storage.models import ScreeningRecord, Student
from desktop_app.workflow import StaffService

FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "correct horse battery"
ADMIN, DIRECTOR, PRINCIPAL, TEACHER = ("admin@ycs.example.org", "director@ycs.example.org",
                                       "principal@ycs.example.org", "teacher@ycs.example.org")
CLEAR_PHOTO = "people/clapton/clapton-2.jpg"


@pytest.fixture
def cli(db_url, monkeypatch, capsys):
    """Run a clearpost command line in this process; returns (stdout, stderr) after checking the status."""
    monkeypatch.setenv("CLEARPOST_PASSWORD", PASSWORD)
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


@pytest.fixture
def district(db_url):
    """A roster with one opted-out student, and a Database to look at the records with."""
    db = Database(db_url)
    with db.session() as s:
        s.add(Student(student_id="S100", first_name="Marcus", last_name="Hill", photo_opt_out="all"))
        s.add(Student(student_id="S300", first_name="Sam", last_name="Clear"))
    yield db
    db.dispose()


def add_staff(db) -> None:
    bootstrap = StaffService(db, None, hasher=FAST_HASHER)
    admin = bootstrap.add(ADMIN, "Ivy Admin", ["admin"], password=PASSWORD)
    for email, name, role in [(DIRECTOR, "Dana Director", "director"), (PRINCIPAL, "Pat Principal", "principal"),
                              (TEACHER, "Terry Teacher", "author")]:
        StaffService(db, admin, hasher=FAST_HASHER).add(email, name, [role], password=PASSWORD)


def screened_by(db) -> list:
    with db.session() as s:
        return list(s.execute(select(ScreeningRecord.screened_by).order_by(ScreeningRecord.id)).scalars())


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("clearpost: error: ") and "Traceback" not in err, err
    return lines[0]


def test_screen_needs_sign_in_once_staff_exist_and_records_who(cli, district, faces):
    photo = faces / CLEAR_PHOTO
    cli("screen", photo)  # a workstation without staff accounts: as before, nobody named
    assert screened_by(district) == [None]
    add_staff(district)
    _, err = cli("screen", photo, expect=2)
    assert "--as" in one_line_error(err)
    assert screened_by(district) == [None]  # nothing screened, nothing recorded
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLEARPOST_PASSWORD", "wrong password!")
        _, err = cli("screen", photo, "--as", TEACHER, expect=2)
    assert "wrong e-mail or password" in one_line_error(err)
    out, _ = cli("screen", photo, "--as", TEACHER)  # any role may screen
    assert out.startswith("CLEAR")
    assert screened_by(district) == [None, TEACHER]


def test_roster_list_needs_a_director_or_admin_once_staff_exist(cli, district):
    out, _ = cli("roster", "list")  # no staff accounts yet: as before
    assert "S100" in out and "Marcus" in out
    add_staff(district)
    out, err = cli("roster", "list", expect=2)
    assert "--as" in one_line_error(err) and "Marcus" not in out
    for who in (TEACHER, PRINCIPAL):
        out, err = cli("roster", "list", "--as", who, expect=2)
        assert "director or admin" in one_line_error(err) and "Marcus" not in out
    for who in (DIRECTOR, ADMIN):
        out, _ = cli("roster", "list", "--all", "--as", who)
        assert "S100" in out and "S300" in out
