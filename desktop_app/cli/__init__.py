"""The `clearpost` command line: parses arguments and drives the same services as the app."""

from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__
from .output import EXIT_USAGE, error

# Imported only when a command is given, so that `clearpost` alone opens the window quickly.
COMMAND_MODULES = ("roster_cmd", "screen_cmd", "text_cmd", "doctor_cmd", "staff_cmd", "channel_cmd", "draft_cmd",
                   "approve_cmd", "review_cmd", "publish_cmd", "records_cmd", "settings_cmd")


def _global_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--db", metavar="URL", help="database URL (default: $CLEARPOST_DATABASE_URL, "
                                                    "else SQLite in the user data directory)")
    parser.add_argument("--lang", metavar="CODE", help="language of the desktop app: en or es "
                                                       "(default: the system's)")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clearpost",
        description="ClearPost: publish school photos and news without breaking student-privacy law. "
                    "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"clearpost {__version__}")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    quick, rest = _global_options(argparse.ArgumentParser(add_help=False)).parse_known_args(argv)
    if not rest:  # no command, no --help/--version: the desktop app, before any heavy import
        from ..gui.app import run_gui  # the command line never loads Qt

        return run_gui(quick.db, lang=quick.lang)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return EXIT_USAGE
    from ..engine.models import ModelsMissingError
    from ..storage.database import DatabaseError
    from .context import CliContext

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
