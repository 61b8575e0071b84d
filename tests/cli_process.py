"""Run the `clearpost` command as a user does: a real process on a real database."""

from __future__ import annotations

import os
import subprocess
import sys


def clearpost(*args, db: str, stdin: str | None = None, check: int | None = None, env: dict | None = None):
    """`clearpost --db DB ARGS...` in a new process; with ``check``, asserts its exit status."""
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--db", db, *map(str, args)],
                            capture_output=True, text=True, input=stdin, timeout=300,
                            env={**os.environ, **env} if env else None)
    if check is not None:
        assert result.returncode == check, result.stderr + result.stdout
    return result
