"""Review decisions on faces (SQLite and PostgreSQL, real photos, real SFace model): an approver
decides whether a flagged face is the student; decisions are audited, reused when the same
photo is screened again, never clear a face for another student, and lapse when the student's
templates change."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.storage.models import AuditEntry, FaceDecision
from desktop_app.workflow import InvalidInput, PermissionDenied, Refused

from .conftest import ALL, CLEAR_PHOTO, row


def _flag_after_submission(d, students, reference=CLEAR_PHOTO):
    """A post submitted clear (a photo of one man); then a reference photo of him is enrolled
    for the given students: the same photo (restricted) or another one (review)."""
    view = d.draft(photos=[CLEAR_PHOTO])
    view, _ = d.as_("teacher").drafts.submit(view.id, view.version)
    d.import_roster([row("S100", "Marcus", "Hill", photo=ALL), row("S200", "Jane", "Doe", name=ALL),
                     row("S300", "Sam", "Clear"), *[row(sid, "Kid", sid, photo=ALL) for sid in students]])
    template = d.encode_photo(reference)
    for sid in students:
        d.enrol(sid, template)
    return view


def test_not_this_student_is_audited_and_reused(district):
    d = district
    view = _flag_after_submission(d, ["S400"])
    with pytest.raises(Refused):
        d.as_("principal").approvals.approve(view.id, view.version)
    with pytest.raises(PermissionDenied):
        d.as_("teacher").reviews.faces(view.id)  # authors never see names
    faces = d.as_("principal").reviews.faces(view.id)
    assert len(faces) == 1 and faces[0].verdict == "restricted"
    face = faces[0]
    assert [c.student_id for c in face.candidates] == ["S400"]
    assert face.candidates[0].name == "Kid S400" and face.face_crop[:2] == b"\xff\xd8"
    with pytest.raises(InvalidInput):
        d.as_("principal").reviews.decide(view.id, face.photo_id, face.box, "S100", "not_student")
    d.as_("principal").reviews.decide(view.id, face.photo_id, face.box, "S400", "not_student", "a visiting parent")
    with d.db.session() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "face.decided")).scalar_one()
        assert '"S400"' in entry.details_json and entry.actor == d.people["principal"].email
        assert s.execute(select(FaceDecision)).scalar_one().decision == "not_student"
    view = d.as_("principal").approvals.approve(view.id, view.version)  # screened again: reused
    view = d.as_("director").approvals.approve(view.id, view.version)  # and again at the next step
    assert view.status == "approved"
    assert d.as_("director").reviews.faces(view.id)[0].candidates[0].decision == "not_student"


def test_not_this_student_clears_no_one_else(district):
    d = district
    view = _flag_after_submission(d, ["S400", "S401"])
    with pytest.raises(Refused):
        d.as_("principal").approvals.approve(view.id, view.version)
    face = d.as_("principal").reviews.faces(view.id)[0]
    assert sorted(c.student_id for c in face.candidates) == ["S400", "S401"]
    d.as_("principal").reviews.decide(view.id, face.photo_id, face.box, "S400", "not_student")
    with pytest.raises(Refused, match="S401"):
        d.as_("principal").approvals.approve(view.id, view.version)


def test_decision_lapses_when_the_students_templates_change(district, faces):
    d = district
    view = _flag_after_submission(d, ["S400"])
    with pytest.raises(Refused):
        d.as_("principal").approvals.approve(view.id, view.version)
    face = d.as_("principal").reviews.faces(view.id)[0]
    d.as_("principal").reviews.decide(view.id, face.photo_id, face.box, "S400", "not_student")
    d.enrol("S400", d.encode_photo("people/clapton/clapton-1.jpg"))  # a new portrait of S400
    with pytest.raises(Refused, match="S400"):
        d.as_("principal").approvals.approve(view.id, view.version)


def test_this_is_the_student_turns_a_review_face_into_a_block(district):
    """clapton-1 (decades earlier) as the reference: the post's clapton-2 is only near it."""
    d = district
    view = _flag_after_submission(d, ["S400"], reference="people/clapton/clapton-1.jpg")
    with pytest.raises(Refused, match="resembles student S400"):
        d.as_("principal").approvals.approve(view.id, view.version)  # undecided: a person must look
    face = d.as_("principal").reviews.faces(view.id)[0]
    assert face.verdict == "review"
    d.as_("principal").reviews.decide(view.id, face.photo_id, face.box, "S400", "is_student")
    with pytest.raises(Refused, match="is student S400"):
        d.as_("principal").approvals.approve(view.id, view.version)
    assert d.as_("director").reviews.faces(view.id)[0].candidates[0].decision == "is_student"
