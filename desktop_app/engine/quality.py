"""Measure how well a detected face can be matched: its size and its sharpness.

Too small (fewer than ``min_face_px`` pixels across in the frame) or too blurred (low
variance of the Laplacian) faces are not matched; the screening layer sends them to review.
(The head's turn, the third gate, comes from the landmarks: engine.recognizer.yaw_ratio.)
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from .detector import Detection


@dataclass(frozen=True)
class FaceQuality:
    size_px: float
    sharpness: float


def face_quality(pixels: np.ndarray, det: Detection) -> FaceQuality:
    h, w = pixels.shape[:2]
    l, t = max(0, int(det.left)), max(0, int(det.top))
    r, b = min(w, int(round(det.right))), min(h, int(round(det.bottom)))
    side = min(det.width, det.height)
    if r - l < 4 or b - t < 4:
        return FaceQuality(side, 0.0)
    crop = cv2.cvtColor(pixels[t:b, l:r], cv2.COLOR_RGB2GRAY)
    crop = cv2.resize(crop, (64, 64), interpolation=cv2.INTER_AREA)
    sharpness = float(cv2.Laplacian(crop, cv2.CV_64F).var())
    return FaceQuality(side, sharpness)
