"""District settings with their defaults: screening thresholds and the required notice.

This is the one place thresholds live. The defaults come from measurements on the shared
photographs (docs/thresholds.md); a district may override them through the settings store.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from .textcheck.notice import DEFAULT_NOTICE  # noqa: F401  (the one definition of the notice)


@dataclass(frozen=True)
class ScreeningSettings:
    # Distances are 1 - cosine similarity of SFace features (docs/thresholds.md).
    # A face within this distance of an opted-out student's template is that student.
    match_threshold: float = 0.45
    # Between match_threshold and this, the face is near a template: a person must look.
    review_threshold: float = 0.58
    # Faces fewer pixels across than this are not matched but sent to review.
    min_face_px: int = 40
    # Variance of the Laplacian of the face (64x64 grey) below this is too blurred to match.
    min_sharpness: float = 40.0
    # Head turned further than this (engine.recognizer.yaw_ratio: the nose's offset from the
    # eyes' midpoint over the eyes' distance; about 0.6 at 45 degrees) is not matched but reviewed.
    max_yaw: float = 0.6
    # A match only to opted-out students of a building other than the post's: "restricted"
    # (blocked, the default and safest) or "review" (a person looks). Never clear.
    other_building_matches: str = "restricted"
    # Reference photos (templates) kept per student: a new portrait adds one, the oldest go.
    templates_per_student: int = 3
    # Whole-school recognition (docs/thresholds.md, "Children at district scale"): every student
    # with a reference photo is enrolled, and each face is identified against all of them.
    # Off: only students with a photo opt-out are enrolled and faces are compared with them alone.
    recognize_all_students: bool = False
    # With it on, a face this close to a student *without* an opt-out for the use...
    identify_threshold: float = 0.35
    # ...and no opted-out student within this much farther, is that student: clear.
    identify_margin: float = 0.10
    # A face whose score against an opted-out student, normalised by a cohort of other faces
    # (AS-norm, engine.cohort), reaches this is sent to review even beyond the review threshold.
    cohort_review_score: float = 2.0
    # With whole-school recognition, a face no student is confidently identified as is judged
    # against the opted-out students with these instead (measured: docs/thresholds.md).
    # A face within the match threshold is restricted only when its cohort score also reaches
    # this (else review): children on no roster came that close to an opted-out child, but with
    # lower scores than every photo of the child itself (docs/thresholds.md).
    restrict_cohort_score: float = 4.0
    whole_school_review_threshold: float = 0.55
    whole_school_cohort_score: float = 2.5
    # Faces no better than these are not matched at all (review): the model cannot see them.
    floor_face_px: int = 20
    floor_sharpness: float = 18.0
    floor_yaw: float = 0.9
    # Between the floor and the gates above (min_face_px, min_sharpness, max_yaw) a face is
    # matched, but judged with margins widened by up to this much (clear only when far beyond).
    poor_quality_margin: float = 0.15
    # Faces are judged this much more cautiously against a reference photo the enrolment check
    # found weak (engine.reference_quality): thresholds widened by it.
    weak_reference_margin: float = 0.10
    # CenterFace score threshold; dlib HOG adds faces CenterFace did not report.
    detector_threshold: float = 0.5
    use_hog: bool = True
    # Frames are decoded with their long side at most this many pixels (bounds memory).
    max_side: int = 3200
    # Video clips (screening.video): longer, larger (long side, short side: 4K) or with more
    # frames than these are blocked unscreened, whatever else they hold (bounds time and memory).
    video_max_seconds: float = 600.0
    video_max_side: int = 4096
    video_max_short_side: int = 2160
    video_max_frames: int = 36_000  # 10 minutes at 60 frames per second
    # Frames screened per second of video (scene cuts are screened as well); at least 4.
    video_samples_per_second: float = 4.0
    # A face seen for less than this (seconds) is review, never clear.
    video_min_track_seconds: float = 1.0

    def __post_init__(self) -> None:
        if not 0 < self.match_threshold <= self.review_threshold:
            raise ValueError("the match threshold must be above 0 and no higher than the review threshold")
        if self.min_face_px < 1 or self.max_side < 256:
            raise ValueError("the smallest face to match must be at least 1 pixel, and the largest decoded side "
                             "at least 256 pixels")
        if not 0 < self.max_yaw <= 2:
            raise ValueError("the most head turn to match must be above 0 and at most 2")
        if self.other_building_matches not in ("restricted", "review"):
            raise ValueError("matches to students of other buildings must be blocked or sent to review")
        if not self.match_threshold <= self.whole_school_review_threshold:
            raise ValueError("the whole-school review threshold must not be lower than the match threshold")
        if not 0 < self.identify_threshold <= self.match_threshold:
            raise ValueError("the threshold to identify a student without an opt-out must be above 0 and no higher "
                             "than the match threshold")
        if not 0 <= self.identify_margin <= 1 or not 0 <= self.poor_quality_margin <= 1 \
                or not 0 <= self.weak_reference_margin <= 1:
            raise ValueError("margins must be between 0 and 1")
        if not (1 <= self.floor_face_px <= self.min_face_px and 0 <= self.floor_sharpness <= self.min_sharpness
                and self.max_yaw <= self.floor_yaw <= 4):
            raise ValueError("the limits below which a face is never matched must not exceed the quality gates")
        if not isinstance(self.recognize_all_students, bool):
            raise ValueError("recognize_all_students must be on or off")
        if not (0 < self.video_max_seconds <= 4 * 3600 and 256 <= self.video_max_side <= 8192
                and 144 <= self.video_max_short_side <= self.video_max_side and 1 <= self.video_max_frames <= 1_000_000):
            raise ValueError("video limits must be positive: at most 4 hours, a long side of 256 to 8192 pixels, a "
                             "short side of 144 pixels up to the long side, and 1 to 1,000,000 frames")
        if not 4 <= self.video_samples_per_second <= 60 or not 0 <= self.video_min_track_seconds <= 10:
            raise ValueError("video must be screened at 4 to 60 frames per second, and the shortest face track "
                             "cleared must be 0 to 10 seconds")
        if not 1 <= self.templates_per_student <= 20:
            raise ValueError("the reference photos kept per student must be between 1 and 20")

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: dict) -> "ScreeningSettings":
        known = {f.name: f.type for f in fields(cls)}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise ValueError(f"unknown screening settings: {', '.join(unknown)}")
        return replace(cls(), **values)
