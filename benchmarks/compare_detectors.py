"""Compare the face detectors ClearPost could use, on the shared photos.

Detectors (boxes in frame pixels; every detector only ever shrinks a photo, never enlarges it):

- CenterFace exactly as ``FaceDetector._detect_centerface`` runs it (input capped at 1280 px,
  score threshold 0.5, boxes converted to dlib-style squares by ``centerface_to_dlib_box``), and
  the same with the input capped at 640 px (CenterFace misplaces very large faces);
- dlib HOG (``dlib.get_frontal_face_detector()``) with the photo capped at 800 px and at 1600 px
  long side, upsample 0 and 1 (photos smaller than the cap are used as they are, so on photos of
  800 px or less the two caps are the same computation and the 800 px result is reused);
- dlib CNN (mmod model of face_recognition_models, ``dlib.cnn_face_detection_model_v1``) at
  800 px, upsample 0 (upsample 1 on the labelled detection/ photos only: ~10 s a photo; on ages/
  only every 8th portrait: ~2 s a portrait on 2 cores);
- the shipped combination ``FaceDetector.detect`` (CenterFace + HOG 800/up0 second opinion), and
  how many faces the HOG second opinion adds.

Measured: ages/ portraits with at least one face (of 272); faces found per groups/ photo;
detection/ photos with hand-drawn boxes (training.xml + testing.xml; ``ignore='1'`` boxes count
neither as found nor as false positives): labels found (a detection matches a label when IoU >=
0.3 or the label's centre is inside it), split at 40 px label width, false positives (detections
matching no label), and dogs.jpg (no people: every detection is false); seconds per image.

Box conversion check: for faces both HOG (800/up0, as shipped) and CenterFace find, the
distance between the encoding computed from the HOG box and from the converted CenterFace box,
and between the HOG box and the HOG box scaled by +-10 %; plus the geometry (side ratio, centre
offset) between HOG boxes and raw CenterFace boxes, i.e. the constants the conversion should use.

Run from the repository root (about 8 minutes on 2 idle cores, longer on a busy machine):

    uv run python benchmarks/compare_detectors.py [FACES_DIR] | tee benchmarks/results/detectors.txt

FACES_DIR defaults to ``../shared/faces`` relative to the repository root.
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import dlib  # noqa: E402

from desktop_app.engine.detector import (  # noqa: E402
    CENTERFACE_MAX_SIDE,
    HOG_MAX_SIDE,
    Detection,
    FaceDetector,
    _overlaps,
    _resized,
    centerface_to_dlib_box,
    iou,
)


class FaceEncoder:
    """dlib's ResNet encoder (face_recognition's), as ClearPost used it before SFace: this
    measurement of box conversion was made for it (docs/detection.md)."""

    def __init__(self, num_jitters: int = 1) -> None:
        import dlib

        paths = model_paths()
        self._dlib = dlib
        self._landmarks = dlib.shape_predictor(str(paths.shape_predictor_5))
        self._model = dlib.face_recognition_model_v1(str(paths.face_recognition))
        self.num_jitters = num_jitters

    def encode(self, pixels: np.ndarray, det: Detection) -> np.ndarray:
        rect = self._dlib.rectangle(int(round(det.left)), int(round(det.top)), int(round(det.right)),
                                    int(round(det.bottom)))
        shape = self._landmarks(pixels, rect)
        return np.asarray(self._model.compute_face_descriptor(pixels, shape, self.num_jitters), dtype=np.float64)
from desktop_app.engine.models import model_paths  # noqa: E402
from desktop_app.imaging.loader import load_image  # noqa: E402

IMAGE_EXTS = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".tif", ".tiff", ".heic"}
SMALL_LABEL_PX = 40
CNN_AGES_EVERY = 8
CONVERSION_AGES_EVERY = 2  # box-conversion check: every 2nd ages/ portrait (4 encodings per face)
# Faces clearly visible in each groups/ photo, counted by eye (approximate; not ground truth).
GROUPS_BY_EYE = {
    "bald_guys.jpg": 24,
    "couple.jpg": 2,
    "kit_with_rose.jpg": 2,
    "longoria-cooper.jpg": 2,
    "multiface.jpg": 6,
    "obama_and_biden.jpg": 3,
    "selfie-many-people.jpg": 7,
    "two_people.jpg": 2,
}


def code_version() -> str:
    """git commit of the repository, and whether desktop_app/ differs from it."""
    import subprocess

    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "desktop_app"], cwd=REPO, capture_output=True, text=True).stdout
        return f"{head or 'unknown'}{' + uncommitted changes in desktop_app/' if dirty.strip() else ''}"
    except OSError:
        return "unknown"


def out(line: str = "") -> None:
    print(line, flush=True)


@dataclass
class Box:
    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    def det(self) -> Detection:
        return Detection(self.left, self.top, self.right, self.bottom, 1.0, "label")


# ------------------------------------------------------------------------------------------------
class Detectors:
    def __init__(self) -> None:
        self.shipped = FaceDetector(threshold=0.5, use_hog=True)
        self.hog = dlib.get_frontal_face_detector()
        self.cnn = dlib.cnn_face_detection_model_v1(str(model_paths().cnn_detector))

    def centerface(self, pixels: np.ndarray) -> list[Detection]:
        return self.shipped._detect_centerface(pixels)

    def centerface_raw(self, pixels: np.ndarray, threshold: float) -> list[tuple[float, float, float, float, float]]:
        """Raw CenterFace boxes (x1, y1, x2, y2, score) in frame pixels, before conversion."""
        small, ratio = _resized(pixels, CENTERFACE_MAX_SIDE)
        dets, _ = self.shipped._centerface(small, threshold=threshold)
        return [(x1 / ratio, y1 / ratio, x2 / ratio, y2 / ratio, float(s)) for x1, y1, x2, y2, s in dets]

    def centerface_at(self, max_side: int) -> Callable[[np.ndarray], list[Detection]]:
        """CenterFace as shipped but with another input cap (to see how it handles large faces)."""
        def run(pixels: np.ndarray) -> list[Detection]:
            small, ratio = _resized(pixels, max_side)
            dets, _ = self.shipped._centerface(small, threshold=self.shipped.threshold)
            return [Detection(*centerface_to_dlib_box(x1 / ratio, y1 / ratio, x2 / ratio, y2 / ratio), float(sc), "centerface")
                    for x1, y1, x2, y2, sc in dets]
        return run

    def hog_at(self, max_side: int, upsample: int) -> Callable[[np.ndarray], list[Detection]]:
        def run(pixels: np.ndarray) -> list[Detection]:
            small, ratio = _resized(pixels, max_side)
            rects, scores, _ = self.hog.run(np.ascontiguousarray(small), upsample, 0.0)
            return [Detection(r.left() / ratio, r.top() / ratio, r.right() / ratio, r.bottom() / ratio, float(s), "hog")
                    for r, s in zip(rects, scores)]
        return run

    def cnn_at(self, max_side: int, upsample: int) -> Callable[[np.ndarray], list[Detection]]:
        def run(pixels: np.ndarray) -> list[Detection]:
            small, ratio = _resized(pixels, max_side)
            found = self.cnn(np.ascontiguousarray(small), upsample)
            return [Detection(m.rect.left() / ratio, m.rect.top() / ratio, m.rect.right() / ratio,
                              m.rect.bottom() / ratio, float(m.confidence), "cnn") for m in found]
        return run


def images_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_EXTS)


def frame_of(path: Path) -> np.ndarray:
    image = load_image(path)
    return image.frames[0].pixels


def read_labels(detection_dir: Path) -> dict[str, tuple[list[Box], list[Box]]]:
    """file name -> (labels, ignored boxes), from dlib imglab XML files."""
    labels: dict[str, tuple[list[Box], list[Box]]] = {}
    for xml in ("training.xml", "testing.xml"):
        path = detection_dir / xml
        if not path.is_file():
            continue
        for image in ET.parse(path).getroot().iter("image"):
            keep, ignore = labels.setdefault(image.get("file"), ([], []))
            for b in image.iter("box"):
                left, top = float(b.get("left")), float(b.get("top"))
                box = Box(left, top, left + float(b.get("width")), top + float(b.get("height")))
                (ignore if b.get("ignore", "0") == "1" else keep).append(box)
    return labels


def matches(det: Detection, label: Box) -> bool:
    if iou(det, label.det()) >= 0.3:
        return True
    cx, cy = (label.left + label.right) / 2, (label.top + label.bottom) / 2
    return det.left <= cx <= det.right and det.top <= cy <= det.bottom


# ------------------------------------------------------------------------------------------------
def run_all(faces_dir: Path, dets: Detectors):
    labels = read_labels(faces_dir / "detection")
    sets = {
        "ages": images_in(faces_dir / "ages"),
        "groups": images_in(faces_dir / "groups"),
        "detection": images_in(faces_dir / "detection"),
    }
    cnn_ages = set(sets["ages"][::CNN_AGES_EVERY])
    detectors: list[tuple[str, Callable, Callable[[str, Path], bool]]] = [
        (f"CenterFace {CENTERFACE_MAX_SIDE} t0.5", dets.centerface, lambda s, p: True),
        ("CenterFace 640 t0.5", dets.centerface_at(640), lambda s, p: True),
        ("HOG 800 up0", dets.hog_at(800, 0), lambda s, p: True),
        ("HOG 800 up1", dets.hog_at(800, 1), lambda s, p: True),
        ("HOG 1600 up0", dets.hog_at(1600, 0), lambda s, p: True),
        ("HOG 1600 up1", dets.hog_at(1600, 1), lambda s, p: True),
        ("CNN 800 up0", dets.cnn_at(800, 0), lambda s, p: s != "ages" or p in cnn_ages),
        ("CNN 800 up1", dets.cnn_at(800, 1), lambda s, p: s == "detection" and p.name in labels),
        ("shipped CF+HOG", dets.shipped.detect, lambda s, p: True),
    ]
    results: dict[tuple[str, str, str], tuple[list[Detection], float]] = {}
    pixels_cache: dict[Path, np.ndarray] = {}
    for set_name, paths in sets.items():
        for path in paths:
            pixels = frame_of(path)
            pixels_cache[path] = pixels
            for name, fn, wanted in detectors:
                if not wanted(set_name, path):
                    continue
                if name.startswith("HOG 1600") and max(pixels.shape[:2]) <= 800:
                    # Below both caps HOG 1600 runs the very same computation as HOG 800: reuse it.
                    results[(name, set_name, path.name)] = results[(name.replace("1600", "800"), set_name, path.name)]
                    continue
                t0 = time.perf_counter()
                found = fn(pixels)
                results[(name, set_name, path.name)] = (found, time.perf_counter() - t0)
    return sets, labels, cnn_ages, [d[0] for d in detectors], results, pixels_cache


def report(sets, labels, cnn_ages, names, results):
    out("=" * 110)
    out("1. Detection rates and speed")
    out("=" * 110)
    det_files = [p.name for p in sets["detection"] if p.name in labels]
    all_labels = [lab for f in det_files for lab in labels[f][0]]
    n_small = sum(lab.width < SMALL_LABEL_PX for lab in all_labels)
    n_large = len(all_labels) - n_small
    n_ignored = sum(len(labels[f][1]) for f in det_files)
    out(f"ages/: {len(sets['ages'])} portraits (CNN: every {CNN_AGES_EVERY}th, {len(cnn_ages)} portraits); "
        f"detection/: {len(det_files)} labelled photos, {len(all_labels)} labels "
        f"({n_small} under {SMALL_LABEL_PX} px wide, {n_large} {SMALL_LABEL_PX} px or more; {n_ignored} ignore boxes)")
    out()
    hdr = (f"{'detector':<20} | {'ages >=1 face':>13} {'on CNN subset':>13} {'s/img':>6} | "
           f"{'labels found':>12} {'<' + str(SMALL_LABEL_PX) + 'px':>6} {'>=' + str(SMALL_LABEL_PX) + 'px':>6} "
           f"{'false pos':>9} {'dogs FP':>7} {'s/img':>6} | {'groups faces':>12} {'s/img':>6}")
    out(hdr)
    for name in names:
        ages = [(p, results.get((name, "ages", p.name))) for p in sets["ages"]]
        ages = [(p, r) for p, r in ages if r is not None]
        cell_ages = cell_sub = "-"
        t_ages = "-"
        if ages:
            hit = sum(1 for _, r in ages if r[0])
            cell_ages = f"{hit}/{len(ages)}" if len(ages) == len(sets["ages"]) else "-"
            sub = [(p, r) for p, r in ages if p in cnn_ages]
            cell_sub = f"{sum(1 for _, r in sub if r[0])}/{len(sub)}"
            t_ages = f"{np.mean([r[1] for _, r in ages]):6.3f}"
        found_small = found_large = fp = 0
        t_det = []
        for f in det_files:
            r = results.get((name, "detection", f))
            if r is None:
                continue
            keep, ignore = labels[f]
            t_det.append(r[1])
            for lab in keep:
                if any(matches(d, lab) for d in r[0]):
                    if lab.width < SMALL_LABEL_PX:
                        found_small += 1
                    else:
                        found_large += 1
            fp += sum(1 for d in r[0] if not any(matches(d, lab) for lab in keep + ignore))
        dogs = results.get((name, "detection", "dogs.jpg"))
        groups = [results.get((name, "groups", p.name)) for p in sets["groups"]]
        groups = [g for g in groups if g is not None]
        cells_det = (f"{found_small + found_large:>5}/{len(all_labels):<6} {found_small:>6} {found_large:>6} {fp:>9} "
                     f"{len(dogs[0]) if dogs else '-':>7} {np.mean(t_det):6.3f}") if t_det else f"{'-':>12} {'':>6} {'':>6} {'':>9} {'':>7} {'':>6}"
        cells_groups = f"{sum(len(g[0]) for g in groups):>12} {np.mean([g[1] for g in groups]):6.3f}" if groups else f"{'-':>12} {'':>6}"
        out(f"{name:<20} | {cell_ages:>13} {cell_sub:>13} {t_ages:>6} | {cells_det} | {cells_groups}")

    out()
    out("Faces found per groups/ photo (by eye = clearly visible faces counted by a person, approximate)")
    out(f"{'photo':<24} {'px':>10} {'by eye':>6} " + " ".join(f"{n[:15]:>15}" for n in names))
    for p in sets["groups"]:
        row = []
        for name in names:
            r = results.get((name, "groups", p.name))
            row.append(f"{len(r[0]) if r else '-':>15}")
        size = load_image(p).size
        out(f"{p.name:<24} {f'{size[0]}x{size[1]}':>10} {GROUPS_BY_EYE.get(p.name, '?'):>6} " + " ".join(row))

    out()
    out("Unlabelled detection/ photos (faces found): " + "; ".join(
        f"{p.name}: " + ", ".join(f"{n}={len(results[(n, 'detection', p.name)][0])}" for n in names
                                  if (n, "detection", p.name) in results)
        for p in sets["detection"] if p.name not in labels))

    out()
    out("False positives on labelled photos (file: left,top width score):")
    for name in names:
        fps = []
        for f in det_files:
            r = results.get((name, "detection", f))
            if r is None:
                continue
            keep, ignore = labels[f]
            fps += [f"{f[:-4]}:{d.left:.0f},{d.top:.0f} w{d.width:.0f} s{d.score:.2f}" for d in r[0]
                    if not any(matches(d, lab) for lab in keep + ignore)]
        if fps:
            out(f"  {name:<20} {len(fps):>2}: " + "; ".join(fps))
    out()
    out("Labels missed per detector (file: left,top width):")
    for name in names:
        missed = []
        for f in det_files:
            r = results.get((name, "detection", f))
            if r is None:
                continue
            missed += [f"{f[:-4]}:{lab.left:.0f},{lab.top:.0f} w{lab.width:.0f}" for lab in labels[f][0]
                       if not any(matches(d, lab) for d in r[0])]
        out(f"  {name:<20} {len(missed):>2}: " + "; ".join(missed))


def report_second_opinion(sets, labels, results, dets: Detectors, pixels_cache):
    out()
    out("=" * 110)
    out("2. What the HOG second opinion adds to CenterFace (shipped FaceDetector.detect)")
    out("=" * 110)
    name = "shipped CF+HOG"
    for set_name in ("ages", "groups", "detection"):
        added = 0
        imgs_with = 0
        true_added = false_added = 0
        rescued = 0
        for p in sets[set_name]:
            r = results.get((name, set_name, p.name))
            if r is None:
                continue
            hog_only = [d for d in r[0] if d.source == "hog"]
            cf_only = [d for d in r[0] if d.source == "centerface"]
            added += len(hog_only)
            imgs_with += bool(hog_only)
            if set_name == "ages" and hog_only and not cf_only:
                rescued += 1
            if set_name == "detection" and p.name in labels:
                keep, ignore = labels[p.name]
                for d in hog_only:
                    if any(matches(d, lab) for lab in keep):
                        true_added += 1
                    elif not any(matches(d, lab) for lab in ignore):
                        false_added += 1
        line = f"{set_name:<10}: HOG added {added} faces in {imgs_with} photos"
        if set_name == "ages":
            line += f"; portraits where only HOG found a face: {rescued}"
        if set_name == "detection":
            line += f"; of those on labelled photos: {true_added} labelled faces, {false_added} false positives"
        out(line)
    # Which CenterFace score did the HOG-only faces have?
    scores = []
    for set_name in ("ages", "groups", "detection"):
        for p in sets[set_name]:
            r = results.get((name, set_name, p.name))
            if r is None or not any(d.source == "hog" for d in r[0]):
                continue
            raw = dets.centerface_raw(pixels_cache[p], 0.05)
            for d in (d for d in r[0] if d.source == "hog"):
                best = 0.0
                for x1, y1, x2, y2, s in raw:
                    conv = Detection(*centerface_to_dlib_box(x1, y1, x2, y2), s, "centerface")
                    if _overlaps(d, conv) or _overlaps(conv, d):
                        best = max(best, s)
                scores.append((set_name, p.name, d.width, best))
    if scores:
        out("HOG-only faces and the best CenterFace score at that place (threshold 0.05; 0 = nothing):")
        for set_name, fname, w, s in scores:
            out(f"  {set_name:<10} {fname:<28} width {w:5.0f}px  CenterFace score {s:.2f}")


def report_conversion(faces_dir: Path, sets, results, pixels_cache, dets: Detectors):
    out()
    out("=" * 110)
    out("3. Box conversion: encodings from HOG boxes vs converted CenterFace boxes (same face)")
    out("=" * 110)
    encoder = FaceEncoder()
    hog = dets.hog_at(HOG_MAX_SIDE, 0)
    cf640 = dets.centerface_at(640)
    cf_name, hog_name = f"CenterFace {CENTERFACE_MAX_SIDE} t0.5", "HOG 800 up0"
    people = [p for d in sorted((faces_dir / "people").iterdir()) if d.is_dir() for p in images_in(d)]
    work = [("ages", p) for p in sets["ages"][::CONVERSION_AGES_EVERY]] + [("people", p) for p in people]
    work += [("groups", p) for p in sets["groups"]] + [("detection", p) for p in sets["detection"]]
    rows = []  # (file, hog side, d_cf, d_up, d_down, side ratio, dx, dy, iou, raw side ratio, raw dy)
    for set_name, p in work:
        if set_name == "people":
            pixels = frame_of(p)
            hogs, convs = hog(pixels), dets.centerface(pixels)
            convs640 = cf640(pixels) if hogs else []
        else:
            pixels = pixels_cache[p]
            hogs, convs = results[(hog_name, set_name, p.name)][0], results[(cf_name, set_name, p.name)][0]
            convs640 = results[("CenterFace 640 t0.5", set_name, p.name)][0]
        for h in hogs:
            pairs = [(iou(h, c), c) for c in convs if _overlaps(h, c) or _overlaps(c, h)]
            if not pairs:
                continue
            best_iou, conv = max(pairs, key=lambda t: t[0])
            e_h = encoder.encode(pixels, h)
            cx, cy, side = (h.left + h.right) / 2, (h.top + h.bottom) / 2, h.width
            up = Detection(cx - 0.55 * side, cy - 0.55 * side, cx + 0.55 * side, cy + 0.55 * side, 1, "hog")
            down = Detection(cx - 0.45 * side, cy - 0.45 * side, cx + 0.45 * side, cy + 0.45 * side, 1, "hog")
            # invert centerface_to_dlib_box: raw width = side / 1.04, raw centre y = centre y - 0.06 * side
            raw_w = conv.width / 1.04
            raw_cy = (conv.top + conv.bottom) / 2 - 0.06 * conv.width
            # the same face from CenterFace with its input capped at 640 px
            c640 = [(iou(h, c), c) for c in convs640 if _overlaps(h, c) or _overlaps(c, h)]
            iou640, d640 = float("nan"), float("nan")
            if c640:
                iou640, conv640 = max(c640, key=lambda t: t[0])
                d640 = float(np.linalg.norm(e_h - encoder.encode(pixels, conv640)))
            cf_ratio = min(1.0, CENTERFACE_MAX_SIDE / max(pixels.shape[:2]))
            rows.append((
                f"{set_name}/{p.name}", side,
                float(np.linalg.norm(e_h - encoder.encode(pixels, conv))),
                float(np.linalg.norm(e_h - encoder.encode(pixels, up))),
                float(np.linalg.norm(e_h - encoder.encode(pixels, down))),
                conv.width / side, ((conv.left + conv.right) / 2 - cx) / side, ((conv.top + conv.bottom) / 2 - cy) / side,
                best_iou, side / raw_w, (cy - raw_cy) / side,
                raw_w * cf_ratio, iou640, d640,
            ))
    a = np.array([r[1:] for r in rows], dtype=float)
    side, d_cf, d_up, d_down = a[:, 0], a[:, 1], a[:, 2], a[:, 3]

    def stats(v):
        return f"median {np.median(v):.3f}  p95 {np.percentile(v, 95):.3f}  max {np.max(v):.3f}"

    out(f"faces found by both HOG 800/up0 and CenterFace (every {CONVERSION_AGES_EVERY}nd ages/ portrait, people/, groups/, "
        f"detection/): {len(rows)}, HOG box side median {np.median(side):.0f} px")
    out(f"encoding distance HOG box vs converted CenterFace box: {stats(d_cf)}")
    out(f"encoding distance HOG box vs HOG box +10 %:           {stats(d_up)}")
    out(f"encoding distance HOG box vs HOG box -10 %:           {stats(d_down)}")
    out("share of faces whose two encodings differ by more than 0.05 / 0.10 / 0.20: " + "; ".join(
        f"{n} {np.mean(v > 0.05):.3f} / {np.mean(v > 0.10):.3f} / {np.mean(v > 0.20):.3f}"
        for n, v in (("CenterFace", d_cf), ("+10%", d_up), ("-10%", d_down))))
    out("by face size (HOG box side): median / p95 of the three distances")
    for lo, hi in ((0, 80), (80, 150), (150, 300), (300, 1e9)):
        sel = (side >= lo) & (side < hi)
        if sel.any():
            out(f"  {f'{lo:g}-{hi:g}px' if hi < 1e9 else f'>={lo:g}px':<10} n={int(sel.sum()):>3}  " + "  ".join(
                f"{n} {np.median(v[sel]):.3f}/{np.percentile(v[sel], 95):.3f}"
                for n, v in (("CenterFace", d_cf), ("+10%", d_up), ("-10%", d_down))))
    out("geometry, converted CenterFace box relative to the HOG box of the same face:")
    out(f"  side ratio: median {np.median(a[:, 4]):.3f} (p5 {np.percentile(a[:, 4], 5):.3f}, "
        f"p95 {np.percentile(a[:, 4], 95):.3f}); centre offset / side: x median {np.median(a[:, 5]):+.3f}, "
        f"y median {np.median(a[:, 6]):+.3f}; IoU median {np.median(a[:, 7]):.3f} (p5 {np.percentile(a[:, 7], 5):.3f})")
    out("raw CenterFace box vs HOG box (what the conversion constants should be):")
    out(f"  HOG side / CenterFace width: median {np.median(a[:, 8]):.3f} (shipped 1.04); "
        f"HOG centre below CenterFace centre, / HOG side: median {np.median(a[:, 9]):+.3f} (shipped +0.06)")
    out("by the face's width in CenterFace's input (shipped cap 1280 px): agreement with the HOG box, and the")
    out("same with CenterFace's input capped at 640 px instead")
    cfw, iou640, d640 = a[:, 10], a[:, 11], a[:, 12]
    for lo, hi in ((0, 150), (150, 300), (300, 450), (450, 1e9)):
        sel = (cfw >= lo) & (cfw < hi)
        if not sel.any():
            continue
        ok = sel & ~np.isnan(d640)
        out(f"  {f'{lo:g}-{hi:g}px' if hi < 1e9 else f'>={lo:g}px':<10} n={int(sel.sum()):>3}  cap 1280: IoU median "
            f"{np.median(a[sel, 7]):.2f} p5 {np.percentile(a[sel, 7], 5):.2f}, encoding distance median {np.median(d_cf[sel]):.3f} "
            f"p95 {np.percentile(d_cf[sel], 95):.3f} max {np.max(d_cf[sel]):.3f} | cap 640: "
            + (f"IoU median {np.median(iou640[ok]):.2f} p5 {np.percentile(iou640[ok], 5):.2f}, distance median "
               f"{np.median(d640[ok]):.3f} p95 {np.percentile(d640[ok], 95):.3f} max {np.max(d640[ok]):.3f}"
               if ok.any() else "not found") + (f" (found {int(ok.sum())})" if ok.sum() < sel.sum() else ""))
    out("largest HOG-vs-CenterFace encoding differences:")
    for r in sorted(rows, key=lambda r: -r[2])[:8]:
        out(f"  {r[0]:<40} side {r[1]:5.0f}px  CenterFace {r[2]:.3f}  +10% {r[3]:.3f}  -10% {r[4]:.3f}  "
            f"side ratio {r[5]:.2f}  IoU {r[8]:.2f}  width in CenterFace input {r[11]:.0f}px  cap-640 distance {r[13]:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("faces_dir", nargs="?", default=str(REPO.parent / "shared" / "faces"))
    args = parser.parse_args()
    faces_dir = Path(args.faces_dir).resolve()
    started = time.time()
    out(f"ClearPost detector comparison -- faces: {faces_dir}; code: {code_version()}; dlib {dlib.__version__}, "
        f"CUDA {'on' if dlib.DLIB_USE_CUDA else 'off'}")
    try:
        import os

        out(f"load average at start {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (timings include other work on the machine)")
    except OSError:
        pass
    dets = Detectors()
    sets, labels, cnn_ages, names, results, pixels_cache = run_all(faces_dir, dets)
    out(f"(detectors run in {time.time() - started:.0f} s)")
    report(sets, labels, cnn_ages, names, results)
    report_second_opinion(sets, labels, results, dets, pixels_cache)
    report_conversion(faces_dir, sets, results, pixels_cache, dets)
    out()
    out(f"total run time {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
