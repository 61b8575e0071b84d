"""What a CLI command needs: the database and the services, built once per invocation."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ..roster.service import RosterService
from ..screening.pool import ProcessWorkerPool
from ..screening.service import ScreeningService, process_pool_factory
from ..settings_service import SettingsService
from ..storage.database import Database, resolve_url


@dataclass
class CliContext:
    db_url: str | None = None

    @cached_property
    def db(self) -> Database:
        return Database(resolve_url(self.db_url))

    @cached_property
    def settings(self) -> SettingsService:
        return SettingsService(self.db)

    @cached_property
    def roster(self) -> RosterService:
        screening = self.settings.screening()
        return RosterService(self.db, pool_factory=lambda: ProcessWorkerPool(screening))

    @cached_property
    def screening(self) -> ScreeningService:
        return ScreeningService(self.db, self.roster, self.settings.screening(), process_pool_factory)

    # -- post workflow (issue 3) ---------------------------------------------------------------
    @cached_property
    def checker(self):
        """Screens whole posts; a few photos are screened in this process (no worker start-up)."""
        from ..workflow.postcheck import PostChecker

        return PostChecker(self.roster, self.screening, self.settings, inline_below=4)

    @cached_property
    def authenticator(self):
        from ..workflow.auth import LocalAuthenticator

        return LocalAuthenticator(self.db)

    @cached_property
    def audit(self):
        from ..workflow.audit import AuditLog

        return AuditLog(self.db)

    def workflow(self, actor):
        """Every workflow service acting as this signed-in person."""
        from ..workflow import Workflow

        return Workflow(self.db, actor, self.checker)
