"""Decode a photo into RGB frames ready for face detection, failing closed on anything odd.

- EXIF orientation is applied, so pixels are as a person sees the photo.
- JPEG, PNG, WebP, GIF and animated WebP/PNG (every frame), TIFF (every page), HEIC/HEIF.
- A truncated or corrupt file raises UnreadableImageError, whatever the process-wide
  ``ImageFile.LOAD_TRUNCATED_IMAGES`` flag says (face_recognition turns it on at import).
- Memory is bounded: frames are scaled so their long side is at most ``max_side``; JPEGs are
  decoded at reduced size with ``draft``; decompression bombs are refused.
- One rendering: ``display_image`` turns a decoded frame into the RGB picture ClearPost screens,
  shows and exports (transparency flattened onto white, 16-bit samples scaled by 1/257, as
  viewers do). Viewers differ, though, so for a frame with transparency or more than 8 bits per
  sample the other renderings a viewer could show are screened too (``Frame.alternates``: the
  colour planes without alpha, flattened onto black; 16-bit samples clipped at 255 and
  stretched min-max).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
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
# ... and files whose frames together hold more (animated images: the limit is for the file).
MAX_TOTAL_PIXELS = 100_000_000
# An embedded preview differing from the main picture by less than this (mean grey levels,
# 0-255) is a copy of it; more, and it is screened as a picture of its own.
PREVIEW_SAME_LEVELS = 12.0


class UnreadableImageError(Exception):
    """The file is not an image we can decode completely."""


@dataclass
class Frame:
    """One picture of a file, oriented for display and possibly scaled down."""

    index: int
    pixels: np.ndarray  # H x W x 3, uint8, RGB: the rendering ClearPost shows and exports
    scale: float  # frame pixels per original (oriented) pixel; 1.0 when not reduced
    # Other renderings of the same frame a viewer could show (same size), screened as well.
    alternates: list[np.ndarray] = field(default_factory=list)
    # Later frames with exactly these pixels: not decoded twice; their faces are this frame's.
    copies: list[int] = field(default_factory=list)


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
        # The budget is for the whole file: a tiny animated file can unpack to gigabytes.
        if n_frames * im.width * im.height > MAX_TOTAL_PIXELS:
            raise UnreadableImageError(
                f"too many pixels to screen safely ({n_frames} frames of {im.width}x{im.height})")
        orientation = int(im.getexif().get(0x0112, 1) or 1)
        full_size = im.size if orientation < 5 else (im.height, im.width)
        preview = _exif_preview(im)
        frames = []
        seen: dict[bytes, Frame] = {}
        for index in range(n_frames):
            if index:
                im.seek(index)
            frame = _frame(im, index, max_side, fmt)
            if n_frames == 1:  # a still: nothing to compare with
                frames.append(frame)
                continue
            digest = hashlib.sha256(frame.pixels.tobytes()).digest()
            if digest in seen:  # the same picture again (animations repeat frames): screened once
                seen[digest].copies.append(index)
                continue
            seen[digest] = frame
            frames.append(frame)
        if preview is not None and not _same_picture(preview, frames[0].pixels):
            frames.append(_frame(preview, n_frames, max_side, preview.format or "JPEG"))
        return LoadedImage(format=fmt, size=full_size, orientation=orientation, frames=frames)


def _trim_dark_borders(grey: np.ndarray) -> np.ndarray:
    """Cut the black bars cameras put around a thumbnail of another aspect ratio."""
    rows = np.where(grey.max(axis=1) > 24)[0]
    cols = np.where(grey.max(axis=0) > 24)[0]
    if len(rows) < 8 or len(cols) < 8:
        return grey
    return grey[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]


def _same_picture(preview: Image.Image, main: np.ndarray) -> bool:
    """Whether an embedded preview is a small copy of the main picture (in any quarter turn,
    since previews are often stored unrotated): then screening the main picture, at full
    resolution, covers it. Anything else in a preview is screened on its own."""
    small = _trim_dark_borders(np.asarray(preview.convert("L"), dtype=np.float32))
    if small.shape[0] < 8 or small.shape[1] < 8:
        return False
    grey = np.asarray(Image.fromarray(main).convert("L"), dtype=np.float32)
    for k in range(4):
        turned = np.rot90(grey, k)
        if abs(turned.shape[1] / turned.shape[0] - small.shape[1] / small.shape[0]) > 0.05:
            continue
        shrunk = np.asarray(Image.fromarray(turned).resize((small.shape[1], small.shape[0]),
                                                           Image.Resampling.BOX), dtype=np.float32)
        if float(np.mean(np.abs(shrunk - small))) < PREVIEW_SAME_LEVELS:
            return True
    return False


def _exif_preview(im: Image.Image) -> Image.Image | None:
    """The thumbnail embedded in the EXIF block (IFD1), which file browsers and some viewers
    show instead of the photo: screened as one more frame (exports never carry it: they are
    written from decoded pixels). An embedded preview that cannot be decoded fails closed."""
    raw = im.info.get("exif")
    if not isinstance(raw, (bytes, bytearray)):
        return None
    start = raw.find(b"\xff\xd8\xff", 6)
    if start < 0:
        return None
    end = raw.rfind(b"\xff\xd9")
    data = bytes(raw[start:end + 2] if end > start else raw[start:])
    try:
        preview = Image.open(io.BytesIO(data))
        if preview.width * preview.height > MAX_PIXELS:
            raise UnreadableImageError("the embedded preview is too large to screen safely")
        preview.load()
    except UnreadableImageError:
        raise
    except Exception as exc:  # noqa: BLE001 - any decoder error: the preview cannot be screened
        raise UnreadableImageError(f"the embedded preview image cannot be read ({exc})") from exc
    return preview


def _frame(im: Image.Image, index: int, max_side: int, fmt: str) -> Frame:
    original_long = max(im.size)
    if fmt == "JPEG" and original_long > max_side:
        im.draft("RGB", (max_side, max_side))  # decode at 1/2, 1/4 or 1/8 scale
    im.load()
    frame = ImageOps.exif_transpose(im) if index == 0 else im
    views = [display_image(frame), *alternate_views(frame)]
    if max(views[0].size) > max_side:
        ratio = max_side / max(views[0].size)
        size = (max(1, round(views[0].width * ratio)), max(1, round(views[0].height * ratio)))
        views = [v.resize(size, Image.Resampling.LANCZOS) for v in views]
    scale = max(views[0].size) / original_long
    arrays = [np.asarray(v, dtype=np.uint8).copy() for v in views]
    return Frame(index=index, pixels=arrays[0], scale=scale, alternates=arrays[1:])


_ALPHA_MODES = ("RGBA", "LA", "PA", "RGBa", "La")
_WIDE_MODES = ("I;16", "I;16B", "I;16L", "I;16N", "I", "F")


def _has_alpha(im: Image.Image) -> bool:
    return im.mode in _ALPHA_MODES or (im.mode == "P" and "transparency" in im.info)


def _wide_samples(im: Image.Image) -> np.ndarray:
    return np.asarray(im, dtype=np.float64)


def display_image(im: Image.Image) -> Image.Image:
    """The one RGB rendering of a decoded frame that ClearPost screens, shows and exports."""
    if _has_alpha(im):
        rgba = im.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    if im.mode in _WIDE_MODES:
        arr = _wide_samples(im)
        top = 65535.0 if im.mode != "F" else max(1.0, float(np.nanmax(arr)) if arr.size else 1.0)
        scaled = np.clip(np.nan_to_num(arr) * (255.0 / top), 0, 255)
        return Image.fromarray(scaled.astype(np.uint8)).convert("RGB")
    return im.convert("RGB")


def alternate_views(im: Image.Image) -> list[Image.Image]:
    """Renderings other viewers may show, for frames where viewers disagree (else none)."""
    views: list[Image.Image] = []
    if _has_alpha(im):
        rgba = im.convert("RGBA")
        views.append(rgba.convert("RGB"))  # the colour planes as stored, alpha ignored
        black = Image.new("RGBA", rgba.size, (0, 0, 0, 255))
        views.append(Image.alpha_composite(black, rgba).convert("RGB"))
    if im.mode in _WIDE_MODES:
        arr = np.nan_to_num(_wide_samples(im))
        views.append(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).convert("RGB"))
        low, high = float(arr.min()) if arr.size else 0.0, float(arr.max()) if arr.size else 0.0
        stretched = (arr - low) / max(1.0, high - low) * 255.0
        views.append(Image.fromarray(np.clip(stretched, 0, 255).astype(np.uint8)).convert("RGB"))
    return views
