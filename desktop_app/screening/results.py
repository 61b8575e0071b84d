"""Verdicts and results of screening a photo, and their JSON form."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Verdict(str, Enum):
    """Per face."""

    RESTRICTED = "restricted"
    REVIEW = "review"
    CLEAR = "clear"


class ImageVerdict(str, Enum):
    """Per image: blocked if any face is restricted (or the image cannot be screened)."""

    BLOCKED = "blocked"
    REVIEW = "review"
    CLEAR = "clear"


@dataclass
class FaceResult:
    box: tuple[int, int, int, int]  # top, right, bottom, left in full-size displayed pixels
    verdict: Verdict
    student_id: str | None = None
    distance: float | None = None
    reason: str = ""
    frame: int = 0
    size_px: int = 0  # face width in the photo's own (full-size) pixels
    # Students within the review threshold, nearest first: (student_id, distance).
    candidates: tuple[tuple[str, float], ...] = ()
    # Set when a person's review decision (screening.decisions) changed the verdict.
    decided: str = ""

    def to_dict(self) -> dict:
        return {
            "box": list(self.box),
            "verdict": self.verdict.value,
            "student_id": self.student_id,
            "distance": None if self.distance is None else round(self.distance, 4),
            "reason": self.reason,
            "frame": self.frame,
            "size_px": self.size_px,
            "candidates": [[sid, dist] for sid, dist in self.candidates],
            "decided": self.decided,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "FaceResult":
        return cls(
            box=tuple(data["box"]),
            verdict=Verdict(data["verdict"]),
            student_id=data.get("student_id"),
            distance=data.get("distance"),
            reason=data.get("reason", ""),
            frame=data.get("frame", 0),
            size_px=data.get("size_px", 0),
            candidates=tuple((sid, dist) for sid, dist in data.get("candidates", [])),
            decided=data.get("decided", ""),
        )


@dataclass
class ImageResult:
    path: str
    verdict: ImageVerdict
    error: str | None = None
    faces: list[FaceResult] = field(default_factory=list)
    sha256: str | None = None
    size: tuple[int, int] | None = None  # displayed width, height
    # True when ClearPost itself failed (engine error, worker crash or time-out, unusable
    # models or templates), not the photo: still blocked, but the CLI exits 4, not 1.
    tool_failure: bool = False

    @classmethod
    def from_faces(cls, path: str, faces: list[FaceResult], **extra) -> "ImageResult":
        return cls(path=path, verdict=image_verdict(faces), faces=faces, **extra)

    @classmethod
    def failed(cls, path: str, reason: str, **extra) -> "ImageResult":
        return cls(path=path, verdict=ImageVerdict.BLOCKED, error=reason, **extra)

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "verdict": self.verdict.value,
            "error": self.error,
            "faces": [f.to_dict() for f in self.faces],
            "tool_failure": self.tool_failure,
            "sha256": self.sha256,
            "size": list(self.size) if self.size else None,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "ImageResult":
        return cls(
            path=data["path"],
            verdict=ImageVerdict(data["verdict"]),
            error=data.get("error"),
            faces=[FaceResult.from_dict(f) for f in data.get("faces", [])],
            tool_failure=data.get("tool_failure", False),
            sha256=data.get("sha256"),
            size=tuple(data["size"]) if data.get("size") else None,
        )


def image_verdict(faces: list[FaceResult]) -> ImageVerdict:
    verdicts = {f.verdict for f in faces}
    if Verdict.RESTRICTED in verdicts:
        return ImageVerdict.BLOCKED
    if Verdict.REVIEW in verdicts:
        return ImageVerdict.REVIEW
    return ImageVerdict.CLEAR
