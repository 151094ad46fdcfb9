"""Migrations: a new database gets every table, re-opening changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from eventwire.errors import StoreError
from eventwire.models import Article
from eventwire.settings import Settings
from eventwire.store import Store
from eventwire.store.migrate import MIGRATIONS
from eventwire.store.schema import metadata

TABLES = {"alembic_version", "articles", "mentions", "events", "event_mentions"}


def describe(url: str) -> dict[str, object]:
    """Tables, columns, indexes and revision of the database at ``url``."""
    engine = sa.create_engine(url)
    try:
        inspector = sa.inspect(engine)
        with engine.connect() as connection:
            revision = connection.execute(sa.text("SELECT version_num FROM alembic_version")).all()
        return {
            "tables": set(inspector.get_table_names()),
            "columns": {t: [c["name"] for c in inspector.get_columns(t)] for t in TABLES},
            "indexes": {
                t: sorted(i["name"] or "" for i in inspector.get_indexes(t)) for t in TABLES
            },
            "revision": revision,
        }
    finally:
        engine.dispose()


def test_migrate_creates_all_tables_on_a_new_file(settings: Settings) -> None:
    Store.open(settings.database_url).close()
    found = describe(settings.database_url)
    assert found["tables"] == TABLES
    assert found["revision"] == [("0001",)]
    indexes = found["indexes"]
    assert isinstance(indexes, dict)
    assert "ix_events_event_date" in indexes["events"]
    assert "ix_events_country_key" in indexes["events"]
    assert "ix_events_event_type_key" in indexes["events"]
    assert "ix_mentions_article_id" in indexes["mentions"]


def test_migrate_reopening_is_idempotent(
    settings: Settings, make_article: Callable[..., Article]
) -> None:
    with Store.open(settings.database_url) as store:
        store.put_article(make_article("Shelling hit the market."))
    before = describe(settings.database_url)
    with Store.open(settings.database_url) as store:
        assert store.count_articles() == 1
    assert describe(settings.database_url) == before


def test_migrate_schema_module_matches_the_migrations(settings: Settings) -> None:
    Store.open(settings.database_url).close()
    engine = sa.create_engine(settings.database_url)
    try:
        with engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_migrate_refuses_a_database_from_a_newer_version(settings: Settings) -> None:
    Store.open(settings.database_url).close()
    engine = sa.create_engine(settings.database_url)
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer eventwire"):
        Store.open(settings.database_url)


def test_migrate_files_are_packaged() -> None:
    pyproject = (Path(__file__).parents[2] / "pyproject.toml").read_text("utf-8")
    shipped = [
        MIGRATIONS / "env.py",
        MIGRATIONS / "script.py.mako",
        *MIGRATIONS.glob("versions/*.py"),
    ]
    assert all(path.is_file() for path in shipped)
    for glob in (
        '"store/migrations/*.py"',
        '"store/migrations/*.mako"',
        '"store/migrations/versions/*.py"',
    ):
        assert glob in pyproject
