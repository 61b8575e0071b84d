"""Acting as a person on the command line: --as EMAIL, the password, and workflow errors.

The password comes from $CLEARPOST_PASSWORD (scripts, tests) or a prompt. Exit status of
workflow commands: 0 done; 1 refused by screening (restricted face, opted-out name, PII);
2 not allowed, not found, wrong state or bad input; 3 changed by someone else (reload and retry).
"""

from __future__ import annotations

import functools
import getpass
import os
from datetime import date

from ..workflow.errors import AuthError, ConflictError, InvalidInput, PermissionDenied, Refused, WorkflowError
from .output import EXIT_FLAGGED, EXIT_USAGE, error

PASSWORD_ENV = "CLEARPOST_PASSWORD"
NEW_PASSWORD_ENV = "CLEARPOST_NEW_PASSWORD"
EXIT_CONFLICT = 3

EPILOG = ("Acting as a person: --as EMAIL; the password is read from $CLEARPOST_PASSWORD or asked for. "
          "Exit status: 0 done, 1 refused by screening, 2 not allowed or invalid, 3 changed by someone else.")


def add_as(parser, required: bool = True) -> None:
    parser.add_argument("--as", dest="as_email", metavar="EMAIL", required=required,
                        help="the staff account to act as" + ("" if required else
                                                                " (not needed to create the first admin)"))


def add_version(parser) -> None:
    parser.add_argument("--expect-version", type=int, metavar="N",
                        help="the version you reviewed (from `draft show`); refused if it changed since")


def _ask(prompt: str, env: str) -> str:
    """A password typed at the terminal; with no input to read (a script, a closed stdin), an
    AuthError naming the environment variable instead of a traceback."""
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise AuthError(f"no password given: set ${env} or run the command in a terminal") from None


def password_for(email: str) -> str:
    value = os.environ.get(PASSWORD_ENV)
    if value is not None:
        return value
    return _ask(f"Password for {email}: ", PASSWORD_ENV)


def new_password(email: str) -> str:
    value = os.environ.get(NEW_PASSWORD_ENV)
    if value is not None:
        return value
    first = _ask(f"New password for {email}: ", NEW_PASSWORD_ENV)
    if _ask("Again: ", NEW_PASSWORD_ENV) != first:
        raise AuthError("the two passwords differ")
    return first


def sign_in(args, ctx):
    """The StaffView of --as, after checking the password (audited, with lock-out)."""
    return ctx.authenticator.authenticate(args.as_email, password_for(args.as_email))


def require_signin_if_staff(args, ctx, *roles: str, what: str):
    """The person named by --as, signed in, once the workflow has staff accounts; None while
    there are none (a single workstation not using the post workflow: the command works as before).

    With roles given, the person must hold one of them. Raises PermissionDenied (no --as although
    staff exist, or a role missing) or AuthError (wrong password, locked out): workflow errors,
    which the command prints as one line and exits 2.
    """
    from ..workflow.staff import StaffService

    if getattr(args, "as_email", None):
        actor = sign_in(args, ctx)
    elif StaffService(ctx.db, None).has_any_staff():
        raise PermissionDenied(f"staff accounts exist: to {what}, sign in with --as EMAIL "
                               f"(password from ${PASSWORD_ENV} or a prompt)")
    else:
        return None
    if roles and not actor.has(*roles):
        raise PermissionDenied(f"{actor.email} cannot {what}: it needs the role {' or '.join(roles)}")
    return actor


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise InvalidInput(f"not a date (YYYY-MM-DD): {text!r}") from exc


def workflow_command(fn):
    """Run a command; turn workflow errors into a message and an exit status."""

    @functools.wraps(fn)
    def run(args, ctx) -> int:
        try:
            return fn(args, ctx)
        except Refused as exc:
            error(str(exc))
            return EXIT_FLAGGED
        except ConflictError as exc:
            error(str(exc))
            return EXIT_CONFLICT
        except WorkflowError as exc:
            error(str(exc))
            return EXIT_USAGE

    return run


def expected_version(args, current: int) -> int:
    return args.expect_version if getattr(args, "expect_version", None) is not None else current
