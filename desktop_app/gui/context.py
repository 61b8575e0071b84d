"""The app's services, built once in ``run_gui`` and passed to every window (no singletons).

Building the context imports SQLAlchemy and opens (and upgrades, or for the demo seeds) the
database: ``gui.app`` does it on a background thread after the sign-in window has painted.
No Qt widgets here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..demo import DemoPaths
from ..roster.service import RosterService
from ..screening.service import ScreeningService
from ..settings_service import SettingsService
from ..storage.database import Database
from ..workflow import LocalAuthenticator, PostChecker, Workflow
from ..workflow.views import StaffView
from .gui_config import GuiConfig
from .workers import MakePool, WorkerHost, process_pool


@dataclass
class AppContext:
    db: Database
    settings: SettingsService
    roster: RosterService
    screening: ScreeningService
    checker: PostChecker
    auth: LocalAuthenticator
    workers: WorkerHost
    config: GuiConfig
    demo: DemoPaths | None = None
    # Overrides for tests: the idle lock in milliseconds instead of the district setting.
    idle_lock_ms: int | None = None
    extra: dict = field(default_factory=dict)

    @property
    def is_demo(self) -> bool:
        return self.demo is not None

    def workflow(self, actor: StaffView) -> Workflow:
        return Workflow(self.db, actor, self.checker)

    def refresh_settings(self) -> None:
        """Thresholds changed: screening uses the new ones (the worker pool restarts on next use)."""
        self.screening.settings = self.settings.screening()

    def idle_lock_interval_ms(self) -> int:
        if self.idle_lock_ms is not None:
            return self.idle_lock_ms
        return self.config.idle_lock_minutes() * 60_000

    def close(self) -> None:
        self.workers.close()
        self.db.dispose()


def build_context(db: Database, *, make_pool: MakePool = process_pool, demo: DemoPaths | None = None,
                  hasher=None, workers: WorkerHost | None = None) -> AppContext:
    settings = SettingsService(db)
    if workers is None:
        workers = WorkerHost(lambda: settings.screening(), make_pool)
    roster = RosterService(db, pool_factory=lambda: workers.pool(None))
    screening = ScreeningService(db, roster, settings.screening(), workers.factory)
    checker = PostChecker(roster, screening, settings)
    return AppContext(db, settings, roster, screening, checker, LocalAuthenticator(db, hasher=hasher),
                      workers, GuiConfig(db), demo)


def open_context(db_url: str | None, *, make_pool: MakePool = process_pool, demo: DemoPaths | None = None,
                 hasher=None, progress: Callable[[str, int, int], None] | None = None) -> AppContext:
    """Open the configured database, or the demo district (seeded on first use)."""
    if demo is not None:
        from ..demo.builder import open_demo

        settings_holder: dict = {}
        workers = WorkerHost(lambda: settings_holder["s"].screening() if "s" in settings_holder
                             else _defaults(), make_pool)
        try:
            workers.warm()  # the face models load while the demo is written (first start only needs them)
            db = open_demo(demo, workers.pool, hasher=hasher, progress=progress)
        except BaseException:  # e.g. the app quits during the first start: no worker left behind
            workers.close()
            raise
        settings_holder["s"] = SettingsService(db)
        return build_context(db, make_pool=make_pool, demo=demo, hasher=hasher, workers=workers)
    return build_context(Database(db_url), make_pool=make_pool, hasher=hasher)


def _defaults():
    from ..settings import ScreeningSettings

    return ScreeningSettings()
