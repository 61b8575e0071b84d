"""Decode a photo into RGB frames ready for face detection, failing closed on anything odd.

- EXIF orientation is applied, so pixels are as a person sees the photo.
- JPEG, PNG, WebP, GIF and animated WebP/PNG (every frame), TIFF (every page), HEIC/HEIF.
- A truncated or corrupt file raises UnreadableImageError, whatever the process-wide
  ``ImageFile.LOAD_TRUNCATED_IMAGES`` flag says (face_recognition turns it on at import).
- Memory is bounded: frames are scaled so their long side is at most ``max_side``; JPEGs are
  decoded at reduced size with ``draft``; decompression bombs are refused.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

try:  # HEIC/HEIF from phones
    import pillow_heif

    pillow_heif.register_heif_opener()
except ImportError:  # pragma: no cover - optional at run time, a dependency in pyproject
    pillow_heif = None

DEFAULT_MAX_SIDE = 3200
MAX_FRAMES = 200
# Refuse images beyond ~100 megapixels: a photo staff post is never that big, a bomb is.
MAX_PIXELS = 100_000_000


class UnreadableImageError(Exception):
    """The file is not an image we can decode completely."""


@dataclass
class Frame:
    """One picture of a file, oriented for display and possibly scaled down."""

    index: int
    pixels: np.ndarray  # H x W x 3, uint8, RGB
    scale: float  # frame pixels per original (oriented) pixel; 1.0 when not reduced


@dataclass
class LoadedImage:
    format: str
    size: tuple[int, int]  # oriented (width, height) at full resolution
    orientation: int  # EXIF orientation tag as stored (1 when absent)
    frames: list[Frame]


def _open(source: str | Path | bytes) -> Image.Image:
    fp = io.BytesIO(source) if isinstance(source, (bytes, bytearray)) else source
    return Image.open(fp)


def load_image(source: str | Path | bytes, max_side: int = DEFAULT_MAX_SIDE) -> LoadedImage:
    """Decode every frame of a photo; raise UnreadableImageError with a reason on failure."""
    previous = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        return _load(source, max_side)
    except UnreadableImageError:
        raise
    except FileNotFoundError as exc:
        raise UnreadableImageError(f"file not found: {exc.filename}") from exc
    except IsADirectoryError as exc:
        raise UnreadableImageError("is a directory, not an image") from exc
    except UnidentifiedImageError as exc:
        raise UnreadableImageError("not an image file, or an image format ClearPost cannot read") from exc
    except Image.DecompressionBombError as exc:
        raise UnreadableImageError(f"image too large to screen safely ({exc})") from exc
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError) as exc:
        raise UnreadableImageError(f"damaged or truncated image ({exc})") from exc
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = previous


def _load(source: str | Path | bytes, max_side: int) -> LoadedImage:
    with _open(source) as im:
        fmt = im.format or "unknown"
        if im.width * im.height > MAX_PIXELS:
            raise UnreadableImageError(
                f"image too large to screen safely ({im.width}x{im.height} pixels)"
            )
        n_frames = getattr(im, "n_frames", 1) or 1
        if n_frames > MAX_FRAMES:
            raise UnreadableImageError(f"too many frames to screen ({n_frames})")
        orientation = int(im.getexif().get(0x0112, 1) or 1)
        full_size = im.size if orientation < 5 else (im.height, im.width)
        frames = []
        for index in range(n_frames):
            if index:
                im.seek(index)
            frames.append(_frame(im, index, max_side, fmt))
        return LoadedImage(format=fmt, size=full_size, orientation=orientation, frames=frames)


def _frame(im: Image.Image, index: int, max_side: int, fmt: str) -> Frame:
    original_long = max(im.size)
    if fmt == "JPEG" and original_long > max_side:
        im.draft("RGB", (max_side, max_side))  # decode at 1/2, 1/4 or 1/8 scale
    im.load()
    frame = ImageOps.exif_transpose(im) if index == 0 else im
    if frame.mode != "RGB":
        frame = _to_rgb(frame)
    if max(frame.size) > max_side:
        ratio = max_side / max(frame.size)
        frame = frame.resize(
            (max(1, round(frame.width * ratio)), max(1, round(frame.height * ratio))),
            Image.Resampling.LANCZOS,
        )
    scale = max(frame.size) / original_long
    return Frame(index=index, pixels=np.asarray(frame, dtype=np.uint8).copy(), scale=scale)


def _to_rgb(im: Image.Image) -> Image.Image:
    """Flatten transparency onto white (a transparent face is still a face)."""
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    if im.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(im, dtype=np.float64)
        arr = (arr - arr.min()) / max(1.0, float(arr.max() - arr.min())) * 255
        return Image.fromarray(arr.astype(np.uint8)).convert("RGB")
    return im.convert("RGB")
