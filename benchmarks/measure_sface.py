"""Measure SFace on the shared photos: distances, thresholds, children, roster size, gates, subgroups.

Everything goes through ClearPost's own code: frames from ``load_image``, faces from
``PhotoScreener.find_faces`` (CenterFace + HOG, SFace features aligned on CenterFace's
landmarks), distances ``1 - cosine`` as ``TemplateSet`` computes them. Faces are collected once
with the quality gates off (size, blur, yaw recorded) and the gates are applied afterwards, so
the cost of each gate can be counted.

Sections (results in benchmarks/results/sface.txt, discussed in docs/thresholds.md):
1. Genuine pairs (same identity, people/) and impostor pairs (people x people, ages x people,
   ages x ages by age band): distance distributions.
2. Children: the shared set holds no two photos of one child, so a *second photo* of each
   FairFace face is made by changing the photo the way a new school photo differs (mirrored,
   2-7 degrees turned, rescaled so the face is 45-90 px, other exposure, JPEG quality 60-80);
   its distance to the original is a stand-in for the genuine distance, by age band.
3. Roster simulation on children: rosters of N opted-out FairFace faces (random, repeated), the
   other faces as strangers -> share restricted / review; false restriction against roster
   size for 10, 100, 500 and 2,000 templates (measured up to the faces we have, beyond that
   from the per-template false-match rate: 1 - (1 - p)^N, which assumes independent templates).
4. Error rates by age band and gender (FairFace labels; race is not labelled in the shared set,
   so that subgroup is unmeasured).
5. Quality gates: how many of all faces found each gate sends to review.

Run from the repository root (about 3 minutes on 2 idle cores):

    uv run python benchmarks/measure_sface.py | tee benchmarks/results/sface.txt
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageEnhance, ImageOps

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from desktop_app.imaging.loader import load_image  # noqa: E402
from desktop_app.screening.photo import PhotoScreener  # noqa: E402
from desktop_app.settings import ScreeningSettings  # noqa: E402

IMAGE_EXTS = {".jpg", ".jpeg", ".png", ".webp"}
AGE_ORDER = ["0-2", "3-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70+"]
CHILD = {"0-2", "3-9", "10-19"}
SCHOOL = {"3-9", "10-19"}  # school age; infants (0-2) are reported, but are not students
SHIPPED = ScreeningSettings()
OPEN_GATES = ScreeningSettings(min_face_px=1, min_sharpness=0.0, max_yaw=2.0)
THRESHOLDS = [round(0.40 + 0.025 * i, 3) for i in range(17)]  # 0.40 .. 0.80


@dataclass
class Face:
    rel: str
    folder: str
    identity: str
    age: str
    gender: str
    size_px: float
    sharpness: float
    yaw: float | None
    encoding: np.ndarray | None
    reason: str
    variant: bool = False  # a made "second photo" of a FairFace face

    def gated(self, s: ScreeningSettings) -> str:
        """Why the shipped gates send this face to review ('' when it is matched)."""
        if self.encoding is None:
            return self.reason or "not encoded"
        if self.size_px < s.min_face_px:
            return "too small"
        if not self.sharpness >= s.min_sharpness:
            return "too blurred"
        if self.yaw is None or not abs(self.yaw) <= s.max_yaw:
            return "turned away"
        return ""


def out(line: str = "") -> None:
    print(line, flush=True)


def section(title: str) -> None:
    out()
    out("=" * 100)
    out(title)
    out("=" * 100)


def excluded_from_manifest(faces_dir: Path) -> set[str]:
    excluded: set[str] = set()
    manifest = faces_dir / "MANIFEST.md"
    if manifest.is_file():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 7 and cells[0].startswith("people/") and "excluded" in cells[-1].lower():
                excluded.add(cells[0])
    return excluded


def second_photo(data: bytes, seed: int) -> bytes:
    """Another 'photo' of the same face: mirrored, turned, rescaled, re-exposed, recompressed."""
    rng = np.random.default_rng(seed)
    im = ImageOps.exif_transpose(Image.open(io.BytesIO(data))).convert("RGB")
    im = ImageOps.mirror(im)
    im = im.rotate(float(rng.uniform(2, 7)) * (1 if rng.random() < 0.5 else -1), resample=Image.Resampling.BICUBIC,
                   expand=False, fillcolor=(128, 128, 128))
    # FairFace crops are ~224 px with the face about half of it: face 45-90 px
    scale = float(rng.uniform(0.4, 0.8))
    im = im.resize((max(1, round(im.width * scale)), max(1, round(im.height * scale))), Image.Resampling.LANCZOS)
    im = ImageEnhance.Brightness(im).enhance(float(rng.uniform(0.75, 1.25)))
    im = ImageEnhance.Contrast(im).enhance(float(rng.uniform(0.8, 1.2)))
    # the screener works on the photo as it is; upscale back so the detector sees a normal-size frame
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=int(rng.integers(60, 81)))
    return buf.getvalue()


def faces_of(screener: PhotoScreener, source) -> list:
    image = load_image(source)
    frame = image.frames[0]
    return screener.find_faces(frame.pixels, 0, image.orientation), frame.scale


def collect(faces_dir: Path, screener: PhotoScreener) -> tuple[list[Face], list[Face], list[Face]]:
    """(largest face of each people/ and ages/ photo, made second photos of ages/, every face found)."""
    excluded = excluded_from_manifest(faces_dir)
    meta = {e["filename"]: e for e in json.loads((faces_dir / "ages" / "ages.json").read_text())}
    best: list[Face] = []
    variants: list[Face] = []
    every: list[Face] = []
    for folder in ("people", "ages", "groups", "orientation", "detection", "other"):
        root = faces_dir / folder
        if not root.is_dir():
            continue
        paths = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_EXTS)
        for path in paths:
            rel = path.relative_to(faces_dir).as_posix()
            found, scale = faces_of(screener, path)
            m = meta.get(path.name, {}) if folder == "ages" else {}
            identity = path.parent.name if folder == "people" else path.stem
            made = [Face(rel, folder, identity, m.get("age", ""), m.get("gender", ""), f.size_px, f.sharpness,
                         f.yaw, f.encoding, f.reason) for f in found]
            every.extend(made)
            if folder in ("people", "ages") and rel not in excluded and made:
                best.append(max(made, key=lambda f: f.size_px))
            if folder == "ages":
                vfound, _ = faces_of(screener, second_photo(path.read_bytes(), seed=len(variants) + 1))
                if vfound:
                    f = max(vfound, key=lambda x: x.size_px)
                    variants.append(Face(rel, folder, identity, m.get("age", ""), m.get("gender", ""), f.size_px,
                                         f.sharpness, f.yaw, f.encoding, f.reason, variant=True))
                else:
                    variants.append(Face(rel, folder, identity, m.get("age", ""), m.get("gender", ""), 0, 0, None,
                                         None, "no face found", variant=True))
    return best, variants, every


def dist(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return 1.0 - a @ b.T


def row(name: str, v: np.ndarray) -> str:
    if not len(v):
        return f"{name:<40} {0:>7}"
    q = [np.min(v), *np.percentile(v, [1, 5, 25, 50, 75, 95, 99]), np.max(v)]
    return f"{name:<40} {len(v):>7} " + " ".join(f"{x:6.3f}" for x in q)


def header() -> str:
    return f"{'pairs':<40} {'n':>7} " + " ".join(f"{c:>6}" for c in ["min", "p1", "p5", "p25", "p50", "p75", "p95", "p99", "max"])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("faces", nargs="?", default=str(REPO.parent / "shared" / "faces"))
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--cache", help="pickle file: reuse the collected faces (for trying settings)")
    ap.add_argument("--write-accuracy", metavar="JSON",
                    help="write the subgroup table for the accountability report (desktop_app/engine/data/accuracy.json)")
    args = ap.parse_args()
    faces_dir = Path(args.faces)
    t0 = time.perf_counter()
    if args.cache and Path(args.cache).is_file():
        import pickle

        best, variants, every = pickle.loads(Path(args.cache).read_bytes())
    else:
        screener = PhotoScreener(OPEN_GATES)
        best, variants, every = collect(faces_dir, screener)
        if args.cache:
            import pickle

            Path(args.cache).write_bytes(pickle.dumps((best, variants, every)))
    s = SHIPPED
    out(f"SFace measurement on {faces_dir}; shipped settings: match {s.match_threshold}, review {s.review_threshold}, "
        f"min_face_px {s.min_face_px}, min_sharpness {s.min_sharpness}, max_yaw {s.max_yaw}")
    out(f"collected in {time.perf_counter() - t0:.0f} s: {len(best)} photos' largest faces, {len(every)} faces in all")

    usable = [f for f in best if not f.gated(s)]
    people = [f for f in usable if f.folder == "people"]
    ages = [f for f in usable if f.folder == "ages"]
    P = np.array([f.encoding for f in people])
    A = np.array([f.encoding for f in ages])
    pid = np.array([f.identity for f in people])

    section("1. Distance distributions (1 - cosine; largest face per photo that passes the shipped gates)")
    out(header())
    iu = np.triu_indices(len(people), 1)
    dpp = dist(P, P)
    same = (pid[:, None] == pid[None, :])[iu]
    genuine = dpp[iu][same]
    out(row("genuine: same identity, people/", genuine))
    out(row("impostor: people x people", dpp[iu][~same]))
    dap = dist(A, P)
    out(row("impostor: ages x people", dap.ravel()))
    daa = dist(A, A)
    ia = np.triu_indices(len(ages), 1)
    bands = np.array([f.age for f in ages])
    out(row("impostor: ages x ages", daa[ia]))
    for band in AGE_ORDER:
        sel = bands == band
        if sel.sum() > 1:
            sub = daa[np.ix_(sel, sel)]
            out(row(f"impostor: ages x ages, both {band}", sub[np.triu_indices(int(sel.sum()), 1)]))
    child = np.isin(bands, list(CHILD))
    sub = daa[np.ix_(child, child)]
    impostor_children = sub[np.triu_indices(int(child.sum()), 1)]
    out(row("impostor: both under 20", impostor_children))

    section("2. Children: a made second photo against the original (stand-in for genuine pairs)")
    by_rel = {f.rel: f for f in ages}
    vpairs = []
    v_gated = {}
    for v in variants:
        orig = by_rel.get(v.rel)
        if orig is None:
            continue
        why = v.gated(s)
        if why:
            v_gated[why] = v_gated.get(why, 0) + 1
            continue
        vpairs.append((orig.age, float(1.0 - orig.encoding @ v.encoding)))
    out(f"second photos made: {len(variants)}; sent to review by a gate: {sum(v_gated.values())} {v_gated}")
    out(header())
    vd = np.array([d for _, d in vpairs])
    out(row("second photo, all ages", vd))
    for group, members in (("under 20", CHILD), ("20 and over", set(AGE_ORDER) - CHILD)):
        out(row(f"second photo, {group}", np.array([d for a, d in vpairs if a in members])))
    for band in AGE_ORDER:
        out(row(f"second photo, {band}", np.array([d for a, d in vpairs if a == band])))

    section("Match rates by threshold (per pair)")
    out(f"{'t':>6} {'genuine<=t':>11} {'2nd photo<=t':>13} {'imp people':>11} {'imp ages x people':>18} "
        f"{'imp ages x ages':>16} {'imp under-20':>13}")
    for t in THRESHOLDS:
        out(f"{t:6.3f} {np.mean(genuine <= t):11.4f} {np.mean(vd <= t):13.4f} {np.mean(dpp[iu][~same] <= t):11.5f} "
            f"{np.mean(dap <= t):18.5f} {np.mean(daa[ia] <= t):16.5f} {np.mean(impostor_children <= t):13.5f}")

    section("3. Rosters of school-age FairFace children (3-19): strangers (other children) restricted / review")
    rng = np.random.default_rng(args.seed)
    kids = [f for f in ages if f.age in SCHOOL]
    K = np.array([f.encoding for f in kids])
    others = [f for f in usable if f.folder == "people"] + [f for f in ages if f.age not in SCHOOL]
    extra = [f for f in every if f.folder in ("groups", "detection", "orientation", "other") and not f.gated(s)]
    pool_all = np.array([f.encoding for f in kids] + [f.encoding for f in others] + [f.encoding for f in extra])
    out(f"school-age children with a usable face: {len(kids)}; templates available in all: {len(pool_all)}")
    out(f"{'roster':>7} {'trials':>6} {'strangers':>9} {'restricted':>10} {'review':>8} {'flagged':>8}")
    for n in (10, 25, 40):
        if n >= len(kids):
            continue
        res = rev = tot = 0
        trials = 20
        for _ in range(trials):
            idx = rng.permutation(len(kids))
            roster, probes = K[idx[:n]], K[idx[n:]]
            d = dist(probes, roster).min(axis=1)
            res += int(np.sum(d <= s.match_threshold))
            rev += int(np.sum((d > s.match_threshold) & (d <= s.review_threshold)))
            tot += len(probes)
        out(f"{n:7d} {trials:6d} {tot:9d} {res / tot:10.2%} {rev / tot:8.2%} {(res + rev) / tot:8.2%}")
    # Large rosters: each child probe against every other face we have (children and adults).
    n_big = len(pool_all) - 1
    d_all = dist(K, pool_all)
    for i in range(len(kids)):
        d_all[i, i] = np.inf  # a child is not its own stranger
    near = d_all.min(axis=1)
    out(f"{n_big:7d} {'1':>6} {len(kids):9d} {np.mean(near <= s.match_threshold):10.2%} "
        f"{np.mean((near > s.match_threshold) & (near <= s.review_threshold)):8.2%} "
        f"{np.mean(near <= s.review_threshold):8.2%}   (every other face as a template, infants included)")
    out()
    p_match = float(np.mean(d_all[np.isfinite(d_all)] <= s.match_threshold))
    p_review = float(np.mean(d_all[np.isfinite(d_all)] <= s.review_threshold))
    out(f"per-template false-match rate for a child probe: restricted {p_match:.6f}, flagged (<= review) {p_review:.6f}")
    out("estimated share of other children flagged against N templates, 1 - (1 - p)^N:")
    out(f"{'templates':>9} {'restricted':>10} {'flagged':>8}")
    for n in (10, 100, 500, 2000):
        out(f"{n:9d} {1 - (1 - p_match) ** n:10.2%} {1 - (1 - p_review) ** n:8.2%}")

    section("4. By age band and gender (FairFace): strangers against a roster of every other FairFace face")
    A_all = np.array([f.encoding for f in ages])
    d = dist(A_all, A_all)
    np.fill_diagonal(d, np.inf)
    near = d.min(axis=1)
    vmap = {v.rel: v for v in variants}
    out(f"{'group':<16} {'n':>4} {'restricted':>10} {'review':>8} {'2nd photo missed':>17} {'2nd photo gated':>16}")

    subgroups = []

    def report(name, sel_faces):
        idx = [i for i, f in enumerate(ages) if sel_faces(f)]
        if not idx:
            return
        nn = near[idx]
        missed = gated = counted = 0
        for i in idx:
            v = vmap.get(ages[i].rel)
            if v is None:
                continue
            counted += 1
            if v.gated(s):
                gated += 1
            elif 1.0 - ages[i].encoding @ v.encoding > s.review_threshold:
                missed += 1
        subgroups.append({"group": name, "faces": len(idx),
                          "restricted": round(float(np.mean(nn <= s.match_threshold)), 4),
                          "review": round(float(np.mean((nn > s.match_threshold) & (nn <= s.review_threshold))), 4),
                          "second_photo_missed": missed, "second_photo_gated": gated, "second_photos": counted})
        out(f"{name:<16} {len(idx):4d} {np.mean(nn <= s.match_threshold):10.2%} "
            f"{np.mean((nn > s.match_threshold) & (nn <= s.review_threshold)):8.2%} {missed:>10d}/{counted:<6d} "
            f"{gated:>9d}/{counted:<6d}")

    for band in AGE_ORDER:
        report(f"age {band}", lambda f, b=band: f.age == b)
    for g in ("Female", "Male"):
        report(g, lambda f, g=g: f.gender == g)
    for g in ("Female", "Male"):
        report(f"{g} under 20", lambda f, g=g: f.gender == g and f.age in CHILD)
    out("race/ethnicity: not labelled in the shared set -- unmeasured.")
    if args.write_accuracy:
        from desktop_app.engine.recognizer import MODEL_ID

        Path(args.write_accuracy).write_text(json.dumps({
            "model": MODEL_ID, "match_threshold": s.match_threshold, "review_threshold": s.review_threshold,
            "measured_on": "FairFace portraits in the shared photo set (CC BY 4.0), each against every other as "
                           "the roster; a made second photo of each as the same person",
            "subgroups": subgroups,
            "unmeasured": "race/ethnicity (the shared set carries no race labels); genuine pairs of real "
                          "children photographed years apart (none in the shared set)",
        }, indent=1) + "\n", encoding="utf-8")

    section("5. Quality gates: faces sent to review, of every face found in every folder")
    counts: dict[str, int] = {}
    for f in every:
        why = f.gated(s) or "matched"
        counts[why] = counts.get(why, 0) + 1
    for why, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        out(f"{why:<60} {n:5d} {n / len(every):7.2%}")
    yaws = np.array([abs(f.yaw) for f in every if f.yaw is not None and f.encoding is not None])
    out(f"|yaw| of encoded faces: p50 {np.median(yaws):.2f}, p90 {np.percentile(yaws, 90):.2f}, "
        f"p99 {np.percentile(yaws, 99):.2f}, max {yaws.max():.2f}")
    # What the yaw gate protects against: genuine distance against |yaw| of the probe
    out("genuine distance (people/) by the larger |yaw| of the pair:")
    no_yaw = ScreeningSettings(min_face_px=s.min_face_px, min_sharpness=s.min_sharpness, max_yaw=2.0)
    pp = [f for f in best if f.folder == "people" and not f.gated(no_yaw)]
    Q = np.array([f.encoding for f in pp])
    qid = np.array([f.identity for f in pp])
    qu = np.triu_indices(len(pp), 1)
    qsame = (qid[:, None] == qid[None, :])[qu]
    qgen = dist(Q, Q)[qu][qsame]
    yaw_p = np.array([abs(f.yaw) for f in pp])
    ymax = np.maximum(yaw_p[:, None], yaw_p[None, :])[qu][qsame]
    for lo, hi in ((0, 0.15), (0.15, 0.3), (0.3, 0.45), (0.45, 0.7), (0.7, 9)):
        sel = (ymax >= lo) & (ymax < hi)
        if sel.any():
            out(f"  |yaw| {lo:.2f}-{hi:.2f}: n {int(sel.sum()):4d}, median {np.median(qgen[sel]):.3f}, "
                f"max {qgen[sel].max():.3f}")
    out(f"total time {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
