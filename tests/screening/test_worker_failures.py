"""Worker processes that fail closed (issue 9, hole 8): a killed worker, a hung task and a dead
parent, with real processes and the real models."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from desktop_app.screening.pool import ProcessWorkerPool
from desktop_app.screening.results import ImageVerdict
from desktop_app.settings import ScreeningSettings

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")


def _photos(faces):
    return [(str(p), str(p)) for p in sorted((faces / "people/John_Salley").iterdir())[:8]]


def crash_on(value):
    """A task that kills its worker process for one input, as a photo built to crash a decoder would."""
    if value == "poison":
        os._exit(3)
    time.sleep(0.2)
    return value


def test_photo_that_crashes_its_worker_fails_and_the_others_complete():
    items = [(v,) for v in ("a", "poison", "b", "c", "d", "e")]
    with ProcessWorkerPool(ScreeningSettings(), None, workers=2) as pool:
        results = pool._run(crash_on, items, None, None)  # noqa: SLF001 - any task may crash
    assert results[1].problem and "stopped unexpectedly" in results[1].problem
    assert [r for i, r in enumerate(results) if i != 1] == ["a", "b", "c", "d", "e"]


def test_killed_worker_loses_no_photo(faces):
    """kill -9 of a worker mid-run: the photos it held are screened again; none is lost or clear
    by default."""
    items = _photos(faces)
    killed = []
    with ProcessWorkerPool(ScreeningSettings(), None, workers=2) as pool:
        def kill_one(done, total):
            if done == 2 and not killed:
                pid = next(iter(pool._executor._processes))  # noqa: SLF001 - the test kills a real worker
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

        results = pool.screen_many(items, progress=kill_one)
    assert killed and len(results) == len(items)
    assert all(r is not None and (r.faces or r.tool_failure) for r in results)
    assert all(not r.error for r in results)  # every photo was screened on a second try


def test_hung_task_is_stopped_and_the_rest_go_on():
    with ProcessWorkerPool(ScreeningSettings(), None, workers=1, stall_seconds=3) as pool:
        started = time.monotonic()
        results = pool._run(time.sleep, [(600,), (0,)], None, None)  # noqa: SLF001 - any task may hang
    assert time.monotonic() - started < 60
    assert results[0].problem and "took longer than 3 s" in results[0].problem
    assert results[1] is None  # time.sleep(0) ran in a fresh worker


def test_workers_exit_when_their_parent_is_killed(tmp_path):
    script = tmp_path / "parent.py"
    script.write_text(textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(os.getcwd())!r})
        from desktop_app.screening.pool import ProcessWorkerPool
        from desktop_app.settings import ScreeningSettings
        if __name__ == "__main__":
            pool = ProcessWorkerPool(ScreeningSettings(), None, workers=2)
            pool.submit(time.sleep, 0).result()
            print(" ".join(str(p) for p in pool._executor._processes), flush=True)
            time.sleep(600)
    """))
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    line = [""]
    reader = threading.Thread(target=lambda: line.__setitem__(0, parent.stdout.readline()))
    reader.start()
    reader.join(timeout=120)
    pids = [int(p) for p in line[0].split()]
    assert pids, "the pool did not start"
    parent.kill()
    parent.wait()
    parent.stdout.close()
    deadline = time.monotonic() + 20
    alive = pids
    while alive and time.monotonic() < deadline:
        time.sleep(0.5)
        alive = [p for p in pids if _alive(p)]
    assert not alive, f"workers {alive} outlived their parent"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (exited, not yet reaped by init) counts as gone
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
