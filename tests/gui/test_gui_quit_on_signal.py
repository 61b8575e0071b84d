"""SIGTERM (logout, shutdown, `kill`) quits the desktop app the normal way: the event loop ends,
the screening worker processes are closed with it, and the exit status is 0 (issue 11, item 9)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)"),
              pytest.mark.timeout(300)]


def _children(pid: int) -> set[int]:
    found = set()
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found |= {int(c) for c in children.read_text().split()}
        except OSError:  # the process or thread ended meanwhile
            pass
    return found


def _descendants(pid: int) -> set[int]:
    todo, seen = [pid], set()
    while todo:
        for child in _children(todo.pop()) - seen:
            seen.add(child)
            todo.append(child)
    return seen


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for its parent to reap it counts as gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    state = next((line.split()[1] for line in status.splitlines() if line.startswith("State:")), "")
    return state not in ("Z", "X")


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _workers(pid: int) -> set[int]:
    return {p for p in _descendants(pid) if "multiprocessing" in _cmdline(p) and "spawn_main" in _cmdline(p)}


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_quits_the_app_and_its_worker_processes(qtbot, demo_template, tmp_path, signum):
    data = tmp_path / "data" / "ClearPost"  # platformdirs' user data directory under XDG_DATA_HOME
    data.mkdir(parents=True)
    shutil.copy(demo_template.database, data / "demo.db")  # already seeded: the app opens it at once
    shutil.copytree(demo_template.photos, data / "demo-photos")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLEARPOST_")}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               QT_QPA_PLATFORM="offscreen")
    with open(tmp_path / "out.txt", "wb") as out, open(tmp_path / "err.txt", "wb") as err:
        app = subprocess.Popen([sys.executable, "-m", "desktop_app"], env=env, stdout=out, stderr=err,
                               stdin=subprocess.DEVNULL, cwd=str(Path(__file__).resolve().parents[2]))
    try:
        # the app warms its screening workers as soon as it opens the demo district
        qtbot.waitUntil(lambda: app.poll() is not None or len(_workers(app.pid)) > 0, timeout=120_000)
        assert app.poll() is None, (tmp_path / "err.txt").read_text()
        workers = _workers(app.pid)
        others = _descendants(app.pid)  # workers and multiprocessing's helpers
        assert all(_alive(w) for w in workers)

        app.send_signal(signum)
        qtbot.waitUntil(lambda: app.poll() is not None, timeout=20_000)
        assert app.returncode == 0, (tmp_path / "err.txt").read_text()  # quit the normal way, not killed
        qtbot.waitUntil(lambda: not any(_alive(p) for p in others), timeout=20_000)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
