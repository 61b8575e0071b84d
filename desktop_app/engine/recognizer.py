"""Turn a detected face into a 128-number SFace feature (OpenCV Zoo, Apache-2.0).

SFace (`face_recognition_sface_2021dec.onnx`, vendored in ``engine/data`` and checked against
its sha256 before loading) replaced dlib's ResNet, which could not tell children apart (see
docs/thresholds.md). The face is aligned from CenterFace's five landmarks with OpenCV's
``FaceRecognizerSF.alignCrop`` and the feature is L2-normalised, so the *distance* used across
ClearPost is ``1 - cosine similarity`` (0 identical, 1 unrelated, up to 2 opposite). A face's
feature is the mean of the features of four alignments (the detector's landmarks and landmarks
found again at three scales), which steadies it against landmark jitter.

Every template records the model that made it (``MODEL_ID``); a feature from another model is
never compared with one from this model.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from .detector import Detection
from .models import model_paths, verified_model

FEATURE_SIZE = 128
MODEL_NAME = "sface-2021dec"
SFACE_SHA256 = "0ba9fbfa01b5270c96627c4ef784da859931e02f04419c829e83484087c34e79"
# What a template's `model` column holds: the model's name and the start of its file's sha256.
MODEL_ID = f"{MODEL_NAME}:{SFACE_SHA256[:16]}"


class LandmarksMissingError(ValueError):
    """The detection carries no landmarks, so the face cannot be aligned for SFace."""


def yaw_ratio(det: Detection) -> float | None:
    """How far the head is turned left or right, from the landmarks (None without them).

    The nose tip's offset from the midpoint of the eyes, measured along the line between the
    eyes and divided by the eyes' distance apart: about 0 for a frontal face, roughly
    0.6 * tan(yaw) (about +-0.6 at 45 degrees), and larger as the face turns to profile. A profile face encodes
    poorly and looks "far" from its own template, so screening sends it to review.
    """
    lm = det.landmarks
    if lm is None:
        return None
    ex, ey = lm[2] - lm[0], lm[3] - lm[1]
    eye_dist = math.hypot(ex, ey)
    if eye_dist < 1e-6:
        return math.inf
    mx, my = (lm[0] + lm[2]) / 2, (lm[1] + lm[3]) / 2
    nx, ny = lm[4] - mx, lm[5] - my
    return (nx * ex + ny * ey) / (eye_dist * eye_dist)


def mirror_detection(det: Detection, width: int) -> Detection:
    """The detection of the same face in the frame mirrored left to right (``width`` pixels
    wide): the box is mirrored and the landmarks keep their order (picture's left eye first)."""
    from dataclasses import replace

    lm = det.landmarks
    if lm is not None:
        x = lambda i: width - lm[2 * i]  # noqa: E731
        y = lambda i: lm[2 * i + 1]  # noqa: E731
        lm = (x(1), y(1), x(0), y(0), x(2), y(2), x(4), y(4), x(3), y(3))
    roll = None if det.roll is None else -det.roll
    return replace(det, left=width - det.right, right=width - det.left, landmarks=lm, roll=roll)


def cosine_distance(features: np.ndarray, feature: np.ndarray) -> np.ndarray:
    """1 - cosine similarity between each row of ``features`` and ``feature`` (both normalised)."""
    return 1.0 - features @ feature


class FaceRecognizer:
    """Holds the SFace network; create one per worker process."""

    model_id = MODEL_ID

    def __init__(self) -> None:
        path = verified_model(model_paths().sface, SFACE_SHA256)
        self._net = cv2.FaceRecognizerSF.create(str(path), "")

    def encode_averaged(self, pixels: np.ndarray, dets: list[Detection]) -> np.ndarray:
        """The normalised mean of the features of several alignments of one face (the same
        face with landmarks found at several scales: see FaceDetector.landmark_variants)."""
        features = [self.encode(pixels, d) for d in dets]
        mean = np.mean(np.asarray(features, dtype=np.float64), axis=0)
        norm = float(np.linalg.norm(mean))
        if not math.isfinite(norm) or norm < 1e-9:
            raise ValueError("the face model returned an empty feature")
        return (mean / norm).astype(np.float32)

    def encode(self, pixels: np.ndarray, det: Detection) -> np.ndarray:
        """The normalised feature of the face; ``pixels`` are RGB, H x W x 3, uint8."""
        if det.landmarks is None:
            raise LandmarksMissingError("face has no landmarks to align it")
        # Only the region around the face is converted to BGR (the whole frame per face was a
        # tenth of the screening time); the alignment reads nothing outside it.
        h, w = pixels.shape[:2]
        xs, ys = det.landmarks[0::2], det.landmarks[1::2]
        reach = 1.5 * max(det.width, det.height, max(xs) - min(xs), max(ys) - min(ys))
        cx, cy = (det.left + det.right) / 2, (det.top + det.bottom) / 2
        l, t = max(0, int(cx - reach)), max(0, int(cy - reach))
        r, b = min(w, int(cx + reach) + 1), min(h, int(cy + reach) + 1)
        bgr = np.ascontiguousarray(pixels[t:b, l:r, ::-1])
        points = [v - (l if i % 2 == 0 else t) for i, v in enumerate(det.landmarks)]
        box = np.array([[det.left - l, det.top - t, det.width, det.height, *points, det.score]], dtype=np.float32)
        aligned = self._net.alignCrop(bgr, box)
        feature = np.asarray(self._net.feature(aligned), dtype=np.float64).reshape(FEATURE_SIZE)
        norm = float(np.linalg.norm(feature))
        if not math.isfinite(norm) or norm < 1e-9:
            raise ValueError("the face model returned an empty feature")
        return (feature / norm).astype(np.float32)
