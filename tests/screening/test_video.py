"""Screening video clips with the real face engine: clips made in the test from the shared photos."""

from __future__ import annotations

from dataclasses import replace

import av
import numpy as np
import pytest

from desktop_app.imaging.video import decode_frames, is_video_file
from desktop_app.screening.results import ImageVerdict, Verdict
from desktop_app.screening.templates import TemplateSet
from desktop_app.screening.video import VideoScreener, redact_video
from video_clips import H, W, crossing, frame_with, photo, write_clip


@pytest.fixture(scope="module")
def templates(screener, faces):
    from desktop_app.imaging.loader import load_image

    image = load_image(faces / "people/obama/obama.jpg")
    found = [f for f in screener.find_faces(image.frames[0].pixels, 0, image.orientation) if f.encoding is not None]
    assert len(found) == 1
    return TemplateSet.from_pairs([("S-OBAMA", found[0].encoding)])


@pytest.fixture(scope="module")
def video(screener):
    return VideoScreener(screener)


@pytest.fixture(scope="module")
def clips(tmp_path_factory, faces):
    root = tmp_path_factory.mktemp("clips")
    obama = photo(faces / "people/obama/obama2.jpg", 300)  # another photo than the enrolled one
    biden = photo(faces / "people/biden/biden.jpg", 300)
    return {
        # the opted-out student crosses the frame between 1 s and 3 s of a 4-second clip, with sound
        "obama": write_clip(root / "obama.mp4", crossing(obama, 4, 12, 1.0, 3.0), audio=True,
                            metadata={"location": "+47.0379-122.9007/", "creation_time": "2026-05-01T10:00:00Z"}),
        "stranger": write_clip(root / "stranger.mp4", crossing(biden, 3, 12, 0.0, 3.0)),
        # WebM (VP9)
        "webm": write_clip(root / "obama.webm", crossing(obama, 2, 12, 0.0, 2.0), codec="libvpx-vp9"),
    }


def test_opted_out_student_crossing_the_frame_is_blocked_with_its_time_span(video, templates, clips):
    result = video.screen(clips["obama"], templates)
    assert result.verdict is ImageVerdict.BLOCKED and result.error is None
    restricted = [t for t in result.tracks if t.verdict is Verdict.RESTRICTED]
    assert len(restricted) == 1 and restricted[0].student_id == "S-OBAMA"
    assert 0.9 <= restricted[0].start <= 1.3 and 2.6 <= restricted[0].end <= 3.0
    assert result.samples >= 4 * 4 and result.frames == 48
    d = result.to_dict()
    assert d["kind"] == "video" and d["tracks"][0]["boxes"] and d["tracks"][0]["start"] == restricted[0].start
    assert result.image_result().verdict is ImageVerdict.BLOCKED


def test_a_strangers_clip_is_never_blocked(video, templates, clips):
    result = video.screen(clips["stranger"], templates)
    assert result.error is None and result.tracks
    assert result.verdict is not ImageVerdict.BLOCKED
    assert all(t.verdict is not Verdict.RESTRICTED for t in result.tracks)


def test_webm_is_decoded_and_screened(video, templates, clips):
    assert is_video_file(clips["webm"])
    assert video.screen(clips["webm"], templates).verdict is ImageVerdict.BLOCKED


def test_animated_gif_is_decoded(tmp_path, screener, faces):
    still = photo(faces / "people/obama/obama2.jpg", 120)
    gif = write_clip(tmp_path / "a.gif", (frame_with(still, 20 * i, 10, 240, 160) for i in range(6)), fps=5,
                     codec="gif")
    frames = list(decode_frames(gif, screener.settings))
    assert len(frames) == 6 and frames[0].pixels.shape == (160, 240, 3)


def test_a_face_seen_under_a_second_is_never_clear(video, templates, tmp_path, faces):
    biden = photo(faces / "people/biden/biden.jpg", 300)
    clip = write_clip(tmp_path / "brief.mp4", crossing(biden, 2, 12, 0.5, 1.0))
    result = video.screen(clip, templates)
    assert result.tracks and all(t.verdict is not Verdict.CLEAR for t in result.tracks)
    assert result.verdict is ImageVerdict.REVIEW


def test_corrupt_and_truncated_clips_are_blocked(video, templates, clips, tmp_path):
    data = clips["obama"].read_bytes()
    truncated = tmp_path / "truncated.mp4"
    truncated.write_bytes(data[: len(data) // 2])
    corrupt = tmp_path / "corrupt.mp4"
    corrupt.write_bytes(data[:64] + bytes(range(256)) * 40)
    for path in (truncated, corrupt):
        result = video.screen(path, templates)
        assert result.verdict is ImageVerdict.BLOCKED and result.error, path.name


def test_limits_block_the_clip_with_the_reason(screener, templates, clips):
    s = screener.settings
    for change, word in ((dict(video_max_seconds=2.0), "long"), (dict(video_max_side=400, video_max_short_side=300), "large"),
                         (dict(video_max_frames=20), "frames")):
        limited = VideoScreener(screener, replace(s, **change))
        result = limited.screen(clips["obama"], templates)
        assert result.verdict is ImageVerdict.BLOCKED and word in result.error, (change, result.error)
    with pytest.raises(ValueError):
        replace(s, video_samples_per_second=2.0)
    with pytest.raises(ValueError):
        replace(s, video_max_short_side=5000)


def test_rotation_metadata_is_honoured(video, templates, tmp_path, faces, screener):
    obama = photo(faces / "people/obama/obama2.jpg", 260)
    # a phone held upright: pixels stored sideways (the face lies on its side), display matrix -90
    upright = [frame_with(obama, 60 + 4 * i, 40, 360, 480) for i in range(24)]
    stored = [np.ascontiguousarray(np.rot90(f, 1)) for f in upright]
    clip = write_clip(tmp_path / "phone.mp4", stored, rotation=-90)
    first = next(decode_frames(clip, screener.settings))
    assert first.pixels.shape == (480, 360, 3)
    assert np.abs(first.pixels.astype(int) - upright[0]).mean() < 8  # shown upright, as the phone meant
    result = video.screen(clip, templates)
    assert result.size == (360, 480) and result.verdict is ImageVerdict.BLOCKED


def test_redacted_copy_has_no_restricted_face_keeps_audio_and_drops_metadata(video, templates, clips, tmp_path):
    result = video.screen(clips["obama"], templates)
    written, check = redact_video(clips["obama"], result, tmp_path / "out" / "obama", video, templates)
    assert written.suffix == ".mp4" and written.exists()
    assert not [t for t in check.tracks if t.verdict is Verdict.RESTRICTED]
    with av.open(str(written)) as c:
        assert c.streams.video[0].codec_context.name == "h264"
        assert c.streams.audio and c.streams.audio[0].codec_context.name == "aac"
        assert not {"location", "creation_time"} & set(c.metadata)
        assert c.streams.video[0].frames == 48
    # the blurred region covers the face on frames between samples too
    frames = {f.index: f.pixels for f in decode_frames(written, video.settings)}
    track = next(t for t in result.tracks if t.verdict is Verdict.RESTRICTED)
    a, b = track.sightings[1], track.sightings[2]
    mid = (a.frame + b.frame) // 2
    top, right, bottom, left = a.box
    patch = frames[mid][top:bottom, left:right].astype(float)
    assert patch.std(axis=(0, 1)).mean() < 25  # flat: no face detail left
