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
from ..roster.service import RosterService
from ..settings import ScreeningSettings
from ..storage.database import Database
from ..storage.models import ScreeningRecord
from ..uses import check_use
from .pool import InlineWorkerPool, Progress, ProcessWorkerPool, default_workers
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

    def open_pool(self, use: str, expected: int | None = None):
        """A worker pool loaded with the templates for this use (reuse it for many photos)."""
        return self.pool_factory(self.settings, self.roster.templates_for(check_use(use)), expected)

    def screen(self, items: Sequence[tuple[str, str | bytes]], use: str, *, pool=None,
               progress: Progress | None = None, cancel: threading.Event | None = None,
               actor: str | None = None, record: bool = True) -> list[ImageResult]:
        """Screen (label, path-or-bytes) items for a use; results in order, records written."""
        check_use(use)
        own = pool is None
        pool = pool or self.open_pool(use, len(items))
        try:
            results = pool.screen_many(items, progress=progress, cancel=cancel)
        finally:
            if own:
                pool.close()
        if record:
            self.record(results, use, actor)
        return results

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
