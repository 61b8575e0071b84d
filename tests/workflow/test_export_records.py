"""After approval: export (final text with notice, photos without metadata), publish, the
records export for public-records requests, takedown after a roster change, usage figures."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from PIL import Image

from desktop_app.textcheck import DEFAULT_NOTICE
from desktop_app.workflow import InvalidInput, InvalidState, PermissionDenied, Refused
from desktop_app.workflow.common import utcnow
from desktop_app.workflow.records import format_usage

from .conftest import ALL, CLEAR_PHOTO, row


def with_gps_and_caption(data: bytes) -> bytes:
    """The photo as a phone would save it: EXIF with GPS position, a caption, XMP."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x010E] = "Team photo at the field"  # ImageDescription
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (46.0, 56.0, 30.0), 3: "W", 4: (122.0, 36.0, 20.0)})
    out = io.BytesIO()
    with Image.open(io.BytesIO(data)) as im:
        im.save(out, "JPEG", exif=exif, xmp=b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:description>secret</dc:description></x:xmpmeta>")
    return out.getvalue()


def approved_post(d, photos=(), body="Our robotics team won the regional final!"):
    drafts = d.as_("teacher").drafts
    view = d.draft(body=body)
    for name, data in photos:
        view = drafts.attach(view.id, view.version, name, data)
    view, _ = drafts.submit(view.id, view.version)
    view = d.as_("principal").approvals.approve(view.id, view.version)
    return d.as_("director").approvals.approve(view.id, view.version)


def test_export_writes_text_with_notice_and_photos_without_metadata(district, tmp_path):
    d = district
    name, data = d.photo(CLEAR_PHOTO)
    tagged = with_gps_and_caption(data)
    with Image.open(io.BytesIO(tagged)) as im:
        assert 0x8825 in im.getexif()  # the input really has GPS
    post = approved_post(d, photos=[("field.jpg", tagged)])
    with pytest.raises(PermissionDenied):
        d.as_("teacher2").publishing.export(post.id, tmp_path / "nope")
    result = d.as_("teacher").publishing.export(post.id, tmp_path / "out")
    text = (tmp_path / "out" / "text.txt").read_text(encoding="utf-8")
    assert text.startswith("Our robotics team won") and text.count(DEFAULT_NOTICE) == 1
    photos = [p for p in result.files if p.suffix == ".jpg"]
    assert [p.name for p in photos] == ["photo-01.jpg"]
    with Image.open(photos[0]) as out:
        assert len(out.getexif()) == 0 and "xmp" not in out.info and "exif" not in out.info
    assert b"secret" not in photos[0].read_bytes() and b"PhoneMaker" not in photos[0].read_bytes()
    assert (tmp_path / "out" / "manifest.json").exists()
    # the file as written was screened again before it was written (issue 9: what leaves is screened)
    from sqlalchemy import select

    from desktop_app.storage.models import ScreeningRecord

    with d.db.session() as s:
        screened = s.execute(select(ScreeningRecord.path, ScreeningRecord.sha256)).all()
    import hashlib

    assert ("photo-01.jpg", hashlib.sha256(photos[0].read_bytes()).hexdigest()) in screened


def test_export_refused_for_a_draft_and_when_the_roster_changed(district, tmp_path, faces, encode):
    d = district
    draft = d.draft()
    with pytest.raises(InvalidState):
        d.as_("teacher").publishing.export(draft.id, tmp_path / "x")
    post = approved_post(d, photos=[d.photo("people/clapton/clapton-1.jpg")])
    d.import_roster([row("S100", "Marcus", "Hill", photo=ALL), row("S200", "Jane", "Doe", name=ALL),
                     row("S300", "Sam", "Clear"), row("S400", "Eric", "Lane", photo=ALL)])
    d.enrol("S400", encode(faces / "people" / "clapton" / "clapton-2.jpg"))
    with pytest.raises(Refused, match="roster changed"):
        d.as_("teacher").publishing.export(post.id, tmp_path / "y")
    assert not (tmp_path / "y" / "text.txt").exists()


def test_publish_records_url_and_date(district):
    d = district
    post = approved_post(d)
    with pytest.raises(InvalidInput):
        d.as_("teacher").publishing.publish(post.id, post.version, "not a url")
    published = d.as_("teacher").publishing.publish(post.id, post.version, "https://facebook.example/yhs/posts/1")
    assert published.status == "published" and published.published_url.endswith("/posts/1")
    assert published.published_at is not None
    with pytest.raises(InvalidState):
        d.as_("teacher").publishing.publish(published.id, published.version, "https://facebook.example/again")


def test_records_export_lists_published_posts_with_photos_and_history(district, tmp_path):
    d = district
    post = approved_post(d, photos=[d.photo(CLEAR_PHOTO)], body="Spring concert on May 3.")
    post = d.as_("teacher").publishing.publish(post.id, post.version, "https://facebook.example/yhs/posts/2")
    unpublished = approved_post(d, body="Not yet published.")
    with pytest.raises(PermissionDenied):
        d.as_("teacher").records.export(date.today(), date.today(), tmp_path / "r")
    today = utcnow().date()
    result = d.as_("director").records.export(today - timedelta(days=1), today, tmp_path / "records")
    assert result.posts == [post.id] and unpublished.id not in result.posts
    index = (tmp_path / "records" / "index.html").read_text(encoding="utf-8")
    assert f"post-{post.id}/index.html" in index and "Robotics win" in index
    page = (tmp_path / "records" / f"post-{post.id}" / "index.html").read_text(encoding="utf-8")
    assert "Spring concert on May 3." in page and "Pat Principal" in page and "Dana Director" in page
    assert "post.published" in page and "<img src='files/" in page
    released = tmp_path / "records" / f"post-{post.id}" / "files"
    (stored,) = list(released.iterdir())
    # the photo as published, re-rendered from its pixels: no metadata, not the uploaded bytes
    assert stored.read_bytes() != d.photo(CLEAR_PHOTO)[1]
    with Image.open(stored) as im, Image.open(d.faces / CLEAR_PHOTO) as orig:
        assert im.size == orig.size and not im.getexif() and "exif" not in im.info
    assert not (tmp_path / "records" / "archive").exists()
    empty = d.as_("director").records.export(today + timedelta(days=5), today + timedelta(days=6), tmp_path / "none")
    assert empty.posts == []


def test_takedown_list_after_a_roster_change(district):
    d = district
    # Marcus's photo opt-out covers only the yearbook at first: fine for the school's Facebook page
    d.import_roster([row("S100", "Marcus", "Hill", photo={"yearbook"}), row("S200", "Jane", "Doe", name=ALL),
                     row("S300", "Sam", "Clear")])
    publish = d.as_("teacher").publishing.publish
    name_post = approved_post(d, body="Well done, Sam Clear!")
    name_post = publish(name_post.id, name_post.version, "https://facebook.example/p/3")
    photo_post = approved_post(d, photos=[d.photo("people/obama/obama-240p.jpg")], body="Assembly photos")
    photo_post = publish(photo_post.id, photo_post.version, "https://facebook.example/p/4")
    pending = d.draft(body="Sam Clear will speak on Monday.")
    pending, _ = d.as_("teacher").drafts.submit(pending.id, pending.version)
    director = d.as_("director").records
    assert director.takedown_list(refresh=True) == []
    # new opt-outs arrive: Sam's name, Marcus's photo for every use
    d.import_roster([row("S100", "Marcus", "Hill", photo=ALL), row("S200", "Jane", "Doe", name=ALL),
                     row("S300", "Sam", "Clear", name=ALL)])
    assert director.roster_changed_since_check()
    items = {i.post_id: i for i in director.takedown_list()}  # re-screens because the roster changed
    assert set(items) == {name_post.id, photo_post.id}  # published posts only
    assert any("Sam Clear" in r for r in items[name_post.id].reasons)
    assert any("student S100" in r for r in items[photo_post.id].reasons)
    assert not director.roster_changed_since_check()
    # the pending post carries the finding for its approvers
    assert any("Sam Clear" in r for r in d.as_("principal").drafts.get(pending.id).takedown)
    with pytest.raises(PermissionDenied):
        d.as_("teacher").records.takedown_list()


def test_usage_report_counts_screenings_matches_and_people(district):
    d = district
    view = d.draft(photos=["people/obama/obama-240p.jpg", CLEAR_PHOTO])
    with pytest.raises(Refused):
        d.as_("teacher").drafts.submit(view.id, view.version)
    report = d.as_("director").records.usage_report()
    assert report.screenings == 2 and report.restricted_matches == 1 and report.blocked_images == 1
    assert report.by_person["teacher@ycs.example.org"]["screenings"] == 2
    assert report.students_with_templates == 1
    text = format_usage(report)
    assert "Faces matched to an opted-out student: 1" in text
    # accuracy across subgroups (RCW 43.386), from the shipped measurement file
    assert "Accuracy testing (sface-2021dec:" in text and "age 3-9: 33," in text and "Female under 20" in text
    assert "race/ethnicity" in text
    with pytest.raises(PermissionDenied):
        d.as_("principal").records.usage_report()


def test_records_release_copy_shows_what_was_published_and_the_archive_keeps_originals(district, tmp_path, faces):
    """Issue 9, hole 11: a post published with a redacted photo. The release folder has the
    redacted copy only, without metadata or students' IDs; the internal archive, written only when
    asked and outside the release folder, has the original upload byte for byte."""
    from PIL import Image as PILImage

    d = district
    name, original = d.photo("groups/obama_and_biden.jpg")
    view = d.draft(photos=[])
    view = d.as_("teacher").drafts.attach(view.id, view.version, name, original)
    photo_id = view.photos[0].id
    view = d.as_("teacher").drafts.redact_photo(view.id, view.version, photo_id)
    view, _ = d.as_("teacher").drafts.submit(view.id, view.version)
    view = d.as_("principal").approvals.approve(view.id, view.version)
    view = d.as_("director").approvals.approve(view.id, view.version)
    view = d.as_("teacher").publishing.publish(view.id, view.version, "https://facebook.example/yhs/posts/9")
    today = utcnow().date()
    with pytest.raises(InvalidInput):
        d.as_("director").records.export(today, today, tmp_path / "release", archive_dir=tmp_path / "release" / "a")
    result = d.as_("director").records.export(today, today, tmp_path / "release", archive_dir=tmp_path / "internal")
    folder = tmp_path / "release" / f"post-{view.id}"
    released = list((folder / "files").iterdir())
    assert len(released) == 1  # the redacted copy; the replaced original is not in the release
    page = (folder / "index.html").read_text(encoding="utf-8") + (folder / "post.json").read_text(encoding="utf-8")
    assert "S100" not in page and "internal" not in page and "originals/" not in page
    with PILImage.open(released[0]) as im:
        assert not im.getexif()
    archived = list((tmp_path / "internal" / f"post-{view.id}" / "originals").iterdir())
    assert original in [p.read_bytes() for p in archived]
    assert "NOT FOR RELEASE" in (tmp_path / "internal" / "README.txt").read_text(encoding="utf-8")
    assert result.archive == tmp_path / "internal"


def test_a_published_post_is_marked_taken_down_by_the_director_with_audit(district):
    """Issue 21, item 4: the takedown life cycle ends with the post marked as taken down (when,
    by whom); only a published post, only by the director or IT, at the version seen."""
    from desktop_app.workflow import ConflictError

    d = district
    post = approved_post(d)
    with pytest.raises(InvalidState):  # not yet published
        d.as_("director").records.mark_taken_down(post.id, post.version)
    post = d.as_("teacher").publishing.publish(post.id, post.version, "https://facebook.example/yhs/posts/1")
    with pytest.raises(PermissionDenied):
        d.as_("teacher").records.mark_taken_down(post.id, post.version)
    with pytest.raises(ConflictError):
        d.as_("director").records.mark_taken_down(post.id, post.version - 1)
    view = d.as_("director").records.mark_taken_down(post.id, post.version)
    assert view.status == "taken_down" and view.taken_down_by == d.people["director"].email
    assert view.taken_down_at is not None and view.published_url == post.published_url
    with pytest.raises(InvalidState):  # once is enough
        d.as_("director").records.mark_taken_down(post.id, view.version)
    entries = d.as_("director").audit.entries(action_prefix="post.taken_down")
    assert [e.subject_id for e in entries] == [str(post.id)]
    assert d.as_("director").records.takedown_list(refresh=False) == []
    assert d.as_("teacher").drafts.get(post.id).status == "taken_down"  # the author sees it
