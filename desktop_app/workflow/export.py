"""Getting an approved post out: export the final text and clean photos, mark it published.

Export screens the post once more (the roster may have changed since approval) and writes
the final text with the notice and every photo that goes out (cleared originals, redacted
copies in place of their originals) rebuilt from pixels, so no EXIF, GPS, IPTC or XMP survive.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse

from ..imaging.redact import strip_metadata
from ..storage.database import Database
from ..storage.models import Post
from ..textcheck import append_notice
from .audit import append
from .common import acting_staff, as_utc, claim, utcnow
from .errors import InvalidInput, InvalidState, PermissionDenied, Refused
from .postcheck import PhotoInput, PostChecker, final_text
from .posts import APPROVED, PUBLISHED, load_post, photo_inputs, post_view, store_check, visible_post
from .roles import ADMIN, DIRECTOR, parse_roles
from .views import PostView, StaffView


@dataclass
class ExportResult:
    post_id: int
    outdir: Path
    files: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "channel"


def _may_publish(me, post: Post) -> bool:
    return (post.author_id == me.id or bool(parse_roles(me.roles) & {DIRECTOR, ADMIN})
            or any(c.owner_id == me.id for c in post.channels))


class PublishService:
    def __init__(self, db: Database, actor: StaffView, checker: PostChecker | None = None) -> None:
        self.db = db
        self.actor = actor
        self.checker = checker

    def export(self, post_id: int, outdir: Path) -> ExportResult:
        if self.checker is None:
            raise RuntimeError("export needs a PostChecker to screen the post once more")
        with self.db.session() as s:
            me = acting_staff(s, self.actor)
            post = visible_post(s, me, post_id)
            if not _may_publish(me, post):
                raise PermissionDenied("the author, the channel's owner or the Communications Director exports a post")
            if post.status not in (APPROVED, PUBLISHED):
                raise InvalidState(f"post {post_id} is {post.status}; only approved posts are exported")
            view = post_view(s, post)
            photos = photo_inputs(s, post)
        result = self.checker.check(view.body, view.channels, photos, actor=self.actor.email,
                               building=view.building)
        problems = result.privacy_problems + result.undecided_faces
        if problems:
            with self.db.session() as s:
                store_check(s, load_post(s, post_id), result)  # what an approver reviews next
                append(s, "post.export_refused", actor=self.actor.email, subject_type="post", subject_id=post_id,
                       details={"version": view.version, "undecided": result.undecided_faces, **result.summary()})
            raise Refused(f"post {post_id} was not exported: the roster changed since it was approved",
                          problems, result)
        with tempfile.TemporaryDirectory(prefix="clearpost-export-") as tmp:
            # The files as they will leave ClearPost are screened again before any is written.
            written = [strip_metadata(photo.data, Path(tmp) / f"photo-{n:02d}") for n, photo in enumerate(photos, 1)]
            blobs = [w.read_bytes() for w in written]
            if blobs:
                final = self.checker.check("", view.channels, [PhotoInput(None, w.name, b, p.kind)
                                                                for w, b, p in zip(written, blobs, photos)],
                                           actor=self.actor.email, building=view.building)
                leaks = [x for ph in final.photos for x in ph.problems()] + final.undecided_faces
                if leaks:
                    with self.db.session() as s:
                        append(s, "post.export_refused", actor=self.actor.email, subject_type="post",
                               subject_id=post_id, details={"version": view.version, "written_files": leaks})
                    raise Refused(f"post {post_id} was not exported: the files as written would show", leaks, final)
            outdir = Path(outdir)
            outdir.mkdir(parents=True, exist_ok=True)
            out = ExportResult(post_id, outdir)
            notice = self.checker.notice()
            texts = {c.id: final_text(view.body, c, notice) for c in view.channels}
            main = outdir / "text.txt"
            main.write_text(append_notice(view.body, notice) + "\n", encoding="utf-8")
            out.files.append(main)
            if len(set(texts.values())) > 1:  # some channels carry the notice on their profile instead
                for c in view.channels:
                    path = outdir / f"text-{c.id}-{slug(c.name)}.txt"
                    path.write_text(texts[c.id] + "\n", encoding="utf-8")
                    out.files.append(path)
            for w, blob in zip(written, blobs):
                target = outdir / w.name
                target.write_bytes(blob)
                out.files.append(target)
        out.notes = result.notes
        manifest = {
            "post": view.id, "title": view.title, "version": view.version, "status": view.status,
            "exported_at": utcnow().isoformat(), "exported_by": self.actor.email,
            "channels": [{"id": c.id, "name": c.name, "platform": c.platform, "url": c.url,
                          "notice_mode": c.notice_mode} for c in view.channels],
            "files": {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in out.files},
            "notes": result.notes,
        }
        (outdir / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
        with self.db.session() as s:
            append(s, "post.exported", actor=self.actor.email, subject_type="post", subject_id=post_id,
                   details={"version": view.version, "outdir": str(outdir.resolve()), "files": manifest["files"]})
        return out

    def publish(self, post_id: int, expected_version: int, url: str, published_at: datetime | None = None) -> PostView:
        """Record that the approved post is online at url."""
        parsed = urlparse((url or "").strip())
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise InvalidInput(f"give the address of the published post (http:// or https://), not {url!r}")
        when = as_utc(published_at) if published_at else utcnow()
        with self.db.session() as s:
            me = acting_staff(s, self.actor)
            claim(s, Post, post_id, expected_version, "post")
            post = visible_post(s, me, post_id)
            if not _may_publish(me, post):
                raise PermissionDenied("the author, the channel's owner or the Communications Director marks a post published")
            if post.status != APPROVED:
                raise InvalidState(f"post {post_id} is {post.status}; only approved posts are published")
            post.status, post.published_url, post.published_at, post.updated_at = PUBLISHED, url.strip(), when, utcnow()
            append(s, "post.published", actor=me.email, subject_type="post", subject_id=post.id,
                   details={"url": url.strip(), "published_at": when.isoformat()})
            s.flush()
            return post_view(s, load_post(s, post_id))

