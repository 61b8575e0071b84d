"""Storage: SQLAlchemy models, the database connection and its Alembic migrations.

Only services import from here; widgets and the CLI go through the services.
"""
