"""Screening results shared across posts and users: a photo (by sha256) is screened once per
screening key (workflow.screening_key: roster version, templates of the use scoped to the
building, settings, ClearPost version).

What is stored is what the faces matched, without people's review decisions (those are applied
each time a result is read, as for a post's own stored result). A tool failure (crash, time-out)
is never stored, so the photo is tried again. The cache only ever saves work: a result that
cannot be read back, or a database error while reading or writing it, means the photo is
screened again.
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..screening.results import ImageResult
from ..storage.database import Database
from ..storage.models import ScreeningCacheEntry

log = logging.getLogger(__name__)


def cached_results(db: Database, key: str, shas: Iterable[str]) -> dict[str, ImageResult]:
    """The stored results under ``key`` of the photos with these sha256s (missing ones absent)."""
    wanted = sorted({s for s in shas if s})
    if not wanted or not key:
        return {}
    out: dict[str, ImageResult] = {}
    try:
        with db.session() as s:
            for start in range(0, len(wanted), 500):
                rows = s.execute(select(ScreeningCacheEntry).where(
                    ScreeningCacheEntry.screening_key == key,
                    ScreeningCacheEntry.sha256.in_(wanted[start:start + 500]))).scalars().all()
                for row in rows:
                    try:
                        result = ImageResult.from_dict(json.loads(row.result_json))
                    except (AttributeError, KeyError, TypeError, ValueError):
                        continue
                    if result.sha256 == row.sha256 and not result.tool_failure:
                        out[row.sha256] = result
    except SQLAlchemyError as exc:  # screen again rather than fail
        log.warning("screening cache not read: %s", exc)
        return {}
    return out


def reused(result: ImageResult, label: str) -> ImageResult:
    """A cached result as the result of this photo (its label may differ between posts)."""
    return replace(result, path=label)


def store_results(db: Database, key: str, results: Iterable[ImageResult]) -> int:
    """Keep these results under ``key``; returns how many were added. Tool failures and results
    without a sha256 are left out; a result already stored (by another user at the same moment)
    is kept as it is."""
    rows = {}
    for r in results:
        if r is not None and r.sha256 and not r.tool_failure and key:
            rows.setdefault(r.sha256, json.dumps(r.to_dict()))
    if not rows:
        return 0
    try:
        with db.session() as s:
            have = set(s.execute(select(ScreeningCacheEntry.sha256).where(
                ScreeningCacheEntry.screening_key == key,
                ScreeningCacheEntry.sha256.in_(sorted(rows)))).scalars())
            new = {sha: text for sha, text in rows.items() if sha not in have}
            s.add_all(ScreeningCacheEntry(sha256=sha, screening_key=key, result_json=text) for sha, text in new.items())
        return len(new)
    except IntegrityError:  # another writer stored some of them first: add the rest one by one
        added = 0
        for sha, text in rows.items():
            try:
                with db.session() as s:
                    if s.get(ScreeningCacheEntry, (sha, key)) is not None:
                        continue
                    s.add(ScreeningCacheEntry(sha256=sha, screening_key=key, result_json=text))
                added += 1
            except IntegrityError:
                pass
            except SQLAlchemyError as exc:
                log.warning("screening cache not written: %s", exc)
                return added
        return added
    except SQLAlchemyError as exc:
        log.warning("screening cache not written: %s", exc)
        return 0
