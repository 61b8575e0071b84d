"""Workstation configuration: settings from machine policy, environment and TOML files.

``load_config()`` returns a ``Config``: each setting's value and where it came from. See
``schema.SETTINGS`` for the settings and docs/deployment.md for how IT sets them.
"""

from .loader import Config, Resolved, SourceReport, load_config, url_has_password
from .schema import SETTINGS, InvalidValue, Setting
from .sources import (
    ENVIRONMENT,
    LEVELS,
    MACHINE,
    POLICY,
    USER,
    EnvironmentSource,
    RegistryPolicySource,
    StaticSource,
    TomlFileSource,
    default_machine_files,
    default_policy_source,
    default_user_file,
)

__all__ = [
    "Config", "Resolved", "SourceReport", "load_config", "url_has_password",
    "SETTINGS", "InvalidValue", "Setting",
    "ENVIRONMENT", "LEVELS", "MACHINE", "POLICY", "USER",
    "EnvironmentSource", "RegistryPolicySource", "StaticSource", "TomlFileSource",
    "default_machine_files", "default_policy_source", "default_user_file",
]
