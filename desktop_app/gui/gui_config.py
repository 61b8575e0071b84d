"""App settings the desktop app adds to the district settings (no Qt): the idle lock.

A thin adapter over the workflow's settings store (WorkflowConfig): changes need the admin or
director role and are written to the audit log like every other setting.
"""

from __future__ import annotations

from ..workflow import WorkflowConfig
from ..workflow.errors import InvalidInput

IDLE_LOCK_KEY = "gui.idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 5


class GuiConfig(WorkflowConfig):
    def idle_lock_minutes(self) -> int:
        """Minutes without keyboard or mouse input before the window locks (0: never)."""
        return int(self._get(IDLE_LOCK_KEY, DEFAULT_IDLE_LOCK_MINUTES))

    def set_idle_lock_minutes(self, actor, minutes: int) -> None:
        if not 0 <= int(minutes) <= 240:
            raise InvalidInput("the idle lock must be between 0 (off) and 240 minutes")
        self._set(actor, IDLE_LOCK_KEY, int(minutes))
