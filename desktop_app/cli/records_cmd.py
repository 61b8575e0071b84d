"""`clearpost audit verify|log`, `records export`, `takedown list|check`, `usage report`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..workflow.records import format_usage
from .output import EXIT_FLAGGED, EXIT_OK, error
from .signin import EPILOG, add_as, parse_date, sign_in, workflow_command


def add_parser(sub) -> None:
    audit = sub.add_parser("audit", help="the tamper-evident audit log", epilog=EPILOG)
    asub = audit.add_subparsers(dest="audit_command", required=True, metavar="COMMAND")
    verify = asub.add_parser("verify", help="check the hash chain (admin, director); exit 1 if broken",
                             epilog=EPILOG)
    verify.add_argument("--expect-head", metavar="HASH", help="the head hash noted at an earlier verify: "
                                                              "proves nothing was cut off the end since")
    add_as(verify)
    verify.set_defaults(run=run_verify)
    log = asub.add_parser("log", help="show audit entries", epilog=EPILOG)
    log.add_argument("--post", type=int, help="only entries about this post")
    log.add_argument("--limit", type=int, default=50)
    add_as(log)
    log.set_defaults(run=run_log)

    records = sub.add_parser("records", help="public-records export of published posts", epilog=EPILOG)
    rsub = records.add_subparsers(dest="records_command", required=True, metavar="COMMAND")
    ex = rsub.add_parser("export", help="published posts between two dates as HTML with the photos as published",
                         description="The release copy for a public-records request: text, approval history, "
                                     "screening verdicts and the photos exactly as published (metadata stripped, "
                                     "redacted photos redacted, no students' IDs). --archive writes the internal "
                                     "archive of original uploads and full screening details elsewhere: never "
                                     "release it.", epilog=EPILOG)
    ex.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    ex.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    ex.add_argument("outdir", type=Path, metavar="OUTDIR")
    ex.add_argument("--archive", type=Path, metavar="DIR",
                    help="also write the internal archive (original uploads, full screening) here, outside OUTDIR")
    add_as(ex)
    ex.set_defaults(run=run_records_export)

    takedown = sub.add_parser("takedown", help="published posts that the roster now forbids", epilog=EPILOG)
    tsub = takedown.add_subparsers(dest="takedown_command", required=True, metavar="COMMAND")
    tl = tsub.add_parser("list", help="list posts to take down (re-screens if the roster changed)", epilog=EPILOG)
    tl.add_argument("--check", action="store_true", help="re-screen now even if the roster did not change")
    add_as(tl)
    tl.set_defaults(run=run_takedown)
    tc = tsub.add_parser("check", help="re-screen pending and published posts now", epilog=EPILOG)
    add_as(tc)
    tc.set_defaults(run=run_takedown, check=True)

    usage = sub.add_parser("usage", help="face-matching usage for the RCW 43.386 accountability report",
                           epilog=EPILOG)
    usub = usage.add_subparsers(dest="usage_command", required=True, metavar="COMMAND")
    rep = usub.add_parser("report", help="counts of photos screened, matches, reviews, by whom", epilog=EPILOG)
    rep.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    rep.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    rep.add_argument("--json", action="store_true")
    add_as(rep)
    rep.set_defaults(run=run_usage)


@workflow_command
def run_verify(args: argparse.Namespace, ctx) -> int:
    result = ctx.workflow(sign_in(args, ctx)).audit.verify()
    if not result.ok:
        error(f"audit chain broken at entry {result.first_broken_seq}: {result.reason} "
              f"({result.entries} entries before it verify)")
        return EXIT_FLAGGED
    print(f"audit chain intact: {result.entries} entries; head {result.head_hash}")
    if args.expect_head and args.expect_head not in _heads(ctx):
        error("the head hash you noted is not in the chain: entries were removed or replaced")
        return EXIT_FLAGGED
    return EXIT_OK


def _heads(ctx) -> set[str]:
    from sqlalchemy import select

    from ..storage.models import AuditEntry

    with ctx.db.session() as s:
        return set(s.execute(select(AuditEntry.hash)).scalars())


@workflow_command
def run_log(args: argparse.Namespace, ctx) -> int:
    filters = {"subject_type": "post", "subject_id": args.post} if args.post else {}
    for e in ctx.workflow(sign_in(args, ctx)).audit.entries(limit=args.limit, **filters):
        subject = f" {e.subject_type} {e.subject_id}" if e.subject_type else ""
        print(f"{e.seq:6} {e.at:%Y-%m-%d %H:%M:%S} {e.actor or '-':32} {e.workstation:16} {e.action}{subject}")
    return EXIT_OK


@workflow_command
def run_records_export(args: argparse.Namespace, ctx) -> int:
    result = ctx.workflow(sign_in(args, ctx)).records.export(parse_date(args.start), parse_date(args.end), args.outdir,
                                                             archive_dir=args.archive)
    print(f"{len(result.posts)} published posts written; open {result.index}")
    if result.archive is not None:
        print(f"internal archive (not for release): {result.archive}")
    return EXIT_OK


@workflow_command
def run_takedown(args: argparse.Namespace, ctx) -> int:
    records = ctx.workflow(sign_in(args, ctx)).records
    items = records.takedown_check() if args.check else records.takedown_list()
    if not items:
        print("No published post shows a student the roster now protects.")
        return EXIT_OK
    for item in items:
        print(f"post {item.post_id}: {item.title} - {item.published_url or 'no address recorded'}")
        for reason in item.reasons:
            print(f"    {reason}")
    return EXIT_FLAGGED


@workflow_command
def run_usage(args: argparse.Namespace, ctx) -> int:
    report = ctx.workflow(sign_in(args, ctx)).records.usage_report(
        parse_date(args.start) if args.start else None, parse_date(args.end) if args.end else None)
    print(json.dumps(report.to_dict(), indent=2) if args.json else format_usage(report))
    return EXIT_OK
