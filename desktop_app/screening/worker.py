"""Code that runs inside a screening worker process: models loaded once, tasks run many times.

face_recognition's encoder holds Python's GIL, so screening runs in separate processes
(see pool.py); this module is what each process imports.
"""

from __future__ import annotations

import io
import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..settings import ScreeningSettings
from .results import ImageResult
from .templates import TemplateSet

_screener = None
_templates: TemplateSet = TemplateSet.empty()


def init_worker(settings: ScreeningSettings, templates: TemplateSet | None, single_thread: bool = True) -> None:
    """Process initializer: load the face models once for the life of the worker."""
    global _screener, _templates
    if single_thread:
        import cv2

        cv2.setNumThreads(1)  # one worker per core; OpenCV's own threads would oversubscribe
    from .photo import PhotoScreener

    if _screener is None or _screener.settings != settings:  # models load once per process
        _screener = PhotoScreener(settings)
    _templates = templates if templates is not None else TemplateSet.empty()


def screener():
    if _screener is None:
        raise RuntimeError("worker not initialised")
    return _screener


def screen_task(source: str | bytes, label: str, templates: TemplateSet | None = None) -> ImageResult:
    """Screen one photo against the given templates, else the worker's; never raises (fails closed)."""
    try:
        return screener().screen(source, _templates if templates is None else templates, path=label)
    except Exception as exc:  # the screener already fails closed; this is the last guard
        return ImageResult.failed(label, f"screening failed: {type(exc).__name__}: {exc}")


@dataclass
class Enrolment:
    """The outcome of encoding one reference photo."""

    path: str
    sha256: str | None
    encoding: bytes | None
    thumbnail: bytes | None
    problem: str | None


def enrol_task(path: str) -> Enrolment:
    """Encode a reference photo that must show exactly one clearly visible face."""
    from ..imaging.loader import UnreadableImageError, load_image

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return Enrolment(path, None, None, None, f"cannot read reference photo {path}: {exc.strerror or exc}")
    digest = hashlib.sha256(data).hexdigest()
    try:
        image = load_image(data, screener().settings.max_side)
        frame = image.frames[0]
        faces = screener().find_faces(frame.pixels, 0, image.orientation)
    except UnreadableImageError as exc:
        return Enrolment(path, digest, None, None, f"reference photo {path} is unreadable: {exc}")
    except Exception as exc:
        return Enrolment(path, digest, None, None, f"reference photo {path} could not be screened: {exc}")
    if len(faces) != 1:
        what = "no face" if not faces else f"{len(faces)} faces"
        return Enrolment(path, digest, None, None, f"reference photo {path} shows {what}; it must show exactly one")
    face = faces[0]
    if face.encoding is None:
        return Enrolment(path, digest, None, None, f"reference photo {path}: {face.reason}")
    return Enrolment(path, digest, face.encoding.astype("<f8").tobytes(), _thumbnail(frame.pixels, face.detection), None)


def _thumbnail(pixels, det, size: int = 160) -> bytes:
    from PIL import Image

    h, w = pixels.shape[:2]
    margin = 0.35 * det.width
    box = (max(0, int(det.left - margin)), max(0, int(det.top - margin)),
           min(w, int(det.right + margin)), min(h, int(det.bottom + margin)))
    image = Image.fromarray(pixels).crop(box)
    image.thumbnail((size, size))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()
