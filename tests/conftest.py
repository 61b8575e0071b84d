"""Shared fixtures: the shared photographs, databases on SQLite and PostgreSQL, the face engine."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pg_server import ENV_URL, TempPostgres, reset_postgres

REPO = Path(__file__).resolve().parents[1]
FACES = Path(os.environ.get("CLEARPOST_SHARED_FACES", REPO.parent / "shared" / "faces"))


@pytest.fixture(scope="session")
def faces() -> Path:
    if not (FACES / "people").is_dir():
        pytest.fail(f"shared photographs not found at {FACES} (set CLEARPOST_SHARED_FACES)")
    return FACES


@pytest.fixture(scope="session")
def postgres_server_url():
    url = os.environ.get(ENV_URL)
    if url:
        yield url
        return
    server = TempPostgres()
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """An empty database URL, once on SQLite and once on a real PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'clearpost.db'}"
    url = request.getfixturevalue("postgres_server_url")
    reset_postgres(url)
    return url


@pytest.fixture
def db(db_url):
    from desktop_app.storage.database import Database

    database = Database(db_url)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def screener():
    """The real face engine, loaded once for the session."""
    from desktop_app.screening.photo import PhotoScreener

    return PhotoScreener()
