"""Open the database: resolve its URL, create the engine, upgrade the schema to head.

Nothing is created at import time; callers hold a Database and pass it to services.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

ENV_URL = "CLEARPOST_DATABASE_URL"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class DatabaseError(RuntimeError):
    """The database cannot be opened or upgraded; the message says what to check."""


def default_url() -> str:
    import platformdirs

    data_dir = Path(platformdirs.user_data_dir("ClearPost", "ClearPost"))
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data_dir / 'clearpost.db'}"


def resolve_url(cli_url: str | None = None, config=None) -> str:
    """--db URL, else the configured database_url (machine policy, CLEARPOST_DATABASE_URL,
    machine config file, user config file: desktop_app.config), else SQLite in the user data
    directory. Pass a loaded ``Config`` to avoid reading the sources again."""
    if cli_url and cli_url.strip():
        return normalise_url(cli_url.strip())
    if config is None:
        from ..config import load_config

        config = load_config()
    if config.database_url:
        return normalise_url(config.database_url)
    return default_url()


def normalise_url(url: str) -> str:
    """Use psycopg 3 for plain postgresql:// URLs (psycopg2 is not shipped)."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


class Database:
    """An engine, a session factory and the schema upgrade for one database URL."""

    def __init__(self, url: str, *, upgrade: bool = True) -> None:
        self.url = normalise_url(url)
        try:
            parsed = make_url(self.url)
        except Exception as exc:
            raise DatabaseError(f"not a database URL: {url!r} ({exc})") from exc
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite and parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        kwargs = {"future": True, "pool_pre_ping": not self.is_sqlite}
        try:
            self.engine: Engine = create_engine(self.url, **kwargs)
        except Exception as exc:  # unknown dialect, missing driver, bad options
            raise DatabaseError(f"cannot use database URL {parsed.render_as_string(hide_password=True)}: {exc}") from exc
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if upgrade:
            self.upgrade()

    def alembic_config(self):
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        return cfg

    def upgrade(self, revision: str = "head") -> None:
        from alembic import command

        try:
            with self.engine.begin() as connection:
                cfg = self.alembic_config()
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, revision)
        except Exception as exc:
            raise DatabaseError(f"cannot open or upgrade the database at {self.safe_url}: {exc}") from exc

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    @property
    def safe_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
