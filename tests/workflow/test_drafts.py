"""Drafts: submitting screens text and photos with the real face engine, and refuses what must
not be published; a blocked photo can be replaced by its redacted copy."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop_app.storage.models import AuditEntry, PostPhoto, ScreeningRecord
from desktop_app.workflow import ConflictError, InvalidInput, InvalidState, PermissionDenied, Refused

from .conftest import BLOCKED_PHOTO, CLEAR_PHOTO


def test_submit_refused_for_a_restricted_face(district):
    d = district
    view = d.draft(photos=[BLOCKED_PHOTO])
    with pytest.raises(Refused) as info:
        d.as_("teacher").drafts.submit(view.id, view.version)
    assert any("student S100" in r for r in info.value.reasons)
    after = d.as_("teacher").drafts.get(view.id)
    assert after.status == "draft" and after.version == view.version
    with d.db.session() as s:
        refused = s.execute(select(AuditEntry.details_json).where(AuditEntry.action == "post.submit_refused")).scalar_one()
        screened = s.execute(select(func.count(ScreeningRecord.id)).where(ScreeningRecord.verdict == "blocked")).scalar_one()
    assert "blocked" in refused and screened == 1


def test_submit_refused_for_an_opted_out_name(district):
    d = district
    view = d.draft(body="Congratulations to Jane Doe on her science fair win!")
    with pytest.raises(Refused) as info:
        d.as_("teacher").drafts.submit(view.id, view.version)
    assert any("Jane Doe" in r for r in info.value.reasons)
    assert d.as_("teacher").drafts.get(view.id).status == "draft"


def test_submit_ok_with_a_clear_photo(district):
    d = district
    view = d.draft(photos=[CLEAR_PHOTO], body="Sam Clear and the team won! Call 360-555-0100? No: see the website.")
    with pytest.raises(Refused, match="Phone"):  # PII is an error too
        d.as_("teacher").drafts.submit(view.id, view.version)
    view = d.as_("teacher").drafts.update(view.id, view.version, body="Sam Clear and the team won!")
    submitted, check = d.as_("teacher").drafts.submit(view.id, view.version)
    assert submitted.status == "pending" and submitted.chain == ("principal", "director")
    assert submitted.waiting_for == "principal" and submitted.version == view.version + 1
    (photo,) = submitted.photos
    assert photo.verdict == "clear" and photo.screening["uses"]["social"]["verdict"] == "clear"
    assert check.blocking == []
    # the photo bytes are in the database, identical to the file
    assert d.as_("principal").drafts.photo_bytes(view.id, photo.id) == d.photo(CLEAR_PHOTO)[1]
    # once submitted, the author cannot edit without withdrawing
    with pytest.raises(InvalidState):
        d.as_("teacher").drafts.update(submitted.id, submitted.version, body="changed")


def test_blocked_photo_replaced_by_redacted_copy_goes_to_review(district):
    d = district
    view = d.draft(photos=[BLOCKED_PHOTO])
    original_id = view.photos[0].id
    view = d.as_("teacher").drafts.redact_photo(view.id, view.version, original_id)
    original, copy = sorted(view.photos, key=lambda p: p.id)
    assert original.superseded and original.verdict == "blocked"
    assert copy.kind == "redacted" and copy.replaces_id == original_id and copy.verdict == "review"
    assert copy.sha256 != original.sha256
    submitted, check = d.as_("teacher").drafts.submit(view.id, view.version)
    assert submitted.status == "pending"
    assert any("redacted copy" in n for n in check.notes)
    assert [p.id for p in submitted.active_photos] == [copy.id]


def test_only_the_author_edits_and_versions_are_checked(district):
    d = district
    view = d.draft()
    with pytest.raises(PermissionDenied):
        d.as_("teacher2").drafts.update(view.id, view.version, body="mine now")
    v2 = d.as_("teacher").drafts.update(view.id, view.version, body="second text")
    with pytest.raises(ConflictError, match="changed by someone else"):
        d.as_("teacher").drafts.update(view.id, view.version, body="edited from a stale screen")
    assert d.as_("teacher").drafts.get(view.id).body == "second text"
    name, data = d.photo(CLEAR_PHOTO)
    with pytest.raises(ConflictError):
        d.as_("teacher").drafts.attach(view.id, view.version, name, data)
    with d.db.session() as s:
        assert s.execute(select(func.count(PostPhoto.id))).scalar_one() == 0
    assert v2.version == view.version + 1


def test_questions_required_and_text_over_channel_limit_refused(district):
    d = district
    drafts = d.as_("teacher").drafts
    bare = drafts.create("No answers", [d.channel_id], body="Hello families")
    with pytest.raises(InvalidInput, match="questions"):
        drafts.submit(bare.id, bare.version)
    x = d.as_("teacher").channels.request("YHS on X", "X", "social")
    x = d.as_("principal").channels.approve(x.id, x.version)
    x = d.as_("director").channels.approve(x.id, x.version, admin_rights=True)
    long = d.draft(body="Great game tonight! " * 7, channel_ids=[x.id])  # 140 chars + the notice > 280
    with pytest.raises(Refused, match="over the 280 limit"):
        drafts.submit(long.id, long.version)


def test_other_staff_cannot_see_a_draft(district):
    d = district
    view = d.draft()
    with pytest.raises(PermissionDenied):
        d.as_("other_principal").drafts.get(view.id)
    assert d.as_("principal").drafts.get(view.id).id == view.id  # the building's principal can
