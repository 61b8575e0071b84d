"""Terminal output helpers: errors, a progress line, exit codes."""

from __future__ import annotations

import sys
import time

EXIT_OK = 0
EXIT_FLAGGED = 1  # something blocked or needs review
EXIT_USAGE = 2  # usage or configuration error
EXIT_TOOL_FAILED = 4  # ClearPost itself could not screen some photo (engine, worker, models, roster)


def error(message: str) -> None:
    print(f"clearpost: error: {message}", file=sys.stderr)


class ProgressLine:
    """'label: 120/2000 (6%)' redrawn in place on a terminal, a line now and then otherwise."""

    def __init__(self, label: str, stream=None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.tty = getattr(self.stream, "isatty", lambda: False)()
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self._last < (0.1 if self.tty else 5.0):
            return
        self._last = now
        pct = 100 * done // max(total, 1)
        text = f"{self.label}: {done}/{total} ({pct}%)"
        if self.tty:
            self.stream.write("\r" + text + ("\n" if done >= total else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()
