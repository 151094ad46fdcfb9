"""The database schema as SQLAlchemy Core tables.

This is the schema the code reads and writes; ``migrations/versions`` hold the
steps that build it, and a test checks the two agree. Only portable types are
used (``JSON``, ``Date``, ``DateTime``, unbounded ``String``/``Text``) so the
same tables work on SQLite and PostgreSQL.

Nested model values live in JSON columns; the fields that queries filter or
order on are also real, indexed columns.
"""

from __future__ import annotations

import sqlalchemy as sa

__all__ = ["articles", "event_mentions", "events", "mentions", "metadata"]

metadata = sa.MetaData()

articles = sa.Table(
    "articles",
    metadata,
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
    # Spans and language only: parse tokens would multiply the row size tenfold.
    sa.Column("sentences", sa.JSON, nullable=False),
    sa.Column("tags", sa.JSON, nullable=False),
    sa.Column("warnings", sa.JSON, nullable=False),
    sa.Column("stages", sa.JSON, nullable=False),
    # Loaded terms (revision 0002); rows stored before it read as none found.
    sa.Column("framing", sa.JSON, nullable=False, server_default=sa.text("'[]'")),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("mention_id", sa.String, primary_key=True),
    sa.Column(
        "article_id",
        sa.String,
        sa.ForeignKey("articles.article_id", ondelete="CASCADE"),
        nullable=False,
    ),
    # Order of the mention in its article, so an article reads back exactly.
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("event_type", sa.String, nullable=False),
    sa.Column("sub_event_type", sa.String, nullable=False),
    sa.Column("event_date", sa.Date),
    sa.Column("char_start", sa.Integer, nullable=False),
    sa.Column("char_end", sa.Integer, nullable=False),
    sa.Column("data", sa.JSON, nullable=False),
    sa.Index("ix_mentions_article_id", "article_id"),
)

events = sa.Table(
    "events",
    metadata,
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
    # Case-folded copies the filters compare against: SQLite's lower() folds
    # ASCII only, so "CÔTE D'IVOIRE" would miss "Côte d'Ivoire" in SQL.
    sa.Column("country_key", sa.String, nullable=False),
    sa.Column("event_type_key", sa.String, nullable=False),
    # Whether the event's ``disputed`` list (inside ``data``) is non-empty
    # (revision 0002): a plain column filters alike on SQLite and PostgreSQL,
    # whose JSON array functions differ.
    sa.Column("is_disputed", sa.Boolean, nullable=False, server_default=sa.false()),
    # More folded filter columns (revision 0003, for the web API): admin1 and
    # sub-event type compared whole; the actor names and the searchable text
    # (places, actors, notes, outlets; see store.query) matched as substrings.
    sa.Column("admin1_key", sa.String, nullable=False, server_default=""),
    sa.Column("sub_event_type_key", sa.String, nullable=False, server_default=""),
    sa.Column("actors_key", sa.Text, nullable=False, server_default=""),
    sa.Column("search_key", sa.Text, nullable=False, server_default=""),
    sa.Column("data", sa.JSON, nullable=False),
    sa.Index("ix_events_event_date", "event_date"),
    sa.Index("ix_events_country_key", "country_key"),
    sa.Index("ix_events_event_type_key", "event_type_key"),
    sa.Index("ix_events_admin1_key", "admin1_key"),
)

event_mentions = sa.Table(
    "event_mentions",
    metadata,
    sa.Column(
        "event_id",
        sa.String,
        sa.ForeignKey("events.event_id_cnty", ondelete="CASCADE"),
        primary_key=True,
    ),
    # Re-processing an article deletes its old mentions; their links go with
    # them, and the next ``replace_events`` rebuilds the events from the new ones.
    sa.Column(
        "mention_id",
        sa.String,
        sa.ForeignKey("mentions.mention_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Index("ix_event_mentions_mention_id", "mention_id"),
)
