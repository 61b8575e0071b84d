"""Thin adapters for what the workflow package does not offer as a service yet (no Qt).

- ``audit_roster_import``: the audit entry for a roster import, written inside the import's
  own transaction (RosterService.apply's ``in_transaction`` hook), as the CLI writes it.
"""

from __future__ import annotations


def audit_roster_import(source: str, actor_email: str, count: int):
    from ..workflow.audit import append

    def record(session, changes) -> None:
        append(session, "roster.imported", actor=actor_email, subject_type="roster",
               details={"source": source, "students": count, "via": "desktop app",
                        **{k: (len(v) if isinstance(v, list) else v) for k, v in changes.to_dict().items()}})

    return record
