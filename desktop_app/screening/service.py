"""The screening service: screen photos for a use against the current roster, keep records,
and write redacted copies that are checked again before they are trusted."""

from __future__ import annotations

import json
import socket
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from ..imaging.redact import boxes_to_hide, write_redacted
from sqlalchemy import select

from ..roster.service import RosterService, StaleTemplatesError
from ..settings import ScreeningSettings
from ..storage.database import Database
from ..storage.models import FaceDecision, ScreeningRecord
from ..uses import check_use
from .decisions import Decision, apply_decisions
from .pool import InlineWorkerPool, Progress, ProcessWorkerPool, RefusedPool, default_workers
from .results import ImageResult, ImageVerdict, Verdict
from .templates import TemplateSet

PoolFactory = Callable[..., object]


def process_pool_factory(settings: ScreeningSettings, templates: TemplateSet, expected: int | None = None):
    """Worker processes, one per core, but no more than there are photos to screen.

    A single photo from the command line is screened in-process: starting a worker costs more
    than the screening, and a CLI has no window to keep responsive.
    """
    if expected == 1:
        return InlineWorkerPool(settings, templates)
    return ProcessWorkerPool(settings, templates, workers=min(default_workers(), expected or default_workers()))


def inline_pool_factory(settings: ScreeningSettings, templates: TemplateSet, expected: int | None = None):
    return InlineWorkerPool(settings, templates)


class RedactionFailed(RuntimeError):
    """The redacted copy still shows a restricted face; it must not be used."""


@dataclass
class Redaction:
    source: str
    output: Path
    check: ImageResult  # the redacted copy screened again


class ScreeningService:
    def __init__(self, db: Database, roster: RosterService, settings: ScreeningSettings,
                 pool_factory: PoolFactory = process_pool_factory) -> None:
        self.db = db
        self.roster = roster
        self.settings = settings
        self.pool_factory = pool_factory

    def templates(self, uses, building: str | None = None):
        """The templates for these uses (merged), scoped to the post's building; raises
        StaleTemplatesError when some were made by another face model."""
        return self.roster.templates_for_uses(uses).for_building(building)

    def open_pool(self, use: str, expected: int | None = None, building: str | None = None):
        """A worker pool loaded with the templates for this use (reuse it for many photos).

        When the roster cannot be used (templates of another face model), a pool that blocks
        every photo with the reason: screening fails closed."""
        try:
            templates = self.templates([check_use(use)], building)
        except StaleTemplatesError as exc:
            return RefusedPool(str(exc))
        return self.pool_factory(self.settings, templates, expected)

    def decisions_for(self, shas) -> list[Decision]:
        shas = sorted({s for s in shas if s})
        if not shas:
            return []
        with self.db.session() as s:
            rows = s.execute(select(FaceDecision).where(FaceDecision.photo_sha256.in_(shas))
                             .order_by(FaceDecision.id)).scalars().all()
            return [Decision(r.photo_sha256, r.frame, tuple(json.loads(r.box_json)), r.student_id, r.decision,
                             r.templates_fingerprint) for r in rows]

    def apply_decisions(self, results: Sequence[ImageResult]) -> list[ImageResult]:
        """Results with people's review decisions applied (see screening.decisions)."""
        decisions = self.decisions_for(r.sha256 for r in results)
        if not decisions:
            return list(results)
        fingerprints = self.roster.fingerprints({d.student_id for d in decisions})
        return [apply_decisions(r, decisions, fingerprints, self.settings) for r in results]

    def screen(self, items: Sequence[tuple[str, str | bytes]], use: str, *, pool=None,
               progress: Progress | None = None, cancel: threading.Event | None = None,
               actor: str | None = None, record: bool = True, decide: bool = True) -> list[ImageResult]:
        """Screen (label, path-or-bytes) items for a use; results in order, records written.

        With ``decide`` false the results are what the faces matched, without people's review
        decisions (the form stored for reuse: decisions are applied each time it is read)."""
        check_use(use)
        own = pool is None
        pool = pool or self.open_pool(use, len(items))
        try:
            results = pool.screen_many(items, progress=progress, cancel=cancel)
        finally:
            if own:
                pool.close()
        decided = self.apply_decisions(results) if (record or decide) else None
        if record:
            self.record(decided, use, actor)
        return decided if decide else list(results)

    def record(self, results: Sequence[ImageResult], use: str, actor: str | None = None) -> None:
        host = socket.gethostname()
        with self.db.session() as s:
            for r in results:
                s.add(ScreeningRecord(
                    sha256=r.sha256, path=r.path[:1000], use=use, verdict=r.verdict.value, error=r.error,
                    face_count=len(r.faces),
                    restricted_count=sum(f.verdict is Verdict.RESTRICTED for f in r.faces),
                    review_count=sum(f.verdict is Verdict.REVIEW for f in r.faces),
                    faces_json=json.dumps([f.to_dict() for f in r.faces]),
                    screened_by=actor, workstation=host,
                ))

    def redact(self, source: str | bytes, result: ImageResult, out_path: Path, use: str, *, pool=None) -> Redaction:
        """Write a copy with restricted and review faces pixelated, and prove it by screening it."""
        if result.error:
            raise RedactionFailed(f"{result.path}: cannot redact an image that could not be screened ({result.error})")
        written = write_redacted(source, boxes_to_hide(result.faces), out_path)
        own = pool is None
        pool = pool or self.open_pool(use, 1)
        try:
            (check,) = pool.screen_many([(str(written), str(written))])
        finally:
            if own:
                pool.close()
        if check.verdict is ImageVerdict.BLOCKED:
            written.unlink(missing_ok=True)
            raise RedactionFailed(f"{result.path}: the redacted copy still shows a restricted face; not written")
        return Redaction(result.path, written, check)
