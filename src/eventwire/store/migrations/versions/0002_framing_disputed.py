"""Loaded terms on articles (``framing``) and a filter column for disputed events.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

# The two tables as this revision leaves them, as far as the data update reads them.
_events = sa.table(
    "events",
    sa.column("event_id_cnty", sa.String),
    sa.column("is_disputed", sa.Boolean),
    sa.column("data", sa.JSON),
)


def upgrade() -> None:
    """Add ``articles.framing`` (none found) and ``events.is_disputed``, filled from ``data``."""
    with op.batch_alter_table("articles") as batch:
        batch.add_column(
            sa.Column("framing", sa.JSON, nullable=False, server_default=sa.text("'[]'"))
        )
    with op.batch_alter_table("events") as batch:
        batch.add_column(
            sa.Column("is_disputed", sa.Boolean, nullable=False, server_default=sa.false())
        )
    # In Python rather than SQL: SQLite and PostgreSQL read JSON arrays differently.
    connection = op.get_bind()
    disputed = [
        event_id
        for event_id, data in connection.execute(sa.select(_events.c.event_id_cnty, _events.c.data))
        if isinstance(data, dict) and data.get("disputed")
    ]
    if disputed:
        connection.execute(
            _events.update().where(_events.c.event_id_cnty.in_(disputed)).values(is_disputed=True)
        )


def downgrade() -> None:
    """Drop the two columns."""
    with op.batch_alter_table("events") as batch:
        batch.drop_column("is_disputed")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("framing")
