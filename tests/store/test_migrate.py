"""Migrations: a new database gets every table, re-opening changes nothing, old ones upgrade."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from eventwire.errors import StoreError
from eventwire.models import Article, Event
from eventwire.settings import Settings
from eventwire.store import EventQuery, Store
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
    assert found["revision"] == [("0003",)]
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


def test_migrate_0002_upgrades_a_database_written_by_0001(
    settings: Settings, make_article: Callable[..., Article]
) -> None:
    """A store created at revision 0001, with rows, opens at head with its rows intact."""
    from alembic import command

    from eventwire.store import rows
    from eventwire.store.migrate import make_alembic_config

    command.upgrade(make_alembic_config(settings.database_url), "0001")
    article = make_article("Shelling hit the market.")
    calm = Event("EV1", None, None, "Political violence", "Battles", "Armed clash")
    disputed = dataclasses.replace(calm, event_id_cnty="EV2", disputed=("fatalities",))
    engine = sa.create_engine(settings.database_url)
    try:
        old = sa.MetaData()
        old.reflect(engine)
        assert "framing" not in old.tables["articles"].columns
        with engine.begin() as connection:
            article_row = rows.article_row(article, datetime.now(UTC))
            del article_row["framing"]
            connection.execute(old.tables["articles"].insert(), article_row)
            event_rows = [rows.event_row(event) for event in (calm, disputed)]
            for row in event_rows:
                del row["is_disputed"]
            connection.execute(old.tables["events"].insert(), event_rows)
    finally:
        engine.dispose()
    with Store.open(settings.database_url) as store:
        stored = store.get_article(article.article_id)
        assert stored is not None and stored.framing == () and stored.text == article.text
        assert [e.event_id_cnty for e in store.iter_events(EventQuery(disputed=True))] == ["EV2"]
        assert [e.event_id_cnty for e in store.iter_events()] == ["EV1", "EV2"]
    assert describe(settings.database_url)["revision"] == [("0003",)]


def test_migrate_0003_fills_the_search_keys_of_events_written_by_0002(settings: Settings) -> None:
    """Events stored at revision 0002 are found by admin1, sub-event type, actor and text."""
    from alembic import command

    from eventwire.store import rows
    from eventwire.store.migrate import make_alembic_config

    command.upgrade(make_alembic_config(settings.database_url), "0002")
    event = Event(
        "EV1", None, None, "Political violence", "Battles", "Armed clash",
        actor1="Islamic State (Iraq)", admin1="Kirkuk", location="Hawija",
    )  # fmt: skip
    engine = sa.create_engine(settings.database_url)
    try:
        old = sa.MetaData()
        old.reflect(engine)
        row = rows.event_row(event)
        for key in ("admin1_key", "sub_event_type_key", "actors_key", "search_key"):
            del row[key]
        with engine.begin() as connection:
            connection.execute(old.tables["events"].insert(), row)
    finally:
        engine.dispose()
    with Store.open(settings.database_url) as store:
        for query in (
            EventQuery(admin1="KIRKUK"),
            EventQuery(sub_event_type="armed clash"),
            EventQuery(actor="islamic state"),
            EventQuery(text="hawija"),
        ):
            assert [e.event_id_cnty for e in store.iter_events(query)] == ["EV1"], query
    assert describe(settings.database_url)["revision"] == [("0003",)]
