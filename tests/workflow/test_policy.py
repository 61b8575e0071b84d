"""Issue 18, item 3: the services check the acting person's roles, active status and building as
they are now in the database (access.POLICY), never the roles on the view the caller passes in.

On SQLite and PostgreSQL (the district fixture): a director demoted to author, a teacher's view
with its roles forged to {"admin"}, an author and a principal of another building are each refused
roster import, re-encoding, the roster's names, settings changes and face review decisions with
PermissionDenied (code not_allowed, the action named), nothing changed, and the attempt audited as
access.refused; the director still does all of it."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest
from sqlalchemy import select, update

from desktop_app.access import (FACE_REVIEW, NOT_ALLOWED, ROSTER_IMPORT, ROSTER_READ_NAMES, ROSTER_REENCODE,
                                SETTINGS_CHANGE)
from desktop_app.engine.recognizer import MODEL_ID
from desktop_app.roster.service import RosterService
from desktop_app.settings import DEFAULT_NOTICE, ScreeningSettings
from desktop_app.settings_service import SettingsService
from desktop_app.storage.models import FaceDecision, ReferencePhoto, Student
from desktop_app.workflow import PermissionDenied, Refused, StaffService, Workflow
from desktop_app.workflow.audit import AuditLog

from .conftest import ALL, CLEAR_PHOTO, FAST_HASHER, row

STALE = "an-older-face-model"


def _flagged_post(d):
    """A teacher's post of Yelm High whose face, after the import, is flagged as student S400."""
    view = d.draft(photos=[CLEAR_PHOTO])
    view, _ = d.as_("teacher").drafts.submit(view.id, view.version)
    d.import_roster([row("S100", "Marcus", "Hill", photo=ALL), row("S200", "Jane", "Doe", name=ALL),
                     row("S300", "Sam", "Clear"), row("S400", "Kid", "Four", photo=ALL)])
    d.enrol("S400", d.encode_photo(CLEAR_PHOTO))
    with pytest.raises(Refused):  # screened again at approval: the face is now flagged
        d.as_("principal").approvals.approve(view.id, view.version)
    [face] = d.as_("principal").reviews.faces(view.id)
    return view, face


def _make_stale(d, student_id="S100") -> None:
    """One template made by another face model, with no stored face: re-encoding removes it."""
    with d.db.session() as s:
        pk = s.execute(select(Student.id).where(Student.student_id == student_id)).scalar_one()
        s.execute(update(ReferencePhoto).where(ReferencePhoto.student_pk == pk)
                  .values(model=STALE, face_image=None))


def _state(d) -> dict:
    """Everything the refused calls could change."""
    with d.db.session() as s:
        photos = sorted(s.execute(select(ReferencePhoto.sha256, ReferencePhoto.model)).all())
        decisions = s.execute(select(FaceDecision.id)).all()
    settings = SettingsService(d.db)
    return {"students": d.roster.students(), "version": d.roster.version(), "photos": photos,
            "decisions": len(decisions), "screening": settings.screening(), "notice": settings.notice(),
            "audit": [(e.seq, e.action) for e in AuditLog(d.db).entries() if e.action != "access.refused"]}


def _acting(d, who: str):
    people = d.people
    if who == "demoted_director":  # the view from sign-in still says director
        StaffService(d.db, people["admin"], hasher=FAST_HASHER).set_roles(people["director"].email, ["author"])
        return people["director"]
    if who == "forged_admin":  # a teacher's own view with its roles replaced
        return replace(people["teacher2"], roles=frozenset({"admin"}))
    if who == "author":
        return people["teacher2"]
    return people["other_principal"]


@pytest.mark.parametrize("who", ["demoted_director", "forged_admin", "author", "other_principal"])
def test_refused_changes_nothing_and_is_audited(district, who):
    d = district
    view, face = _flagged_post(d)
    _make_stale(d)
    actor = _acting(d, who)
    if who in ("demoted_director", "forged_admin"):
        assert actor.has("director", "admin")  # the view passed in claims an owner's role
    before = _state(d)
    flow = Workflow(d.db, actor, d.checker)
    attempts = [
        (ROSTER_IMPORT, lambda: d.roster.apply([row("S900", "New", "Kid", photo=ALL)], "roster.csv", actor=actor,
                                               keep_absent=True)),
        (ROSTER_REENCODE, lambda: d.roster.reencode(actor=actor)),
        (ROSTER_READ_NAMES, lambda: d.roster.students(opted_out_only=True, actor=actor)),
        (SETTINGS_CHANGE, lambda: flow.settings.set_screening(replace(ScreeningSettings(), match_threshold=0.44))),
        (SETTINGS_CHANGE, lambda: flow.settings.set_notice("Anything goes.")),
        (FACE_REVIEW, lambda: flow.reviews.faces(view.id)),
        (FACE_REVIEW, lambda: flow.reviews.decide(view.id, face.photo_id, face.box, "S400", "not_student")),
    ]
    for action, attempt in attempts:
        with pytest.raises(PermissionDenied) as caught:
            attempt()
        assert (caught.value.code, caught.value.action, caught.value.params) == (NOT_ALLOWED, action,
                                                                                 {"action": action})
        assert str(caught.value)  # the message is still a sentence to show
    assert _state(d) == before
    refused = AuditLog(d.db).entries(action_prefix="access.")
    assert [(e.action, e.actor, e.details["action"]) for e in refused] == [
        ("access.refused", actor.email, action) for action, _ in attempts]
    assert refused[-1].subject_type == "post" and refused[-1].subject_id == str(view.id)
    assert AuditLog(d.db).verify().ok


def test_the_director_still_does_all_of_it(district):
    d = district
    view, face = _flagged_post(d)
    _make_stale(d)
    director = d.people["director"]
    flow = d.as_("director")
    changes = d.roster.apply([row("S900", "New", "Kid", photo=ALL)], "roster.csv", actor=director, keep_absent=True)
    assert changes.added == ["S900"]
    assert d.roster.reencode(actor=director).removed_without_image == ["S100"]
    assert "S900" in {s.student_id for s in d.roster.students(opted_out_only=True, actor=director)}
    flow.settings.set_notice("Photos shared with permission.")
    assert SettingsService(d.db).notice() == "Photos shared with permission."
    assert [f.photo_id for f in flow.reviews.faces(view.id)] == [face.photo_id]
    flow.reviews.decide(view.id, face.photo_id, face.box, "S400", "not_student")
    with d.db.session() as s:
        assert s.execute(select(FaceDecision.decided_by)).scalar_one() == director.email
    assert AuditLog(d.db).entries(action_prefix="access.") == []
    # the principal of the post's building reviews it too; the one of another building does not
    d.as_("principal").reviews.decide(view.id, face.photo_id, face.box, "S400", "is_student")


def test_reencode_checks_the_roles_again_in_the_writing_transaction(district):
    """A director demoted while the faces are being re-encoded writes nothing."""
    d = district
    with d.db.session() as s:
        s.execute(update(ReferencePhoto).values(model=STALE, face_image=b"a stored face"))
        stale = s.execute(select(ReferencePhoto.id)).all()
    assert stale

    class DemotingPool:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return None

        def reencode_many(self, items, progress=None, cancel=None):
            StaffService(d.db, d.people["admin"], hasher=FAST_HASHER).set_roles(d.people["director"].email,
                                                                                 ["author"])
            return [SimpleNamespace(problem=None, encoding=b"\0" * 16, model=MODEL_ID) for _ in items]

    roster = RosterService(d.db, pool_factory=DemotingPool)
    version = roster.version()
    with pytest.raises(PermissionDenied) as caught:
        roster.reencode(actor=d.people["director"])
    assert caught.value.action == ROSTER_REENCODE
    with d.db.session() as s:
        assert {m for (m,) in s.execute(select(ReferencePhoto.model)).all()} == {STALE}
    assert roster.version() == version
    [entry] = AuditLog(d.db).entries(action_prefix="access.")
    assert (entry.actor, entry.details["action"]) == (d.people["director"].email, ROSTER_REENCODE)


def test_a_view_naming_another_account_is_refused(district):
    """The account is found by id and its e-mail must match: a view pairing the director's id
    with another e-mail acts as nobody."""
    d = district
    forged = replace(d.people["director"], email=d.people["teacher"].email)
    with pytest.raises(PermissionDenied):
        Workflow(d.db, forged, d.checker).settings.set_notice("Anything goes.")
    assert SettingsService(d.db).notice() == DEFAULT_NOTICE
