"""Build the cohort ClearPost ships for score normalisation (engine/cohort.py).

The SFace features (ClearPost's own pipeline: load_image, find_faces, the averaged feature)
of the largest face of each FairFace portrait in ``shared/faces/ages`` (CC BY 4.0), saved as
``desktop_app/engine/data/cohort_fairface.npy``; prints its sha256 for engine/cohort.py.

    uv run python benchmarks/build_cohort.py [--faces ../shared/faces]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
from face_features import faces_of, largest  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--faces", type=Path, default=REPO.parent / "shared" / "faces")
    ap.add_argument("--cache", type=Path, default=None)
    a = ap.parse_args()
    ages = a.faces / "ages"
    meta = json.loads((ages / "ages.json").read_text())
    rels = sorted(e["filename"] for e in meta if e["filename"].startswith("fairface_"))
    faces = faces_of(ages, rels, a.cache)
    rows = [largest(faces[r]).encoding for r in rels if largest(faces[r]) is not None
            and largest(faces[r]).encoding is not None]
    matrix = np.asarray(rows, dtype=np.float32)
    buf = io.BytesIO()
    np.save(buf, matrix, allow_pickle=False)
    out = REPO / "desktop_app" / "engine" / "data" / "cohort_fairface.npy"
    out.write_bytes(buf.getvalue())
    print(f"{len(rels)} portraits, {len(rows)} faces -> {out.relative_to(REPO)}")
    print("sha256", hashlib.sha256(buf.getvalue()).hexdigest())


if __name__ == "__main__":
    main()
