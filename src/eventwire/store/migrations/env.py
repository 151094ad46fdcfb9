"""Alembic environment for eventwire's store.

``Store.open`` runs this with the connection it already holds (passed in
``config.attributes["connection"]``), inside its own transaction, so an
in-memory database and the store share one connection. Run from Python with a
URL instead (``migrate.make_alembic_config(url)``) it opens its own.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context
from sqlalchemy.engine import Connection

from eventwire.store.schema import metadata


def run_migrations(connection: Connection) -> None:
    """Bring the database on ``connection`` to the requested revision."""
    # Batch mode lets later revisions alter tables on SQLite, which lacks most ALTER TABLE.
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_offline() -> None:
    """Write the migration SQL for the configured URL instead of running it."""
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url"),
        target_metadata=metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    """Migrate through the caller's connection, or one opened from the configured URL."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        run_migrations(connection)
        return
    engine = sa.create_engine(context.config.get_main_option("sqlalchemy.url", ""))
    try:
        with engine.begin() as own_connection:
            run_migrations(own_connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
