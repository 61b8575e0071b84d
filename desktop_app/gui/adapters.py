"""Thin adapters for what the workflow package does not offer as a service yet (no Qt).

- ``audit_roster_import``: the audit entry for a roster import, written inside the import's
  own transaction (RosterService.apply's ``in_transaction`` hook), as the CLI writes it.
- ``audit_roster_reencode``: the same for re-encoding the roster (RosterService.reencode).
"""

from __future__ import annotations


def audit_roster_import(source: str, actor_email: str, count: int):
    from ..workflow.audit import append

    def record(session, changes) -> None:
        append(session, "roster.imported", actor=actor_email, subject_type="roster",
               details={"source": source, "students": count, "via": "desktop app",
                        **changes.summary()})

    return record


def audit_roster_reencode(actor_email: str):
    """The audit entry for re-encoding the roster, written in its transaction."""
    from ..workflow.audit import append

    def record(session, report) -> None:
        append(session, "roster.reencoded", actor=actor_email, subject_type="roster",
               details={"reencoded": report.reencoded, "removed_without_image": report.removed_without_image,
                        "failed": report.failed, "via": "desktop app"})

    return record
