"""`clearpost settings show|set`: the district settings (screening thresholds and whole-school
recognition, the notice), read and changed through the same service, roles and audit as the
app's Settings page."""

from __future__ import annotations

import argparse
from dataclasses import fields

from ..settings import ScreeningSettings
from .output import EXIT_OK, EXIT_USAGE, error
from .signin import EPILOG, add_as, require_signin_if_staff, workflow_command

PREFIX = "screening."
ON = {"on", "yes", "true", "1", "y"}
OFF = {"off", "no", "false", "0", "n"}


def add_parser(sub) -> None:
    p = sub.add_parser("settings", help="show or change the district settings (thresholds, whole-school "
                                        "recognition, the notice)", epilog=EPILOG)
    ssub = p.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    show = ssub.add_parser("show", help="every district setting with its value")
    add_as(show, required=False)
    show.set_defaults(run=run_show)
    put = ssub.add_parser("set", help="change one setting: KEY is screening.<name> (e.g. "
                                      "screening.recognize_all_students on) or notice", epilog=EPILOG)
    put.add_argument("key")
    put.add_argument("value")
    add_as(put, required=False)
    put.set_defaults(run=run_set)


def _text(value) -> str:
    return ("on" if value else "off") if isinstance(value, bool) else str(value)


@workflow_command
def run_show(args: argparse.Namespace, ctx) -> int:
    actor = require_signin_if_staff(args, ctx, what="see the district settings")
    current = ctx.workflow(actor).settings
    screening = current.screening()
    defaults = ScreeningSettings()
    for f in fields(ScreeningSettings):
        value = getattr(screening, f.name)
        note = "" if value == getattr(defaults, f.name) else f"   (default {_text(getattr(defaults, f.name))})"
        print(f"{PREFIX}{f.name} = {_text(value)}{note}")
    print(f"notice = {current.notice()}")
    if screening.recognize_all_students:
        opted, others = ctx.roster.template_counts()
        print(f"# whole-school recognition is on: {opted} templates of opted-out students and {others} of students "
              "without an opt-out are stored (biometric data: see docs/deployment.md)")
    return EXIT_OK


def _parse(name: str, raw: str, current):
    kind = type(current)
    if kind is bool:
        word = raw.strip().lower()
        if word in ON:
            return True
        if word in OFF:
            return False
        raise ValueError(f"{PREFIX}{name} takes on or off, not {raw!r}")
    try:
        return kind(raw)
    except ValueError:
        raise ValueError(f"{PREFIX}{name} takes a {'whole number' if kind is int else 'number'}, not {raw!r}") from None


@workflow_command
def run_set(args: argparse.Namespace, ctx) -> int:
    from dataclasses import replace

    actor = require_signin_if_staff(args, ctx, "director", "admin", what="change the district settings")
    settings = ctx.workflow(actor).settings
    if args.key == "notice":
        settings.set_notice(args.value)
        print("notice changed")
        return EXIT_OK
    name = args.key[len(PREFIX):] if args.key.startswith(PREFIX) else None
    known = {f.name for f in fields(ScreeningSettings)}
    if name not in known:
        error(f"unknown setting {args.key!r}; `clearpost settings show` lists them")
        return EXIT_USAGE
    current = settings.screening()
    try:
        new = replace(current, **{name: _parse(name, args.value, getattr(current, name))})
    except ValueError as exc:
        error(str(exc))
        return EXIT_USAGE
    before = ctx.roster.template_counts()[1]
    settings.set_screening(new)
    print(f"{args.key} = {_text(getattr(new, name))}")
    if name == "recognize_all_students":
        if new.recognize_all_students and not current.recognize_all_students:
            print("whole-school recognition is on: import the roster again with every student's portrait "
                  "(clearpost roster import ... --photos DIR) to enrol students without an opt-out")
        elif current.recognize_all_students and not new.recognize_all_students:
            print(f"whole-school recognition is off: {before} templates of students without an opt-out were deleted")
    return EXIT_OK
