"""App settings the desktop app adds to the district settings (no Qt): the idle lock.

A thin adapter over the workflow's settings store (WorkflowConfig): changes need the admin or
director role and are written to the audit log like every other setting.
"""

from __future__ import annotations

from ..config.schema import IDLE_LOCK_DEFAULT_MINUTES, IDLE_LOCK_MAX_MINUTES
from ..workflow import WorkflowConfig
from ..workflow.errors import InvalidInput

IDLE_LOCK_KEY = "gui.idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = IDLE_LOCK_DEFAULT_MINUTES  # the same default and range as the workstation setting
MAX_IDLE_LOCK_MINUTES = IDLE_LOCK_MAX_MINUTES


class GuiConfig(WorkflowConfig):
    def idle_lock_minutes(self) -> int:
        """Minutes without keyboard or mouse input before the window locks (0: never)."""
        return int(self._get(IDLE_LOCK_KEY, DEFAULT_IDLE_LOCK_MINUTES))

    def set_idle_lock_minutes(self, actor, minutes: int) -> None:
        if not 0 <= int(minutes) <= MAX_IDLE_LOCK_MINUTES:
            raise InvalidInput(f"the idle lock must be between 0 (off) and {MAX_IDLE_LOCK_MINUTES} minutes")
        self._set(actor, IDLE_LOCK_KEY, int(minutes))
