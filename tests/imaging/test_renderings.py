"""One decoder for what is screened, shown and exported; every rendering a viewer could show is
screened (issue 9, holes 1 and 2). Real photos, real models."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from desktop_app.imaging.loader import load_image
from desktop_app.imaging.redact import strip_metadata
from desktop_app.screening.results import ImageVerdict
from desktop_app.screening.templates import TemplateSet

REFERENCE = "people/obama/obama.jpg"
PROBE = "people/obama/obama1.jpg"  # another photo of the same (opted-out) person


@pytest.fixture(scope="module")
def roster(screener, faces):
    image = load_image(faces / REFERENCE)
    found = [f for f in screener.find_faces(image.frames[0].pixels, 0, image.orientation) if f.encoding is not None]
    return TemplateSet.from_pairs([("S-OPTED-OUT", found[0].encoding)])


def _face_box(screener, data):
    result = screener.screen(data, TemplateSet.empty())
    top, right, bottom, left = max(result.faces, key=lambda f: f.size_px).box
    return top, right, bottom, left


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_face_hidden_by_transparency_is_still_screened(screener, faces, roster, tmp_path):
    """RGBA PNG whose face area has alpha 0: on white it shows nothing, but a viewer that ignores
    alpha (or an export that drops it) shows the face. Screening must block it."""
    data = (faces / PROBE).read_bytes()
    assert screener.screen(data, roster).verdict is ImageVerdict.BLOCKED
    top, right, bottom, left = _face_box(screener, data)
    rgba = Image.open(io.BytesIO(data)).convert("RGBA")
    alpha = np.full((rgba.height, rgba.width), 255, dtype=np.uint8)
    m = (right - left) // 2
    alpha[max(0, top - m):bottom + m, max(0, left - m):right + m] = 0
    rgba.putalpha(Image.fromarray(alpha))
    tricky = _png(rgba)
    result = screener.screen(tricky, roster)
    assert result.verdict is ImageVerdict.BLOCKED, result
    # what leaves ClearPost is the rendering that was screened (flattened onto white), not the
    # colour planes behind the transparency
    written = strip_metadata(tricky, tmp_path / "export")
    shown = np.asarray(Image.open(written).convert("L"))
    assert shown[top:bottom, left:right].mean() > 240


def test_sixteen_bit_face_in_the_low_values_is_screened(screener, faces, roster, tmp_path):
    """16-bit grey PNG with the face in values 0-255 and one pixel at 65535: scaled for display
    the face is black, clipped (as many converters do) it shows. Screening must flag it, and the
    export shows what was screened."""
    grey = np.asarray(Image.open(faces / PROBE).convert("L"), dtype=np.uint16)
    grey[0, 0] = 65535
    wide = _png(Image.fromarray(grey.astype(np.uint16)))
    assert Image.open(io.BytesIO(wide)).mode.startswith("I")
    result = screener.screen(wide, roster)
    assert result.verdict is not ImageVerdict.CLEAR, result
    assert any(f.student_id == "S-OPTED-OUT" for f in result.faces)
    written = strip_metadata(wide, tmp_path / "export")
    shown = np.asarray(Image.open(written).convert("L"))
    assert shown[8:, 8:].max() <= 8  # the face stays dark (only the one bright pixel shows), as screened


def test_plain_photos_have_one_rendering(faces):
    image = load_image(faces / PROBE)
    assert image.frames[0].alternates == []


def _exif_with_thumbnail(thumb: bytes) -> bytes:
    """An EXIF block (little-endian TIFF) whose IFD1 points at an embedded JPEG thumbnail."""
    import struct

    ifd1_offset = 8 + 2 + 12 + 4
    thumb_offset = ifd1_offset + 2 + 2 * 12 + 4
    ifd0 = struct.pack("<H", 1) + struct.pack("<HHII", 0x0112, 3, 1, 1) + struct.pack("<I", ifd1_offset)
    ifd1 = (struct.pack("<H", 2) + struct.pack("<HHII", 0x0201, 4, 1, thumb_offset)
            + struct.pack("<HHII", 0x0202, 4, 1, len(thumb)) + struct.pack("<I", 0))
    return b"Exif\x00\x00" + b"II*\x00" + struct.pack("<I", 8) + ifd0 + ifd1 + thumb


def test_exif_thumbnail_showing_the_student_blocks_and_is_not_exported(screener, faces, roster, tmp_path):
    """The main picture is someone else; the EXIF preview (what a file browser shows) is the
    opted-out student (issue 9, hole 4). Screened: blocked. Exported copies carry no preview."""
    thumb = Image.open(faces / PROBE).convert("RGB")
    thumb.thumbnail((300, 300))
    tbuf = io.BytesIO()
    thumb.save(tbuf, "JPEG", quality=85)
    main = Image.open(faces / "people/clapton/clapton-2.jpg").convert("RGB")
    out = io.BytesIO()
    main.save(out, "JPEG", quality=90, exif=_exif_with_thumbnail(tbuf.getvalue()))
    data = out.getvalue()
    assert screener.screen((faces / "people/clapton/clapton-2.jpg").read_bytes(), roster).verdict is ImageVerdict.CLEAR
    result = screener.screen(data, roster)
    assert result.verdict is ImageVerdict.BLOCKED, result
    written = strip_metadata(data, tmp_path / "export")
    with Image.open(written) as im:
        assert "exif" not in im.info and b"\xff\xd8\xff" not in written.read_bytes()[3:]


def test_tiny_animated_bomb_is_refused_fast(screener, tmp_path):
    """A 2 KB animated WebP that unpacks to 40 frames of 3200x3200 (issue 9, hole 9): refused
    within seconds, never clear."""
    import time

    frames = [Image.new("RGB", (3200, 3200), ((i * 37) % 256, (i * 91) % 256, (i * 13) % 256)) for i in range(40)]
    path = tmp_path / "bomb.webp"
    frames[0].save(path, "WEBP", save_all=True, append_images=frames[1:], lossless=True, duration=100)
    assert path.stat().st_size < 10_000  # it would decode to 1.2 GB
    started = time.monotonic()
    result = screener.screen(path.read_bytes(), TemplateSet.empty())
    assert result.verdict is ImageVerdict.BLOCKED and "too many pixels" in result.error
    assert time.monotonic() - started < 5


def test_repeated_frames_are_screened_once_and_their_faces_reported_for_each(screener, faces, roster):
    face = Image.open(faces / PROBE).convert("RGB")
    face.thumbnail((600, 600))
    blank = Image.new("RGB", face.size, (200, 200, 200))
    out = io.BytesIO()
    face.save(out, "GIF", save_all=True, append_images=[blank, face], duration=100, loop=0)
    image = load_image(out.getvalue())
    assert [f.index for f in image.frames] == [0, 1] and image.frames[0].copies == [2]
    result = screener.screen(out.getvalue(), roster)
    assert result.verdict is ImageVerdict.BLOCKED
    assert sorted({f.frame for f in result.faces if f.verdict.value == "restricted"}) == [0, 2]


@pytest.mark.parametrize("reference, probe, turn, size", [
    ("people/lennon/lennon-1.jpg", "people/lennon/lennon-2.jpg", 180, 500),
    ("people/lennon/lennon-1.jpg", "people/lennon/lennon-2.jpg", 270, 500),
    ("people/rose_leslie/img1.jpg", "people/rose_leslie/img2.jpg", 180, 300),
])
def test_turned_student_beside_an_upright_stranger_is_found(screener, faces, reference, probe, turn, size):
    """Issue 9, hole 5: the quarter-turn search ran only when no face was found at all, so these
    turned faces, which CenterFace does not see as faces, were clear beside an upright stranger."""
    image = load_image(faces / reference)
    found = [f for f in screener.find_faces(image.frames[0].pixels, 0, image.orientation) if f.encoding is not None]
    roster = TemplateSet.from_pairs([("S-OPTED-OUT", max(found, key=lambda f: f.size_px).encoding)])
    stranger = Image.open(faces / "people/clapton/clapton-2.jpg").convert("RGB").resize((400, 400))
    student = Image.open(faces / probe).convert("RGB")
    student.thumbnail((size, size))
    student = student.rotate(turn, expand=True)
    canvas = Image.new("RGB", (440 + student.width, max(400, student.height)), (230, 230, 230))
    canvas.paste(stranger, (0, 0))
    canvas.paste(student, (440, 0))
    out = io.BytesIO()
    canvas.save(out, "JPEG", quality=92)
    result = screener.screen(out.getvalue(), roster)
    assert result.verdict is ImageVerdict.BLOCKED, result


@pytest.mark.parametrize(("face_px", "canvas_size"), [(100, (6000, 4000)), (60, (6000, 4000)), (40, (6000, 4000)),
                                                      (80, (9500, 6330))])  # the last: 60 MP
def test_small_face_in_a_large_photo_is_searched(screener, faces, roster, face_px, canvas_size):
    """Issue 9, hole 3: a face about 100 px wide in a 6000x4000 photo was never found (clear);
    the frame is now also searched in tiles at its own resolution."""
    student = Image.open(faces / PROBE).convert("RGB")
    box = _face_box(screener, (faces / PROBE).read_bytes())
    width = box[1] - box[3]
    student = student.resize((round(student.width * face_px / width), round(student.height * face_px / width)),
                             Image.Resampling.LANCZOS)
    rng = np.random.default_rng(5)
    width_px, height_px = canvas_size
    canvas = Image.fromarray(rng.integers(90, 170, (height_px, width_px, 3), dtype=np.uint8)).filter(
        __import__("PIL.ImageFilter", fromlist=["x"]).GaussianBlur(6))
    canvas.paste(student, (width_px * 2 // 3, height_px * 2 // 3))
    out = io.BytesIO()
    canvas.save(out, "JPEG", quality=90)
    result = screener.screen(out.getvalue(), roster)
    assert result.verdict is not ImageVerdict.CLEAR, result
    assert result.faces and max(f.size_px for f in result.faces) >= 0.6 * face_px
