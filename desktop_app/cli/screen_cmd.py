"""`clearpost screen`: screen photos and video clips against the opt-out roster, optionally write
redacted copies.

Clips (MP4/MOV, WebM, AVI, by content) are screened in this process by screening.video: each is
one entry of ``images`` with ``kind: "video"`` and ``tracks`` (per face track: ``start``,
``end`` in seconds, ``verdict``, ``student_id``, ``distance``, ``boxes`` at sampled times); its
redacted copy is an H.264/AAC MP4. Exit statuses are the same as for photos.

Each screening is recorded for the RCW 43.386 usage report; once staff accounts exist the command
needs --as EMAIL (any role) and the records name that person."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..imaging.video import is_video_file
from ..screening.results import ImageResult, ImageVerdict
from ..screening.service import RedactionFailed
from ..uses import USES
from ..workflow.errors import WorkflowError
from .output import EXIT_FLAGGED, EXIT_OK, EXIT_TOOL_FAILED, EXIT_USAGE, ProgressLine, error
from .signin import require_signin_if_staff


def add_parser(sub) -> None:
    p = sub.add_parser("screen", help="screen photos and video clips for faces of opted-out students",
                       description="Screen photos and video clips (MP4, MOV, WebM): every face is matched against the students whose "
                                   "photo opt-out covers the use. Exit 0 when all are clear, 1 when any "
                                   "is blocked or needs review, 2 on usage or configuration errors (and, once "
                                   "staff accounts exist, without --as EMAIL), 4 when "
                                   "ClearPost itself could not screen a photo (it is reported blocked, with "
                                   "the reason, and the others are screened).")
    p.add_argument("photos", nargs="+", metavar="PHOTO_OR_CLIP")
    p.add_argument("--use", choices=USES, default="social", help="the use of publication (default: social)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--redact", metavar="OUTDIR", type=Path,
                   help="write a copy of each photo or clip with restricted and review faces pixelated and metadata "
                        "removed (clips: H.264/AAC MP4, checked by screening it again)")
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
    clips = [p for p in args.photos if is_video_file(p)]
    items = [(p, p) for p in args.photos if p not in clips]
    redactions: dict[str, str] = {}
    refused: list[str] = []
    names = dict(zip(args.photos, unique_stems(list(args.photos))))
    by_path: dict[str, object] = {}
    if items:
        with service.open_pool(args.use, len(items) * (2 if args.redact else 1)) as pool:
            progress = None if args.json or len(items) < 3 else ProgressLine("screening")
            photo_results = service.screen(items, args.use, pool=pool, progress=progress,
                                           actor=actor.email if actor else None)
            for r in photo_results:
                by_path.setdefault(r.path, r)
            if args.redact:
                for result in photo_results:
                    if result.error:
                        refused.append(result.path)
                        continue
                    try:
                        redactions[result.path] = str(service.redact(result.path, result, args.redact / names[result.path],
                                                                      args.use, pool=pool).output)
                    except RedactionFailed as exc:
                        refused.append(result.path)
                        error(str(exc))
    if clips:
        _screen_clips(clips, args, service, actor, names, by_path, redactions, refused)
    video_results = {p: r for p, r in by_path.items() if not isinstance(r, ImageResult)}
    results = [by_path[p].image_result() if p in video_results else by_path[p] for p in args.photos]
    text_findings = _screen_photo_text(args.photos, args.use, ctx)
    unprotected = ctx.roster.unprotected_for([args.use])
    if args.json:
        payload = {"images": [video_results[p].to_dict() if p in video_results else r.to_dict()
                              for p, r in zip(args.photos, results)], "unprotected": len(unprotected)}
        for image in payload["images"]:
            image["text_findings"] = [f.to_dict() for f in text_findings.get(image["path"], [])]
            if args.redact:
                image["redacted"] = redactions.get(image["path"])
                image["redaction_refused"] = image["path"] in refused
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        for r in results:
            print(f"{r.verdict.value.upper():8} {r.path}" + (f"  ({r.error})" if r.error else ""))
            if r.path in video_results:
                for t in video_results[r.path].tracks:
                    who = f"  student {t.student_id} at distance {t.distance:.3f}" if t.student_id else ""
                    print(f"         face {t.start:.2f}-{t.end:.2f} s {t.verdict.value}{who}"
                          + (f"  - {t.reason}" if t.reason and not who else ""))
            for f in ([] if r.path in video_results else r.faces):
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


def _screen_clips(clips, args, service, actor, names, by_path, redactions, refused) -> None:
    """Screen (and redact) video clips in this process; results recorded like photos."""
    from ..roster.service import StaleTemplatesError
    from ..screening.photo import PhotoScreener
    from ..screening.video import RedactionRefused, VideoResult, VideoScreener, redact_video

    try:
        templates = service.templates([args.use])
    except StaleTemplatesError as exc:
        for clip in clips:
            by_path.setdefault(clip, VideoResult.failed(clip, str(exc), tool_failure=True))
            if args.redact:
                refused.append(clip)
        return
    screener = VideoScreener(PhotoScreener(service.settings))
    for clip in clips:
        if clip in by_path:
            continue
        result = screener.screen(clip, templates, clip)
        by_path[clip] = result
        service.record([result.image_result()], args.use, actor.email if actor else None)
        if args.redact:
            try:
                written, _check = redact_video(clip, result, args.redact / names[clip], screener, templates)
                redactions[clip] = str(written)
            except RedactionRefused as exc:
                refused.append(clip)
                error(str(exc))


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
