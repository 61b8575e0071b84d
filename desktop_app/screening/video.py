"""Screen a video clip: sample frames, find faces, link them into tracks, judge each track, redact.

Fails closed like photos: a clip that cannot be decoded, or is beyond the district's limits
(imaging.video), or on which the engine fails, is ``blocked`` with the reason.

1. **Sampling.** ``video_samples_per_second`` frames per second (at least 4), on a fixed time
   grid, plus every scene cut (a frame whose 32x32 grey thumbnail differs from the previous
   frame's by more than ``SCENE_CUT``); only sampled frames are converted to RGB.
2. **Detection** on each sampled frame with the photo detector (CenterFace + dlib HOG, tiled on
   large frames, exactly ``FaceDetector.detect`` as photos use it), with each face's size and
   sharpness (engine.quality).
3. **Tracking.** A detection joins the track whose last box (seen within ``MAX_GAP_S``, no scene
   cut since) it overlaps most (IoU at least ``LINK_IOU``); failing that, a track whose last
   face is near, of similar size and similar-looking (normalised correlation of 24x24 grey face
   thumbnails, ``LINK_SIMILARITY``). Otherwise it starts a track. A cut ends every track.
4. **Judging.** Each track keeps a few candidate frames (crops around the face): the best one
   (largest, sharpest, most frontal) in each ``SLOT_S`` of its time, up to ``MAX_JUDGED``
   spread over the track, so that a track that wrongly joined two people is
   still judged on both. Each is encoded and judged as a photo face is
   (``PhotoScreener._encode`` and ``_judge``, hence judge.judge with the same settings and
   widened margins for poor faces).
5. **Verdicts.** A track is restricted if any judged frame is restricted; review if any is
   review, if it was seen for less than ``video_min_track_seconds``, if its face was never
   ``min_face_px`` across, or if fewer than two of its frames could be encoded: a face seen
   briefly or only small is never clear. The clip is blocked if any track is restricted,
   review if any is review.

``redact_video`` writes the copy with every restricted and review track blurred in every frame
(boxes interpolated between samples, padded by ``REDACT_MARGIN``, extended ``REDACT_EXTEND_S``
before and after), then screens it again and refuses it if any restricted face remains.
"""

from __future__ import annotations

import math
import time as _time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..engine.detector import Detection, iou
from ..engine.quality import face_quality
from ..engine.recognizer import yaw_ratio
from ..imaging.video import (UnreadableVideoError, VideoLimitError, decode_frames, file_sha256, grey_signature,
                             probe, rewrite)
from ..settings import ScreeningSettings
from .photo import FoundFace, PhotoScreener
from .results import FaceResult, ImageResult, ImageVerdict, Verdict, image_verdict
from .templates import TemplateSet

SCENE_CUT = 40.0  # mean absolute grey difference (0-255) of 32x32 thumbnails between frames
MAX_GAP_S = 1.0  # a track not seen for longer than this ends
LINK_IOU = 0.2
LINK_SIMILARITY = 0.5
SLOT_S = 0.5  # a track keeps its best frame of each slot this long as a candidate to judge
MAX_JUDGED = 12
CROP_MARGIN = 0.8  # candidate crops keep this much of the face's size around it, each side
REDACT_MARGIN = 0.5  # blurred region: the face box grown by this fraction of its size each side
REDACT_EXTEND_S = 0.5  # blurring starts this long before a track and ends this long after
BLOCKS = 6  # a blurred face becomes at most BLOCKS x BLOCKS squares, then is smoothed


@dataclass
class Sighting:
    """One detection of a face on a sampled frame (displayed, full-size pixels)."""

    frame: int
    time: float
    det: Detection
    size_px: float
    sharpness: float
    thumb: np.ndarray  # 24x24 grey, normalised (for linking)

    @property
    def box(self) -> tuple[int, int, int, int]:  # top, right, bottom, left, as FaceResult
        d = self.det
        return (int(round(max(0.0, d.top))), int(round(d.right)), int(round(d.bottom)), int(round(max(0.0, d.left))))


@dataclass
class _Candidate:
    score: float
    sighting: Sighting
    crop: np.ndarray
    offset: tuple[int, int]  # (x, y) of the crop in the frame


@dataclass
class Track:
    id: int
    sightings: list[Sighting] = field(default_factory=list)
    candidates: dict[int, _Candidate] = field(default_factory=dict)  # by time slot
    judged: list[FaceResult] = field(default_factory=list)
    verdict: Verdict = Verdict.REVIEW
    reason: str = ""
    student_id: str | None = None
    distance: float | None = None

    @property
    def start(self) -> float:
        return self.sightings[0].time

    @property
    def end(self) -> float:
        return self.sightings[-1].time

    @property
    def last(self) -> Sighting:
        return self.sightings[-1]

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "start": round(self.start, 3),
            "end": round(self.end, 3),
            "verdict": self.verdict.value,
            "student_id": self.student_id,
            "distance": None if self.distance is None else round(self.distance, 4),
            "reason": self.reason,
            "judged_frames": len(self.judged),
            "boxes": [{"time": round(s.time, 3), "frame": s.frame, "box": list(s.box)} for s in self.sightings],
        }

    def face_result(self) -> FaceResult:
        """The track as one face (records, review decisions): its worst judged frame."""
        best = max(self.sightings, key=lambda s: s.size_px)
        return FaceResult(box=best.box, verdict=self.verdict, student_id=self.student_id, distance=self.distance,
                          reason=self.reason, frame=best.frame, size_px=int(round(best.size_px)),
                          candidates=next((f.candidates for f in self.judged if f.verdict is self.verdict), ()))


@dataclass
class VideoResult:
    path: str
    verdict: ImageVerdict
    error: str | None = None
    tracks: list[Track] = field(default_factory=list)
    sha256: str | None = None
    size: tuple[int, int] | None = None  # displayed width, height
    duration: float | None = None
    fps: float = 0.0
    frames: int = 0  # decoded
    samples: int = 0  # screened
    cuts: int = 0
    seconds: float = 0.0  # time taken to screen
    tool_failure: bool = False

    @classmethod
    def failed(cls, path: str, reason: str, **extra) -> "VideoResult":
        return cls(path=path, verdict=ImageVerdict.BLOCKED, error=reason, **extra)

    def image_result(self) -> ImageResult:
        """The clip as an ImageResult (one face per track) for records and exit statuses."""
        return ImageResult(path=self.path, verdict=self.verdict, error=self.error,
                           faces=[t.face_result() for t in self.tracks], sha256=self.sha256, size=self.size,
                           tool_failure=self.tool_failure)

    def to_dict(self) -> dict:
        out = self.image_result().to_dict()
        out.update(kind="video", duration=None if self.duration is None else round(self.duration, 3),
                   fps=round(self.fps, 3), frames=self.frames, samples=self.samples, scene_cuts=self.cuts,
                   tracks=[t.to_dict() for t in self.tracks])
        return out


def _thumb(pixels: np.ndarray, det: Detection) -> np.ndarray:
    import cv2

    h, w = pixels.shape[:2]
    l, t = max(0, int(det.left)), max(0, int(det.top))
    r, b = min(w, int(math.ceil(det.right))), min(h, int(math.ceil(det.bottom)))
    if r - l < 2 or b - t < 2:
        return np.zeros((24, 24), np.float32)
    grey = cv2.cvtColor(np.ascontiguousarray(pixels[t:b, l:r]), cv2.COLOR_RGB2GRAY)
    small = cv2.resize(grey, (24, 24), interpolation=cv2.INTER_AREA).astype(np.float32)
    small -= small.mean()
    norm = float(np.linalg.norm(small))
    return small / norm if norm > 1e-6 else small


def _similar(a: Sighting, b: Sighting) -> bool:
    """Near, of similar size and similar-looking: the same face after a missed detection."""
    sa, sb = max(a.det.width, 1.0), max(b.det.width, 1.0)
    if not 0.6 <= sa / sb <= 1.6:
        return False
    ca = ((a.det.left + a.det.right) / 2, (a.det.top + a.det.bottom) / 2)
    cb = ((b.det.left + b.det.right) / 2, (b.det.top + b.det.bottom) / 2)
    if math.dist(ca, cb) > 1.5 * max(sa, sb):
        return False
    return float((a.thumb * b.thumb).sum()) >= LINK_SIMILARITY


def _quality(s: Sighting) -> float:
    """Which frames of a track to judge: large, sharp, frontal."""
    yaw = yaw_ratio(s.det)
    frontal = 1.0 if yaw is None else max(0.1, 1.0 - min(abs(yaw), 1.0))
    return min(s.size_px, 200.0) * min(s.sharpness, 200.0) * frontal


def _shifted(det: Detection, dx: float, dy: float) -> Detection:
    lm = None if det.landmarks is None else tuple(v - (dx if i % 2 == 0 else dy) for i, v in enumerate(det.landmarks))
    return Detection(det.left - dx, det.top - dy, det.right - dx, det.bottom - dy, det.score, det.source, det.roll, lm)


class VideoScreener:
    """Screens clips with a PhotoScreener's models and settings."""

    def __init__(self, screener: PhotoScreener, settings: ScreeningSettings | None = None) -> None:
        self.screener = screener
        self.settings = settings or screener.settings

    # -- screening ---------------------------------------------------------------------------
    def screen(self, path: str | Path, templates: TemplateSet, label: str | None = None) -> VideoResult:
        label = label if label is not None else str(path)
        started = _time.monotonic()
        try:
            digest = file_sha256(path)
        except OSError as exc:
            return VideoResult.failed(label, f"cannot read file: {exc.strerror or exc}")
        try:
            info = probe(path, self.settings)
        except VideoLimitError as exc:
            return VideoResult.failed(label, str(exc), sha256=digest)
        except UnreadableVideoError as exc:
            return VideoResult.failed(label, f"unreadable video: {exc}", sha256=digest)
        result = VideoResult(path=label, verdict=ImageVerdict.CLEAR, sha256=digest, duration=info.duration,
                             fps=info.fps)
        try:
            templates = self.screener.with_cohort(templates)
            tracks = self._tracks(path, result)
            for track in tracks:
                self._judge_track(track, templates)
        except VideoLimitError as exc:
            return VideoResult.failed(label, str(exc), sha256=digest, duration=info.duration)
        except UnreadableVideoError as exc:
            return VideoResult.failed(label, f"unreadable video: {exc}", sha256=digest, duration=info.duration)
        except Exception as exc:  # fail closed on any engine error
            return VideoResult.failed(label, f"screening failed: {type(exc).__name__}: {exc}", sha256=digest,
                                      tool_failure=True)
        for track in tracks:
            track.candidates.clear()  # crops are not kept
        result.tracks = tracks
        result.verdict = image_verdict([t.face_result() for t in tracks])
        result.seconds = _time.monotonic() - started
        return result

    def _tracks(self, path, result: VideoResult) -> list[Track]:
        s = self.settings
        interval = 1.0 / s.video_samples_per_second
        state = {"next": 0.0, "sig": None, "cut": False}

        def want(index: int, t: float, frame) -> bool:
            result.frames = index + 1
            sig = grey_signature(frame)
            previous, state["sig"] = state["sig"], sig
            cut = previous is not None and float(np.abs(sig - previous).mean()) > SCENE_CUT
            if cut:
                result.cuts += 1
            state["cut"] = cut
            if cut or t >= state["next"] - 1e-6:
                state["next"] = (math.floor(t / interval + 1e-6) + 1) * interval
                return True
            return False

        tracks: list[Track] = []
        active: list[Track] = []
        for decoded in decode_frames(path, s, want):
            result.samples += 1
            pixels = decoded.pixels
            h, w = pixels.shape[:2]
            result.size = (w, h)
            if state["cut"]:
                active = []
            sightings = self._detect(pixels, decoded.index, decoded.time)
            active = [tr for tr in active if decoded.time - tr.end <= MAX_GAP_S]
            self._link(sightings, active, tracks, pixels)
        return tracks

    def _detect(self, pixels: np.ndarray, frame: int, t: float) -> list[Sighting]:
        """Faces on a sampled frame, as photos find them (tiled when large)."""
        import cv2

        h, w = pixels.shape[:2]
        ratio = min(1.0, self.settings.max_side / max(h, w))
        source = pixels if ratio >= 1.0 else cv2.resize(pixels, (round(w * ratio), round(h * ratio)),
                                                         interpolation=cv2.INTER_AREA)
        found = []
        for det in self.screener.detector.detect(source, hog=self.settings.use_hog, tiles=True):
            if ratio < 1.0:
                det = Detection(det.left / ratio, det.top / ratio, det.right / ratio, det.bottom / ratio, det.score,
                                det.source, det.roll,
                                None if det.landmarks is None else tuple(v / ratio for v in det.landmarks))
            q = face_quality(pixels, det)
            found.append(Sighting(frame, t, det, q.size_px, q.sharpness, _thumb(pixels, det)))
        return found

    def _link(self, sightings: list[Sighting], active: list[Track], tracks: list[Track], pixels: np.ndarray) -> None:
        pairs = sorted(((iou(tr.last.det, s.det), ti, si) for ti, tr in enumerate(active)
                        for si, s in enumerate(sightings)), reverse=True)
        used_t, used_s = set(), set()
        assigned: dict[int, Track] = {}
        for score, ti, si in pairs:
            if score < LINK_IOU:
                break
            if ti in used_t or si in used_s:
                continue
            used_t.add(ti), used_s.add(si)
            assigned[si] = active[ti]
        for si, s in enumerate(sightings):
            if si in assigned:
                continue
            for ti, tr in enumerate(active):
                if ti not in used_t and _similar(tr.last, s):
                    used_t.add(ti)
                    assigned[si] = tr
                    break
        for si, s in enumerate(sightings):
            track = assigned.get(si)
            if track is None:
                track = Track(id=len(tracks) + 1)
                tracks.append(track)
                active.append(track)
            track.sightings.append(s)
            self._keep_candidate(track, s, pixels)

    def _keep_candidate(self, track: Track, s: Sighting, pixels: np.ndarray) -> None:
        """Keep the best frame of each slot of the track (as a crop around the face)."""
        slot = int((s.time - track.start) // SLOT_S)
        score = _quality(s)
        old = track.candidates.get(slot)
        if old is not None and old.score >= score:
            return
        h, w = pixels.shape[:2]
        side = max(s.det.width, s.det.height)
        m = CROP_MARGIN * side
        x0, y0 = max(0, int(s.det.left - m)), max(0, int(s.det.top - m))
        x1, y1 = min(w, int(math.ceil(s.det.right + m))), min(h, int(math.ceil(s.det.bottom + m)))
        crop = np.ascontiguousarray(pixels[y0:y1, x0:x1]).copy()
        track.candidates[slot] = _Candidate(score, s, crop, (x0, y0))

    def _chosen(self, track: Track) -> list[_Candidate]:
        """The best frame of each slot of the track, at most MAX_JUDGED spread over the track."""
        chosen = [track.candidates[k] for k in sorted(track.candidates)]
        if len(chosen) > MAX_JUDGED:
            step = len(chosen) / MAX_JUDGED
            chosen = [chosen[int(i * step)] for i in range(MAX_JUDGED)]
        return chosen

    def _judge_track(self, track: Track, templates: TemplateSet) -> None:
        s = self.settings
        sc = self.screener
        candidates = self._chosen(track)
        judged: list[FaceResult] = []
        unseen: list[FaceResult] = []  # frames the model cannot see (too small, blurred, turned)
        for cand in candidates:
            sight = cand.sighting
            det = _shifted(sight.det, *cand.offset)
            aligned = sc.detector.with_landmarks(cand.crop, det)
            det = aligned if aligned is not None else det
            face = FoundFace(det, sight.frame, sight.size_px, sight.sharpness, None, upright=det)
            face.yaw = yaw_ratio(det)
            sc._encode(face, cand.crop)
            fr = sc._judge(face, 1.0, templates)
            fr.box, fr.frame = sight.box, sight.frame
            (judged if face.encoding is not None else unseen).append(fr)
        track.judged = judged + unseen
        worst = max(judged, key=lambda f: (_SEVERITY[f.verdict], -(f.distance if f.distance is not None else 9)),
                    default=None)
        if worst is not None and worst.verdict is not Verdict.CLEAR:
            track.verdict, track.reason = worst.verdict, worst.reason
            track.student_id, track.distance = worst.student_id, worst.distance
        elif not judged:
            track.verdict = Verdict.REVIEW
            track.reason = unseen[0].reason if unseen else "face could not be matched"
        elif track.end - track.start < s.video_min_track_seconds:
            track.verdict, track.reason = Verdict.REVIEW, "face seen only briefly; could not be cleared"
        elif max(x.size_px for x in track.sightings) < s.min_face_px:
            track.verdict, track.reason = Verdict.REVIEW, "face seen only small; could not be cleared"
        elif len(judged) < 2:
            track.verdict, track.reason = Verdict.REVIEW, "too few usable frames of this face"
        else:
            track.verdict, track.reason = Verdict.CLEAR, worst.reason


_SEVERITY = {Verdict.RESTRICTED: 2, Verdict.REVIEW: 1, Verdict.CLEAR: 0}


# -- redaction ---------------------------------------------------------------------------------

def _boxes_at(tracks: list[Track], frame: int, extend: int) -> list[tuple[float, float, float, float]]:
    """(left, top, right, bottom) to blur on this frame: each track's box interpolated between its
    sampled frames, held at the ends and extended ``extend`` frames before and after."""
    out = []
    for tr in tracks:
        ss = tr.sightings
        if not ss or frame < ss[0].frame - extend or frame > ss[-1].frame + extend:
            continue
        if frame <= ss[0].frame:
            boxes = [ss[0].det]
        elif frame >= ss[-1].frame:
            boxes = [ss[-1].det]
        else:
            j = next(i for i in range(1, len(ss)) if ss[i].frame >= frame)
            a, b = ss[j - 1], ss[j]
            f = (frame - a.frame) / max(1, b.frame - a.frame)
            mid = tuple(getattr(a.det, k) * (1 - f) + getattr(b.det, k) * f for k in ("left", "top", "right", "bottom"))
            # the interpolated box, and the union of both ends when the face moved far between samples
            boxes = [Detection(*mid, 1.0, "track")]
            if iou(a.det, b.det) < 0.3:
                boxes += [a.det, b.det]
        for d in boxes:
            out.append((d.left, d.top, d.right, d.bottom))
    return out


def blur_region(pixels: np.ndarray, box: tuple[float, float, float, float], margin: float = REDACT_MARGIN) -> None:
    """Pixelate and smooth the box grown by ``margin`` of its size each side, in place."""
    import cv2

    h, w = pixels.shape[:2]
    left, top, right, bottom = box
    mx, my = (right - left) * margin, (bottom - top) * margin
    x0, y0 = max(0, int(left - mx)), max(0, int(top - my))
    x1, y1 = min(w, int(math.ceil(right + mx))), min(h, int(math.ceil(bottom + my)))
    if x1 - x0 < 2 or y1 - y0 < 2:
        return
    patch = pixels[y0:y1, x0:x1]
    small = cv2.resize(patch, (BLOCKS, BLOCKS), interpolation=cv2.INTER_AREA)
    big = cv2.resize(small, (x1 - x0, y1 - y0), interpolation=cv2.INTER_NEAREST)
    k = max(3, ((x1 - x0) // 6) | 1)
    pixels[y0:y1, x0:x1] = cv2.GaussianBlur(big, (k, k), 0)


class RedactionRefused(RuntimeError):
    """The redacted copy still shows a restricted face (or could not be made); it is not kept."""


def redact_video(source: str | Path, result: VideoResult, out_path: Path, screener: VideoScreener,
                 templates: TemplateSet) -> tuple[Path, VideoResult]:
    """Write the redacted copy (H.264/AAC MP4, metadata stripped) and screen it again.

    Raises RedactionRefused when the clip could not be screened, the copy could not be written,
    or the copy still shows a restricted face (it is then deleted)."""
    if result.error:
        raise RedactionRefused(f"{result.path}: cannot redact a clip that could not be screened ({result.error})")
    hide = [t for t in result.tracks if t.verdict is not Verdict.CLEAR]
    extend = max(1, int(math.ceil(REDACT_EXTEND_S * (result.fps or 30.0))))

    def edit(index: int, pixels: np.ndarray) -> np.ndarray:
        boxes = _boxes_at(hide, index, extend)
        if boxes:
            pixels = np.array(pixels, copy=True)
            for box in boxes:
                blur_region(pixels, box)
        return pixels

    try:
        written = rewrite(source, out_path, screener.settings, edit)
    except UnreadableVideoError as exc:
        raise RedactionRefused(f"{result.path}: {exc}") from exc
    check = screener.screen(written, templates, str(written))
    if check.error or any(t.verdict is Verdict.RESTRICTED for t in check.tracks):
        written.unlink(missing_ok=True)
        why = check.error or "the redacted copy still shows a restricted face"
        raise RedactionRefused(f"{result.path}: {why}; not written")
    return written, check
