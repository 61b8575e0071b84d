"""``python -m desktop_app.gui [--db URL] [--lang CODE]``: the desktop app without the CLI's imports."""

from __future__ import annotations

import argparse
import multiprocessing
import sys


def main() -> int:
    multiprocessing.freeze_support()
    parser = argparse.ArgumentParser(prog="python -m desktop_app.gui")
    parser.add_argument("--db", metavar="URL")
    parser.add_argument("--lang", metavar="CODE")
    args = parser.parse_args()
    from .app import run_gui

    return run_gui(args.db, lang=args.lang)


if __name__ == "__main__":
    sys.exit(main())
