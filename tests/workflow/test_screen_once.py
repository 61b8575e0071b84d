"""A post's photo is screened once per roster version, settings and use; the stored result is
reused by the composer, the submit check, submission, approvals and export (issue 11, item 8).

Real photos and the real face engine (the session's screener behind the pool interface); the
counting wrapper records which photos reach a pool, so a reuse that screens again fails."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from desktop_app.storage.models import ScreeningRecord
from desktop_app.workflow.district_settings import DistrictSettings
from desktop_app.workflow.postcheck import PhotoCheck, stored_raw
from desktop_app.screening.pool import RefusedPool
from desktop_app.screening.results import ImageResult
from desktop_app.workflow import Refused

from .conftest import ALL, BLOCKED_PHOTO, CLEAR_PHOTO, row


@pytest.fixture
def counted(district):
    """The district, with every photo label that reaches a screening pool appended to a list."""
    screened: list[tuple[str, str]] = []
    screening = district.checker.screening
    factory = screening.pool_factory

    def counting(settings, templates, *rest):
        pool = factory(settings, templates, *rest)
        inner = pool.screen_many

        def screen_many(items, progress=None, cancel=None):
            screened.extend((label, ",".join(templates.student_ids)) for label, _ in items)
            return inner(items, progress, cancel)

        pool.screen_many = screen_many
        return pool

    screening.pool_factory = counting
    district.screened = screened
    return district


def _records(d) -> int:
    with d.db.session() as s:
        return s.execute(select(func.count()).select_from(ScreeningRecord)).scalar_one()


def test_each_photo_screened_once_through_check_submit_and_approvals(counted):
    d = counted
    view = d.draft("teacher", photos=[CLEAR_PHOTO, BLOCKED_PHOTO])
    drafts = d.as_("teacher").drafts
    first = drafts.screen_photos(view.id)
    assert sorted(c.verdict.value for c in first) == ["blocked", "clear"]
    assert len(d.screened) == 2 and _records(d) == 2
    assert all(c.reused == set() and set(c.keys) == {"social"} for c in first)

    again = drafts.screen_photos(view.id)  # the composer reopening the draft
    assert len(d.screened) == 2 and _records(d) == 2  # nothing screened, nothing recorded
    assert [c.verdict for c in again] == [c.verdict for c in first]
    assert all(c.reused == {"social"} for c in again)
    assert [c.results["social"].to_dict() for c in again] == [c.results["social"].to_dict() for c in first]

    # remove the blocked photo; the submit dialog's check and submission reuse the clear one
    blocked = next(p for p in drafts.get(view.id).photos if p.filename == "obama_small.jpg")
    view = drafts.remove_photo(view.id, drafts.get(view.id).version, blocked.id)
    check = drafts.check(view.id)
    assert check.photos[0].reused == {"social"} and not check.blocking
    view, _ = drafts.submit(view.id, view.version)
    view = d.as_("principal").approvals.approve(view.id, view.version)
    d.as_("director").approvals.approve(view.id, view.version)
    assert len(d.screened) == 2  # the photo reached a pool once in all

    # the stored result is the one the thumbnail, the approver and the records read
    stored = drafts.get(view.id).active_photos[0].screening
    assert stored["keys"]["social"] == first[0].keys["social"] == first[1].keys["social"]
    assert stored["uses"]["social"]["verdict"] == "clear"


def test_a_roster_change_settings_change_or_new_use_screens_again(counted):
    d = counted
    view = d.draft("teacher", photos=[CLEAR_PHOTO])
    drafts = d.as_("teacher").drafts
    drafts.screen_photos(view.id)
    assert len(d.screened) == 1

    # a new opted-out student whose reference photo is the photo's person: screened again, blocked
    d.import_roster([row("S100", "Marcus", "Hill", photo=ALL), row("S200", "Jane", "Doe", name=ALL),
                     row("S300", "Sam", "Clear"), row("S400", "Eric", "Guitar", photo=ALL)])
    d.enrol("S400", d.encode_photo(CLEAR_PHOTO))  # the very photo: restricted
    checks = drafts.screen_photos(view.id)
    assert len(d.screened) == 2 and checks[0].reused == set()
    assert checks[0].verdict.value == "blocked"

    # a template written without an import (no version bump) still changes the key
    d.enrol("S100", d.encode_photo(BLOCKED_PHOTO))  # a second template of an opted-out student
    drafts.screen_photos(view.id)
    assert len(d.screened) == 3
    d.enrol("S300", d.encode_photo(BLOCKED_PHOTO))  # a student without a photo opt-out: not screened for
    drafts.screen_photos(view.id)
    assert len(d.screened) == 3

    # the district tightens the review threshold: screened again
    settings = DistrictSettings(d.db, d.people["director"])
    current = d.checker.screening.settings
    new = replace(current, review_threshold=round(current.review_threshold - 0.05, 2))
    settings.set_screening(new)
    d.checker.screening.settings = new
    drafts.screen_photos(view.id)
    assert len(d.screened) == 4
    drafts.screen_photos(view.id)
    assert len(d.screened) == 4


def test_another_use_is_screened_and_the_first_use_is_kept(counted):
    d = counted
    ch = d.as_("teacher").channels.request("Yelm High website", "Website", "website",
                                          url="https://yhs.example/news", purpose="School news")
    ch = d.as_("principal").channels.approve(ch.id, ch.version)
    ch = d.as_("director").channels.approve(ch.id, ch.version, admin_rights=True)
    view = d.draft("teacher", photos=[CLEAR_PHOTO])
    drafts = d.as_("teacher").drafts
    drafts.screen_photos(view.id)
    assert len(d.screened) == 1
    view = drafts.update(view.id, view.version, channel_ids=[d.channel_id, ch.id])
    checks = drafts.screen_photos(view.id)
    # social and website have the same opted-out students here (every opt-out covers both): the
    # screening key is the same, so the social result serves the website too
    assert checks[0].reused == {"social", "website"} and set(checks[0].results) == {"social", "website"}
    assert len(d.screened) == 1
    view = drafts.update(view.id, view.version, channel_ids=[ch.id])  # website only
    drafts.screen_photos(view.id)
    view = drafts.update(view.id, view.version, channel_ids=[d.channel_id])  # back to social
    checks = drafts.screen_photos(view.id)
    assert checks[0].reused == {"social"}
    assert len(d.screened) == 1

    # a student opted out of the website only: the uses' templates differ, the website is screened
    d.import_roster([row("S100", "Marcus", "Hill", photo=ALL), row("S200", "Jane", "Doe", name=ALL),
                     row("S300", "Sam", "Clear"), row("S400", "Eric", "Guitar", photo={"website"})])
    d.enrol("S400", d.encode_photo(CLEAR_PHOTO))
    view = drafts.update(view.id, drafts.get(view.id).version, channel_ids=[d.channel_id, ch.id])
    checks = drafts.screen_photos(view.id)
    assert len(d.screened) == 3  # the roster changed: both uses again, each with its own templates
    assert checks[0].results["website"].verdict.value == "blocked"
    assert checks[0].results["social"].verdict.value == "clear"
    view = drafts.update(view.id, view.version, channel_ids=[d.channel_id])
    assert drafts.screen_photos(view.id)[0].reused == {"social"} and len(d.screened) == 3
    view = drafts.update(view.id, view.version, channel_ids=[ch.id])  # the website result was kept
    assert drafts.screen_photos(view.id)[0].reused == {"website"} and len(d.screened) == 3


def test_review_decisions_apply_to_a_reused_result(counted):
    d = counted
    view = d.draft(photos=[CLEAR_PHOTO])
    view, _ = d.as_("teacher").drafts.submit(view.id, view.version)
    d.import_roster([row("S100", "Marcus", "Hill", photo=ALL), row("S200", "Jane", "Doe", name=ALL),
                     row("S300", "Sam", "Clear"), row("S400", "Kid", "Four", photo=ALL)])
    d.enrol("S400", d.encode_photo(CLEAR_PHOTO))  # the photo's man is now an opted-out student
    with pytest.raises(Refused):
        d.as_("principal").approvals.approve(view.id, view.version)
    assert len(d.screened) == 2  # at submission, and against the new roster
    face = d.as_("principal").reviews.faces(view.id)[0]
    d.as_("principal").reviews.decide(view.id, face.photo_id, face.box, "S400", "not_student", "a visiting parent")
    view = d.as_("principal").approvals.approve(view.id, view.version)  # the decision, on the stored result
    view = d.as_("director").approvals.approve(view.id, view.version)
    assert view.status == "approved" and len(d.screened) == 2
    raw = stored_raw(d.as_("director").drafts.get(view.id).active_photos[0].screening, "social",
                     next(iter(d.as_("director").drafts.get(view.id).active_photos[0].screening["keys"].values())))
    assert raw.verdict.value == "blocked"  # stored as matched; the decision is applied when read


def test_a_tool_failure_is_screened_again(counted):
    d = counted
    screening = d.checker.screening
    real = screening.pool_factory
    calls = []

    def failing_once(settings, templates, *rest):
        calls.append(1)
        if len(calls) == 1:
            return RefusedPool("ClearPost could not screen it: the worker stopped")
        return real(settings, templates, *rest)

    screening.pool_factory = failing_once
    view = d.draft("teacher", photos=[CLEAR_PHOTO])
    drafts = d.as_("teacher").drafts
    first = drafts.screen_photos(view.id)[0]
    assert first.verdict.value == "blocked" and first.results["social"].tool_failure
    assert first.keys == {}  # not stored for reuse
    second = drafts.screen_photos(view.id)[0]
    assert second.verdict.value == "clear" and second.reused == set() and len(calls) == 2
    assert drafts.screen_photos(view.id)[0].reused == {"social"}


def test_stored_results_are_reused_only_under_their_key():
    ok = ImageResult.failed("b.jpg", "not an image")
    stored = PhotoCheck(2, "b.jpg", "original", {"social": ok}, raw={"social": ok}, keys={"social": "k1"}).to_json()
    assert stored_raw(stored, "social", "k2") is None
    assert stored_raw(stored, "website", "k1") is None
    assert stored_raw(stored, "social", "k1").error == "not an image"
    assert stored_raw(stored, "social", None) is None
    assert stored_raw({"keys": {"social": "k1"}, "raw": {"social": "garbage"}}, "social", "k1") is None
    assert stored_raw(None, "social", "k1") is None


def test_a_photo_is_screened_once_across_posts_and_users(counted):
    """Issue 17: the same photo (by sha256) in another user's post is not screened again while
    the screening key holds; a roster change screens it again, once, for every post."""
    from desktop_app.storage.models import ScreeningCacheEntry

    d = counted
    first = d.as_("teacher").drafts.screen_photos(d.draft("teacher", photos=[CLEAR_PHOTO, BLOCKED_PHOTO]).id)
    assert len(d.screened) == 2 and _records(d) == 2
    view = d.draft("teacher2", photos=[BLOCKED_PHOTO, CLEAR_PHOTO])  # another author, another post
    second = d.as_("teacher2").drafts.screen_photos(view.id)
    # nothing screened again; the usage record (RCW 43.386) still counts teacher2's request
    assert len(d.screened) == 2 and _records(d) == 4
    assert all(c.reused == {"social"} for c in second)
    assert [c.verdict.value for c in second] == ["blocked", "clear"]
    assert second[1].results["social"].to_dict() == first[0].results["social"].to_dict()
    assert second[0].results["social"].path == second[0].filename
    with d.db.session() as s:
        assert len(s.execute(select(ScreeningCacheEntry)).scalars().all()) == 2

    # a roster change gives a new key: screened again once, then reused by the other post
    d.import_roster([row("S100", "Marcus", "Hill", photo=ALL), row("S200", "Jane", "Doe", name=ALL),
                     row("S300", "Sam", "Clear"), row("S400", "Eric", "Guitar", photo=ALL)])
    d.enrol("S400", d.encode_photo(CLEAR_PHOTO))
    again = d.as_("teacher2").drafts.screen_photos(view.id)
    assert len(d.screened) == 4 and again[1].verdict.value == "blocked"
    other = d.draft("teacher", photos=[CLEAR_PHOTO])
    assert d.as_("teacher").drafts.screen_photos(other.id)[0].verdict.value == "blocked"
    assert len(d.screened) == 4


def test_the_screening_cache_keeps_no_tool_failure_and_survives_a_bad_row(db):
    import json

    from desktop_app.storage.models import ScreeningCacheEntry
    from desktop_app.workflow.result_cache import cached_results, store_results

    crashed = ImageResult.failed("a.jpg", "the worker stopped", sha256="a" * 64, tool_failure=True)
    unreadable = ImageResult.failed("b.jpg", "not an image", sha256="b" * 64)
    assert store_results(db, "k1", [crashed, unreadable, unreadable]) == 1
    assert store_results(db, "k1", [unreadable]) == 0  # already there
    assert set(cached_results(db, "k1", ["a" * 64, "b" * 64])) == {"b" * 64}
    assert cached_results(db, "k2", ["b" * 64]) == {}
    with db.session() as s:
        s.add(ScreeningCacheEntry(sha256="c" * 64, screening_key="k1", result_json="{not json"))
        s.add(ScreeningCacheEntry(sha256="d" * 64, screening_key="k1",
                                  result_json=json.dumps(ImageResult.failed("d", "x", sha256="e" * 64).to_dict())))
    assert set(cached_results(db, "k1", ["b" * 64, "c" * 64, "d" * 64])) == {"b" * 64}  # unreadable: screen again
