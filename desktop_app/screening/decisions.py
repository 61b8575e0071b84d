"""Apply people's review decisions to a screening result (plain functions, no database).

A decision is about one face (photo sha256, frame, box) and one opted-out student:
- ``is_student``: the face is that student; the face is restricted whatever its distance.
- ``not_student``: the face is not that student. It removes only that student from the face's
  candidates; any other near student still flags the face. When no candidate is left, the face
  is clear.
A decision counts only while the student's templates are those it was made against (the
fingerprint from ``TemplateSet.fingerprints``); a new reference photo asks again. Faces sent to
review by a quality gate (too small, blurred, turned) have no candidates and are unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..settings import ScreeningSettings
from .results import FaceResult, ImageResult, Verdict

IS_STUDENT = "is_student"
NOT_STUDENT = "not_student"
DECISIONS = (IS_STUDENT, NOT_STUDENT)


@dataclass(frozen=True)
class Decision:
    photo_sha256: str
    frame: int
    box: tuple[int, int, int, int]  # top, right, bottom, left
    student_id: str
    decision: str
    templates_fingerprint: str


def box_iou(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    top, right = max(a[0], b[0]), min(a[1], b[1])
    bottom, left = min(a[2], b[2]), max(a[3], b[3])
    inter = max(0, right - left) * max(0, bottom - top)
    area = lambda x: max(0, x[1] - x[3]) * max(0, x[2] - x[0])  # noqa: E731
    union = area(a) + area(b) - inter
    return inter / union if union > 0 else 0.0


def same_face(decision: Decision, face: FaceResult) -> bool:
    return decision.frame == face.frame and box_iou(decision.box, face.box) >= 0.5


def apply_to_face(face: FaceResult, decisions: list[Decision], fingerprints: dict[str, str],
                  settings: ScreeningSettings) -> FaceResult:
    if not face.candidates or face.verdict is Verdict.CLEAR:
        return face
    valid = {}
    for d in decisions:
        if same_face(d, face) and fingerprints.get(d.student_id) == d.templates_fingerprint:
            # a later decision about the same student overrides an earlier one
            valid[d.student_id] = d.decision
    if not valid:
        return face
    confirmed = [sid for sid, _ in face.candidates if valid.get(sid) == IS_STUDENT]
    confirmed += [sid for sid, v in valid.items() if v == IS_STUDENT and sid not in confirmed]
    if confirmed:
        return replace(face, verdict=Verdict.RESTRICTED, student_id=confirmed[0],
                       reason="a reviewer confirmed this is an opted-out student", decided=IS_STUDENT)
    remaining = [(sid, dist) for sid, dist in face.candidates if valid.get(sid) != NOT_STUDENT]
    if len(remaining) == len(face.candidates):
        return face
    if not remaining:
        return replace(face, verdict=Verdict.CLEAR, student_id=None, distance=None,
                       reason="a reviewer decided this face is none of the near opted-out students",
                       decided=NOT_STUDENT)
    sid, dist = remaining[0]
    verdict = Verdict.RESTRICTED if not (dist > settings.match_threshold) else Verdict.REVIEW
    if face.verdict is Verdict.REVIEW and verdict is Verdict.RESTRICTED:
        verdict = Verdict.REVIEW  # e.g. another building's student under the "review" scope
    return replace(face, verdict=verdict, student_id=sid, distance=dist, candidates=tuple(remaining))


def apply_decisions(result: ImageResult, decisions: list[Decision], fingerprints: dict[str, str],
                    settings: ScreeningSettings) -> ImageResult:
    """The result with every applicable decision applied (the input is not changed)."""
    if result.error or not result.sha256:
        return result
    mine = [d for d in decisions if d.photo_sha256 == result.sha256]
    if not mine:
        return result
    faces = [apply_to_face(f, mine, fingerprints, settings) for f in result.faces]
    return ImageResult.from_faces(result.path, faces, sha256=result.sha256, size=result.size)
