"""Time and memory of a OneRoster import for a large district (issue 22).

    uv run python benchmarks/bench_roster_import.py [--students 30000] [--enrol 60] [--workers N]

Builds, in a temporary folder, a OneRoster 1.2 bundle of N students in 3 schools, a portraits
folder with one photo per student (hard links to the shared test photos, so no disk is spent),
and an opt-out list naming every 10th student. It measures, separately:

1. reading and joining the three sources (read_roster_sources), with peak memory;
2. planning the change against an empty SQLite roster (RosterService.preview: hashes every
   opted-out student's portrait);
3. enrolling reference photos with the worker processes, on a sample of --enrol portraits, and
   extrapolates to every opted-out student (and to every student, for "recognise all
   students").

Nothing here is written to the project; the numbers are printed for docs/roster_import.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.roster import read_roster_sources  # noqa: E402
from desktop_app.roster.service import RosterService  # noqa: E402
from desktop_app.screening.pool import ProcessWorkerPool, default_workers  # noqa: E402
from desktop_app.settings import ScreeningSettings  # noqa: E402
from desktop_app.storage.database import Database  # noqa: E402

FACES = Path(os.environ.get("CLEARPOST_SHARED_FACES", Path(__file__).resolve().parents[2] / "shared" / "faces"))


def build(root: Path, students: int) -> tuple[Path, Path, Path]:
    bundle = root / "bundle"
    bundle.mkdir()
    (bundle / "manifest.csv").write_text("propertyName,value\nmanifest.version,1.0\noneroster.version,1.2\n"
                                         "file.orgs,bulk\nfile.users,bulk\nfile.roles,bulk\n", encoding="utf-8")
    (bundle / "orgs.csv").write_text("sourcedId,status,dateLastModified,name,type\n"
                                     + "".join(f"o{i},,,School {i},school\n" for i in range(3)), encoding="utf-8")
    users = ["sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,identifier,"
             "grades,primaryOrgSourcedId\n"]
    roles = ["sourcedId,status,dateLastModified,userSourcedId,roleType,role,orgSourcedId\n"]
    for n in range(students):
        users.append(f"u{n},active,,true,user{n},{{SIS:S{n:06d}}},First{n},Last{n},S{n:06d},{n % 12 + 1},o{n % 3}\n")
        roles.append(f"r{n},active,,u{n},primary,student,o{n % 3}\n")
    (bundle / "users.csv").write_text("".join(users), encoding="utf-8")
    (bundle / "roles.csv").write_text("".join(roles), encoding="utf-8")
    photos = root / "photos"
    photos.mkdir()
    sources = sorted(p for p in (FACES / "people").rglob("*.jpg"))
    for n in range(students):
        os.link(sources[n % len(sources)], photos / f"S{n:06d}.jpg")
    opt_outs = root / "opt-outs.csv"
    opt_outs.write_text("Student ID,photo_opt_out\n" + "".join(f"S{n:06d},Y\n" for n in range(0, students, 10)),
                        encoding="utf-8")
    return bundle, photos, opt_outs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=30_000)
    parser.add_argument("--enrol", type=int, default=60)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        bundle, photos, opt_outs = build(root, args.students)
        tracemalloc.start()
        started = time.perf_counter()
        rows = read_roster_sources(bundle, photos, opt_outs)
        read_s = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        opted = sum(1 for r in rows if r.photo_opt_out)
        print(f"read + join: {len(rows)} students, {opted} opted out, {read_s:.1f} s, "
              f"peak Python memory {peak / 2**20:.0f} MiB")

        db = Database(f"sqlite:///{root / 'bench.db'}")
        service = RosterService(db, templates_per_student=3, max_removal_share=1.0)
        started = time.perf_counter()
        changes = service.preview(rows)
        plan_s = time.perf_counter() - started
        print(f"plan (preview, hashes {changes.photos_to_enrol} portraits): {plan_s:.1f} s")

        workers = args.workers or default_workers()
        sample = [str(r.photos[0]) for r in rows if r.photo_opt_out][:args.enrol]
        with ProcessWorkerPool(ScreeningSettings(), workers=workers) as pool:
            pool.enrol_many(sample[:workers])  # warm the workers (model loading)
            started = time.perf_counter()
            outcomes = pool.enrol_many(sample)
            enrol_s = time.perf_counter() - started
        failed = sum(1 for o in outcomes if o.problem)
        per_photo = enrol_s / len(sample)
        print(f"enrol: {len(sample)} portraits in {enrol_s:.1f} s with {workers} workers "
              f"({per_photo * 1000:.0f} ms a portrait, {failed} unusable)")
        print(f"extrapolated enrolment: {opted} opted-out students {opted * per_photo / 60:.1f} min; "
              f"all {len(rows)} students {len(rows) * per_photo / 60:.1f} min")
        print(f"max RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
        db.dispose()


if __name__ == "__main__":
    main()
