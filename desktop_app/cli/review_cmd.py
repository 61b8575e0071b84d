"""`clearpost review list|decide POST_ID`: an approver decides whether a flagged face is the
opted-out student it resembles (the desktop app shows the same side by side)."""

from __future__ import annotations

import argparse

from ..screening.decisions import IS_STUDENT, NOT_STUDENT
from .output import EXIT_OK
from .signin import EPILOG, add_as, sign_in, workflow_command


def add_parser(sub) -> None:
    p = sub.add_parser("review", help="decide flagged faces of a post (approvers)", epilog=EPILOG)
    rsub = p.add_subparsers(dest="review_command", required=True, metavar="COMMAND")
    ls = rsub.add_parser("list", help="faces of a post that resemble opted-out students", epilog=EPILOG)
    ls.add_argument("post_id", type=int)
    ls.add_argument("--save-crops", metavar="DIR", help="write each face and the students' reference faces here")
    add_as(ls)
    ls.set_defaults(run=run_list)
    d = rsub.add_parser("decide", help="record whether a face is the student", epilog=EPILOG)
    d.add_argument("post_id", type=int)
    d.add_argument("photo_id", type=int)
    d.add_argument("--box", required=True, metavar="TOP,RIGHT,BOTTOM,LEFT", help="the face's box as `review list` shows it")
    d.add_argument("--student", required=True, metavar="ID")
    which = d.add_mutually_exclusive_group(required=True)
    which.add_argument("--is-student", dest="decision", action="store_const", const=IS_STUDENT,
                       help="the face is this student: the photo must be redacted or removed")
    which.add_argument("--not-student", dest="decision", action="store_const", const=NOT_STUDENT,
                       help="the face is not this student (says nothing about other students)")
    d.add_argument("--comment", default="")
    d.add_argument("--frame", type=int, default=0)
    add_as(d)
    d.set_defaults(run=run_decide)


@workflow_command
def run_list(args: argparse.Namespace, ctx) -> int:
    from pathlib import Path

    wf = ctx.workflow(sign_in(args, ctx))
    faces = wf.reviews.faces(args.post_id)
    if not faces:
        print(f"post {args.post_id}: no face resembles an opted-out student")
        return EXIT_OK
    out = Path(args.save_crops) if args.save_crops else None
    if out:
        out.mkdir(parents=True, exist_ok=True)
    for f in faces:
        box = ",".join(str(v) for v in f.box)
        print(f"photo {f.photo_id} ({f.filename}) face --box {box}: {f.verdict} for {f.use} ({f.reason})")
        if out:
            (out / f"photo{f.photo_id}_face{f.face_index}.jpg").write_bytes(f.face_crop)
        for c in f.candidates:
            decided = f"  decided: {c.decision}" if c.decision else ""
            print(f"    {c.student_id} {c.name} ({c.school or 'no school'}), distance {c.distance:.3f}, "
                  f"{len(c.reference_faces)} reference faces{decided}")
            if out:
                for n, ref in enumerate(c.reference_faces):
                    (out / f"student_{c.student_id}_{n}.jpg").write_bytes(ref)
    return EXIT_OK


@workflow_command
def run_decide(args: argparse.Namespace, ctx) -> int:
    from ..workflow.errors import InvalidInput

    try:
        box = [int(v) for v in args.box.split(",")]
    except ValueError:
        raise InvalidInput(f"--box needs four whole numbers TOP,RIGHT,BOTTOM,LEFT, not {args.box!r}") from None
    wf = ctx.workflow(sign_in(args, ctx))
    wf.reviews.decide(args.post_id, args.photo_id, box, args.student, args.decision, args.comment, args.frame)
    what = "is" if args.decision == IS_STUDENT else "is not"
    print(f"recorded: the face at {box} of photo {args.photo_id} {what} student {args.student}; "
          "approving screens the post again with this decision")
    return EXIT_OK
