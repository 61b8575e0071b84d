"""Decide one face's verdict from its feature, how well it can be seen, and the templates.

Plain functions, no models: the photo screener calls them for every encoded face, and the
measuring scripts call the same code on features they cached. Thresholds come from
ScreeningSettings and were chosen by measurement (docs/thresholds.md).

Two designs, by the district setting ``recognize_all_students``:

- **Opted-out students only** (off): a face within ``match_threshold`` of an opted-out
  student, with a cohort score of at least ``restrict_cohort_score``, is restricted; within ``review_threshold``, or scoring at least
  ``cohort_review_score`` against one after cohort normalisation (engine.cohort), review;
  otherwise clear.
- **Whole-school recognition** (on: the templates also hold students *without* an opt-out, as
  pseudonyms): the face is identified against every enrolled student. Restricted when an
  opted-out student is within ``match_threshold`` and nearest; clear when it is confidently a
  student without an opt-out (within ``identify_threshold``, and no opted-out student within
  ``identify_margin`` beyond); review when the nearest student is opted out; otherwise judged
  against the opted-out students alone as above (strangers, visitors, other schools), with
  ``whole_school_review_threshold`` and ``whole_school_cohort_score``.

How well the face can be seen widens every margin (``widening``): a small, blurred or turned
face is matched, but it is clear only when it is farther from every opted-out student than a
good face would need to be, and it is identified as another student only when nearer. A face
below the floor (the model cannot see it) is never matched: review. Against a weak reference
photo (engine.reference_quality), distances are taken ``weak_reference_margin`` nearer.
Anything that is not a number counts as near: no face is clear because something failed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..settings import ScreeningSettings
from .results import Verdict
from .templates import TemplateSet

# In whole-school mode, a face whose nearest student is opted out is reviewed when that
# student is within this distance (beyond it nobody on the roster resembles the face).
NEAREST_OPTED_OUT_LIMIT = 0.8
# Cohort scores fall by this much per unit of widening (a poor face is reviewed more readily).
SCORE_PER_WIDENING = 5.0

CANNOT_SEE = {
    "size": "face too small to match reliably",
    "sharpness": "face too blurred to match reliably",
    "yaw": "face turned away; could not be matched reliably",
}


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    student_id: str | None = None  # an opted-out student (never a student without an opt-out)
    distance: float | None = None
    reason: str = ""
    candidates: tuple[tuple[str, float], ...] = ()


def widening(size_px: float, sharpness: float, yaw: float | None, s: ScreeningSettings) -> tuple[float, str]:
    """How much to widen the margins for a face seen this well (0 for a good face), or
    ``(nan, reason)`` when the face is below the floor and must not be matched at all."""
    if yaw is None:
        return math.nan, "eyes and mouth not found; could not be matched reliably"
    checks = (
        ("size", s.min_face_px - size_px, s.min_face_px - s.floor_face_px, size_px < s.floor_face_px),
        ("sharpness", s.min_sharpness - sharpness, s.min_sharpness - s.floor_sharpness,
         not sharpness >= s.floor_sharpness),
        ("yaw", abs(yaw) - s.max_yaw, s.floor_yaw - s.max_yaw, not abs(yaw) <= s.floor_yaw),
    )
    worst = 0.0
    for name, shortfall, span, below_floor in checks:
        if below_floor:
            return math.nan, CANNOT_SEE[name]
        if shortfall > 0:
            worst = max(worst, min(1.0, shortfall / span) if span > 0 else 1.0)
    return float(s.poor_quality_margin * worst), ""


def judge(feature: np.ndarray, templates: TemplateSet, s: ScreeningSettings, model_id: str,
          widen: float = 0.0) -> Judgement:
    """The verdict for one encoded face (see the module docstring)."""
    if not len(templates):
        return Judgement(Verdict.CLEAR)
    raw = templates.distances(feature, model_id)  # NaN already counted as 0 (near)
    protected = templates.protected_mask
    if not protected.any():
        # only students without an opt-out for this use: nobody to protect from this face
        return Judgement(Verdict.CLEAR, reason=_identified(raw, s, widen))
    # weak references: judged as if the face were nearer to them
    effective = np.where(protected & templates.weak_mask, raw - s.weak_reference_margin, raw)
    p_rows = np.flatnonzero(protected)
    a_rows = np.flatnonzero(~protected)
    i_best = int(np.argmin(effective[p_rows]))
    best_p = int(p_rows[i_best])
    dp, dp_raw = float(effective[best_p]), float(raw[best_p])
    da = float(raw[a_rows].min()) if len(a_rows) else math.inf

    # the opted-out students the face resembles: near, or near against the cohort
    whole_school = len(a_rows) > 0
    review_at = (s.whole_school_review_threshold if whole_school else s.review_threshold) + widen
    score_at = s.whole_school_cohort_score if whole_school else s.cohort_review_score
    near = effective[p_rows] <= review_at
    scores = templates.cohort_scores(feature, p_rows)
    if scores is not None:
        near |= scores >= score_at - SCORE_PER_WIDENING * widen
    per_student: dict[str, float] = {}
    for row, is_near in zip(p_rows.tolist(), near.tolist()):
        if is_near or row == best_p and len(a_rows) and dp < da and dp <= NEAREST_OPTED_OUT_LIMIT:
            sid = templates.student_ids[row]
            per_student[sid] = min(per_student.get(sid, math.inf), float(raw[row]))
    candidates = tuple(sorted(((sid, round(d, 4)) for sid, d in per_student.items()), key=lambda kv: kv[1]))
    first = templates.student_ids[best_p]

    best_score = float(scores[i_best]) if scores is not None else math.inf
    if dp_raw <= s.match_threshold and dp_raw <= da and widen == 0.0 and best_score >= s.restrict_cohort_score:
        home = templates.building
        matched = [sid for sid, d in candidates if d <= s.match_threshold]
        if s.other_building_matches == "review" and home is not None and all(
                templates.school_of(sid) not in (None, home) for sid in matched):
            return Judgement(Verdict.REVIEW, first, dp_raw, "matches an opted-out student of another building",
                             candidates)
        return Judgement(Verdict.RESTRICTED, first, dp_raw, "matches an opted-out student", candidates)
    if len(a_rows) and da <= s.identify_threshold - widen and dp - da >= s.identify_margin + widen:
        return Judgement(Verdict.CLEAR, reason="a student without an opt-out")
    if candidates:
        reason = ("resembles an opted-out student" if widen == 0.0 else
                  "resembles an opted-out student (face not clearly visible)")
        return Judgement(Verdict.REVIEW, first, dp_raw, reason, candidates)
    return Judgement(Verdict.CLEAR, reason=_identified(raw, s, widen) if len(a_rows) else "")


def _identified(raw: np.ndarray, s: ScreeningSettings, widen: float) -> str:
    return "a student without an opt-out" if raw.size and float(raw.min()) <= s.identify_threshold - widen else ""
