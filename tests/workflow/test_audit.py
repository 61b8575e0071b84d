"""The audit log: every state change recorded with who/where, a hash chain that verifies,
and tampering (changed, removed or cut-off entries) detected."""

from __future__ import annotations

import socket

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from desktop_app.storage.models import AuditEntry
from desktop_app.workflow import AuditLog, PermissionDenied


def drop_append_only_guard(db) -> None:
    """What someone with full database rights could do before editing rows."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.execute(text("DROP TRIGGER audit_log_no_update"))
            conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        else:
            conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))


def test_state_changes_are_audited_with_actor_and_workstation(district):
    d = district
    post = d.draft()
    d.as_("teacher").drafts.submit(post.id, post.version)
    entries = AuditLog(d.db).entries(subject_type="post", subject_id=post.id)
    assert [e.action for e in entries] == ["post.created", "post.submitted"]
    assert {e.actor for e in entries} == {"teacher@ycs.example.org"}
    assert {e.workstation for e in entries} == {socket.gethostname()}
    actions = {e.action for e in AuditLog(d.db).entries()}
    assert {"staff.added", "channel.requested", "channel.endorsed", "channel.approved"} <= actions


def test_chain_verifies_and_only_admin_or_director_may_verify(district):
    d = district
    result = d.as_("admin").audit.verify()
    assert result.ok and result.entries == 10 and len(result.head_hash) == 64  # 7 accounts, 3 channel steps
    with pytest.raises(PermissionDenied):
        d.as_("teacher").audit.verify()


def test_database_refuses_to_change_audit_rows(district):
    with pytest.raises(DatabaseError, match="append-only"):
        with district.db.engine.begin() as conn:
            conn.execute(text("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2"))


def test_tampered_row_is_detected(district):
    d = district
    drop_append_only_guard(d.db)
    with d.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET actor = 'someone else' WHERE seq = 3"))
    result = AuditLog(d.db).verify()
    assert not result.ok and result.first_broken_seq == 3 and "altered" in result.reason
    assert result.entries == 2


def test_removed_rows_are_detected(district):
    d = district
    log = AuditLog(d.db)
    total = log.verify().entries
    drop_append_only_guard(d.db)
    with d.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq = 5"))
    result = log.verify()
    assert not result.ok and result.first_broken_seq == 5 and "missing" in result.reason
    with d.db.engine.begin() as conn:  # cutting off the end instead
        conn.execute(text("DELETE FROM audit_log WHERE seq >= 4"))
    result = log.verify()
    assert not result.ok and result.first_broken_seq == 4 and f"but {total}" in result.reason


def test_rehashed_forgery_breaks_the_link_to_the_next_entry(district):
    """Recomputing the hash of an altered entry does not help: the next one still links to the old hash."""
    from desktop_app.workflow.audit import canonical, entry_hash

    d = district
    drop_append_only_guard(d.db)
    with d.db.session() as s:
        e = s.execute(select(AuditEntry).where(AuditEntry.seq == 4)).scalar_one()
        forged = '{"forged":true}'
        new_hash = entry_hash(e.prev_hash, canonical(e.seq, e.created_at, e.actor, e.workstation, e.action,
                                                     e.subject_type, e.subject_id, forged))
    with d.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET details_json = :d, hash = :h WHERE seq = 4"),
                     {"d": forged, "h": new_hash})
    result = AuditLog(d.db).verify()
    assert not result.ok and result.first_broken_seq == 5 and "link" in result.reason
