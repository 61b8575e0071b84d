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


@pytest.fixture(scope="module", autouse=True)
def _pyside_refcount_guard():
    """PySide6 6.12.0 on CPython 3.11 drops references to None/True/False on some Qt calls, so
    a long test session can abort at exit ("none_dealloc"/"bool_dealloc", exit 134) after every
    test passed. Give those never-freed objects spare references after each module; from 3.12
    they are immortal and this does nothing."""
    yield
    import ctypes
    import sys

    if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
        incref = ctypes.pythonapi.Py_IncRef
        incref.argtypes, incref.restype = [ctypes.py_object], None
        for obj in (None, True, False):
            for _ in range(200_000):
                incref(obj)
