"""`clearpost channel request|approve|reject|list|abandoned|chain|retire`: the approved accounts."""

from __future__ import annotations

import argparse

from ..uses import USES
from ..workflow.channels import NOTICE_MODES, NeedsAdminRights
from ..workflow.roles import APPROVER_ROLES
from .output import EXIT_OK
from .signin import EPILOG, add_as, add_version, expected_version, sign_in, workflow_command


def add_parser(sub) -> None:
    p = sub.add_parser("channel", help="request, approve and monitor channels (the district's accounts)",
                       epilog=EPILOG)
    csub = p.add_subparsers(dest="channel_command", required=True, metavar="COMMAND")
    req = csub.add_parser("request", help="request a new channel (principal, then director approve)", epilog=EPILOG)
    req.add_argument("--name", required=True)
    req.add_argument("--platform", required=True, help="Facebook, Instagram, X, website...")
    req.add_argument("--use", required=True, choices=USES, help="the use it counts as for opt-outs")
    req.add_argument("--building", help="default: your home building")
    req.add_argument("--url")
    req.add_argument("--limit", type=int, help="character limit (default: known for Facebook, Instagram, X)")
    req.add_argument("--notice", choices=NOTICE_MODES, default="post",
                     help="the notice goes in every post, or is verified on the account profile")
    req.add_argument("--purpose", default="", help="audience and purpose of the account")
    req.add_argument("--owner", help="e-mail of the staff member who manages it (default: you)")
    add_as(req)
    req.set_defaults(run=run_request)
    app = csub.add_parser("approve", help="endorse (principal) or give final approval (director)", epilog=EPILOG)
    app.add_argument("channel_id", type=int)
    app.add_argument("--admin-rights", action="store_true",
                     help="director: confirm the district holds administrative rights to the account")
    app.add_argument("--comment", default="")
    add_version(app)
    add_as(app)
    app.set_defaults(run=run_approve)
    rej = csub.add_parser("reject", help="reject a channel request", epilog=EPILOG)
    rej.add_argument("channel_id", type=int)
    rej.add_argument("--comment", required=True)
    add_version(rej)
    add_as(rej)
    rej.set_defaults(run=run_reject)
    ls = csub.add_parser("list", help="list channels", epilog=EPILOG)
    ls.add_argument("--status", choices=("requested", "endorsed", "approved", "rejected", "retired"))
    add_as(ls)
    ls.set_defaults(run=run_list)
    ab = csub.add_parser("abandoned", help="approved channels with no published post for a while", epilog=EPILOG)
    ab.add_argument("--days", type=int, help="default: the district setting (90)")
    add_as(ab)
    ab.set_defaults(run=run_abandoned)
    ch = csub.add_parser("chain", help="set the approval chain for posts to a channel (director)", epilog=EPILOG)
    ch.add_argument("channel_id", type=int)
    ch.add_argument("roles", nargs="+", choices=APPROVER_ROLES, metavar="ROLE")
    add_version(ch)
    add_as(ch)
    ch.set_defaults(run=run_chain)
    ret = csub.add_parser("retire", help="take a channel out of use (director)", epilog=EPILOG)
    ret.add_argument("channel_id", type=int)
    ret.add_argument("--comment", default="")
    add_version(ret)
    add_as(ret)
    ret.set_defaults(run=run_retire)


def _show(c) -> None:
    print(f"channel {c.id}: {c.name} ({c.platform}, {c.use}) - {c.status}, version {c.version}")


@workflow_command
def run_request(args: argparse.Namespace, ctx) -> int:
    c = ctx.workflow(sign_in(args, ctx)).channels.request(
        args.name, args.platform, args.use, building=args.building, url=args.url, char_limit=args.limit,
        notice_mode=args.notice, purpose=args.purpose, owner=args.owner)
    _show(c)
    return EXIT_OK


def _channels(args, ctx):
    return ctx.workflow(sign_in(args, ctx)).channels


@workflow_command
def run_approve(args: argparse.Namespace, ctx) -> int:
    channels = _channels(args, ctx)
    current = channels.get(args.channel_id)
    try:
        view = channels.approve(args.channel_id, expected_version(args, current.version),
                                admin_rights=args.admin_rights, comment=args.comment)
    except NeedsAdminRights as exc:
        raise NeedsAdminRights(f"{exc} (--admin-rights)") from None
    _show(view)
    return EXIT_OK


@workflow_command
def run_reject(args: argparse.Namespace, ctx) -> int:
    channels = _channels(args, ctx)
    current = channels.get(args.channel_id)
    _show(channels.reject(args.channel_id, expected_version(args, current.version), args.comment))
    return EXIT_OK


@workflow_command
def run_list(args: argparse.Namespace, ctx) -> int:
    rows = _channels(args, ctx).list(args.status)
    if not rows:
        print("No channels.")
    for c in rows:
        print(f"{c.id:4} {c.status:9} {c.name[:32]:32} {c.platform:10} {c.use:8} {c.building or '-':24} "
              f"owner {c.owner}, chain {'>'.join(c.approval_chain)}")
    return EXIT_OK


@workflow_command
def run_abandoned(args: argparse.Namespace, ctx) -> int:
    rows = _channels(args, ctx).abandoned(args.days)
    if not rows:
        print("No abandoned channels.")
    for a in rows:
        last = a.last_published_at.strftime("%Y-%m-%d") if a.last_published_at else "never"
        print(f"{a.channel.id:4} {a.channel.name[:32]:32} last published {last}, quiet for {a.days_quiet} days; "
              f"owner {a.channel.owner}: update it or take it down")
    return EXIT_OK


@workflow_command
def run_chain(args: argparse.Namespace, ctx) -> int:
    channels = _channels(args, ctx)
    current = channels.get(args.channel_id)
    c = channels.set_chain(args.channel_id, expected_version(args, current.version), args.roles)
    print(f"channel {c.id}: approval chain {' > '.join(c.approval_chain)}")
    return EXIT_OK


@workflow_command
def run_retire(args: argparse.Namespace, ctx) -> int:
    channels = _channels(args, ctx)
    current = channels.get(args.channel_id)
    _show(channels.retire(args.channel_id, expected_version(args, current.version), args.comment))
    return EXIT_OK
