"""`clearpost check-text`: names of opted-out students, PII and policy words in a post's text."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..textcheck import check_text, length_report
from ..uses import USES
from .output import EXIT_FLAGGED, EXIT_OK


def add_parser(sub) -> None:
    p = sub.add_parser("check-text", help="check a post's text for opted-out names and personal information",
                       description="Check text for names of students with a name opt-out for the use, "
                                   "personal information and Policy 4007P concerns; print the text with the "
                                   "required notice. Exit 1 when an error-level finding is present.")
    p.add_argument("file", metavar="FILE|-", help="a UTF-8 text file, or - for standard input")
    p.add_argument("--use", choices=USES, default="social")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run)


def read_text(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    return Path(name).read_text(encoding="utf-8")


def run(args: argparse.Namespace, ctx) -> int:
    text = read_text(args.file)
    report = check_text(text, students=ctx.roster.name_entries_for(args.use), roster_ids=ctx.roster.roster_ids(),
                        notice=ctx.settings.notice())
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        if not report.findings:
            print("No findings.")
        for f in report.findings:
            print(f"{f.level.upper():7} {f.kind:10} chars {f.start}-{f.end} {f.text!r}: {f.message}")
        print()
        for check in report.lengths:
            state = "fits" if check.fits else "TOO LONG"
            print(f"{check.channel}: {check.length}/{check.limit} characters with the notice ({state})")
        print("\n--- text as it will be published ---")
        print(report.final_text)
    return EXIT_FLAGGED if report.has_errors else EXIT_OK
