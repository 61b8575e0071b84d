"""Fixtures for the deployment tests: the frozen bundle, built once per test session."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "installer" / "clearpost.spec"


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="session")
def frozen(tmp_path_factory) -> Path:
    """The frozen `clearpost` executable: built from installer/clearpost.spec into a temporary
    directory (one to two minutes on 2 cores; nothing is cached between runs), or the one that
    CLEARPOST_FROZEN_APP names (while iterating on the tests)."""
    given = os.environ.get("CLEARPOST_FROZEN_APP")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("frozen")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(out / "dist"), "--workpath", str(out / "work")],
        cwd=REPO, capture_output=True, text=True, timeout=1100)
    assert result.returncode == 0, result.stderr[-5000:]
    exe = out / "dist" / "clearpost" / ("clearpost.exe" if sys.platform == "win32" else "clearpost")
    assert exe.is_file()
    seconds = time.monotonic() - started
    size = dir_size(exe.parent)
    # Shown with -rA; docs/deployment.md quotes these numbers.
    print(f"frozen build: {seconds:.0f} s, bundle {size / 1024**2:.0f} MiB")
    (out / "build-stats.json").write_text(json.dumps({"seconds": seconds, "bytes": size}))
    return exe


@pytest.fixture(scope="session")
def isolated_env(tmp_path_factory) -> dict:
    """An environment where no configuration of the developer's account leaks into a run."""
    home = tmp_path_factory.mktemp("home")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLEARPOST_")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
               QT_QPA_PLATFORM="offscreen")
    return env
