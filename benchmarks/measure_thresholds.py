"""Measure face-match distances on the shared photos to choose ClearPost's screening thresholds.

What it measures (all faces are found and encoded by ``PhotoScreener.find_faces`` on frames from
``load_image``, exactly as the app does; the largest face that passes the quality gates of the
shipped settings is taken from each photo):

1. Genuine distances: every pair of photos of the same identity in ``people/<identity>/``
   (photos the MANIFEST marks "excluded" -- re-encodings, crops, partial faces of another photo --
   are left out). Impostor distances: pairs of different identities within ``people/``, and
   every ``ages/`` portrait against every ``people/`` face (FairFace: distinct individuals, a
   third of them under 20). Extra: ``ages/`` against ``ages/``, split by age band, because a
   school compares children with children.
2. Distance distributions, and true-/false-match rates for thresholds 0.40 .. 0.70.
3. A roster simulation: each identity with >= 3 photos enrols one photo (every choice in turn),
   the others are probes -> share restricted / review / missed; faces not enrolled (``ages/``
   and the other identities) -> share falsely restricted / sent to review. Run for the shipped
   defaults and candidate settings, plus random rosters of N FairFace faces (children only too).
4. Face quality: the blur measure (``face_quality(...).sharpness``) and size of every face
   found in every folder; how the genuine distance moves when a probe photo is Gaussian-blurred
   (sigma 1, 2, 3, 4, and 6, 8 to see where it breaks) or downscaled so the face is 60/40/30/20
   px across (also 50/35/25, and small faces blurred too) -> ``min_sharpness`` and
   ``min_face_px``.

Run from the repository root (about 6 minutes on 2 idle cores, longer on a busy machine):

    uv run python benchmarks/measure_thresholds.py [FACES_DIR] | tee benchmarks/results/thresholds.txt

FACES_DIR defaults to ``../shared/faces`` relative to the repository root.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from desktop_app.engine.detector import Detection  # noqa: E402
from desktop_app.engine.encoder import face_quality  # noqa: E402
from desktop_app.imaging.loader import load_image  # noqa: E402
from desktop_app.screening.photo import PhotoScreener  # noqa: E402
from desktop_app.screening.templates import TemplateSet  # noqa: E402
from desktop_app.settings import ScreeningSettings  # noqa: E402

IMAGE_EXTS = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".tif", ".tiff", ".heic"}
PERCENTILES = (1, 5, 25, 50, 75, 95, 99)
THRESHOLDS = [round(0.40 + 0.025 * i, 3) for i in range(13)]  # 0.40 .. 0.70
YOUNG = {"0-2", "3-9", "10-19"}
AGE_ORDER = ["0-2", "3-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70+", "?"]

DEFAULTS = ScreeningSettings()
# Chosen from this script's output (see docs/thresholds.md); printed next to the defaults.
RECOMMENDED_MATCH = 0.55
RECOMMENDED_REVIEW = 0.65
RECOMMENDED_MIN_FACE_PX = 40
RECOMMENDED_MIN_SHARPNESS = 40.0
# Brief: sigma 1-4 and faces 60/40/30/20 px; 6, 8 and the other sizes show where it breaks.
BLUR_SIGMAS = (1, 2, 3, 4, 6, 8)
SIZE_STEPS = [(60, 0), (50, 0), (40, 0), (35, 0), (30, 0), (25, 0), (20, 0), (60, 1), (60, 2), (40, 1), (40, 2)]
CANDIDATES = [
    (DEFAULTS.match_threshold, DEFAULTS.review_threshold),
    (0.50, 0.60),
    (0.50, 0.65),
    (0.55, 0.65),
    (0.55, 0.68),
    (0.60, 0.65),
    (0.60, 0.68),
    (RECOMMENDED_MATCH, RECOMMENDED_REVIEW),
]


@dataclass
class Face:
    rel: str  # path relative to the faces folder
    group: str  # "people" or "ages"
    identity: str
    age: str
    size_px: float
    sharpness: float
    encoding: np.ndarray
    pixels: np.ndarray = field(repr=False)
    detection: Detection | None = None


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


def pct(values, ps=PERCENTILES) -> list[float]:
    return [float(np.percentile(values, p)) for p in ps] if len(values) else [float("nan")] * len(ps)


def dist_row(name: str, values: np.ndarray) -> str:
    if len(values) == 0:
        return f"{name:<34} {0:>7}"
    cells = [float(np.min(values)), *pct(values), float(np.max(values))]
    return f"{name:<34} {len(values):>7} " + " ".join(f"{c:6.3f}" for c in cells)


def dist_header() -> str:
    cols = ["min", *[f"p{p}" for p in PERCENTILES], "max"]
    return f"{'distances':<34} {'n':>7} " + " ".join(f"{c:>6}" for c in cols)


def excluded_from_manifest(faces_dir: Path) -> set[str]:
    """people/ files the MANIFEST marks excluded (same photo re-encoded, crops, partial faces)."""
    manifest = faces_dir / "MANIFEST.md"
    excluded: set[str] = set()
    if not manifest.is_file():
        return excluded
    for line in manifest.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 7 and cells[0].startswith("people/") and "excluded" in cells[-1].lower():
            excluded.add(cells[0])
    return excluded


def images_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_EXTS)


def passes_gates(found, settings: ScreeningSettings) -> bool:
    """The shipped gate of PhotoScreener._faces_upright."""
    return found.size_px >= settings.min_face_px and found.sharpness >= settings.min_sharpness


def largest_encoded(found_faces, settings: ScreeningSettings):
    ok = [f for f in found_faces if f.encoding is not None and passes_gates(f, settings)]
    return max(ok, key=lambda f: f.size_px) if ok else None


def load_pixels(path: Path):
    image = load_image(path)
    frame = image.frames[0]
    return frame.pixels, frame.index, image.orientation


def pairwise(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Euclidean distances, len(a) x len(b)."""
    if len(a) == 0 or len(b) == 0:
        return np.zeros((len(a), len(b)))
    d2 = (a * a).sum(1)[:, None] + (b * b).sum(1)[None, :] - 2 * a @ b.T
    return np.sqrt(np.clip(d2, 0, None))


def upper(m: np.ndarray) -> np.ndarray:
    return m[np.triu_indices(len(m), 1)]


# ------------------------------------------------------------------------------------------------
def collect(faces_dir: Path, screener: PhotoScreener, gate: ScreeningSettings):
    """Largest gated face of each people/ and ages/ photo; quality of every face in every folder."""
    excluded = excluded_from_manifest(faces_dir)
    ages_meta = {}
    ages_json = faces_dir / "ages" / "ages.json"
    if ages_json.is_file():
        ages_meta = {e["filename"]: e.get("age", "?") for e in json.loads(ages_json.read_text())}

    people: list[Face] = []
    ages: list[Face] = []
    quality: list[tuple[str, float, float]] = []  # folder, size_px, sharpness of every found face
    no_face: list[str] = []
    skipped: list[str] = []
    folders = ["people", "ages", "groups", "orientation", "detection", "other"]
    for folder in folders:
        root = faces_dir / folder
        if not root.is_dir():
            continue
        paths = images_in(root) if folder != "people" else [p for d in sorted(root.iterdir()) if d.is_dir() for p in images_in(d)]
        for path in paths:
            rel = path.relative_to(faces_dir).as_posix()
            pixels, index, orientation = load_pixels(path)
            found = screener.find_faces(pixels, index, orientation)
            quality.extend((folder, f.size_px, f.sharpness) for f in found)
            if folder not in ("people", "ages"):
                continue
            if rel in excluded:
                skipped.append(rel)
                continue
            best = largest_encoded(found, gate)
            if best is None:
                big = max(found, key=lambda f: f.size_px) if found else None
                why = "no face found" if big is None else (
                    f"largest face {big.size_px:.0f} px, sharpness {big.sharpness:.0f}: "
                    + (big.reason or "below the shipped gates"))
                no_face.append(f"{rel}: {why}")
                continue
            face = Face(
                rel=rel,
                group=folder,
                identity=path.parent.name if folder == "people" else path.stem,
                age=ages_meta.get(path.name, "?") if folder == "ages" else "",
                size_px=best.size_px,
                sharpness=best.sharpness,
                encoding=best.encoding,
                pixels=pixels if folder == "people" else np.empty(0),
                detection=best.detection,
            )
            (people if folder == "people" else ages).append(face)
    return people, ages, quality, no_face, skipped


# ------------------------------------------------------------------------------------------------
def distance_sets(people: list[Face], ages: list[Face]):
    P = np.array([f.encoding for f in people])
    A = np.array([f.encoding for f in ages])
    pid = np.array([f.identity for f in people])
    same = pid[:, None] == pid[None, :]
    dpp = pairwise(P, P)
    iu = np.triu_indices(len(people), 1)
    genuine = dpp[iu][same[iu]]
    imp_people = dpp[iu][~same[iu]]
    dap = pairwise(A, P)
    imp_ages = dap.ravel()
    daa = pairwise(A, A)
    return genuine, imp_people, imp_ages, dap, daa


def rate(values: np.ndarray, t: float) -> float:
    return float(np.mean(values <= t)) if len(values) else float("nan")


def section(title: str) -> None:
    out()
    out("=" * 100)
    out(title)
    out("=" * 100)


def report_distances(people, ages, genuine, imp_people, imp_ages, dap, daa):
    section("1. Distances between encodings (largest gated face per photo)")
    ids = sorted({f.identity for f in people})
    out(f"people/: {len(people)} faces of {len(ids)} identities; ages/: {len(ages)} faces")
    multi = {i: sum(f.identity == i for f in people) for i in ids}
    out("photos per identity: " + ", ".join(f"{i}={n}" for i, n in multi.items()))
    age_young = np.array([f.age in YOUNG for f in ages])
    out(f"ages/ faces under 20 (bands 0-2, 3-9, 10-19): {int(age_young.sum())}")
    out()
    out(dist_header())
    out(dist_row("genuine (same identity)", genuine))
    # genuine split: 150 px FaceScrub chips vs full photos
    chips = np.array([f.identity.startswith("John_") for f in people])
    pid = np.array([f.identity for f in people])
    dpp = pairwise(np.array([f.encoding for f in people]), np.array([f.encoding for f in people]))
    iu = np.triu_indices(len(people), 1)
    same = (pid[:, None] == pid[None, :])[iu]
    chip_pair = (chips[:, None] & chips[None, :])[iu]
    out(dist_row("  genuine, 150px face chips", dpp[iu][same & chip_pair]))
    out(dist_row("  genuine, full photos", dpp[iu][same & ~chip_pair]))
    out(dist_row("impostor people x people", imp_people))
    out(dist_row("impostor ages x people", imp_ages))
    out(dist_row("  ages under 20 x people", dap[age_young].ravel()))
    out(dist_row("impostor, both sets above", np.concatenate([imp_people, imp_ages])))
    out(dist_row("extra: ages x ages (all)", upper(daa)))
    yy = daa[np.ix_(age_young, age_young)]
    out(dist_row("extra: ages x ages, both under 20", upper(yy)))
    child = np.array([f.age in {"0-2", "3-9"} for f in ages])
    out(dist_row("extra: ages x ages, both under 10", upper(daa[np.ix_(child, child)])))
    sharp = np.array([f.sharpness >= 100 for f in ages])
    out(dist_row("extra: ages x ages, both sharpness>=100", upper(daa[np.ix_(sharp, sharp)])))
    adult_sharp = sharp & ~age_young
    out(dist_row("  same, both 20 and over", upper(daa[np.ix_(adult_sharp, adult_sharp)])))
    young_sharp = sharp & age_young
    out(dist_row("  same, both under 20", upper(daa[np.ix_(young_sharp, young_sharp)])))

    section("2. True-match rate (genuine <= t) and false-match rate (impostor <= t)")
    cols = ["TMR", "FMR p x p", "FMR a x p", "FMR imp all", "FMR <20 x p", "FMR a x a", "FMR <20x<20"]
    out(f"{'t':>6} " + " ".join(f"{c:>12}" for c in cols))
    imp_all = np.concatenate([imp_people, imp_ages])
    for t in THRESHOLDS:
        vals = [rate(genuine, t), rate(imp_people, t), rate(imp_ages, t), rate(imp_all, t),
                rate(dap[age_young].ravel(), t), rate(upper(daa), t), rate(upper(yy), t)]
        out(f"{t:6.3f} " + " ".join(f"{v:12.4f}" for v in vals))
    out(f"(pairs: genuine {len(genuine)}, p x p {len(imp_people)}, a x p {len(imp_ages)}, "
        f"<20 x p {int(age_young.sum()) * len(people)}, a x a {len(upper(daa))}, <20 x <20 {len(upper(yy))})")
    out()
    out("False-match rate of ages/ faces against people/ faces, by age band of the ages/ face")
    bands = [b for b in AGE_ORDER if any(f.age == b for f in ages)]
    ts = (0.50, 0.55, 0.60, 0.62, 0.65, 0.68)
    out(f"{'band':>6} {'faces':>6} " + " ".join(f"{'<=' + format(t, '.2f'):>8}" for t in ts)
        + "   | same band a x a " + " ".join(f"{'<=' + format(t, '.2f'):>8}" for t in ts))
    for b in bands:
        sel = np.array([f.age == b for f in ages])
        row = dap[sel].ravel()
        aa = upper(daa[np.ix_(sel, sel)])
        out(f"{b:>6} {int(sel.sum()):>6} " + " ".join(f"{rate(row, t):8.4f}" for t in ts)
            + "   |                 " + " ".join(f"{rate(aa, t):8.4f}" for t in ts))


# ------------------------------------------------------------------------------------------------
def classify(d: float, match: float, review: float) -> str:
    if d <= match:
        return "restricted"
    if d <= review:
        return "review"
    return "clear"


def roster_simulation(people: list[Face], ages: list[Face]):
    section("3. Roster simulation")
    by_id: dict[str, list[Face]] = {}
    for f in people:
        by_id.setdefault(f.identity, []).append(f)
    enrolled = sorted(i for i, fs in by_id.items() if len(fs) >= 3)
    others = [f for f in people if f.identity not in enrolled]
    out(f"enrolled identities (>= 3 photos): {', '.join(enrolled)}")
    out("each enrols one photo as its template; every photo takes a turn as template "
        f"({max(len(by_id[i]) for i in enrolled)} rosters of {len(enrolled)} templates)")
    out(f"non-enrolled faces per roster: {len(ages)} ages/ + {len(others)} photos of "
        f"{len({f.identity for f in others})} other identities")
    rounds = max(len(by_id[i]) for i in enrolled)
    genuine_d: list[float] = []
    genuine_wrong: list[bool] = []
    stranger_d: list[float] = []
    stranger_young: list[bool] = []
    for r in range(rounds):
        chosen = {i: by_id[i][r % len(by_id[i])] for i in enrolled}
        templates = TemplateSet.from_pairs((i, chosen[i].encoding) for i in enrolled)
        for i in enrolled:
            for probe in by_id[i]:
                if probe is chosen[i]:
                    continue
                sid, d = templates.nearest(probe.encoding)
                genuine_d.append(d)
                genuine_wrong.append(sid != i)
        for probe in ages + others:
            _sid, d = templates.nearest(probe.encoding)
            stranger_d.append(d)
            stranger_young.append(probe.age in YOUNG)
    g = np.array(genuine_d)
    wrong = np.array(genuine_wrong)
    s = np.array(stranger_d)
    sy = np.array(stranger_young)
    out(f"enrolled probes: {len(g)}; non-enrolled probes: {len(s)} ({int(sy.sum())} of them under 20)")
    out()
    out(f"{'match':>6} {'review':>6} | {'enrolled: restricted':>20} {'review':>8} {'MISSED':>8} | "
        f"{'strangers: restricted':>21} {'review':>8} | {'<20: restricted':>15} {'review':>8}")
    for match, review in dict.fromkeys(CANDIDATES):
        gc = np.array([classify(d, match, review) for d in g])
        sc = np.array([classify(d, match, review) for d in s])
        tag = " (defaults)" if (match, review) == (DEFAULTS.match_threshold, DEFAULTS.review_threshold) else ""
        tag = tag or (" (recommended)" if (match, review) == (RECOMMENDED_MATCH, RECOMMENDED_REVIEW) else "")
        out(f"{match:6.3f} {review:6.3f} | {np.mean(gc == 'restricted'):20.4f} {np.mean(gc == 'review'):8.4f} "
            f"{np.mean(gc == 'clear'):8.4f} | {np.mean(sc == 'restricted'):21.4f} {np.mean(sc == 'review'):8.4f} | "
            f"{np.mean(sc[sy] == 'restricted'):15.4f} {np.mean(sc[sy] == 'review'):8.4f}{tag}")
    out(f"enrolled probes whose nearest template is another student: {int(wrong.sum())} of {len(wrong)} "
        f"(nearest distances of those: {', '.join(f'{d:.3f}' for d in g[wrong][:10])})")
    out("enrolled probes sorted by distance, largest 10: " + ", ".join(f"{d:.3f}" for d in np.sort(g)[-10:]))
    out("non-enrolled probes sorted by distance, smallest 10: " + ", ".join(f"{d:.3f}" for d in np.sort(s)[:10]))

    # Bigger rosters: random rosters of N FairFace faces, probed with the rest of ages/.
    out()
    out("Random rosters of N distinct FairFace people (one template each), probed with the other ages/ faces:")
    out("share of non-enrolled faces restricted / sent to review (mean over 300 random rosters)")
    rng = np.random.default_rng(7)
    A = np.array([f.encoding for f in ages])
    young = np.array([f.age in YOUNG for f in ages])
    daa = pairwise(A, A)
    np.fill_diagonal(daa, np.inf)
    out(f"{'roster':>22} {'N':>4} | " + " | ".join(f"{m:.2f}/{r:.2f}: restr  review" for m, r in
                                                 [(DEFAULTS.match_threshold, DEFAULTS.review_threshold),
                                                  (RECOMMENDED_MATCH, RECOMMENDED_REVIEW)]))
    bands = np.array([f.age for f in ages])
    pools = (("all ages", np.arange(len(ages))), ("under-20s only", np.flatnonzero(young)),
             ("3-9 and 10-19 (school)", np.flatnonzero(np.isin(bands, ["3-9", "10-19"]))),
             ("10-19 only", np.flatnonzero(bands == "10-19")), ("20 and over", np.flatnonzero(~young)))
    for label, pool in pools:
        for n in (10, 25, 50):
            if n > len(pool) - 10:
                continue
            cells = []
            for match, review in [(DEFAULTS.match_threshold, DEFAULTS.review_threshold),
                                  (RECOMMENDED_MATCH, RECOMMENDED_REVIEW)]:
                restricted = reviewed = total = 0
                for _ in range(300):
                    roster = rng.choice(pool, size=n, replace=False)
                    probes = np.setdiff1d(pool, roster)
                    nearest = daa[np.ix_(probes, roster)].min(axis=1)
                    restricted += int((nearest <= match).sum())
                    reviewed += int(((nearest > match) & (nearest <= review)).sum())
                    total += len(probes)
                cells.append(f"{restricted / total:15.4f} {reviewed / total:7.4f}")
            out(f"{label:>22} {n:>4} | " + " | ".join(cells))


# ------------------------------------------------------------------------------------------------
def quality_report(quality):
    section("4a. Face quality of every face found (all folders, no gates)")
    out(f"{'folder':<12} {'faces':>6} | sharpness " + " ".join(f"{'p' + str(p):>7}" for p in (1, 5, 25, 50, 75, 95))
        + " | size px " + " ".join(f"{'p' + str(p):>6}" for p in (5, 50, 95)))
    for folder in dict.fromkeys(q[0] for q in quality):
        sh = [q[2] for q in quality if q[0] == folder]
        sz = [q[1] for q in quality if q[0] == folder]
        out(f"{folder:<12} {len(sh):>6} |           " + " ".join(f"{v:7.1f}" for v in pct(sh, (1, 5, 25, 50, 75, 95)))
            + " |         " + " ".join(f"{v:6.0f}" for v in pct(sz, (5, 50, 95))))
    sh = np.array([q[2] for q in quality])
    sz = np.array([q[1] for q in quality])
    out(f"{'all':<12} {len(sh):>6} |           " + " ".join(f"{v:7.1f}" for v in pct(sh, (1, 5, 25, 50, 75, 95)))
        + " |         " + " ".join(f"{v:6.0f}" for v in pct(sz, (5, 50, 95))))
    out("share of found faces a gate would send to review:")
    out("  sharpness below " + ", ".join(f"{t:g}: {np.mean(sh < t):.3f}" for t in (10, 15, 20, 25, 35, 50, 75, 100)))
    out("  size below      " + ", ".join(f"{t}px: {np.mean(sz < t):.3f}" for t in (20, 30, 40, 50, 60, 80)))
    out("  sharpness by face size: " + "; ".join(
        f"{lo}-{hi}px n={int(((sz >= lo) & (sz < hi)).sum())} median {np.median(sh[(sz >= lo) & (sz < hi)]) if ((sz >= lo) & (sz < hi)).any() else float('nan'):.0f}"
        for lo, hi in ((0, 30), (30, 40), (40, 60), (60, 100), (100, 200), (200, 10000))))


def degraded_probe(screener: PhotoScreener, pixels: np.ndarray, expect: Detection):
    """Largest face found near the expected box; (found?, size, sharpness, encoding)."""
    faces = screener.find_faces(pixels, 0, 1)
    cx, cy = (expect.left + expect.right) / 2, (expect.top + expect.bottom) / 2
    near = [f for f in faces if f.encoding is not None
            and f.detection.left <= cx <= f.detection.right and f.detection.top <= cy <= f.detection.bottom]
    if near:
        f = max(near, key=lambda f: f.size_px)
        return True, f.size_px, f.sharpness, f.encoding
    q = face_quality(pixels, expect)  # detector missed it: encode the known box to see the encoder alone
    return False, q.size_px, q.sharpness, screener.encoder.encode(pixels, expect)


def degradation(people: list[Face], ages: list[Face], screener: PhotoScreener):
    by_id: dict[str, list[Face]] = {}
    for f in people:
        by_id.setdefault(f.identity, []).append(f)
    probes = [f for f in people if len(by_id[f.identity]) >= 2]
    A = np.array([f.encoding for f in ages])
    thr = [(DEFAULTS.match_threshold, DEFAULTS.review_threshold), (RECOMMENDED_MATCH, RECOMMENDED_REVIEW)]
    records = []  # (kind, level, found, size, sharpness, genuine distances, ages distances)

    def genuine_to(face: Face, enc: np.ndarray) -> np.ndarray:
        others = np.array([o.encoding for o in by_id[face.identity] if o is not face])
        return np.linalg.norm(others - enc, axis=1)

    for face in probes:
        records.append(("original", 0, True, face.size_px, face.sharpness, genuine_to(face, face.encoding),
                        np.linalg.norm(A - face.encoding, axis=1)))
        for sigma in BLUR_SIGMAS:
            blurred = cv2.GaussianBlur(face.pixels, (0, 0), sigma)
            found, size, sharp, enc = degraded_probe(screener, blurred, face.detection)
            records.append(("blur", sigma, found, size, sharp, genuine_to(face, enc), np.linalg.norm(A - enc, axis=1)))
        for target, sigma in SIZE_STEPS:
            ratio = target / face.size_px
            if ratio >= 1:
                continue
            h, w = face.pixels.shape[:2]
            small = cv2.resize(face.pixels, (max(1, round(w * ratio)), max(1, round(h * ratio))), interpolation=cv2.INTER_AREA)
            # Put the small photo on a grey canvas so the detector sees a normal-sized picture.
            pad_y, pad_x = max(0, 320 - small.shape[0]) // 2, max(0, 320 - small.shape[1]) // 2
            if sigma:  # a small face that is blurred too (motion blur, missed focus in a group photo)
                small = cv2.GaussianBlur(small, (0, 0), sigma)
            canvas = cv2.copyMakeBorder(small, pad_y, pad_y, pad_x, pad_x, cv2.BORDER_CONSTANT, value=(128, 128, 128))
            d = face.detection
            expect = Detection(d.left * ratio + pad_x, d.top * ratio + pad_y, d.right * ratio + pad_x,
                               d.bottom * ratio + pad_y, d.score, d.source)
            found, size, sharp, enc = degraded_probe(screener, np.ascontiguousarray(canvas), expect)
            records.append(("size", (target, sigma), found, size, sharp, genuine_to(face, enc), np.linalg.norm(A - enc, axis=1)))
    return probes, records, thr


def degradation_report(probes, records, thr, quality):
    section("4b. Blurred and downscaled probes: genuine distance to the identity's other (unaltered) photos")
    out(f"probe photos: {len(probes)} (every photo of an identity with >= 2 photos); quality gates OFF here")
    out("'found' = the detector still found the face; if not, the known box was encoded anyway (encoder alone)")
    (m0, r0), (m1, r1) = thr
    hdr = (f"{'probe':<12} {'n':>4} {'found':>6} {'size p50':>8} {'sharp p5':>8} {'p50':>6} {'p95':>6} | "
           f"{'genuine d p50':>13} {'p95':>6} {'max':>6} | {'>' + format(m0, '.2f'):>6} {'>' + format(r0, '.2f'):>6} "
           f"{'>' + format(r1, '.2f'):>6} | {'ages<=' + format(m0, '.2f'):>10}")
    out(hdr)
    groups = [("original", 0)] + [("blur", s) for s in BLUR_SIGMAS] + [("size", t) for t in SIZE_STEPS]
    for kind, level in groups:
        rs = [r for r in records if r[0] == kind and r[1] == level]
        if not rs:
            continue
        g = np.concatenate([r[5] for r in rs])
        a = np.concatenate([r[6] for r in rs])
        sh = [r[4] for r in rs]
        if kind == "original":
            name = "original"
        elif kind == "blur":
            name = f"sigma {level}"
        else:
            name = f"face {level[0]}px" + (f" s{level[1]}" if level[1] else "")
        out(f"{name:<12} {len(rs):>4} {sum(r[2] for r in rs):>6} {np.median([r[3] for r in rs]):8.0f} "
            f"{np.percentile(sh, 5):8.1f} {np.median(sh):6.1f} {np.percentile(sh, 95):6.0f} | "
            f"{np.median(g):13.3f} {np.percentile(g, 95):6.3f} {np.max(g):6.3f} | {np.mean(g > m0):6.3f} "
            f"{np.mean(g > r0):6.3f} {np.mean(g > r1):6.3f} | {np.mean(a <= m0):10.4f}")
    out()
    out("Found faces (detector + encoder, as the app would see them) binned by their measured sharpness:")
    out(f"{'sharpness':<12} {'probes':>6} {'pairs':>6} | {'genuine d p50':>13} {'p95':>6} {'max':>6} | "
        f"{'>' + format(m0, '.2f'):>6} {'>' + format(r0, '.2f'):>6} {'>' + format(r1, '.2f'):>6} | {'ages<=' + format(m0, '.2f'):>10}")
    found = [r for r in records if r[2]]
    for lo, hi in ((0, 10), (10, 15), (15, 25), (25, 40), (40, 60), (60, 100), (100, 200), (200, 1e9)):
        rs = [r for r in found if lo <= r[4] < hi]
        if not rs:
            continue
        g = np.concatenate([r[5] for r in rs])
        a = np.concatenate([r[6] for r in rs])
        label = f"{lo:g}-{hi:g}" if hi < 1e9 else f">={lo:g}"
        out(f"{label:<12} {len(rs):>6} {len(g):>6} | {np.median(g):13.3f} {np.percentile(g, 95):6.3f} {np.max(g):6.3f} | "
            f"{np.mean(g > m0):6.3f} {np.mean(g > r0):6.3f} {np.mean(g > r1):6.3f} | {np.mean(a <= m0):10.4f}")
    out()
    out("Found faces binned by measured face size (px across):")
    out(f"{'size':<12} {'probes':>6} {'pairs':>6} | {'genuine d p50':>13} {'p95':>6} {'max':>6} | "
        f"{'>' + format(m0, '.2f'):>6} {'>' + format(r0, '.2f'):>6} {'>' + format(r1, '.2f'):>6} | {'ages<=' + format(m0, '.2f'):>10}")
    for lo, hi in ((0, 25), (25, 35), (35, 45), (45, 55), (55, 70), (70, 100), (100, 1e9)):
        rs = [r for r in found if lo <= r[3] < hi]
        if not rs:
            continue
        g = np.concatenate([r[5] for r in rs])
        a = np.concatenate([r[6] for r in rs])
        label = f"{lo:g}-{hi:g}" if hi < 1e9 else f">={lo:g}"
        out(f"{label:<12} {len(rs):>6} {len(g):>6} | {np.median(g):13.3f} {np.percentile(g, 95):6.3f} {np.max(g):6.3f} | "
            f"{np.mean(g > m0):6.3f} {np.mean(g > r0):6.3f} {np.mean(g > r1):6.3f} | {np.mean(a <= m0):10.4f}")
    out()
    out("Gates: of the probes above (originals + degraded, detector found them) that pass min_face_px AND")
    out("min_sharpness, the share of genuine pairs beyond each threshold (= a miss if beyond review_threshold);")
    out("'to review' = share of all faces found in every folder (section 4a) that the gates send to review")
    sz = np.array([q[1] for q in quality])
    shq = np.array([q[2] for q in quality])
    out(f"{'min_face_px':>11} {'min_sharp':>9} | {'probes':>6} {'pairs':>6} {'max d':>6} | {'>' + format(m0, '.2f'):>6} "
        f"{'>' + format(r0, '.2f'):>6} {'>' + format(r1, '.2f'):>6} | {'to review':>9}")
    for min_px in (30, 35, 40, 45, 50):
        for min_sharp in (0, 15, 25, 35, 40, 50, 60):
            rs = [r for r in found if r[3] >= min_px and r[4] >= min_sharp]
            g = np.concatenate([r[5] for r in rs])
            cost = np.mean((sz < min_px) | (shq < min_sharp))
            out(f"{min_px:>11} {min_sharp:>9} | {len(rs):>6} {len(g):>6} {np.max(g):6.3f} | {np.mean(g > m0):6.3f} "
                f"{np.mean(g > r0):6.4f} {np.mean(g > r1):6.4f} | {cost:9.3f}")
    out()
    out("Worst found-face probes (largest genuine distance to the nearest other photo of the identity):")
    worst = sorted(found, key=lambda r: -float(np.min(r[5])))[:12]
    for r in worst:
        level = r[1] if not isinstance(r[1], tuple) else f"{r[1][0]}px" + (f" s{r[1][1]}" if r[1][1] else "")
        out(f"  {r[0]:<8} {str(level):>9}  size {r[3]:5.0f}px  sharpness {r[4]:7.1f}  nearest genuine {np.min(r[5]):.3f}  "
            f"furthest genuine {np.max(r[5]):.3f}")


# ------------------------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("faces_dir", nargs="?", default=str(REPO.parent / "shared" / "faces"))
    args = parser.parse_args()
    faces_dir = Path(args.faces_dir).resolve()
    started = time.time()
    out(f"ClearPost threshold measurements -- faces: {faces_dir}; code: {code_version()}")
    out(f"shipped settings: match_threshold={DEFAULTS.match_threshold} review_threshold={DEFAULTS.review_threshold} "
        f"min_face_px={DEFAULTS.min_face_px} min_sharpness={DEFAULTS.min_sharpness}")
    out(f"recommended here: match_threshold={RECOMMENDED_MATCH} review_threshold={RECOMMENDED_REVIEW} "
        f"min_face_px={RECOMMENDED_MIN_FACE_PX} min_sharpness={RECOMMENDED_MIN_SHARPNESS}")

    # Encode every face (gates off) and apply the shipped gates ourselves, so the quality survey
    # sees faces the app would send to review too.
    screener = PhotoScreener(ScreeningSettings(min_face_px=1, min_sharpness=0.0))
    people, ages, quality, no_face, skipped = collect(faces_dir, screener, DEFAULTS)
    out(f"encoded in {time.time() - started:.0f} s")
    out(f"left out as the MANIFEST says (same photo / crop / partial face): {', '.join(skipped) or 'none'}")
    out("photos without a usable face: " + ("; ".join(no_face) or "none"))

    genuine, imp_people, imp_ages, dap, daa = distance_sets(people, ages)
    report_distances(people, ages, genuine, imp_people, imp_ages, dap, daa)
    roster_simulation(people, ages)
    quality_report(quality)
    probes, records, thr = degradation(people, ages, screener)
    degradation_report(probes, records, thr, quality)
    out()
    out(f"total run time {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
