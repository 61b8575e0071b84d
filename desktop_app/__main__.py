"""Entry point for `clearpost` and `python -m desktop_app` (and the frozen app)."""

from __future__ import annotations

import multiprocessing
import sys


def main() -> int:
    multiprocessing.freeze_support()  # screening workers in the frozen build
    if sys.argv[1:] == ["--qt-platform-probe"]:  # `clearpost doctor`'s child in the frozen build
        from .config.doctor import qt_platform_probe

        return qt_platform_probe()
    from .cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
