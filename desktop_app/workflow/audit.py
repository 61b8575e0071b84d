"""The append-only audit log: who did what, when, on which workstation, in a hash chain.

Each entry stores sha256(previous entry's hash + its own canonical content), so changing,
removing or reordering a row breaks the chain from there on; ``verify`` names the first
broken entry. Entries are appended inside the caller's transaction, together with the state
change they describe: both commit or neither does.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..storage.database import Database
from ..storage.models import AuditEntry, AuditHead
from .common import acting_staff, as_utc, utcnow, workstation
from .roles import ADMIN, DIRECTOR
from .views import AuditEntryView, StaffView, VerifyResult

GENESIS_HASH = "0" * 64


def dumps(details: dict | None) -> str:
    """Canonical JSON: sorted keys, no spaces, so the same content always hashes the same."""
    return json.dumps(details or {}, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def canonical(seq: int, created_at: datetime, actor: str | None, host: str, action: str,
              subject_type: str | None, subject_id: str | None, details_json: str) -> str:
    return json.dumps(
        [seq, as_utc(created_at).isoformat(timespec="microseconds"), actor, host, action,
         subject_type, subject_id, details_json],
        separators=(",", ":"), ensure_ascii=False,
    )


def entry_hash(prev_hash: str, content: str) -> str:
    return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()


def append(s: Session, action: str, *, actor: str | None, subject_type: str | None = None,
           subject_id: object = None, details: dict | None = None) -> int:
    """Append an entry in this transaction; returns its sequence number.

    The head row is updated first: that takes the write lock (SQLite) or the row lock
    (PostgreSQL) before the previous hash is read, so concurrent writers queue up.
    """
    bumped = s.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=AuditHead.seq + 1)
                       .execution_options(synchronize_session=False))
    if bumped.rowcount != 1:  # a database made without the migration's head row
        s.add(AuditHead(id=1, seq=1, last_hash=GENESIS_HASH))
        s.flush()
    seq, prev = s.execute(select(AuditHead.seq, AuditHead.last_hash).where(AuditHead.id == 1)).one()
    created = utcnow()
    host = workstation()
    details_json = dumps(details)
    sid = None if subject_id is None else str(subject_id)
    digest = entry_hash(prev, canonical(seq, created, actor, host, action, subject_type, sid, details_json))
    s.add(AuditEntry(seq=seq, created_at=created, actor=actor, workstation=host, action=action,
                     subject_type=subject_type, subject_id=sid, details_json=details_json,
                     prev_hash=prev, hash=digest))
    s.execute(update(AuditHead).where(AuditHead.id == 1).values(last_hash=digest)
              .execution_options(synchronize_session=False))
    return seq


def _view(e: AuditEntry) -> AuditEntryView:
    try:
        details = json.loads(e.details_json)
    except ValueError:
        details = {"unreadable": e.details_json}
    return AuditEntryView(e.seq, as_utc(e.created_at), e.actor, e.workstation, e.action,
                          e.subject_type, e.subject_id, details)


class AuditLog:
    """Low-level access: record entries in their own transaction, read and verify the chain."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, action: str, *, actor: str | None, subject_type: str | None = None,
               subject_id: object = None, details: dict | None = None) -> int:
        with self.db.session() as s:
            return append(s, action, actor=actor, subject_type=subject_type, subject_id=subject_id,
                          details=details)

    def entries(self, *, subject_type: str | None = None, subject_id: object = None,
                action_prefix: str | None = None, limit: int | None = None) -> list[AuditEntryView]:
        """Entries oldest first (the last ``limit`` of them when limited)."""
        with self.db.session() as s:
            query = select(AuditEntry)
            if subject_type is not None:
                query = query.where(AuditEntry.subject_type == subject_type)
            if subject_id is not None:
                query = query.where(AuditEntry.subject_id == str(subject_id))
            if action_prefix:
                query = query.where(AuditEntry.action.startswith(action_prefix))
            if limit:
                rows = list(s.execute(query.order_by(AuditEntry.seq.desc()).limit(limit)).scalars())[::-1]
            else:
                rows = list(s.execute(query.order_by(AuditEntry.seq)).scalars())
            return [_view(e) for e in rows]

    def verify(self, batch: int = 1000) -> VerifyResult:
        """Walk the chain in order; the first entry whose hash or link does not hold is reported."""
        prev = GENESIS_HASH
        expected_seq = 1
        count = 0
        with self.db.session() as s:
            head = s.get(AuditHead, 1)
            # entries appended while we walk are after the head we read: leave them for next time
            upto = head.seq if head is not None else None
            head_hash = head.last_hash if head is not None else None
            last_seq = 0
            while True:
                query = select(AuditEntry).where(AuditEntry.seq >= expected_seq)
                if upto is not None:
                    query = query.where(AuditEntry.seq <= upto)
                rows = s.execute(query.order_by(AuditEntry.seq).limit(batch)).scalars().all()
                if not rows:
                    break
                for e in rows:
                    if e.seq != expected_seq:
                        return VerifyResult(False, count, expected_seq, f"entry {expected_seq} is missing")
                    if e.prev_hash != prev:
                        return VerifyResult(False, count, e.seq, "does not link to the entry before it")
                    content = canonical(e.seq, e.created_at, e.actor, e.workstation, e.action,
                                        e.subject_type, e.subject_id, e.details_json)
                    if entry_hash(prev, content) != e.hash:
                        return VerifyResult(False, count, e.seq, "its content does not match its hash (altered)")
                    prev, expected_seq, last_seq = e.hash, e.seq + 1, e.seq
                    count += 1
                s.expunge_all()
            if upto is not None and upto != last_seq:
                return VerifyResult(False, count, last_seq + 1,
                                    f"the chain ends at entry {last_seq} but {upto} were written "
                                    "(entries removed from the end)")
            if head_hash is not None and head_hash != prev:
                return VerifyResult(False, count, last_seq,
                                    "the last entry does not match the recorded head of the chain (altered)")
        return VerifyResult(True, count, head_hash=prev)


class AuditService:
    """What admins and the Communications Director may do with the log."""

    def __init__(self, db: Database, actor: StaffView) -> None:
        self.db = db
        self.actor = actor
        self.log = AuditLog(db)

    def _check(self) -> None:
        with self.db.session() as s:
            acting_staff(s, self.actor, ADMIN, DIRECTOR)

    def verify(self) -> VerifyResult:
        self._check()
        result = self.log.verify()
        self.log.record("audit.verified", actor=self.actor.email,
                        details={"ok": result.ok, "entries": result.entries,
                                 "first_broken_seq": result.first_broken_seq, "reason": result.reason})
        return result

    def entries(self, **filters) -> list[AuditEntryView]:
        self._check()
        return self.log.entries(**filters)
