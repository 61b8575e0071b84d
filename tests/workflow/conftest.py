"""Fixtures for the workflow tests: a district with staff, an approved channel, a roster with
an opted-out student whose face template comes from a real photo, and the real face engine."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from desktop_app.engine.recognizer import MODEL_ID
import pytest
from argon2 import PasswordHasher

from desktop_app.roster.service import RosterService
from desktop_app.roster.sources import RosterRow
from desktop_app.screening.service import ScreeningService
from desktop_app.settings_service import SettingsService
from desktop_app.storage.database import Database
from desktop_app.storage.models import ReferencePhoto, Student
from desktop_app.workflow import PostChecker, StaffService, Workflow
from desktop_app.workflow.views import StaffView

PASSWORD = "correct horse battery"
SCHOOL = "Yelm High School"
OTHER_SCHOOL = "Mill Pond Elementary"

# Cheap argon2 parameters for tests only (hashes carry their parameters; production uses
# argon2-cffi's defaults and re-hashes on the next sign-in).
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


_MEMO: dict[tuple, object] = {}


class SessionScreenerPool:
    """A pool with the worker-pool interface that screens with the session's face engine.

    The real engine, real photos and real templates; it only avoids loading the models again
    per test session and remembers the result for the same
    bytes against the same templates (screening is deterministic), so a post screened at
    submission, by each approver and at export costs one screening while the roster stays
    the same. A roster change gives other templates and a fresh screening. The CLI
    subprocess tests use the real worker pools.
    """

    def __init__(self, screener, templates) -> None:
        self.screener = screener
        self.templates = templates
        self._key = (templates.student_ids, hashlib.sha256(templates.encodings.tobytes()).hexdigest())

    def _screen(self, label, source):
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
        key = (hashlib.sha256(data).hexdigest(), self._key)
        if key not in _MEMO:
            _MEMO[key] = self.screener.screen(data, self.templates, path="memo")
        return replace(_MEMO[key], path=label, faces=list(_MEMO[key].faces))

    def screen_many(self, items, progress=None, cancel=None):
        return [self._screen(label, source) for label, source in items]

    def close(self, cancel_pending: bool = True) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@pytest.fixture(scope="session")
def encode(screener):
    """Face template (bytes, <f4, the current model's) of a photo showing exactly one face, cached per path."""
    from desktop_app.imaging.loader import load_image

    cache: dict[Path, bytes] = {}

    def _encode(path: Path) -> bytes:
        if path not in cache:
            image = load_image(path.read_bytes(), screener.settings.max_side)
            faces = screener.find_faces(image.frames[0].pixels, 0, image.orientation)
            assert len(faces) == 1 and faces[0].encoding is not None, path
            cache[path] = np.asarray(faces[0].encoding, dtype="<f4").tobytes()
        return cache[path]

    return _encode


def row(student_id: str, first: str, last: str, *, photo=frozenset(), name=frozenset(), school=SCHOOL) -> RosterRow:
    return RosterRow(student_id, first, last, None, "10", school, frozenset(photo), frozenset(name), (),
                     Path("roster.csv"), 2)


ALL = frozenset({"social", "website", "press", "yearbook"})


@dataclass
class District:
    db: object
    faces: Path
    roster: RosterService
    checker: PostChecker
    people: dict[str, StaffView] = field(default_factory=dict)
    channel_id: int | None = None
    url: str = ""
    encoder: object = None

    def as_(self, who: str) -> Workflow:
        return Workflow(self.db, self.people[who], self.checker)

    def photo(self, rel: str) -> tuple[str, bytes]:
        path = self.faces / rel
        return path.name, path.read_bytes()

    def import_roster(self, rows) -> None:
        self.roster.apply(rows, "roster.csv", actor=self.people.get("director"), apply_removals=True)

    def encode_photo(self, rel: str) -> bytes:
        return self.encoder(self.faces / rel)

    def enrol(self, student_id: str, template: bytes) -> None:
        """A reference photo's template for a student (as the roster import would store it)."""
        from sqlalchemy import select

        with self.db.session() as s:
            st = s.execute(select(Student).where(Student.student_id == student_id)).scalar_one()
            s.add(ReferencePhoto(student_pk=st.id, sha256=template[:32].hex(), source_name="ref.jpg", encoding=template,
                                 model=MODEL_ID))

    def draft(self, who: str = "teacher", *, body: str = "Our robotics team won the regional final!",
              photos=(), channel_ids=None, **extra):
        drafts = self.as_(who).drafts
        view = drafts.create("Robotics win", channel_ids or [self.channel_id], body=body,
                             audience="Families of Yelm High", message="The team's result",
                             channel_reason="Families follow the school page", account_manager="Ms. Teacher",
                             **extra)
        for rel in photos:
            name, data = self.photo(rel)
            view = drafts.attach(view.id, view.version, name, data)
        return view


def make_checker(db, screener) -> tuple[RosterService, PostChecker]:
    roster = RosterService(db)
    settings = SettingsService(db)
    screening = ScreeningService(db, roster, settings.screening(),
                                 pool_factory=lambda _settings, templates: SessionScreenerPool(screener, templates))
    return roster, PostChecker(roster, screening, settings)


def make_district(db, faces: Path, screener, encode) -> District:
    """Staff of two buildings, a roster with opt-outs, and one approved channel."""
    roster, checker = make_checker(db, screener)
    d = District(db, faces, roster, checker, encoder=encode)
    bootstrap = StaffService(db, None, hasher=FAST_HASHER)
    d.people["admin"] = bootstrap.add("it.admin@ycs.example.org", "Ivy Admin", ["admin"], password=PASSWORD)
    admin = StaffService(db, d.people["admin"], hasher=FAST_HASHER)
    for key, email, name, roles, school in [
        ("director", "comms.director@ycs.example.org", "Dana Director", ["director"], None),
        ("principal", "principal@ycs.example.org", "Pat Principal", ["principal"], SCHOOL),
        ("assistant", "assistant.principal@ycs.example.org", "Avery Assistant", ["principal"], SCHOOL),
        ("other_principal", "mp.principal@ycs.example.org", "Olive Other", ["principal"], OTHER_SCHOOL),
        ("teacher", "teacher@ycs.example.org", "Terry Teacher", ["author"], SCHOOL),
        ("teacher2", "coach@ycs.example.org", "Casey Coach", ["author"], SCHOOL),
    ]:
        d.people[key] = admin.add(email, name, roles, building=school, password=PASSWORD)
    d.import_roster([
        row("S100", "Marcus", "Hill", photo=ALL),  # his template is a real photo of one person
        row("S200", "Jane", "Doe", name=ALL),
        row("S300", "Sam", "Clear"),
    ])
    d.enrol("S100", encode(faces / "people" / "obama" / "obama.jpg"))
    # one approved channel: requested by the teacher, endorsed by the principal, approved by the director
    ch = d.as_("teacher").channels.request("Yelm High Facebook", "Facebook", "social", url="https://facebook.example/yhs",
                                          purpose="News for families")
    ch = d.as_("principal").channels.approve(ch.id, ch.version)
    ch = d.as_("director").channels.approve(ch.id, ch.version, admin_rights=True)
    d.channel_id = ch.id
    return d


@pytest.fixture(scope="session")
def sqlite_district(tmp_path_factory, faces, screener, encode) -> District:
    """The district built once in a SQLite file; each SQLite test gets a copy of the file."""
    path = tmp_path_factory.mktemp("district") / "template.db"
    db = Database(f"sqlite:///{path}")
    d = make_district(db, faces, screener, encode)
    db.dispose()
    d.url = str(path)
    return d


@pytest.fixture
def district(db_url, faces, screener, encode, sqlite_district) -> District:
    """The district on an empty database, once on SQLite and once on PostgreSQL (db_url).

    On PostgreSQL it is built afresh (the schema was just reset); on SQLite the file built
    once for the session is copied, which saves the migration and set-up time per test.
    """
    if db_url.startswith("sqlite:///"):
        shutil.copyfile(sqlite_district.url, db_url.removeprefix("sqlite:///"))
        db = Database(db_url)
        roster, checker = make_checker(db, screener)
        d = District(db, faces, roster, checker, dict(sqlite_district.people), sqlite_district.channel_id,
                     encoder=encode)
    else:
        db = Database(db_url)
        d = make_district(db, faces, screener, encode)
    d.url = db_url
    yield d
    db.dispose()


CLEAR_PHOTO = "people/clapton/clapton-2.jpg"
BLOCKED_PHOTO = "people/obama/obama_small.jpg"  # another photo of the enrolled person
