"""Cohort score normalisation (AS-norm) for faces of people on no roster.

A raw distance says little on its own for children: SFace puts different children closer
together than different adults, and some faces are near to many others. AS-norm (adaptive
symmetric score normalisation) scores a face against a template relative to how close each of
them comes to a *cohort* of other people's faces: the similarity minus the mean of the top-K
cohort similarities, over their standard deviation, for the face and for the template,
averaged. A face that is closer to an opted-out student's template than to almost any cohort
face scores high even when the raw distance looks "far", which is what a child photographed
years later looks like (docs/thresholds.md).

The cohort shipped with ClearPost is the SFace features of the FairFace portraits in the
shared photo set (all ages, Kärkkäinen & Joo, WACV 2021, CC BY 4.0: see engine/data/SOURCES.md),
in ``engine/data/cohort_fairface.npy``, checked by sha256 like the model. Built by
``benchmarks/build_cohort.py``. Cohort faces within ``SAME_FACE`` of the face or template
being normalised are left out (the same photo or person: not a cohort impostor).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .models import data_dir, verified_model
from .recognizer import FEATURE_SIZE, MODEL_ID

COHORT_FILE = "cohort_fairface.npy"
COHORT_SHA256 = "e354d56b0740431666a3841508a5ea87683633e928704718c1c671c1f086af84"
# The cohort was encoded by this face model: with another, the cohort is not used (scores
# are then never normalised, so nothing is cleared by it either).
COHORT_MODEL = MODEL_ID
TOP_K = 10
SAME_FACE = 0.2


@lru_cache(maxsize=1)
def shipped_cohort() -> np.ndarray:
    """The shipped cohort's features (N x 128, rows normalised), checked by sha256."""
    path = verified_model(data_dir() / COHORT_FILE, COHORT_SHA256)
    matrix = np.load(path, allow_pickle=False).astype(np.float32)
    if matrix.ndim != 2 or matrix.shape[1] != FEATURE_SIZE:
        raise ValueError(f"{path.name}: not a cohort of {FEATURE_SIZE}-number features")
    return matrix


@dataclass(frozen=True)
class CohortStats:
    """Mean and standard deviation of the top-K cohort similarities of some features."""

    mean: np.ndarray
    std: np.ndarray


def top_k_stats(features: np.ndarray, cohort: np.ndarray, k: int = TOP_K) -> CohortStats:
    """For each row of ``features``: the mean and spread of its ``k`` highest similarities to
    the cohort, leaving out cohort faces within SAME_FACE of it."""
    features = np.atleast_2d(np.asarray(features, dtype=np.float32))
    if not len(cohort) or not len(features):
        n = len(features)
        return CohortStats(np.zeros(n, np.float32), np.ones(n, np.float32))
    sims = features @ cohort.T
    sims = np.where(sims > 1.0 - SAME_FACE, -np.inf, sims)
    k = max(1, min(k, cohort.shape[0]))
    top = -np.sort(-sims, axis=1)[:, :k]
    top = np.where(np.isfinite(top), top, 0.0)
    std = np.maximum(top.std(axis=1), 1e-3)
    return CohortStats(top.mean(axis=1).astype(np.float32), std.astype(np.float32))


def as_norm(similarity: np.ndarray, probe: CohortStats, templates: CohortStats) -> np.ndarray:
    """AS-norm scores of one face (``probe``, stats of one row) against each template."""
    return 0.5 * ((similarity - probe.mean[0]) / probe.std[0] + (similarity - templates.mean) / templates.std)
