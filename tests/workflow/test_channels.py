"""Channels: request, principal endorsement, director approval with admin rights, monitoring."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop_app.storage.models import Channel
from desktop_app.workflow import ChannelService, ConflictError, InvalidState, PermissionDenied
from desktop_app.workflow.common import utcnow


def status_of(db, channel_id):
    with db.session() as s:
        return s.execute(select(Channel.status, Channel.version).where(Channel.id == channel_id)).one()


def test_request_then_principal_then_director(district):
    d = district
    ch = d.as_("teacher2").channels.request("YHS Robotics Instagram", "Instagram", "social", purpose="Club news")
    assert ch.status == "requested" and ch.char_limit == 2200 and ch.building == "Yelm High School"
    # the director cannot skip the principal; another building's principal cannot endorse; the author cannot
    for who in ("director", "other_principal", "teacher2", "teacher"):
        with pytest.raises(PermissionDenied):
            d.as_(who).channels.approve(ch.id, ch.version, admin_rights=True)
    assert status_of(d.db, ch.id) == ("requested", ch.version)  # refusals changed nothing
    ch = d.as_("principal").channels.approve(ch.id, ch.version, comment="fine by me")
    assert ch.status == "endorsed" and ch.principal_approved_by == "principal@ycs.example.org"
    with pytest.raises(PermissionDenied):
        d.as_("principal").channels.approve(ch.id, ch.version, admin_rights=True)
    with pytest.raises(InvalidState, match="administrative rights"):
        d.as_("director").channels.approve(ch.id, ch.version)
    assert status_of(d.db, ch.id)[0] == "endorsed"
    ch = d.as_("director").channels.approve(ch.id, ch.version, admin_rights=True)
    assert ch.status == "approved" and ch.district_admin_rights and ch.approved_by == "comms.director@ycs.example.org"
    with pytest.raises(InvalidState):
        d.as_("director").channels.approve(ch.id, ch.version, admin_rights=True)


def test_only_approved_channels_receive_posts(district):
    d = district
    ch = d.as_("teacher").channels.request("Pending page", "Facebook", "social")
    with pytest.raises(InvalidState, match="only approved channels"):
        d.as_("teacher").drafts.create("Hello", [ch.id], body="hi")
    rejected = d.as_("principal").channels.reject(ch.id, ch.version, "we already have a page")
    assert rejected.status == "rejected"


def test_stale_channel_version_conflicts(district):
    d = district
    ch = d.as_("teacher").channels.request("Club page", "Facebook", "social")
    d.as_("principal").channels.approve(ch.id, ch.version)
    with pytest.raises(ConflictError, match="changed by someone else"):
        d.as_("assistant").channels.approve(ch.id, ch.version)


def test_abandoned_channels_by_days_since_last_published_post(district):
    d = district
    director = d.people["director"]
    later = utcnow() + timedelta(days=100)
    quiet = ChannelService(d.db, director, clock=lambda: later).abandoned(days=90)
    assert [a.channel.id for a in quiet] == [d.channel_id] and quiet[0].last_published_at is None
    assert ChannelService(d.db, director).abandoned(days=90) == []  # approved today
    with pytest.raises(PermissionDenied):
        ChannelService(d.db, d.people["teacher"]).abandoned()
