"""`clearpost doctor`: check this workstation's setup and print a PASS/WARN/FAIL list for a ticket."""

from __future__ import annotations

import argparse
import json

from ..config.doctor import PASS, header, render, run_checks


def add_parser(sub) -> None:
    p = sub.add_parser("doctor", help="check this workstation's setup (configuration, database, models, disk)",
                       description="Check the configuration and where each setting comes from, the "
                                   "database connection and schema version, the face models, a test "
                                   "screening, and free disk space. Changes nothing. Exit 0 when every "
                                   "check passes, 1 otherwise.")
    p.add_argument("--json", action="store_true", help="print one JSON object (for inventory scripts)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx) -> int:
    checks = run_checks(ctx.db_url)
    ok = all(c.status == PASS for c in checks)
    if args.json:
        print(json.dumps({"header": header(), "ok": ok, "checks": [c.to_dict() for c in checks]}, indent=2))
    else:
        print(render(checks))
    return 0 if ok else 1
