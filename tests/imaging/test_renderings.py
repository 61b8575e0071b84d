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
