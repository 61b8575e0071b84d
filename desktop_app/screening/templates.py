"""The face templates a screening compares against, as one matrix for fast distances."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine.encoder import ENCODING_SIZE


@dataclass(frozen=True)
class TemplateSet:
    """Encodings of opted-out students (one row per reference photo) for one use."""

    student_ids: tuple[str, ...]
    encodings: np.ndarray  # N x 128 float64

    @classmethod
    def empty(cls) -> "TemplateSet":
        return cls((), np.zeros((0, ENCODING_SIZE)))

    @classmethod
    def from_pairs(cls, pairs) -> "TemplateSet":
        pairs = list(pairs)
        if not pairs:
            return cls.empty()
        ids = tuple(sid for sid, _ in pairs)
        matrix = np.vstack([np.asarray(enc, dtype=np.float64).reshape(1, ENCODING_SIZE) for _, enc in pairs])
        return cls(ids, matrix)

    def __len__(self) -> int:
        return len(self.student_ids)

    def nearest(self, encoding: np.ndarray) -> tuple[str | None, float | None]:
        """The student whose template is nearest, and the distance (None when empty)."""
        if not len(self):
            return None, None
        distances = np.linalg.norm(self.encodings - encoding, axis=1)
        best = int(np.argmin(distances))
        return self.student_ids[best], float(distances[best])
