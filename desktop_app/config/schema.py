"""The workstation settings ClearPost reads outside the database: names, types, defaults, checks.

One definition per setting. Every source uses the same key (a TOML key, a Windows policy value
name); environment variables are the key upper-cased behind ``CLEARPOST_``. District settings
that every workstation must share (thresholds, notice text) live in the database instead
(``desktop_app.settings_service``); these are the ones a workstation needs before it can reach
the database, or that IT sets per machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

ENV_PREFIX = "CLEARPOST_"

# The idle lock: one default and one range for the workstation setting, the district setting on
# the desktop app's Settings page, the README and `doctor`.
IDLE_LOCK_DEFAULT_MINUTES = 10
IDLE_LOCK_MAX_MINUTES = 1440


class InvalidValue(ValueError):
    """A configured value has the wrong type or is out of range; the message says what is allowed."""


def _text(raw: object) -> str:
    if isinstance(raw, bool) or not isinstance(raw, (str, int)):
        raise InvalidValue(f"expected text, got {type(raw).__name__}")
    return str(raw).strip()


def _integer(low: int, high: int) -> Callable[[object], int]:
    def parse(raw: object) -> int:
        if isinstance(raw, bool):
            raise InvalidValue("expected a whole number, got true/false")
        if isinstance(raw, int):
            value = raw
        elif isinstance(raw, str) and raw.strip().lstrip("-").isdigit():
            value = int(raw.strip())
        else:
            raise InvalidValue(f"expected a whole number, got {raw!r}")
        if not low <= value <= high:
            raise InvalidValue(f"must be between {low} and {high}, got {value}")
        return value

    return parse


def _choice(*choices: str, fold: Callable[[str], str] = str.lower) -> Callable[[object], str]:
    def parse(raw: object) -> str:
        value = fold(_text(raw))
        if value not in choices:
            raise InvalidValue(f"must be one of {', '.join(choices)}, got {raw!r}")
        return value

    return parse


def _database_url(raw: object) -> str:
    value = _text(raw)
    if "://" not in value:
        raise InvalidValue("expected a database URL such as postgresql+psycopg://host/clearpost "
                           "or postgresql+psycopg:///?service=clearpost")
    return value


@dataclass(frozen=True)
class Setting:
    key: str
    default: object
    parse: Callable[[object], object]
    allowed: str  # for the settings table and error messages
    description: str

    @property
    def env(self) -> str:
        return ENV_PREFIX + self.key.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "database_url", "", _database_url,
        "SQLAlchemy URL",
        "The district database. Empty: the command line uses a private SQLite database in the "
        "user's data directory, the desktop app its demo district. For the shared PostgreSQL server use "
        "`postgresql+psycopg://HOST/DBNAME` with no password in it (see docs/deployment.md: "
        "pgpass, a service file, Kerberos/SSPI). `clearpost --db URL` overrides every source.",
    ),
    Setting(
        "district_name", "", _text,
        "text",
        "The district's name, for the app to show. Empty: not shown.",
    ),
    Setting(
        "idle_lock_minutes", IDLE_LOCK_DEFAULT_MINUTES, _integer(0, IDLE_LOCK_MAX_MINUTES),
        f"0-{IDLE_LOCK_MAX_MINUTES}",
        "Lock the window after this many minutes without input (shared classroom computers); "
        "the password is needed again. 0 never locks.",
    ),
    Setting(
        "language", "system", _choice("system", "en", "es"),
        "`system`, `en`, `es`",
        "Language of the app. `system` follows the operating system's language, falling back "
        "to English.",
    ),
    Setting(
        "log_level", "WARNING", _choice("DEBUG", "INFO", "WARNING", "ERROR", fold=str.upper),
        "`DEBUG`, `INFO`, `WARNING`, `ERROR`",
        "How much ClearPost logs (`Config.configure_logging()` sends its log to standard error).",
    ),
)

BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}
