"""`clearpost staff add|list|roles|unlock|passwd`: accounts, and bootstrapping the first admin."""

from __future__ import annotations

import argparse

from ..workflow.roles import ROLES
from ..workflow.staff import StaffService
from .output import EXIT_OK
from .signin import EPILOG, add_as, new_password, sign_in, workflow_command


def add_parser(sub) -> None:
    p = sub.add_parser("staff", help="staff accounts and roles", epilog=EPILOG)
    ssub = p.add_subparsers(dest="staff_command", required=True, metavar="COMMAND")
    add = ssub.add_parser("add", help="add a staff account",
                          description="Add a staff account with the person's real name and district e-mail. "
                                      "On a database with no accounts yet, the first one can be added without "
                                      "--as and must be an admin; after that only an admin or the Communications "
                                      "Director adds staff. The new account's password comes from "
                                      "$CLEARPOST_NEW_PASSWORD or a prompt.", epilog=EPILOG)
    add.add_argument("email")
    add.add_argument("--name", required=True, help="real first and last name")
    add.add_argument("--role", action="append", required=True, choices=ROLES, help="repeat for several roles")
    add.add_argument("--building", help="home building (school name as on the roster)")
    add.add_argument("--no-password", action="store_true", help="no local password (directory sign-in later)")
    add_as(add, required=False)
    add.set_defaults(run=run_add)
    ls = ssub.add_parser("list", help="list staff accounts", epilog=EPILOG)
    add_as(ls)
    ls.set_defaults(run=run_list)
    roles = ssub.add_parser("roles", help="set a person's roles", epilog=EPILOG)
    roles.add_argument("email")
    roles.add_argument("roles", nargs="+", choices=ROLES, metavar="ROLE")
    add_as(roles)
    roles.set_defaults(run=run_roles)
    unlock = ssub.add_parser("unlock", help="unlock an account after failed sign-ins (admin)", epilog=EPILOG)
    unlock.add_argument("email")
    add_as(unlock)
    unlock.set_defaults(run=run_unlock)
    passwd = ssub.add_parser("passwd", help="set a password (your own, or anyone's as admin)", epilog=EPILOG)
    passwd.add_argument("email", nargs="?")
    add_as(passwd)
    passwd.set_defaults(run=run_passwd)
    domains = ssub.add_parser("domains", help="district e-mail domains new accounts must use (admin, director)",
                              epilog=EPILOG)
    domains.add_argument("domains", nargs="*", metavar="DOMAIN", help="e.g. ycs.wednet.edu; none: show the current")
    add_as(domains)
    domains.set_defaults(run=run_domains)


@workflow_command
def run_add(args: argparse.Namespace, ctx) -> int:
    actor = sign_in(args, ctx) if args.as_email else None
    password = None if args.no_password else new_password(args.email)
    view = StaffService(ctx.db, actor).add(args.email, args.name, args.role, building=args.building, password=password)
    first = " (the first account)" if actor is None else ""
    print(f"added {view.full_name} <{view.email}>{first}: {', '.join(sorted(view.roles))}"
          + (f", {view.building}" if view.building else ""))
    return EXIT_OK


@workflow_command
def run_list(args: argparse.Namespace, ctx) -> int:
    for v in ctx.workflow(sign_in(args, ctx)).staff.list():
        flags = ("" if v.active else " (inactive)") + (" (locked)" if v.locked_until else "")
        print(f"{v.email:40} {v.full_name:30} {','.join(sorted(v.roles)):28} {v.building or '-'}{flags}")
    return EXIT_OK


@workflow_command
def run_roles(args: argparse.Namespace, ctx) -> int:
    view = ctx.workflow(sign_in(args, ctx)).staff.set_roles(args.email, args.roles)
    print(f"{view.email}: {', '.join(sorted(view.roles))}")
    return EXIT_OK


@workflow_command
def run_unlock(args: argparse.Namespace, ctx) -> int:
    ctx.workflow(sign_in(args, ctx)).staff.unlock(args.email)
    print(f"{args.email} unlocked")
    return EXIT_OK


@workflow_command
def run_passwd(args: argparse.Namespace, ctx) -> int:
    actor = sign_in(args, ctx)
    email = args.email or actor.email
    ctx.workflow(actor).staff.set_password(email, new_password(email))
    print(f"password set for {email}")
    return EXIT_OK


@workflow_command
def run_domains(args: argparse.Namespace, ctx) -> int:
    from ..workflow.config import WorkflowConfig

    actor = sign_in(args, ctx)
    config = WorkflowConfig(ctx.db)
    if args.domains:
        config.set_email_domains(actor, args.domains)
    current = config.email_domains()
    print("district e-mail domains: " + (", ".join(current) if current else "any (not set)"))
    return EXIT_OK
