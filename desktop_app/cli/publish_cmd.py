"""`clearpost export POST_ID OUTDIR` and `clearpost publish POST_ID --url URL`."""

from __future__ import annotations

import argparse
from datetime import datetime, time, timezone
from pathlib import Path

from .output import EXIT_OK
from .signin import EPILOG, add_as, add_version, expected_version, parse_date, sign_in, workflow_command


def add_parser(sub) -> None:
    ex = sub.add_parser("export", help="write an approved post's final text and clean photos to a folder",
                        description="Screens the post once more, then writes text.txt (with the notice), the "
                                    "photos rebuilt without any metadata, and manifest.json.", epilog=EPILOG)
    ex.add_argument("post_id", type=int)
    ex.add_argument("outdir", type=Path, metavar="OUTDIR")
    add_as(ex)
    ex.set_defaults(run=run_export)
    pub = sub.add_parser("publish", help="record that an approved post is online", epilog=EPILOG)
    pub.add_argument("post_id", type=int)
    pub.add_argument("--url", required=True)
    pub.add_argument("--date", help="YYYY-MM-DD (default: now)")
    add_version(pub)
    add_as(pub)
    pub.set_defaults(run=run_publish)


@workflow_command
def run_export(args: argparse.Namespace, ctx) -> int:
    result = ctx.workflow(sign_in(args, ctx)).publishing.export(args.post_id, args.outdir)
    for path in result.files:
        print(f"wrote {path}")
    for note in result.notes:
        print(f"  note: {note}")
    return EXIT_OK


@workflow_command
def run_publish(args: argparse.Namespace, ctx) -> int:
    wf = ctx.workflow(sign_in(args, ctx))
    version = expected_version(args, wf.drafts.get(args.post_id).version)
    when = datetime.combine(parse_date(args.date), time(12), tzinfo=timezone.utc) if args.date else None
    view = wf.publishing.publish(args.post_id, version, args.url, when)
    print(f"post {view.id} published {view.published_at:%Y-%m-%d} at {view.published_url}")
    return EXIT_OK
