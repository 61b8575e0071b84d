"""Records: takedown re-screening after roster changes, the public-records export, and the
usage figures of face matching for the RCW 43.386 accountability report."""

from __future__ import annotations

import html
import json
import shutil
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from sqlalchemy import case, distinct, func, select, update

from ..imaging.redact import strip_metadata
from ..storage.database import Database
from ..storage.models import Post, PostDecision, PostPhoto, ReferencePhoto, RosterImport, ScreeningRecord, Setting, Student
from ..textcheck import append_notice
from .audit import AuditLog, append
from .common import acting_staff, as_utc, claim, utcnow
from .config import TAKEDOWN_CHECKED_KEY
from .errors import InvalidInput, InvalidState
from .export import slug
from .postcheck import PostChecker
from .posts import APPROVED, PENDING, PUBLISHED, TAKEN_DOWN, photo_inputs, post_options, post_view
from .roles import ADMIN, DIRECTOR
from .views import PostView, StaffView, TakedownItem, UsageReport


def day_range(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """Inclusive dates to [start 00:00, day after end 00:00) in UTC."""
    lo = datetime.combine(start, time.min, tzinfo=timezone.utc) if start else None
    hi = datetime.combine(end + timedelta(days=1), time.min, tzinfo=timezone.utc) if end else None
    return lo, hi


@dataclass
class RecordsExport:
    outdir: Path
    index: Path
    posts: list[int] = field(default_factory=list)
    archive: Path | None = None  # the internal archive of originals, when one was written


ARCHIVE_README = """INTERNAL - NOT FOR RELEASE

This folder is ClearPost's internal archive of the posts in the records export beside it: every
photo as it was uploaded (with its camera data, GPS position, captions and, for photos that were
published redacted, the faces of students whose guardians opted out of publication), and the
full screening details (students' IDs and match distances).

Keep it where only the records officer and the Communications Director can read it, for as long
as the district's retention schedule keeps the post. What was published is the release folder:
hand that out, never this one.
"""


def _release_dict(view) -> dict:
    """The post for the release copy: screening verdicts without students' IDs or distances."""
    data = view.to_dict()
    for photo in data.get("photos", []):
        uses = (photo.get("screening") or {}).get("uses", {})
        photo["screening"] = {"uses": {use: {"verdict": r.get("verdict"), "error": r.get("error"),
                                             "faces": [{"verdict": f.get("verdict"), "box": f.get("box")}
                                                       for f in r.get("faces", [])]}
                                       for use, r in uses.items()}}
    return data


def _archive_post(folder: Path, view, files, history) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "originals").mkdir(parents=True)
    names = {}
    for photo_id, data in files:
        photo = next(p for p in view.photos if p.id == photo_id)
        name = (f"{photo.position:02d}-{photo.id}-{slug(Path(photo.filename).stem)}"
                f"{Path(photo.filename).suffix.lower() or '.bin'}")
        (folder / "originals" / name).write_bytes(bytes(data))
        names[photo_id] = f"originals/{name}"
    (folder / "post.json").write_text(json.dumps({"post": view.to_dict(), "files": names,
                                                  "audit": [e.to_dict() for e in history]},
                                                 indent=2, ensure_ascii=False), encoding="utf-8")


class RecordsService:
    def __init__(self, db: Database, actor: StaffView, checker: PostChecker | None = None) -> None:
        self.db = db
        self.actor = actor
        self.checker = checker

    def _me(self, s):
        return acting_staff(s, self.actor, DIRECTOR, ADMIN)

    # -- takedown ------------------------------------------------------------------------------
    def roster_changed_since_check(self) -> bool:
        with self.db.session() as s:
            latest = s.execute(select(func.max(RosterImport.id))).scalar_one()
            row = s.get(Setting, TAKEDOWN_CHECKED_KEY)
            checked = json.loads(row.value_json) if row else None
        return latest is not None and latest != checked

    def takedown_check(self) -> list[TakedownItem]:
        """Screen pending, approved and published posts against the roster as it is now.

        Published posts that now show a restricted face or name are listed for takedown;
        pending and approved ones carry the findings for their approvers.
        """
        if self.checker is None:
            raise RuntimeError("the takedown check needs a PostChecker")
        with self.db.session() as s:
            self._me(s)
            latest_import = s.execute(select(func.max(RosterImport.id))).scalar_one()
            work = []
            for post in s.execute(select(Post).options(*post_options())
                                  .where(Post.status.in_((PENDING, APPROVED, PUBLISHED))).order_by(Post.id)).scalars():
                work.append((post_view(s, post), photo_inputs(s, post)))
        findings: dict[int, list[str]] = {}
        for view, photos in work:
            result = self.checker.check(view.body, view.channels, photos, actor=self.actor.email,
                               building=view.building)
            findings[view.id] = result.privacy_problems + result.undecided_faces
        now = utcnow()
        with self.db.session() as s:
            for post_id, reasons in findings.items():
                # derived data, not an edit: the version is left alone so nobody's work conflicts
                s.execute(update(Post).where(Post.id == post_id)
                          .values(takedown_json=json.dumps(reasons) if reasons else None, takedown_checked_at=now)
                          .execution_options(synchronize_session=False))
            row = s.get(Setting, TAKEDOWN_CHECKED_KEY)
            if row is None:
                s.add(Setting(key=TAKEDOWN_CHECKED_KEY, value_json=json.dumps(latest_import)))
            else:
                row.value_json = json.dumps(latest_import)
            flagged = {pid: r for pid, r in findings.items() if r}
            append(s, "takedown.checked", actor=self.actor.email, subject_type="roster", subject_id=latest_import,
                   details={"posts_checked": len(findings), "flagged": {str(k): v for k, v in flagged.items()}})
        return self._flagged_published()

    def takedown_list(self, *, refresh: bool | None = None) -> list[TakedownItem]:
        """Published posts to take down; re-screens first when the roster changed since the last check
        (or always with refresh=True)."""
        with self.db.session() as s:
            self._me(s)
        if refresh or (refresh is None and self.checker is not None and self.roster_changed_since_check()):
            return self.takedown_check()
        return self._flagged_published()

    def _flagged_published(self) -> list[TakedownItem]:
        with self.db.session() as s:
            rows = s.execute(select(Post).where(Post.status == PUBLISHED, Post.takedown_json.is_not(None))
                             .order_by(Post.published_at)).scalars()
            return [TakedownItem(p.id, p.title, p.published_url, as_utc(p.published_at),
                                 tuple(json.loads(p.takedown_json)), as_utc(p.takedown_checked_at), p.version)
                    for p in rows if json.loads(p.takedown_json)]

    def mark_taken_down(self, post_id: int, expected_version: int) -> PostView:
        """Record that a published post has been taken off its channels (after a roster change put
        it on the takedown list, or for any other reason): it leaves the takedown list, its author
        sees when and by whom in My posts, and the audit log keeps the reasons."""
        with self.db.session() as s:
            me = self._me(s)
            post = s.get(Post, post_id)
            if post is None or post.status != PUBLISHED:
                raise InvalidState(f"post {post_id} is not published, so it cannot be taken down")
            claim(s, Post, post_id, expected_version, "post")
            s.refresh(post)
            now = utcnow()
            post.status, post.taken_down_at, post.taken_down_by, post.updated_at = TAKEN_DOWN, now, me.email, now
            append(s, "post.taken_down", actor=me.email, subject_type="post", subject_id=post.id,
                   details={"title": post.title, "url": post.published_url,
                            "reasons": json.loads(post.takedown_json) if post.takedown_json else []})
            s.flush()
            post = s.execute(select(Post).options(*post_options()).where(Post.id == post_id)).scalar_one()
            return post_view(s, post)

    # -- public records export -----------------------------------------------------------------
    def export(self, start: date, end: date, outdir: Path, archive_dir: Path | None = None) -> RecordsExport:
        """Every post published between the dates (inclusive, UTC), as a *release copy* in
        ``outdir``: an HTML page per post with its text, approval history, screening verdicts
        and the photos exactly as published (re-rendered from their pixels: no EXIF, GPS,
        captions or embedded previews; a photo published redacted appears redacted; originals
        that were replaced are left out), and no student names, IDs or match distances.

        With ``archive_dir`` (which must lie outside ``outdir``), the *internal archive* is
        written there too: every original upload byte for byte and the full screening details.
        It holds what the opt-outs protect, so it is for the district's own retention, never
        for release, and the release pages do not link to it."""
        if end < start:
            raise InvalidInput("the end date is before the start date")
        outdir = Path(outdir)
        if archive_dir is not None:
            archive_dir = Path(archive_dir)
            if archive_dir.resolve() == outdir.resolve() or outdir.resolve() in archive_dir.resolve().parents:
                raise InvalidInput("the internal archive must not be inside the release folder")
        lo, hi = day_range(start, end)
        outdir.mkdir(parents=True, exist_ok=True)
        log = AuditLog(self.db)
        with self.db.session() as s:
            me = self._me(s)
            posts = s.execute(select(Post).options(*post_options())
                              .where(Post.status.in_((PUBLISHED, TAKEN_DOWN)), Post.published_at >= lo,
                                     Post.published_at < hi)
                              .order_by(Post.published_at, Post.id)).scalars().all()
            views = [post_view(s, p) for p in posts]
            files = {p.id: s.execute(select(PostPhoto.id, PostPhoto.data).where(PostPhoto.post_id == p.id)).all()
                     for p in posts}
        result = RecordsExport(outdir, outdir / "index.html")
        rows = []
        for view in views:
            folder = outdir / f"post-{view.id}"
            if folder.exists():
                shutil.rmtree(folder)
            (folder / "files").mkdir(parents=True)
            names = {}
            for photo_id, data in files[view.id]:
                photo = next(p for p in view.photos if p.id == photo_id)
                if photo.superseded:
                    continue  # replaced by its redacted copy: never published
                stem = f"{photo.position:02d}-{photo.id}-{slug(Path(photo.filename).stem)}"
                written = strip_metadata(bytes(data), folder / "files" / stem)
                names[photo_id] = f"files/{written.name}"
            history = log.entries(subject_type="post", subject_id=view.id)
            (folder / "index.html").write_text(_post_page(view, names, history, self.checker), encoding="utf-8")
            (folder / "post.json").write_text(json.dumps({"post": _release_dict(view), "files": names,
                                                          "audit": [e.to_dict() for e in history]},
                                                         indent=2, ensure_ascii=False), encoding="utf-8")
            if archive_dir is not None:
                _archive_post(archive_dir / f"post-{view.id}", view, files[view.id], history)
            rows.append(view)
            result.posts.append(view.id)
        result.index.write_text(_index_page(rows, start, end, me.email), encoding="utf-8")
        if archive_dir is not None:
            (archive_dir / "README.txt").write_text(ARCHIVE_README, encoding="utf-8")
        result.archive = archive_dir
        log.record("records.exported", actor=self.actor.email, details={
            "from": start.isoformat(), "to": end.isoformat(), "posts": result.posts, "outdir": str(outdir.resolve()),
            "archive": str(archive_dir.resolve()) if archive_dir is not None else None})
        return result

    # -- RCW 43.386 usage ---------------------------------------------------------------------
    def usage_report(self, start: date | None = None, end: date | None = None) -> UsageReport:
        lo, hi = day_range(start, end)
        report = UsageReport(lo, hi)
        r = ScreeningRecord
        with self.db.session() as s:
            self._me(s)
            conds = []
            if lo:
                conds.append(r.created_at >= lo)
            if hi:
                conds.append(r.created_at < hi)
            row = s.execute(select(
                func.count(r.id), func.count(distinct(r.sha256)), func.coalesce(func.sum(r.face_count), 0),
                func.coalesce(func.sum(r.restricted_count), 0), func.coalesce(func.sum(r.review_count), 0),
                func.coalesce(func.sum(case((r.verdict == "blocked", 1), else_=0)), 0),
                func.coalesce(func.sum(case((r.verdict == "review", 1), else_=0)), 0),
                func.coalesce(func.sum(case((r.verdict == "clear", 1), else_=0)), 0),
                func.coalesce(func.sum(case((r.error.is_not(None), 1), else_=0)), 0),
            ).where(*conds)).one()
            (report.screenings, report.distinct_photos, report.faces, report.restricted_matches,
             report.review_faces, report.blocked_images, report.review_images, report.clear_images,
             report.unreadable_images) = (int(v or 0) for v in row)
            for column, target in ((r.use, report.by_use), (r.screened_by, report.by_person),
                                   (r.workstation, report.by_workstation)):
                for key, n, matches in s.execute(select(column, func.count(r.id), func.coalesce(func.sum(r.restricted_count), 0))
                                                 .where(*conds).group_by(column).order_by(column)).all():
                    target[key or "(not recorded)"] = {"screenings": int(n), "restricted_matches": int(matches)}
            report.templates = s.execute(select(func.count(ReferencePhoto.id))).scalar_one()
            report.students_with_templates = s.execute(select(func.count(distinct(ReferencePhoto.student_pk)))).scalar_one()
            report.templates_without_opt_out = s.execute(
                select(func.count(ReferencePhoto.id)).join(Student, Student.id == ReferencePhoto.student_pk)
                .where(Student.photo_opt_out == "")).scalar_one()
            d = PostDecision
            dconds = ([d.created_at >= lo] if lo else []) + ([d.created_at < hi] if hi else [])
            for decision, n in s.execute(select(d.decision, func.count(d.id)).where(*dconds).group_by(d.decision)).all():
                if decision == "approved":
                    report.approvals = n
                elif decision == "returned":
                    report.returns = n
                elif decision == "rejected":
                    report.rejections = n
        AuditLog(self.db).record("usage.reported", actor=self.actor.email, details={
            "from": start.isoformat() if start else None, "to": end.isoformat() if end else None,
            "screenings": report.screenings})
        return report


def format_usage(report: UsageReport) -> str:
    """Plain text for the accountability report (RCW 43.386.020 asks for these facts)."""
    span = (f"{report.start:%Y-%m-%d} to {(report.end - timedelta(days=1)):%Y-%m-%d}" if report.start and report.end
            else "all records")
    lines = [
        f"ClearPost facial recognition usage, {span} (UTC)",
        "",
        "Purpose: screen photos before district publication for the faces of students whose guardians opted",
        "out of photo publication (FERPA directory information), so that those photos are not published.",
        "Processing: on district computers only; no cloud service. Face detection (CenterFace, dlib HOG) and",
        "128-value face features (SFace, OpenCV Zoo); a face is matched to an opted-out student when within",
        "the district's distance threshold. Every match and every uncertain face is decided by a person",
        "(the author, the building principal, the Communications Director) before anything is published;",
        "the software alone never publishes or identifies anyone to the public.",
        "Data kept: face templates only for students with a photo opt-out, deleted when the opt-out is",
        "lifted or the student leaves the roster.",
        "",
        f"Photos screened (screenings, one per photo and use): {report.screenings}",
        f"Distinct photos: {report.distinct_photos}",
        f"Faces found: {report.faces}",
        f"Faces matched to an opted-out student: {report.restricted_matches}",
        f"Faces sent to a person for review: {report.review_faces}",
        f"Images blocked / review / clear / unreadable: {report.blocked_images} / {report.review_images} / "
        f"{report.clear_images} / {report.unreadable_images}",
        f"Templates on file: {report.templates} for {report.students_with_templates} students "
        f"({report.templates_without_opt_out} of students without an opt-out: whole-school recognition)",
        f"Human decisions on posts: {report.approvals} approvals, {report.returns} returned, "
        f"{report.rejections} rejected",
        "",
        "By use:",
    ]
    lines += [f"  {k}: {v['screenings']} screenings, {v['restricted_matches']} matches" for k, v in report.by_use.items()]
    lines.append("By person:")
    lines += [f"  {k}: {v['screenings']} screenings, {v['restricted_matches']} matches" for k, v in report.by_person.items()]
    lines.append("By workstation:")
    lines += [f"  {k}: {v['screenings']} screenings" for k, v in report.by_workstation.items()]
    lines += ["", *accuracy_lines()]
    return "\n".join(lines)


def accuracy_lines() -> list[str]:
    """Accuracy across subgroups, as measured for the shipped model and thresholds
    (benchmarks/measure_sface.py writes engine/data/accuracy.json; RCW 43.386 asks for it)."""
    from ..engine.models import data_dir

    try:
        acc = json.loads((data_dir() / "accuracy.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ["Accuracy testing: the measurement file is missing from this installation."]
    lines = [f"Accuracy testing ({acc['model']}, match {acc['match_threshold']}, review {acc['review_threshold']}):",
             f"  measured on {acc['measured_on']}.",
             "  group: faces, wrongly matched (restricted), wrongly sent to review, same person missed"]
    for g in acc["subgroups"]:
        lines.append(f"  {g['group']}: {g['faces']}, {g['restricted']:.1%}, {g['review']:.1%}, "
                     f"{g['second_photo_missed']} of {g['second_photos']}")
    lines.append(f"  Not measured: {acc['unmeasured']}.")
    return lines


# -- HTML ---------------------------------------------------------------------------------------
_STYLE = """<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em;text-align:left;vertical-align:top}
pre{white-space:pre-wrap;background:#f4f4f4;padding:.5em}img{max-width:18em;max-height:18em}
.blocked{color:#a00}.review{color:#a60}.clear{color:#060}</style>"""


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else ""


def _index_page(views: list[PostView], start: date, end: date, by: str) -> str:
    rows = "".join(
        f"<tr><td><a href='post-{v.id}/index.html'>{v.id}</a></td><td>{_e(v.title)}</td>"
        f"<td>{_when(v.published_at)}</td><td>{_e(', '.join(c.name for c in v.channels))}</td>"
        f"<td>{_e(v.author_name)} &lt;{_e(v.author)}&gt;</td><td><a href='{_e(v.published_url)}'>{_e(v.published_url)}</a></td>"
        f"<td>{len(v.photos)}</td></tr>" for v in views)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>Published posts {start} to {end}</title>{_STYLE}"
            f"</head><body><h1>Published posts, {start} to {end}</h1>"
            f"<p>Exported {_when(utcnow())} by {_e(by)} from ClearPost. {len(views)} posts.</p>"
            "<table><tr><th>Post</th><th>Title</th><th>Published</th><th>Channels</th><th>Author</th><th>Address</th>"
            f"<th>Photos</th></tr>{rows}</table></body></html>")


def _post_page(view: PostView, files: dict[int, str], history, checker: PostChecker | None) -> str:
    notice = checker.notice() if checker else None
    final = append_notice(view.body, notice) if notice else view.body
    photos = []
    for p in view.photos:
        if p.superseded:
            continue  # not published: the release copy shows what was
        uses = (p.screening or {}).get("uses", {})
        faces = "".join(
            f"<tr><td>{_e(use)}</td><td class='{_e(r.get('verdict'))}'>{_e(r.get('verdict'))}</td>"
            f"<td>{_e(r.get('error') or '')}</td><td>" + "<br>".join(
                f"{_e(f['verdict'])} {f['box']}" for f in r.get("faces", [])) + "</td></tr>"
            for use, r in uses.items())
        status = "published redacted" if p.kind == "redacted" else "published"
        photos.append(
            f"<h3>{_e(p.filename)}</h3><p><a href='{_e(files.get(p.id, ''))}'><img src='{_e(files.get(p.id, ''))}' "
            f"alt='{_e(p.filename)}'></a></p><p>File: <a href='{_e(files.get(p.id, ''))}'>{_e(files.get(p.id, ''))}</a>, "
            f"{status}; verdict <span class='{_e(p.verdict)}'>{_e(p.verdict)}</span></p>"
            f"<table><tr><th>Use</th><th>Verdict</th><th>Error</th><th>Faces (verdict, box)</th></tr>"
            f"{faces}</table>")
    decisions = "".join(f"<tr><td>{d.round}</td><td>{d.step + 1} ({_e(d.role)})</td><td>{_e(d.by_name)} &lt;{_e(d.by)}&gt;</td>"
                        f"<td>{_e(d.decision)}</td><td>{_e(d.comment)}</td><td>{_when(d.at)}</td></tr>" for d in view.decisions)
    audit = "".join(f"<tr><td>{e.seq}</td><td>{_when(e.at)}</td><td>{_e(e.actor)}</td><td>{_e(e.workstation)}</td>"
                    f"<td>{_e(e.action)}</td></tr>" for e in history)
    findings = "".join(f"<li>{_e(f.get('level'))} {_e(f.get('kind'))}: {_e(f.get('text'))} - {_e(f.get('message'))}</li>"
                       for f in view.text_findings)
    channels = "".join(f"<li>{_e(c.name)} ({_e(c.platform)}, {_e(c.use)}) {_e(c.url or '')}</li>" for c in view.channels)
    return f"""<!doctype html><html><head><meta charset='utf-8'><title>Post {view.id}: {_e(view.title)}</title>{_STYLE}</head>
<body><p><a href='../index.html'>All posts</a></p><h1>Post {view.id}: {_e(view.title)}</h1>
<table>
<tr><th>Status</th><td>{_e(view.status)}</td></tr>
<tr><th>Published</th><td>{_when(view.published_at)} at <a href='{_e(view.published_url)}'>{_e(view.published_url)}</a></td></tr>
<tr><th>Author</th><td>{_e(view.author_name)} &lt;{_e(view.author)}&gt;, {_e(view.building or '')}</td></tr>
<tr><th>Submitted</th><td>{_when(view.submitted_at)}</td></tr><tr><th>Approved</th><td>{_when(view.approved_at)}</td></tr>
<tr><th>Target audience</th><td>{_e(view.audience)}</td></tr>
<tr><th>What is communicated</th><td>{_e(view.message)}</td></tr>
<tr><th>Why this channel</th><td>{_e(view.channel_reason)}</td></tr>
<tr><th>Who manages the account</th><td>{_e(view.account_manager)}</td></tr>
</table>
<h2>Channels</h2><ul>{channels}</ul>
<h2>Text</h2><pre>{_e(view.body)}</pre>
<h2>Text as published (with the notice)</h2><pre>{_e(final)}</pre>
<h2>Text findings at the last screening</h2><ul>{findings or '<li>none</li>'}</ul>
<h2>Photos and screening results</h2>{''.join(photos) or '<p>No photos.</p>'}
<h2>Approval history</h2><table><tr><th>Round</th><th>Step</th><th>By</th><th>Decision</th><th>Comment</th><th>When</th></tr>{decisions}</table>
<h2>Audit trail</h2><table><tr><th>#</th><th>When</th><th>Who</th><th>Workstation</th><th>What</th></tr>{audit}</table>
</body></html>
"""
