"""Profile one worker's screening pass by pass, and record what it found (issue 17).

Screens photos in this process with one OpenCV thread (as a pool worker does), counting every
CenterFace forward pass by what asked for it (the first search of a frame, its large-face
re-box, the tiles, the other quarter turns, the landmark re-detections for averaging, the
landmarks of HOG faces) with its input size and time, plus HOG, SFace, quality and decoding.
Every face ``find_faces`` returns is written to a JSON file (box, landmarks, where found,
reason, SFace feature), so that two versions of the code can be compared face by face:

    uv run python benchmarks/profile_passes.py --out /tmp/before.json
    ... change the code ...
    uv run python benchmarks/profile_passes.py --out /tmp/after.json --compare /tmp/before.json

Photos (default): the benchmark set of bench_screening.py (groups/, 2 people/ photos per
identity, orientation/, detection/*.jpg). Recall against detection/'s hand-drawn boxes and the
faces per groups/ photo are printed too.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_screening import default_photos, ground_truth, score_boxes  # noqa: E402

FACES = REPO.parent / "shared" / "faces"

_stats: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0])  # tag -> [calls, seconds, pixels]
_context: list[str] = []


def _tag_for_centerface() -> str:
    """Name the CenterFace pass by the detector method that asked for it."""
    frame = sys._getframe(2)
    names = []
    while frame is not None and len(names) < 6:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    ctx = _context[-1] if _context else "?"
    for wanted, tag in (("landmark_variants", "landmarks for averaging"),
                        ("with_landmarks", "landmarks of HOG face"),
                        ("landmarks_at", "landmarks_at (other)"),
                        ("_refine_large_faces", f"{ctx}:re-box"), ("_detect_tiles", f"{ctx}:tiles"),
                        ("_detect_centerface", f"{ctx}:search")):
        if wanted in names:
            return tag
    return f"{ctx}:{names[0]}/{names[1]}"


def instrument(screener) -> None:
    det = screener.detector
    cf = det._centerface

    class Timed:
        def __init__(self, inner):
            self.inner = inner

        def __getattr__(self, name):
            return getattr(self.inner, name)

        def __call__(self, img, threshold=0.5):
            tag = _tag_for_centerface()
            t0 = time.perf_counter()
            out = self.inner(img, threshold=threshold)
            s = _stats["centerface " + tag]
            s[0] += 1
            s[1] += time.perf_counter() - t0
            s[2] += img.shape[0] * img.shape[1] if hasattr(img, "shape") else 0
            return out

    det._centerface = Timed(cf)

    def timed(obj, name, tag):
        fn = getattr(obj, name)

        def wrapper(*a, **k):
            t0 = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                s = _stats[tag]
                s[0] += 1
                s[1] += time.perf_counter() - t0
        setattr(obj, name, wrapper)

    if hasattr(det, "_detect_hog"):
        timed(det, "_detect_hog", "dlib HOG")
    timed(screener.encoder, "encode", "SFace (one alignment)")
    if hasattr(screener.encoder, "encode_many"):
        timed(screener.encoder, "encode_many", "SFace (batch)")

    upright = screener._faces_upright
    counter = {"n": 0}

    def faces_upright(pixels, frame, hog=True, known=None, tiles=False):
        counter["n"] += 1
        _context.append("first" if counter["n"] == 1 else ("turn-small" if known is not None else "turn-full"))
        try:
            return upright(pixels, frame, hog=hog, known=known, tiles=tiles)
        finally:
            _context.pop()
    screener._faces_upright = faces_upright

    find = screener.find_faces
    screener._found = []

    def find_faces(pixels, frame=0, orientation=1):
        counter["n"] = 0
        faces = find(pixels, frame, orientation)
        screener._found.append((pixels.shape[:2], faces))
        return faces
    screener.find_faces = find_faces

    import desktop_app.screening.photo as photo_mod
    load = photo_mod.load_image

    def load_image(*a, **k):
        t0 = time.perf_counter()
        try:
            return load(*a, **k)
        finally:
            s = _stats["decode (load_image)"]
            s[0] += 1
            s[1] += time.perf_counter() - t0
    photo_mod.load_image = load_image


def face_record(f) -> dict:
    d = f.detection
    up = f.upright
    return {
        "box": [round(v, 2) for v in (d.left, d.top, d.right, d.bottom)],
        "source": (up.source if up is not None else d.source),
        "found_in": f.found_in,
        "landmarks": None if up is None or up.landmarks is None else [round(v, 2) for v in up.landmarks],
        "reason": f.reason,
        "size_px": round(float(f.size_px), 2),
        "encoding": None if f.encoding is None else [round(float(v), 6) for v in f.encoding],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("photos", nargs="*", type=Path)
    ap.add_argument("--faces", type=Path, default=FACES)
    ap.add_argument("--out", type=Path, help="write the faces found to this JSON file")
    ap.add_argument("--compare", type=Path, help="compare with the faces of an earlier --out")
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()

    import cv2

    cv2.setNumThreads(args.threads)
    from desktop_app.screening.photo import PhotoScreener
    from desktop_app.screening.templates import TemplateSet
    from desktop_app.settings import ScreeningSettings

    photos = args.photos or default_photos(args.faces, 2)
    screener = PhotoScreener(ScreeningSettings())
    instrument(screener)
    templates = TemplateSet.empty()
    screener.screen(str(args.faces / "other" / "target.jpg"), templates)  # warm-up
    _stats.clear()

    records: dict[str, list] = {}
    per_photo: dict[str, float] = {}
    cpu0, t0 = time.process_time(), time.perf_counter()
    for path in photos:
        rel = path.relative_to(args.faces).as_posix() if path.is_relative_to(args.faces) else str(path)
        screener._found = []
        t = time.perf_counter()
        result = screener.screen(str(path), templates)
        per_photo[rel] = time.perf_counter() - t
        if result.error:
            print(f"ERROR {rel}: {result.error}")
        records[rel] = {"faces": [[face_record(f) for f in faces] for _shape, faces in screener._found],
                        "boxes": [list(f.box) for f in result.faces]}
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    n = len(photos)

    print(f"{n} photos, {wall:.1f} s wall, {cpu:.1f} CPU s, {cpu / n:.3f} CPU s per photo (1 OpenCV thread)")
    print(f"{'stage':48s} {'calls':>6s} {'per photo':>9s} {'seconds':>8s} {'s/photo':>8s} {'Mpx/call':>8s}")
    total_cf = [0, 0.0]
    for tag, (calls, secs, px) in sorted(_stats.items(), key=lambda kv: -kv[1][1]):
        print(f"{tag:48s} {calls:6d} {calls / n:9.2f} {secs:8.2f} {secs / n:8.3f} {px / max(calls, 1) / 1e6:8.2f}")
        if tag.startswith("centerface"):
            total_cf[0] += calls
            total_cf[1] += secs
    print(f"{'centerface, all passes':48s} {total_cf[0]:6d} {total_cf[0] / n:9.2f} {total_cf[1]:8.2f} {total_cf[1] / n:8.3f}")

    # yield: which search found each face
    yields = Counter()
    for rec in records.values():
        for faces in rec["faces"]:
            for f in faces:
                yields[(f["source"], f["found_in"])] += 1
    print("faces by where found (source, quarter turn):", dict(sorted(yields.items())))
    total_faces = sum(len(r["boxes"]) for r in records.values())
    print(f"faces reported: {total_faces}")

    truth = ground_truth(args.faces)
    found = missed = 0
    for rel, rec in records.items():
        name = Path(rel).name
        if rel.startswith("detection/") and name in truth:
            hit, _fp = score_boxes([tuple(b) for b in rec["boxes"]], truth[name])
            found += hit
            missed += len(truth[name]) - hit
    print(f"detection/ hand-drawn boxes found: {found} of {found + missed}")
    groups = {rel: len(rec["boxes"]) for rel, rec in records.items() if rel.startswith("groups/")}
    print("groups/ faces:", sum(groups.values()), groups)
    slow = sorted(per_photo.items(), key=lambda kv: -kv[1])[:5]
    print("slowest photos:", ", ".join(f"{k} {v:.2f}s" for k, v in slow))

    if args.out:
        args.out.write_text(json.dumps(records, default=float))
    if args.compare:
        compare(json.loads(args.compare.read_text()), records)
    return 0


def compare(before: dict, after: dict) -> None:
    """Face by face: same boxes and reasons? how far apart are the features?"""
    lost = gained = changed_reason = 0
    dists = []
    box_moves = []
    for rel in sorted(set(before) | set(after)):
        b_faces = [f for fr in before.get(rel, {}).get("faces", []) for f in fr]
        a_faces = [f for fr in after.get(rel, {}).get("faces", []) for f in fr]
        used = set()
        for bf in b_faces:
            best, best_d = None, 1e9
            for j, af in enumerate(a_faces):
                if j in used:
                    continue
                d = max(abs(x - y) for x, y in zip(bf["box"], af["box"]))
                if d < best_d:
                    best, best_d = j, d
            side = bf["box"][2] - bf["box"][0]
            if best is None or best_d > 0.3 * side:
                lost += 1
                print(f"  LOST   {rel}: {bf['box']} {bf['source']} turn {bf['found_in']} {bf['reason']!r}")
                continue
            used.add(best)
            af = a_faces[best]
            box_moves.append(best_d / max(side, 1))
            if af["reason"] != bf["reason"]:
                changed_reason += 1
                print(f"  REASON {rel}: {bf['box']} {bf['reason']!r} -> {af['reason']!r}")
            if bf["encoding"] is not None and af["encoding"] is not None:
                dists.append(1.0 - float(np.dot(bf["encoding"], af["encoding"])))
        for j, af in enumerate(a_faces):
            if j not in used:
                gained += 1
                print(f"  NEW    {rel}: {af['box']} {af['source']} turn {af['found_in']} {af['reason']!r}")
    print(f"compared: {lost} faces lost, {gained} new, {changed_reason} with another reason; "
          f"box moved by at most {max(box_moves, default=0):.3f} of the face's side")
    if dists:
        d = np.asarray(dists)
        print(f"feature distance before/after over {len(d)} encoded faces: max {d.max():.4f}, "
              f"mean {d.mean():.4f}, median {np.median(d):.4f}, >0.01: {(d > 0.01).sum()}, >0.05: {(d > 0.05).sum()}")


if __name__ == "__main__":
    raise SystemExit(main())
