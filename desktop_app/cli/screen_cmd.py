"""`clearpost screen`: screen photos against the opt-out roster, optionally write redacted copies.

Each screening is recorded for the RCW 43.386 usage report; once staff accounts exist the command
needs --as EMAIL (any role) and the records name that person."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..screening.results import ImageVerdict
from ..screening.service import RedactionFailed
from ..uses import USES
from ..workflow.errors import WorkflowError
from .output import EXIT_FLAGGED, EXIT_OK, EXIT_TOOL_FAILED, EXIT_USAGE, ProgressLine, error
from .signin import require_signin_if_staff


def add_parser(sub) -> None:
    p = sub.add_parser("screen", help="screen photos for faces of opted-out students",
                       description="Screen photos: every face is matched against the students whose "
                                   "photo opt-out covers the use. Exit 0 when all are clear, 1 when any "
                                   "is blocked or needs review, 2 on usage or configuration errors (and, once "
                                   "staff accounts exist, without --as EMAIL), 4 when "
                                   "ClearPost itself could not screen a photo (it is reported blocked, with "
                                   "the reason, and the others are screened).")
    p.add_argument("photos", nargs="+", metavar="PHOTO")
    p.add_argument("--use", choices=USES, default="social", help="the use of publication (default: social)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--redact", metavar="OUTDIR", type=Path,
                   help="write a copy of each photo with restricted and review faces pixelated and metadata removed")
    p.add_argument("--as", dest="as_email", metavar="EMAIL",
                   help="the staff member screening, named in the face-matching usage records (required once "
                        "staff accounts exist; any role; password from $CLEARPOST_PASSWORD or a prompt)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx) -> int:
    try:  # once staff exist, the RCW 43.386 usage records name who used face matching
        actor = require_signin_if_staff(args, ctx, what="screen photos")
    except WorkflowError as exc:
        error(str(exc))
        return EXIT_USAGE
    service = ctx.screening
    items = [(p, p) for p in args.photos]
    redactions: dict[str, str] = {}
    refused: list[str] = []
    with service.open_pool(args.use, len(items) * (2 if args.redact else 1)) as pool:
        progress = None if args.json or len(items) < 3 else ProgressLine("screening")
        results = service.screen(items, args.use, pool=pool, progress=progress,
                                 actor=actor.email if actor else None)
        if args.redact:
            names = unique_stems([r.path for r in results])
            for result, name in zip(results, names):
                if result.error:
                    refused.append(result.path)
                    continue
                try:
                    redactions[result.path] = str(service.redact(result.path, result, args.redact / name, args.use,
                                                                  pool=pool).output)
                except RedactionFailed as exc:
                    refused.append(result.path)
                    error(str(exc))
    text_findings = _screen_photo_text(args.photos, args.use, ctx)
    unprotected = ctx.roster.unprotected_for([args.use])
    if args.json:
        payload = {"images": [r.to_dict() for r in results], "unprotected": len(unprotected)}
        for image in payload["images"]:
            image["text_findings"] = [f.to_dict() for f in text_findings.get(image["path"], [])]
            if args.redact:
                image["redacted"] = redactions.get(image["path"])
                image["redaction_refused"] = image["path"] in refused
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        for r in results:
            print(f"{r.verdict.value.upper():8} {r.path}" + (f"  ({r.error})" if r.error else ""))
            for f in r.faces:
                who = f"  student {f.student_id} at distance {f.distance:.3f}" if f.student_id else ""
                print(f"         face {list(f.box)} {f.verdict.value}{who}" + (f"  - {f.reason}" if f.reason and not who else ""))
            for f in text_findings.get(r.path, []):
                print(f"         {f.level} in file name or caption: {f.text!r}: {f.message}")
            if r.path in redactions:
                print(f"         redacted copy: {redactions[r.path]}")
            elif r.path in refused:
                print("         no redacted copy written")
        if unprotected:
            print(f"warning: {len(unprotected)} students opted out of {args.use} photos cannot be recognised (no usable "
                  "reference photo; `clearpost roster list` names them): check these photos' faces by eye")
    text_errors = any(f.level == "error" for fs in text_findings.values() for f in fs)
    all_clear = all(r.verdict is ImageVerdict.CLEAR for r in results)
    if any(r.tool_failure for r in results):
        return EXIT_TOOL_FAILED  # blocked as well; the tool, not the photo, needs attention
    # a copy that could not be written safely is a flagged photo, whatever its verdict
    return EXIT_OK if all_clear and not text_errors and not refused else EXIT_FLAGGED


def unique_stems(paths: list[str]) -> list[str]:
    """Output names for redacted copies: each input's file stem, with -2, -3, ... where two
    inputs share one, so that no copy overwrites (or, when refused, deletes) another's."""
    seen: dict[str, int] = {}
    taken: set[str] = set()
    out = []
    for path in paths:
        stem = Path(path).stem or "photo"
        n = seen.get(stem.lower(), 0)
        name = stem
        while name.lower() in taken:
            n += 1
            name = f"{stem}-{n}"
        seen[stem.lower()] = n
        taken.add(name.lower())
        out.append(name)
    return out


def _screen_photo_text(paths: list[str], use: str, ctx) -> dict:
    """File names and embedded captions are text too: names and PII in them, per photo."""
    from ..imaging.captions import photo_text_findings

    students, roster_ids, notice = ctx.roster.caption_name_entries(use), ctx.roster.roster_ids(), ctx.settings.notice()
    found = {}
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError:
            data = b""
        findings = [f for _source, f in photo_text_findings(Path(path).name, data, students=students,
                                                              roster_ids=roster_ids, notice=notice)]
        if findings:
            found[path] = findings
    return found
