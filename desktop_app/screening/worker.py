"""Code that runs inside a screening worker process: models loaded once, tasks run many times.

The detectors and the face model hold Python's GIL, so screening runs in separate processes
(see pool.py); this module is what each process imports. It also enrols reference photos and
re-encodes stored reference faces after a model change.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..settings import ScreeningSettings
from .results import ImageResult
from .templates import TemplateSet

_screener = None
_templates: TemplateSet = TemplateSet.empty()


def init_worker(settings: ScreeningSettings, templates: TemplateSet | None, single_thread: bool = True) -> None:
    """Process initializer: load the face models once for the life of the worker."""
    global _screener, _templates
    if single_thread:  # a worker process of a pool
        import cv2

        cv2.setNumThreads(1)  # one worker per core; OpenCV's own threads would oversubscribe
        watch_parent()
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
        return ImageResult.failed(label, f"screening failed: {type(exc).__name__}: {exc}", tool_failure=True)


def failed_task(fn, args: tuple, reason: str):
    """What a task returns when ClearPost could not run it (worker crashed or timed out)."""
    if fn is screen_task:
        return ImageResult.failed(args[1], reason, tool_failure=True)
    label = args[0]
    return Enrolment(label, None, None, None, f"reference photo {label} could not be screened: {reason}")


def watch_parent(interval: float = 2.0) -> None:
    """Exit this worker when the process that started it is gone (killed app or CLI)."""
    import os
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="clearpost-parent-watch", daemon=True).start()


@dataclass
class Enrolment:
    """The outcome of encoding one reference photo."""

    path: str
    sha256: str | None
    encoding: bytes | None
    thumbnail: bytes | None
    problem: str | None
    model: str | None = None  # the face model that made ``encoding``
    face_image: bytes | None = None  # the face region (PNG) kept to re-encode with a new model
    # what the reference check (engine.reference_quality) found wrong: a weak reference
    quality_problems: tuple[str, ...] = ()


def enrol_task(path: str) -> Enrolment:
    """Encode a reference photo that must show exactly one clearly visible face."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return Enrolment(path, None, None, None, f"cannot read reference photo {path}: {exc.strerror or exc}")
    return _enrol(path, data, whole_photo=True)


def reencode_task(label: str, face_image: bytes) -> Enrolment:
    """Encode a stored reference face again (after the face model changed)."""
    return _enrol(label, face_image, whole_photo=False)


def _enrol(path: str, data: bytes, whole_photo: bool) -> Enrolment:
    from ..imaging.loader import UnreadableImageError, load_image

    digest = hashlib.sha256(data).hexdigest()
    try:
        image = load_image(data, screener().settings.max_side)
        frame = image.frames[0]
        faces = screener().find_faces(frame.pixels, 0, image.orientation)
    except UnreadableImageError as exc:
        return Enrolment(path, digest, None, None, f"reference photo {path} is unreadable: {exc}")
    except Exception as exc:
        return Enrolment(path, digest, None, None, f"reference photo {path} could not be screened: {exc}")
    if not whole_photo and len(faces) > 1:
        # a stored face region may show the edge of a neighbour: take the face in the middle
        h, w = frame.pixels.shape[:2]
        faces = [min(faces, key=lambda f: ((f.detection.left + f.detection.right) / 2 - w / 2) ** 2
                     + ((f.detection.top + f.detection.bottom) / 2 - h / 2) ** 2)]
    if len(faces) != 1:
        what = "no face" if not faces else f"{len(faces)} faces"
        return Enrolment(path, digest, None, None, f"reference photo {path} shows {what}; it must show exactly one")
    face = faces[0]
    if face.encoding is None:
        return Enrolment(path, digest, None, None, f"reference photo {path}: {face.reason}")
    return Enrolment(path, digest, np.asarray(face.encoding, dtype="<f4").tobytes(),
                     _thumbnail(frame.pixels, face.detection), None, screener().model_id,
                     _face_region(frame.pixels, face.detection) if whole_photo else data,
                     tuple(_reference_problems(frame.pixels, face)) if whole_photo else ())


def _reference_problems(pixels, face) -> list[str]:
    """What makes this reference face weak (engine.reference_quality), from the photo itself."""
    from ..engine.reference_quality import halftone_score, perturbed, problems

    det = face.upright if face.found_in == 0 and face.upright is not None else face.detection
    instability = None
    if face.found_in == 0:
        try:
            copy = perturbed(pixels)
            again = screener().encode_at(copy, det)
            if again is not None:
                instability = 1.0 - float(np.dot(again, face.encoding))
        except Exception:  # an unstable reference is reported, never a crash
            instability = None
    else:
        instability = 0.0  # found in a turned frame: the copy would need the same turn; not judged
    return problems(face.size_px, face.sharpness, face.yaw, halftone_score(pixels, face.detection)
                    if face.found_in == 0 else 0.0, instability)


def _face_region(pixels, det, max_side: int = 480) -> bytes:
    """The face with a wide margin, as PNG: enough to find and encode it again, nothing more."""
    from PIL import Image

    h, w = pixels.shape[:2]
    margin = 0.6 * max(det.width, det.height)
    box = (max(0, int(det.left - margin)), max(0, int(det.top - margin)),
           min(w, int(det.right + margin)), min(h, int(det.bottom + margin)))
    image = Image.fromarray(pixels).crop(box)
    if max(image.size) > max_side:
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


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
