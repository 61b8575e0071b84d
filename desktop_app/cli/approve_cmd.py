"""`clearpost approve|return|reject POST_ID`: an approver's decision on the post's current step."""

from __future__ import annotations

import argparse

from .output import EXIT_OK
from .signin import EPILOG, add_as, add_version, expected_version, sign_in, workflow_command


def add_parser(sub) -> None:
    for name, help_text, needs_comment in (
        ("approve", "approve the current step (screens again against today's roster)", False),
        ("return", "send back to the author with comments", True),
        ("reject", "refuse the post for good", True),
    ):
        p = sub.add_parser(name, help=help_text, epilog=EPILOG)
        p.add_argument("post_id", type=int)
        p.add_argument("--comment", required=needs_comment, default="")
        add_version(p)
        add_as(p)
        p.set_defaults(run=run, decision=name)


@workflow_command
def run(args: argparse.Namespace, ctx) -> int:
    wf = ctx.workflow(sign_in(args, ctx))
    version = expected_version(args, wf.drafts.get(args.post_id).version)
    if args.decision == "approve":
        view = wf.approvals.approve(args.post_id, version, args.comment)
    elif args.decision == "return":
        view = wf.approvals.return_to_author(args.post_id, version, args.comment)
    else:
        view = wf.approvals.reject(args.post_id, version, args.comment)
    after = f"; waiting for the {view.waiting_for}" if view.waiting_for else ""
    print(f"post {view.id}: {view.status}{after} (version {view.version})")
    return EXIT_OK
