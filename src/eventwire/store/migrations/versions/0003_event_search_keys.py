"""Folded filter columns on events for the web API: admin1, sub-event type, actors, text.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from eventwire.models import Event
from eventwire.store.codec import from_json
from eventwire.store.query import actors_key, fold, search_key

revision = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

KEYS = ("admin1_key", "sub_event_type_key", "actors_key", "search_key")

# The events table as this revision leaves it, as far as the data update reads it.
_events = sa.table(
    "events",
    sa.column("event_id_cnty", sa.String),
    sa.column("data", sa.JSON),
    *(sa.column(key, sa.String) for key in KEYS),
)


def upgrade() -> None:
    """Add the four key columns and fill them from each stored event's ``data``."""
    with op.batch_alter_table("events") as batch:
        for key in KEYS:
            kind = sa.Text if key in ("actors_key", "search_key") else sa.String
            batch.add_column(sa.Column(key, kind, nullable=False, server_default=""))
        batch.create_index("ix_events_admin1_key", ["admin1_key"])
    # In Python, from the decoded event, so the keys are the ones new rows get.
    connection = op.get_bind()
    stored = connection.execute(sa.select(_events.c.event_id_cnty, _events.c.data)).all()
    for event_id, data in stored:
        event = from_json(Event, data)
        connection.execute(
            _events.update()
            .where(_events.c.event_id_cnty == event_id)
            .values(
                admin1_key=fold(event.admin1),
                sub_event_type_key=fold(event.sub_event_type),
                actors_key=actors_key(event),
                search_key=search_key(event),
            )
        )


def downgrade() -> None:
    """Drop the four columns and the index."""
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_admin1_key")
        for key in reversed(KEYS):
            batch.drop_column(key)
