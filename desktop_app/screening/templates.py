"""The face templates a screening compares against, as one matrix for fast distances.

Every template was made by one face model (``model_id``); a set only holds templates of one
model, and comparing a feature from another model raises instead of returning a number.
Distances are ``1 - cosine similarity`` of normalised SFace features. A student may have
several templates (a portrait a year); a face's distance to a student is to the nearest one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from ..engine.recognizer import FEATURE_SIZE, MODEL_ID


class ModelMismatchError(RuntimeError):
    """Templates made by one face model were about to be compared with another model's feature."""


@dataclass(frozen=True)
class TemplateSet:
    """Features of opted-out students (one row per reference photo) for one use."""

    student_ids: tuple[str, ...]
    encodings: np.ndarray  # N x 128 float32, rows L2-normalised
    model_id: str = MODEL_ID
    # Building (school code) of each row's student, for the "other buildings" scope setting.
    schools: tuple[str | None, ...] = field(default=())
    # A fingerprint per student of the templates they have now: a review decision about a face
    # and a student is reused only while this is unchanged (see screening.decisions).
    fingerprints: dict[str, str] = field(default_factory=dict, compare=False)
    # The building (school code) of the post being screened, when it belongs to one: with the
    # district setting other_building_matches = "review", a match only to students of other
    # buildings goes to review instead of blocking. None: every match blocks.
    building: str | None = None

    def for_building(self, building: str | None) -> "TemplateSet":
        from dataclasses import replace

        return replace(self, building=building)

    @classmethod
    def empty(cls, model_id: str = MODEL_ID) -> "TemplateSet":
        return cls((), np.zeros((0, FEATURE_SIZE), dtype=np.float32), model_id)

    @classmethod
    def from_pairs(cls, pairs, model_id: str = MODEL_ID, schools=None, fingerprints=None) -> "TemplateSet":
        pairs = list(pairs)
        if not pairs:
            return cls.empty(model_id)
        ids = tuple(sid for sid, _ in pairs)
        matrix = np.vstack([np.asarray(enc, dtype=np.float32).reshape(1, FEATURE_SIZE) for _, enc in pairs])
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        if not np.all(np.isfinite(norms)) or np.any(norms < 1e-6):
            raise ValueError("a face template is empty or not a number")
        matrix = matrix / norms
        school_codes = tuple(schools) if schools is not None else (None,) * len(ids)
        return cls(ids, matrix.astype(np.float32), model_id, school_codes, dict(fingerprints or {}))

    def __len__(self) -> int:
        return len(self.student_ids)

    def school_of(self, student_id: str) -> str | None:
        for sid, school in zip(self.student_ids, self.schools):
            if sid == student_id:
                return school
        return None

    def _distances(self, encoding: np.ndarray, model_id: str) -> np.ndarray:
        if model_id != self.model_id:
            raise ModelMismatchError(
                f"templates were made by {self.model_id}, the face by {model_id}; re-encode the roster")
        feature = np.asarray(encoding, dtype=np.float32).reshape(FEATURE_SIZE)
        d = 1.0 - self.encodings @ feature
        # Anything that is not a number is treated as a match (distance 0): never "far".
        return np.where(np.isfinite(d), d, 0.0)

    def nearest(self, encoding: np.ndarray, model_id: str = MODEL_ID) -> tuple[str | None, float | None]:
        """The student whose template is nearest, and the distance (None when empty)."""
        if not len(self):
            return None, None
        distances = self._distances(encoding, model_id)
        best = int(np.argmin(distances))
        return self.student_ids[best], float(distances[best])

    def within(self, encoding: np.ndarray, threshold: float, model_id: str = MODEL_ID) -> list[tuple[str, float]]:
        """Every student with a template within ``threshold`` (or not provably farther), nearest
        first, each once at their nearest template's distance."""
        if not len(self):
            return []
        distances = self._distances(encoding, model_id)
        best: dict[str, float] = {}
        for sid, d in zip(self.student_ids, distances.tolist()):
            if not (d > threshold) or math.isnan(d):
                if sid not in best or d < best[sid]:
                    best[sid] = d
        return sorted(best.items(), key=lambda kv: kv[1])
