"""The approval chain: the building's principal, then the director; return, reject; nobody
approves their own post; approval re-screens against today's roster."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop_app.storage.models import AuditEntry, PostDecision
from desktop_app.workflow import ConflictError, InvalidInput, InvalidState, PermissionDenied, Refused

from .conftest import ALL, CLEAR_PHOTO, row


def submitted(d, who="teacher", **kw):
    view = d.draft(who, **kw)
    view, _ = d.as_(who).drafts.submit(view.id, view.version)
    return view


def decisions(db) -> int:
    with db.session() as s:
        return s.execute(select(func.count(PostDecision.id))).scalar_one()


def test_principal_then_director(district):
    d = district
    post = submitted(d, photos=[CLEAR_PHOTO])
    assert [p.id for p in d.as_("principal").approvals.queue()] == [post.id]
    assert d.as_("director").approvals.queue() == []  # not the director's turn yet
    with pytest.raises(PermissionDenied, match="principal"):
        d.as_("director").approvals.approve(post.id, post.version)
    with pytest.raises(PermissionDenied):
        d.as_("other_principal").approvals.approve(post.id, post.version)
    assert decisions(d.db) == 0
    post = d.as_("principal").approvals.approve(post.id, post.version, "looks good")
    assert post.status == "pending" and post.waiting_for == "director"
    with pytest.raises(PermissionDenied, match="Communications Director"):
        d.as_("assistant").approvals.approve(post.id, post.version)
    post = d.as_("director").approvals.approve(post.id, post.version)
    assert post.status == "approved" and post.approved_at is not None
    assert [(x.role, x.by, x.decision) for x in post.decisions] == [
        ("principal", "principal@ycs.example.org", "approved"),
        ("director", "comms.director@ycs.example.org", "approved")]
    with pytest.raises(InvalidState):
        d.as_("director").approvals.approve(post.id, post.version)


def test_nobody_approves_their_own_post(district):
    d = district
    post = submitted(d, who="principal")
    with pytest.raises(PermissionDenied, match="own post"):
        d.as_("principal").approvals.approve(post.id, post.version)
    assert d.as_("principal").drafts.get(post.id).step == 0 and decisions(d.db) == 0
    post = d.as_("assistant").approvals.approve(post.id, post.version)  # another principal of the building
    assert post.waiting_for == "director"


def test_one_person_does_not_approve_two_steps(district):
    d = district
    from desktop_app.workflow import StaffService
    from .conftest import FAST_HASHER

    StaffService(d.db, d.people["admin"], hasher=FAST_HASHER).set_roles("principal@ycs.example.org",
                                                                         ["principal", "director"])
    post = submitted(d)
    post = d.as_("principal").approvals.approve(post.id, post.version)
    with pytest.raises(PermissionDenied, match="already approved"):
        d.as_("principal").approvals.approve(post.id, post.version)


def test_return_with_comments_then_resubmit_starts_the_chain_again(district):
    d = district
    post = submitted(d)
    post = d.as_("principal").approvals.approve(post.id, post.version)
    with pytest.raises(InvalidInput):
        d.as_("director").approvals.return_to_author(post.id, post.version, "  ")
    post = d.as_("director").approvals.return_to_author(post.id, post.version, "Say when the assembly is.")
    assert post.status == "returned" and post.decisions[-1].comment == "Say when the assembly is."
    post = d.as_("teacher").drafts.update(post.id, post.version, body="The assembly is on Friday at 2 pm.")
    post, _ = d.as_("teacher").drafts.submit(post.id, post.version)
    assert post.status == "pending" and post.round == 2 and post.waiting_for == "principal"
    post = d.as_("principal").approvals.reject(post.id, post.version, "Not for the school page.")
    assert post.status == "rejected"
    with pytest.raises(InvalidState):
        d.as_("teacher").drafts.submit(post.id, post.version)


def test_opt_out_after_submission_blocks_approval(district):
    d = district
    post = submitted(d, body="Sam Clear led the team to victory.")
    # a guardian files a name opt-out for Sam after the post was submitted
    d.import_roster([row("S100", "Marcus", "Hill", photo=ALL), row("S200", "Jane", "Doe", name=ALL),
                     row("S300", "Sam", "Clear", name=ALL)])
    with pytest.raises(Refused, match="Sam Clear"):
        d.as_("principal").approvals.approve(post.id, post.version)
    after = d.as_("principal").drafts.get(post.id)
    assert after.status == "pending" and after.version == post.version and after.decisions == ()
    with d.db.session() as s:
        assert s.execute(select(func.count(AuditEntry.id)).where(AuditEntry.action == "post.approval_blocked")).scalar_one() == 1
    # the approver returns it to the author instead
    returned = d.as_("principal").approvals.return_to_author(post.id, post.version, "Sam's family opted out.")
    assert returned.status == "returned"


def test_new_photo_opt_out_after_submission_blocks_approval(district, faces, encode):
    d = district
    post = submitted(d, photos=["people/clapton/clapton-1.jpg"])
    d.import_roster([row("S100", "Marcus", "Hill", photo=ALL), row("S200", "Jane", "Doe", name=ALL),
                     row("S300", "Sam", "Clear"), row("S400", "Eric", "Lane", photo=ALL)])
    d.enrol("S400", encode(faces / "people" / "clapton" / "clapton-2.jpg"))
    with pytest.raises(Refused, match="student S400"):
        d.as_("principal").approvals.approve(post.id, post.version)


def test_stale_version_conflicts_for_approvers(district):
    d = district
    post = submitted(d)
    d.as_("principal").approvals.approve(post.id, post.version)
    with pytest.raises(ConflictError, match="changed by someone else"):
        d.as_("assistant").approvals.return_to_author(post.id, post.version, "stale screen")
    assert decisions(d.db) == 1
