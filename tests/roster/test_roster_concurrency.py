"""Two roster imports at once (issue 10): real processes released together against a real
PostgreSQL server (and SQLite), many times. Each import is all or nothing: the roster ends
exactly as one file says (the other import refused, or applied after it against its result),
never a mix, never an opted-out student without templates, never a traceback."""

from __future__ import annotations

import multiprocessing
import shutil

import pytest

from desktop_app.roster import read_roster
from desktop_app.roster.service import RosterService
from desktop_app.storage.database import Database
from desktop_app.uses import parse_uses

HEADER = "student_id,first_name,last_name,photo_opt_out,name_opt_out\n"
BASE = ["S100,Barack,Obama,Y,N", "S101,John,Salley,social,Y", "S102,John,Simm,N,N"]
# Both files add the same new student (a unique key both want) and each its own one; each
# removes what the other adds, so any mix shows.
FILE_A = ["S100,Alpha,Obama,Y,N", "S101,John,Salley,social,Y", "S102,John,Simm,N,N",
          "S300,Ann,Same-A,Y,N", "S200,Only,InA,N,N"]
FILE_B = ["S100,Beta,Obama,Y,N", "S101,John,Salley,social,Y", "S102,John,Simm,social,N",
          "S300,Ann,Same-B,N,N", "S201,Only,InB,N,N"]
ROUNDS = 8


def _state(db):
    service = RosterService(db)
    return {s.student_id: (s.first_name, s.last_name, tuple(sorted(s.photo_opt_out))) for s in service.students()}


def _expected(lines):
    """The roster a file leaves when applied with removals on top of the base roster."""
    out = {}
    for line in lines:
        sid, first, last, photo, _name = line.split(",")
        out[sid] = (first, last, tuple(sorted(parse_uses(photo))))
    return out


def _importer(url, path, photos, start, results):
    """A child process: wait for the other, then import the file (as `clearpost roster import`)."""
    from desktop_app.roster.service import RosterChangeRefused
    from desktop_app.screening.pool import InlineWorkerPool
    from desktop_app.settings import ScreeningSettings

    db = Database(url, upgrade=False)
    settings = ScreeningSettings()
    service = RosterService(db, lambda: InlineWorkerPool(settings))
    rows = read_roster(path, photos_dir=photos)
    for _ in range(ROUNDS):
        start.wait()
        try:
            service.apply(rows, str(path), apply_removals=True)
            results.put("applied")
        except RosterChangeRefused as exc:
            results.put(f"refused: {exc}")
        except Exception as exc:  # noqa: BLE001 - the test reports any other failure
            results.put(f"ERROR {type(exc).__name__}: {exc}")
        start.wait()  # the parent checks and resets the roster
        start.wait()
    db.dispose()


def test_concurrent_imports_never_mix(db_url, tmp_path, faces):
    photos = tmp_path / "photos"
    photos.mkdir()
    shutil.copy(faces / "people/obama/obama.jpg", photos / "S100.jpg")
    shutil.copy(sorted((faces / "people/John_Salley").iterdir())[0], photos / "S101.jpg")
    shutil.copy(sorted((faces / "people/John_Salley").iterdir())[1], photos / "S300.jpg")
    shutil.copy(sorted((faces / "people/John_Simm").iterdir())[0], photos / "S102.jpg")
    files = {}
    for name, lines in (("base", BASE), ("a", FILE_A), ("b", FILE_B)):
        files[name] = tmp_path / f"{name}.csv"
        files[name].write_text(HEADER + "".join(line + "\n" for line in lines), encoding="utf-8")

    db = Database(db_url)
    from desktop_app.screening.pool import InlineWorkerPool
    from desktop_app.settings import ScreeningSettings

    settings = ScreeningSettings()
    service = RosterService(db, lambda: InlineWorkerPool(settings))
    service.apply(read_roster(files["a"], photos_dir=photos), "enrol every photo once", apply_removals=True)
    enrolled = {s.student_id: s.reference_photos for s in service.students()}
    assert enrolled["S300"] == 1
    expected = {"a": _expected(FILE_A), "b": _expected(FILE_B)}

    ctx = multiprocessing.get_context("spawn")
    start, results = ctx.Barrier(3), ctx.Queue()
    children = [ctx.Process(target=_importer, args=(db_url, files[k], photos, start, results)) for k in ("a", "b")]
    for child in children:
        child.start()
    outcomes = []
    try:
        for _ in range(ROUNDS):
            # the base roster, with S300's template kept only while someone opts them out
            service.apply(read_roster(files["a"], photos_dir=photos), "reset", apply_removals=True)
            service.apply(read_roster(files["base"], photos_dir=photos), "reset", apply_removals=True)
            start.wait(timeout=120)  # go
            start.wait(timeout=120)  # both finished
            got = sorted(results.get(timeout=60) for _ in range(2))
            outcomes.append(got)
            assert not any(g.startswith("ERROR") for g in got), got
            state = _state(db)
            assert state in (expected["a"], expected["b"]), (got, state)
            unprotected = service.unprotected()
            assert unprotected == [], (got, unprotected)  # every opted-out student has templates
            start.wait(timeout=120)
    finally:
        for child in children:
            child.join(timeout=60)
            if child.is_alive():
                child.kill()
        db.dispose()
    refusals = [g for got in outcomes for g in got if g.startswith("refused")]
    assert all("changed since you previewed it" in r or "being written" in r for r in refusals), refusals
