"""Write a redacted copy of a photo: faces pixelated beyond recognition, all metadata removed.

The copy is built from decoded pixels only, so no EXIF (camera, GPS position), IPTC or XMP
(captions) and no ICC profile survive. Boxes are in displayed full-size pixels, as screening
reports them; each is enlarged by a margin before pixelating so hair line and chin go too.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Iterable, Sequence

from PIL import Image, ImageFile, ImageFilter, ImageOps

from .loader import display_image

Box = tuple[int, int, int, int]  # top, right, bottom, left

MARGIN = 0.3
BLOCKS = 6  # the face becomes at most BLOCKS x BLOCKS coloured squares


def _pixelate(image: Image.Image, box: Box) -> None:
    top, right, bottom, left = box
    w, h = right - left, bottom - top
    mx, my = int(w * MARGIN), int(h * MARGIN)
    region = (max(0, left - mx), max(0, top - my), min(image.width, right + mx), min(image.height, bottom + my))
    if region[2] <= region[0] or region[3] <= region[1]:
        return
    patch = image.crop(region)
    small = patch.resize((BLOCKS, BLOCKS), Image.Resampling.BOX)
    patch = small.resize(patch.size, Image.Resampling.NEAREST).filter(ImageFilter.GaussianBlur(max(2, patch.width // 12)))
    image.paste(patch, region[:2])


def redact_frames(source: str | Path | bytes, boxes_by_frame: dict[int, Sequence[Box]]) -> list[Image.Image]:
    """Decode every frame at full size, oriented, with the given boxes pixelated."""
    previous = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        fp = io.BytesIO(source) if isinstance(source, (bytes, bytearray)) else source
        frames = []
        with Image.open(fp) as im:
            for index in range(getattr(im, "n_frames", 1) or 1):
                im.seek(index)
                frame = ImageOps.exif_transpose(im) if index == 0 else im.copy()
                frame = display_image(frame)  # exactly the rendering that was screened
                for box in boxes_by_frame.get(index, ()):
                    _pixelate(frame, box)
                # a fresh image from the pixels alone: no metadata of any kind carries over
                frames.append(Image.frombytes("RGB", frame.size, frame.tobytes()))
        return frames
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = previous


def write_redacted(source: str | Path | bytes, boxes_by_frame: dict[int, Sequence[Box]], out_path: Path) -> Path:
    """Save the redacted copy; JPEG for stills, animated GIF for several frames."""
    frames = redact_frames(source, boxes_by_frame)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    if len(frames) > 1:
        out_path = out_path.with_suffix(".gif")
        frames[0].save(out_path, "GIF", save_all=True, append_images=frames[1:], loop=0)
    else:
        out_path = out_path.with_suffix(".jpg")
        frames[0].save(out_path, "JPEG", quality=90)
    return out_path


def strip_metadata(source: str | Path | bytes, out_path: Path) -> Path:
    """A clean copy with no faces changed, for cleared photos (export)."""
    return write_redacted(source, {}, out_path)


def boxes_to_hide(faces: Iterable) -> dict[int, list[Box]]:
    """Boxes of every restricted or review face, by frame."""
    out: dict[int, list[Box]] = {}
    for face in faces:
        if face.verdict.value in ("restricted", "review"):
            out.setdefault(face.frame, []).append(tuple(face.box))
    return out
