"""Measure screening on real photos of the same children, in both roster designs.

Runs ClearPost's own code: reference photos are enrolled by the roster's enrolment task
(``screening.worker.enrol_task``: the same feature, the same reference check), faces of the
other photos come from ``PhotoScreener.find_faces`` (cached by benchmarks/face_features.py), and
every verdict is ``screening.judge.judge`` with the shipped settings and cohort, as in a screening.

The photos: ``../shared/children-dev`` builds them on your machine from public research sets
(LAG, Bianco 2017; CAFE, LoBue & Thrasher 2015; NIMH-ChEFS, Egger et al. 2011). They are for
evaluation only: this script reads them from the folder you name and prints numbers only.

    uv run python benchmarks/measure_children.py ~/children-dev [--cache ~/cp-eval] | tee benchmarks/results/children.txt

Sections:
1. Both designs with the shipped settings, one child in ten opted out (two different choices,
   gallery_a and gallery_b), by kind of photo: opted-out children must never be clear; other
   enrolled children and children on no roster should be neither blocked nor reviewed.
2. The opt-out-only design with every enrolled child opted out (the figures of issue 16).
3. Trade-off curves: each threshold or margin varied alone around the shipped value.
4. Adults (shared/faces/people: one photo of each identity enrolled, the others as probes;
   FairFace portraits of adults as strangers).
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from face_features import faces_of, largest  # noqa: E402

from desktop_app.engine.cohort import shipped_cohort  # noqa: E402
from desktop_app.engine.recognizer import MODEL_ID  # noqa: E402
from desktop_app.screening.judge import judge, widening  # noqa: E402
from desktop_app.screening.results import Verdict  # noqa: E402
from desktop_app.screening.templates import TemplateSet  # noqa: E402
from desktop_app.settings import ScreeningSettings  # noqa: E402

KINDS = {"LAG": "web photos, 1-3 years apart", "CAFE": "studio, ages 2-8", "NIMH-ChEFS": "studio, ages 10-14"}
LETTER = {Verdict.RESTRICTED: "R", Verdict.REVIEW: "V", Verdict.CLEAR: "C"}


def out(line: str = "") -> None:
    print(line, flush=True)


def enrol(paths: list[Path]) -> dict[Path, tuple[np.ndarray | None, tuple[str, ...], str | None]]:
    """Each reference photo through the roster's own enrolment task (in this process)."""
    from desktop_app.screening import worker

    worker.init_worker(ScreeningSettings(), None, single_thread=False)
    result = {}
    for p in paths:
        e = worker.enrol_task(str(p))
        enc = None if e.encoding is None else np.frombuffer(e.encoding, dtype="<f4")
        result[p] = (enc, e.quality_problems, e.problem)
    return result


def verdict(face, templates: TemplateSet, s: ScreeningSettings) -> str:
    """The screening verdict of one cached face, as PhotoScreener._judge gives it."""
    if face is None:
        return "none"
    if face.encoding is None:
        return "V"
    widen, reason = widening(face.size_px, face.sharpness, face.yaw, s)
    if reason:
        return "V"
    return LETTER[judge(face.encoding, templates, s, MODEL_ID, widen).verdict]


def gallery(refs: dict[str, tuple], opted: set[str], recognize_all: bool, cohort) -> TemplateSet:
    """The template set the roster would hand to screening (pseudonyms for the unprotected)."""
    pairs, protected, weak = [], [], []
    for n, (sid, (enc, problems, _)) in enumerate(sorted(refs.items())):
        if enc is None or (sid not in opted and not recognize_all):
            continue
        pairs.append((sid if sid in opted else f"~{n}", enc))
        protected.append(sid in opted)
        weak.append(bool(problems))
    return TemplateSet.from_pairs(pairs, protected=protected, weak=weak, cohort=cohort)


def tally(probes, faces, templates, opted, s) -> collections.Counter:
    c = collections.Counter()
    for p in probes:
        if p["expect"] == "not_clear":
            kind = "opted-out" if p["student_id"] in opted else "enrolled"
        else:
            kind = "stranger"
        c[(kind, p["dataset"], verdict(largest(faces[p["path"]]), templates, s))] += 1
    return c


def rates(c: collections.Counter, kind: str, dataset: str | None = None) -> tuple[int, int, int, int]:
    sel = [(v, n) for (k, d, v), n in c.items() if k == kind and (dataset is None or d == dataset)]
    total = sum(n for _, n in sel)
    return (total, sum(n for v, n in sel if v == "R"), sum(n for v, n in sel if v == "V"),
            sum(n for v, n in sel if v in ("C", "none")))


def row(label: str, counts) -> str:
    total, r, v, c = counts
    if not total:
        return f"| {label} | 0 | | | |"
    return f"| {label} | {total} | {r} ({100 * r / total:.1f} %) | {v} ({100 * v / total:.1f} %) | {c} ({100 * c / total:.1f} %) |"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("children", type=Path, help="the folder children-dev/build.py wrote")
    ap.add_argument("--faces", type=Path, default=REPO.parent / "shared" / "faces")
    ap.add_argument("--cache", type=Path, default=None, help="feature cache directory (outside the repository)")
    a = ap.parse_args()
    s = ScreeningSettings()
    cohort = shipped_cohort()
    probes = json.loads((a.children / "probes.json").read_text())
    faces = faces_of(a.children, [p["path"] for p in probes], a.cache)
    ref_paths = sorted((a.children / "refs").glob("*.jpg"))
    enrolled = enrol(ref_paths)
    refs = {p.stem: v for p, v in enrolled.items()}
    galleries = {}
    for name in ("gallery_a", "gallery_b"):
        rows = list(csv.DictReader(open(a.children / f"{name}.csv")))
        galleries[name] = {r["student_id"] for r in rows if r["photo_opt_out"] == "Y"}

    out("# Children: screening in both roster designs (benchmarks/measure_children.py)")
    out()
    out(f"{len(refs)} children enrolled from one photo each ({sum(e[0] is None for e in refs.values())} refused), "
        f"{sum(p['expect'] == 'not_clear' for p in probes)} other photos of them, "
        f"{sum(p['expect'] != 'not_clear' for p in probes)} photos of children on no roster.")
    weak = sorted(f"{sid}: {'; '.join(e[1])}" for sid, e in refs.items() if e[1])
    out(f"Weak reference photos (engine.reference_quality): {len(weak)}")
    for w in weak:
        out(f"  {w}")
    out()
    out("## 1. Shipped settings, one child in ten opted out")
    for name, opted in galleries.items():
        for mode in (False, True):
            t = gallery(refs, opted, mode, cohort)
            c = tally(probes, faces, t, opted, replace(s, recognize_all_students=mode))
            out()
            out(f"### {name} ({len(opted)} opted out), {'whole-school recognition' if mode else 'opted-out students only'}")
            out()
            out("| photos | n | blocked | review | clear |")
            out("|---|---|---|---|---|")
            for kind in ("opted-out", "enrolled", "stranger"):
                if kind == "enrolled" and not mode:
                    label = "other enrolled children (not enrolled in this design)"
                else:
                    label = {"opted-out": "opted-out children", "enrolled": "other enrolled children",
                             "stranger": "children on no roster"}[kind]
                out(row(f"**{label}**", rates(c, kind)))
                for ds, what in KINDS.items():
                    if rates(c, kind, ds)[0]:
                        out(row(f"  {ds} ({what})", rates(c, kind, ds)))

    out()
    out("## 2. Opted-out students only, every enrolled child opted out")
    everyone = set(refs)
    t = gallery(refs, everyone, False, cohort)
    c = tally(probes, faces, t, everyone, s)
    out()
    out("| photos | n | blocked | review | clear |")
    out("|---|---|---|---|---|")
    out(row("opted-out children", rates(c, "opted-out")))
    for ds, what in KINDS.items():
        out(row(f"  {ds} ({what})", rates(c, "opted-out", ds)))
    out(row("children on no roster", rates(c, "stranger")))

    out()
    out("## 3. Trade-offs (both galleries together; each setting varied alone)")
    curves = {
        "identify_threshold": [0.25, 0.30, 0.35, 0.40, 0.45],
        "identify_margin": [0.0, 0.05, 0.10, 0.15, 0.20],
        "cohort_review_score": [1.5, 2.0, 2.5, 3.0, 99.0],
        "review_threshold": [0.50, 0.55, 0.58, 0.62],
        "whole_school_cohort_score": [1.5, 2.0, 2.5, 3.0, 99.0],
        "whole_school_review_threshold": [0.45, 0.50, 0.55, 0.58],
        "match_threshold": [0.35, 0.40, 0.45],
        "restrict_cohort_score": [0.0, 3.0, 4.0, 5.0],
    }
    for mode in (True, False):
        out()
        out(f"### {'whole-school recognition' if mode else 'opted-out students only'}")
        out()
        out("| setting | value | opted-out clear | enrolled blocked | enrolled review | strangers blocked | strangers review |")
        out("|---|---|---|---|---|---|---|")
        for key, values in curves.items():
            if not mode and key.startswith(("identify", "whole_school")) or mode and key in (
                    "review_threshold", "cohort_review_score"):
                continue
            for value in values:
                changes = {key: value, "recognize_all_students": mode}
                if key == "match_threshold":
                    changes["identify_threshold"] = min(s.identify_threshold, value)
                try:
                    ss = replace(s, **changes)
                except ValueError:
                    continue
                total = collections.Counter()
                for name, opted in galleries.items():
                    total += tally(probes, faces, gallery(refs, opted, mode, cohort), opted, ss)
                o, e, st = rates(total, "opted-out"), rates(total, "enrolled"), rates(total, "stranger")
                mark = " (shipped)" if getattr(s, key) == value else ""
                pct = lambda n, d: f"{100 * n / d:.1f} %" if d else "-"  # noqa: E731
                out(f"| {key} | {value}{mark} | {o[3]} of {o[0]} | {pct(e[1], e[0])} | {pct(e[2], e[0])} | "
                    f"{pct(st[1], st[0])} | {pct(st[2], st[0])} |")

    adults(a, s, cohort)


def adults(a, s: ScreeningSettings, cohort) -> None:
    people = a.faces / "people"
    meta = {e["filename"]: e for e in json.loads((a.faces / "ages" / "ages.json").read_text())}
    identities = sorted(p.name for p in people.iterdir() if p.is_dir())
    photos = {i: sorted(str(p.relative_to(people)) for p in (people / i).iterdir()
                        if p.suffix.lower() in (".jpg", ".jpeg", ".png", ".webp")) for i in identities}
    faces = faces_of(people, [r for rs in photos.values() for r in rs], a.cache)
    enrolled = enrol([people / rs[0] for rs in photos.values() if rs])
    refs = {i: enrolled[people / photos[i][0]] for i in identities if photos[i]}
    strangers = sorted(n for n, e in meta.items() if e["age"] not in ("0-2", "3-9", "10-19"))
    sfaces = faces_of(a.faces / "ages", strangers, a.cache)
    out()
    out("## 4. Adults (shared/faces)")
    out()
    out(f"{len(refs)} identities of people/ enrolled (opted out) from their first photo; their other photos must "
        f"not be clear; {len(strangers)} FairFace adults are strangers.")
    out()
    out("| design | restricted photos clear | strangers blocked | strangers review |")
    out("|---|---|---|---|")
    for mode in (False, True):
        t = gallery(refs, set(refs), mode, cohort)
        ss = replace(s, recognize_all_students=mode)
        own = [verdict(largest(faces[r]), t, ss) for i in identities for r in photos[i][1:]]
        st = [verdict(largest(sfaces[n]), t, ss) for n in strangers]
        st = [v for v in st if v != "none"]
        out(f"| {'whole-school' if mode else 'opted-out only'} | {sum(v in ('C', 'none') for v in own)} of {len(own)} | "
            f"{100 * st.count('R') / len(st):.1f} % | {100 * st.count('V') / len(st):.1f} % |")


if __name__ == "__main__":
    main()
