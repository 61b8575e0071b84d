"""Screen one photo: load, find faces (trying other orientations if needed), encode, match.

Fails closed: an unreadable image or any engine error makes the image ``blocked`` with the
reason; a face too small, blurred, turned away or without landmarks is ``review``; only an
encoded face that is provably far from every opted-out template is ``clear``. Each face carries
the students it is near (``candidates``), which a person's review decision can settle.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from ..engine.cohort import shipped_cohort
from ..engine.detector import Detection, FaceDetector, _overlaps, quarter_turn
from ..engine.quality import face_quality
from ..engine.recognizer import FaceRecognizer, yaw_ratio
from ..imaging.loader import UnreadableImageError, load_image
from ..settings import ScreeningSettings
from .results import FaceResult, ImageResult, Verdict
from .judge import judge, widening
from .templates import TemplateSet


@dataclass
class FoundFace:
    """A face located in a frame, in displayed-frame pixels, with its encoding if reliable."""

    detection: Detection  # in the displayed (EXIF-oriented) frame's pixels
    frame: int
    size_px: float
    sharpness: float
    encoding: np.ndarray | None
    reason: str = ""  # why no encoding
    upright: Detection | None = None  # the detection in the turned frame it was found in
    found_in: int = 0  # the quarter turn of the frame it was found in
    yaw: float | None = None  # engine.recognizer.yaw_ratio of the face (None: no landmarks)
    widen: float = 0.0  # how much the margins widen for how poorly the face is seen (judge.widening)

    @property
    def is_upright(self) -> bool:
        roll = self.upright.roll if self.upright is not None else None
        return roll is None or abs(roll) <= 45.0


@dataclass
class _TurnedFace:
    """A tilted face on a crop turned upright: what it is encoded from."""

    pixels: np.ndarray
    det: Detection


def _roll_of(landmarks) -> float:
    from ..engine.detector import _roll

    return _roll(landmarks)


# np.rot90 turns that take the displayed frame back to the stored pixels, by EXIF orientation
# (mirroring does not matter to a face detector).
_STORED_TURN = {3: 2, 4: 2, 5: 1, 6: 1, 7: 3, 8: 3}


def _unrotate(det: Detection, k: int, width: int, height: int) -> Detection:
    """Map a box found in np.rot90(frame, k) back to the frame (width x height)."""
    corners = [(det.left, det.top), (det.right, det.bottom)]
    mapped = []
    for x, y in corners:
        if k == 1:
            mapped.append((width - y, x))
        elif k == 2:
            mapped.append((width - x, height - y))
        elif k == 3:
            mapped.append((y, height - x))
        else:
            mapped.append((x, y))
    xs, ys = [p[0] for p in mapped], [p[1] for p in mapped]
    return Detection(min(xs), min(ys), max(xs), max(ys), det.score, det.source)


# Quarter turns searched after faces were already found run on a copy this size at most.
TURN_SEARCH_MAX_SIDE = 640


def _reduced(pixels: np.ndarray, max_side: int) -> tuple[np.ndarray, float]:
    import cv2

    h, w = pixels.shape[:2]
    ratio = min(1.0, max_side / max(h, w))
    if ratio >= 1.0:
        return pixels, 1.0
    size = (max(1, round(w * ratio)), max(1, round(h * ratio)))
    return cv2.resize(pixels, size, interpolation=cv2.INTER_AREA), ratio


_SEVERITY = {Verdict.RESTRICTED: 2, Verdict.REVIEW: 1, Verdict.CLEAR: 0}


def _same_place(a: FaceResult, b: FaceResult) -> bool:
    (at, ar, ab, al), (bt, br, bb, bl) = a.box, b.box
    ix, iy = max(0, min(ar, br) - max(al, bl)), max(0, min(ab, bb) - max(at, bt))
    inter = ix * iy
    union = (ar - al) * (ab - at) + (br - bl) * (bb - bt) - inter
    if union > 0 and inter / union > 0.3:
        return True
    cx, cy = (al + ar) / 2, (at + ab) / 2
    return bl <= cx <= br and bt <= cy <= bb


def worst_per_place(faces: list[FaceResult]) -> list[FaceResult]:
    """One face per place in the frame (renderings of one frame find the same face several
    times), keeping the most severe verdict found for it."""
    kept: list[FaceResult] = []
    for face in faces:
        for i, other in enumerate(kept):
            if _same_place(face, other) or _same_place(other, face):
                if _SEVERITY[face.verdict] > _SEVERITY[other.verdict]:
                    kept[i] = face
                break
        else:
            kept.append(face)
    return kept


class PhotoScreener:
    """Holds the face models; one per worker process (loading them takes about a second)."""

    def __init__(self, settings: ScreeningSettings | None = None) -> None:
        self.settings = settings or ScreeningSettings()
        self.detector = FaceDetector(self.settings.detector_threshold, self.settings.use_hog)
        self.encoder = FaceRecognizer()
        self.model_id = self.encoder.model_id
        self.cohort = shipped_cohort()  # checked by sha256 like the models
        self._cohorted: tuple[int, TemplateSet, TemplateSet] | None = None

    def with_cohort(self, templates: TemplateSet) -> TemplateSet:
        """The templates with the shipped cohort for score normalisation (kept for reuse while
        the same set is screened against)."""
        if templates.cohort is not None:
            return templates
        cached = self._cohorted
        if cached is not None and cached[0] == id(templates) and cached[1] is templates:
            return cached[2]
        made = templates.with_cohort(self.cohort)
        self._cohorted = (id(templates), templates, made)
        return made

    # -- faces -------------------------------------------------------------------------------
    def find_faces(self, pixels: np.ndarray, frame: int = 0, orientation: int = 1) -> list[FoundFace]:
        """Every face in the frame, each encoded in the quarter turn where it stands upright.

        Searched: the displayed orientation; the stored orientation when an EXIF tag turned the
        photo (cameras that rotate the pixels and keep the tag); the turn that makes a sideways
        or upside-down face upright (from CenterFace's eye landmarks); and every other quarter
        turn -- at full size when nothing was found yet, else with CenterFace alone on a copy of
        at most ``TURN_SEARCH_MAX_SIDE`` pixels (HOG finds upright faces only), so that an
        upside-down face beside upright ones is found too. Boxes are mapped back to the
        displayed frame.
        """
        h, w = pixels.shape[:2]
        faces: list[FoundFace] = []
        done: set[int] = set()

        def search(k: int, reduced: bool = False) -> None:
            done.add(k)
            source, ratio = _reduced(pixels, TURN_SEARCH_MAX_SIDE) if reduced else (pixels, 1.0)
            sh, sw = source.shape[:2]
            turned = source if k == 0 else np.ascontiguousarray(np.rot90(source, k))
            def to_frame(det: Detection) -> Detection:
                box = _unrotate(det, k, sw, sh)
                return box if ratio == 1.0 else Detection(
                    box.left / ratio, box.top / ratio, box.right / ratio, box.bottom / ratio, box.score, box.source)

            def known(det: Detection) -> bool:  # found upright already: nothing to gain
                mapped = to_frame(det)
                return any(f.is_upright and (_overlaps(mapped, f.detection) or _overlaps(f.detection, mapped))
                           for f in faces)

            for face in self._faces_upright(turned, frame, hog=not reduced, known=known if reduced else None,
                                            tiles=k == 0):
                face.found_in = k
                face.detection = to_frame(face.detection)
                self._merge(faces, face)

        search(0)
        stored_k = _STORED_TURN.get(orientation, 0)
        if stored_k:
            search(stored_k)
        for k in sorted({(f.found_in + quarter_turn(f.upright)) % 4 for f in faces if not f.is_upright} - done):
            search(k)
        reduced = bool(faces)
        for k in (1, 2, 3):
            if k not in done:
                search(k, reduced=reduced)
        return faces

    @staticmethod
    def _merge(faces: list[FoundFace], new: FoundFace) -> None:
        """Add a face, or replace the same face found less upright in another turn."""
        for i, old in enumerate(faces):
            if _overlaps(new.detection, old.detection) or _overlaps(old.detection, new.detection):
                if new.is_upright and not old.is_upright:
                    faces[i] = new
                return
        faces.append(new)

    def _faces_upright(self, pixels: np.ndarray, frame: int, hog: bool = True, known=None,
                       tiles: bool = False) -> list[FoundFace]:
        """Faces of an upright frame, encoded. ``known(det)`` may say a detection is a face found
        already (in another turn): it is then neither examined nor returned.

        A face is encoded unless the model cannot see it (below the floor: judge.widening); a
        small, blurred or turned face is encoded too and judged with wider margins. A face
        tilted more than 45 degrees is turned upright around itself and its landmarks found
        again before it is encoded."""
        found = []
        for det in self.detector.detect(pixels, hog=hog, tiles=tiles):
            if known is not None and known(det):
                continue
            aligned = self.detector.with_landmarks(pixels, det)
            if aligned is not None:
                det = aligned
            quality = face_quality(pixels, det)
            face = FoundFace(det, frame, quality.size_px, quality.sharpness, None, upright=det)
            face.yaw = yaw_ratio(det)
            self._encode(face, pixels)
            found.append(face)
        return found

    def _encode(self, face: FoundFace, pixels: np.ndarray) -> None:
        """Set the face's encoding and margin widening, or the reason it cannot be matched."""
        source, det = pixels, face.detection
        if not face.is_upright:
            turned = self._turned_upright(pixels, det)
            if turned is None:
                face.reason = "face turned sideways; could not be matched reliably"
                return
            source, det = turned.pixels, turned.det
            face.yaw = yaw_ratio(det)
        widen, reason = widening(face.size_px, face.sharpness, face.yaw, self.settings)
        if reason:
            face.reason = reason
            return
        face.widen = widen
        alignments = [det, *self.detector.landmark_variants(source, det)]
        face.encoding = self.encoder.encode_averaged(source, alignments)

    def encode_at(self, pixels: np.ndarray, det: Detection) -> np.ndarray | None:
        """The feature of the face at ``det`` in these pixels, with its landmarks found there
        again (None when CenterFace finds no face there)."""
        found = self.detector.landmarks_at(pixels, replace(det, landmarks=None), 150)
        if found is None:
            return None
        return self.encoder.encode_averaged(pixels, [found, *self.detector.landmark_variants(pixels, found)])

    def _turned_upright(self, pixels: np.ndarray, det: Detection) -> "_TurnedFace | None":
        """The face on a crop turned so that it stands upright, with landmarks found again
        there (None when CenterFace finds no upright face on it)."""
        import cv2

        if det.roll is None:
            return None
        side = max(det.width, det.height)
        half = int(1.2 * side) + 2
        cx, cy = (det.left + det.right) / 2, (det.top + det.bottom) / 2
        padded = cv2.copyMakeBorder(pixels, half, half, half, half, cv2.BORDER_REPLICATE)
        px, py = int(round(cx)) + half, int(round(cy)) + half
        crop = np.ascontiguousarray(padded[py - half:py + half, px - half:px + half])
        for angle in (det.roll, -det.roll):
            matrix = cv2.getRotationMatrix2D((half, half), angle, 1.0)
            turned = cv2.warpAffine(crop, matrix, (2 * half, 2 * half), flags=cv2.INTER_LINEAR,
                                    borderMode=cv2.BORDER_REPLICATE)
            box = Detection(half - side / 2, half - side / 2, half + side / 2, half + side / 2, det.score, det.source)
            found = self.detector.landmarks_at(turned, box, 150)
            if found is None or found.landmarks is None:
                continue
            found = replace(found, roll=_roll_of(found.landmarks))
            if abs(found.roll) <= 45.0:
                return _TurnedFace(turned, found)
        return None

    # -- screening ---------------------------------------------------------------------------
    def screen(self, source: str | Path | bytes, templates: TemplateSet, path: str | None = None) -> ImageResult:
        label = path if path is not None else str(source if not isinstance(source, bytes) else "<bytes>")
        try:
            data = source if isinstance(source, (bytes, bytearray)) else Path(source).read_bytes()
        except OSError as exc:
            return ImageResult.failed(label, f"cannot read file: {exc.strerror or exc}")
        digest = hashlib.sha256(data).hexdigest()
        try:
            image = load_image(bytes(data), self.settings.max_side)
        except UnreadableImageError as exc:
            return ImageResult.failed(label, f"unreadable image: {exc}", sha256=digest)
        try:
            templates = self.with_cohort(templates)
            faces: list[FaceResult] = []
            for frame in image.frames:
                orientation = image.orientation if frame.index == 0 else 1
                judged = []
                # the rendering ClearPost shows, then any other a viewer could show
                for pixels in (frame.pixels, *frame.alternates):
                    for found in self.find_faces(pixels, frame.index, orientation):
                        judged.append(self._judge(found, frame.scale, templates))
                judged = worst_per_place(judged) if frame.alternates else judged
                faces.extend(judged)
                faces.extend(replace(f, frame=copy) for copy in frame.copies for f in judged)
        except Exception as exc:  # fail closed on any engine error
            return ImageResult.failed(label, f"screening failed: {type(exc).__name__}: {exc}", sha256=digest,
                                      tool_failure=True)
        return ImageResult.from_faces(label, faces, sha256=digest, size=image.size)

    def _judge(self, face: FoundFace, scale: float, templates: TemplateSet) -> FaceResult:
        s = self.settings
        d = face.detection
        box = (
            int(round(max(0.0, d.top) / scale)),
            int(round(d.right / scale)),
            int(round(d.bottom / scale)),
            int(round(max(0.0, d.left) / scale)),
        )
        base = dict(box=box, frame=face.frame, size_px=int(round(face.size_px / scale)))
        if face.encoding is None:
            return FaceResult(verdict=Verdict.REVIEW, reason=face.reason, **base)
        j = judge(face.encoding, templates, s, self.model_id, face.widen)
        return FaceResult(verdict=j.verdict, student_id=j.student_id, distance=j.distance, reason=j.reason,
                          candidates=j.candidates, **base)
