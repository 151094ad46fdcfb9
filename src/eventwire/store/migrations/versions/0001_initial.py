"""Initial schema: articles, their mentions, events and the event-mention links.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Create the four tables and the indexes the filters use."""
    op.create_table(
        "articles",
        sa.Column("article_id", sa.String, primary_key=True),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("raw", sa.Text, nullable=False),
        sa.Column("raw_format", sa.String, nullable=False),
        sa.Column("content_hash", sa.String, nullable=False),
        sa.Column("source_text", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("outlet", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("published_precision", sa.String),
        sa.Column("declared_language", sa.String),
        sa.Column("language", sa.String),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("skip_reason", sa.Text, nullable=False),
        sa.Column("segments", sa.JSON, nullable=False),
        sa.Column("removals", sa.JSON, nullable=False),
        sa.Column("paragraphs", sa.JSON, nullable=False),
        sa.Column("sentences", sa.JSON, nullable=False),
        sa.Column("tags", sa.JSON, nullable=False),
        sa.Column("warnings", sa.JSON, nullable=False),
        sa.Column("stages", sa.JSON, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "mentions",
        sa.Column("mention_id", sa.String, primary_key=True),
        sa.Column(
            "article_id",
            sa.String,
            sa.ForeignKey("articles.article_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("event_type", sa.String, nullable=False),
        sa.Column("sub_event_type", sa.String, nullable=False),
        sa.Column("event_date", sa.Date),
        sa.Column("char_start", sa.Integer, nullable=False),
        sa.Column("char_end", sa.Integer, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_mentions_article_id", "mentions", ["article_id"])
    op.create_table(
        "events",
        sa.Column("event_id_cnty", sa.String, primary_key=True),
        sa.Column("event_date", sa.Date),
        sa.Column("disorder_type", sa.String, nullable=False),
        sa.Column("event_type", sa.String, nullable=False),
        sa.Column("sub_event_type", sa.String, nullable=False),
        sa.Column("country", sa.String, nullable=False),
        sa.Column("iso", sa.Integer),
        sa.Column("admin1", sa.String, nullable=False),
        sa.Column("location", sa.String, nullable=False),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("fatalities", sa.Integer),
        sa.Column("country_key", sa.String, nullable=False),
        sa.Column("event_type_key", sa.String, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_events_event_date", "events", ["event_date"])
    op.create_index("ix_events_country_key", "events", ["country_key"])
    op.create_index("ix_events_event_type_key", "events", ["event_type_key"])
    op.create_table(
        "event_mentions",
        sa.Column(
            "event_id",
            sa.String,
            sa.ForeignKey("events.event_id_cnty", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "mention_id",
            sa.String,
            sa.ForeignKey("mentions.mention_id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_event_mentions_mention_id", "event_mentions", ["mention_id"])


def downgrade() -> None:
    """Drop everything, links first so no foreign key is left dangling."""
    op.drop_table("event_mentions")
    op.drop_table("events")
    op.drop_table("mentions")
    op.drop_table("articles")
