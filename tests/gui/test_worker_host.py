"""The app's supervised worker pool (issue 9, hole 8): a hung or crashing photo never leaves
the screening spinner running, and never comes back clear. Real worker processes."""

from __future__ import annotations

import io
import os
import signal
import sys
import time

import pytest
from PIL import Image

from desktop_app.gui.workers import WorkerHost, screen_with_templates
from desktop_app.screening.pool import ProcessWorkerPool
from desktop_app.screening.results import ImageVerdict
from desktop_app.screening.templates import TemplateSet
from desktop_app.settings import ScreeningSettings

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")


def crash_on(value):
    """A task that kills its worker for one input, as a photo built to crash a decoder would."""
    if value == "poison":
        os._exit(3)
    time.sleep(0.3)
    return value


def one_worker(settings):
    return ProcessWorkerPool(settings, None, workers=1)


def test_hung_task_is_stopped_with_the_reason_and_the_next_runs():
    host = WorkerHost(ScreeningSettings, one_worker, stall_seconds=3)
    try:
        started = time.monotonic()
        hung = host.submit(time.sleep, 600)
        after = host.submit(time.sleep, 0)
        result = hung.result(timeout=60)
        assert "took longer than 3 s" in result.problem
        assert after.result(timeout=60) is None  # ran in fresh workers
        assert time.monotonic() - started < 60
    finally:
        host.close()


def test_task_that_kills_its_worker_fails_and_the_others_complete():
    host = WorkerHost(ScreeningSettings, lambda s: ProcessWorkerPool(s, None, workers=2))
    try:
        futures = [host.submit(crash_on, v) for v in ("a", "poison", "b", "c")]
        results = [f.result(timeout=120) for f in futures]
    finally:
        host.close()
    assert "stopped unexpectedly" in results[1].problem
    assert [results[0], results[2], results[3]] == ["a", "b", "c"]


def test_killed_worker_mid_screening_loses_no_photo(faces):
    """kill -9 of a worker while real photos are screened: each photo is screened again on new
    workers and comes back with its faces (none is lost, none is clear by default)."""
    host = WorkerHost(ScreeningSettings, lambda s: ProcessWorkerPool(s, None, workers=2))
    photos = sorted((faces / "people/John_Salley").iterdir())[:4]
    try:
        host.warm().result(timeout=120)
        futures = [host.submit(screen_with_templates, str(p), p.name, TemplateSet.empty()) for p in photos]
        os.kill(next(iter(host._pool._executor._processes)), signal.SIGKILL)  # noqa: SLF001 - a real kill
        results = [f.result(timeout=180) for f in futures]
    finally:
        host.close()
    assert all(r.faces or r.tool_failure for r in results)
    assert sum(bool(r.faces) for r in results) >= 3  # at most the photo held twice fails
    assert all(r.verdict != ImageVerdict.CLEAR or r.faces for r in results)


def test_screening_over_its_budget_comes_back_blocked_on_the_composers_path(process_ctx, faces):
    """The composer's bridge screens through ``ctx.workers.pool(templates).submit``: a photo that
    runs over its time budget comes back blocked by a tool failure, so the spinner stops."""
    from desktop_app.screening import worker

    process_ctx.workers.stall_seconds = 1  # the app's own pool, with a short time budget
    photo = sorted((faces / "people/John_Salley").iterdir())[0]
    big = io.BytesIO()  # a 48 MP photo: searching it tile by tile takes far more than 1 s
    Image.open(photo).convert("RGB").resize((8000, 6000)).save(big, "JPEG", quality=80)
    templates = process_ctx.roster.templates_for_uses(("social",))
    future = process_ctx.workers.pool(templates).submit(worker.screen_task, big.getvalue(), photo.name)
    result = future.result(timeout=60)
    assert result.tool_failure and result.verdict == ImageVerdict.BLOCKED
    assert "took longer than 1 s" in result.error
    process_ctx.workers.stall_seconds = 120
    small = process_ctx.workers.pool(templates).submit(worker.screen_task, photo.read_bytes(), photo.name)
    assert small.result(timeout=120).faces  # the next photo is screened by new workers
