"""Screening a few photos in this process with face models loaded once per process.

InlineWorkerPool loads the models (about a second) each time it is made; a person who
approves post after post in one session, or a CLI command that screens two uses, would pay
that every time. This pool keeps one PhotoScreener per process and settings, with the same
interface and the same fail-closed rule as the worker tasks.
"""

from __future__ import annotations

import threading

from ..screening.results import ImageResult
from ..settings import ScreeningSettings

_lock = threading.Lock()
_screeners: dict[ScreeningSettings, object] = {}


def _screener(settings: ScreeningSettings):
    with _lock:
        if settings not in _screeners:
            from ..screening.photo import PhotoScreener

            _screeners.clear()  # keep only the current settings' models
            _screeners[settings] = PhotoScreener(settings)
        return _screeners[settings]


class ReusableInlinePool:
    def __init__(self, settings: ScreeningSettings, templates) -> None:
        self.screener = _screener(settings)
        self.templates = templates

    def screen_many(self, items, progress=None, cancel=None) -> list[ImageResult]:
        results = []
        for done, (label, source) in enumerate(items, 1):
            if cancel is not None and cancel.is_set():
                from ..screening.pool import Cancelled

                raise Cancelled()
            with _lock:  # one screening at a time per process: the models are not shared safely
                try:
                    results.append(self.screener.screen(source, self.templates, path=label))
                except Exception as exc:  # fail closed, as the worker tasks do
                    results.append(ImageResult.failed(label, f"screening failed: {type(exc).__name__}: {exc}"))
            if progress:
                progress(done, len(items))
        return results

    def close(self, cancel_pending: bool = True) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
