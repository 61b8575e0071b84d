"""PyInstaller entry script for the frozen `clearpost` executable (desktop_app.__main__.main).

A separate file because the package's own __main__ uses relative imports, which a frozen entry
script cannot. main() calls multiprocessing.freeze_support() first, so the screening worker
processes that the frozen executable starts run as workers, not as a second app.
"""

import sys

from desktop_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
