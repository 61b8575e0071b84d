"""Where workstation settings come from: machine policy, environment, machine and user TOML files.

Each source reads raw values (``key -> str | int``) and reports what went wrong without raising:
a missing file is simply absent, an unreadable one is a problem that ``clearpost doctor`` shows.

Machine policy is the Windows registry key ``HKLM\\Software\\Policies\\ClearPost`` (set by the MSI's
public properties, Group Policy through the ADMX template, or Intune). Other systems have no
registry: there the policy is the root-owned TOML file ``/etc/clearpost/policy.toml`` (what a
configuration manager such as Ansible or Puppet pushes). Tests pass a ``StaticSource`` instead.
"""

from __future__ import annotations

import os
import stat
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Protocol

from .schema import BY_KEY, SETTINGS

POLICY_KEY = r"Software\Policies\ClearPost"
LINUX_POLICY_FILE = Path("/etc/clearpost/policy.toml")
LINUX_MACHINE_FILE = Path("/etc/clearpost/config.toml")
APP_NAME = "ClearPost"

# The levels, highest first (a value from a higher level wins).
POLICY, ENVIRONMENT, MACHINE, USER = "policy", "environment", "machine file", "user file"
LEVELS = (POLICY, ENVIRONMENT, MACHINE, USER)


@dataclass
class SourceData:
    """What one source holds: raw values, problems, and whether it exists at all."""

    values: dict[str, object] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)  # the source could not be read
    warnings: list[str] = field(default_factory=list)  # read, but something in it was ignored
    present: bool = False


class Source(Protocol):
    level: str
    label: str  # where, for a person: a path, a registry key, "environment"

    def read(self) -> SourceData: ...

    def readable_by_everyone(self) -> bool:
        """Whether every local user can read this source (a password there is shared with them)."""
        ...


@dataclass
class StaticSource:
    """Values given in code: a fake policy for tests, or values from a caller."""

    values: Mapping[str, object]
    level: str = POLICY
    label: str = "test policy"
    everyone_reads: bool = False

    def read(self) -> SourceData:
        return SourceData(dict(self.values), present=True)

    def readable_by_everyone(self) -> bool:
        return self.everyone_reads


@dataclass
class EnvironmentSource:
    """``CLEARPOST_<KEY>`` variables of this process."""

    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)
    level: str = ENVIRONMENT
    label: str = "environment"

    def read(self) -> SourceData:
        values = {s.key: self.environ[s.env] for s in SETTINGS if s.env in self.environ}
        return SourceData(values, present=bool(values))

    def readable_by_everyone(self) -> bool:
        return False


@dataclass
class TomlFileSource:
    """A TOML file of ``key = value`` lines (the keys of the settings table)."""

    path: Path
    level: str = USER

    @property
    def label(self) -> str:
        return str(self.path)

    def read(self) -> SourceData:
        try:
            with open(self.path, "rb") as fh:
                data = tomllib.load(fh)
        except FileNotFoundError:
            return SourceData()
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            return SourceData(errors=[f"{self.path}: cannot read: {exc}"], present=True)
        values: dict[str, object] = {}
        problems: list[str] = []
        for key, value in data.items():
            if key not in BY_KEY:
                problems.append(f"{self.path}: unknown setting {key!r} ignored "
                                f"(known: {', '.join(s.key for s in SETTINGS)})")
            else:
                values[key] = value
        return SourceData(values, warnings=problems, present=True)

    def readable_by_everyone(self) -> bool:
        if sys.platform == "win32":
            # Files under ProgramData are readable by Users unless an administrator changed the
            # ACL; the user's own profile is private.
            return self.level != USER
        try:
            return bool(self.path.stat().st_mode & stat.S_IROTH)
        except OSError:
            return False


@dataclass
class RegistryPolicySource:
    """Values of ``HKLM\\Software\\Policies\\ClearPost`` (REG_SZ, REG_EXPAND_SZ or REG_DWORD)."""

    key: str = POLICY_KEY
    level: str = POLICY

    @property
    def label(self) -> str:
        return "HKLM\\" + self.key

    def read(self) -> SourceData:
        import winreg  # Windows only

        try:
            handle = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, self.key, 0, winreg.KEY_READ)
        except FileNotFoundError:
            return SourceData()
        except OSError as exc:
            return SourceData(errors=[f"{self.label}: cannot read: {exc}"], present=True)
        values: dict[str, object] = {}
        problems: list[str] = []
        with handle:
            index = 0
            while True:
                try:
                    name, value, kind = winreg.EnumValue(handle, index)
                except OSError:
                    break
                index += 1
                if name not in BY_KEY:
                    problems.append(f"{self.label}: unknown value {name!r} ignored")
                elif kind in (winreg.REG_SZ, winreg.REG_EXPAND_SZ):
                    values[name] = winreg.ExpandEnvironmentStrings(value) if kind == winreg.REG_EXPAND_SZ else value
                elif kind == winreg.REG_DWORD:
                    values[name] = int(value)
                else:
                    problems.append(f"{self.label}: value {name!r} has an unsupported registry type")
        return SourceData(values, warnings=problems, present=True)

    def readable_by_everyone(self) -> bool:
        return True  # policy keys are readable by every user


def default_policy_source() -> Source:
    if sys.platform == "win32":
        return RegistryPolicySource()
    return TomlFileSource(LINUX_POLICY_FILE, level=POLICY)


def default_machine_files() -> list[Path]:
    """Machine-wide config files, highest first."""
    import platformdirs

    files = []
    if sys.platform.startswith("linux"):
        files.append(LINUX_MACHINE_FILE)  # what the .deb installs as a conffile
    files.append(Path(platformdirs.site_config_dir(APP_NAME)) / "config.toml")
    return files


def default_user_file() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"
