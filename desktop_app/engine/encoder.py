"""Turn a detected face into a 128-number encoding with dlib's ResNet model.

Also judges whether a face can be encoded reliably: too small (fewer than ``min_face_px``
pixels across in the frame) or too blurred (low variance of the Laplacian) faces are not
encoded; the screening layer treats them as needing review.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from .detector import Detection
from .models import model_paths

ENCODING_SIZE = 128


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


class FaceEncoder:
    """Holds dlib's landmark and recognition models; create one per worker process."""

    def __init__(self, num_jitters: int = 1) -> None:
        import dlib

        paths = model_paths()
        self._dlib = dlib
        self._landmarks = dlib.shape_predictor(str(paths.shape_predictor_5))
        self._model = dlib.face_recognition_model_v1(str(paths.face_recognition))
        self.num_jitters = num_jitters

    def encode(self, pixels: np.ndarray, det: Detection) -> np.ndarray:
        rect = self._dlib.rectangle(int(round(det.left)), int(round(det.top)), int(round(det.right)), int(round(det.bottom)))
        shape = self._landmarks(pixels, rect)
        descriptor = self._model.compute_face_descriptor(pixels, shape, self.num_jitters)
        return np.asarray(descriptor, dtype=np.float64)
