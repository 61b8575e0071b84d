"""`clearpost roster import|list|reencode`: bring in the SIS export, a OneRoster bundle or a PSPA
folder (with portraits and an opt-out list joined on student ID), show opt-outs, and re-encode
reference faces after the face model changed."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..roster import read_roster_sources
from ..roster.pspa_source import find_index_file
from ..access import AccessDenied
from ..roster.service import RosterChangeRefused
from ..roster.sources import RosterFileError
from ..screening.pool import Cancelled
from ..uses import format_uses
from ..workflow.errors import PermissionDenied, WorkflowError
from .output import EXIT_OK, EXIT_USAGE, ProgressLine, error


def add_parser(sub) -> None:
    p = sub.add_parser("roster", help="import and list the opt-out roster")
    rsub = p.add_subparsers(dest="roster_command", required=True, metavar="COMMAND")
    imp = rsub.add_parser("import", help="import a roster CSV, OneRoster bundle or PSPA folder (all or nothing)",
                          description="Import the student roster with photo and name opt-outs. Any bad row "
                                      "aborts the import with FILE:LINE messages and changes nothing. "
                                      "A file with a school column covers only those schools. New opt-outs "
                                      "apply at once; students absent from the file and lifted opt-outs are "
                                      "listed by name and applied only with --apply-removals. The roster, "
                                      "--photos and --opt-outs are joined on the student ID into one change.")
    imp.add_argument("roster", type=Path, metavar="ROSTER",
                     help="a CSV export, a OneRoster 1.1/1.2 CSV bundle (folder with manifest.csv, or .zip) "
                          "or a PSPA folder with INDEX.TXT")
    imp.add_argument("--photos", type=Path, metavar="DIR",
                     help="portraits: a folder of <student_id>[_<n>].jpg, or a PSPA folder (INDEX.TXT) whose "
                          "image file names (or Student ID column) are the student IDs")
    imp.add_argument("--opt-outs", dest="opt_outs", type=Path, metavar="FILE",
                     help="an opt-out list: CSV of student ID and photo_opt_out/name_opt_out (Y/N or uses), or "
                          "one Y/N column per use; every student in it must be in the roster")
    imp.add_argument("--id-field", dest="id_field", default="identifier", metavar="FIELD",
                     help="OneRoster: the users.csv field holding the student ID: identifier (default), "
                          "sourcedId, username, or userIds:TYPE for the {TYPE:ID} entry of userIds")
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                     help="use this column for a field (CSV: header name; PSPA: 0-based column number; "
                          "OneRoster: a users.csv column for photo_opt_out or name_opt_out)")
    imp.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    imp.add_argument("--apply-removals", action="store_true",
                     help="remove the students absent from the file (within its scope) and lift the opt-outs "
                          "it no longer has")
    imp.add_argument("--keep-absent", action="store_true",
                     help="the file is a partial list: import it and remove nobody, however many are absent")
    imp.add_argument("--allow-missing-photos", action="store_true",
                     help="skip reference photos that cannot be used (no face, unreadable) instead of refusing "
                          "the file; their students are listed as not recognisable")
    imp.add_argument("--expect-version", type=int, metavar="N",
                     help="refuse unless the roster is still at version N (printed by --dry-run)")
    imp.add_argument("--as", dest="as_email", metavar="EMAIL",
                     help="the director or admin importing (required once staff accounts exist; "
                          "password from $CLEARPOST_PASSWORD or a prompt)")
    imp.set_defaults(run=run_import)
    ls = rsub.add_parser("list", help="list students with an opt-out")
    ls.add_argument("--all", action="store_true", help="every student, not only those with an opt-out")
    ls.add_argument("--search", default="", help="filter by ID or name")
    ls.add_argument("--as", dest="as_email", metavar="EMAIL",
                    help="the director or admin listing (required once staff accounts exist; "
                         "password from $CLEARPOST_PASSWORD or a prompt)")
    ls.set_defaults(run=run_list)
    re = rsub.add_parser("reencode", help="re-encode reference faces made by an older face model",
                         description="Templates made by another face model are never compared; until they "
                                     "are re-encoded from the stored reference faces, screening is refused. "
                                     "Templates with no stored face are removed and their students listed: "
                                     "import a new reference photo for them.")
    re.add_argument("--as", dest="as_email", metavar="EMAIL",
                    help="the director or admin (required once staff accounts exist)")
    re.set_defaults(run=run_reencode)


def _column_map(pairs: list[str], pspa: bool):
    mapping = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not field.strip():
            raise ValueError(f"--map needs FIELD=COLUMN, not {pair!r}")
        mapping[field.strip()] = int(column) if pspa else column.strip()
    return mapping or None


def run_import(args: argparse.Namespace, ctx) -> int:
    try:
        pspa = args.roster.is_dir() and find_index_file(args.roster) is not None
        column_map = _column_map(args.map, pspa)
        rows = read_roster_sources(args.roster, args.photos, args.opt_outs, column_map=column_map,
                                   id_field=args.id_field)
    except RosterFileError as exc:
        error(f"roster not imported, nothing was changed:\n{exc}")
        return EXIT_USAGE
    except (ValueError, OSError) as exc:
        error(str(exc))
        return EXIT_USAGE
    try:
        actor = _importer(args, ctx)
    except WorkflowError as exc:
        error(str(exc))
        return EXIT_USAGE
    if args.apply_removals and args.keep_absent:
        error("--apply-removals and --keep-absent contradict each other; choose one")
        return EXIT_USAGE
    try:
        if args.dry_run:
            changes = ctx.roster.preview(rows, apply_removals=args.apply_removals)
        else:
            changes = ctx.roster.apply(rows, _sources(args), progress=ProgressLine("enrolling reference photos"),
                                       actor=actor, apply_removals=args.apply_removals,
                                       keep_absent=args.keep_absent, allow_missing_photos=args.allow_missing_photos,
                                       expected_version=args.expect_version,
                                       in_transaction=_audit_import(args, actor, len(rows)))
    except RosterFileError as exc:
        error(f"roster not imported, nothing was changed:\n{exc}")
        return EXIT_USAGE
    except (RosterChangeRefused, AccessDenied) as exc:
        error(f"roster not imported, nothing was changed: {exc}")
        return EXIT_USAGE
    except (Cancelled, KeyboardInterrupt):
        error("import cancelled, nothing was changed")
        return EXIT_USAGE
    print(f"{len(rows)} students read from {_sources(args)}" + (" (dry run, nothing written)" if args.dry_run else ""))
    for line in changes.describe():
        print(line)
    if args.dry_run:
        print(f"roster version {changes.roster_version} (to apply exactly this plan: --expect-version "
              f"{changes.roster_version})")
        if changes.removal_share_exceeded and not args.apply_removals:
            print("this file lacks more of the roster than the district allows without confirmation: importing "
                  "it needs --apply-removals (they left) or --keep-absent (a partial list)")
    if not args.dry_run and not changes.is_empty and actor is not None:
        print("Published and pending posts are screened again against this roster by `clearpost takedown list`.")
    return EXIT_OK


def _sources(args) -> str:
    """The files this change was read from, as recorded and shown."""
    joined = " + ".join(str(p) for p in (args.roster, args.photos, args.opt_outs) if p is not None)
    return joined[:1000]  # the import record's column


def _audit_import(args, actor, count: int):
    """The audit entry for the import, written in the import's own transaction."""
    from ..workflow.audit import append

    def record(session, changes) -> None:
        append(session, "roster.imported", actor=actor.email if actor else None, subject_type="roster",
               details={"source": _sources(args), "students": count,
                        **changes.summary()})

    return record


def _importer(args, ctx):
    """Once the workflow has staff accounts, only the Communications Director or an admin imports."""
    from ..workflow.roles import ADMIN, DIRECTOR
    from ..workflow.staff import StaffService
    from .signin import sign_in

    if args.as_email:
        actor = sign_in(args, ctx)
    elif StaffService(ctx.db, None).has_any_staff():
        raise PermissionDenied("staff accounts exist: import the roster --as a director or admin account")
    else:
        return None  # a single workstation not using the post workflow yet
    if not actor.has(DIRECTOR, ADMIN):
        raise PermissionDenied(f"{actor.email} cannot import the roster: it needs the role director or admin")
    return actor


def run_reencode(args: argparse.Namespace, ctx) -> int:
    try:
        actor = _importer(args, ctx)
    except WorkflowError as exc:
        error(str(exc))
        return EXIT_USAGE
    stale = ctx.roster.stale_template_count()
    if not stale:
        print("Every template was made by the current face model; nothing to do.")
        return EXIT_OK
    from ..workflow.audit import append

    def audit(session, report) -> None:
        append(session, "roster.reencoded", actor=actor.email if actor else None, subject_type="roster",
               details={"reencoded": report.reencoded, "removed_without_image": report.removed_without_image,
                        "failed": report.failed})

    try:
        report = ctx.roster.reencode(progress=ProgressLine("re-encoding reference faces"), actor=actor,
                                     in_transaction=audit)
    except (RosterChangeRefused, AccessDenied) as exc:
        error(f"nothing was re-encoded: {exc}")
        return EXIT_USAGE
    except (Cancelled, KeyboardInterrupt):
        error("re-encoding cancelled, nothing was changed")
        return EXIT_USAGE
    for line in report.describe():
        print(line)
    return EXIT_OK


def run_list(args: argparse.Namespace, ctx) -> int:
    """The roster names opted-out students: once staff accounts exist, only a director or admin
    (ROSTER_VIEWERS, as in the app) lists it, signed in with --as."""
    from ..workflow.roles import ROSTER_VIEWERS
    from .signin import require_signin_if_staff

    try:
        actor = require_signin_if_staff(args, ctx, *ROSTER_VIEWERS, what="list the roster")
    except WorkflowError as exc:
        error(str(exc))
        return EXIT_USAGE
    try:
        students = ctx.roster.students(opted_out_only=not args.all, search=args.search, actor=actor)
    except WorkflowError as exc:
        error(str(exc))
        return EXIT_USAGE
    if not students:
        print("No students." if args.all else "No students with an opt-out.")
        return EXIT_OK
    unprotected = set(ctx.roster.unprotected())
    if unprotected:
        print(f"Warning: {len(unprotected)} students with a photo opt-out have no usable face template and cannot "
              f"be recognised (marked !): {', '.join(sorted(unprotected))}")
    weak = [s for s in students if s.reference_problems and s.photo_opt_out]
    if weak:
        print(f"Warning: {len(weak)} students with a photo opt-out have a weak reference photo, judged more "
              "cautiously (marked ~); import a better portrait: "
              + "; ".join(f"{s.display_name} ({s.student_id}): {s.reference_problems[-1]}" for s in weak))
    print(f"{'ID':12} {'name':30} {'grade':5} {'photo opt-out':24} {'name opt-out':24} photos")
    for s in students:
        print(f"{s.student_id:12} {s.display_name[:30]:30} {s.grade or '':5} {format_uses(s.photo_opt_out) or '-':24} "
              f"{format_uses(s.name_opt_out) or '-':24} {s.reference_photos}"
              + (" !" if s.student_id in unprotected else "") + (" ~" if s.reference_problems else ""))
    return EXIT_OK
