"""Faces of many photos through ClearPost's own pipeline, cached, for the measuring scripts.

Every photo goes through ``load_image`` and ``PhotoScreener.find_faces`` with the quality gates
open (so every upright face with landmarks is encoded), and each face records what the
screening rules need: its SFace feature, its quality (size, sharpness, yaw, roll) and the
feature of the mirrored face (to measure flip-averaging). Faces the model cannot align
(sideways, no landmarks) keep no feature.

The cache (one ``.npz`` per photo set, in a directory you name, outside the repository) is keyed
by each file's sha256 and the face model; delete it after changing the detector or encoder.
Photos are processed in two worker processes.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from desktop_app.engine.recognizer import MODEL_ID  # noqa: E402

CACHE_VERSION = 3


@dataclass
class FaceRecord:
    path: str  # relative to the set's root
    box: tuple[float, float, float, float]  # left, top, right, bottom (displayed frame)
    size_px: float
    sharpness: float
    yaw: float | None
    upright: bool
    encoding: np.ndarray | None  # the product's averaged feature (None: could not be aligned)
    flipped: np.ndarray | None  # the same face mirrored
    reason: str = ""

    @property
    def area(self) -> float:
        return (self.box[2] - self.box[0]) * (self.box[3] - self.box[1])


_screener = None


def _init() -> None:
    global _screener
    import cv2

    cv2.setNumThreads(1)
    from desktop_app.screening.photo import PhotoScreener
    from desktop_app.settings import ScreeningSettings

    _screener = PhotoScreener(ScreeningSettings(min_face_px=1, min_sharpness=0.0, max_yaw=2.0))


def _faces(args: tuple[str, str]) -> list[FaceRecord]:
    from desktop_app.engine.recognizer import mirror_detection
    from desktop_app.imaging.loader import load_image

    root, rel = args
    image = load_image(Path(root, rel).read_bytes())
    frame = image.frames[0]
    s = _screener
    out = []
    for f in s.find_faces(frame.pixels, 0, image.orientation):
        flipped = None
        if f.encoding is not None and f.found_in == 0 and f.upright is not None:
            pixels = frame.pixels
            dets = [f.upright, *s.detector.landmark_variants(pixels, f.upright)]
            mirrored = np.ascontiguousarray(pixels[:, ::-1])
            width = pixels.shape[1]
            flipped = s.encoder.encode_averaged(mirrored, [mirror_detection(d, width) for d in dets])
        d = f.detection
        out.append(FaceRecord(rel, (d.left, d.top, d.right, d.bottom), f.size_px, f.sharpness, f.yaw,
                              f.is_upright, f.encoding, flipped, f.reason))
    return out


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def faces_of(root: Path, rels: list[str], cache_dir: Path | None) -> dict[str, list[FaceRecord]]:
    """Every face of each photo (root/rel), from the cache where it is up to date."""
    cache: dict = {}
    cache_file = None
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        key = hashlib.sha256(f"{root.resolve()}|{MODEL_ID}|{CACHE_VERSION}".encode()).hexdigest()[:16]
        cache_file = cache_dir / f"faces-{key}.pkl"
        if cache_file.is_file():
            cache = pickle.loads(cache_file.read_bytes())
    shas = {rel: _sha(root / rel) for rel in rels}
    todo = [rel for rel in rels if shas[rel] not in cache]
    if todo:
        workers = min(2, os.cpu_count() or 1)
        with ProcessPoolExecutor(workers, initializer=_init) as pool:
            for rel, faces in zip(todo, pool.map(_faces, [(str(root), r) for r in todo], chunksize=4)):
                cache[shas[rel]] = faces
        if cache_file is not None:
            cache_file.write_bytes(pickle.dumps(cache))
    result = {}
    for rel in rels:
        result[rel] = [FaceRecord(**{**vars(f), "path": rel}) for f in cache[shas[rel]]]
    return result


def largest(faces: list[FaceRecord]) -> FaceRecord | None:
    return max(faces, key=lambda f: f.area) if faces else None
