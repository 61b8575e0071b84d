"""The demo district: what `clearpost` opens when no database is configured (no Qt here).

`accounts` lists the demo staff and their shared password (shown on the sign-in screen in
demo mode); `builder` seeds a fresh demo database once; `samples` composes the sample photos
from the FairFace portraits shipped in `resources/demo/` (see resources/demo/SOURCES.md).
Importing this package is cheap: the builder's database and engine imports happen on use.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from .accounts import DEMO_ACCOUNTS, DEMO_PASSWORD, DemoAccount

__all__ = ["DEMO_ACCOUNTS", "DEMO_PASSWORD", "DemoAccount", "DemoPaths", "demo_paths", "resources_dir"]


def resources_dir() -> Path:
    """The repository's (or the frozen app's) resources folder."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


@dataclass(frozen=True)
class DemoPaths:
    database: Path  # the demo's own SQLite file, never the real district's
    photos: Path  # the sample photos, written when the demo is seeded

    @property
    def url(self) -> str:
        return f"sqlite:///{self.database}"


def demo_paths(data_dir: Path | None = None) -> DemoPaths:
    if data_dir is None:
        import platformdirs

        data_dir = Path(platformdirs.user_data_dir("ClearPost", "ClearPost"))
    return DemoPaths(data_dir / "demo.db", data_dir / "demo-photos")
