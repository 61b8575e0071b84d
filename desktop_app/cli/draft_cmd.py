"""`clearpost draft create|edit|attach|redact|submit|withdraw|show|list`: the author's side."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .output import EXIT_OK
from .signin import EPILOG, add_as, add_version, expected_version, sign_in, workflow_command


def _text_arg(value: str | None) -> str | None:
    if value is None:
        return None
    if value == "-":
        return sys.stdin.read()
    return Path(value).read_text(encoding="utf-8")


def _questions(p) -> None:
    p.add_argument("--audience", help="who is the target audience?")
    p.add_argument("--what", dest="message", help="what information is communicated?")
    p.add_argument("--why", dest="channel_reason", help="why is this channel the best one?")
    p.add_argument("--manager", dest="account_manager", help="who manages and monitors the account?")


def add_parser(sub) -> None:
    p = sub.add_parser("draft", help="write, screen and submit posts", epilog=EPILOG)
    dsub = p.add_subparsers(dest="draft_command", required=True, metavar="COMMAND")
    create = dsub.add_parser("create", help="start a draft for one or more approved channels", epilog=EPILOG)
    create.add_argument("--title", required=True)
    create.add_argument("--channel", dest="channels", type=int, action="append", required=True, metavar="ID")
    create.add_argument("--text", metavar="FILE|-", help="the post's text from a UTF-8 file or standard input")
    create.add_argument("--building", help="default: your home building")
    _questions(create)
    add_as(create)
    create.set_defaults(run=run_create)
    edit = dsub.add_parser("edit", help="change a draft's text, title, channels or answers", epilog=EPILOG)
    edit.add_argument("post_id", type=int)
    edit.add_argument("--title")
    edit.add_argument("--channel", dest="channels", type=int, action="append", metavar="ID")
    edit.add_argument("--text", metavar="FILE|-")
    _questions(edit)
    add_version(edit)
    add_as(edit)
    edit.set_defaults(run=run_edit)
    attach = dsub.add_parser("attach", help="add photos (stored in the database)", epilog=EPILOG)
    attach.add_argument("post_id", type=int)
    attach.add_argument("photos", nargs="+", type=Path, metavar="PHOTO")
    add_version(attach)
    add_as(attach)
    attach.set_defaults(run=run_attach)
    redact = dsub.add_parser("redact", help="replace a photo by a copy with restricted and review faces "
                                            "pixelated (checked by screening it again)", epilog=EPILOG)
    redact.add_argument("post_id", type=int)
    redact.add_argument("photo_id", type=int)
    add_version(redact)
    add_as(redact)
    redact.set_defaults(run=run_redact)
    submit = dsub.add_parser("submit", help="screen and send for approval", epilog=EPILOG)
    submit.add_argument("post_id", type=int)
    add_version(submit)
    add_as(submit)
    submit.set_defaults(run=run_submit)
    withdraw = dsub.add_parser("withdraw", help="take a submitted or approved post back to a draft", epilog=EPILOG)
    withdraw.add_argument("post_id", type=int)
    add_version(withdraw)
    add_as(withdraw)
    withdraw.set_defaults(run=run_withdraw)
    show = dsub.add_parser("show", help="a post with its photos, findings and approvals", epilog=EPILOG)
    show.add_argument("post_id", type=int)
    show.add_argument("--json", action="store_true")
    add_as(show)
    show.set_defaults(run=run_show)
    ls = dsub.add_parser("list", help="posts you may see", epilog=EPILOG)
    ls.add_argument("--status", choices=("draft", "pending", "returned", "rejected", "approved", "published"))
    add_as(ls)
    ls.set_defaults(run=run_list)


def _answers(args) -> dict:
    return {k: getattr(args, k) for k in ("audience", "message", "channel_reason", "account_manager")
            if getattr(args, k) is not None}


@workflow_command
def run_create(args: argparse.Namespace, ctx) -> int:
    drafts = ctx.workflow(sign_in(args, ctx)).drafts
    view = drafts.create(args.title, args.channels, body=_text_arg(args.text) or "", building=args.building,
                         **_answers(args))
    print(f"post {view.id} created (version {view.version})")
    return EXIT_OK


@workflow_command
def run_edit(args: argparse.Namespace, ctx) -> int:
    drafts = ctx.workflow(sign_in(args, ctx)).drafts
    current = drafts.get(args.post_id)
    view = drafts.update(args.post_id, expected_version(args, current.version), title=args.title,
                         body=_text_arg(args.text), channel_ids=args.channels, **_answers(args))
    print(f"post {view.id} saved (version {view.version})")
    return EXIT_OK


@workflow_command
def run_attach(args: argparse.Namespace, ctx) -> int:
    drafts = ctx.workflow(sign_in(args, ctx)).drafts
    version = expected_version(args, drafts.get(args.post_id).version)
    for path in args.photos:
        view = drafts.attach(args.post_id, version, path.name, path.read_bytes())
        version = view.version
        print(f"attached {path.name} as photo {view.photos[-1].id}")
    print(f"post {args.post_id} saved (version {version})")
    return EXIT_OK


@workflow_command
def run_redact(args: argparse.Namespace, ctx) -> int:
    drafts = ctx.workflow(sign_in(args, ctx)).drafts
    version = expected_version(args, drafts.get(args.post_id).version)
    view = drafts.redact_photo(args.post_id, version, args.photo_id)
    copy = next(p for p in view.photos if p.replaces_id == args.photo_id and not p.superseded)
    print(f"photo {args.photo_id} replaced by redacted copy {copy.id} ({copy.filename}); it goes to review")
    return EXIT_OK


@workflow_command
def run_submit(args: argparse.Namespace, ctx) -> int:
    drafts = ctx.workflow(sign_in(args, ctx)).drafts
    version = expected_version(args, drafts.get(args.post_id).version)
    view, check = drafts.submit(args.post_id, version)
    print(f"post {view.id} submitted (version {view.version}); waiting for the {view.waiting_for}")
    for note in check.notes:
        print(f"  for the approvers: {note}")
    return EXIT_OK


@workflow_command
def run_withdraw(args: argparse.Namespace, ctx) -> int:
    drafts = ctx.workflow(sign_in(args, ctx)).drafts
    version = expected_version(args, drafts.get(args.post_id).version)
    view = drafts.withdraw(args.post_id, version)
    print(f"post {view.id} is a draft again (version {view.version})")
    return EXIT_OK


@workflow_command
def run_show(args: argparse.Namespace, ctx) -> int:
    v = ctx.workflow(sign_in(args, ctx)).drafts.get(args.post_id)
    if args.json:
        print(json.dumps({**v.to_dict(), "waiting_for": v.waiting_for}, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"post {v.id}: {v.title}")
    print(f"  status {v.status}" + (f", waiting for the {v.waiting_for}" if v.waiting_for else "")
          + f"; version {v.version}")
    print(f"  author {v.author_name} <{v.author}>, {v.building or 'no building'}")
    print(f"  channels: {', '.join(f'{c.id} {c.name} ({c.use})' for c in v.channels)}")
    for label, value in (("audience", v.audience), ("what", v.message), ("why this channel", v.channel_reason),
                         ("account manager", v.account_manager)):
        print(f"  {label}: {value or '-'}")
    if v.published_url:
        print(f"  published {v.published_at:%Y-%m-%d} at {v.published_url}")
    print("  text:")
    for line in (v.body or "").splitlines() or ["(none)"]:
        print(f"    {line}")
    for p in v.photos:
        state = " (replaced by its redacted copy)" if p.superseded else ""
        print(f"  photo {p.id}: {p.filename} [{p.kind}] {p.verdict or 'not screened yet'}{state}")
    for f in v.text_findings:
        print(f"  {f['level']}: {f['kind']} {f['text']!r} - {f['message']}")
    for d in v.decisions:
        print(f"  round {d.round} step {d.step + 1} ({d.role}): {d.decision} by {d.by} {d.at:%Y-%m-%d %H:%M}"
              + (f" - {d.comment}" if d.comment else ""))
    for reason in v.takedown:
        print(f"  ROSTER CHANGED: {reason}")
    return EXIT_OK


@workflow_command
def run_list(args: argparse.Namespace, ctx) -> int:
    rows = ctx.workflow(sign_in(args, ctx)).drafts.list(status=args.status)
    if not rows:
        print("No posts.")
    for v in rows:
        waiting = f" -> {v.waiting_for}" if v.waiting_for else ""
        print(f"{v.id:5} {v.status:9}{waiting:12} {v.title[:40]:40} {v.author}")
    return EXIT_OK
