"""The `clearpost` command line: parses arguments and drives the same services as the app."""

from __future__ import annotations

import argparse
import sys

from .. import __version__
from ..engine.models import ModelsMissingError
from ..storage.database import DatabaseError
from . import (approve_cmd, channel_cmd, doctor_cmd, draft_cmd, publish_cmd, records_cmd, roster_cmd, screen_cmd,
               staff_cmd, text_cmd)
from .context import CliContext
from .output import EXIT_USAGE, error


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clearpost",
        description="ClearPost: publish school photos and news without breaking student-privacy law. "
                    "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"clearpost {__version__}")
    parser.add_argument("--db", metavar="URL", help="database URL (default: $CLEARPOST_DATABASE_URL, "
                                                    "else SQLite in the user data directory)")
    parser.add_argument("--lang", metavar="CODE", help="language of the desktop app: en or es "
                                                       "(default: the system's)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (roster_cmd, screen_cmd, text_cmd, doctor_cmd, staff_cmd, channel_cmd, draft_cmd, approve_cmd,
                   publish_cmd, records_cmd):
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        from ..gui.app import run_gui  # imported here: the command line never loads Qt

        return run_gui(args.db, lang=args.lang)
    ctx = CliContext(args.db)
    try:
        return args.run(args, ctx)
    except (DatabaseError, ModelsMissingError) as exc:
        error(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        error("interrupted")
        return EXIT_USAGE
    except (OSError, UnicodeDecodeError) as exc:
        error(str(exc))
        return EXIT_USAGE
