"""Two people acting on one post at once, through separate connections: one wins, the other
gets "changed by someone else" and nothing of theirs is written."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from desktop_app.storage.database import Database
from desktop_app.storage.models import PostDecision
from desktop_app.workflow import ConflictError, Workflow

from .conftest import CLEAR_PHOTO


@pytest.fixture
def two_connections(district):
    """A second Database (its own engine and connections) on the same database."""
    other = Database(district.url)
    yield district, other
    other.dispose()


def test_two_approvers_load_the_same_version_one_wins(two_connections):
    d, other_db = two_connections
    post = d.draft(photos=[CLEAR_PHOTO])
    post, _ = d.as_("teacher").drafts.submit(post.id, post.version)
    seen_by_principal = Workflow(d.db, d.people["principal"], d.checker).drafts.get(post.id)
    seen_by_assistant = Workflow(other_db, d.people["assistant"], d.checker).drafts.get(post.id)
    assert seen_by_principal.version == seen_by_assistant.version == post.version
    approved = Workflow(d.db, d.people["principal"], d.checker).approvals.approve(post.id, seen_by_principal.version)
    assert approved.waiting_for == "director"
    with pytest.raises(ConflictError, match="changed by someone else"):
        Workflow(other_db, d.people["assistant"], d.checker).approvals.approve(post.id, seen_by_assistant.version)
    with d.db.session() as s:
        assert s.execute(select(func.count(PostDecision.id))).scalar_one() == 1


def test_simultaneous_decisions_in_threads(two_connections):
    """Both approvers finish screening, then commit at the same instant."""
    d, other_db = two_connections
    post = d.draft(body="Picture day is Tuesday.")
    post, _ = d.as_("teacher").drafts.submit(post.id, post.version)
    barrier = threading.Barrier(2, timeout=30)

    class Gate:  # screen, then wait for the other approver before writing
        def __init__(self, checker):
            self.checker = checker

        def check(self, *args, **kwargs):
            result = self.checker.check(*args, **kwargs)
            barrier.wait()
            return result

        def notice(self):
            return self.checker.notice()

    outcomes: dict[str, object] = {}

    def act(name, database, who, action):
        wf = Workflow(database, d.people[who], Gate(d.checker))
        try:
            if action == "approve":
                outcomes[name] = wf.approvals.approve(post.id, post.version).status
            else:
                barrier.wait()
                outcomes[name] = wf.approvals.return_to_author(post.id, post.version, "not yet").status
        except Exception as exc:  # noqa: BLE001 - the outcome is what the test checks
            outcomes[name] = exc

    threads = [threading.Thread(target=act, args=("a", d.db, "principal", "approve")),
               threading.Thread(target=act, args=("b", other_db, "assistant", "return"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    errors = [o for o in outcomes.values() if isinstance(o, Exception)]
    wins = [o for o in outcomes.values() if not isinstance(o, Exception)]
    assert len(wins) == 1 and len(errors) == 1, outcomes
    assert isinstance(errors[0], ConflictError)
    final = d.as_("director").drafts.get(post.id)
    assert final.version == post.version + 1 and len(final.decisions) == 1


def test_author_withdrawing_while_it_is_approved(two_connections):
    d, other_db = two_connections
    post = d.draft()
    post, _ = d.as_("teacher").drafts.submit(post.id, post.version)
    Workflow(other_db, d.people["principal"], d.checker).approvals.approve(post.id, post.version)
    with pytest.raises(ConflictError):
        d.as_("teacher").drafts.withdraw(post.id, post.version)
    assert d.as_("teacher").drafts.get(post.id).status == "pending"
