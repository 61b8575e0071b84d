"""The database opens, migrates to head, and matches the models, on SQLite and PostgreSQL."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from desktop_app.storage.database import Database, normalise_url, resolve_url
from desktop_app.storage.models import Base


def test_upgrade_to_head_matches_models(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    head = ScriptDirectory.from_config(db.alembic_config()).get_current_head()
    assert db.current_revision() == head


def test_revision_chain_is_linear():
    script = ScriptDirectory.from_config(Database("sqlite://", upgrade=False).alembic_config())
    heads = script.get_heads()
    assert len(heads) == 1
    revisions = list(script.walk_revisions())
    assert [r for r in revisions if r.down_revision is None] == [revisions[-1]]
    assert all(not r.is_merge_point for r in revisions)


def test_upgrade_twice_is_harmless(db_url):
    first = Database(db_url)
    second = Database(db_url)
    assert set(inspect(second.engine).get_table_names()) >= {"students", "reference_photos", "alembic_version"}
    first.dispose()
    second.dispose()


def test_url_resolution(monkeypatch):
    monkeypatch.setenv("CLEARPOST_DATABASE_URL", "postgresql://u@h/d")
    assert resolve_url(None) == "postgresql+psycopg://u@h/d"
    assert resolve_url("sqlite:///x.db") == "sqlite:///x.db"
    monkeypatch.setenv("CLEARPOST_DATABASE_URL", "  ")
    assert resolve_url(None).startswith("sqlite:///")
    assert normalise_url("postgres://a/b") == "postgresql+psycopg://a/b"


def test_templates_from_before_sface_are_marked_as_the_old_model(db_url):
    """A database at revision 0002 holds dlib templates; after the upgrade they say so, screening
    refuses them and the roster can name the students to re-encode."""
    import numpy as np
    from sqlalchemy import text

    from desktop_app.roster.service import RosterService

    old = Database(db_url, upgrade=False)
    old.upgrade("0002")
    with old.engine.begin() as conn:
        conn.execute(text("INSERT INTO students (student_id, first_name, last_name, photo_opt_out, name_opt_out, "
                          "updated_at) VALUES ('S1', 'Ana', 'Lopez', 'all', '', CURRENT_TIMESTAMP)"))
        conn.execute(text("INSERT INTO reference_photos (student_pk, sha256, source_name, encoding, created_at) "
                          "SELECT id, :sha, 'S1.jpg', :enc, CURRENT_TIMESTAMP FROM students"),
                     {"sha": "a" * 64, "enc": np.zeros(128, dtype="<f8").tobytes()})
    old.dispose()
    db = Database(db_url)
    roster = RosterService(db)
    assert roster.stale_template_count() == 1 and roster.unprotected() == ["S1"]
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT model FROM reference_photos")).scalar_one() == "dlib-resnet-v1"
    db.dispose()
