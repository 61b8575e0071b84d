"""Seed the demo district into an empty database, once.

Schools, staff of every role (password DEMO_PASSWORD), approved channels and one channel
request, the opt-out roster imported from resources/demo/roster.csv with the shipped FairFace
portraits as reference photos (enrolled through the roster service, like a real import), the
sample photos, one post waiting for the principal and one returned to its author.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from ..storage.database import Database
from ..storage.models import Setting
from . import DemoPaths, resources_dir
from .accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from .samples import build_samples

SEEDED_KEY = "demo.seeded"
SEED_VERSION = 1

# pool_for(templates or None) -> a worker pool (the app's shared worker processes)
PoolFor = Callable[..., object]
Progress = Callable[[str, int, int], None]


def is_seeded(db: Database) -> bool:
    with db.session() as s:
        row = s.get(Setting, SEEDED_KEY)
        return row is not None and json.loads(row.value_json) == SEED_VERSION


def seed_demo(db: Database, paths: DemoPaths, pool_for: PoolFor, *, hasher=None,
              progress: Progress | None = None) -> None:
    """Fill an empty database with the demo district (raises if it already has staff)."""
    from ..roster import read_roster
    from ..roster.service import RosterService
    from ..screening.service import ScreeningService
    from ..settings_service import SettingsService
    from ..workflow import PostChecker, StaffService, Workflow

    report = progress or (lambda _what, _done, _total: None)
    res = resources_dir() / "demo"
    report("accounts", 0, 1)
    bootstrap = StaffService(db, None, hasher=hasher)
    if bootstrap.has_any_staff():
        raise RuntimeError("the demo district can only be created in an empty database")
    people = {}
    admin_account = next(a for a in DEMO_ACCOUNTS if "admin" in a.roles)
    people[admin_account.key] = bootstrap.add(admin_account.email, admin_account.full_name, admin_account.roles,
                                              building=admin_account.building, password=DEMO_PASSWORD)
    admin = StaffService(db, people[admin_account.key], hasher=hasher)
    for account in DEMO_ACCOUNTS:
        if account.key not in people:
            people[account.key] = admin.add(account.email, account.full_name, account.roles,
                                            building=account.building, password=DEMO_PASSWORD)

    settings = SettingsService(db)
    # The demo district shows whole-school recognition (every student's portrait enrolled): a
    # real district turns it on itself, knowing what it stores (docs/deployment.md).
    from dataclasses import replace

    Workflow(db, people["director"], None).settings.set_screening(
        replace(settings.screening(), recognize_all_students=True))
    roster = RosterService(db, pool_factory=lambda: pool_for(None))
    screening = ScreeningService(db, roster, settings.screening(),
                                 lambda _settings, templates, expected=None: pool_for(templates))
    checker = PostChecker(roster, screening, settings)

    def as_(key: str) -> Workflow:
        return Workflow(db, people[key], checker)

    report("channels", 0, 1)
    channels = {}
    for key, who, approver, name, platform, use, url in [
        ("fb", "teacher", "principal", "Yelm High Facebook", "Facebook", "social", "https://facebook.example/yelmhigh"),
        ("x", "teacher", "principal", "Yelm High on X", "X", "social", "https://x.example/yelmhigh"),
        ("web", "teacher", "principal", "Yelm High website", "Website", "website", "https://yhs.ycs.example.org"),
        ("ig", "coach", "mp_principal", "Mill Pond Instagram", "Instagram", "social", "https://instagram.example/millpond"),
    ]:
        c = as_(who).channels.request(name, platform, use, url=url, purpose="News and events for families")
        c = as_(approver).channels.approve(c.id, c.version)
        channels[key] = as_("director").channels.approve(c.id, c.version, admin_rights=True)
    request = as_("teacher").channels.request("Yelm Robotics Instagram", "Instagram", "social",
                                              url="https://instagram.example/yelmrobotics",
                                              purpose="The robotics club's builds and competitions")
    as_("principal").channels.approve(request.id, request.version, comment="Fine with me; club advisor runs it")

    rows = read_roster(res / "roster.csv", res / "faces")
    source, director = "demo roster (resources/demo/roster.csv)", people["director"].email

    def audit(session, changes) -> None:
        from ..workflow.audit import append

        append(session, "roster.imported", actor=director, subject_type="roster",
               details={"source": source, "students": len(rows), "via": "demo set-up",
                        **changes.summary()})

    roster.apply(rows, source, progress=lambda done, total: report("faces", done, total), actor=people["director"],
                 in_transaction=audit)

    report("photos", 0, 1)
    samples = {p.name: p for p in build_samples(res / "faces", paths.photos)}

    report("posts", 0, 1)
    drafts = as_("teacher").drafts
    post = drafts.create(
        "Science fair winners", [channels["fb"].id],
        body="Congratulations to our science fair winners! Their water-filter project took first place "
             "at the regional fair on Saturday.",
        audience="Yelm High families", message="The science fair result and a team photo",
        channel_reason="Families follow the school's Facebook page", account_manager="Terry Teacher")
    data = samples["team-photo.jpg"].read_bytes()
    post = drafts.attach(post.id, post.version, "team-photo.jpg", data)
    drafts.submit(post.id, post.version)

    returned = drafts.create(
        "Spirit week", [channels["x"].id, channels["web"].id],
        body="Spirit week starts Monday: pajama day, twin day, and school colors on Friday. Go Tornados!",
        audience="Students and families", message="Spirit week themes",
        channel_reason="Students follow the X account; families read the website",
        account_manager="Terry Teacher")
    returned, _check = drafts.submit(returned.id, returned.version)
    as_("principal").approvals.return_to_author(
        returned.id, returned.version, "Please add the dates for each theme day before this goes out.")

    with db.session() as s:
        s.merge(Setting(key=SEEDED_KEY, value_json=json.dumps(SEED_VERSION)))
    report("done", 1, 1)


def open_demo(paths: DemoPaths, pool_for: PoolFor, *, hasher=None, progress: Progress | None = None) -> Database:
    """The demo database, seeded on first use (a half-seeded file from an interrupted start is
    discarded and made again: it only ever holds demo data)."""
    paths.database.parent.mkdir(parents=True, exist_ok=True)
    db = Database(paths.url)
    if is_seeded(db):
        return db
    db.dispose()
    Path(paths.database).unlink(missing_ok=True)
    db = Database(paths.url)
    try:
        seed_demo(db, paths, pool_for, hasher=hasher, progress=progress)
    except BaseException:
        db.dispose()
        Path(paths.database).unlink(missing_ok=True)
        raise
    return db
