"""The face templates a screening compares against, as one matrix for fast distances.

Every template was made by one face model (``model_id``); a set only holds templates of one
model, and comparing a feature from another model raises instead of returning a number.
Distances are ``1 - cosine similarity`` of normalised SFace features. A student may have
several templates (a portrait a year); a face's distance to a student is to the nearest one.

Rows are *protected* (a student opted out of photos for the use being screened) or not
(whole-school recognition: a student without an opt-out, known only by a pseudonym such as
``~17``, so that no screening result can name them). A row may be marked *weak* (its reference
photo failed the enrolment check). The set also carries the cohort for score normalisation
(engine.cohort) and each template's cohort statistics.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import numpy as np

from ..engine.cohort import CohortStats, as_norm, top_k_stats
from ..engine.recognizer import FEATURE_SIZE, MODEL_ID

# Student IDs of this form are pseudonyms of students without an opt-out (whole-school mode).
PSEUDONYM_PREFIX = "~"


def is_pseudonym(student_id: str | None) -> bool:
    return bool(student_id) and student_id.startswith(PSEUDONYM_PREFIX)


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
    # Per row: True when the student is opted out for the use (() means every row is).
    protected: tuple[bool, ...] = field(default=())
    # Per row: True when the reference photo was found weak at enrolment (() means none).
    weak: tuple[bool, ...] = field(default=())
    # Cohort features for score normalisation (None: scores are not normalised).
    cohort: np.ndarray | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        n = len(self.student_ids)
        if self.protected and len(self.protected) != n or self.weak and len(self.weak) != n:
            raise ValueError("a template set needs one protected and one weak flag per template")
        stats = top_k_stats(self.encodings, self.cohort) if self.cohort is not None and n else None
        object.__setattr__(self, "_cohort_stats", stats)

    def for_building(self, building: str | None) -> "TemplateSet":
        """The same templates for a post of this building (the cohort statistics carried over,
        not computed again: they depend only on the templates and the cohort)."""
        scoped = replace(self, building=building, cohort=None)
        object.__setattr__(scoped, "cohort", self.cohort)
        object.__setattr__(scoped, "_cohort_stats", getattr(self, "_cohort_stats", None))
        return scoped

    def with_cohort(self, cohort: np.ndarray | None) -> "TemplateSet":
        return replace(self, cohort=cohort)

    @property
    def protected_mask(self) -> np.ndarray:
        return np.array(self.protected, dtype=bool) if self.protected else np.ones(len(self), dtype=bool)

    @property
    def weak_mask(self) -> np.ndarray:
        return np.array(self.weak, dtype=bool) if self.weak else np.zeros(len(self), dtype=bool)

    @property
    def recognizes_all(self) -> bool:
        """True when the set also holds students without an opt-out (whole-school mode)."""
        return bool(self.protected) and not all(self.protected)

    @classmethod
    def empty(cls, model_id: str = MODEL_ID) -> "TemplateSet":
        return cls((), np.zeros((0, FEATURE_SIZE), dtype=np.float32), model_id)

    @classmethod
    def from_pairs(cls, pairs, model_id: str = MODEL_ID, schools=None, fingerprints=None, protected=None,
                   weak=None, cohort=None) -> "TemplateSet":
        pairs = list(pairs)
        if not pairs:
            return cls((), np.zeros((0, FEATURE_SIZE), dtype=np.float32), model_id, cohort=cohort)
        ids = tuple(sid for sid, _ in pairs)
        matrix = np.vstack([np.asarray(enc, dtype=np.float32).reshape(1, FEATURE_SIZE) for _, enc in pairs])
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        if not np.all(np.isfinite(norms)) or np.any(norms < 1e-6):
            raise ValueError("a face template is empty or not a number")
        matrix = matrix / norms
        school_codes = tuple(schools) if schools is not None else (None,) * len(ids)
        flags = tuple(bool(p) for p in protected) if protected is not None and not all(protected) else ()
        weak_flags = tuple(bool(w) for w in weak) if weak is not None and any(weak) else ()
        return cls(ids, matrix.astype(np.float32), model_id, school_codes, dict(fingerprints or {}),
                   protected=flags, weak=weak_flags, cohort=cohort)

    def __len__(self) -> int:
        return len(self.student_ids)

    def school_of(self, student_id: str) -> str | None:
        for sid, school in zip(self.student_ids, self.schools):
            if sid == student_id:
                return school
        return None

    def distances(self, encoding: np.ndarray, model_id: str = MODEL_ID) -> np.ndarray:
        """The distance of the face to every row (anything not a number counts as 0: near)."""
        return self._distances(encoding, model_id)

    def cohort_scores(self, encoding: np.ndarray, rows) -> np.ndarray | None:
        """AS-norm scores of the face against the given rows (None without a cohort); a score
        that is not a number counts as high (near)."""
        stats: CohortStats | None = getattr(self, "_cohort_stats", None)
        if stats is None or self.cohort is None:
            return None
        rows = np.asarray(rows, dtype=int)
        feature = np.asarray(encoding, dtype=np.float32).reshape(1, FEATURE_SIZE)
        probe = top_k_stats(feature, self.cohort)
        similarity = self.encodings[rows] @ feature[0]
        scores = as_norm(similarity, probe, CohortStats(stats.mean[rows], stats.std[rows]))
        return np.where(np.isfinite(scores), scores, np.inf)

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
