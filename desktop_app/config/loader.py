"""Resolve every workstation setting from its sources, highest first, and remember the origin.

Order: machine policy > environment > machine config files > the user's config file > default.
An empty value counts as unset. A value that cannot be used (wrong type, out of range) is a
problem, and the setting falls back to its built-in default rather than to a lower source, so
a broken policy never hands control to the user's own file.

Nothing here is global: ``load_config()`` reads the sources each time it is called and returns
a ``Config`` the caller keeps.
"""

from __future__ import annotations

import logging
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

from .schema import BY_KEY, SETTINGS, InvalidValue
from .sources import (
    MACHINE,
    POLICY,
    USER,
    EnvironmentSource,
    Source,
    TomlFileSource,
    default_machine_files,
    default_policy_source,
    default_user_file,
)

DEFAULT_ORIGIN = "default"


@dataclass(frozen=True)
class Resolved:
    key: str
    value: object
    origin: str  # "default", or "<level>: <where>" e.g. "environment: CLEARPOST_DISTRICT_NAME"
    level: str | None = None  # None for the default

    @property
    def is_default(self) -> bool:
        return self.level is None


@dataclass(frozen=True)
class SourceReport:
    level: str
    label: str
    present: bool
    keys: tuple[str, ...]


@dataclass
class Config:
    """The resolved settings, where each came from, and what was wrong on the way."""

    resolved: dict[str, Resolved]
    sources: list[SourceReport] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # values ignored: fix them
    warnings: list[str] = field(default_factory=list)  # unknown keys, exposed passwords

    def __getitem__(self, key: str):
        return self.resolved[key].value

    def origin(self, key: str) -> str:
        return self.resolved[key].origin

    @property
    def database_url(self) -> str | None:
        return self["database_url"] or None

    def log_level(self) -> int:
        return getattr(logging, str(self["log_level"]))

    def configure_logging(self, stream=None) -> None:
        """Send ClearPost's log records at the configured level to a stream (stderr by default)."""
        logger = logging.getLogger("desktop_app")
        logger.setLevel(self.log_level())
        if not any(getattr(h, "_clearpost", False) for h in logger.handlers):
            handler = logging.StreamHandler(stream or sys.stderr)
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            handler._clearpost = True  # type: ignore[attr-defined]
            logger.addHandler(handler)


def _where(source: Source, key: str) -> str:
    if source.level == "environment":
        return f"environment: {BY_KEY[key].env}"
    return f"{source.level}: {source.label}"


def load_config(
    *,
    policy: Source | None = None,
    environ: Mapping[str, str] | None = None,
    machine_files: Sequence[Path] | None = None,
    user_file: Path | None = None,
    sources: Sequence[Source] | None = None,
) -> Config:
    """Read every source and resolve each setting. Pass any argument to replace that source
    (tests: a StaticSource policy, a dict environment, temporary files); ``sources`` replaces
    them all, highest first."""
    if sources is None:
        machine = default_machine_files() if machine_files is None else list(machine_files)
        sources = [
            policy if policy is not None else default_policy_source(),
            EnvironmentSource() if environ is None else EnvironmentSource(environ),
            *(TomlFileSource(Path(p), level=MACHINE) for p in machine),
            TomlFileSource(default_user_file() if user_file is None else Path(user_file), level=USER),
        ]
    config = Config(resolved={})
    read = []
    for source in sources:
        data = source.read()
        config.errors.extend(data.errors)
        config.warnings.extend(data.warnings)
        read.append((source, data))
        config.sources.append(SourceReport(source.level, source.label, data.present,
                                           tuple(k for k, v in data.values.items() if not _empty(v))))

    for setting in SETTINGS:
        chosen = Resolved(setting.key, setting.default, DEFAULT_ORIGIN)
        for source, data in read:
            raw = data.values.get(setting.key)
            if raw is None or _empty(raw):
                continue
            where = _where(source, setting.key)
            try:
                chosen = Resolved(setting.key, setting.parse(raw), where, source.level)
            except InvalidValue as exc:
                config.errors.append(f"{setting.key} from {where}: {exc}; using the default "
                                     f"({setting.default!r})")
                chosen = Resolved(setting.key, setting.default, f"{DEFAULT_ORIGIN} (invalid value in {where})")
            break
        config.resolved[setting.key] = chosen
    config.warnings.extend(exposed_passwords(read))
    return config


def _empty(raw: object) -> bool:
    return isinstance(raw, str) and not raw.strip()


def url_has_password(url: str) -> bool:
    """Whether a database URL carries a password (in the user-info part or as a query option)."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # not parseable: look for "user:secret@" or "password=" by hand
        return bool(re.search(r"://[^/@]*:[^/@]+@", url)) or "password=" in url.lower()
    if parsed.password:
        return True
    return any(k.lower() == "password" for k in parsed.query)


def exposed_passwords(read) -> list[str]:
    """Warnings for each source that every local user can read and that holds a database password."""
    warnings = []
    for source, data in read:
        url = data.values.get("database_url")
        if not isinstance(url, str) or _empty(url) or not url_has_password(url):
            continue
        if source.readable_by_everyone():
            what = "the policy registry key" if source.level == POLICY and sys.platform == "win32" else source.label
            warnings.append(
                f"database_url in {what} contains a password that every user of this computer can read: "
                "remove it and use a pgpass file, a PostgreSQL service file or Kerberos/SSPI "
                "(docs/deployment.md)")
    return warnings
